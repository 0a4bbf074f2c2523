#include "attack/inversion/MiFace.h"
#include "attack/inversion/MiFaceRunSummary.h"
#include "jobs/JobData.h"
#include "jobs/JobExecutor.h"
#include "jobs/JobKinds.h"
#include "jobs/SpecReader.h"

#include <QJsonDocument>

namespace privaudit::jobs {

namespace {

/// MI-Face as a job: attack::MiFace trains the recipe on the members (the target, stored like a
/// membership run's) and inverts it for every class. Stored: the typed summary
/// (attack::MiFaceRunSummary, every representative) and one result whose scores are the representatives'
/// gaps (closest held-out minus closest member distance; the membership flags say whether the gap is
/// positive, that is the representative sits nearer a member).
Expected<project::RunOutcome> runMiFaceJob(const JobContext& context)
{
    using Result = Expected<project::RunOutcome>;
    const JobSpec& spec = context.spec;
    auto input = loadTabular(context);
    if (!input) return Result::failure(input.error());
    const data::TableEncoder& encoder = input->encoder;
    const auto training = spec.training.afterPreprocessing(encoder.dpEpsilon());
    if (!training) return Result::failure(training.error());

    attack::MiFaceConfig config;
    const MiFaceOptions& o = spec.miFace;
    config.restarts = o.restarts;
    config.maxIterations = o.maxIterations;
    config.window = o.window;
    config.confidence = o.confidence;
    config.stepSize = o.stepSize;
    config.tolerance = o.tolerance;
    config.poolRows = o.poolRows;
    config.permutations = o.permutations;
    config.seed = spec.seed;
    auto run = attack::MiFace::run(
        input->table, input->split, encoder, spec.model, *training, config, context.settings, [&](double f) {
            return context.report(0.02 + 0.94 * f, f < 0.4 ? JobSpec::tr("Training the target")
                                                           : JobSpec::tr("Inverting the model"));
        });
    if (context.cancel.load()) throw JobCancelled{};
    if (!run) return Result::failure(run.error());

    attack::MiFaceRunSummary summary;
    attack::MembershipRunSummary& base = summary.base;
    base.members = std::int64_t(input->split.members.size());
    base.nonMembers = std::int64_t(input->split.nonMembers.size());
    base.dp = spec.training.dp;
    base.target = targetFigures(spec, base.dp, run->training, run->trainAccuracy, run->testAccuracy,
                                run->utility, encoder);
    base.dataNotes = input->table.notes();
    summary.result = *run;
    summary.result.torchScript.clear();

    project::RunOutcome outcome;
    outcome.dataset = input->dataset;
    outcome.models.push_back(targetModelRecord(spec, nullptr, run->torchScript, run->training, encoder));
    project::RecordScores scores;
    for (std::size_t i = 0; i < run->records.size(); ++i) {
        const attack::MiFaceRecord& r = run->records[i];
        scores.scores.push_back(r.nonMemberDistance - r.memberDistance);
        scores.members.push_back(r.memberDistance < r.nonMemberDistance);
        scores.rowIds.push_back(std::int64_t(i));
    }
    outcome.results.push_back({QStringLiteral("mi-face"), QStringLiteral("representatives"),
                               QJsonDocument(summary.result.toJson()).toJson(QJsonDocument::Compact),
                               std::move(scores)});
    outcome.summary = summary.toJson();
    return outcome;
}

class MiFaceFamily final : public EvaluationFamily
{
public:
    [[nodiscard]] project::RunKind kind() const override { return project::RunKind::ModelInversion; }

    [[nodiscard]] EvaluationNeeds needs(const JobSpec&) const override
    {
        EvaluationNeeds n;
        n.access = {attack::TargetAccess::WhiteBox}; // the gradient of the class probability
        n.population = true;                         // the class-conditional prior
        n.trainsTarget = true;
        return n;
    }

    [[nodiscard]] QStringList optionSections() const override { return {QStringLiteral("mi_face")}; }

    void readOptions(const QJsonObject& root, SpecReader& r, JobSpec& spec) const override
    {
        const auto o = r.object(root, QStringLiteral("mi_face"), QStringLiteral("spec"));
        if (!o) return;
        const QString where = QStringLiteral("mi_face");
        r.keys(*o, where,
               {QStringLiteral("restarts"), QStringLiteral("max_iterations"), QStringLiteral("window"),
                QStringLiteral("confidence"), QStringLiteral("step_size"), QStringLiteral("tolerance"),
                QStringLiteral("pool_rows"), QStringLiteral("permutations")});
        MiFaceOptions& c = spec.miFace;
        c.restarts = int(r.integer(*o, QStringLiteral("restarts"), where, 5, 1, 1000).value_or(5));
        c.maxIterations =
            int(r.integer(*o, QStringLiteral("max_iterations"), where, 5000, 1, 1000000).value_or(5000));
        c.window = int(r.integer(*o, QStringLiteral("window"), where, 100, 1, 1000000).value_or(100));
        c.confidence = r.number(*o, QStringLiteral("confidence"), where, 0.99).value_or(0.99);
        c.stepSize = r.number(*o, QStringLiteral("step_size"), where, 0.1).value_or(0.1);
        c.tolerance = r.number(*o, QStringLiteral("tolerance"), where, 0.319).value_or(0.319);
        c.poolRows = int(r.integer(*o, QStringLiteral("pool_rows"), where, 2000, 2, 1000000).value_or(2000));
        c.permutations =
            int(r.integer(*o, QStringLiteral("permutations"), where, 1000, 0, 1000000).value_or(1000));
    }

    void writeOptions(const JobSpec& spec, QJsonObject& root) const override
    {
        const MiFaceOptions& c = spec.miFace;
        root[QStringLiteral("mi_face")] = QJsonObject{
            {QStringLiteral("restarts"), c.restarts},  {QStringLiteral("max_iterations"), c.maxIterations},
            {QStringLiteral("window"), c.window},      {QStringLiteral("confidence"), c.confidence},
            {QStringLiteral("step_size"), c.stepSize}, {QStringLiteral("tolerance"), c.tolerance},
            {QStringLiteral("pool_rows"), c.poolRows}, {QStringLiteral("permutations"), c.permutations}};
    }

    [[nodiscard]] QString validate(const JobSpec& spec) const override
    {
        const MiFaceOptions& c = spec.miFace;
        if (spec.targetKind != TargetKind::Train)
            return specText(QT_TRANSLATE_NOOP(
                "privaudit::jobs::JobSpec",
                "MI-Face needs the model's gradients and compares its representatives with the "
                "rows it was trained on: target.kind must be train"));
        if (!(c.confidence > 0.0 && c.confidence < 1.0))
            return JobSpec::tr("mi_face.confidence must lie strictly between 0 and 1, got %1")
                .arg(c.confidence);
        if (!(c.stepSize > 0.0))
            return JobSpec::tr("mi_face.step_size must be positive, got %1").arg(c.stepSize);
        if (!(c.tolerance > 0.0))
            return JobSpec::tr("mi_face.tolerance must be positive, got %1").arg(c.tolerance);
        return {};
    }

    [[nodiscard]] Expected<project::RunOutcome> run(const JobContext& context) const override
    {
        return runMiFaceJob(context);
    }
};

} // namespace

const EvaluationFamily& miFaceFamily()
{
    static const MiFaceFamily family;
    return family;
}

} // namespace privaudit::jobs
