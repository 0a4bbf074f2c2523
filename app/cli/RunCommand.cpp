// privaudit-cli run SPEC.json --project FILE, and the progress display shared with demo.
#include "attack/MembershipRunSummary.h"
#include "attack/OneRunAuditSummary.h"
#include "CommandLine.h"
#include "Commands.h"
#include "jobs/JobExecutor.h"
#include "jobs/JobKinds.h"
#include "jobs/JobSpec.h"
#include "metrics/MembershipMetrics.h"
#include "project/ProjectStore.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
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
    CommandLine cli(context.arguments, CliText::tr("Run a job spec (JSON) and store everything in a project: "
                                                   "the run's spec, seed, software versions, "
                                                   "dataset and model hashes, the target model, statistics "
                                                   "and per-record scores. Ctrl+C cancels the "
                                                   "run "
                                                   "and records it as cancelled."));
    QCommandLineParser& parser = cli.parser();
    parser.addPositionalArgument(QStringLiteral("spec"), CliText::tr("The job spec (JSON)."));
    parser.addOptions({
        {QStringLiteral("project"), CliText::tr("The .privaudit project file (created when missing)."),
         QStringLiteral("file")},
    });
    if (const auto stop = cli.parse()) return *stop;
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

bool checkSpecData(const jobs::JobSpec& spec)
{
    // A predictions file is read by the job itself (its own checks).
    if (spec.targetKind == jobs::TargetKind::Predictions) return true;
    const jobs::EvaluationFamily* family = jobs::findFamily(spec.kind);
    const auto table = spec.columnPlan().load(spec.dataSource);
    if (!table) {
        printErr(table.error());
        return false;
    }
    if (table->labelIndex() < 0) {
        printErr(
            CliText::tr("The data has no label column: name one with --label (dataset.label in a spec)."));
        return false;
    }
    if (const QString problem = family ? family->checkData(spec, *table) : QString(); !problem.isEmpty()) {
        printErr(problem);
        return false;
    }
    return true;
}

void printAuditSummary(const project::ProjectStore& store, std::int64_t runId)
{
    const auto run = store.run(runId);
    if (!run) return;
    const attack::OneRunAuditSummary a = attack::OneRunAuditSummary::fromJson(run->summary);
    const QLocale locale;
    printOut(CliText::tr("One-run audit: %1 of %2 guesses right on %3 canaries (%4 included).")
                 .arg(a.correct)
                 .arg(a.guesses)
                 .arg(a.canaries)
                 .arg(a.included));
    printOut(CliText::tr("Empirical epsilon >= %1 with %2% confidence; accountant epsilon %3.")
                 .arg(locale.toString(a.epsilonLowerBound, 'f', 3),
                      locale.toString(100.0 * a.confidence, 'f', 0),
                      a.dp ? locale.toString(a.accountantEpsilon, 'f', 3) : CliText::tr("infinite (no DP)")));
    printOut(a.verdict());
    // The recipe and baseline warnings the run view and the report give, as for a membership run.
    for (const QString& w : jobs::runWarnings(run->specJson, run->summary))
        printOut(CliText::tr("Note: %1").arg(w));
}

void printRunSummary(const project::ProjectStore& store, std::int64_t runId)
{
    const auto run = store.run(runId);
    const auto results = store.results(runId);
    if (!run || !results) return;
    if (run->type() == project::RunKind::OneRunAudit) {
        printAuditSummary(store, runId);
        return;
    }
    if (run->type() == project::RunKind::AttributeInference) {
        printAttributeSummary(store, runId);
        return;
    }
    if (run->type() == project::RunKind::CanaryExposure) {
        printCanarySummary(store, runId);
        return;
    }
    if (run->type() == project::RunKind::Reconstruction) {
        printReconstructionSummary(store, runId);
        return;
    }
    if (run->type() == project::RunKind::ModelInversion) {
        printMiFaceSummary(store, runId);
        return;
    }
    const attack::MembershipRunSummary s = attack::MembershipRunSummary::fromJson(run->summary);
    const QLocale locale;
    const auto figure = [&](double v, int decimals) { return locale.toString(v, 'f', decimals); };
    printOut(CliText::tr("Run %1 '%2' completed in %3 s: target accuracy train %4, test %5; %6.")
                 .arg(runId)
                 .arg(project::builtInText(run->name))
                 .arg(figure(run->seconds, 1))
                 .arg(s.target ? figure(s.target->trainAccuracy, 3) : CliText::tr("n/a"))
                 .arg(s.target ? figure(s.target->testAccuracy, 3) : CliText::tr("n/a"))
                 .arg(!s.dp ? CliText::tr("no differential privacy")
                      : s.target && s.target->encoderEpsilon() > 0.0
                          ? CliText::tr("DP, epsilon = %1 at delta = %2 (DP-SGD %3 and the encoder's DP "
                                        "estimates %4)")
                                .arg(figure(s.accountantEpsilon(), 2))
                                .arg(locale.toString(s.target->delta, 'g', 3))
                                .arg(figure(s.accountantEpsilon() - s.target->encoderEpsilon(), 2))
                                .arg(locale.toString(s.target->encoderEpsilon(), 'g', 3))
                          : CliText::tr("DP-SGD, epsilon = %1 at delta = %2")
                                .arg(figure(s.accountantEpsilon(), 2))
                                .arg(locale.toString(s.target->delta, 'g', 3))));
    for (const auto& r : *results) {
        const metrics::AttackMetrics m = metrics::AttackMetrics::fromJson(r.metricsJson);
        printOut(CliText::tr("  %1: AUC %2 [%3, %4], TPR at 1% FPR %5, empirical epsilon >= %6")
                     .arg(r.attack, -16)
                     .arg(figure(m.auc, 3))
                     .arg(figure(m.aucCi.low, 3))
                     .arg(figure(m.aucCi.high, 3))
                     .arg(figure(m.tprAt(0.01), 4))
                     .arg(figure(m.epsilonLowerBound.epsilon, 2)));
    }
    if (s.memorisation) printMemorisation(s);
    // What the run view and the report also say: the model's sandbox, encoder and recipe warnings.
    for (const QString& w : jobs::runWarnings(run->specJson, run->summary))
        printOut(CliText::tr("Note: %1").arg(w));
}

} // namespace privaudit::cli
