#include "metrics/OneRunAudit.h"

#include <algorithm>
#include <boost/math/special_functions/beta.hpp>
#include <cmath>

namespace privaudit::metrics {

namespace {

/// P[Bin(n, q) >= u].
double binomialUpperTail(std::int64_t n, double q, std::int64_t u)
{
    if (u <= 0) return 1.0;
    if (u > n) return 0.0;
    return boost::math::ibeta(double(u), double(n - u + 1), q);
}

} // namespace

double oneRunPValue(std::int64_t m, std::int64_t r, std::int64_t v, double epsilon, double delta)
{
    const double q = 1.0 / (1.0 + std::exp(-epsilon)); // e^eps / (1 + e^eps), stable for large eps
    const double fv = binomialUpperTail(r, q, v);
    double worst = 0.0;
    if (delta > 0.0)
        for (std::int64_t i = 1; i <= v; ++i)
            worst = std::max(worst, (binomialUpperTail(r, q, v - i) - fv) / double(i));
    return std::min(1.0, fv + 2.0 * double(m) * delta * worst);
}

double oneRunEpsilonLowerBound(std::int64_t m, std::int64_t r, std::int64_t v, double delta, double beta)
{
    if (r <= 0 || oneRunPValue(m, r, v, 0.0, delta) > beta) return 0.0;
    double lo = 0.0, hi = 1.0;
    while (oneRunPValue(m, r, v, hi, delta) <= beta && hi < 100.0)
        hi *= 2.0;
    while (hi - lo > 1e-6) {
        const double mid = 0.5 * (lo + hi);
        (oneRunPValue(m, r, v, mid, delta) <= beta ? lo : hi) = mid;
    }
    return lo;
}

} // namespace privaudit::metrics
