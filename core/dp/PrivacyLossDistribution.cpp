#include "dp/PrivacyLossDistribution.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <fftw3.h>
#include <limits>
#include <mutex>

namespace privaudit::dp {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

/// FFTW's planner is not thread-safe; plan creation and destruction go through this lock.
std::mutex& fftwPlannerMutex()
{
    static std::mutex m;
    return m;
}

/// Smallest n' >= n whose prime factors are 2, 3, 5 and 7 (sizes FFTW handles fastest).
std::size_t fftFriendlySize(std::size_t n)
{
    for (std::size_t m = std::max<std::size_t>(n, 1);; ++m) {
        std::size_t r = m;
        for (std::size_t p : {2u, 3u, 5u, 7u})
            while (r % p == 0)
                r /= p;
        if (r == 1) return m;
    }
}

struct FftwBuffers
{
    explicit FftwBuffers(std::size_t n)
        : size(n), real(fftw_alloc_real(n)), spectrum(fftw_alloc_complex(n / 2 + 1))
    {
    }
    ~FftwBuffers()
    {
        fftw_free(real);
        fftw_free(spectrum);
    }
    FftwBuffers(const FftwBuffers&) = delete;
    FftwBuffers& operator=(const FftwBuffers&) = delete;

    std::size_t size;
    double* real;
    fftw_complex* spectrum;
};

/// Linear convolution of two non-negative sequences. Direct summation for small inputs (exact), FFT
/// otherwise; FFT round-off below zero is clamped to zero.
std::vector<double> convolve(const std::vector<double>& a, const std::vector<double>& b)
{
    const std::size_t outSize = a.size() + b.size() - 1;
    std::vector<double> out(outSize, 0.0);
    if (a.size() * b.size() <= 200000) {
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (a[i] == 0.0) continue;
            for (std::size_t j = 0; j < b.size(); ++j)
                out[i + j] += a[i] * b[j];
        }
        return out;
    }

    const std::size_t n = fftFriendlySize(outSize);
    const std::size_t bins = n / 2 + 1;
    const bool squaring = (&a == &b);
    FftwBuffers bufA(n);
    FftwBuffers bufB(squaring ? 2 : n);
    fftw_plan forwardA = nullptr;
    fftw_plan forwardB = nullptr;
    fftw_plan inverse = nullptr;
    {
        std::lock_guard lock(fftwPlannerMutex());
        forwardA = fftw_plan_dft_r2c_1d(static_cast<int>(n), bufA.real, bufA.spectrum, FFTW_ESTIMATE);
        if (!squaring)
            forwardB = fftw_plan_dft_r2c_1d(static_cast<int>(n), bufB.real, bufB.spectrum, FFTW_ESTIMATE);
        inverse = fftw_plan_dft_c2r_1d(static_cast<int>(n), bufA.spectrum, bufA.real, FFTW_ESTIMATE);
    }
    std::copy(a.begin(), a.end(), bufA.real);
    std::fill(bufA.real + a.size(), bufA.real + n, 0.0);
    fftw_execute(forwardA);
    auto* specA = reinterpret_cast<std::complex<double>*>(bufA.spectrum);
    if (squaring) {
        for (std::size_t k = 0; k < bins; ++k)
            specA[k] *= specA[k];
    } else {
        std::copy(b.begin(), b.end(), bufB.real);
        std::fill(bufB.real + b.size(), bufB.real + n, 0.0);
        fftw_execute(forwardB);
        const auto* specB = reinterpret_cast<const std::complex<double>*>(bufB.spectrum);
        for (std::size_t k = 0; k < bins; ++k)
            specA[k] *= specB[k];
    }
    fftw_execute(inverse);
    const double scale = 1.0 / static_cast<double>(n);
    for (std::size_t i = 0; i < outSize; ++i)
        out[i] = std::max(0.0, bufA.real[i] * scale);
    {
        std::lock_guard lock(fftwPlannerMutex());
        fftw_destroy_plan(forwardA);
        if (forwardB) fftw_destroy_plan(forwardB);
        fftw_destroy_plan(inverse);
    }
    return out;
}

} // namespace

