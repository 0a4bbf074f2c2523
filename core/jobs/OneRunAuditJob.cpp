#include "attack/OneRunAudit.h"
#include "attack/OneRunAuditSummary.h"
#include "jobs/JobData.h"
#include "jobs/JobExecutor.h"
#include "jobs/JobKinds.h"
#include "jobs/SpecReader.h"

#include <QJsonDocument>

namespace privaudit::jobs {

namespace {

/// The one-run privacy audit (Steinke, Nasr & Jagielski 2023) as a job: canaries from the population
/// pool join the training set with probability 1/2 each, the recipe trains once, and the canaries'
/// scores give an epsilon lower bound to hold against the accountant's epsilon. Stored: the typed
/// summary (attack::OneRunAuditSummary) and, as the run's one result, every canary's score with its
/// inclusion flag and table row, from which the right guesses and the bound can be recomputed.
Expected<project::RunOutcome> runOneRunAuditJob(const JobContext& context)
{
    using Result = Expected<project::RunOutcome>;
    const JobSpec& spec = context.spec;
    auto input = loadTabular(context);
    if (!input) return Result::failure(input.error());

    attack::OneRunAuditConfig config;
    config.canaries = spec.audit.canaries;
    config.guesses = spec.audit.guesses;
    config.mislabel = spec.audit.mislabel;
    config.beta = 1.0 - spec.audit.confidence;
    config.seed = spec.seed;
    config.device = context.settings.device;
    const int epochs = spec.training.epochs;
    const auto audit = attack::OneRunAudit::run(
        input->table, input->split, input->encoder, spec.model, spec.training, config,
        [&](int epoch, double fraction) {
            return context.report(
                0.02 + 0.94 * fraction,
                JobExecutor::tr("Training with canaries: epoch %1 of %2").arg(epoch).arg(epochs));
        });
    if (context.cancel.load()) throw JobCancelled{};
    if (!audit) return Result::failure(audit.error());

    attack::OneRunAuditSummary s;
    s.canaries = audit->canaries;
    s.included = audit->included;
    s.guesses = audit->guesses;
    s.correct = audit->correct;
    s.mislabelled = config.mislabel;
    s.confidence = spec.audit.confidence;
    s.epsilonLowerBound = audit->epsilonLowerBound;
    s.accountantEpsilon = audit->accountantEpsilon;
    s.delta = audit->delta;
    s.dp = spec.training.dp;
    s.members = std::int64_t(input->split.members.size());
    s.trainAccuracy = audit->trainAccuracy;
    s.noiseMultiplier = audit->training.noiseMultiplier;
    s.samplingRate = audit->training.samplingRate;
    s.steps = audit->training.steps;
    s.epochs = int(audit->training.epochs.size());
    s.dataNotes = input->table.notes();

    project::RunOutcome outcome;
    outcome.dataset = input->dataset;
    outcome.summary = s.toJson();
    const QJsonObject guessing{
        {QStringLiteral("rule"), QStringLiteral("the guesses/2 highest scores IN, the guesses/2 lowest OUT")},
        {QStringLiteral("score"), QStringLiteral("negated cross-entropy loss of the canary's (wrong) label")},
        {QStringLiteral("guesses"), s.guesses},
        {QStringLiteral("correct"), s.correct},
        {QStringLiteral("epsilon_lower_bound"), s.epsilonLowerBound}};
    outcome.results.push_back({QStringLiteral("one-run-audit"), QStringLiteral("loss"),
                               QJsonDocument(guessing).toJson(QJsonDocument::Compact),
                               project::RecordScores{audit->scores, audit->inTraining, audit->canaryRows}});
    return outcome;
}

class OneRunAuditFamily final : public EvaluationFamily
{
public:
    [[nodiscard]] project::RunKind kind() const override { return project::RunKind::OneRunAudit; }

    [[nodiscard]] EvaluationNeeds needs(const JobSpec&) const override
    {
        EvaluationNeeds n;
        n.access = {attack::TargetAccess::Scores}; // the canaries' losses under the trained model
        n.population = true;                       // the canaries come from the population pool
        n.trainsTarget = true;
        return n;
    }

    [[nodiscard]] QStringList optionSections() const override { return {QStringLiteral("audit")}; }

    void readOptions(const QJsonObject& root, SpecReader& r, JobSpec& spec) const override
    {
        const auto auditOptions = r.object(root, QStringLiteral("audit"), QStringLiteral("spec"));
        if (auditOptions) {
            const QString where = QStringLiteral("audit");
            r.keys(*auditOptions, where,
                   {QStringLiteral("canaries"), QStringLiteral("guesses"), QStringLiteral("mislabel"),
                    QStringLiteral("confidence")});
            AuditOptions& a = spec.audit;
            a.canaries =
                int(r.integer(*auditOptions, QStringLiteral("canaries"), where, a.canaries, 2, 10000000)
                        .value_or(a.canaries));
            a.guesses = int(r.integer(*auditOptions, QStringLiteral("guesses"), where, a.guesses, 2, 10000000)
                                .value_or(a.guesses));
            a.mislabel = r.boolean(*auditOptions, QStringLiteral("mislabel"), where, true).value_or(true);
            a.confidence =
                r.number(*auditOptions, QStringLiteral("confidence"), where, 0.95).value_or(a.confidence);
        }
    }

    void writeOptions(const JobSpec& spec, QJsonObject& root) const override
    {
        const AuditOptions& a = spec.audit;
        root[QStringLiteral("audit")] = QJsonObject{{QStringLiteral("canaries"), a.canaries},
                                                    {QStringLiteral("guesses"), a.guesses},
                                                    {QStringLiteral("mislabel"), a.mislabel},
                                                    {QStringLiteral("confidence"), a.confidence}};
    }

    [[nodiscard]] QString validate(const JobSpec& spec) const override
    {
        const AuditOptions& a = spec.audit;
        if (a.guesses > a.canaries)
            return QCoreApplication::translate("privaudit::jobs::JobSpec",
                                               "audit.guesses (%1) cannot exceed audit.canaries (%2)")
                .arg(a.guesses)
                .arg(a.canaries);
        if (a.confidence <= 0.5 || a.confidence >= 1.0)
            return QCoreApplication::translate("privaudit::jobs::JobSpec",
                                               "audit.confidence must be above 0.5 and below 1, got %1")
                .arg(a.confidence);
        if (spec.targetKind != TargetKind::Train)
            return QCoreApplication::translate(
                "privaudit::jobs::JobSpec",
                "a one-run audit trains its own target with the canaries: target.kind must be train");
        // The audit holds its bound against DP-SGD's accountant alone; an encoder estimated from the
        // members (and canaries) would leak beside it, unmeasured.
        if (spec.encoderEpsilon)
            return QCoreApplication::translate("privaudit::jobs::JobSpec",
                                               "a one-run audit measures DP-SGD alone: leave out "
                                               "dataset.encoder_epsilon (its encoder is fitted outside "
                                               "the training rows)");
        return {};
    }

    [[nodiscard]] Expected<project::RunOutcome> run(const JobContext& context) const override
    {
        return runOneRunAuditJob(context);
    }
};

} // namespace

const EvaluationFamily& oneRunAuditFamily()
{
    static const OneRunAuditFamily family;
    return family;
}

} // namespace privaudit::jobs
