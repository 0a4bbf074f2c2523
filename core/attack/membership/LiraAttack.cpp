// LiRA (Carlini et al. 2022): per-example Gaussians of the logit-scaled confidence of reference models
// that did (IN) and did not (OUT) train on the record; online uses both, offline only OUT.
#include "attack/membership/MembershipAttack.h"

namespace privaudit::attack::membership {

Expected<AttackScores> lira(const MembershipContext& c)
{
    const auto start = Clock::now();
    const ReferenceModels& refs = *c.references;
    const int K = refs.count;
    const std::size_t n = c.candidates.size();
    const MiaConfig& config = c.config;
    const std::vector<double> targetPhi =
        membershipSignal(c.targetLogits, c.candidateRows.labels, Signal::LogitScaledConfidence);
    auto tr = [](const char* text) {
        return QCoreApplication::translate("privaudit::attack::MembershipInference", text);
    };
    AttackScores a;
    a.attack = QStringLiteral("lira");
    a.variant =
        (config.liraOnline ? tr(QT_TRANSLATE_NOOP("privaudit::attack::MembershipInference", "online"))
                           : tr(QT_TRANSLATE_NOOP("privaudit::attack::MembershipInference", "offline"))) +
        QStringLiteral(", ") +
        (config.liraFixedVariance
             ? tr(QT_TRANSLATE_NOOP("privaudit::attack::MembershipInference", "fixed variance"))
             : tr(QT_TRANSLATE_NOOP("privaudit::attack::MembershipInference", "per-example variance")));
    std::vector<std::vector<double>> in(n), out(n);
    std::vector<double> allIn, allOut;
    for (std::size_t j = 0; j < n; ++j)
        for (int k = 0; k < K; ++k) {
            const double phi = refs.outputs[std::size_t(k)].candidatePhi[j];
            (refs.keep[std::size_t(k)][j] ? in[j] : out[j]).push_back(phi);
            (refs.keep[std::size_t(k)][j] ? allIn : allOut).push_back(phi);
        }
    // Carlini et al.'s reference: the fixed variance of the online attack is the spread of all IN
    // scores (used for IN and OUT); offline uses the spread of all OUT scores.
    const double globalIn = populationStd(allIn) + 1e-30;
    const double globalOut = populationStd(allOut) + 1e-30;
    a.records.scores.resize(n);
    for (std::size_t j = 0; j < n; ++j) {
        const double t = targetPhi[j];
        const double muOut = median(out[j]);
        if (config.liraOnline) {
            const double muIn = median(in[j]);
            const double sIn = config.liraFixedVariance ? globalIn : populationStd(in[j]) + 1e-30;
            const double sOut = config.liraFixedVariance ? globalIn : populationStd(out[j]) + 1e-30;
            a.records.scores[j] = logNormalPdf(t, muIn, sIn) - logNormalPdf(t, muOut, sOut);
        } else {
            const double sOut = config.liraFixedVariance ? globalOut : populationStd(out[j]) + 1e-30;
            a.records.scores[j] = logNormalCdf((t - muOut) / sOut); // one-sided: more confident than OUT
        }
    }
    a.records.members = c.isMember;
    a.rowIds = c.candidates;
    a.seconds = secondsSince(start) + refs.seconds;
    return a;
}

} // namespace privaudit::attack::membership
