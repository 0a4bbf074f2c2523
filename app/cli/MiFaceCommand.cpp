#include "attack/inversion/MiFaceRunSummary.h"
#include "CommandLine.h"
#include "Commands.h"

#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace privaudit::cli {

void printMiFaceSummary(const project::ProjectStore& store, std::int64_t runId)
{
    const auto run = store.run(runId);
    if (!run) return;
    const attack::MiFaceRunSummary s = attack::MiFaceRunSummary::fromJson(run->summary);
    const attack::MiFaceResult& r = s.result;
    const QLocale locale;
    const auto percent = [&](double v) { return locale.toString(100.0 * v, 'f', 1); };
    printOut(
        CliText::tr("MI-Face: %1 representatives for %2 classes of a target trained on %3 rows (%4); "
                    "each compared with %5 members and as many held-out rows.")
            .arg(r.records.size())
            .arg(r.classes.size())
            .arg(s.base.members)
            .arg(s.base.dp && s.base.target
                     ? CliText::tr("DP-SGD, epsilon %1").arg(locale.toString(s.base.target->epsilon, 'f', 2))
                     : CliText::tr("no DP"))
            .arg(r.poolRows));
    printOut(CliText::tr("  nearer a member        %1%").arg(percent(r.closerToMembers)));
    printOut(CliText::tr("  mean distance gap      %1").arg(locale.toString(r.meanGap, 'g', 3)));
    printOut(CliText::tr("  permutation p          %1").arg(locale.toString(r.pValue, 'f', 3)));
    printOut(CliText::tr("  prior agreement        %1%").arg(percent(r.priorAgreement)));
    printOut(CliText::tr("  member / held-out hits %1% / %2%")
                 .arg(percent(r.memberHitRate), percent(r.nonMemberHitRate)));
    for (const QString& f : attack::miFaceFindings(s))
        printOut(f);
    for (const QString& w : jobs::runWarnings(run->specJson, run->summary))
        printOut(CliText::tr("Note: %1").arg(w));
}

/// `attack inversion --json` (and `run` of an MI-Face spec): the stored run read back.
QJsonObject miFaceJson(const project::ProjectStore& store, const project::RunRecord& run, std::uint64_t seed)
{
    const attack::MiFaceRunSummary s = attack::MiFaceRunSummary::fromJson(run.summary);
    QJsonObject out = run.summary.value(QStringLiteral("mi_face")).toObject();
    out.remove(QStringLiteral("version"));
    out[QStringLiteral("seed")] = qint64(seed);
    out[QStringLiteral("dp")] = s.base.dp;
    if (s.base.target) {
        out[QStringLiteral("train_accuracy")] = s.base.target->trainAccuracy;
        out[QStringLiteral("test_accuracy")] = s.base.target->testAccuracy;
        if (s.base.dp) out[QStringLiteral("epsilon")] = s.base.target->epsilon;
    }
    out[QStringLiteral("findings")] = QJsonArray::fromStringList(attack::miFaceFindings(s));
    out[QStringLiteral("warnings")] =
        QJsonArray::fromStringList(jobs::runWarnings(run.specJson, run.summary));
    if (const auto datasets = store.datasets())
        for (const auto& d : *datasets)
            if (d.id == run.datasetId) out[QStringLiteral("dataset_sha256")] = d.sha256;
    if (const auto models = store.models(run.id); models && !models->empty())
        out[QStringLiteral("model_sha256")] = models->front().sha256;
    return out;
}