PrivacyLossDistribution::PrivacyLossDistribution(double interval, std::int64_t offset,
                                                 std::vector<double> masses, double infinityMass)
    : m_interval(interval), m_offset(offset), m_masses(std::move(masses)), m_infinityMass(infinityMass)
{
}

PrivacyLossDistribution PrivacyLossDistribution::connectTheDots(double interval, std::int64_t kLow,
                                                                std::int64_t kHigh,
                                                                const std::function<double(double)>& deltaOf)
{
    const auto n = static_cast<std::size_t>(std::max<std::int64_t>(kHigh - kLow + 1, 1));
    std::vector<double> deltas(n);
    double running = 1.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double d = std::clamp(
            deltaOf(static_cast<double>(kLow + static_cast<std::int64_t>(i)) * interval), 0.0, 1.0);
        running = std::min(running, d); // the profile is non-increasing; remove round-off wiggles
        deltas[i] = running;
    }
    std::vector<double> masses(n, 0.0);
    if (n == 1) {
        masses[0] = 1.0 - deltas[0];
        return PrivacyLossDistribution(interval, kLow, std::move(masses), deltas[0]);
    }
    // Masses of the discrete PLD whose hockey-stick curve interpolates the exact one at the grid points
    // (linear in e^epsilon between them). By convexity of the exact curve in e^epsilon this dominates it.
    const double em1 = std::expm1(interval);
    const double e = std::exp(interval);
    masses[0] = 1.0 - deltas[0] + (deltas[1] - deltas[0]) / em1;
    for (std::size_t i = 1; i + 1 < n; ++i)
        masses[i] = ((deltas[i + 1] - deltas[i]) - e * (deltas[i] - deltas[i - 1])) / em1;
    masses[n - 1] = (deltas[n - 1] - deltas[n - 2]) / std::expm1(-interval);
    for (double& m : masses)
        m = std::max(0.0, m);

    // Drop zero masses at both ends so that compositions work on the real support only.
    std::size_t first = 0;
    while (first + 1 < n && masses[first] == 0.0)
        ++first;
    std::size_t last = n;
    while (last > first + 1 && masses[last - 1] == 0.0)
        --last;
    std::vector<double> trimmed(masses.begin() + static_cast<std::ptrdiff_t>(first),
                                masses.begin() + static_cast<std::ptrdiff_t>(last));
    return PrivacyLossDistribution(interval, kLow + static_cast<std::int64_t>(first), std::move(trimmed),
                                   deltas[n - 1]);
}

double PrivacyLossDistribution::deltaForEpsilon(double epsilon) const
{
    if (std::isinf(epsilon)) return epsilon > 0 ? m_infinityMass : 1.0;
    double delta = m_infinityMass;
    // Losses above epsilon: k * interval > epsilon.
    const auto firstIndex = static_cast<std::int64_t>(std::floor(epsilon / m_interval)) + 1 - m_offset;
    const auto start = static_cast<std::size_t>(std::max<std::int64_t>(firstIndex, 0));
    for (std::size_t i = start; i < m_masses.size(); ++i) {
        const double loss = static_cast<double>(m_offset + static_cast<std::int64_t>(i)) * m_interval;
        if (loss > epsilon) delta += m_masses[i] * -std::expm1(epsilon - loss);
    }
    return std::min(1.0, delta);
}

