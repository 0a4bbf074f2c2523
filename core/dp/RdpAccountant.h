#pragma once

#include "dp/MechanismHistory.h"

#include <vector>

namespace privaudit::dp {

/// (epsilon, delta) with the Renyi order at which the conversion was tightest.
struct RdpEpsilon
{
    double epsilon = 0.0;
    double delta = 0.0;
    double optimalOrder = 0.0;
};

/// Renyi-DP accountant for the Poisson-subsampled Gaussian mechanism (Mironov, Talwar & Zhang 2019).
///
/// Pure math, no allocation-heavy state: safe to use from the GUI thread and from several threads at
/// once (all methods are const). Integer orders use the binomial expansion; fractional orders the
/// two-sided series with sign-tracked generalised binomial coefficients, all in log space, so the
/// values stay finite for q in (0, 1], sigma down to 0.1 and 10^6 steps. An order whose series does not
/// converge is reported as +inf for that order (conservative: it is then never the optimum).
class RdpAccountant
{
public:
    enum class Conversion
    {
        /// Balle et al. 2020 / Canonne, Kamath & Steinke 2020: what Opacus and TF Privacy use today.
        Improved,
        /// Mironov 2017, Prop. 3: rdp + log(1/delta)/(alpha - 1); for comparison with older papers.
        Classic
    };

    /// Uses defaultOrders() unless @p orders is given (every order must be > 1).
    explicit RdpAccountant(std::vector<double> orders = defaultOrders());

    /// The order grid of Google's dp_accounting: 1.1..10.9 step 0.1, 11..63, 128, 256, 512, 1024.
    /// It contains the Opacus grid (1.1..10.9, 12..63).
    static std::vector<double> defaultOrders();
    /// Opacus' DEFAULT_ALPHAS.
    static std::vector<double> opacusOrders();
    /// The legacy TF Privacy compute_dp_sgd_privacy grid: 1.25..4.5, 5..63, 128, 256, 512.
    static std::vector<double> legacyTfPrivacyOrders();

    [[nodiscard]] const std::vector<double>& orders() const { return m_orders; }

    /// log A_alpha for one step (exposed for tests against numerical integration).
    static double logMoment(double samplingRate, double noiseMultiplier, double order);
    /// RDP epsilon(alpha) of one step of the subsampled Gaussian mechanism.
    static double stepRdp(double samplingRate, double noiseMultiplier, double order);

    /// RDP of the whole history at every order of the grid (phases add per order).
    [[nodiscard]] std::vector<double> rdp(const MechanismHistory& history) const;

    /// Smallest epsilon over the grid for the given delta. Throws nothing; call validate() first.
    [[nodiscard]] RdpEpsilon epsilon(const MechanismHistory& history, double delta,
                                     Conversion conversion = Conversion::Improved) const;
    /// Smallest delta over the grid for the given epsilon (dp_accounting's inverse conversion).
    [[nodiscard]] double delta(const MechanismHistory& history, double epsilon) const;

    static RdpEpsilon epsilonFromRdp(const std::vector<double>& orders, const std::vector<double>& rdp,
                                     double delta, Conversion conversion = Conversion::Improved);
    static double deltaFromRdp(const std::vector<double>& orders, const std::vector<double>& rdp,
                               double epsilon);

private:
    std::vector<double> m_orders;
};

} // namespace privaudit::dp
