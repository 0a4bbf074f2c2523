#include "attack/inversion/InformedReconstruction.h"
#include "attack/inversion/ReconstructionRunSummary.h"
#include "jobs/JobData.h"
#include "jobs/JobExecutor.h"
#include "jobs/JobKinds.h"
#include "jobs/SpecReader.h"

#include <QJsonDocument>

namespace privaudit::jobs {

namespace {

/// Informed reconstruction as a job: attack::InformedReconstruction trains the recipe's logistic
/// regression or tanh MLP once per reconstructed row (on the same known rows plus that row) and recovers the
/// row from the parameters. Stored: the typed summary (attack::ReconstructionRunSummary, every row's figures)
/// and one result whose scores are the rows' squared errors (membership flags all set: every target was a
/// training row). The models are not stored: they are not the model under review, only its recipe.
Expected<project::RunOutcome> runReconstructionJob(const JobContext& context)
{
    using Result = Expected<project::RunOutcome>;
    const JobSpec& spec = context.spec;
    auto input = loadTabular(context);
    if (!input) return Result::failure(input.error());
    const data::TableEncoder& encoder = input->encoder;
    const auto training = spec.training.afterPreprocessing(encoder.dpEpsilon());
    if (!training) return Result::failure(training.error());

    attack::ReconstructionConfig config;
    config.targets = spec.reconstruction.targets;
    config.knownRows = spec.reconstruction.knownRows;
    config.l2 = spec.reconstruction.l2;
    config.tolerance = spec.reconstruction.tolerance;
    config.bootstrap = spec.reconstruction.bootstrap;
    config.seed = spec.seed;
    config.model = spec.model;
    const std::vector<std::int64_t>& population =
        input->split.population.empty() ? input->split.nonMembers : input->split.population;
    auto run = attack::InformedReconstruction::run(
        input->table, encoder, input->split.members, population, *training, config, context.settings,
        [&](double f) { return context.report(0.02 + 0.94 * f, JobSpec::tr("Reconstructing")); });
    if (context.cancel.load()) throw JobCancelled{};
    if (!run) return Result::failure(run.error());

    attack::ReconstructionRunSummary summary;
    summary.base.members = run->trainingRows;
    summary.base.nonMembers = std::int64_t(population.size());
    summary.base.dp = spec.training.dp;
    summary.base.dataNotes = input->table.notes();
    summary.result = *run;
    if (spec.training.dp) summary.result.epsilon += encoder.dpEpsilon(); // the run's total (sequential)

    project::RunOutcome outcome;
    outcome.dataset = input->dataset;
    project::RecordScores scores;
    for (const attack::ReconstructedRow& r : run->rows) {
        scores.scores.push_back(r.squaredError);
        scores.members.push_back(true);
        scores.rowIds.push_back(r.row);
    }
    outcome.results.push_back({QStringLiteral("reconstruction"), QStringLiteral("informed"),
                               QJsonDocument(summary.result.toJson()).toJson(QJsonDocument::Compact),
                               std::move(scores)});
    outcome.summary = summary.toJson();
    return outcome;
}

class ReconstructionFamily final : public EvaluationFamily
{
public:
    [[nodiscard]] project::RunKind kind() const override { return project::RunKind::Reconstruction; }

    [[nodiscard]] EvaluationNeeds needs(const JobSpec&) const override
    {
        EvaluationNeeds n;
        n.access = {attack::TargetAccess::WhiteBox}; // the released parameters
        n.population = true;                         // the baseline's class-conditional means and modes
        n.trainsTarget = true;
        return n;
    }

    [[nodiscard]] QStringList optionSections() const override { return {QStringLiteral("reconstruction")}; }

    void readOptions(const QJsonObject& root, SpecReader& r, JobSpec& spec) const override
    {
        const auto o = r.object(root, QStringLiteral("reconstruction"), QStringLiteral("spec"));
        if (!o) return;
        const QString where = QStringLiteral("reconstruction");
        r.keys(*o, where,
               {QStringLiteral("targets"), QStringLiteral("known_rows"), QStringLiteral("l2"),
                QStringLiteral("tolerance"), QStringLiteral("bootstrap")});
        ReconstructionOptions& c = spec.reconstruction;
        c.targets = int(r.integer(*o, QStringLiteral("targets"), where, 20, 1, 1000).value_or(20));
        c.knownRows = int(r.integer(*o, QStringLiteral("known_rows"), where, 199, 1, 100000).value_or(199));
        c.l2 = r.number(*o, QStringLiteral("l2"), where, 1e-3).value_or(1e-3);
        c.tolerance = r.number(*o, QStringLiteral("tolerance"), where, 0.319).value_or(0.319);
        c.bootstrap = int(r.integer(*o, QStringLiteral("bootstrap"), where, 1000, 0, 100000).value_or(1000));
    }

    void writeOptions(const JobSpec& spec, QJsonObject& root) const override
    {
        const ReconstructionOptions& c = spec.reconstruction;
        root[QStringLiteral("reconstruction")] = QJsonObject{{QStringLiteral("targets"), c.targets},
                                                             {QStringLiteral("known_rows"), c.knownRows},
                                                             {QStringLiteral("l2"), c.l2},
                                                             {QStringLiteral("tolerance"), c.tolerance},
                                                             {QStringLiteral("bootstrap"), c.bootstrap}};
    }

    [[nodiscard]] QString validate(const JobSpec& spec) const override
    {
        const ReconstructionOptions& c = spec.reconstruction;
        if (spec.targetKind != TargetKind::Train)
            return specText(
                QT_TRANSLATE_NOOP("privaudit::jobs::JobSpec",
                                  "informed reconstruction retrains the recipe once per reconstructed row: "
                                  "target.kind must be train"));
        if (const QString why = attack::InformedReconstruction::unsupported(spec.model); !why.isEmpty())
            return JobSpec::tr("target.model %1: %2").arg(spec.model.toString(), why);
        if (!(c.l2 > 0.0))
            return JobSpec::tr("reconstruction.l2 must be positive (the closed form needs a strictly convex "
                               "objective), got %1")
                .arg(c.l2);
        if (!(c.tolerance > 0.0))
            return JobSpec::tr("reconstruction.tolerance must be positive, got %1").arg(c.tolerance);
        if (spec.memberRows && *spec.memberRows < std::int64_t(c.knownRows) + c.targets)
            return JobSpec::tr("reconstruction needs %1 member rows (known_rows %2 plus targets %3); "
                               "dataset.member_rows is %4")
                .arg(c.knownRows + c.targets)
                .arg(c.knownRows)
                .arg(c.targets)
                .arg(*spec.memberRows);
        return {};
    }

    [[nodiscard]] Expected<project::RunOutcome> run(const JobContext& context) const override
    {
        return runReconstructionJob(context);
    }
};

} // namespace

const EvaluationFamily& reconstructionFamily()
{
    static const ReconstructionFamily family;
    return family;
}

} // namespace privaudit::jobs
