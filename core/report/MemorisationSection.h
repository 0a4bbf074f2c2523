#pragma once

#include "attack/canary/CanaryRunSummary.h"
#include "common/Expected.h"
#include "project/ProjectStore.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace privaudit::report {

/// A canary-exposure run (memorisation section): what was inserted, the exposure per repetition level
/// with its interval against chance and the controls, and the findings the intervals allow.
struct MemorisationSection
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::report::MemorisationSection)

public:
    qint64 runId = 0;
    QString name;
    bool underReview = false; ///< it retrained the recipe of the model under review (same data, seed, target)
    attack::CanaryRunSummary summary;
    QStringList findings; ///< translated

    static Expected<MemorisationSection> read(const project::ProjectStore& store,
                                              const project::RunRecord& run);

    /// The section's texts, shared by the HTML and the PDF (translated).
    [[nodiscard]] QString heading() const;
    [[nodiscard]] QString scope() const;
    static QStringList columns();
    [[nodiscard]] std::vector<QStringList> rows() const;
    static QString method();
    static QString none(); ///< the section's text when the project has no canary run
    /// ... and when it has no canary run but counterfactual memorisation from a membership run
    static QString noCanaryRun();
};

} // namespace privaudit::report