int runMiFaceAttack(QStringList args, const CommandContext& context)
{
    args.removeAt(1);
    args[0] += QStringLiteral(" inversion");
    CommandLine cli(
        args,
        CliText::tr("MI-Face model inversion (Fredrikson, Jha & Ristenpart 2015) adapted to tables: the "
                    "target is trained here on the members, then for every class gradient descent on the "
                    "input finds the row the model is most confident of (categorical columns relaxed to a "
                    "softmax, numeric ones in the data's range), from the average row and from random "
                    "starts. A representative is a leak only where it sits nearer the class's members than "
                    "its held-out rows: a permutation test decides."));
    QCommandLineParser& parser = cli.parser();
    addTrainingOptions(parser);
    parser.addOptions({
        {QStringLiteral("restarts"),
         CliText::tr("Representatives per class: the average row, then random starts (default 5)."),
         QStringLiteral("n"), QStringLiteral("5")},
        {QStringLiteral("max-iterations"), CliText::tr("Gradient steps at most (default 5000)."),
         QStringLiteral("n"), QStringLiteral("5000")},
        {QStringLiteral("confidence"),
         CliText::tr("Stop once the class probability reaches this (default 0.99)."), QStringLiteral("p"),
         QStringLiteral("0.99")},
        {QStringLiteral("step-size"), CliText::tr("The gradient step (default 0.1)."),
         QStringLiteral("lambda"), QStringLiteral("0.1")},
        {QStringLiteral("tolerance"),
         CliText::tr("A numeric column is recovered within this many standard deviations (default 0.319, "
                     "TabLeak's)."),
         QStringLiteral("sd"), QStringLiteral("0.319")},
        {QStringLiteral("pool-rows"),
         CliText::tr("Members compared with, and as many held-out rows (default 2000)."), QStringLiteral("n"),
         QStringLiteral("2000")},
        {QStringLiteral("permutations"), CliText::tr("Permutations of the test (default 1000)."),
         QStringLiteral("n"), QStringLiteral("1000")},
    });
    addStoredRunOptions(parser);
    if (const auto stop = cli.parse()) return *stop;
    if (!cli.require({QStringLiteral("data")})) return ExitUsage;

    bool ok = true;
    const auto restarts = integerOption(parser, QStringLiteral("restarts"), false, &ok);
    const auto iterations = integerOption(parser, QStringLiteral("max-iterations"), false, &ok);
    const auto pool = integerOption(parser, QStringLiteral("pool-rows"), false, &ok);
    const auto permutations = integerOption(parser, QStringLiteral("permutations"), false, &ok);
    const auto number = [&](const QString& name, double fallback) {
        return positiveNumberOption(parser, name, fallback, &ok);
    };
    const double confidence = number(QStringLiteral("confidence"), 0.99);
    const double step = number(QStringLiteral("step-size"), 0.1);
    const double tolerance = number(QStringLiteral("tolerance"), 0.319);
    jobs::JobSpec base;
    std::optional<std::int64_t> trainRows;
    if (!ok || !readTrainingOptions(parser, &base.model, &base.training, &trainRows)) return ExitUsage;
    auto dataset = datasetSpecJson(parser, trainRows);
    if (!dataset) return ExitUsage;
    const QJsonObject options{{QStringLiteral("restarts"), qint64(restarts.value_or(5))},
                              {QStringLiteral("max_iterations"), qint64(iterations.value_or(5000))},
                              {QStringLiteral("window"), 100},
                              {QStringLiteral("confidence"), confidence},
                              {QStringLiteral("step_size"), step},
                              {QStringLiteral("tolerance"), tolerance},
                              {QStringLiteral("pool_rows"), qint64(pool.value_or(2000))},
                              {QStringLiteral("permutations"), qint64(permutations.value_or(1000))}};
    const auto job = familySpecFromOptions(parser, project::RunKind::ModelInversion,
                                           QStringLiteral("mi_face"), options, *dataset, base);
    if (!job) return ExitUsage;
    const auto seed = job->seed;
    return runStoredFamilyJob(*job, parser, context, QStringLiteral("inversion.privaudit"),
                              printMiFaceSummary,
                              [seed](const project::ProjectStore& store, const project::RunRecord& run) {
                                  return miFaceJson(store, run, seed);
                              });
}

} // namespace privaudit::cli