double PrivacyLossDistribution::epsilonForDelta(double delta) const
{
    if (m_infinityMass > delta) return kInf;
    // Scan from the largest loss down, keeping U = P(L >= l) and W = E[e^{-L}; L >= l]; on the segment
    // that contains the answer, delta = U - e^eps W, so eps = log((U - delta) / W).
    double upper = m_infinityMass;
    double lower = 0.0;
    for (std::size_t r = m_masses.size(); r-- > 0;) {
        const double loss = static_cast<double>(m_offset + static_cast<std::int64_t>(r)) * m_interval;
        if (upper > delta && lower > 0.0 && std::log((upper - delta) / lower) >= loss) break;
        upper += m_masses[r];
        lower += m_masses[r] * std::exp(-loss);
        if (upper >= delta && lower == 0.0) return std::max(0.0, loss);
    }
    if (upper <= lower + delta) return 0.0;
    return std::max(0.0, std::log((upper - delta) / lower));
}

void PrivacyLossDistribution::truncateTails(double tailMassBound)
{
    if (tailMassBound <= 0.0 || m_masses.size() < 2) return;
    const double half = tailMassBound / 2.0;
    std::size_t left = 0;
    double leftMass = 0.0;
    while (left + 1 < m_masses.size() && leftMass + m_masses[left] <= half)
        leftMass += m_masses[left++];
    std::size_t right = m_masses.size();
    double rightMass = 0.0;
    while (right > left + 1 && rightMass + m_masses[right - 1] <= half)
        rightMass += m_masses[--right];
    std::vector<double> kept(m_masses.begin() + static_cast<std::ptrdiff_t>(left),
                             m_masses.begin() + static_cast<std::ptrdiff_t>(right));
    kept.front() += leftMass; // moved to a larger loss: pessimistic
    m_offset += static_cast<std::int64_t>(left);
    m_masses = std::move(kept);
    m_infinityMass = std::min(1.0, m_infinityMass + rightMass); // to +inf: pessimistic
}

PrivacyLossDistribution PrivacyLossDistribution::compose(const PrivacyLossDistribution& other,
                                                         double tailMassBound) const
{
    if (isEmpty()) return other;
    if (other.isEmpty()) return *this;
    PrivacyLossDistribution result;
    result.m_interval = m_interval;
    result.m_offset = m_offset + other.m_offset;
    result.m_masses = convolve(m_masses, (this == &other) ? m_masses : other.m_masses);
    result.m_infinityMass = m_infinityMass + other.m_infinityMass - m_infinityMass * other.m_infinityMass;
    result.truncateTails(tailMassBound);
    return result;
}

namespace {

/// log E[e^{lambda L}] over the finite part of a PLD (the infinite mass is handled separately).
double logMgf(const std::vector<double>& masses, std::int64_t offset, double interval, double lambda)
{
    double maxExponent = -kInf;
    for (std::size_t i = 0; i < masses.size(); ++i)
        if (masses[i] > 0.0)
            maxExponent =
                std::max(maxExponent, std::log(masses[i]) +
                                          lambda * static_cast<double>(offset + std::int64_t(i)) * interval);
    double sum = 0.0;
    for (std::size_t i = 0; i < masses.size(); ++i)
        if (masses[i] > 0.0)
            sum += std::exp(std::log(masses[i]) +
                            lambda * static_cast<double>(offset + std::int64_t(i)) * interval - maxExponent);
    return maxExponent + std::log(sum);
}

/// Chernoff bounds on the support of the m-fold composition of one PLD: outside [low(m), high(m)]
/// the exact composed distribution has at most tailBound / 2 mass on each side.
class ChernoffWindow
{
public:
    ChernoffWindow(const std::vector<double>& masses, std::int64_t offset, double interval, double tailBound)
        : m_logHalfTail(std::log(tailBound / 2.0))
    {
        for (int i = 0; i <= 48; ++i) {
            const double lambda = 1e-2 * std::pow(10.0, i / 8.0); // 0.01 .. 1e4
            m_lambdas.push_back(lambda);
            m_logMgfPositive.push_back(logMgf(masses, offset, interval, lambda));
            m_logMgfNegative.push_back(logMgf(masses, offset, interval, -lambda));
        }
    }

