// Label-only membership inference (Choquette-Choo et al. 2021), noise robustness: members tend to keep
// their label under small perturbations. Score = how many of N Gaussian perturbations of the
// (standardised) input the target still labels correctly; only the target's labels are used.
#include "attack/membership/MembershipAttack.h"

#include <random>

namespace privaudit::attack::membership {

Expected<AttackScores> labelOnly(const MembershipContext& c)
{
    const auto start = Clock::now();
    constexpr int kPerturbations = 32;
    constexpr double kNoise = 0.25;
    std::mt19937_64 rng(c.config.seed ^ 0x1ABE1ULL);
    std::normal_distribution<float> normal(0.0f, float(kNoise));
    AttackScores a;
    a.attack = QStringLiteral("label-only");
    a.variant = QCoreApplication::translate("privaudit::attack::MembershipInference",
                                            "noise robustness, %1 queries, sigma %2")
                    .arg(kPerturbations)
                    .arg(kNoise);
    a.records.scores.assign(c.candidates.size(), 0.0);
    for (int t = 0; t < kPerturbations; ++t) {
        data::FeatureMatrix noisy = c.candidateRows.features;
        for (Eigen::Index i = 0; i < noisy.size(); ++i)
            noisy.data()[i] += normal(rng);
        const Eigen::MatrixXf logits = c.queryTarget(noisy);
        for (Eigen::Index i = 0; i < logits.rows(); ++i) {
            Eigen::Index best = 0;
            logits.row(i).maxCoeff(&best);
            if (best == c.candidateRows.labels[std::size_t(i)]) a.records.scores[std::size_t(i)] += 1.0;
        }
    }
    a.records.members = c.isMember;
    a.rowIds = c.candidates;
    a.seconds = secondsSince(start);
    return a;
}

} // namespace privaudit::attack::membership
