#pragma once

#include "attack/inversion/MiFace.h"
#include "attack/MembershipRunSummary.h"

#include <QJsonObject>
#include <QStringList>

namespace privaudit::attack {

/// The stored summary of an MI-Face run: the split's sizes and the target's figures in the layout of a
/// membership run (base) and the inversion's figures, every class representative included.
struct MiFaceRunSummary
{
    static constexpr int kVersion = 1;
    MembershipRunSummary base;
    MiFaceResult result;

    [[nodiscard]] QJsonObject toJson() const;
    static MiFaceRunSummary fromJson(const QJsonObject& json);
};

/// Below this permutation p-value the representatives sit significantly closer to members: 0.01, not
/// 0.05, since the claim (inverting the model reveals members) raises the matrix row and one run in twenty
/// reaches 0.05 by chance (on Adult at DP epsilon 1, seeds 1 to 6 gave 0.045, 0.91, 0.06, 0.75, 0.23, 0.38).
inline constexpr double kMiFaceSignificance = 0.01;
/// Below this, and not below kMiFaceSignificance, the evidence is called weak: repeat before acting on it.
inline constexpr double kMiFaceWeak = 0.05;

/// What the run shows, in the current language, claiming no more than the permutation test allows:
/// whether the representatives sit nearer training rows than held-out rows of their class, how they
/// compare with the class-conditional prior, that a failed inversion is not a proof of safety, and
/// where the evidence is thin (few representatives or pooled rows, a model that learned nothing,
/// representatives the model is not confident of).
QStringList miFaceFindings(const MiFaceRunSummary& summary);

} // namespace privaudit::attack
