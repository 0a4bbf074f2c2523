#pragma once

#include "attack/MemorisationSummary.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace privaudit::report {

/// The counterfactual memorisation of a membership run's members from its reference models (memorisation
/// section, beside the canary runs): the summary's figures, the most memorised members by data row (no
/// dataset values), and the findings the intervals allow.
struct CounterfactualSection
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::report::CounterfactualSection)

public:
    qint64 runId = 0;
    QString name;
    bool underReview = false; ///< a run of the model under review
    attack::MemorisationSummary summary;
    QStringList findings; ///< translated

    [[nodiscard]] QString heading() const;
    [[nodiscard]] QString scope() const;
    static QStringList columns();
    [[nodiscard]] std::vector<QStringList> rows() const;
    static QString method();
};

} // namespace privaudit::report
