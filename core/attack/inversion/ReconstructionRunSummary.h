#pragma once

#include "attack/inversion/InformedReconstruction.h"
#include "attack/MembershipRunSummary.h"

#include <QJsonObject>
#include <QStringList>

namespace privaudit::attack {

/// The stored summary of an informed-reconstruction run: the split's sizes in the layout of a membership
/// run (base) and the reconstruction's figures, every reconstructed row included.
struct ReconstructionRunSummary
{
    static constexpr int kVersion = 1;
    MembershipRunSummary base;
    ReconstructionResult result;

    [[nodiscard]] QJsonObject toJson() const;
    static ReconstructionRunSummary fromJson(const QJsonObject& json);
};

/// ReconstructionResult::toJson() read back.
ReconstructionResult reconstructionFromJson(const QJsonObject& json);

/// An advantage over the baseline whose interval ends below this is "no better than the baseline".
inline constexpr double kReconstructionNoAdvantage = 0.05;

/// What the run shows, in the current language, claiming no more than its intervals allow: how many rows
/// were recovered and how that compares with the model-free baseline, what DP changed, that the setting
/// is a worst case, and where the evidence is thin (few targets, a minimiser not reached).
/// Whether @p result's released models are logistic regressions (exact minimisers without DP), not MLPs.
bool reconstructionIsLinear(const ReconstructionResult& result);
/// "logistic regression" or "MLP (hidden layers 16, tanh)" for the released models of @p result.
QString reconstructionModelName(const ReconstructionResult& result);
QStringList reconstructionFindings(const ReconstructionRunSummary& summary);

} // namespace privaudit::attack
