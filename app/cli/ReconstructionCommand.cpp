#include "attack/inversion/ReconstructionRunSummary.h"
#include "CommandLine.h"
#include "Commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace privaudit::cli {

void printReconstructionSummary(const project::ProjectStore& store, std::int64_t runId)
{
    const auto run = store.run(runId);
    if (!run) return;
    const attack::ReconstructionRunSummary s = attack::ReconstructionRunSummary::fromJson(run->summary);
    const attack::ReconstructionResult& r = s.result;
    const QLocale locale;
    const auto percent = [&](const attack::MeanWithInterval& m) {
        return m.hasInterval
                   ? CliText::tr("%1% [%2, %3]")
                         .arg(locale.toString(100.0 * m.mean, 'f', 1), locale.toString(100.0 * m.low, 'f', 1),
                              locale.toString(100.0 * m.high, 'f', 1))
                   : CliText::tr("%1%").arg(locale.toString(100.0 * m.mean, 'f', 1));
    };
    printOut(
        CliText::tr("Informed reconstruction: %1 rows, each missing from the %5 trained on %2 rows (%3); "
                    "the adversary knows the other %4.")
            .arg(r.rows.size())
            .arg(r.trainingRows)
            .arg(r.dp ? CliText::tr("DP-SGD, epsilon %1").arg(locale.toString(r.epsilon, 'f', 2))
                 : attack::reconstructionIsLinear(r) ? CliText::tr("the exact minimiser, no DP")
                                                     : CliText::tr("a stationary point, no DP"))
            .arg(r.trainingRows - 1)
            .arg(attack::reconstructionModelName(r)));
    printOut(CliText::tr("  columns recovered     %1").arg(percent(r.hitRate)));
    printOut(CliText::tr("  baseline (no model)   %1").arg(percent(r.baselineHitRate)));
    printOut(CliText::tr("  advantage             %1").arg(percent(r.advantage)));
    printOut(CliText::tr("  rows fully recovered  %1 of %2").arg(r.exactRows).arg(r.rows.size()));
    printOut(CliText::tr("  mean squared error    %1 (baseline %2)")
                 .arg(locale.toString(r.squaredError.mean, 'g', 3),
                      locale.toString(r.baselineSquaredError.mean, 'g', 3)));
    for (const QString& f : attack::reconstructionFindings(s))
        printOut(f);
    for (const QString& w : jobs::runWarnings(run->specJson, run->summary))
        printOut(CliText::tr("Note: %1").arg(w));
}

/// `attack reconstruction --json` (and `run` of a reconstruction spec): the stored run read back.
QJsonObject reconstructionJson(const project::ProjectStore& store, const project::RunRecord& run,
                               std::uint64_t seed)
{
    const attack::ReconstructionRunSummary s = attack::ReconstructionRunSummary::fromJson(run.summary);
    QJsonObject out = run.summary.value(QStringLiteral("reconstruction")).toObject();
    out.remove(QStringLiteral("version"));
    out[QStringLiteral("seed")] = qint64(seed);
    out[QStringLiteral("findings")] = QJsonArray::fromStringList(attack::reconstructionFindings(s));
    out[QStringLiteral("warnings")] =
        QJsonArray::fromStringList(jobs::runWarnings(run.specJson, run.summary));
    if (const auto datasets = store.datasets())
        for (const auto& d : *datasets)
            if (d.id == run.datasetId) out[QStringLiteral("dataset_sha256")] = d.sha256;
    return out;
}

int runReconstructionAttack(QStringList args, const CommandContext& context)
{
    args.removeAt(1);
    args[0] += QStringLiteral(" reconstruction");
    CommandLine cli(
        args,
        CliText::tr("Informed reconstruction (Balle, Cherubin & Hayes 2022): the adversary knows every "
                    "training row but one, the objective and the released logistic regression or tanh MLP "
                    "(--model logreg, the default, or for example mlp:16:tanh), and solves for the missing "
                    "row. Each of --targets rows is left out of --known-rows fixed rows in "
                    "turn, the model is trained on the rest plus it (without --dp the exact minimiser or a "
                    "stationary point, with "
                    "--dp the recipe's DP-SGD), and the row is read off the parameters. Judged against the "
                    "guess that needs no model: each column's class-conditional mean or mode."));
    QCommandLineParser& parser = cli.parser();
    addTrainingOptions(parser);
    parser.addOptions({
        {QStringLiteral("targets"),
         CliText::tr("Rows to reconstruct, each from its own training (default 20)."), QStringLiteral("n"),
         QStringLiteral("20")},
        {QStringLiteral("known-rows"), CliText::tr("Training rows the adversary knows (default 199)."),
         QStringLiteral("n"), QStringLiteral("199")},
        {QStringLiteral("l2"),
         CliText::tr("The objective's L2 penalty, and DP-SGD's weight decay (default 0.001)."),
         QStringLiteral("lambda"), QStringLiteral("0.001")},
        {QStringLiteral("tolerance"),
         CliText::tr("A numeric column is recovered within this many standard deviations (default 0.319, "
                     "TabLeak's)."),
         QStringLiteral("sd"), QStringLiteral("0.319")},
        {QStringLiteral("bootstrap"), CliText::tr("Bootstrap resamples for the intervals (default 1000)."),
         QStringLiteral("n"), QStringLiteral("1000")},
    });
    addStoredRunOptions(parser);
    if (const auto stop = cli.parse()) return *stop;
    if (!cli.require({QStringLiteral("data")})) return ExitUsage;

    bool ok = true;
    const auto targets = integerOption(parser, QStringLiteral("targets"), false, &ok);
    const auto knownRows = integerOption(parser, QStringLiteral("known-rows"), false, &ok);
    const auto bootstrap = integerOption(parser, QStringLiteral("bootstrap"), false, &ok);
    const auto number = [&](const QString& name, double fallback) {
        return positiveNumberOption(parser, name, fallback, &ok);
    };
    const double l2 = number(QStringLiteral("l2"), 1e-3);
    const double tolerance = number(QStringLiteral("tolerance"), 0.319);
    jobs::JobSpec base;
    std::optional<std::int64_t> trainRows;
    if (!ok || !readTrainingOptions(parser, &base.model, &base.training, &trainRows)) return ExitUsage;
    if (!parser.isSet(QStringLiteral("model"))) base.model = model::ModelSpec{}; // logistic regression
    // The models train on known-rows + 1 rows, not on the split's members: the recipe for that size.
    if (!parser.isSet(QStringLiteral("lr")))
        base.training.learningRate =
            model::TrainingConfig::recommended(base.training.dp, knownRows.value_or(199) + 1).learningRate;
    auto dataset = datasetSpecJson(parser, trainRows);
    if (!dataset) return ExitUsage;
    const QJsonObject options{{QStringLiteral("targets"), qint64(targets.value_or(20))},
                              {QStringLiteral("known_rows"), qint64(knownRows.value_or(199))},
                              {QStringLiteral("l2"), l2},
                              {QStringLiteral("tolerance"), tolerance},
                              {QStringLiteral("bootstrap"), qint64(bootstrap.value_or(1000))}};
    const auto job = familySpecFromOptions(parser, project::RunKind::Reconstruction,
                                           QStringLiteral("reconstruction"), options, *dataset, base);
    if (!job) return ExitUsage;
    const auto seed = job->seed;
    return runStoredFamilyJob(*job, parser, context, QStringLiteral("reconstruction.privaudit"),
                              printReconstructionSummary,
                              [seed](const project::ProjectStore& store, const project::RunRecord& run) {
                                  return reconstructionJson(store, run, seed);
                              });
}

} // namespace privaudit::cli
