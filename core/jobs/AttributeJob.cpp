#include "attack/attribute/AttributeInference.h"
#include "attack/attribute/AttributeRunSummary.h"
#include "jobs/JobData.h"
#include "jobs/JobExecutor.h"
#include "jobs/JobKinds.h"
#include "jobs/SpecReader.h"
#include "metrics/AttributeMetrics.h"
#include "model/Classifier.h"

#include <limits>
#include <QJsonArray>
#include <QJsonDocument>

namespace privaudit::jobs {

namespace {

/// Attribute inference as a job: the target trained here on the members (or a TorchScript model
/// queried), attack::AttributeInference's attacks on member and non-member candidates, and for each
/// attack its statistics against the imputation baseline (metrics::AttributeMetrics). Stored per attack:
/// the statistics, and per candidate whether the attack was right (1) or not (0), with its membership and
/// table row, from which the accuracies and the leakage can be recomputed. The sensitive values
/// themselves are not stored.
Expected<project::RunOutcome> runAttributeJob(const JobContext& context)
{
    using Result = Expected<project::RunOutcome>;
    const JobSpec& spec = context.spec;
    const AttributeOptions& options = spec.attribute;
    std::optional<model::ExternalModel> external;
    if (spec.targetKind == TargetKind::TorchScript) {
        auto opened = model::ExternalModel::open(spec.targetPath);
        if (!opened) return Result::failure(opened.error());
        external.emplace(std::move(opened).value());
        external->setCancelFlag(&context.cancel);
    }
    auto input = loadTabular(context, external && !spec.declaredEncoder ? external->encoderJson()
                                                                        : std::optional<QJsonObject>());
    if (!input) return Result::failure(input.error());
    const data::TableEncoder& encoder = input->encoder;

    attack::AttributeConfig config;
    config.sensitiveColumn = options.column;
    config.attacks = options.attacks;
    config.candidatesPerSide = options.candidates;
    config.tolerance = options.tolerance;
    config.numericGrid = options.grid;
    config.targetValue = options.targetValue;
    config.ppvK = options.ppvK;
    config.referenceModels = options.referenceModels;
    config.seed = spec.seed;
    if (external) {
        if (const QString err = external->checkShape(encoder.inputWidth(), encoder.classCount());
            !err.isEmpty())
            return Result::failure(model::ExternalModel::tr("'%1': %2").arg(spec.targetPath, err));
        config.externalTarget = [&external](const data::FeatureMatrix& x) {
            return external->evaluate(x, std::vector<std::int64_t>(std::size_t(x.rows()), 0)).logits;
        };
    }
    const auto training = spec.training.afterPreprocessing(encoder.dpEpsilon());
    if (!training) return Result::failure(training.error());
    auto run = attack::AttributeInference::run(
        input->table, input->split, encoder, spec.model, *training, config, context.settings,
        [&](double f, const QString& stage) { return context.report(0.02 + 0.9 * f, stage); });
    if (context.cancel.load()) throw JobCancelled{};
    if (!run) return Result::failure(run.error());

    project::RunOutcome outcome;
    outcome.dataset = input->dataset;
    outcome.models.push_back(targetModelRecord(spec, external ? &*external : nullptr, run->targetTorchScript,
                                               run->targetTraining, encoder));

    const bool dp = spec.training.dp && !external;
    attack::AttributeRunSummary summary;
    attack::MembershipRunSummary& base = summary.base;
    base.members = std::int64_t(input->split.members.size());
    base.nonMembers = std::int64_t(input->split.nonMembers.size());
    base.dp = dp;
    base.target = targetFigures(spec, dp, run->targetTraining, run->targetTrainAccuracy,
                                run->targetTestAccuracy, run->utility, encoder);
    base.dataNotes = input->table.notes();
    if (external) base.sandbox = external->sandboxJson();
    if (external && external->outputKind() == model::ExternalModel::OutputKind::Probabilities)
        base.targetOutputs = external->outputJson();
    summary.column = run->column;
    summary.numeric = run->numeric;
    summary.values = run->values;
    summary.prior = run->prior;
    summary.targetValue = run->values.value(run->targetValue);
    summary.tolerance = options.tolerance;
    summary.ppvK = options.ppvK;
    summary.memberCandidates = std::count(run->members.begin(), run->members.end(), true);
    summary.nonMemberCandidates = std::int64_t(run->members.size()) - summary.memberCandidates;
    summary.auxiliaryRows = run->auxiliaryRows;
    summary.skippedCandidates = run->skippedCandidates;
    summary.imputationAuxAccuracy = run->imputationAuxAccuracy;

    double strongest = -std::numeric_limits<double>::infinity();
    for (std::size_t k = 0; k < run->attacks.size(); ++k) {
        const attack::AttributeGuesses& a = run->attacks[k];
        if (!context.report(0.92 + 0.06 * double(k) / double(run->attacks.size()),
                            JobExecutor::tr("Statistics for %1").arg(a.attack)))
            throw JobCancelled{};
        const metrics::AttributeAnswers answers = run->answers(a, options.tolerance);
        std::vector<double> right;
        for (const bool r : answers.correct)
            right.push_back(r ? 1.0 : 0.0);
        metrics::AttributeMetrics m = metrics::computeAttributeMetrics(
            a.attack, answers, {options.bootstrap, options.ppvK, spec.seed + std::uint64_t(k)});
        m.seconds = a.seconds;
        if (k > 0 && m.advantageOverImputation.value > strongest) {
            strongest = m.advantageOverImputation.value;
            summary.strongestAttack = a.attack;
        }
        outcome.results.push_back({a.attack, QString(),
                                   QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact),
                                   project::RecordScores{right, run->members, run->rowIds}});
    }
    outcome.summary = summary.toJson();
    return outcome;
}

class AttributeFamily final : public EvaluationFamily
{
public:
    [[nodiscard]] project::RunKind kind() const override { return project::RunKind::AttributeInference; }

