#include "metrics/CanaryExposure.h"

#include <algorithm>
#include <array>
#include <boost/math/distributions/skew_normal.hpp>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <QJsonArray>
#include <random>

namespace privaudit::metrics {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kMaxShape = 50.0;

/// log Phi(t), accurate in the far left tail (where erfc underflows).
double logNormalCdf(double t)
{
    if (t > -30.0) return std::log(0.5 * std::erfc(-t / std::sqrt(2.0)));
    const double t2 = t * t;
    return -0.5 * t2 - std::log(-t) - 0.5 * std::log(2.0 * kPi) + std::log1p(-1.0 / t2 + 3.0 / (t2 * t2));
}

double mean(const std::vector<double>& x)
{
    return x.empty() ? 0.0 : std::accumulate(x.begin(), x.end(), 0.0) / double(x.size());
}

double sampleSd(const std::vector<double>& x)
{
    if (x.size() < 2) return 0.0;
    const double m = mean(x);
    double s = 0.0;
    for (const double v : x)
        s += (v - m) * (v - m);
    return std::sqrt(s / double(x.size() - 1));
}

/// Method of moments: mean, variance and skewness of the skew-normal solved for its parameters.
SkewNormal momentsStart(const std::vector<double>& x)
{
    const double n = double(x.size());
    const double m = mean(x);
    double m2 = 0.0, m3 = 0.0;
    for (const double v : x) {
        m2 += (v - m) * (v - m);
        m3 += (v - m) * (v - m) * (v - m);
    }
    m2 /= n;
    m3 /= n;
    const double sd = std::sqrt(m2);
    double g = sd > 0.0 ? m3 / (m2 * sd) : 0.0;
    g = std::clamp(g, -0.99, 0.99); // the skew-normal's skewness lies in (-0.9953, 0.9953)
    const double g23 = std::pow(std::abs(g), 2.0 / 3.0);
    const double c = std::pow((4.0 - kPi) / 2.0, 2.0 / 3.0);
    const double delta = std::copysign(std::sqrt(kPi / 2.0 * g23 / (g23 + c)), g);
    SkewNormal s;
    s.shape = delta / std::sqrt(1.0 - delta * delta);
    s.scale = sd / std::sqrt(1.0 - 2.0 * delta * delta / kPi);
    s.location = m - s.scale * delta * std::sqrt(2.0 / kPi);
    return s;
}

double meanNegLogLikelihood(const std::vector<double>& x, double location, double logScale, double shape)
{
    const double scale = std::exp(logScale);
    double sum = 0.0;
    for (const double v : x) {
        const double z = (v - location) / scale;
        sum += -0.5 * z * z + logNormalCdf(shape * z);
    }
    // log 2 - log scale - log sqrt(2 pi) per value, then the sum.
    const double perValue = std::log(2.0) - logScale - 0.5 * std::log(2.0 * kPi);
    return -(perValue + sum / double(x.size()));
}

/// Nelder-Mead (reflection 1, expansion 2, contraction 1/2, shrink 1/2) on three parameters.
std::array<double, 3> nelderMead(const std::function<double(const std::array<double, 3>&)>& f,
                                 std::array<double, 3> start, const std::array<double, 3>& step)
{
    std::array<std::array<double, 3>, 4> p{};
    std::array<double, 4> v{};
    for (int i = 0; i < 4; ++i) {
        p[std::size_t(i)] = start;
        if (i > 0) p[std::size_t(i)][std::size_t(i - 1)] += step[std::size_t(i - 1)];
        v[std::size_t(i)] = f(p[std::size_t(i)]);
    }
    for (int iteration = 0; iteration < 2000; ++iteration) {
        std::array<int, 4> order{0, 1, 2, 3};
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return v[std::size_t(a)] < v[std::size_t(b)]; });
        std::array<std::array<double, 3>, 4> ps{};
        std::array<double, 4> vs{};
        for (int i = 0; i < 4; ++i) {
            ps[std::size_t(i)] = p[std::size_t(order[std::size_t(i)])];
            vs[std::size_t(i)] = v[std::size_t(order[std::size_t(i)])];
        }
        p = ps;
        v = vs;
        double size = 0.0;
        for (int i = 1; i < 4; ++i)
            for (int d = 0; d < 3; ++d)
                size = std::max(size, std::abs(p[std::size_t(i)][std::size_t(d)] - p[0][std::size_t(d)]));
        if (v[3] - v[0] < 1e-10 && size < 1e-6) break;
        std::array<double, 3> centroid{};
        for (int i = 0; i < 3; ++i)
            for (int d = 0; d < 3; ++d)
                centroid[std::size_t(d)] += p[std::size_t(i)][std::size_t(d)] / 3.0;
        const auto along = [&](double t) {
            std::array<double, 3> q{};
            for (int d = 0; d < 3; ++d)
                q[std::size_t(d)] =
                    centroid[std::size_t(d)] + t * (p[3][std::size_t(d)] - centroid[std::size_t(d)]);
            return q;
        };
        const auto reflected = along(-1.0);
        const double fr = f(reflected);
        if (fr < v[0]) {
            const auto expanded = along(-2.0);
            const double fe = f(expanded);
            if (fe < fr) {
                p[3] = expanded;
                v[3] = fe;
            } else {
                p[3] = reflected;
                v[3] = fr;
            }
        } else if (fr < v[2]) {
            p[3] = reflected;
            v[3] = fr;
        } else {
            const bool outside = fr < v[3];
            const auto contracted = along(outside ? -0.5 : 0.5);
            const double fc = f(contracted);
            if (fc < (outside ? fr : v[3])) {
                p[3] = contracted;
                v[3] = fc;
            } else {
                for (int i = 1; i < 4; ++i) {
                    for (int d = 0; d < 3; ++d)
                        p[std::size_t(i)][std::size_t(d)] =
                            p[0][std::size_t(d)] +
                            0.5 * (p[std::size_t(i)][std::size_t(d)] - p[0][std::size_t(d)]);
                    v[std::size_t(i)] = f(p[std::size_t(i)]);
                }
            }
        }
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < 4; ++i)
        if (v[i] < v[best]) best = i;
    return p[best];
}

} // namespace

