#pragma once

#include "dp/MechanismHistory.h"

#include <optional>
#include <QCoreApplication>
#include <QString>

namespace privaudit::dp {

/// What a training run did, for the plain-language statement of its guarantee.
struct DpStatementInput
{
    MechanismHistory history;
    double delta = 1e-5;
    double epsilon = 0.0; ///< the reported epsilon
    QString accountant;   ///< "rdp" or "pld"
    std::optional<double> rdpEpsilon;
    std::optional<double> pldEpsilon;
    std::optional<qint64> datasetSize;  ///< number of training examples
    std::optional<double> clippingNorm; ///< per-example clipping norm C
    std::optional<double> epochs;
};

/// Plain-language paragraphs (translated) stating the guarantee and its assumptions, for the GUI and
/// the audit report. Modelled on TF Privacy's compute_dp_sgd_privacy_statement and the reporting
/// checklist of Ponomareva et al. 2023.
class DpStatement
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::dp::DpStatement)

public:
    static QString text(const DpStatementInput& input);
};

} // namespace privaudit::dp
