#include "attack/MembershipInference.h"
#include "attack/MembershipRunSummary.h"
#include "common/JsonNumber.h"
#include "jobs/JobData.h"
#include "jobs/JobExecutor.h"
#include "jobs/JobKinds.h"
#include "jobs/SpecReader.h"
#include "metrics/MembershipMetrics.h"
#include "model/Classifier.h"
#include "model/PredictionsFile.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace privaudit::jobs {

namespace {

/// Membership inference: the target trained here, queried as a TorchScript model or read from a
/// predictions file; the catalogue's attacks on it; their statistics with bootstrap intervals.
Expected<project::RunOutcome> runMembershipJob(const JobContext& context)
{
    using Result = Expected<project::RunOutcome>;
    const JobSpec& spec = context.spec;
    const compute::ComputeSettings& settings = context.settings;
    const std::atomic<bool>& cancel = context.cancel;
    const auto& report = context.report;
    project::RunOutcome outcome;
    std::vector<attack::AttackScores> attacks;
    double delta = 1e-5;

    if (spec.targetKind == TargetKind::Predictions) {
        const auto predictions = model::PredictionsFile::import(spec.targetPath);
        if (!predictions) return Result::failure(predictions.error());
        if (!predictions->members)
            return Result::failure(
                JobExecutor::tr(
                    "The predictions file '%1' has no 'member' column, so there is no ground truth to "
                    "measure an attack against.")
                    .arg(spec.targetPath));
        std::vector<std::int64_t> rows(predictions->labels.size());
        std::iota(rows.begin(), rows.end(), std::int64_t(0));
        QStringList notRun; // stored by name; runWarnings() says why in the reader's language
        for (const QString& a : spec.attacks) {
            if (!attack::AttackCatalogue::whyNotOnPredictions(a).isEmpty()) {
                notRun << a;
                continue;
            }
            attacks.push_back(attack::MembershipInference::thresholdAttack(
                a, predictions->logits, predictions->labels, *predictions->members, rows));
        }
        project::ModelRecord m;
        m.name = QFileInfo(spec.targetPath).fileName();
        m.kind = QStringLiteral("predictions");
        m.path = spec.targetPath;
        m.sha256 = predictions->sha256;
        outcome.models.push_back(m);
        attack::MembershipRunSummary summary;
        summary.members = std::count(predictions->members->begin(), predictions->members->end(), true);
        summary.nonMembers = std::count(predictions->members->begin(), predictions->members->end(), false);
        summary.notRun = notRun;
        if (predictions->fromProbabilities)
            summary.targetOutputs = QJsonObject{{QStringLiteral("kind"), QStringLiteral("probabilities")}};
        outcome.summary = summary.toJson();
    } else {
        // A TorchScript target is opened first: the encoder.json it carries (models saved by PrivAudit do)
        // is the encoding it was trained with, and its queries must use it (as `attack mia` does).
        std::optional<model::ExternalModel> external;
        if (spec.targetKind == TargetKind::TorchScript) {
            auto opened = model::ExternalModel::open(spec.targetPath);
            if (!opened) return Result::failure(opened.error());
            external.emplace(std::move(opened).value());
            external->setCancelFlag(&cancel);
        }
        auto input = loadTabular(context, external && !spec.declaredEncoder ? external->encoderJson()
                                                                            : std::optional<QJsonObject>());
        if (!input) return Result::failure(input.error());
        const data::DataTable& table = input->table;
        const data::DataSplit* split = &input->split;
        const data::TableEncoder* encoder = &input->encoder;
        outcome.dataset = input->dataset;

        attack::MiaConfig config;
        config.attacks = spec.attacks;
        config.referenceModels = spec.referenceModels;
        config.liraOnline = spec.online;
        config.liraFixedVariance = spec.fixedVariance;
        config.seed = spec.seed;
        if (external) {
            if (const QString err = external->checkShape(encoder->inputWidth(), encoder->classCount());
                !err.isEmpty())
                return Result::failure(model::ExternalModel::tr("'%1': %2").arg(spec.targetPath, err));
            config.externalTarget = [&external](const data::FeatureMatrix& x) {
                return external->evaluate(x, std::vector<std::int64_t>(std::size_t(x.rows()), 0)).logits;
            };
        }
        // The encoder's DP estimates (if any) spent part of the run's epsilon: DP-SGD gets the rest.
        const auto training = spec.training.afterPreprocessing(encoder->dpEpsilon());
        if (!training) return Result::failure(training.error());
        auto mia = attack::MembershipInference::run(
            table, *split, *encoder, spec.model, *training, config, settings,
            [&](double f, const QString& stage) { return report(0.02 + 0.88 * f, stage); });
        if (cancel.load()) throw JobCancelled{};
        if (!mia) return Result::failure(mia.error());
        attacks = mia->attacks;

        outcome.models.push_back(targetModelRecord(spec, external ? &*external : nullptr,
                                                   mia->targetTorchScript, mia->targetTraining, *encoder));
        if (spec.training.dp && !external) delta = spec.training.delta;
        const bool dp = spec.training.dp && !external;
        attack::MembershipRunSummary summary;
        summary.members = std::int64_t(split->members.size());
        summary.nonMembers = std::int64_t(split->nonMembers.size());
        summary.dp = dp;
        attack::TargetFigures& t =
            summary.target.emplace(targetFigures(spec, dp, mia->targetTraining, mia->targetTrainAccuracy,
                                                 mia->targetTestAccuracy, mia->utility, *encoder));
        t.testLoss = mia->targetTestLoss;
        t.testAuc = mia->targetTestAuc;
        t.referenceModels = mia->referenceModels;
        t.referenceSeconds = mia->referenceSeconds;
        if (mia->memorisation && !attacks.empty()) {
            // Every attack scored the same candidates in the same order: their row ids and ground truth.
            const attack::AttackScores& candidates = attacks.front();
            const auto lira = std::find_if(attacks.begin(), attacks.end(),
                                           [](const auto& a) { return a.attack == QLatin1String("lira"); });
            summary.memorisation = attack::MemorisationSummary::summarise(
                *mia->memorisation, candidates.records.members, candidates.rowIds, mia->candidateCopies,
                lira == attacks.end() ? nullptr : &*lira, mia->referenceModels, spec.bootstrap, spec.seed);
            summary.memorisation->seconds = mia->memorisationSeconds;
        }
        summary.dataNotes = table.notes();
        if (external && external->outputKind() == model::ExternalModel::OutputKind::Probabilities)
            summary.targetOutputs = external->outputJson();
        if (external) summary.sandbox = external->sandboxJson();
        // Warnings are not stored as text (the interface language may change); runWarnings() derives
        // them. The label's class balance over the rows this run used (members and non-members), for the
        // report.
        for (const auto& c : table.columns())
            if (c.role == data::ColumnRole::Label)
                for (const auto* rows : {&split->members, &split->nonMembers})
                    for (const auto row : *rows)
                        summary.labelCounts[c.text(std::size_t(row))]++;
        outcome.summary = summary.toJson();
    }

    metrics::MetricsOptions options;
    options.bootstrapResamples = spec.bootstrap;
    options.threads = settings.cores;
    options.delta = delta;
    options.seed = spec.seed;
    for (std::size_t i = 0; i < attacks.size(); ++i) {
        const auto& a = attacks[i];
        if (!report(0.9 + 0.08 * double(i) / double(attacks.size()),
                    JobExecutor::tr("Statistics for %1").arg(a.attack)))
            throw JobCancelled{};
        metrics::AttackMetrics m = metrics::MembershipMetrics::compute(a.records, options);
        m.seconds = a.seconds;
        outcome.results.push_back({a.attack, a.variant,
                                   QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact),
                                   project::RecordScores{a.records.scores, a.records.members, a.rowIds}});
    }
    return outcome;
}

