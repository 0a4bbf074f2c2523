#include "jobs/JobExecutor.h"

#include "jobs/JobKinds.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <privaudit/Version.h>
#include <QJsonArray>

namespace privaudit::jobs {

namespace {

using Clock = std::chrono::steady_clock;

} // namespace

QString jobOutcomeName(JobOutcome outcome)
{
    switch (outcome) {
    case JobOutcome::Completed:
        return QStringLiteral("completed");
    case JobOutcome::Failed:
        return QStringLiteral("failed");
    case JobOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QJsonObject JobExecutor::metricsJson(const metrics::AttackMetrics& m)
{
    return m.toJson();
}

QJsonObject JobExecutor::softwareJson(const compute::ComputeSettings& settings)
{
    const compute::RuntimeInfo rt = compute::ComputeEnvironment::runtimeInfo();
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("privaudit")},
        {QStringLiteral("version"), QStringLiteral(PRIVAUDIT_VERSION_STRING)},
        {QStringLiteral("build_type"), QStringLiteral(PRIVAUDIT_BUILD_TYPE)},
        {QStringLiteral("qt"), rt.qtVersion},
        {QStringLiteral("libtorch"), rt.torchVersion},
        {QStringLiteral("eigen"), rt.eigenVersion},
        {QStringLiteral("sqlite"), rt.sqliteVersion},
        {QStringLiteral("fftw"), rt.fftwVersion},
        {QStringLiteral("blas"), QJsonObject{{QStringLiteral("library"), rt.blasLibrary},
                                             {QStringLiteral("config"), rt.blasConfig},
                                             {QStringLiteral("openblas"), rt.blasIsOpenBlas},
                                             {QStringLiteral("reference_blas"), rt.blasIsReference},
                                             {QStringLiteral("threads"), rt.blasThreads}}},
        {QStringLiteral("threads"), rt.torchThreads},
        {QStringLiteral("cores"), settings.cores},
        {QStringLiteral("job_workers"), settings.jobWorkers},
        {QStringLiteral("device"), settings.deviceName().toLower()},
        {QStringLiteral("cuda_available"), rt.cudaAvailable},
        {QStringLiteral("cuda_devices"), rt.cudaDevices},
    };
}

JobResult JobExecutor::run(const JobSpec& spec, project::ProjectStore& store,
                           const compute::ComputeSettings& settings, const std::atomic<bool>& cancel,
                           const std::function<void(const JobProgress&)>& progress)
{
    const auto start = Clock::now();
    auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
    auto report = [&](double fraction, const QString& stage) {
        if (progress) {
            JobProgress p;
            p.fraction = std::clamp(fraction, 0.0, 1.0);
            p.stage = stage;
            const double t = elapsed();
            if (p.fraction > 0.02 && t > 1.0) p.etaSeconds = t * (1.0 - p.fraction) / p.fraction;
            progress(p);
        }
        return !cancel.load();
    };

    JobResult result;
    // Spec errors are found before anything is written, also for a spec built in code.
    const EvaluationFamily* family = findFamily(spec.kind);
    if (!family) {
        result.message =
            tr("A job of kind '%1' cannot run from a spec.").arg(project::runKindName(spec.kind));
        return result;
    }
    if (const QString problem = family->validate(spec); !problem.isEmpty()) {
        result.message = problem;
        return result;
    }
    project::RunRecord record;
    record.name = spec.name;
    record.kind = project::runKindName(spec.kind);
    record.specJson = spec.toJsonBytes();
    record.seed = spec.seed;
    record.software = softwareJson(settings);
    auto begun = store.beginRun(record);
    if (!begun) {
        result.message = begun.error();
        return result;
    }
    result.runId = *begun;

    auto finish = [&](JobOutcome outcome, const QString& message) {
        result.outcome = outcome;
        result.message = message;
        const QString err = store.endRun(result.runId,
                                         outcome == JobOutcome::Cancelled ? project::RunStatus::Cancelled
                                                                          : project::RunStatus::Failed,
                                         message, elapsed());
        if (!err.isEmpty()) result.message += QLatin1Char(' ') + err;
        return result;
    };

    try {
        report(0.0, tr("Loading the data"));
        const JobContext context{spec, settings, cancel, report};
        auto done = family->run(context);
        if (cancel.load()) throw JobCancelled{};
        if (!done) return finish(JobOutcome::Failed, done.error());
        const project::RunOutcome& outcome = *done;
        if (!report(0.98, tr("Saving the results"))) throw JobCancelled{};
        if (const QString err = store.completeRun(result.runId, outcome, elapsed()); !err.isEmpty())
            return finish(JobOutcome::Failed, err);
        result.outcome = JobOutcome::Completed;
        report(1.0, tr("Done"));
        return result;
    } catch (const JobCancelled&) {
        return finish(JobOutcome::Cancelled,
                      tr("Cancelled by the user after %1 s.").arg(elapsed(), 0, 'f', 1));
    } catch (const std::exception& e) {
        return finish(
            JobOutcome::Failed,
            tr("The job failed: %1").arg(QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0)));
    }
}

} // namespace privaudit::jobs
