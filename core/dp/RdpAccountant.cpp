#include "dp/RdpAccountant.h"

#include "dp/LogMath.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace privaudit::dp {

using logmath::kInf;

namespace {

constexpr int kMaxSeriesTerms = 1000;
constexpr int kLogTableSize = 4097;

/// log(n) for n = 0..4096, built once (log(0) = -inf is never used).
const std::array<double, kLogTableSize>& logTable()
{
    static const std::array<double, kLogTableSize> table = [] {
        std::array<double, kLogTableSize> t{};
        t[0] = -kInf;
        for (int i = 1; i < kLogTableSize; ++i)
            t[static_cast<std::size_t>(i)] = std::log(static_cast<double>(i));
        return t;
    }();
    return table;
}

inline double logOf(long n)
{
    return n < kLogTableSize ? logTable()[static_cast<std::size_t>(n)] : std::log(static_cast<double>(n));
}

/// Online log-sum-exp of signed terms: the sum is kept as scale * exp(m), rescaled when a larger term
/// arrives; terms more than 745 below the running maximum cannot change a double and are skipped.
class SignedLogSum
{
public:
    void add(double logTerm, double sign = 1.0)
    {
        // Terms (or a previous total) more than e^40 below the largest change the sum by < 1e-17
        // relative each; skipping them saves an exp per term on the long integer-order sums.
        constexpr double kNegligible = 40.0;
        if (logTerm == -kInf) return;
        if (logTerm > m_max) {
            m_sum = (m_max < logTerm - kNegligible ? 0.0 : m_sum * std::exp(m_max - logTerm)) + sign;
            m_max = logTerm;
        } else if (logTerm > m_max - kNegligible) {
            m_sum += sign * std::exp(logTerm - m_max);
        }
    }
    /// log of the sum, or NaN when the sum is not positive.
    [[nodiscard]] double log() const
    {
        if (m_max == -kInf) return -kInf;
        return m_sum > 0.0 ? m_max + std::log(m_sum) : std::nan("");
    }

private:
    double m_max = -kInf;
    double m_sum = 0.0;
};

double logMomentIntegerOrder(double q, double sigma, long alpha)
{
    const double logQ = std::log(q);
    const double log1mQ = std::log1p(-q);
    const double inv2s2 = 1.0 / (2.0 * sigma * sigma);
    SignedLogSum sum;
    double logBinom = 0.0; // log C(alpha, 0)
    for (long k = 0; k <= alpha; ++k) {
        if (k > 0) logBinom += logOf(alpha - k + 1) - logOf(k);
        const double kd = static_cast<double>(k);
        sum.add(logBinom + kd * logQ + static_cast<double>(alpha - k) * log1mQ + (kd * kd - kd) * inv2s2);
    }
    return sum.log();
}

/// The erfc factors of the fractional-order series for one (q, sigma). The first depends only on the
/// term index i, the second only on j = alpha - i, so orders with the same fractional part (all of
/// 1.1, 2.1, ..., 10.1 on the default grid) share their values: one table per fractional part, indexed
/// by i - floor(alpha). Filled lazily; saves two erfc and two log per series term.
class FractionalSeriesFactors
{
public:
    FractionalSeriesFactors(double q, double sigma)
        : m_z0(sigma * sigma * std::log(1.0 / q - 1.0) + 0.5),
          m_invSqrt2Sigma(1.0 / (logmath::kSqrt2 * sigma))
    {
    }

    /// log(erfc((i - z0) / (sqrt(2) sigma)) / 2)
    double first(int i)
    {
        while (static_cast<int>(m_first.size()) <= i)
            m_first.push_back(kLogHalf + logmath::logErfc((m_first.size() - m_z0) * m_invSqrt2Sigma));
        return m_first[static_cast<std::size_t>(i)];
    }

    /// Selects the table for @p alpha; call before second().
    void selectOrder(double alpha)
    {
        m_floor = std::floor(alpha);
        const double fraction = alpha - m_floor;
        m_table = nullptr;
        for (auto& [f, table] : m_second)
            if (f == fraction) m_table = &table;
        if (!m_table) m_table = &m_second.emplace_back(fraction, std::vector<double>()).second;
        m_fraction = fraction;
    }

    /// log(erfc((z0 - j) / (sqrt(2) sigma)) / 2) for j = alpha - i of the selected order.
    double second(int i) { return cached(i, 0); }
    /// log|alpha - i + 1| of the selected order (the numerator of the binomial recursion).
    double logAbsNumerator(int i) { return cached(i, 1); }

private:
    static constexpr int kIndexOffset = 64;
    static constexpr double kLogHalf = -0.69314718055994530942;

