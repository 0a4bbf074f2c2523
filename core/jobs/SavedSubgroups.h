#pragma once

#include "common/Expected.h"
#include "project/ProjectStore.h"
#include "project/RunKind.h"

#include <QJsonObject>
#include <vector>

namespace privaudit::jobs {

/// A subgroup analysis kept as evidence for the report: computed where the user asked for it
/// (`subgroups --save`, the views' subgroup panels) and stored in the project's assessment data under
/// "subgroups/RUN/COLUMN" (audited as "subgroups.saved"; saving the same run and column again replaces
/// it). The report reads them back instead of reading every run's data again while it is built.
struct SavedSubgroups
{
    qint64 runId = 0;
    QString column;
    project::RunKind kind = project::RunKind::Unknown; ///< membership, attribute inference, reconstruction
    QJsonObject analysis; ///< SubgroupAnalysis::toJson() or FamilySubgroups::toJson()

    static QString key(qint64 runId, const QString& column);
    /// Stores @p analysis (its "run" and "column" name the key); an error message, or empty.
    static QString save(project::ProjectStore& store, project::RunKind kind, const QJsonObject& analysis);
    /// Every saved analysis, by run and then column.
    static Expected<std::vector<SavedSubgroups>> load(const project::ProjectStore& store);
};

} // namespace privaudit::jobs
