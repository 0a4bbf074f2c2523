// `attack memorisation`: counterfactual memorisation of every member from LiRA's reference models (a
// membership run of LiRA; the memorisation is part of its stored summary).
#include "attack/MembershipRunSummary.h"
#include "CommandLine.h"
#include "Commands.h"
#include "metrics/MembershipMetrics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace privaudit::cli {

void printMemorisation(const attack::MembershipRunSummary& summary)
{
    if (!summary.memorisation) {
        printOut(CliText::tr("Memorisation: none measured (the run trained no reference models; LiRA, RMIA "
                             "and the shadow attack do)."));
        return;
    }
    const attack::MemorisationSummary& m = *summary.memorisation;
    for (const QString& f : m.findings())
        printOut(f);
    if (m.top.empty()) return;
    const QLocale locale;
    printOut(CliText::tr("Most memorised members:"));
    for (const attack::MemorisedRecord& r : m.top)
        printOut(CliText::tr("  data row %1: memorisation %2 (standard error %3), loss form %4 nats, p = %5, "
                             "copies %6%7")
                     .arg(r.row + 1, 7)
                     .arg(locale.toString(r.accuracy, 'f', 3), locale.toString(r.standardError, 'f', 3),
                          locale.toString(r.loss, 'f', 3), locale.toString(r.pValue, 'f', 3))
                     .arg(r.copies)
                     .arg(r.liraExposed ? CliText::tr(", exposed by LiRA") : QString()));
}

namespace {

void printMemorisationRun(const project::ProjectStore& store, std::int64_t runId)
{
    const auto run = store.run(runId);
    if (!run) return;
    printMemorisation(attack::MembershipRunSummary::fromJson(run->summary));
    for (const QString& w : jobs::runWarnings(run->specJson, run->summary))
        printOut(CliText::tr("Note: %1").arg(w));
}

QJsonObject memorisationJson(const project::ProjectStore& store, const project::RunRecord& run,
                             std::uint64_t seed)
{
    const attack::MembershipRunSummary s = attack::MembershipRunSummary::fromJson(run.summary);
    QJsonObject out = s.memorisation ? s.memorisation->toJson() : QJsonObject{};
    out[QStringLiteral("measured")] = s.memorisation.has_value();
    out[QStringLiteral("seed")] = qint64(seed);
    out[QStringLiteral("findings")] =
        QJsonArray::fromStringList(s.memorisation ? s.memorisation->findings() : QStringList());
    out[QStringLiteral("warnings")] =
        QJsonArray::fromStringList(jobs::runWarnings(run.specJson, run.summary));
    if (s.target) {
        out[QStringLiteral("target_train_accuracy")] = s.target->trainAccuracy;
        out[QStringLiteral("target_test_accuracy")] = s.target->testAccuracy;
        if (s.dp) {
            out[QStringLiteral("epsilon")] = jsonNumber(s.target->epsilon);
            out[QStringLiteral("delta")] = s.target->delta;
        }
    }
    if (const auto results = store.results(run.id))
        for (const project::ResultRecord& r : *results)
            if (r.attack == QLatin1String("lira")) {
                const metrics::AttackMetrics m = metrics::AttackMetrics::fromJson(r.metricsJson);
                out[QStringLiteral("lira_auc")] = m.auc;
                out[QStringLiteral("lira_tpr_at_1pct_fpr")] = m.tprAt(0.01);
            }
    if (const auto datasets = store.datasets())
        for (const auto& d : *datasets)
            if (d.id == run.datasetId) out[QStringLiteral("dataset_sha256")] = d.sha256;
    return out;
}

} // namespace

int runMemorisationAttack(QStringList args, const CommandContext& context)
{
    args.removeAt(1);
    args[0] += QStringLiteral(" memorisation");
    CommandLine cli(
        args,
        CliText::tr("Counterfactual memorisation (Feldman & Zhang 2020): reference models are trained with "
                    "the target's recipe on random halves of the candidates, as LiRA does; a record's "
                    "memorisation is the models' accuracy on it when they trained on it minus when they "
                    "did not (and the same in loss), tested against chance by re-splitting the models. "
                    "Reports the members memorised beyond chance, duplicated against unique records, the "
                    "overlap with the members LiRA exposes, and the most memorised records. Stored as a "
                    "membership run of LiRA."));
    QCommandLineParser& parser = cli.parser();
    addTrainingOptions(parser);
    parser.addOptions({
        {QStringLiteral("reference-models"),
         CliText::tr("Reference models (default 16; each record is trained on by half of them)."),
         QStringLiteral("k"), QStringLiteral("16")},
        {QStringLiteral("bootstrap"), CliText::tr("Bootstrap resamples for the intervals (default 200)."),
         QStringLiteral("n"), QStringLiteral("200")},
    });
    addStoredRunOptions(parser);
    if (const auto stop = cli.parse()) return *stop;
    if (!cli.require({QStringLiteral("data")})) return ExitUsage;
    bool ok = true;
    const auto k = integerOptionIn(parser, QStringLiteral("reference-models"), 2, 1024, &ok);
    const auto bootstrap = integerOptionIn(parser, QStringLiteral("bootstrap"), 0, 100000, &ok);
    if (!ok) return ExitUsage;
    jobs::JobSpec base;
    std::optional<std::int64_t> trainRows;
    if (!readTrainingOptions(parser, &base.model, &base.training, &trainRows)) return ExitUsage;
    const auto dataset = datasetSpecJson(parser, trainRows);
    if (!dataset) return ExitUsage;
    const QJsonObject attacks{{QStringLiteral("names"), QJsonArray{QStringLiteral("lira")}},
                              {QStringLiteral("reference_models"), qint64(k.value_or(16))},
                              {QStringLiteral("online"), true},
                              {QStringLiteral("fixed_variance"), true}};
    auto job = familySpecFromOptions(parser, project::RunKind::MembershipInference, QStringLiteral("attacks"),
                                     attacks, *dataset, base);
    if (!job) return ExitUsage;
    job->bootstrap = int(bootstrap.value_or(200));
    const auto seed = job->seed;
    return runStoredFamilyJob(*job, parser, context, QStringLiteral("memorisation.privaudit"),
                              printMemorisationRun,
                              [seed](const project::ProjectStore& store, const project::RunRecord& run) {
                                  return memorisationJson(store, run, seed);
                              });
}

} // namespace privaudit::cli