    double compute(int i, int which) const
    {
        const double j = m_fraction + m_floor - i;
        return which == 0 ? kLogHalf + logmath::logErfc((m_z0 - j) * m_invSqrt2Sigma)
                          : std::log(std::fabs(j + 1.0));
    }

    double cached(int i, int which)
    {
        const int slot = i - static_cast<int>(m_floor) + kIndexOffset;
        if (slot < 0) return compute(i, which);
        const auto index = 2 * static_cast<std::size_t>(slot) + static_cast<std::size_t>(which);
        while (m_table->size() <= index)
            m_table->push_back(std::nan(""));
        double& value = (*m_table)[index];
        if (std::isnan(value)) value = compute(i, which);
        return value;
    }

    double m_z0;
    double m_invSqrt2Sigma;
    std::vector<double> m_first;
    std::vector<std::pair<double, std::vector<double>>> m_second;
    std::vector<double>* m_table = nullptr;
    double m_floor = 0.0;
    double m_fraction = 0.0;
};

/// Fractional orders: the two-sided series of Mironov, Talwar & Zhang (2019, Sec. 3.3) with the signs of the
/// generalised binomial coefficients kept. Beyond i = ceil(alpha) the terms alternate in sign and, in the
/// tail, decrease in magnitude only polynomially (about i^-(alpha+2): the geometric factors cancel), so
/// an absolute cut-off can need 10^4 terms. There the exact sum lies between two consecutive partial
/// sums; we stop at a relative tolerance and return the larger of the two (an upper bound, so the RDP
/// value stays conservative, within about 1e-11 relative).
double logMomentFractionalOrder(double q, double sigma, double alpha, FractionalSeriesFactors& factors)
{
    constexpr double kRelativeCutoff = 1.4e-11; // stop when a term is below this fraction of the sum
    const double logQ = std::log(q);
    const double log1mQ = std::log1p(-q);
    const double inv2s2 = 1.0 / (2.0 * sigma * sigma);
    factors.selectOrder(alpha);

    // The sum is kept as scale * e^shift with the shift raised when a larger term arrives (linear space:
    // two exp per term, no log until the end).
    double shift = -kInf;
    double scale = 0.0;
    double logAbsBinom = 0.0; // log |C(alpha, 0)|
    double sign = 1.0;
    double previousLog = kInf;
    int decreasingRun = 0;
    for (int i = 0; i < kMaxSeriesTerms; ++i) {
        if (i > 0) {
            // C(a,i) = C(a,i-1) * (a-i+1)/i
            logAbsBinom += factors.logAbsNumerator(i) - logOf(i);
            if (alpha - i + 1.0 < 0.0) sign = -sign;
        }
        const double id = i;
        const double j = alpha - id;
        const double logS0 =
            logAbsBinom + id * logQ + j * log1mQ + (id * id - id) * inv2s2 + factors.first(i);
        const double logS1 = logAbsBinom + j * logQ + id * log1mQ + (j * j - j) * inv2s2 + factors.second(i);
        const double logLargest = std::max(logS0, logS1); // both parts share the sign of C(alpha, i)
        if (logLargest > shift) {
            scale = shift == -kInf ? 0.0 : scale * std::exp(shift - logLargest);
            shift = logLargest;
        }
        const double term = (logS0 > shift - 40.0 ? std::exp(logS0 - shift) : 0.0) +
                            (logS1 > shift - 40.0 ? std::exp(logS1 - shift) : 0.0);
        scale += sign * term;
        if (!(scale > 0.0))
            return kInf; // cannot happen for a convergent series; conservative if round-off says so

        decreasingRun = logLargest < previousLog ? decreasingRun + 1 : 0;
        previousLog = logLargest;
        const bool alternating = id > alpha + 1.0;
        if (!alternating && logLargest < -30.0)
            return shift + std::log(scale); // positive, decreasing terms: Opacus' absolute cut-off (A >= 1)
        if (alternating && decreasingRun >= 3 && term < kRelativeCutoff * scale) {
            // Upper bracket: if the last term was subtracted, the previous partial sum is the larger.
            return shift + std::log(sign < 0.0 ? scale + term : scale);
        }
    }
    return kInf; // did not settle: conservative
}

bool isInteger(double x)
{
    return std::isfinite(x) && std::floor(x) == x;
}

} // namespace

RdpAccountant::RdpAccountant(std::vector<double> orders) : m_orders(std::move(orders)) {}

std::vector<double> RdpAccountant::defaultOrders()
{
    std::vector<double> orders;
    for (int i = 11; i <= 109; ++i)
        orders.push_back(i / 10.0);
    for (int i = 11; i <= 63; ++i)
        orders.push_back(i);
    for (double a : {128.0, 256.0, 512.0, 1024.0})
        orders.push_back(a);
    return orders;
}

