#include "attack/attribute/AttributeInference.h"
#include "attack/attribute/AttributeRunSummary.h"
#include "CommandLine.h"
#include "Commands.h"
#include "metrics/AttributeMetrics.h"
#include "model/Classifier.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace privaudit::cli {

namespace {

std::vector<metrics::AttributeMetrics> storedMetrics(const std::vector<project::ResultRecord>& results)
{
    std::vector<metrics::AttributeMetrics> out;
    for (const auto& r : results)
        out.push_back(metrics::AttributeMetrics::fromJson(QJsonDocument::fromJson(r.metricsJson).object()));
    return out;
}

QString difference(const metrics::AccuracyDifference& d)
{
    const QLocale locale;
    return d.ci95 ? QStringLiteral("%1 [%2, %3]")
                        .arg(locale.toString(d.value, 'f', 3), locale.toString(d.ci95->low, 'f', 3),
                             locale.toString(d.ci95->high, 'f', 3))
                  : locale.toString(d.value, 'f', 3);
}

} // namespace

void printAttributeSummary(const project::ProjectStore& store, std::int64_t runId)
{
    const auto run = store.run(runId);
    const auto results = store.results(runId);
    if (!run || !results) return;
    const attack::AttributeRunSummary s = attack::AttributeRunSummary::fromJson(run->summary);
    const auto metrics = storedMetrics(*results);
    const QLocale locale;
    printOut(CliText::tr("Attribute inference of '%1' (%2 values) on %3 members and %4 non-members, the "
                         "attacker holding %5 auxiliary records.")
                 .arg(s.column)
                 .arg(s.values.size())
                 .arg(s.memberCandidates)
                 .arg(s.nonMemberCandidates)
                 .arg(s.auxiliaryRows));
    for (const auto& m : metrics)
        printOut(CliText::tr("  %1: accuracy members %2, non-members %3; advantage over imputation %4, "
                             "individual leakage %5, distributional leakage %6")
                     .arg(m.attack, -15)
                     .arg(locale.toString(m.members.accuracy, 'f', 3),
                          locale.toString(m.nonMembers.accuracy, 'f', 3),
                          difference(m.advantageOverImputation), difference(m.individualLeakage),
                          difference(m.distributionalLeakage)));
    for (const QString& f : attack::attributeFindings(s, metrics))
        printOut(f);
    for (const QString& w : jobs::runWarnings(run->specJson, run->summary))
        printOut(CliText::tr("Note: %1").arg(w));
}

