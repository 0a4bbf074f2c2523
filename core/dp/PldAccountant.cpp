#include "dp/PldAccountant.h"

#include "dp/LogMath.h"

#include <algorithm>
#include <cmath>

namespace privaudit::dp {

using logmath::normalCdf;
using logmath::normalSf;

namespace {

/// Noise quantile beyond which the upper distribution's tail (< 1e-23) is folded pessimistically.
constexpr double kTailQuantile = 10.0;

/// Privacy loss log(mu_upper(o) / mu_lower(o)) of the REMOVE pair at output o.
double removeLoss(double q, double sigma, double o)
{
    return std::log1p(q * std::expm1((2.0 * o - 1.0) / (2.0 * sigma * sigma)));
}

} // namespace

double gaussianDelta(double sigma, double epsilon)
{
    return std::max(0.0, normalCdf(-epsilon * sigma + 0.5 / sigma) -
                             std::exp(epsilon) * normalCdf(-epsilon * sigma - 0.5 / sigma));
}

double gaussianEpsilon(double sigma, double delta)
{
    if (gaussianDelta(sigma, 0.0) <= delta) return 0.0;
    double lo = 0.0;
    double hi = 1.0;
    while (gaussianDelta(sigma, hi) > delta)
        hi *= 2.0;
    while (hi - lo > 1e-12 * std::max(1.0, hi)) {
        const double mid = 0.5 * (lo + hi);
        (gaussianDelta(sigma, mid) > delta ? lo : hi) = mid;
    }
    return hi;
}

double subsampledGaussianDelta(double q, double sigma, double epsilon, PldDirection direction)
{
    const double s2 = sigma * sigma;
    if (direction == PldDirection::Remove) {
        // Upper: (1-q) N(0, s^2) + q N(1, s^2); lower: N(0, s^2). Loss increasing in o, >= log(1-q).
        const double a = std::expm1(epsilon) + q;  // e^eps - (1 - q)
        if (a <= 0.0) return -std::expm1(epsilon); // every outcome has loss > epsilon
        const double threshold = s2 * std::log(a / q) + 0.5;
        return std::max(0.0, q * normalSf((threshold - 1.0) / sigma) - a * normalSf(threshold / sigma));
    }
    // Upper: N(0, s^2); lower: the mixture. Loss decreasing in o, <= -log(1-q).
    const double b = std::expm1(-epsilon) + q; // e^-eps - (1 - q)
    if (b <= 0.0) return 0.0;
    const double threshold = s2 * std::log(b / q) + 0.5;
    return std::max(0.0, std::exp(epsilon) *
                             (b * normalCdf(threshold / sigma) - q * normalCdf((threshold - 1.0) / sigma)));
}

PldAccountant::PldAccountant(double discretizationInterval) : m_interval(discretizationInterval) {}

PrivacyLossDistribution PldAccountant::stepPld(const GaussianPhase& phase, PldDirection direction) const
{
    const double q = phase.samplingRate;
    const double sigma = phase.noiseMultiplier;
    const double zs = kTailQuantile * sigma;
    double lossLow = 0.0;
    double lossHigh = 0.0;
    if (direction == PldDirection::Remove) {
        lossHigh = removeLoss(q, sigma, 1.0 + zs);
        lossLow = q < 1.0 ? std::log1p(-q) : removeLoss(q, sigma, -zs);
    } else {
        lossHigh = q < 1.0 ? -std::log1p(-q) : -removeLoss(q, sigma, -zs);
        lossLow = -removeLoss(q, sigma, zs);
    }
    const auto kLow = static_cast<std::int64_t>(std::floor(lossLow / m_interval));
    const auto kHigh = static_cast<std::int64_t>(std::ceil(lossHigh / m_interval));
    return PrivacyLossDistribution::connectTheDots(m_interval, kLow, kHigh, [&](double eps) {
        return subsampledGaussianDelta(q, sigma, eps, direction);
    });
}

PrivacyLossDistribution PldAccountant::composedPld(const MechanismHistory& history,
                                                   PldDirection direction) const
{
    PrivacyLossDistribution total;
    for (const auto& phase : history.phases()) {
        const PrivacyLossDistribution composed = stepPld(phase, direction).selfCompose(phase.steps);
        total = total.isEmpty() ? composed : total.compose(composed);
    }
    return total;
}

double PldAccountant::epsilon(const MechanismHistory& history, double delta) const
{
    const double remove = composedPld(history, PldDirection::Remove).epsilonForDelta(delta);
    const double add = composedPld(history, PldDirection::Add).epsilonForDelta(delta);
    return std::max(remove, add);
}

double PldAccountant::delta(const MechanismHistory& history, double epsilon) const
{
    const double remove = composedPld(history, PldDirection::Remove).deltaForEpsilon(epsilon);
    const double add = composedPld(history, PldDirection::Add).deltaForEpsilon(epsilon);
    return std::max(remove, add);
}

} // namespace privaudit::dp
