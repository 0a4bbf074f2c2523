#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace privaudit::dp {

/// A discrete privacy loss distribution (PLD): probability masses on the grid of losses
/// k * interval for k = offset .. offset + masses.size() - 1, plus a mass at +infinity.
///
/// Every operation is pessimistic: the hockey-stick curve delta(epsilon) of the result is never below
/// that of the exact composition. Value type, no shared state; safe to use from any thread.
class PrivacyLossDistribution
{
public:
    PrivacyLossDistribution() = default;
    PrivacyLossDistribution(double interval, std::int64_t offset, std::vector<double> masses,
                            double infinityMass);

    /// Pessimistic "connect-the-dots" discretisation (Doroshenko et al. 2022) of a mechanism given by
    /// its exact privacy profile @p deltaOf(epsilon) on the grid k = kLow..kHigh. Mass below the grid
    /// is moved up to kLow and delta(kHigh * interval) goes to +infinity, both pessimistic.
    static PrivacyLossDistribution connectTheDots(double interval, std::int64_t kLow, std::int64_t kHigh,
                                                  const std::function<double(double)>& deltaOf);

    [[nodiscard]] double interval() const { return m_interval; }
    [[nodiscard]] std::int64_t offset() const { return m_offset; }
    [[nodiscard]] const std::vector<double>& masses() const { return m_masses; }
    [[nodiscard]] double infinityMass() const { return m_infinityMass; }
    [[nodiscard]] bool isEmpty() const { return m_masses.empty(); }

    /// delta(epsilon) = P(L = inf) + sum_{l > epsilon} p_l (1 - e^{epsilon - l}).
    [[nodiscard]] double deltaForEpsilon(double epsilon) const;
    /// Smallest epsilon >= 0 with delta(epsilon) <= delta; +inf when the infinite mass exceeds delta.
    [[nodiscard]] double epsilonForDelta(double delta) const;

    /// The PLD of the composition of both mechanisms (convolution by FFT). Each tail of at most
    /// tailMassBound / 2 is truncated pessimistically (left tail into the first kept loss, right tail
    /// to +infinity).
    [[nodiscard]] PrivacyLossDistribution compose(const PrivacyLossDistribution& other,
                                                  double tailMassBound = 1e-15) const;
    /// The PLD of @p times identical compositions, by repeated squaring. The support of every intermediate
    /// result is cut to a Chernoff window of the exact composition (tailMassBound / 2 per side, charged
    /// pessimistically), so the cost follows the width of the composed distribution, not times.
    [[nodiscard]] PrivacyLossDistribution selfCompose(std::int64_t times, double tailMassBound = 1e-15) const;

private:
    void truncateTails(double tailMassBound);
    [[nodiscard]] PrivacyLossDistribution cutToWindow(std::int64_t kLow, std::int64_t kHigh,
                                                      double chargedTailMass) const;

    double m_interval = 1e-4;
    std::int64_t m_offset = 0;
    std::vector<double> m_masses;
    double m_infinityMass = 0.0;
};

} // namespace privaudit::dp
