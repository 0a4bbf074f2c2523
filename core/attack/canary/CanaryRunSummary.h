#pragma once

#include "attack/MembershipRunSummary.h"
#include "metrics/CanaryExposure.h"

#include <cstdint>
#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace privaudit::attack {

/// The stored summary of a canary-exposure run: the target's figures in the layout of a membership run
/// (the target here is the recipe retrained on the members plus the canaries), what was inserted and
/// against what it was ranked, and per repetition level the exposures' means and intervals (the
/// per-canary exposures are the run's results, one per level).
struct CanaryRunSummary
{
    static constexpr int kVersion = 1;
    MembershipRunSummary base;
    QString label; ///< "flipped" or "random"
    int canariesPerLevel = 0;
    std::int64_t references = 0;
    std::int64_t insertedRows = 0;
    double spaceBits = 0.0;
    int inputColumns = 0;
    double chance = 0.0;
    metrics::SkewNormal fit;
    double fitDistance = 0.0; ///< Kolmogorov-Smirnov distance of the fit from the reference losses
    double flipModelAccuracy = 0.0;
    double scoringSeconds = 0.0;
    /// Controls (repetitions 0) first; without the per-canary arrays.
    std::vector<metrics::ExposureLevel> levels;

    [[nodiscard]] QJsonObject toJson() const;
    static CanaryRunSummary fromJson(const QJsonObject& json);
    /// The level with @p repetitions, or nullptr.
    [[nodiscard]] const metrics::ExposureLevel* level(int repetitions) const;
};

/// A level whose interval's lower end is this far (bits) above both chance and the never-inserted
/// controls' mean counts as memorisation in the findings.
inline constexpr double kCanaryClearExcessBits = 1.0;

/// What the run shows, in the current language, claiming no more than the intervals allow: which
/// repetition levels rank clearly above chance, whether rows seen once are memorised, where the
/// interpolated exposure sits at its ceiling of log2(references) bits, and what DP promises a repeated row.
QStringList canaryFindings(const CanaryRunSummary& summary);

} // namespace privaudit::attack
