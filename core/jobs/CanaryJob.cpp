#include "attack/canary/CanaryExposure.h"
#include "attack/canary/CanaryRunSummary.h"
#include "jobs/JobData.h"
#include "jobs/JobExecutor.h"
#include "jobs/JobKinds.h"
#include "jobs/SpecReader.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <QJsonArray>
#include <QJsonDocument>

namespace privaudit::jobs {

namespace {

/// Canary exposure as a job: attack::CanaryExposure inserts secret canaries into the members, retrains
/// the target's recipe once and ranks each canary's loss among never-inserted references. Stored: the
/// typed summary (attack::CanaryRunSummary) and one result per repetition level (controls first) with
/// every canary's loss in bits and exposures; the result's scores are the losses, its membership flags
/// whether the canary was inserted. The model trained with canaries is not stored: it is not the model
/// under review, only its recipe.
Expected<project::RunOutcome> runCanaryJob(const JobContext& context)
{
    using Result = Expected<project::RunOutcome>;
    const JobSpec& spec = context.spec;
    auto input = loadTabular(context);
    if (!input) return Result::failure(input.error());
    const data::TableEncoder& encoder = input->encoder;

    attack::CanaryConfig config;
    config.repetitions.assign(spec.canary.repetitions.begin(), spec.canary.repetitions.end());
    config.canariesPerLevel = spec.canary.canaries;
    config.references = spec.canary.references;
    config.bootstrap = spec.canary.bootstrap;
    config.label = spec.canary.label == QLatin1String("random") ? attack::CanaryLabel::Random
                                                                : attack::CanaryLabel::Flipped;
    config.seed = spec.seed;
    const auto training = spec.training.afterPreprocessing(encoder.dpEpsilon());
    if (!training) return Result::failure(training.error());
    auto run = attack::CanaryExposure::run(
        input->table, input->split, encoder, spec.model, *training, config, context.settings,
        [&](double f, const QString& stage) { return context.report(0.02 + 0.94 * f, stage); });
    if (context.cancel.load()) throw JobCancelled{};
    if (!run) return Result::failure(run.error());

    attack::CanaryRunSummary summary;
    attack::MembershipRunSummary& base = summary.base;
    base.members = std::int64_t(input->split.members.size());
    base.nonMembers = std::int64_t(input->split.nonMembers.size());
    base.dp = spec.training.dp;
    base.target = targetFigures(spec, base.dp, run->training, run->trainAccuracy, run->testAccuracy,
                                run->utility, encoder);
    base.dataNotes = input->table.notes();
    summary.label =
        config.label == attack::CanaryLabel::Random ? QStringLiteral("random") : QStringLiteral("flipped");
    summary.canariesPerLevel = config.canariesPerLevel;
    summary.references = run->references;
    summary.insertedRows = run->insertedRows;
    summary.spaceBits = run->spaceBits;
    summary.inputColumns = run->inputColumns;
    summary.chance = run->chance;
    summary.fit = run->fit;
    summary.fitDistance = run->fitDistance;
    summary.flipModelAccuracy = run->flipModelAccuracy;
    summary.scoringSeconds = run->scoringSeconds;
    summary.levels = run->levels;

    project::RunOutcome outcome;
    outcome.dataset = input->dataset;
    for (const metrics::ExposureLevel& l : run->levels) {
        std::vector<std::int64_t> index(l.losses.size());
        for (std::size_t i = 0; i < index.size(); ++i)
            index[i] = std::int64_t(i);
        outcome.results.push_back(
            {QStringLiteral("canary"), QString::number(l.repetitions),
             QJsonDocument(l.toJson()).toJson(QJsonDocument::Compact),
             project::RecordScores{l.losses, std::vector<bool>(l.losses.size(), l.repetitions > 0), index}});
    }
    outcome.summary = summary.toJson();
    return outcome;
}

class CanaryFamily final : public EvaluationFamily
{
public:
    [[nodiscard]] project::RunKind kind() const override { return project::RunKind::CanaryExposure; }