std::vector<double> RdpAccountant::opacusOrders()
{
    std::vector<double> orders;
    for (int i = 11; i <= 109; ++i)
        orders.push_back(i / 10.0);
    for (int i = 12; i <= 63; ++i)
        orders.push_back(i);
    return orders;
}

std::vector<double> RdpAccountant::legacyTfPrivacyOrders()
{
    std::vector<double> orders = {1.25, 1.5, 1.75, 2.0, 2.25, 2.5, 3.0, 3.5, 4.0, 4.5};
    for (int i = 5; i <= 63; ++i)
        orders.push_back(i);
    for (double a : {128.0, 256.0, 512.0})
        orders.push_back(a);
    return orders;
}

double RdpAccountant::logMoment(double q, double sigma, double order)
{
    if (q == 0.0) return 0.0;
    if (std::isinf(order)) return kInf;
    if (q == 1.0) return (order - 1.0) * order / (2.0 * sigma * sigma);
    if (isInteger(order)) return logMomentIntegerOrder(q, sigma, static_cast<long>(order));
    FractionalSeriesFactors factors(q, sigma);
    return logMomentFractionalOrder(q, sigma, order, factors);
}

double RdpAccountant::stepRdp(double q, double sigma, double order)
{
    if (q == 0.0) return 0.0;
    if (sigma == 0.0 || std::isinf(order)) return kInf;
    if (q == 1.0) return order / (2.0 * sigma * sigma);
    return logMoment(q, sigma, order) / (order - 1.0);
}

std::vector<double> RdpAccountant::rdp(const MechanismHistory& history) const
{
    std::vector<double> total(m_orders.size(), 0.0);
    for (const auto& phase : history.phases()) {
        const double q = phase.samplingRate;
        const double sigma = phase.noiseMultiplier;
        const double steps = static_cast<double>(phase.steps);
        FractionalSeriesFactors factors(q, sigma); // shared by every fractional order of this phase
        for (std::size_t i = 0; i < m_orders.size(); ++i) {
            const double a = m_orders[i];
            const bool series = q > 0.0 && q < 1.0 && std::isfinite(a) && !isInteger(a);
            const double perStep =
                series ? logMomentFractionalOrder(q, sigma, a, factors) / (a - 1.0) : stepRdp(q, sigma, a);
            total[i] += steps * perStep;
        }
    }
    return total;
}

RdpEpsilon RdpAccountant::epsilon(const MechanismHistory& history, double delta, Conversion conversion) const
{
    return epsilonFromRdp(m_orders, rdp(history), delta, conversion);
}

double RdpAccountant::delta(const MechanismHistory& history, double epsilon) const
{
    return deltaFromRdp(m_orders, rdp(history), epsilon);
}

RdpEpsilon RdpAccountant::epsilonFromRdp(const std::vector<double>& orders, const std::vector<double>& rdp,
                                         double delta, Conversion conversion)
{
    RdpEpsilon best{kInf, delta, orders.empty() ? 0.0 : orders.front()};
    const double logDelta = std::log(delta);
    for (std::size_t i = 0; i < orders.size(); ++i) {
        const double a = orders[i];
        const double r = rdp[i];
        if (!(a > 1.0) || !std::isfinite(r) || r < 0.0) continue;
        double eps = kInf;
        if (conversion == Conversion::Classic) {
            eps = r - logDelta / (a - 1.0);
        } else if (delta * delta + std::expm1(-r) > 0.0) {
            eps = 0.0; // KL bound: delta <= sqrt(1 - exp(-rdp)) already holds at epsilon 0
        } else if (a > 1.01) {
            eps = r + std::log1p(-1.0 / a) - (logDelta + std::log(a)) / (a - 1.0);
        }
        if (eps < best.epsilon) {
            best.epsilon = eps;
            best.optimalOrder = a;
        }
    }
    best.epsilon = std::max(0.0, best.epsilon);
    return best;
}

double RdpAccountant::deltaFromRdp(const std::vector<double>& orders, const std::vector<double>& rdp,
                                   double epsilon)
{
    double bestLogDelta = 0.0; // delta = 1 is always valid
    for (std::size_t i = 0; i < orders.size(); ++i) {
        const double a = orders[i];
        const double r = rdp[i];
        if (!(a > 1.0) || !std::isfinite(r) || r < 0.0) continue;
        double logDelta = 0.5 * std::log1p(-std::exp(-r)); // KL bound
        if (a > 1.01) {
            const double bound = (a - 1.0) * (r - epsilon + std::log1p(-1.0 / a)) - std::log(a);
            logDelta = std::min(logDelta, bound);
        }
        bestLogDelta = std::min(bestLogDelta, logDelta);
    }
    return std::min(1.0, std::exp(bestLogDelta));
}

} // namespace privaudit::dp