    /// Loss above which the m-fold composition has at most tailBound / 2 mass.
    [[nodiscard]] double high(double m) const
    {
        double best = kInf;
        for (std::size_t i = 0; i < m_lambdas.size(); ++i)
            best = std::min(best, (m * m_logMgfPositive[i] - m_logHalfTail) / m_lambdas[i]);
        return best;
    }
    /// Loss below which the m-fold composition has at most tailBound / 2 mass.
    [[nodiscard]] double low(double m) const
    {
        double best = -kInf;
        for (std::size_t i = 0; i < m_lambdas.size(); ++i)
            best = std::max(best, -(m * m_logMgfNegative[i] - m_logHalfTail) / m_lambdas[i]);
        return best;
    }
    [[nodiscard]] double halfTail() const { return std::exp(m_logHalfTail); }

private:
    double m_logHalfTail;
    std::vector<double> m_lambdas;
    std::vector<double> m_logMgfPositive;
    std::vector<double> m_logMgfNegative;
};

} // namespace

PrivacyLossDistribution PrivacyLossDistribution::cutToWindow(std::int64_t kLow, std::int64_t kHigh,
                                                             double chargedTailMass) const
{
    const std::int64_t first = std::max(kLow, m_offset);
    const std::int64_t last = std::min(kHigh, m_offset + static_cast<std::int64_t>(m_masses.size()) - 1);
    if (first == m_offset && last == m_offset + static_cast<std::int64_t>(m_masses.size()) - 1) return *this;
    PrivacyLossDistribution cut;
    cut.m_interval = m_interval;
    cut.m_offset = first;
    cut.m_masses.assign(m_masses.begin() + (first - m_offset), m_masses.begin() + (last - m_offset) + 1);
    cut.m_infinityMass = m_infinityMass;
    // The exact composition has at most chargedTailMass beyond each side of the window. Charge that bound
    // (not the FFT-noisy sums that stand there) pessimistically: the left tail to the first kept loss,
    // the right tail to +infinity.
    if (first > m_offset) cut.m_masses.front() += chargedTailMass;
    if (last < m_offset + static_cast<std::int64_t>(m_masses.size()) - 1)
        cut.m_infinityMass = std::min(1.0, cut.m_infinityMass + chargedTailMass);
    return cut;
}

PrivacyLossDistribution PrivacyLossDistribution::selfCompose(std::int64_t times, double tailMassBound) const
{
    if (times <= 1 || isEmpty()) return *this;
    // FFT round-off (~1e-17 per bin) summed over 10^5 bins exceeds any useful tail budget, so tails cannot
    // be found from the composed masses themselves. The window of every intermediate multiplicity comes
    // from Chernoff bounds on the exact single-step distribution instead.
    const ChernoffWindow window(m_masses, m_offset, m_interval, tailMassBound);
    auto fitted = [&](const PrivacyLossDistribution& pld, std::int64_t multiplicity) {
        const double m = static_cast<double>(multiplicity);
        const auto kLow = static_cast<std::int64_t>(std::floor(window.low(m) / m_interval));
        const auto kHigh = static_cast<std::int64_t>(std::ceil(window.high(m) / m_interval));
        return pld.cutToWindow(kLow, kHigh, window.halfTail());
    };

    PrivacyLossDistribution result;
    std::int64_t resultMultiplicity = 0;
    PrivacyLossDistribution base = *this;
    std::int64_t baseMultiplicity = 1;
    while (times > 0) {
        if (times & 1) {
            if (result.isEmpty()) {
                result = base;
            } else {
                result = fitted(result.compose(base, 0.0), resultMultiplicity + baseMultiplicity);
            }
            resultMultiplicity += baseMultiplicity;
        }
        times >>= 1;
        if (times > 0) {
            base = fitted(base.compose(base, 0.0), 2 * baseMultiplicity);
            baseMultiplicity *= 2;
        }
    }
    return result;
}

} // namespace privaudit::dp
