#include "jobs/JobKinds.h"

#include "common/JsonNumber.h"
#include "data/DemoData.h"
#include "jobs/JobData.h"
#include "jobs/JobExecutor.h"

#include <limits>
#include <QCryptographicHash>
#include <QFileInfo>

namespace privaudit::jobs {

const std::vector<const EvaluationFamily*>& evaluationFamilies()
{
    static const std::vector<const EvaluationFamily*> families = {
        &membershipFamily(), &oneRunAuditFamily(),    &attributeFamily(),
        &canaryFamily(),     &reconstructionFamily(), &miFaceFamily()};
    return families;
}

const EvaluationFamily* findFamily(project::RunKind kind)
{
    for (const EvaluationFamily* f : evaluationFamilies())
        if (f->kind() == kind) return f;
    return nullptr;
}

Expected<TabularInput> loadTabular(const JobContext& context, const std::optional<QJsonObject>& carried)
{
    using Result = Expected<TabularInput>;
    const JobSpec& spec = context.spec;
    if (spec.label.isEmpty() && spec.dataSource != QLatin1String("demo"))
        return Result::failure(JobExecutor::tr("The spec names no label column (dataset.label)."));
    auto loaded = spec.columnPlan().load(spec.dataSource);
    if (!loaded) return Result::failure(loaded.error());
    TabularInput in;
    in.table = std::move(loaded).value();
    const data::DataTable& table = in.table;
    if (table.labelIndex() < 0)
        return Result::failure(JobExecutor::tr("The spec names no label column (dataset.label)."));
    if (!context.report(0.01, JobExecutor::tr("Splitting the data"))) throw JobCancelled{};
    data::SplitSpec splitSpec;
    splitSpec.memberRows = spec.memberRows.value_or(0);
    splitSpec.seed = spec.seed;
    auto split = data::DataSplit::make(table, splitSpec);
    if (!split) return Result::failure(split.error());
    in.split = std::move(split).value();
    std::optional<data::DpEstimateOptions> estimates;
    if (spec.encoderEpsilon)
        estimates = data::DpEstimateOptions{*spec.encoderEpsilon, spec.seed, spec.training.secureNoise,
                                            data::TableEncoder::kDpMinCategoryCount};
    auto encoder = spec.declaredEncoder ? data::TableEncoder::declared(*spec.declaredEncoder)
                   : carried
                       ? data::TableEncoder::fromJson(*carried)
                       : data::TableEncoder::fitForTraining(table, in.split, spec.training.dp, estimates);
    if (!encoder) return Result::failure(encoder.error());
    if (spec.declaredEncoder)
        if (const QString problem = encoder->checkApplies(table); !problem.isEmpty())
            return Result::failure(
                JobExecutor::tr("The declared encoder does not fit this data: %1.").arg(problem));
    in.encoder = std::move(encoder).value();

    project::DatasetRecord& d = in.dataset;
    // PrivAudit's own texts are stored in English and translated when shown (project::builtInText).
    d.name = spec.dataSource == QLatin1String("demo") ? QString::fromLatin1(project::kDemoDatasetName)
                                                      : QFileInfo(spec.dataSource).fileName();
    d.path = spec.dataSource;
    d.sha256 = table.contentSha256();
    d.fingerprint = table.fingerprint();
    d.rows = std::int64_t(table.rowCount());
    d.columns = std::int64_t(table.columnCount());
    d.schemaJson = table.storedSchemaJson();
    if (spec.dataSource == QLatin1String("demo")) {
        d.origin = QString::fromLatin1(data::DemoData::noticeSource());
        d.licence = QString::fromLatin1(project::kDemoLicence);
        d.consent = QString::fromLatin1(project::kDemoConsent);
        d.purpose = QString::fromLatin1(project::kDemoPurpose);
    }
    return in;
}

attack::TargetFigures targetFigures(const JobSpec& spec, bool dp, const model::TrainingResult& trained,
                                    double trainAccuracy, double testAccuracy,
                                    const metrics::UtilityCheck& utility, const data::TableEncoder& encoder)
{
    attack::TargetFigures t;
    t.trainAccuracy = trainAccuracy;
    t.testAccuracy = testAccuracy;
    t.epsilon = dp ? trained.epsilon + encoder.dpEpsilon() : std::numeric_limits<double>::infinity();
    t.delta = dp ? spec.training.delta : 0.0;
    t.noiseMultiplier = trained.noiseMultiplier;
    t.samplingRate = trained.samplingRate;
    t.steps = trained.steps;
    t.epochs = int(trained.epochs.size()); // that ran (a budget may stop early)
    t.inputWidth = encoder.inputWidth();
    t.encoder = encoder.summaryJson();
    t.utility = utility.toJson();
    t.testAuc = utility.taskAuc;
    return t;
}

project::ModelRecord targetModelRecord(const JobSpec& spec, const model::ExternalModel* external,
                                       const QByteArray& torchScript, const model::TrainingResult& trained,
                                       const data::TableEncoder& encoder)
{
    project::ModelRecord m;
    m.name =
        external ? QFileInfo(spec.targetPath).fileName() : QString::fromLatin1(project::kTrainedModelName);
    m.kind = external ? QStringLiteral("torchscript") : QStringLiteral("trained");
    m.spec = spec.model.toString();
    m.path = external ? spec.targetPath : QString();
    m.sha256 =
        external
            ? external->sha256()
            : QString::fromLatin1(QCryptographicHash::hash(torchScript, QCryptographicHash::Sha256).toHex());
    m.weights = torchScript;
    m.training = spec.toJson().value(QStringLiteral("target")).toObject();
    if (spec.training.dp && !external)
        m.dp = QJsonObject{{QStringLiteral("noise_multiplier"), trained.noiseMultiplier},
                           {QStringLiteral("sampling_rate"), trained.samplingRate},
                           {QStringLiteral("steps"), qint64(trained.steps)},
                           {QStringLiteral("epochs"), int(trained.epochs.size())},
                           {QStringLiteral("max_grad_norm"), spec.training.maxGradNorm},
                           {QStringLiteral("epsilon"), jsonNumber(trained.epsilon + encoder.dpEpsilon())},
                           {QStringLiteral("sgd_epsilon"), jsonNumber(trained.epsilon)},
                           {QStringLiteral("encoder_epsilon"), encoder.dpEpsilon()},
                           {QStringLiteral("delta"), spec.training.delta},
                           {QStringLiteral("accountant"), QStringLiteral("rdp")},
                           {QStringLiteral("stopped_at_epsilon_budget"), trained.stoppedAtBudget}};
    return m;
}

} // namespace privaudit::jobs
