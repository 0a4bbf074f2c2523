#include "governance/PopulationUniqueness.h"

#include <array>
#include <boost/math/special_functions/digamma.hpp>
#include <boost/math/special_functions/trigamma.hpp>
#include <cmath>
#include <limits>
#include <QCoreApplication>

namespace privaudit::governance {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double classesOfSize(const ClassSizeHistogram& h, std::int64_t size)
{
    const auto it = h.find(size);
    return it == h.end() ? 0.0 : double(it->second);
}

double classCount(const ClassSizeHistogram& h)
{
    double u = 0.0;
    for (const auto& [size, count] : h)
        u += double(count);
    return u;
}

bool valid(double uniques, double populationSize)
{
    return std::isfinite(uniques) && uniques > 0.0 && uniques <= populationSize;
}

/// log P(X = 1) for X ~ Hypergeometric(population N, successes K, draws n): K C(N-K, n-1) / C(N, n).
double logHypergeometricOne(double N, double K, double n)
{
    if (K > N - n + 1) return -std::numeric_limits<double>::infinity(); // the other n-1 draws cannot miss K
    auto logChoose = [](double a, double b) {
        return std::lgamma(a + 1) - std::lgamma(b + 1) - std::lgamma(a - b + 1);
    };
    return std::log(K) + logChoose(N - K, n - 1) - logChoose(N, n);
}

/// Solves F(x) = 0 in two unknowns by Newton's method with a step halved until |F| decreases.
/// @p f writes the residual and, when @p jacobian is not null, its 2x2 Jacobian (row-major).
template <typename Function, typename Domain>
bool newton2(Function f, std::array<double, 2>& x, Domain inside, int iterations = 200)
{
    std::array<double, 2> r{};
    std::array<double, 4> j{};
    f(x, r, &j);
    auto norm = [](const std::array<double, 2>& v) { return std::hypot(v[0], v[1]); };
    for (int it = 0; it < iterations; ++it) {
        if (!std::isfinite(r[0]) || !std::isfinite(r[1])) return false;
        if (norm(r) < 1e-10) return true;
        const double det = j[0] * j[3] - j[1] * j[2];
        if (!std::isfinite(det) || det == 0.0) return false;
        const std::array<double, 2> step{(j[3] * r[0] - j[1] * r[1]) / det,
                                         (-j[2] * r[0] + j[0] * r[1]) / det};
        double t = 1.0;
        bool improved = false;
        for (int halving = 0; halving < 40; ++halving, t *= 0.5) {
            std::array<double, 2> candidate{x[0] - t * step[0], x[1] - t * step[1]};
            if (!inside(candidate)) continue;
            std::array<double, 2> rc{};
            f(candidate, rc, nullptr);
            if (std::isfinite(rc[0]) && std::isfinite(rc[1]) && norm(rc) < norm(r)) {
                x = candidate;
                improved = true;
                break;
            }
        }
        if (!improved) return norm(r) < 1e-6;
        f(x, r, &j);
    }
    return norm(r) < 1e-6;
}

} // namespace

QString uniquenessModelId(UniquenessModel model)
{
    switch (model) {
    case UniquenessModel::Pitman:
        return QStringLiteral("pitman");
    case UniquenessModel::Zayatz:
        return QStringLiteral("zayatz");
    case UniquenessModel::Snb:
        return QStringLiteral("snb");
    case UniquenessModel::None:
        break;
    }
    return QStringLiteral("none");
}

QString uniquenessModelTitle(UniquenessModel model)
{
    switch (model) {
    case UniquenessModel::Pitman:
        return QStringLiteral("Pitman");
    case UniquenessModel::Zayatz:
        return QStringLiteral("Zayatz");
    case UniquenessModel::Snb:
        return QStringLiteral("SNB");
    case UniquenessModel::None:
        break;
    }
    return QCoreApplication::translate("privaudit::governance::PopulationUniqueness", "none");
}

double PopulationUniqueness::zayatzUniques(const ClassSizeHistogram& h, double n, double N)
{
    // Zayatz (1991): P(population unique | sample unique), with the sample's class sizes standing in for
    // the population's, then the sample uniques scaled by 1 / sampling fraction.
    const double c1 = classesOfSize(h, 1);
    const double u = classCount(h);
    if (c1 == 0.0) return 0.0;
    double denominator = 0.0;
    for (const auto& [size, count] : h)
        denominator += double(count) / u * std::exp(logHypergeometricOne(N, double(size), n));
    const double conditional = c1 / u * std::exp(logHypergeometricOne(N, 1.0, n)) / denominator;
    return c1 * conditional / (n / N);
}