double SkewNormal::cdf(double x) const
{
    const boost::math::skew_normal_distribution<double> d(location, scale, shape);
    return std::clamp(boost::math::cdf(d, x), 0.0, 1.0);
}

double SkewNormal::logPdf(double x) const
{
    const double z = (x - location) / scale;
    return std::log(2.0) - std::log(scale) - 0.5 * std::log(2.0 * kPi) - 0.5 * z * z +
           logNormalCdf(shape * z);
}

SkewNormal fitSkewNormal(const std::vector<double>& x)
{
    SkewNormal s;
    s.location = mean(x);
    s.scale = std::max(sampleSd(x), 1e-12);
    if (x.size() < 3 || !(sampleSd(x) > 0.0)) return s;
    const SkewNormal start = momentsStart(x);
    // Data more skewed than any skew-normal (losses piled at 0) drive the likelihood's shape to infinity,
    // the half-normal limit; |shape| is held at kMaxShape (delta = 0.9998), which is that limit in practice.
    const auto objective = [&x](const std::array<double, 3>& p) {
        if (std::abs(p[2]) > kMaxShape) return 1e300;
        const double value = meanNegLogLikelihood(x, p[0], p[1], p[2]);
        return std::isfinite(value) ? value : 1e300;
    };
    const std::array<double, 3> best = nelderMead(
        objective, {start.location, std::log(start.scale), std::clamp(start.shape, -kMaxShape, kMaxShape)},
        {0.25 * start.scale, 0.2, std::max(0.5, 0.25 * std::abs(start.shape))});
    s.location = best[0];
    s.scale = std::exp(best[1]);
    s.shape = best[2];
    return s;
}

ExposureReference::ExposureReference(std::vector<double> referenceLosses, bool logScale)
    : m_sorted(std::move(referenceLosses)), m_log(logScale)
{
    std::sort(m_sorted.begin(), m_sorted.end());
    std::vector<double> values(m_sorted.size());
    std::transform(m_sorted.begin(), m_sorted.end(), values.begin(), [this](double v) { return fitted(v); });
    m_fit = fitSkewNormal(values);
    const double n = double(m_sorted.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double f = m_fit.cdf(values[i]);
        m_fitDistance =
            std::max({m_fitDistance, std::abs(f - double(i) / n), std::abs(double(i + 1) / n - f)});
    }
}

double ExposureReference::interpolated(double loss) const
{
    const auto atOrBelow = std::upper_bound(m_sorted.begin(), m_sorted.end(), loss) - m_sorted.begin();
    const double rank = 1.0 + double(atOrBelow);
    return std::log2(double(m_sorted.size())) - std::log2(rank);
}

