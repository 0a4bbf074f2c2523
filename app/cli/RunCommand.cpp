// privaudit-cli run SPEC.json --project FILE, and the progress display shared with demo.
#include "Commands.h"
#include "jobs/JobExecutor.h"
#include "jobs/JobSpec.h"
#include "project/ProjectStore.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <unistd.h>

namespace privaudit::cli {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

} // namespace

JobOutcomeText runJobWithProgress(const jobs::JobSpec& spec, project::ProjectStore& store,
                                  const compute::ComputeSettings& settings, bool quiet)
{
    // Ctrl+C cancels the job cleanly: the run is recorded as cancelled instead of left running.
    g_interrupted.store(false);
    auto previous = std::signal(SIGINT, onInterrupt);
    const bool tty = !quiet && isatty(fileno(stderr));
    const auto result =
        jobs::JobExecutor::run(spec, store, settings, g_interrupted, [&](const jobs::JobProgress& p) {
            if (!tty) return;
            const int width = 30;
            const int filled = int(p.fraction * width + 0.5);
            const QString eta =
                p.etaSeconds >= 0 ? CliText::tr("%1 s left").arg(int(p.etaSeconds + 0.5)) : QString();
            std::fprintf(stderr, "\r[%s%s] %3d%% %-48.48s %-12s", QByteArray(filled, '#').constData(),
                         QByteArray(width - filled, '.').constData(), int(p.fraction * 100 + 0.5),
                         p.stage.toLocal8Bit().constData(), eta.toLocal8Bit().constData());
            std::fflush(stderr);
        });
    if (tty) std::fputc('\n', stderr);
    std::signal(SIGINT, previous);
    return {result.outcome, result.runId, result.message};
}

int runRun(const CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Run a job spec (JSON) and store everything in a project: the run's spec, seed, software versions, "
        "dataset and model hashes, the target model, statistics and per-record scores. Ctrl+C cancels the "
        "run "
        "and records it as cancelled."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("spec"), CliText::tr("The job spec (JSON)."));
    parser.addOptions({
        {QStringLiteral("project"), CliText::tr("The .privaudit project file (created when missing)."),
         QStringLiteral("file")},
        {QStringLiteral("json"), CliText::tr("Machine-readable output.")},
    });
    if (!parseOrReport(parser, context.arguments)) return ExitUsage;
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("project"))) {
        printErr(CliText::tr("usage: privaudit-cli run SPEC.json --project FILE [--json]"));
        return ExitUsage;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    // The spec is checked completely before the project is touched.
    const auto spec = jobs::JobSpec::fromFile(parser.positionalArguments().first());
    if (!spec) {
        printErr(spec.error());
        return ExitUsage;
    }
    const QString path = parser.value(QStringLiteral("project"));
    auto store =
        openOrCreateProject(path, QFileInfo(path).completeBaseName(), parser.isSet(QStringLiteral("json")));
    if (!store) return ExitUsage;
    if (store->isReadOnly()) {
        printErr(
            CliText::tr("Cannot run into '%1': it is read-only (%2).").arg(path, store->readOnlyReason()));
        return ExitUsage;
    }
    const JobOutcomeText outcome = runJobWithProgress(*spec, *store, context.settings, json);
    if (json) {
        QJsonObject out{{QStringLiteral("run"), qint64(outcome.runId)},
                        {QStringLiteral("project"), path},
                        {QStringLiteral("status"), jobs::jobOutcomeName(outcome.status)},
                        {QStringLiteral("message"), outcome.message}};
        if (outcome.status == jobs::JobOutcome::Completed) {
            const auto results = store->results(outcome.runId);
            QJsonArray list;
            for (const auto& r : results.hasValue() ? *results : std::vector<project::ResultRecord>()) {
                QJsonObject m = QJsonDocument::fromJson(r.metricsJson).object();
                m[QStringLiteral("attack")] = r.attack;
                m[QStringLiteral("variant")] = r.variant;
                m[QStringLiteral("result")] = qint64(r.id);
                list.append(m);
            }
            out[QStringLiteral("results")] = list;
        }
        printJson(out);
    } else if (outcome.status == jobs::JobOutcome::Completed) {
        printRunSummary(*store, outcome.runId);
    } else {
        printErr(outcome.message);
    }
    return outcome.status == jobs::JobOutcome::Completed ? ExitOk : ExitFailure;
}

void printRunSummary(const project::ProjectStore& store, std::int64_t runId)
{
    const auto run = store.run(runId);
    const auto results = store.results(runId);
    if (!run || !results) return;
    const QJsonObject s = run->summary;
    printOut(CliText::tr("Run %1 '%2' completed in %3 s: target accuracy train %4, test %5; %6.")
                 .arg(runId)
                 .arg(run->name)
                 .arg(run->seconds, 0, 'f', 1)
                 .arg(s.value(QStringLiteral("target_train_accuracy")).toDouble(), 0, 'f', 3)
                 .arg(s.value(QStringLiteral("target_test_accuracy")).toDouble(), 0, 'f', 3)
                 .arg(s.value(QStringLiteral("dp")).toBool()
                          ? CliText::tr("DP-SGD, epsilon = %1 at delta = %2")
                                .arg(s.value(QStringLiteral("epsilon")).toDouble(), 0, 'f', 2)
                                .arg(s.value(QStringLiteral("delta")).toDouble())
                          : CliText::tr("no differential privacy")));
    for (const auto& r : *results) {
        const QJsonObject m = QJsonDocument::fromJson(r.metricsJson).object();
        const QJsonObject tpr = m.value(QStringLiteral("tpr_at_fpr")).toObject();
        const QJsonObject ci =
            m.value(QStringLiteral("ci95")).toObject().value(QStringLiteral("auc")).toObject();
        printOut(CliText::tr("  %1: AUC %2 [%3, %4], TPR at 1% FPR %5, empirical epsilon >= %6")
                     .arg(r.attack, -16)
                     .arg(m.value(QStringLiteral("auc")).toDouble(), 0, 'f', 3)
                     .arg(ci.value(QStringLiteral("low")).toDouble(), 0, 'f', 3)
                     .arg(ci.value(QStringLiteral("high")).toDouble(), 0, 'f', 3)
                     .arg(tpr.value(QStringLiteral("0.01")).toDouble(), 0, 'f', 4)
                     .arg(m.value(QStringLiteral("epsilon_lower_bound")).toDouble(), 0, 'f', 2));
    }
    // What the run view and the report also say: the model's sandbox, encoder and recipe warnings.
    for (const QString& w : jobs::runWarnings(run->specJson, s))
        printOut(CliText::tr("Note: %1").arg(w));
}

} // namespace privaudit::cli