class MembershipFamily final : public EvaluationFamily
{
public:
    [[nodiscard]] project::RunKind kind() const override { return project::RunKind::MembershipInference; }

    [[nodiscard]] EvaluationNeeds needs(const JobSpec& spec) const override
    {
        EvaluationNeeds n;
        for (const QString& name : spec.attacks) {
            const attack::AttackInfo* a = attack::AttackCatalogue::find(name);
            if (!a) continue;
            if (std::find(n.access.begin(), n.access.end(), a->access) == n.access.end())
                n.access.push_back(a->access);
            n.runsOnPredictions =
                n.runsOnPredictions || attack::AttackCatalogue::whyNotOnPredictions(name).isEmpty();
            n.referenceModels = n.referenceModels || a->referenceModels;
            n.population = n.population || a->population;
            n.sensitiveColumn = n.sensitiveColumn || a->sensitiveColumn;
        }
        return n;
    }

    [[nodiscard]] QStringList optionSections() const override
    {
        return {QStringLiteral("attacks"), QStringLiteral("statistics")};
    }

    void readOptions(const QJsonObject& root, SpecReader& r, JobSpec& spec) const override
    {
        const auto attacks = r.object(root, QStringLiteral("attacks"), QStringLiteral("spec"));
        if (attacks) {
            const QString where = QStringLiteral("attacks");
            r.keys(*attacks, where,
                   {QStringLiteral("names"), QStringLiteral("reference_models"), QStringLiteral("online"),
                    QStringLiteral("fixed_variance")});
            const QJsonValue names = attacks->value(QStringLiteral("names"));
            if (!names.isUndefined()) {
                spec.attacks.clear();
                if (!names.isArray() || names.toArray().isEmpty())
                    r.fail(JobSpec::tr("attacks.names must be a non-empty list of attack names"));
                for (const QJsonValue& v : names.toArray()) {
                    const QString a = v.toString().trimmed().toLower();
                    if (a == QLatin1String("all")) {
                        spec.attacks = attack::AttackCatalogue::names();
                        break;
                    }
                    if (!attack::AttackCatalogue::find(a))
                        r.fail(JobSpec::tr("attacks.names: unknown attack '%1'; available: %2")
                                   .arg(v.isString() ? v.toString() : QStringLiteral("?"),
                                        attack::AttackCatalogue::names().join(QStringLiteral(", "))));
                    else if (!spec.attacks.contains(a))
                        spec.attacks << a;
                }
            }
            spec.referenceModels =
                int(r.integer(*attacks, QStringLiteral("reference_models"), where, 8, 1, 1024).value_or(8));
            spec.online = r.boolean(*attacks, QStringLiteral("online"), where, true).value_or(true);
            spec.fixedVariance =
                r.boolean(*attacks, QStringLiteral("fixed_variance"), where, true).value_or(true);
        }
        const auto statistics = r.object(root, QStringLiteral("statistics"), QStringLiteral("spec"));
        if (statistics) {
            r.keys(*statistics, QStringLiteral("statistics"), {QStringLiteral("bootstrap")});
            spec.bootstrap = int(r.integer(*statistics, QStringLiteral("bootstrap"),
                                           QStringLiteral("statistics"), 200, 0, 100000)
                                     .value_or(200));
        }
    }