    [[nodiscard]] EvaluationNeeds needs(const JobSpec&) const override
    {
        EvaluationNeeds n;
        n.access = {attack::TargetAccess::Scores}; // the canaries' losses under the retrained model
        n.trainsTarget = true;
        return n;
    }

    [[nodiscard]] QStringList optionSections() const override { return {QStringLiteral("canary")}; }

    void readOptions(const QJsonObject& root, SpecReader& r, JobSpec& spec) const override
    {
        const auto o = r.object(root, QStringLiteral("canary"), QStringLiteral("spec"));
        if (!o) return;
        const QString where = QStringLiteral("canary");
        r.keys(*o, where,
               {QStringLiteral("repetitions"), QStringLiteral("canaries"), QStringLiteral("references"),
                QStringLiteral("label"), QStringLiteral("bootstrap")});
        CanaryOptions& c = spec.canary;
        const QJsonValue reps = o->value(QStringLiteral("repetitions"));
        if (!reps.isUndefined()) {
            c.repetitions.clear();
            if (!reps.isArray()) r.fail(JobSpec::tr("canary.repetitions must be a list of whole numbers"));
            for (const QJsonValue& v : reps.toArray()) {
                const double d = v.toDouble(-1.0);
                if (!v.isDouble() || d != std::floor(d) || d < 1 || d > 10000)
                    r.fail(JobSpec::tr("canary.repetitions: each must be a whole number from 1 to 10000"));
                else if (!c.repetitions.contains(int(d)))
                    c.repetitions << int(d);
            }
            std::sort(c.repetitions.begin(), c.repetitions.end());
        }
        c.canaries = int(r.integer(*o, QStringLiteral("canaries"), where, 10, 2, 10000).value_or(10));
        c.references =
            int(r.integer(*o, QStringLiteral("references"), where, 65536, 1024, 10000000).value_or(65536));
        c.label = r.string(*o, QStringLiteral("label"), where, QStringLiteral("flipped"))
                      .value_or(QStringLiteral("flipped"))
                      .trimmed()
                      .toLower();
        c.bootstrap = int(r.integer(*o, QStringLiteral("bootstrap"), where, 1000, 0, 100000).value_or(1000));
    }

    void writeOptions(const JobSpec& spec, QJsonObject& root) const override
    {
        const CanaryOptions& c = spec.canary;
        QJsonArray reps;
        for (const int r : c.repetitions)
            reps.append(r);
        root[QStringLiteral("canary")] = QJsonObject{{QStringLiteral("repetitions"), reps},
                                                     {QStringLiteral("canaries"), c.canaries},
                                                     {QStringLiteral("references"), c.references},
                                                     {QStringLiteral("label"), c.label},
                                                     {QStringLiteral("bootstrap"), c.bootstrap}};
    }

    [[nodiscard]] QString validate(const JobSpec& spec) const override
    {
        const CanaryOptions& c = spec.canary;
        if (spec.targetKind != TargetKind::Train)
            return specText(
                QT_TRANSLATE_NOOP("privaudit::jobs::JobSpec",
                                  "canary exposure inserts canaries into the training data and retrains: "
                                  "target.kind must be train"));
        if (c.repetitions.isEmpty())
            return specText(QT_TRANSLATE_NOOP("privaudit::jobs::JobSpec",
                                              "canary.repetitions needs at least one repetition count"));
        if (c.label != QLatin1String("flipped") && c.label != QLatin1String("random"))
            return JobSpec::tr("canary.label must be \"flipped\" or \"random\", got \"%1\"").arg(c.label);
        return {};
    }

    [[nodiscard]] Expected<project::RunOutcome> run(const JobContext& context) const override
    {
        return runCanaryJob(context);
    }
};

} // namespace

const EvaluationFamily& canaryFamily()
{
    static const CanaryFamily family;
    return family;
}

} // namespace privaudit::jobs
