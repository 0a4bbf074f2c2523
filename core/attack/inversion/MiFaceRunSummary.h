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

/// Below this permutation p-value the representatives sit significantly closer to members.
inline constexpr double kMiFaceSignificance = 0.05;

/// What the run shows, in the current language, claiming no more than the permutation test allows:
/// whether the representatives sit nearer training rows than held-out rows of their class, how they
/// compare with the class-conditional prior, that a failed inversion is not a proof of safety, and
/// where the evidence is thin (few representatives or pooled rows, a model that learned nothing,
/// representatives the model is not confident of).
QStringList miFaceFindings(const MiFaceRunSummary& summary);

} // namespace privaudit::attack
