#include "assess/Review.h"

#include "project/ProjectStore.h"

#include <optional>
#include <QJsonDocument>
#include <QJsonObject>

namespace privaudit::assess {

namespace {

bool isEvidenceRun(const project::RunRecord& r)
{
    return r.status == project::RunStatus::Completed && project::runKindInfo(r.type()).evidence;
}

/// A canary-exposure run stores no model (the one it trained holds canaries): it measures the model
/// under review's recipe when it retrained that recipe (the spec's target section) with the same seed
/// on the same dataset and split (the spec's dataset section), the canaries aside.
bool sameRecipe(const project::RunRecord& canary, const project::RunRecord& designated)
{
    const QJsonObject a = QJsonDocument::fromJson(canary.specJson).object();
    const QJsonObject b = QJsonDocument::fromJson(designated.specJson).object();
    return canary.datasetId == designated.datasetId &&
           a.value(QStringLiteral("seed")) == b.value(QStringLiteral("seed")) &&
           a.value(QStringLiteral("dataset")) == b.value(QStringLiteral("dataset")) &&
           a.value(QStringLiteral("target")) == b.value(QStringLiteral("target"));
}

/// A reconstruction run stores no model (it trains one per reconstructed row): it measures the model
/// under review's model class when both have the same model spec (a logistic regression or a tanh MLP, the
/// classes it can measure) on the same dataset with the same DP setting (the spec's target.dp; none for
/// both without DP).
bool sameModelClass(const project::RunRecord& reconstruction, const project::RunRecord& designated)
{
    const QJsonObject a =
        QJsonDocument::fromJson(reconstruction.specJson).object().value(QStringLiteral("target")).toObject();
    const QJsonObject b =
        QJsonDocument::fromJson(designated.specJson).object().value(QStringLiteral("target")).toObject();
    return reconstruction.datasetId == designated.datasetId &&
           !a.value(QStringLiteral("model")).toString().isEmpty() &&
           a.value(QStringLiteral("model")).toString() == b.value(QStringLiteral("model")).toString() &&
           a.value(QStringLiteral("dp")) == b.value(QStringLiteral("dp"));
}

} // namespace

Expected<ModelUnderReview> ModelUnderReview::load(const project::ProjectStore& store)
{
    using Result = Expected<ModelUnderReview>;
    ModelUnderReview review;
    const auto value = store.assessmentValue(QString::fromLatin1(kReviewKey));
    if (!value) return Result::failure(value.error());
    const auto runs = store.runs();
    if (!runs) return Result::failure(runs.error());
    if (value->has_value()) {
        const QJsonObject o = QJsonDocument::fromJson(**value).object();
        review.designatedRun = o.value(QStringLiteral("run")).toInteger();
        review.modelSha256 = o.value(QStringLiteral("model_sha256")).toString();
    }
    if (review.designatedRun > 0) {
        const auto models = store.models(review.designatedRun);
        const auto run = store.run(review.designatedRun);
        if (!run || !models || models->empty() || models->front().sha256 != review.modelSha256) {
            review.problem = tr("The designated run %1 or its model is no longer in the project.")
                                 .arg(review.designatedRun);
        } else {
            review.modelName = project::modelDisplayName(models->front().name);
            review.modelSpec = models->front().spec;
            review.datasetId = run->datasetId;
        }
    }
    std::optional<project::RunRecord> designated;
    if (review.isSet())
        if (auto run = store.run(review.designatedRun)) designated = *run;
    for (const auto& r : *runs) {
        if (!isEvidenceRun(r)) continue;
        bool same = false;
        if (review.isSet() && r.type() == project::RunKind::CanaryExposure) {
            same = designated && sameRecipe(r, *designated);
        } else if (review.isSet() && r.type() == project::RunKind::Reconstruction) {
            same = designated && sameModelClass(r, *designated);
        } else if (review.isSet()) {
            const auto models = store.models(r.id);
            same = models && !models->empty() && models->front().sha256 == review.modelSha256;
        }
        (same ? review.runs : review.comparisons) << r.id;
    }
    return review;
}

QString ModelUnderReview::designate(project::ProjectStore& store, std::int64_t runId)
{
    QJsonObject value{{QStringLiteral("run"), qint64(0)}, {QStringLiteral("model_sha256"), QString()}};
    if (runId > 0) {
        const auto run = store.run(runId);
        if (!run) return tr("There is no run %1 in the project.").arg(runId);
        if (!isEvidenceRun(*run))
            return tr("Run %1 is not a completed membership-inference run; only such a run's target model "
                      "can be under review.")
                .arg(runId);
        const auto models = store.models(runId);
        if (!models) return models.error();
        if (models->empty() || models->front().sha256.isEmpty())
            return tr("Run %1 has no target model to review.").arg(runId);
        value = QJsonObject{{QStringLiteral("run"), qint64(runId)},
                            {QStringLiteral("model_sha256"), models->front().sha256},
                            {QStringLiteral("model"), models->front().name}};
    }
    return store.setAssessmentValue(QString::fromLatin1(kReviewKey),
                                    QJsonDocument(value).toJson(QJsonDocument::Compact),
                                    QStringLiteral("review.designated"));
}

} // namespace privaudit::assess