    [[nodiscard]] EvaluationNeeds needs(const JobSpec& spec) const override
    {
        EvaluationNeeds n;
        n.access = {attack::TargetAccess::Scores};
        n.referenceModels =
            spec.attribute.attacks.isEmpty() || spec.attribute.attacks.contains(QStringLiteral("mia-based"));
        n.population = true; // the attacker's auxiliary records
        n.sensitiveColumn = true;
        return n;
    }

    [[nodiscard]] QStringList optionSections() const override { return {QStringLiteral("attribute")}; }

    void readOptions(const QJsonObject& root, SpecReader& r, JobSpec& spec) const override
    {
        const auto o = r.object(root, QStringLiteral("attribute"), QStringLiteral("spec"));
        if (!o) return;
        const QString where = QStringLiteral("attribute");
        r.keys(*o, where,
               {QStringLiteral("column"), QStringLiteral("attacks"), QStringLiteral("candidates"),
                QStringLiteral("tolerance"), QStringLiteral("grid"), QStringLiteral("target_value"),
                QStringLiteral("ppv_k"), QStringLiteral("reference_models"), QStringLiteral("bootstrap")});
        AttributeOptions& a = spec.attribute;
        a.column = r.string(*o, QStringLiteral("column"), where, QString()).value_or(QString());
        a.targetValue = r.string(*o, QStringLiteral("target_value"), where, QString()).value_or(QString());
        const QJsonValue attacks = o->value(QStringLiteral("attacks"));
        if (!attacks.isUndefined()) {
            if (!attacks.isArray()) r.fail(JobSpec::tr("attribute.attacks must be a list of attack names"));
            for (const QJsonValue& v : attacks.toArray()) {
                const QString name = v.toString().trimmed().toLower();
                if (name == QLatin1String("all")) {
                    a.attacks.clear();
                    break;
                }
                if (!attack::attributeAttackNames().contains(name))
                    r.fail(JobSpec::tr("attribute.attacks: unknown attack '%1'; available: %2")
                               .arg(v.isString() ? v.toString() : QStringLiteral("?"),
                                    attack::attributeAttackNames().join(QStringLiteral(", "))));
                else if (!a.attacks.contains(name))
                    a.attacks << name;
            }
        }
        a.candidates =
            int(r.integer(*o, QStringLiteral("candidates"), where, 2500, 10, 10000000).value_or(2500));
        a.tolerance = r.number(*o, QStringLiteral("tolerance"), where, 0.1).value_or(0.1);
        a.grid = int(r.integer(*o, QStringLiteral("grid"), where, 25, 2, 1000).value_or(25));
        a.ppvK = int(r.integer(*o, QStringLiteral("ppv_k"), where, 100, 1, 10000000).value_or(100));
        a.referenceModels =
            int(r.integer(*o, QStringLiteral("reference_models"), where, 2, 0, 64).value_or(2));
        a.bootstrap = int(r.integer(*o, QStringLiteral("bootstrap"), where, 200, 0, 100000).value_or(200));
    }

    void writeOptions(const JobSpec& spec, QJsonObject& root) const override
    {
        const AttributeOptions& a = spec.attribute;
        root[QStringLiteral("attribute")] =
            QJsonObject{{QStringLiteral("column"), a.column},
                        {QStringLiteral("attacks"), QJsonArray::fromStringList(a.attacks)},
                        {QStringLiteral("candidates"), a.candidates},
                        {QStringLiteral("tolerance"), a.tolerance},
                        {QStringLiteral("grid"), a.grid},
                        {QStringLiteral("target_value"), a.targetValue},
                        {QStringLiteral("ppv_k"), a.ppvK},
                        {QStringLiteral("reference_models"), a.referenceModels},
                        {QStringLiteral("bootstrap"), a.bootstrap}};
    }

    [[nodiscard]] QString validate(const JobSpec& spec) const override
    {
        const AttributeOptions& a = spec.attribute;
        if (spec.targetKind == TargetKind::Predictions)
            return specText(QT_TRANSLATE_NOOP(
                "privaudit::jobs::JobSpec",
                "attribute inference queries the target with every candidate value: target.kind "
                "must be train or torchscript, not predictions"));
        if (!(a.tolerance >= 0.0) || a.tolerance >= 10.0)
            return JobSpec::tr("attribute.tolerance must be at least 0 and below 10, got %1")
                .arg(a.tolerance);
        if (a.attacks.contains(QStringLiteral("mia-based")) && a.referenceModels < 1)
            return JobSpec::tr("attribute.reference_models must be at least 1 for mia-based");
        return {};
    }

    [[nodiscard]] QString checkData(const JobSpec& spec, const data::DataTable& table) const override
    {
        const auto index = attack::AttributeInference::sensitiveColumnIndex(table, spec.attribute.column);
        return index ? QString() : index.error();
    }

    [[nodiscard]] Expected<project::RunOutcome> run(const JobContext& context) const override
    {
        return runAttributeJob(context);
    }
};

} // namespace

const EvaluationFamily& attributeFamily()
{
    static const AttributeFamily family;
    return family;
}

} // namespace privaudit::jobs
