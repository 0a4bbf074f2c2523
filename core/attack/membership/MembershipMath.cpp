#include "attack/membership/MembershipAttack.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace privaudit::attack {

namespace membership {

double secondsSince(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

/// softplus(x) = log(1 + e^x) without overflow for large x or loss of precision for very negative x.
double softplus(double x)
{
    return x > 0.0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x));
}

/// Per-row log-softmax in double precision: log p_j = (z_j - m) - log1p(sum over j != argmax of
/// exp(z_j - m)), so log p of the top class keeps its value (about -e^-margin) instead of rounding to 0
/// once the margin passes about 37, as z_j - (m + log(1 + tiny)) does.
std::vector<double> logSoftmaxRow(const Eigen::MatrixXf& logits, Eigen::Index row)
{
    const Eigen::Index c = logits.cols();
    Eigen::Index top = 0;
    for (Eigen::Index j = 1; j < c; ++j)
        if (double(logits(row, j)) > double(logits(row, top))) top = j;
    const double m = double(logits(row, top));
    double rest = 0.0;
    for (Eigen::Index j = 0; j < c; ++j)
        if (j != top) rest += std::exp(double(logits(row, j)) - m);
    // (z_j - m) - log1p(rest), not z_j - (m + log1p(rest)): m + 1e-22 would round back to m.
    const double logRest = std::log1p(rest);
    std::vector<double> out(static_cast<std::size_t>(c));
    for (Eigen::Index j = 0; j < c; ++j)
        out[std::size_t(j)] = (double(logits(row, j)) - m) - logRest;
    return out;
}

/// phi = z_y - LSE_{j != y} z_j = log(p_y / (1 - p_y)), exact for any margin. p_y = sigmoid(phi), so
/// log p_y = -softplus(-phi) and log(1 - p_y) = -softplus(phi), both without cancellation.
double logitScaledConfidence(const Eigen::MatrixXf& logits, Eigen::Index row, Eigen::Index y)
{
    double m = -std::numeric_limits<double>::infinity();
    for (Eigen::Index j = 0; j < logits.cols(); ++j)
        if (j != y) m = std::max(m, double(logits(row, j)));
    double s = 0.0;
    for (Eigen::Index j = 0; j < logits.cols(); ++j)
        if (j != y) s += std::exp(double(logits(row, j)) - m);
    return double(logits(row, y)) - (m + std::log(s));
}

/// log(1 - p) from log p, accurate for p near 0 (log1p) and near 1 (expm1).
double log1mExp(double logP)
{
    return logP < -M_LN2 ? std::log1p(-std::exp(logP)) : std::log(-std::expm1(logP));
}

double median(std::vector<double> v)
{
    if (v.empty()) return std::nan("");
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(mid), v.end());
    if (v.size() % 2 == 1) return v[mid];
    const double upper = v[mid];
    const double lower = *std::max_element(v.begin(), v.begin() + std::ptrdiff_t(mid));
    return 0.5 * (lower + upper);
}

double populationStd(const std::vector<double>& v)
{
    if (v.empty()) return 0.0;
    const double mean = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    double ss = 0.0;
    for (double x : v)
        ss += (x - mean) * (x - mean);
    return std::sqrt(ss / double(v.size()));
}

double logNormalPdf(double x, double mean, double sd)
{
    const double z = (x - mean) / sd;
    return -0.5 * z * z - std::log(sd) - 0.5 * std::log(2.0 * M_PI);
}

double logNormalCdf(double x)
{
    // log Phi(x), accurate in the lower tail.
    if (x > -20.0) return std::log(0.5 * std::erfc(-x / std::sqrt(2.0)));
    return -0.5 * x * x - std::log(-x) - 0.5 * std::log(2.0 * M_PI);
}

} // namespace membership

std::vector<double> membershipSignal(const Eigen::MatrixXf& logits, const std::vector<std::int64_t>& labels,
                                     Signal signal)
{
    using namespace membership;
    std::vector<double> out(labels.size());
    for (Eigen::Index i = 0; i < logits.rows(); ++i) {
        const auto y = static_cast<std::size_t>(labels[std::size_t(i)]);
        double v = 0.0;
        switch (signal) {
        case Signal::Loss:
            v = -softplus(-logitScaledConfidence(logits, i, Eigen::Index(y)));
            break;
        case Signal::Confidence:
        case Signal::LogitScaledConfidence:
            v = logitScaledConfidence(logits, i, Eigen::Index(y));
            break;
        case Signal::Entropy:
            for (double lp : logSoftmaxRow(logits, i))
                v += std::exp(lp) * lp;
            break;
        case Signal::ModifiedEntropy: {
            // Song & Mittal: Mentr = -(1 - p_y) log p_y - sum_{j != y} p_j log(1 - p_j).
            const std::vector<double> logp = logSoftmaxRow(logits, i);
            const double phi = logitScaledConfidence(logits, i, Eigen::Index(y));
            double mentr = std::exp(-softplus(phi)) * softplus(-phi);
            for (std::size_t j = 0; j < logp.size(); ++j)
                if (j != y) mentr -= std::exp(logp[j]) * log1mExp(logp[j]);
            v = -mentr;
            break;
        }
        }
        out[std::size_t(i)] = v;
    }
    return out;
}

} // namespace privaudit::attack
