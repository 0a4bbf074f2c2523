#pragma once

#include "common/Expected.h"

#include <Eigen/Core>
#include <optional>
#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace privaudit::model {

/// How a model's per-class outputs read, one rule for TorchScript models and predictions files:
/// probabilities when every value lies in [0, 1] and each row sums to 1 within 0.02 (so that
/// probabilities rounded to two decimals still count), ambiguous when in [0, 1] but not summing to 1,
/// logits otherwise.
enum class OutputReading
{
    Logits,
    Probabilities,
    Ambiguous
};
OutputReading readOutputs(bool allInUnitInterval, double maxRowSumDeviation);

/// Per-example outputs of a model trained elsewhere, for audits that cannot run the model here.
struct Predictions
{
    Eigen::MatrixXf logits;           ///< rows x classes (log-probabilities when probabilities were given)
    std::vector<std::int64_t> labels; ///< true class index per row
    std::optional<std::vector<bool>> members; ///< membership ground truth, when the file has it
    QStringList classColumns;                 ///< the score columns, in class order
    bool fromProbabilities = false;
    QString sha256;
};

/// Reads a predictions CSV: one numeric column per class (logits, or probabilities that sum to 1 per
/// row), a label column holding the true class as an index 0..C-1 or as one of the class column names,
/// and optionally a membership column (1/0, true/false, yes/no, member/non-member).
class PredictionsFile
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::model::PredictionsFile)

public:
    static Expected<Predictions> import(const QString& path,
                                        const QString& labelColumn = QStringLiteral("label"),
                                        const QString& memberColumn = QStringLiteral("member"));
};

} // namespace privaudit::model
