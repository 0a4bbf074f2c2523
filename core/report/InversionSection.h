#pragma once

#include "attack/inversion/ReconstructionRunSummary.h"
#include "common/Expected.h"
#include "project/ProjectStore.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace privaudit::report {

/// An informed-reconstruction run (inversion section): the setting, the reconstruction against the
/// baseline that needs no model, with intervals, and the findings the intervals allow.
struct InversionSection
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::report::InversionSection)

public:
    qint64 runId = 0;
    QString name;
    bool underReview =
        false; ///< a logistic regression of the model under review's class (assess::ModelUnderReview)
    attack::ReconstructionRunSummary summary;
    QStringList findings; ///< translated

    static Expected<InversionSection> read(const project::ProjectStore& store, const project::RunRecord& run);

    /// The section's texts, shared by the HTML and the PDF (translated).
    [[nodiscard]] QString heading() const;
    [[nodiscard]] QString scope() const;
    static QStringList columns();
    [[nodiscard]] std::vector<QStringList> rows() const;
    static QString method();
    static QString none(); ///< the section's text when the project has no reconstruction run
};

} // namespace privaudit::report
