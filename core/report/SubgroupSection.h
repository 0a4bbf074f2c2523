#pragma once

#include "common/Expected.h"
#include "jobs/SavedSubgroups.h"
#include "project/ProjectStore.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace privaudit::report {

/// A saved subgroup analysis (subgroups section): one run's figures per group of one column, with
/// intervals, the groups too small to read and where the risk concentrates, in the report's language.
struct SubgroupSection
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::report::SubgroupSection)

public:
    qint64 runId = 0;
    QString runName;
    bool underReview = false; ///< the run is one of the model under review's (assess::ModelUnderReview)
    jobs::SavedSubgroups saved;
    QStringList findings;               ///< translated, computed again from the saved figures
    std::vector<QStringList> tableRows; ///< translated: per attack and group (rows())

    /// @p run is the saved analysis's run; fails when the analysis is of no kind that has subgroups.
    static Expected<SubgroupSection> read(const jobs::SavedSubgroups& saved, const project::RunRecord& run);
    /// Every saved analysis of a completed run among @p runs; underReview for those in @p reviewRuns.
    static Expected<std::vector<SubgroupSection>> readAll(const project::ProjectStore& store,
                                                          const std::vector<project::RunRecord>& runs,
                                                          const QList<qint64>& reviewRuns);

    /// The section's texts, shared by the HTML and the PDF (translated).
    [[nodiscard]] QString heading() const;
    [[nodiscard]] QString scope() const;
    [[nodiscard]] QStringList columns() const;
    [[nodiscard]] const std::vector<QStringList>& rows() const { return tableRows; }
    [[nodiscard]] std::vector<double> columnWidths() const; ///< relative, for the PDF's table
    static QString method();
    static QString none(); ///< the section's text when no analysis was saved
};

} // namespace privaudit::report