namespace {

/// The job spec of `attack attribute`'s options, checked on the data (a missing column, the label or a
/// column that is no model input is a usage error found before anything is recorded); std::nullopt
/// after printing the problem.
std::optional<jobs::JobSpec> attributeSpecFromOptions(const QCommandLineParser& parser)
{
    bool ok = true;
    const auto candidates = integerOption(parser, QStringLiteral("candidates"), false, &ok);
    const auto tolerance = numberOption(parser, QStringLiteral("tolerance"), false, &ok);
    const auto ppvK = integerOption(parser, QStringLiteral("ppv-k"), false, &ok);
    const auto references = integerOption(parser, QStringLiteral("reference-models"), false, &ok);
    const auto bootstrap = integerOption(parser, QStringLiteral("bootstrap"), false, &ok);
    jobs::JobSpec base;
    std::optional<std::int64_t> trainRows;
    if (!ok || !readTrainingOptions(parser, &base.model, &base.training, &trainRows)) return std::nullopt;
    auto dataset = datasetSpecJson(parser, trainRows);
    if (!dataset) return std::nullopt;
    const QString column = parser.value(QStringLiteral("sensitive"));
    QJsonObject roles = dataset->value(QStringLiteral("roles")).toObject();
    if (const QString given = roles.value(column).toString();
        !given.isEmpty() && given != QLatin1String("sensitive") && given != QLatin1String("feature")) {
        printErr(CliText::tr("--sensitive %1: the column has the role %2, so it is not an input of the model "
                             "and cannot leak through it.")
                     .arg(column, given));
        return std::nullopt;
    }
    roles[column] = QStringLiteral("sensitive");
    (*dataset)[QStringLiteral("roles")] = roles;
    QStringList attacks = parser.value(QStringLiteral("attack")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& a : attacks)
        a = a.trimmed().toLower();
    if (attacks.contains(QStringLiteral("all"))) attacks.clear();
    QJsonObject options{{QStringLiteral("column"), column},
                        {QStringLiteral("attacks"), QJsonArray::fromStringList(attacks)},
                        {QStringLiteral("candidates"), qint64(candidates.value_or(2500))},
                        {QStringLiteral("tolerance"), tolerance.value_or(0.1)},
                        {QStringLiteral("ppv_k"), qint64(ppvK.value_or(100))},
                        {QStringLiteral("reference_models"), qint64(references.value_or(2))},
                        {QStringLiteral("bootstrap"), qint64(bootstrap.value_or(200))}};
    if (parser.isSet(QStringLiteral("target-value")))
        options[QStringLiteral("target_value")] = parser.value(QStringLiteral("target-value"));
    if (parser.isSet(QStringLiteral("target-model"))) {
        const QString targetPath = QFileInfo(parser.value(QStringLiteral("target-model"))).absoluteFilePath();
        auto opened = model::ExternalModel::open(targetPath); // a file that is not TorchScript: usage error
        if (!opened) {
            printErr(opened.error());
            return std::nullopt;
        }
        base.targetKind = jobs::TargetKind::TorchScript;
        base.targetPath = targetPath;
    }
    return familySpecFromOptions(parser, project::RunKind::AttributeInference, QStringLiteral("attribute"),
                                 options, *dataset, base);
}

/// `attack attribute --json`: the stored run read back.
QJsonObject attributeJson(const project::ProjectStore& store, const project::RunRecord& run,
                          const std::vector<project::ResultRecord>& results, std::uint64_t seed)
{
    const attack::AttributeRunSummary s = attack::AttributeRunSummary::fromJson(run.summary);
    const auto metrics = storedMetrics(results);
    QJsonArray attackArray;
    for (const auto& m : metrics)
        attackArray.append(m.toJson());
    QJsonObject out{
        {QStringLiteral("sensitive_column"), s.column},
        {QStringLiteral("numeric"), s.numeric},
        {QStringLiteral("values"), QJsonArray::fromStringList(s.values)},
        {QStringLiteral("target_value"), s.targetValue},
        {QStringLiteral("tolerance"), s.tolerance},
        {QStringLiteral("member_candidates"), qint64(s.memberCandidates)},
        {QStringLiteral("non_member_candidates"), qint64(s.nonMemberCandidates)},
        {QStringLiteral("auxiliary_rows"), qint64(s.auxiliaryRows)},
        {QStringLiteral("strongest_attack"), s.strongestAttack},
        {QStringLiteral("seed"), qint64(seed)},
        {QStringLiteral("attacks"), attackArray},
        {QStringLiteral("findings"), QJsonArray::fromStringList(attack::attributeFindings(s, metrics))},
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

} // namespace

int runAttributeAttack(QStringList args, const CommandContext& context)
{
    args.removeAt(1);
    args[0] += QStringLiteral(" attribute");
    CommandLine cli(
        args,
        CliText::tr(
            "Attribute inference (Jayaraman & Evans 2022's setting): the attacker knows every input of a "
            "record but the sensitive column, and its label, and holds auxiliary records of the same "
            "population. Every attack is judged against the imputation baseline (the same model "
            "family trained on the auxiliary records, no access to the target) on members and "
            "non-members: advantage over imputation, individual leakage (members minus non-members) "
            "and distributional leakage (non-members minus imputation), with bootstrap intervals."));
    QCommandLineParser& parser = cli.parser();
    addTrainingOptions(parser);
    parser.addOptions({
        {QStringLiteral("sensitive"), CliText::tr("The column to infer (given the role sensitive)."),
         QStringLiteral("column")},
        {QStringLiteral("attack"),
         CliText::tr("Comma-separated: %1, or all (default all).")
             .arg(attack::attributeAttackNames().join(QStringLiteral(", "))),
         QStringLiteral("list"), QStringLiteral("all")},
        {QStringLiteral("candidates"),
         CliText::tr("Members and as many non-members to attack (default 2500)."), QStringLiteral("n"),
         QStringLiteral("2500")},
        {QStringLiteral("tolerance"),
         CliText::tr("Numeric column: a guess within this share of the true value is right (default 0.1)."),
         QStringLiteral("share"), QStringLiteral("0.1")},
        {QStringLiteral("target-value"),
         CliText::tr("The value PPV at top k looks for (default: the rarest)."), QStringLiteral("value")},
        {QStringLiteral("ppv-k"), CliText::tr("k of PPV at top k (default 100)."), QStringLiteral("k"),
         QStringLiteral("100")},
        {QStringLiteral("reference-models"),
         CliText::tr("Reference models of the membership-based attack (default 2)."), QStringLiteral("k"),
         QStringLiteral("2")},
        {QStringLiteral("bootstrap"), CliText::tr("Bootstrap resamples for the intervals (default 200)."),
         QStringLiteral("n"), QStringLiteral("200")},
        {QStringLiteral("target-model"), CliText::tr("A TorchScript target model to attack as a black box."),
         QStringLiteral("model.pt")},
    });
    addStoredRunOptions(parser);
    if (const auto stop = cli.parse()) return *stop;
    if (!cli.require({QStringLiteral("data"), QStringLiteral("sensitive")})) return ExitUsage;
    const auto job = attributeSpecFromOptions(parser);
    if (!job) return ExitUsage;
    const auto seed = job->seed;
    return runStoredFamilyJob(
        *job, parser, context, QStringLiteral("attribute.privaudit"), printAttributeSummary,
        [seed](const project::ProjectStore& store, const project::RunRecord& run) {
            const auto results = store.results(run.id);
            return attributeJson(store, run, results ? *results : std::vector<project::ResultRecord>(), seed);
        });
}

} // namespace privaudit::cli
