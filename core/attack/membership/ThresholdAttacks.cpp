// Threshold attacks (Yeom et al. 2018; Song & Mittal 2021): the target's own output on a record, with
// one global threshold. They run on any outputs, including a predictions file.
#include "attack/membership/MembershipAttack.h"

namespace privaudit::attack {

AttackScores MembershipInference::thresholdAttack(const QString& name, const Eigen::MatrixXf& logits,
                                                  const std::vector<std::int64_t>& labels,
                                                  const std::vector<bool>& members,
                                                  const std::vector<std::int64_t>& rowIds)
{
    const auto start = membership::Clock::now();
    Signal signal = Signal::Loss;
    if (name == QLatin1String("confidence"))
        signal = Signal::Confidence;
    else if (name == QLatin1String("entropy"))
        signal = Signal::Entropy;
    else if (name == QLatin1String("modified-entropy"))
        signal = Signal::ModifiedEntropy;
    AttackScores a;
    a.attack = name;
    a.variant = tr("global threshold");
    a.records.scores = membershipSignal(logits, labels, signal);
    a.records.members = members;
    a.rowIds = rowIds;
    a.seconds = membership::secondsSince(start);
    return a;
}

namespace membership {

namespace {

Expected<AttackScores> threshold(const char* name, const MembershipContext& c)
{
    return MembershipInference::thresholdAttack(QLatin1String(name), c.targetLogits, c.candidateRows.labels,
                                                c.isMember, c.candidates);
}

} // namespace

Expected<AttackScores> thresholdLoss(const MembershipContext& c)
{
    return threshold("loss", c);
}

Expected<AttackScores> thresholdConfidence(const MembershipContext& c)
{
    return threshold("confidence", c);
}

Expected<AttackScores> thresholdEntropy(const MembershipContext& c)
{
    return threshold("entropy", c);
}

Expected<AttackScores> thresholdModifiedEntropy(const MembershipContext& c)
{
    return threshold("modified-entropy", c);
}

} // namespace membership

} // namespace privaudit::attack
