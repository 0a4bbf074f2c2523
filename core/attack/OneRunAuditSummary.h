#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace privaudit::attack {

/// The stored summary of a one-run privacy audit (runs.summary_json of a "one-run-audit" run): what was
/// measured (canaries, guesses, right guesses, the empirical epsilon lower bound with its confidence) and
/// what it is compared with (the accountant's epsilon of the same training, +inf without DP). One struct
/// with one toJson/fromJson pair, read by the view, the report and the CLI.
struct OneRunAuditSummary
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::attack::OneRunAuditSummary)

public:
    static constexpr int kVersion = 1;

    int canaries = 0;
    int included = 0;
    int guesses = 0;
    int correct = 0;
    bool mislabelled = true;
    double confidence = 0.95;
    double epsilonLowerBound = 0.0;
    double accountantEpsilon = std::numeric_limits<double>::infinity(); ///< +inf without DP
    double delta = 0.0;
    bool dp = false;
    std::int64_t members = 0; ///< training rows besides the canaries
    double trainAccuracy = 0.0;
    double noiseMultiplier = 0.0;
    double samplingRate = 0.0;
    std::int64_t steps = 0;
    int epochs = 0; ///< that ran
    QStringList dataNotes;

    /// The audit's finding in one sentence, in the reader's language: a bound above the accountant's
    /// epsilon is a defect of the DP training or of its accounting, never "consistent".
    [[nodiscard]] QString verdict() const;
    /// True when the empirical bound exceeds the accountant's epsilon (beyond the bisection tolerance).
    [[nodiscard]] bool exceedsAccountant() const
    {
        return dp && epsilonLowerBound > accountantEpsilon + 1e-6;
    }

    [[nodiscard]] QJsonObject toJson() const;
    static OneRunAuditSummary fromJson(const QJsonObject& json);
};

} // namespace privaudit::attack