/// sum_{i=1}^{u-1} 1/(t+ia) and sum 1/(t+ia)^2 by digamma and trigamma functions with positive
/// arguments for either sign of a (a < 0 is Pitman's finite-population case, theta = -m alpha).
double inverseSum(double t, double a, double u)
{
    using boost::math::digamma;
    if (a > 0.0) return (digamma(t / a + u) - digamma(t / a + 1.0)) / a;
    const double m = -t / a;
    return (digamma(m) - digamma(m - u + 1.0)) / -a;
}

double inverseSquareSum(double t, double a, double u)
{
    using boost::math::trigamma;
    if (a > 0.0) return (trigamma(t / a + 1.0) - trigamma(t / a + u)) / (a * a);
    const double m = -t / a;
    return (trigamma(m - u + 1.0) - trigamma(m)) / (a * a);
}

double PopulationUniqueness::pitmanUniques(const ClassSizeHistogram& h, double n, double N)
{
    using boost::math::digamma;
    using boost::math::trigamma;
    const double c1 = classesOfSize(h, 1);
    if (c1 == 0.0) return 0.0;
    double c2 = classesOfSize(h, 2);
    const double u = classCount(h);
    // Hoshino's (2001) maximum-likelihood equations of the Pitman model for theta (t) and alpha (a):
    //   sum_{i<u} 1/(t+ia) = sum_{i<n} 1/(t+i)
    //   sum_{i<u} i/(t+ia) = sum_{classes of size k>1} sum_{j<k} 1/(j-a)
    // the sums written with digamma functions, the Jacobian with trigamma functions. alpha may be
    // negative (a finite number of population classes); every t + ia must stay positive.
    auto inside = [u](const std::array<double, 2>& x) {
        const double t = x[0];
        const double a = x[1];
        return a < 1.0 && a != 0.0 && t + a > 0.0 && t + (u - 1.0) * a > 0.0;
    };
    auto f = [&](const std::array<double, 2>& x, std::array<double, 2>& r, std::array<double, 4>* j) {
        const double t = x[0];
        const double a = x[1];
        const double o1 = inverseSum(t, a, u);
        const double o2 = digamma(n + t) - digamma(t + 1.0);
        const double o3 = (u - 1.0) / a - t / a * o1;
        double o4 = 0.0;
        double d4 = 0.0;
        for (const auto& [size, count] : h) {
            if (size == 1) continue;
            o4 += double(count) * (digamma(double(size) - a) - digamma(1.0 - a));
            if (j) d4 += double(count) * (trigamma(1.0 - a) - trigamma(double(size) - a));
        }
        r = {o1 - o2, o3 - o4};
        if (!j) return;
        const double s1 = inverseSquareSum(t, a, u);                               // sum 1/(t+ia)^2
        const double s2 = trigamma(t + 1.0) - trigamma(n + t);                     // sum 1/(t+i)^2
        const double s3 = (o1 - t * s1) / a;                                       // sum i/(t+ia)^2
        const double s4 = ((u - 1.0) / a - 2.0 * t / a * o1 + t * t / a * s1) / a; // sum i^2/(t+ia)^2
        *j = {-s1 + s2, -s3, -s3, -s4 - d4};
    };
    // ARX's starting point (moment-style guesses), else a neutral one.
    c2 = c2 != 0.0 ? c2 : 1.0;
    const double c = c1 * (c1 - 1.0) / c2;
    const double t0 = (n * u * c - c1 * (n - 1.0) * (2.0 * u + c)) / (2.0 * c1 * u + c1 * c - n * c);
    const double a0 = (t0 * (c1 - n) + (n - 1.0) * c1) / (n * u);
    std::array<double, 2> x{t0, a0};
    if (!std::isfinite(t0) || !std::isfinite(a0) || !inside(x)) x = {1.0, 0.5};
    if (!newton2(f, x, inside)) return kNaN;
    const double t = x[0];
    const double a = x[1];
    // Expected population uniques: Gamma(t+1)/Gamma(t+a) N^a.
    return std::exp(std::lgamma(t + 1.0) - std::lgamma(t + a) + a * std::log(N));
}

