// Shadow models (Shokri et al. 2017): the reference models act as shadow models whose IN/OUT records are
// known; one attack classifier per class learns IN versus OUT from the shadow model's log-probability
// vector, and is applied to the target's output for records of that class.
#include "attack/membership/MembershipAttack.h"

#include <algorithm>

namespace privaudit::attack::membership {

Expected<AttackScores> shadow(const MembershipContext& c)
{
    const auto start = Clock::now();
    const ReferenceModels& refs = *c.references;
    const int K = refs.count;
    const std::size_t n = c.candidates.size();
    AttackScores a;
    a.attack = QStringLiteral("shadow");
    a.variant = QCoreApplication::translate("privaudit::attack::MembershipInference",
                                            "%1 shadow models, one attack model per class")
                    .arg(K);
    a.records.scores.assign(n, 0.5);
    const int classes = c.encoder.classCount();
    auto logProbabilities = [&](const Eigen::MatrixXf& logits, std::size_t j, data::FeatureMatrix& row,
                                Eigen::Index r) {
        const std::vector<double> lp = logSoftmaxRow(logits, Eigen::Index(j));
        for (int k = 0; k < classes; ++k)
            row(r, k) = float(std::max(lp[std::size_t(k)], -30.0));
    };
    for (int cls = 0; cls < classes; ++cls) {
        std::vector<std::size_t> ofClass;
        for (std::size_t j = 0; j < n; ++j)
            if (c.candidateRows.labels[j] == cls) ofClass.push_back(j);
        if (ofClass.empty()) continue;
        data::FeatureMatrix x(Eigen::Index(ofClass.size()) * K, classes);
        std::vector<std::int64_t> y(std::size_t(x.rows()));
        Eigen::Index r = 0;
        for (int k = 0; k < K; ++k)
            for (std::size_t j : ofClass) {
                logProbabilities(refs.outputs[std::size_t(k)].candidateLogits, j, x, r);
                y[std::size_t(r)] = refs.keep[std::size_t(k)][j] ? 1 : 0;
                ++r;
            }
        auto attackModel = model::Classifier::create(*model::ModelSpec::parse(QStringLiteral("mlp:64")),
                                                     classes, 2, c.config.seed + std::uint64_t(cls));
        model::TrainingConfig attackTraining;
        attackTraining.epochs = 5;
        attackTraining.batchSize = 256;
        attackTraining.seed = c.config.seed + std::uint64_t(cls);
        if (!attackModel || !attackModel.value().train(x, y, attackTraining))
            return Expected<AttackScores>::failure(
                QCoreApplication::translate("privaudit::attack::MembershipInference",
                                            "Training the attack model for class %1 failed.")
                    .arg(cls));
        data::FeatureMatrix query(Eigen::Index(ofClass.size()), classes);
        for (std::size_t q = 0; q < ofClass.size(); ++q)
            logProbabilities(c.targetLogits, ofClass[q], query, Eigen::Index(q));
        const auto scored = attackModel->evaluate(query, std::vector<std::int64_t>(ofClass.size(), 1));
        // Member probability; its log-odds keep the ranking without saturating at 1.
        for (std::size_t q = 0; q < ofClass.size(); ++q)
            a.records.scores[ofClass[q]] =
                double(scored.logits(Eigen::Index(q), 1) - scored.logits(Eigen::Index(q), 0));
    }
    a.records.members = c.isMember;
    a.rowIds = c.candidates;
    a.seconds = secondsSince(start) + refs.seconds;
    return a;
}

} // namespace privaudit::attack::membership