    void writeOptions(const JobSpec& spec, QJsonObject& root) const override
    {
        root[QStringLiteral("attacks")] =
            QJsonObject{{QStringLiteral("names"), QJsonArray::fromStringList(spec.attacks)},
                        {QStringLiteral("reference_models"), spec.referenceModels},
                        {QStringLiteral("online"), spec.online},
                        {QStringLiteral("fixed_variance"), spec.fixedVariance}};
        root[QStringLiteral("statistics")] = QJsonObject{{QStringLiteral("bootstrap"), spec.bootstrap}};
    }

    [[nodiscard]] QString validate(const JobSpec& spec) const override
    {
        if (const QString unknown = attack::AttackCatalogue::checkNames(spec.attacks); !unknown.isEmpty())
            return unknown;
        // On a predictions file only the attacks that need nothing but the given outputs run; the others
        // are listed as not run. None of them at all is an error in the spec, found before anything runs.
        if (spec.targetKind == TargetKind::Predictions &&
            std::none_of(spec.attacks.begin(), spec.attacks.end(), [](const QString& a) {
                return attack::AttackCatalogue::whyNotOnPredictions(a).isEmpty();
            }))
            return JobExecutor::tr("None of the requested attacks can run on a predictions file; use %1.")
                .arg(attack::AttackCatalogue::onPredictions().join(QStringLiteral(", ")));
        return {};
    }

    [[nodiscard]] Expected<project::RunOutcome> run(const JobContext& context) const override
    {
        return runMembershipJob(context);
    }
};

} // namespace

const EvaluationFamily& membershipFamily()
{
    static const MembershipFamily family;
    return family;
}

} // namespace privaudit::jobs
