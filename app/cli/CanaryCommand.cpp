#include "attack/canary/CanaryRunSummary.h"
#include "CommandLine.h"
#include "Commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace privaudit::cli {

void printCanarySummary(const project::ProjectStore& store, std::int64_t runId)
{
    const auto run = store.run(runId);
    if (!run) return;
    const attack::CanaryRunSummary s = attack::CanaryRunSummary::fromJson(run->summary);
    const QLocale locale;
    const auto bits = [&](double v) { return locale.toString(v, 'f', 2); };
    printOut(
        CliText::tr("Canary exposure: %1 canaries per level (%2 labels) inserted into %3 members (%4 rows "
                    "added), ranked among %5 never-inserted references; chance is %6 bits, the most "
                    "this many references can show %7 bits.")
            .arg(s.canariesPerLevel)
            .arg(s.label == QLatin1String("random") ? CliText::tr("random") : CliText::tr("flipped"))
            .arg(s.base.members)
            .arg(s.insertedRows)
            .arg(s.references)
            .arg(bits(s.chance))
            .arg(bits(s.references > 0 ? std::log2(double(s.references)) : 0.0)));
    for (const metrics::ExposureLevel& l : s.levels) {
        const QString who = l.repetitions == 0 ? CliText::tr("controls (never inserted)")
                                               : CliText::tr("inserted %1 times").arg(l.repetitions);
        const QString interval = l.hasInterval ? CliText::tr("[%1, %2]").arg(bits(l.low), bits(l.high))
                                               : CliText::tr("(no interval)");
        printOut(CliText::tr("  %1: exposure %2 bits %3; extrapolated %4 bits")
                     .arg(who, -28)
                     .arg(bits(l.meanInterpolated), interval, bits(l.meanExtrapolated)));
    }
    for (const QString& f : attack::canaryFindings(s))
        printOut(f);
    for (const QString& w : jobs::runWarnings(run->specJson, run->summary))
        printOut(CliText::tr("Note: %1").arg(w));
}

