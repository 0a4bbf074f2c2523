#pragma once

#include "attack/inversion/MiFaceRunSummary.h"
#include "common/Expected.h"
#include "project/ProjectStore.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace privaudit::report {

/// An MI-Face run (inversion section): the setting, the representatives against the class prior and the
/// nearest members and held-out rows, the permutation test, and the findings it allows.
struct MiFaceSection
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::report::MiFaceSection)

public:
    qint64 runId = 0;
    QString name;
    bool underReview = false; ///< its target is the model under review (assess::ModelUnderReview)
    attack::MiFaceRunSummary summary;
    QStringList findings; ///< translated

    static Expected<MiFaceSection> read(const project::ProjectStore& store, const project::RunRecord& run);

    /// The section's texts, shared by the HTML and the PDF (translated).
    [[nodiscard]] QString heading() const;
    [[nodiscard]] QString scope() const;
    static QStringList columns();
    [[nodiscard]] std::vector<QStringList> rows() const;
    /// Per class: representatives, mean confidence, nearer a member, mean gap.
    static QStringList classColumns();
    [[nodiscard]] std::vector<QStringList> classRows() const;
    static QString method();
    static QString none(); ///< the text when the project has no MI-Face run
};

} // namespace privaudit::report
