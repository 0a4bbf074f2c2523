// RMIA (Zarifzadeh et al. 2024): the target's likelihood ratio of a record against the reference models'
// marginal, compared with the same ratio on population records z.
#include "attack/membership/MembershipAttack.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace privaudit::attack::membership {

Expected<AttackScores> rmia(const MembershipContext& c)
{
    const auto start = Clock::now();
    const ReferenceModels& refs = *c.references;
    const int K = refs.count;
    const std::size_t n = c.candidates.size();
    const MiaConfig& config = c.config;
    const std::size_t zCount = std::size_t(c.populationRows.features.rows());
    const std::vector<double> targetPhi =
        membershipSignal(c.targetLogits, c.candidateRows.labels, Signal::LogitScaledConfidence);
    AttackScores a;
    a.attack = QStringLiteral("rmia");
    a.variant = config.liraOnline
                    ? QCoreApplication::translate("privaudit::attack::MembershipInference", "online, gamma 1")
                    : QCoreApplication::translate("privaudit::attack::MembershipInference",
                                                  "offline, a = %1, gamma 1")
                          .arg(config.rmiaOfflineA);
    // In the log domain throughout: p_y = sigmoid(phi), so log p_y = -softplus(-phi) and
    // 1 - p_y = exp(-softplus(phi)) keep their precision when every model is sure (p_y -> 1), where
    // the ratio p_target / p_reference of probabilities rounds to exactly 1 for every record.
    const double a1 = config.rmiaOfflineA;
    // log Pr(x) = log of the marginal over reference models: the mean of p_y (online), or
    // offline (1 + a)/2 mean_OUT p_y + (1 - a)/2 = 1 - (1 + a)/2 mean_OUT (1 - p_y).
    auto logMarginal = [&](const std::vector<double>& phis) {
        if (phis.empty()) return 0.0;
        if (config.liraOnline) {
            double m = -std::numeric_limits<double>::infinity();
            for (double phi : phis)
                m = std::max(m, -softplus(-phi));
            double sum = 0.0;
            for (double phi : phis)
                sum += std::exp(-softplus(-phi) - m);
            return m + std::log(sum / double(phis.size()));
        }
        double meanComplement = 0.0;
        for (double phi : phis)
            meanComplement += std::exp(-softplus(phi));
        meanComplement /= double(phis.size());
        return std::log1p(-0.5 * (1.0 + a1) * meanComplement);
    };
    // Population z: non-members of the target and OUT for every reference model.
    std::vector<double> logRatioZ;
    if (zCount > 0) {
        const std::vector<double> phiZ = membershipSignal(
            c.queryTarget(c.populationRows.features), c.populationRows.labels, Signal::LogitScaledConfidence);
        std::vector<double> phis(static_cast<std::size_t>(K));
        for (std::size_t z = 0; z < zCount; ++z) {
            for (int k = 0; k < K; ++k)
                phis[std::size_t(k)] = refs.outputs[std::size_t(k)].populationPhi[z];
            logRatioZ.push_back(-softplus(-phiZ[z]) - logMarginal(phis));
        }
        std::sort(logRatioZ.begin(), logRatioZ.end());
    }
    a.records.scores.resize(n);
    std::vector<double> all, outOnly;
    for (std::size_t j = 0; j < n; ++j) {
        all.clear();
        outOnly.clear();
        for (int k = 0; k < K; ++k) {
            const double phi = refs.outputs[std::size_t(k)].candidatePhi[j];
            all.push_back(phi);
            if (!refs.keep[std::size_t(k)][j]) outOnly.push_back(phi);
        }
        const double logPx = logMarginal(config.liraOnline || outOnly.empty() ? all : outOnly);
        const double logRx = -softplus(-targetPhi[j]) - logPx;
        // S(x) = fraction of z with LR(x, z) = r(x) / r(z) >= 1.
        const auto below = std::upper_bound(logRatioZ.begin(), logRatioZ.end(), logRx) - logRatioZ.begin();
        a.records.scores[j] = logRatioZ.empty() ? logRx : double(below) / double(logRatioZ.size());
    }
    a.records.members = c.isMember;
    a.rowIds = c.candidates;
    a.seconds = secondsSince(start) + refs.seconds;
    return a;
}

} // namespace privaudit::attack::membership
