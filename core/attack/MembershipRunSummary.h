#pragma once

#include "attack/MemorisationSummary.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace privaudit::attack {

/// The figures of the target a membership run trained or queried (absent for a predictions file).
struct TargetFigures
{
    double trainAccuracy = 0.0;
    double testAccuracy = 0.0;
    double testLoss = 0.0; ///< mean cross-entropy on the non-members
    double testAuc = 0.0;  ///< task AUC on the non-members
    int referenceModels = 0;
    double referenceSeconds = 0.0;
    /// The run's: the accountant's for DP-SGD plus encoderEpsilon(); +inf without DP
    double epsilon = std::numeric_limits<double>::infinity();
    double delta = 0.0;
    double noiseMultiplier = 0.0;
    double samplingRate = 0.0;
    std::int64_t steps = 0;
    std::optional<int>
        epochs; ///< that ran (a budget may stop early); absent in runs stored before it was kept
    int inputWidth = 0;
    QJsonObject encoder; ///< data::TableEncoder::summaryJson()
    QJsonObject utility; ///< metrics::UtilityCheck::toJson()

    /// What the encoder's DP estimates spent (0 unless it was fitted by them), part of epsilon.
    [[nodiscard]] double encoderEpsilon() const
    {
        return encoder.value(QStringLiteral("dp_epsilon")).toDouble(0.0);
    }
};

/// The stored summary of a membership-inference run (runs.summary_json): one struct with one
/// toJson/fromJson pair, read by the report, the assessment, the views and the CLI instead of string
/// keys. Version 1 is the layout every release so far wrote (without the version key, which fromJson
/// accepts), plus "epochs".
struct MembershipRunSummary
{
    static constexpr int kVersion = 1;

    std::int64_t members = 0;
    std::int64_t nonMembers = 0;
    bool dp = false;
    std::optional<TargetFigures> target;
    /// Counterfactual memorisation from the run's reference models (runs that trained them; absent in older
    /// runs)
    std::optional<MemorisationSummary> memorisation;
    QStringList dataNotes;                   ///< notes of the CSV import (translated when shown)
    QStringList notRun;                      ///< requested attacks the input could not support
    QJsonObject targetOutputs;               ///< model::ExternalModel::outputJson() when not logits
    QJsonObject sandbox;                     ///< the external model's sandbox record
    QMap<QString, std::int64_t> labelCounts; ///< class balance over the rows the run used

    /// The accountant's epsilon of a DP-trained target; +inf otherwise.
    [[nodiscard]] double accountantEpsilon() const
    {
        return dp && target ? target->epsilon : std::numeric_limits<double>::infinity();
    }

    [[nodiscard]] QJsonObject toJson() const;
    /// Missing keys keep their defaults (older runs); "epsilon" may be the string "inf".
    static MembershipRunSummary fromJson(const QJsonObject& json);
};

} // namespace privaudit::attack