namespace {

/// The job spec of `attack canary`'s options; std::nullopt after printing the problem.
std::optional<jobs::JobSpec> canarySpecFromOptions(const QCommandLineParser& parser)
{
    bool ok = true;
    const auto canaries = integerOption(parser, QStringLiteral("canaries"), false, &ok);
    const auto references = integerOption(parser, QStringLiteral("references"), false, &ok);
    const auto bootstrap = integerOption(parser, QStringLiteral("bootstrap"), false, &ok);
    jobs::JobSpec base;
    std::optional<std::int64_t> trainRows;
    if (!ok || !readTrainingOptions(parser, &base.model, &base.training, &trainRows)) return std::nullopt;
    auto dataset = datasetSpecJson(parser, trainRows);
    if (!dataset) return std::nullopt;
    QJsonArray repetitions;
    for (const QString& part :
         parser.value(QStringLiteral("repetitions")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool isNumber = false;
        const int r = part.trimmed().toInt(&isNumber);
        if (!isNumber || r < 1) {
            printErr(
                CliText::tr("--repetitions: '%1' is not a whole number of at least 1.").arg(part.trimmed()));
            return std::nullopt;
        }
        repetitions.append(r);
    }
    const QJsonObject options{{QStringLiteral("repetitions"), repetitions},
                              {QStringLiteral("canaries"), qint64(canaries.value_or(10))},
                              {QStringLiteral("references"), qint64(references.value_or(65536))},
                              {QStringLiteral("label"), parser.value(QStringLiteral("canary-label"))},
                              {QStringLiteral("bootstrap"), qint64(bootstrap.value_or(1000))}};
    return familySpecFromOptions(parser, project::RunKind::CanaryExposure, QStringLiteral("canary"), options,
                                 *dataset, base);
}

} // namespace

/// `attack canary --json` (and `run` of a canary spec): the stored run read back.
QJsonObject canaryJson(const project::ProjectStore& store, const project::RunRecord& run, std::uint64_t seed)
{
    const attack::CanaryRunSummary s = attack::CanaryRunSummary::fromJson(run.summary);
    QJsonArray levels;
    if (const auto results = store.results(run.id))
        for (const project::ResultRecord& r : *results)
            levels.append(QJsonDocument::fromJson(r.metricsJson).object());
    QJsonObject out{
        {QStringLiteral("label"), s.label},
        {QStringLiteral("canaries_per_level"), s.canariesPerLevel},
        {QStringLiteral("references"), qint64(s.references)},
        {QStringLiteral("inserted_rows"), qint64(s.insertedRows)},
        {QStringLiteral("space_bits"), s.spaceBits},
        {QStringLiteral("chance_exposure"), s.chance},
        {QStringLiteral("max_interpolated_exposure"),
         s.references > 0 ? std::log2(double(s.references)) : 0.0},
        {QStringLiteral("skew_normal"),
         run.summary.value(QStringLiteral("canary")).toObject().value(QStringLiteral("skew_normal"))},
        {QStringLiteral("scoring_seconds"), s.scoringSeconds},
        {QStringLiteral("seed"), qint64(seed)},
        {QStringLiteral("canaries"), levels},
        {QStringLiteral("findings"), QJsonArray::fromStringList(attack::canaryFindings(s))},
        {QStringLiteral("warnings"),
         QJsonArray::fromStringList(jobs::runWarnings(run.specJson, run.summary))}};
    if (s.base.target) {
        out[QStringLiteral("target_train_accuracy")] = s.base.target->trainAccuracy;
        out[QStringLiteral("target_test_accuracy")] = s.base.target->testAccuracy;
        if (s.base.dp) {
            out[QStringLiteral("epsilon")] = jsonNumber(s.base.target->epsilon);
            out[QStringLiteral("delta")] = s.base.target->delta;
        }
    }
    if (const auto datasets = store.datasets())
        for (const auto& d : *datasets)
            if (d.id == run.datasetId) out[QStringLiteral("dataset_sha256")] = d.sha256;
    return out;
}

int runCanaryAttack(QStringList args, const CommandContext& context)
{
    args.removeAt(1);
    args[0] += QStringLiteral(" canary");
    CommandLine cli(
        args, CliText::tr("Canary exposure (Carlini et al. 2019, the Secret Sharer): secret canary rows, "
                          "drawn from the data's columns, are inserted into the members 1, 10 or 100 "
                          "times each, the model's recipe is trained once on them, and each canary's "
                          "loss is ranked among never-inserted reference canaries from the same "
                          "generator. Exposure log2(references) - log2(rank) is about 1.44 bits (chance) "
                          "for a canary the model did not memorise and up to log2(references) for one "
                          "it did; the skew-normal extrapolation estimates beyond that."));
    QCommandLineParser& parser = cli.parser();
    addTrainingOptions(parser);
    parser.addOptions({
        {QStringLiteral("repetitions"), CliText::tr("Comma-separated insertion counts (default 1,10,100)."),
         QStringLiteral("list"), QStringLiteral("1,10,100")},
        {QStringLiteral("canaries"),
         CliText::tr(
             "Secret canaries per repetition level, and as many never-inserted controls (default 10)."),
         QStringLiteral("n"), QStringLiteral("10")},
        {QStringLiteral("references"),
         CliText::tr("Never-inserted reference canaries to rank against (default 65536 = 2^16)."),
         QStringLiteral("n"), QStringLiteral("65536")},
        {QStringLiteral("canary-label"),
         CliText::tr("flipped (default: the class the model's recipe trained without canaries finds least "
                     "likely) or random."),
         QStringLiteral("kind"), QStringLiteral("flipped")},
        {QStringLiteral("bootstrap"), CliText::tr("Bootstrap resamples for the intervals (default 1000)."),
         QStringLiteral("n"), QStringLiteral("1000")},
    });
    addStoredRunOptions(parser);
    if (const auto stop = cli.parse()) return *stop;
    if (!cli.require({QStringLiteral("data")})) return ExitUsage;
    const auto job = canarySpecFromOptions(parser);
    if (!job) return ExitUsage;
    const auto seed = job->seed;
    return runStoredFamilyJob(*job, parser, context, QStringLiteral("canary.privaudit"), printCanarySummary,
                              [seed](const project::ProjectStore& store, const project::RunRecord& run) {
                                  return canaryJson(store, run, seed);
                              });
}

} // namespace privaudit::cli
