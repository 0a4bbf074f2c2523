#pragma once

#include <cstddef>
#include <cstdint>
#include <QJsonObject>
#include <vector>

namespace privaudit::metrics {

/// A skew-normal distribution (Azzalini): density 2/scale phi(z) Phi(shape z), z = (x - location) / scale.
struct SkewNormal
{
    double location = 0.0;
    double scale = 1.0;
    double shape = 0.0;

    /// The distribution function (Boost.Math's skew_normal_distribution: Phi(z) - 2 T(z, shape), Owen's T).
    [[nodiscard]] double cdf(double x) const;
    [[nodiscard]] double logPdf(double x) const;
};

/// The maximum-likelihood skew-normal of @p x, as scipy.stats.skewnorm.fit (which the Secret Sharer's
/// reference code calls): started at the method-of-moments estimate (sample skewness held inside the
/// family's range, |skewness| < 0.99) and refined by Nelder-Mead on (location, log scale, shape), |shape|
/// at most 50 (data more skewed than the family push the maximum to the half-normal limit). Needs at
/// least 3 values that are not all equal; otherwise a normal of the sample's mean and (at least tiny)
/// spread.
SkewNormal fitSkewNormal(const std::vector<double>& x);

/// Exposure of canaries (Carlini et al., "The Secret Sharer", USENIX Security 2019) against reference
/// canaries drawn from the same generator and never inserted. A canary's score is its log-perplexity,
/// here the model's loss on it in bits (-log2 p(label | features)): the lower, the more memorised.
///   rank = 1 + #{references with loss <= the canary's}  (ties count against the canary, as in
///          TensorFlow Privacy's secret_sharer/exposures.py)
///   interpolated exposure = log2 N - log2 rank, in [log2 N - log2 (N + 1), log2 N]
///   extrapolated exposure = -log2 F(loss), F the skew-normal fitted to the N reference losses; it can
///          exceed log2 N (a canary far below every reference), and is capped at kMaxExtrapolatedBits.
class ExposureReference
{
public:
    /// With @p logScale the skew-normal is fitted to log(loss) (losses of confident models pile up near
    /// 0, which no skew-normal describes; their logarithms are far closer to one). Exposure is the same
    /// function of the rank either way; only the extrapolation's model changes.
    explicit ExposureReference(std::vector<double> referenceLosses, bool logScale = false);

    [[nodiscard]] double interpolated(double loss) const;
    [[nodiscard]] double extrapolated(double loss) const;
    [[nodiscard]] std::size_t size() const { return m_sorted.size(); }
    [[nodiscard]] const SkewNormal& fit() const { return m_fit; }
    /// Kolmogorov-Smirnov distance between the fit and the references' empirical distribution: how far
    /// the extrapolation's model is from the data it was fitted to (the interpolation uses no model).
    [[nodiscard]] double fitDistance() const { return m_fitDistance; }
    [[nodiscard]] const std::vector<double>& sortedLosses() const { return m_sorted; }

private:
    std::vector<double> m_sorted;
    SkewNormal m_fit;
    double m_fitDistance = 0.0;
    bool m_log = false;
    [[nodiscard]] double fitted(double loss) const;
};

inline constexpr double kMaxExtrapolatedBits = 1000.0;
/// A fit farther than this (Kolmogorov-Smirnov distance) from the references makes the extrapolated
/// exposures indicative only.
inline constexpr double kPoorFitDistance = 0.05;

/// The expected interpolated exposure of a canary that was never inserted, whose rank is uniform on
/// 1..N+1: log2 N - log2((N + 1)!) / (N + 1), about 1 / ln 2 = 1.44 bits for large N. "Chance".
double chanceExposure(std::size_t references);

/// The exposures of the canaries inserted @p repetitions times (0: the control canaries, drawn from the
/// same generator and never inserted), with the mean's 95% percentile-bootstrap interval.
struct ExposureLevel
{
    int repetitions = 0;
    std::vector<double> losses; ///< bits, one per canary
    std::vector<double> interpolated;
    std::vector<double> extrapolated;
    double meanInterpolated = 0.0;
    double sdInterpolated = 0.0;
    double low = 0.0; ///< 95% interval of meanInterpolated (bootstrap over the canaries)
    double high = 0.0;
    bool hasInterval = false;
    double meanExtrapolated = 0.0;
    double sdExtrapolated = 0.0;

    [[nodiscard]] QJsonObject toJson() const;
    static ExposureLevel fromJson(const QJsonObject& json);
};

ExposureLevel exposureLevel(int repetitions, std::vector<double> losses, const ExposureReference& reference,
                            int bootstrap, std::uint64_t seed);

} // namespace privaudit::metrics