double PopulationUniqueness::snbUniques(const ClassSizeHistogram& h, double n, double N)
{
    const double c1 = classesOfSize(h, 1);
    if (c1 == 0.0) return 0.0;
    const double c2 = classesOfSize(h, 2);
    const double u = classCount(h);
    const double f = n / N;
    if (f >= 1.0) return c1;
    // K, the number of non-empty population classes: Haas & Stokes's Shlosser estimator (their D_Sh3).
    // ARX writes the second sum as sum(n_i (1-f)^i (1+f)^i - 1); the estimator has n_i (1-f)^i ((1+f)^i - 1).
    double s1 = 0.0, s2 = 0.0, s3 = 0.0, s4 = 0.0;
    for (const auto& [size, count] : h) {
        const double i = double(size);
        const double ni = double(count);
        s1 += i * f * f * std::pow(1.0 - f * f, i - 1.0) * ni;
        s2 += std::pow(1.0 - f, i) * (std::pow(1.0 + f, i) - 1.0) * ni;
        s3 += std::pow(1.0 - f, i) * ni;
        s4 += i * f * std::pow(1.0 - f, i - 1.0) * ni;
    }
    const double K = u + c1 * (s1 / s2) * (s3 / s4) * (s3 / s4);
    // Population class sizes 1 + NegBin(alpha, beta), Bernoulli sampling at f: the expected numbers of
    // sample classes of sizes 1 and 2 (derived in the test) equal the observed c1 and c2. ARX multiplies
    // the second by (1-d)^(alpha+2) where the model divides by it.
    auto expected = [&](double a, double b, double& e1, double& e2) {
        const double d = (1.0 - f) * (1.0 - b);
        e1 = K * f * std::pow(b / (1.0 - d), a) * (a * d / (1.0 - d) + 1.0);
        e2 = K * a * std::pow(b, a) * f * f * (1.0 - b) * (2.0 - (1.0 - a) * d) /
             (2.0 * std::pow(1.0 - d, a + 2.0));
    };
    // Relative residuals in log(alpha), logit(beta): scale-free and inside the domain.
    auto residual = [&](const std::array<double, 2>& x) {
        double e1 = 0, e2 = 0;
        expected(std::exp(x[0]), 1.0 / (1.0 + std::exp(-x[1])), e1, e2);
        return std::array<double, 2>{e1 / c1 - 1.0, c2 > 0 ? e2 / c2 - 1.0 : e2 / u};
    };
    auto F = [&](const std::array<double, 2>& x, std::array<double, 2>& r, std::array<double, 4>* j) {
        r = residual(x);
        if (!j) return;
        for (std::size_t k = 0; k < 2; ++k) { // central differences
            const double step = 1e-6;
            std::array<double, 2> up = x, down = x;
            up[k] += step;
            down[k] -= step;
            const auto ru = residual(up);
            const auto rd = residual(down);
            (*j)[k] = (ru[0] - rd[0]) / (2 * step);
            (*j)[2 + k] = (ru[1] - rd[1]) / (2 * step);
        }
    };
    // Several starting points: the equations have no closed-form start and Newton's basin is small.
    static constexpr std::array<double, 5> alphas{0.05, 0.3, 1.0, 3.0, 10.0};
    static constexpr std::array<double, 5> betas{0.001, 0.01, 0.1, 0.5, 0.9};
    for (double a0 : alphas)
        for (double b0 : betas) {
            std::array<double, 2> x{std::log(a0), std::log(b0 / (1.0 - b0))};
            if (!newton2(F, x, [](const std::array<double, 2>& v) {
                    return std::isfinite(v[0]) && std::isfinite(v[1]);
                }))
                continue;
            const double a = std::exp(x[0]);
            const double b = 1.0 / (1.0 + std::exp(-x[1]));
            const double uniques = K * std::pow(b, a); // K P(population class size 1)
            if (valid(uniques, N)) return uniques;
        }
    return kNaN;
}

PopulationUniqueness PopulationUniqueness::estimate(const ClassSizeHistogram& h, double n, double N)
{
    PopulationUniqueness out;
    if (classesOfSize(h, 1) == 0.0) return out; // no sample uniques: no population uniques estimated
    out.zayatz = zayatzUniques(h, n, N);
    out.pitman = pitmanUniques(h, n, N);
    out.snb = snbUniques(h, n, N);
    const double f = n / N;
    if (f <= 0.1) {
        if (valid(out.pitman, N)) {
            out.dankar = out.pitman;
            out.dankarModel = UniquenessModel::Pitman;
        } else {
            out.dankar = out.zayatz;
            out.dankarModel = UniquenessModel::Zayatz;
        }
    } else if (valid(out.snb, N) && out.snb <= out.zayatz) {
        out.dankar = out.snb;
        out.dankarModel = UniquenessModel::Snb;
    } else {
        out.dankar = out.zayatz;
        out.dankarModel = UniquenessModel::Zayatz;
    }
    return out;
}

} // namespace privaudit::governance