double ExposureReference::fitted(double loss) const
{
    // A loss of exactly 0 (a probability that rounded to 1) sits at the smallest positive double's log.
    return m_log ? std::log(std::max(loss, std::numeric_limits<double>::min())) : loss;
}

double ExposureReference::extrapolated(double loss) const
{
    const double f = m_fit.cdf(fitted(loss));
    return f > 0.0 ? std::min(-std::log2(f), kMaxExtrapolatedBits) : kMaxExtrapolatedBits;
}

double chanceExposure(std::size_t references)
{
    const double n = double(references);
    return std::log2(n) - std::lgamma(n + 2.0) / std::log(2.0) / (n + 1.0);
}

ExposureLevel exposureLevel(int repetitions, std::vector<double> losses, const ExposureReference& reference,
                            int bootstrap, std::uint64_t seed)
{
    ExposureLevel l;
    l.repetitions = repetitions;
    l.losses = std::move(losses);
    for (const double loss : l.losses) {
        l.interpolated.push_back(reference.interpolated(loss));
        l.extrapolated.push_back(reference.extrapolated(loss));
    }
    l.meanInterpolated = mean(l.interpolated);
    l.sdInterpolated = sampleSd(l.interpolated);
    l.meanExtrapolated = mean(l.extrapolated);
    l.sdExtrapolated = sampleSd(l.extrapolated);
    const std::size_t n = l.interpolated.size();
    if (bootstrap > 0 && n > 1) {
        std::mt19937_64 rng(seed ^ (0xE7905E5ULL + std::uint64_t(repetitions)));
        std::uniform_int_distribution<std::size_t> pick(0, n - 1);
        std::vector<double> means(static_cast<std::size_t>(bootstrap));
        for (double& m : means) {
            double s = 0.0;
            for (std::size_t i = 0; i < n; ++i)
                s += l.interpolated[pick(rng)];
            m = s / double(n);
        }
        std::sort(means.begin(), means.end());
        const auto at = [&](double q) {
            return means[std::min(means.size() - 1, std::size_t(q * double(means.size() - 1) + 0.5))];
        };
        l.low = at(0.025);
        l.high = at(0.975);
        l.hasInterval = true;
    }
    return l;
}

namespace {

QJsonArray numbers(const std::vector<double>& v)
{
    QJsonArray a;
    for (const double x : v)
        a.append(x);
    return a;
}

std::vector<double> readNumbers(const QJsonValue& v)
{
    std::vector<double> out;
    for (const QJsonValue& x : v.toArray())
        out.push_back(x.toDouble());
    return out;
}

} // namespace

QJsonObject ExposureLevel::toJson() const
{
    QJsonObject o{{QStringLiteral("repetitions"), repetitions},
                  {QStringLiteral("canaries"), qint64(losses.size())},
                  {QStringLiteral("exposure"), meanInterpolated},
                  {QStringLiteral("exposure_sd"), sdInterpolated},
                  {QStringLiteral("exposure_extrapolated"), meanExtrapolated},
                  {QStringLiteral("exposure_extrapolated_sd"), sdExtrapolated},
                  {QStringLiteral("loss_bits"), numbers(losses)},
                  {QStringLiteral("exposures"), numbers(interpolated)},
                  {QStringLiteral("exposures_extrapolated"), numbers(extrapolated)}};
    if (hasInterval) o.insert(QStringLiteral("ci95"), QJsonArray{low, high});
    return o;
}

ExposureLevel ExposureLevel::fromJson(const QJsonObject& json)
{
    ExposureLevel l;
    l.repetitions = json.value(QStringLiteral("repetitions")).toInt();
    l.meanInterpolated = json.value(QStringLiteral("exposure")).toDouble();
    l.sdInterpolated = json.value(QStringLiteral("exposure_sd")).toDouble();
    l.meanExtrapolated = json.value(QStringLiteral("exposure_extrapolated")).toDouble();
    l.sdExtrapolated = json.value(QStringLiteral("exposure_extrapolated_sd")).toDouble();
    l.losses = readNumbers(json.value(QStringLiteral("loss_bits")));
    l.interpolated = readNumbers(json.value(QStringLiteral("exposures")));
    l.extrapolated = readNumbers(json.value(QStringLiteral("exposures_extrapolated")));
    const QJsonArray ci = json.value(QStringLiteral("ci95")).toArray();
    l.hasInterval = ci.size() == 2;
    if (l.hasInterval) {
        l.low = ci.at(0).toDouble();
        l.high = ci.at(1).toDouble();
    }
    return l;
}

} // namespace privaudit::metrics
