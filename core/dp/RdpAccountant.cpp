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
        if (logTerm == -kInf)
            return;
        if (logTerm > m_max) {
            m_sum = (m_max == -kInf ? 0.0 : m_sum * std::exp(m_max - logTerm)) + sign;
            m_max = logTerm;
        } else if (logTerm > m_max - 745.0) {
            m_sum += sign * std::exp(logTerm - m_max);
        }
    }
    /// log of the sum, or NaN when the sum is not positive.
    [[nodiscard]] double log() const
    {
        if (m_max == -kInf)
            return -kInf;
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
        if (k > 0)
            logBinom += logOf(alpha - k + 1) - logOf(k);
        const double kd = static_cast<double>(k);
        sum.add(logBinom + kd * logQ + static_cast<double>(alpha - k) * log1mQ + (kd * kd - kd) * inv2s2);
    }
    return sum.log();
}

/// Fractional orders: the two-sided series of Mironov, Talwar & Zhang (2019, Sec. 3.3) with the signs of the
/// generalised binomial coefficients kept. Beyond i = ceil(alpha) the terms alternate in sign and, in the
/// tail, decrease in magnitude only polynomially (about i^-(alpha+2): the geometric factors cancel), so
/// an absolute cut-off can need 10^4 terms. There the exact sum lies between two consecutive partial
/// sums; we stop at a relative tolerance and return the larger of the two (an upper bound, so the RDP
/// value stays conservative, within about 1e-11 relative).
double logMomentFractionalOrder(double q, double sigma, double alpha)
{
    constexpr double kRelativeCutoff = 25.0; // e^-25 ~ 1.4e-11
    const double logQ = std::log(q);
    const double log1mQ = std::log1p(-q);
    const double inv2s2 = 1.0 / (2.0 * sigma * sigma);
    const double z0 = sigma * sigma * std::log(1.0 / q - 1.0) + 0.5;
    const double invSqrt2Sigma = 1.0 / (logmath::kSqrt2 * sigma);
    const double logHalf = std::log(0.5);

    SignedLogSum sum;
    double logAbsBinom = 0.0; // log |C(alpha, 0)|
    double sign = 1.0;
    double previousLogTerm = kInf;
    int decreasingRun = 0;
    for (int i = 0; i < kMaxSeriesTerms; ++i) {
        if (i > 0) {
            const double factor = (alpha - i + 1.0) / i; // C(a,i) = C(a,i-1) * (a-i+1)/i
            logAbsBinom += std::log(std::fabs(factor));
            if (factor < 0.0)
                sign = -sign;
        }
        const double id = i;
        const double j = alpha - id;
        const double logS0 = logAbsBinom + id * logQ + j * log1mQ + (id * id - id) * inv2s2 + logHalf +
                             logmath::logErfc((id - z0) * invSqrt2Sigma);
        const double logS1 = logAbsBinom + j * logQ + id * log1mQ + (j * j - j) * inv2s2 + logHalf +
                             logmath::logErfc((z0 - j) * invSqrt2Sigma);
        const double logTerm = logmath::logAdd(logS0, logS1); // both parts share the sign of C(alpha, i)
        sum.add(logTerm, sign);

        decreasingRun = logTerm < previousLogTerm ? decreasingRun + 1 : 0;
        previousLogTerm = logTerm;
        const bool alternating = id > alpha + 1.0;
        const double logSum = sum.log();
        if (std::isnan(logSum))
            return kInf;
        if (logTerm < -30.0 && !alternating)
            return logSum; // positive, decreasing terms: Opacus' absolute cut-off (A >= 1)
        if (alternating && decreasingRun >= 3 && logTerm < logSum - kRelativeCutoff) {
            // Upper bracket: if the last term was subtracted, the previous partial sum is the larger.
            return sign < 0.0 ? logmath::logAdd(logSum, logTerm) : logSum;
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
    if (q == 0.0)
        return 0.0;
    if (std::isinf(order))
        return kInf;
    if (q == 1.0)
        return (order - 1.0) * order / (2.0 * sigma * sigma);
    if (isInteger(order))
        return logMomentIntegerOrder(q, sigma, static_cast<long>(order));
    return logMomentFractionalOrder(q, sigma, order);
}

double RdpAccountant::stepRdp(double q, double sigma, double order)
{
    if (q == 0.0)
        return 0.0;
    if (sigma == 0.0 || std::isinf(order))
        return kInf;
    if (q == 1.0)
        return order / (2.0 * sigma * sigma);
    return logMoment(q, sigma, order) / (order - 1.0);
}

std::vector<double> RdpAccountant::rdp(const MechanismHistory& history) const
{
    std::vector<double> total(m_orders.size(), 0.0);
    for (const auto& phase : history.phases()) {
        const double steps = static_cast<double>(phase.steps);
        for (std::size_t i = 0; i < m_orders.size(); ++i)
            total[i] += steps * stepRdp(phase.samplingRate, phase.noiseMultiplier, m_orders[i]);
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
        if (!(a > 1.0) || !std::isfinite(r) || r < 0.0)
            continue;
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
        if (!(a > 1.0) || !std::isfinite(r) || r < 0.0)
            continue;
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
