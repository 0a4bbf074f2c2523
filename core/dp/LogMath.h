#pragma once

#include <cmath>
#include <limits>

/// Numerically stable primitives for the accountants (float64, log space).
namespace privaudit::dp::logmath {

inline constexpr double kInf = std::numeric_limits<double>::infinity();
inline constexpr double kSqrt2 = 1.41421356237309504880;

/// log(exp(a) + exp(b)); -inf is the identity.
inline double logAdd(double a, double b)
{
    if (a == -kInf) return b;
    if (b == -kInf) return a;
    const double m = a > b ? a : b;
    return m + std::log1p(std::exp(-std::fabs(a - b)));
}

/// log(exp(a) - exp(b)) for a >= b; -inf when a == b (or when rounding makes a < b).
inline double logSub(double a, double b)
{
    if (b == -kInf) return a;
    if (a <= b) return -kInf;
    return a + std::log1p(-std::exp(b - a));
}

/// log(erfc(x)), accurate where erfc underflows (asymptotic series for large x).
inline double logErfc(double x)
{
    if (x < 20.0) return std::log(std::erfc(x));
    const double r2 = 1.0 / (x * x);
    return -x * x - std::log(x) - 0.5 * std::log(M_PI) +
           std::log1p(r2 * (-0.5 + r2 * (0.75 + r2 * (-1.875 + r2 * 6.5625))));
}

/// Standard normal CDF and survival function, accurate in both tails.
inline double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / kSqrt2);
}
inline double normalSf(double x)
{
    return 0.5 * std::erfc(x / kSqrt2);
}
inline double logNormalCdf(double x)
{
    return std::log(0.5) + logErfc(-x / kSqrt2);
}

} // namespace privaudit::dp::logmath
