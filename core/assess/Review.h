#pragma once

#include "common/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace privaudit::project {
class ProjectStore;
}

namespace privaudit::assess {

/// The assessment key of the model under review.
inline constexpr const char* kReviewKey = "review.model";

/// The release candidate a project's audit is about: the user designates one run's target model; every
/// completed membership-inference run of the same model (same SHA-256) is evidence about it, every other
/// completed run a comparison (a non-private baseline is a comparison, never the finding). Stored in the
/// assessment table; every change is audited with the old and the new value ("review.designated").
struct ModelUnderReview
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::assess::ModelUnderReview)

public:
    std::int64_t designatedRun = 0; ///< 0: none designated
    QString modelSha256;
    QString modelName;
    QString modelSpec;
    std::int64_t datasetId = 0;
    QList<qint64> runs;        ///< completed runs of the model under review, oldest first
    QList<qint64> comparisons; ///< the other completed membership-inference runs
    QString problem;           ///< translated: the designation no longer resolves (run or model gone)

    [[nodiscard]] bool isSet() const { return designatedRun > 0 && problem.isEmpty(); }

    static Expected<ModelUnderReview> load(const project::ProjectStore& store);
    /// Designates run @p runId's target model (0 clears the designation). Refuses a run that is not a
    /// completed membership-inference run with a target model. Audited.
    static QString designate(project::ProjectStore& store, std::int64_t runId);
};

} // namespace privaudit::assess
