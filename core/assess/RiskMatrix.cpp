#include "assess/RiskMatrix.h"

#include "attack/AttackCatalogue.h"
#include "attack/attribute/AttributeInference.h"
#include "attack/inversion/MiFaceRunSummary.h"

#include <algorithm>
#include <cmath>
#include <QJsonArray>
#include <QLocale>

namespace privaudit::assess {

namespace {

constexpr const char* kContext = "privaudit::assess::RiskMatrix";

QJsonArray triple(const double (&v)[3])
{
    return QJsonArray{v[0], v[1], v[2]};
}

void readTriple(const QJsonObject& o, const char* key, double (&v)[3])
{
    const QJsonArray a = o.value(QLatin1String(key)).toArray();
    if (a.size() == 3)
        for (int k = 0; k < 3; ++k)
            v[k] = a[k].toDouble(v[k]);
}

/// How much each control lowers likelihood (first) and severity (second) for a threat at a stage.
std::pair<int, int> controlEffect(const QString& control, const QString& threat, const QString& stage)
{
    const bool deployment = stage == QLatin1String("deployment");
    if (control == QLatin1String("differential-privacy")) {
        if (threat == QLatin1String("membership-inference") || threat == QLatin1String("memorisation"))
            return {2, 0};
        if (threat == QLatin1String("attribute-inference") || threat == QLatin1String("model-inversion") ||
            threat == QLatin1String("gradient-leakage") || threat == QLatin1String("property-inference"))
            return {1, 0};
    } else if (control == QLatin1String("federated-learning")) {
        if (stage == QLatin1String("data-preparation") && threat != QLatin1String("data-poisoning"))
            return {1, 0};
    } else if (control == QLatin1String("secure-aggregation")) {
        if (threat == QLatin1String("gradient-leakage")) return {2, 0};
    } else if (control == QLatin1String("homomorphic-encryption")) {
        if (deployment &&
            (threat == QLatin1String("model-extraction") || threat == QLatin1String("model-inversion")))
            return {1, 0};
    } else if (control == QLatin1String("output-restriction")) {
        if (deployment && threat != QLatin1String("data-poisoning") &&
            threat != QLatin1String("gradient-leakage"))
            return {1, 0};
    } else if (control == QLatin1String("rate-limiting")) {
        if (deployment &&
            (threat == QLatin1String("model-extraction") || threat == QLatin1String("membership-inference") ||
             threat == QLatin1String("memorisation")))
            return {1, 0};
    } else if (control == QLatin1String("data-minimisation")) {
        if (threat != QLatin1String("data-poisoning")) return {0, 1};
    }
    return {0, 0};
}

/// The access-mode adjustment of a likelihood: +1 for published weights or full scores, -1 for
/// rate-limited label-only access unless the worst measurement already used labels only.
void applyAccessMode(Suggestion& s, const QString& accessMode, bool measuredLabelOnly)
{
    if (accessMode == QLatin1String("weights-published") || accessMode == QLatin1String("api-full-scores")) {
        if (s.level < 4)
            s.reasons.push_back(
                StoredText(kContext, QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                                       "Access mode '%1' (weights or full scores "
                                                       "available): one level up."))
                    .arg(accessMode));
        s.level = std::min(4, s.level + 1);
    } else if (accessMode == QLatin1String("label-only-rate-limited")) {
        if (measuredLabelOnly)
            s.reasons.push_back(StoredText(kContext, QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                                                       "Access is label-only, but the worst "
                                                                       "measurement already used label-only "
                                                                       "access: no reduction.")));
        else if (s.level > 1) {
            s.level -= 1;
            s.reasons.push_back(
                StoredText(kContext, QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                                       "Access mode '%1' (authenticated, "
                                                       "rate-limited, labels only): one level "
                                                       "down."))
                    .arg(accessMode));
        }
    }
}

/// Every measured model trained with DP at the L1 epsilon and nothing above L2: L1.
void applyDpRule(Suggestion& s, bool allDpWithinL1, const LikelihoodThresholds& t)
{
    if (allDpWithinL1 && s.level <= 2 && s.level > 1) {
        s.level = 1;
        s.reasons.push_back(
            StoredText(kContext, QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                                   "Every measured model was trained with DP at "
                                                   "epsilon <= %1: L1."))
                .arg(t.dpEpsilonForL1, -1));
    }
}

int levelOf(double v, const double (&bounds)[3], bool strictFirst)
{
    if (strictFirst ? v < bounds[0] : v <= bounds[0]) return 1;
    if (v <= bounds[1]) return 2;
    if (v <= bounds[2]) return 3;
    return 4;
}

} // namespace

QJsonObject LikelihoodThresholds::toJson() const
{
    return QJsonObject{{QStringLiteral("tpr_at_0.001_fpr"), triple(tprAtLowFpr)},
                       {QStringLiteral("auc"), triple(auc)},
                       {QStringLiteral("epsilon_lower_bound"), triple(epsilonLowerBound)},
                       {QStringLiteral("dp_epsilon_for_l1"), dpEpsilonForL1},
                       {QStringLiteral("attribute_individual_leakage"), triple(attributeLeakage)},
                       {QStringLiteral("canary_excess_exposure_bits"), triple(canaryExcessBits)},
                       {QStringLiteral("memorised_excess_share"), triple(memorisedExcessShare)},
                       {QStringLiteral("reconstruction_advantage"), triple(reconstructionAdvantage)}};
}

LikelihoodThresholds LikelihoodThresholds::fromJson(const QJsonObject& o)
{
    LikelihoodThresholds t;
    readTriple(o, "tpr_at_0.001_fpr", t.tprAtLowFpr);
    readTriple(o, "auc", t.auc);
    readTriple(o, "epsilon_lower_bound", t.epsilonLowerBound);
    t.dpEpsilonForL1 = o.value(QStringLiteral("dp_epsilon_for_l1")).toDouble(t.dpEpsilonForL1);
    readTriple(o, "attribute_individual_leakage", t.attributeLeakage);
    readTriple(o, "canary_excess_exposure_bits", t.canaryExcessBits);
    readTriple(o, "memorised_excess_share", t.memorisedExcessShare);
    readTriple(o, "reconstruction_advantage", t.reconstructionAdvantage);
    return t;
}

QString LikelihoodThresholds::describe() const
{
    // In the reader's number convention, as the suggestion texts are.
    auto n = [](double v) { return QLocale().toString(v, 'g', QLocale::FloatingPointShortest); };
    return RiskMatrix::tr("Likelihood thresholds (PrivAudit defaults, not regulatory values): L1 when TPR at "
                          "0.1% FPR <= %1, "
                          "AUC <= %2 and empirical epsilon < %3 (or DP with epsilon <= %4 and nothing above "
                          "L2); L2 up to %5, "
                          "%6 and %7; L3 up to %8, %9 and %10; L4 above. Published weights or full-score "
                          "APIs add one level; "
                          "rate-limited label-only access removes one.")
               .arg(n(tprAtLowFpr[0]))
               .arg(n(auc[0]))
               .arg(n(epsilonLowerBound[0]))
               .arg(n(dpEpsilonForL1))
               .arg(n(tprAtLowFpr[1]))
               .arg(n(auc[1]))
               .arg(n(epsilonLowerBound[1]))
               .arg(n(tprAtLowFpr[2]))
               .arg(n(auc[2]))
               .arg(n(epsilonLowerBound[2])) +
           QLatin1Char(' ') +
           RiskMatrix::tr(
               "Attribute inference: L1 when an attack that queries the model is right on members at "
               "most %1 more often than on non-members, L2 up to %2, L3 up to %3, L4 above.")
               .arg(n(attributeLeakage[0]), n(attributeLeakage[1]), n(attributeLeakage[2])) +
           QLatin1Char(' ') +
           RiskMatrix::tr(
               "Memorisation: L1 when canaries inserted at most %1 times rank at most %2 bits above "
               "chance and the never-inserted controls, L2 up to %3, L3 up to %4 bits, L4 above.")
               .arg(kMemorisationRepetitions)
               .arg(n(canaryExcessBits[0]), n(canaryExcessBits[1]), n(canaryExcessBits[2])) +
           QLatin1Char(' ') +
           RiskMatrix::tr("Counterfactual memorisation: L1 when the share of members memorised beyond chance "
                          "exceeds chance by at most %1 (the lower end of its interval), L2 up to %2, L3 up "
                          "to %3, L4 above.")
               .arg(n(memorisedExcessShare[0]), n(memorisedExcessShare[1]), n(memorisedExcessShare[2])) +
           QLatin1Char(' ') +
           RiskMatrix::tr(
               "Model inversion and reconstruction: L1 when the informed adversary recovers at most "
               "%1 more of a row's columns than the guess that needs no model (the lower end of "
               "its interval), L2 up to %2, L3 up to %3, L4 above.")
               .arg(n(reconstructionAdvantage[0]), n(reconstructionAdvantage[1]),
                    n(reconstructionAdvantage[2]));
}

std::vector<Term> RiskMatrix::threats()
{
    return {{QStringLiteral("membership-inference"), tr("Membership inference")},
            {QStringLiteral("attribute-inference"), tr("Attribute inference")},
            {QStringLiteral("model-inversion"), tr("Model inversion and data reconstruction")},
            {QStringLiteral("gradient-leakage"), tr("Gradient leakage (federated learning)")},
            {QStringLiteral("model-extraction"), tr("Model extraction")},
            {QStringLiteral("property-inference"), tr("Property inference")},
            {QStringLiteral("memorisation"), tr("Memorisation and training-data extraction")},
            {QStringLiteral("data-poisoning"), tr("Data poisoning")}};
}

std::vector<Term> RiskMatrix::stages()
{
    return {{QStringLiteral("data-preparation"), tr("Data collection and preparation")},
            {QStringLiteral("training"), tr("Training")},
            {QStringLiteral("deployment"), tr("Deployment and inference API")},
            {QStringLiteral("monitoring"), tr("Monitoring and retraining")}};
}

std::vector<Control> RiskMatrix::controls()
{
    return {{QStringLiteral("differential-privacy"), tr("Differential privacy"),
             tr("Bounds what any attack can learn; costs accuracy (see the trade-off explorer) and training "
                "time.")},
            {QStringLiteral("federated-learning"), tr("Federated learning"),
             tr("Data stays with its holders; updates can still leak without secure aggregation; more "
                "engineering.")},
            {QStringLiteral("secure-aggregation"), tr("Secure aggregation / multi-party computation"),
             tr("The server sees only the sum of updates; communication overhead and client drop-outs.")},
            {QStringLiteral("homomorphic-encryption"), tr("Homomorphic encryption"),
             tr("Inference on encrypted inputs; orders of magnitude slower, limited model types.")},
            {QStringLiteral("output-restriction"), tr("Output restriction"),
             tr("Labels only or rounded scores; less useful outputs, and label-only attacks still work.")},
            {QStringLiteral("rate-limiting"), tr("Rate limiting and query monitoring"),
             tr("Slows extraction and attacks needing many queries; throttles heavy legitimate users, not "
                "insiders.")},
            {QStringLiteral("data-minimisation"), tr("Data minimisation"),
             tr("Fewer and coarser features lower the harm of a leak; may lower accuracy.")}};
}

QString RiskMatrix::threatTitle(const QString& id)
{
    for (const Term& t : threats())
        if (t.id == id) return t.title;
    return id;
}

QString RiskMatrix::stageTitle(const QString& id)
{
    for (const Term& t : stages())
        if (t.id == id) return t.title;
    return id;
}

QStringList RiskMatrix::accessModes()
{
    return {QStringLiteral("weights-published"), QStringLiteral("api-full-scores"),
            QStringLiteral("api-restricted"), QStringLiteral("label-only-rate-limited")};
}

Suggestion RiskMatrix::suggestLikelihood(const std::vector<AttackEvidence>& evidence,
                                         const LikelihoodThresholds& t, const QString& accessMode)
{
    Suggestion s;
    if (evidence.empty()) return s;
    int worst = 0;
    const AttackEvidence* worstEvidence = nullptr;
    bool allDpWithinL1 = true;
    for (const AttackEvidence& e : evidence) {
        const int level =
            std::max({levelOf(e.tprAtLowFpr, t.tprAtLowFpr, false), levelOf(e.auc, t.auc, false),
                      levelOf(e.epsilonLowerBound, t.epsilonLowerBound, true)});
        if (level > worst) {
            worst = level;
            worstEvidence = &e;
        }
        allDpWithinL1 = allDpWithinL1 && e.dp && e.accountantEpsilon <= t.dpEpsilonForL1;
    }
    s.level = worst;
    const attack::AttackInfo* info = attack::AttackCatalogue::find(worstEvidence->attack);
    s.reasons.push_back(
        StoredText(kContext, QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                               "Worst measurement: %1 on run %2 (AUC %3, TPR at 0.1% FPR %4, "
                                               "empirical epsilon >= %5) gives L%6."))
            .arg(info ? StoredText("privaudit::attack::AttackCatalogue", info->title)
                      : StoredText::literal(worstEvidence->attack))
            .arg(worstEvidence->runId)
            .arg(worstEvidence->auc, 3)
            .arg(worstEvidence->tprAtLowFpr, 4)
            .arg(worstEvidence->epsilonLowerBound, 2)
            .arg(qint64(worst)));
    applyDpRule(s, allDpWithinL1, t);
    applyAccessMode(s, accessMode, worstEvidence->attack == QLatin1String("label-only"));
    return s;
}

Suggestion RiskMatrix::suggestAttributeLikelihood(const std::vector<AttributeEvidence>& evidence,
                                                  const LikelihoodThresholds& t, const QString& accessMode)
{
    Suggestion s;
    const AttributeEvidence* worst = nullptr;
    int worstLevel = 0;
    bool allDpWithinL1 = true;
    for (const AttributeEvidence& e : evidence) {
        // The imputation baseline never queries the model: what it gets right is the population's.
        if (e.attack == QLatin1String("imputation")) continue;
        // The largest leakage is the worst measurement (the level grows with it), named even among equals.
        if (!worst || e.individualLeakage > worst->individualLeakage) {
            worstLevel = levelOf(std::max(0.0, e.individualLeakage), t.attributeLeakage, false);
            worst = &e;
        }
        allDpWithinL1 = allDpWithinL1 && e.dp && e.accountantEpsilon <= t.dpEpsilonForL1;
    }
    if (!worst) return s;
    s.level = worstLevel;
    const char* source = attack::attributeAttackTitleSource(worst->attack);
    const StoredText title = source ? StoredText("privaudit::attack::AttributeInference", source)
                                    : StoredText::literal(worst->attack);
    s.reasons.push_back(
        StoredText(kContext, QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                               "Worst attribute inference: %1 on column %2 of run "
                                               "%3 (members right %4 more often than "
                                               "non-members) gives L%5."))
            .arg(title)
            .arg(worst->column)
            .arg(worst->runId)
            .arg(worst->individualLeakage, 3)
            .arg(qint64(worstLevel)));
    if (!worst->hasInterval)
        s.reasons.push_back(StoredText(kContext, QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                                                   "That difference has no interval (the run "
                                                                   "skipped the bootstrap): it is a point "
                                                                   "estimate only.")));
    else if (const int upper = levelOf(std::max(0.0, worst->leakageHigh), t.attributeLeakage, false);
             upper > worstLevel)
        s.reasons.push_back(
            StoredText(kContext,
                       QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                         "Its 95% interval [%1, %2] reaches L%3: the run cannot rule "
                                         "out more leakage; more candidates narrow it."))
                .arg(worst->leakageLow, 3)
                .arg(worst->leakageHigh, 3)
                .arg(qint64(upper)));
    for (const AttributeEvidence& e : evidence)
        if (e.distributionalClear && e.distributionalLeakage > t.attributeLeakage[0]) {
            s.reasons.push_back(
                StoredText(kContext,
                           QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                             "On run %1 the model also predicts %2 for people outside "
                                             "its training data better than imputation (by %3): "
                                             "what it learned about the population, not about its "
                                             "members; not counted in this likelihood."))
                    .arg(e.runId)
                    .arg(e.column)
                    .arg(e.distributionalLeakage, 3));
            break;
        }
    applyDpRule(s, allDpWithinL1, t);
    applyAccessMode(s, accessMode, worst->attack == QLatin1String("label-only"));
    return s;
}

Suggestion
RiskMatrix::suggestMemorisationLikelihood(const std::vector<MemorisationEvidence>& evidence,
                                          const LikelihoodThresholds& t,
                                          const std::vector<CounterfactualEvidence>& counterfactual)
{
    Suggestion s;
    const MemorisationEvidence* worst = nullptr;
    bool allDpWithinL1 = true;
    for (const MemorisationEvidence& e : evidence) {
        if (e.repetitions < 1 || e.repetitions > kMemorisationRepetitions) continue;
        if (!worst || e.excess() > worst->excess()) worst = &e;
        allDpWithinL1 = allDpWithinL1 && e.dp && e.accountantEpsilon <= t.dpEpsilonForL1;
    }
    const CounterfactualEvidence* most = nullptr;
    for (const CounterfactualEvidence& e : counterfactual) {
        if (!e.conclusive) {
            s.reasons.push_back(
                StoredText(kContext, QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                                       "Run %1's counterfactual memorisation has too few "
                                                       "reference models (%2) for a record to reach "
                                                       "p <= 0.05: not used."))
                    .arg(e.runId)
                    .arg(qint64(e.models)));
            continue;
        }
        if (!most || e.excessLow() > most->excessLow()) most = &e;
        allDpWithinL1 = allDpWithinL1 && e.dp && e.accountantEpsilon <= t.dpEpsilonForL1;
    }
    if (most) {
        s.level = levelOf(most->excessLow(), t.memorisedExcessShare, false);
        s.reasons.push_back(
            StoredText(kContext,
                       QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                         "Counterfactual memorisation: %1% of run %2's members are memorised "
                                         "beyond chance (95% interval from %3%; chance gives %4%), an excess "
                                         "of at least %5 gives L%6."))
                .arg(100.0 * most->share, 1)
                .arg(most->runId)
                .arg(100.0 * most->low, 1)
                .arg(100.0 * most->chance, 1)
                .arg(most->excessLow(), 3)
                .arg(qint64(s.level)));
    }
    if (!worst) {
        if (s.level > 0) applyDpRule(s, allDpWithinL1, t);
        return s;
    }
    const int counterfactualLevel = s.level;
    s.level =
        std::max(counterfactualLevel, levelOf(std::max(0.0, worst->excess()), t.canaryExcessBits, false));
    s.reasons.push_back(
        StoredText(kContext,
                   QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                     "Largest canary exposure: canaries inserted %1 times on run %2 "
                                     "rank %3 bits above chance and the never-inserted controls "
                                     "(exposure %4 bits) gives L%5."))
            .arg(qint64(worst->repetitions))
            .arg(worst->runId)
            .arg(worst->excess(), 2)
            .arg(worst->exposure, 2)
            .arg(qint64(levelOf(std::max(0.0, worst->excess()), t.canaryExcessBits, false))));
    if (!worst->hasInterval)
        s.reasons.push_back(StoredText(kContext, QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                                                   "That exposure has no interval (the run "
                                                                   "skipped the bootstrap): it is a point "
                                                                   "estimate only.")));
    else if (const int upper = levelOf(std::max(0.0, worst->high - worst->floor), t.canaryExcessBits, false);
             upper > s.level)
        s.reasons.push_back(
            StoredText(kContext,
                       QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                         "Its 95% interval reaches %1 bits, L%2: the run cannot rule "
                                         "out more memorisation; more canaries per level narrow it."))
                .arg(worst->high, 2)
                .arg(qint64(upper)));
    applyDpRule(s, allDpWithinL1, t);
    return s;
}

Suggestion RiskMatrix::suggestInversionLikelihood(const std::vector<ReconstructionEvidence>& evidence,
                                                  const LikelihoodThresholds& t,
                                                  const std::vector<MiFaceEvidence>& miFace)
{
    Suggestion s = suggestReconstruction(evidence, t);
    const MiFaceEvidence* strongest = nullptr;
    for (const MiFaceEvidence& e : miFace)
        if (e.representatives > 0 && (!strongest || e.pValue < strongest->pValue)) strongest = &e;
    if (!strongest) return s;
    if (strongest->pValue < attack::kMiFaceSignificance) {
        const int before = s.level;
        s.level = std::max(s.level, 3);
        s.reasons.push_back(
            StoredText(kContext, QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                                   "MI-Face, run %1: %2% of %3 class representatives sit "
                                                   "nearer a training row than a held-out row (permutation "
                                                   "test p = %4): inverting the model reveals members, at "
                                                   "least L3."))
                .arg(strongest->runId)
                .arg(100.0 * strongest->closerToMembers, 0)
                .arg(qint64(strongest->representatives))
                .arg(strongest->pValue, 3));
        if (before > 0 && before < 3)
            s.reasons.push_back(StoredText(
                kContext,
                QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                  "The MI-Face finding outweighs the reconstruction's lower level.")));
    } else {
        s.reasons.push_back(
            StoredText(kContext, QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                                   "MI-Face, run %1: no evidence that its %2 class "
                                                   "representatives sit nearer training rows than held-out "
                                                   "ones at p < 0.01 (permutation test p = %3); a failed "
                                                   "inversion lowers nothing."))
                .arg(strongest->runId)
                .arg(qint64(strongest->representatives))
                .arg(strongest->pValue, 3));
    }
    return s;
}

Suggestion RiskMatrix::suggestReconstruction(const std::vector<ReconstructionEvidence>& evidence,
                                             const LikelihoodThresholds& t)
{
    Suggestion s;
    const ReconstructionEvidence* worst = nullptr;
    bool allDpWithinL1 = true;
    const auto lowEnd = [](const ReconstructionEvidence& e) { return e.hasInterval ? e.low : e.advantage; };
    for (const ReconstructionEvidence& e : evidence) {
        if (e.rows < 1) continue;
        if (!worst || lowEnd(e) > lowEnd(*worst)) worst = &e;
        allDpWithinL1 = allDpWithinL1 && e.dp && e.accountantEpsilon <= t.dpEpsilonForL1;
    }
    if (!worst) return s;
    s.level = levelOf(std::max(0.0, lowEnd(*worst)), t.reconstructionAdvantage, false);
    s.reasons.push_back(
        StoredText(kContext, QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                               "Informed reconstruction, run %1: %2 of %3 training rows "
                                               "recovered completely; the adversary recovers %4 points "
                                               "more of a row's columns than the guess that needs no model "
                                               "(95% interval from %5), L%6."))
            .arg(worst->runId)
            .arg(qint64(worst->exactRows))
            .arg(qint64(worst->rows))
            .arg(100.0 * worst->advantage, 1)
            .arg(100.0 * lowEnd(*worst), 1)
            .arg(qint64(s.level)));
    s.reasons.push_back(StoredText(
        kContext, QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                    "That adversary knows every other training row: a worst case, which an "
                                    "attacker who knows less may not reach; lower the likelihood only with "
                                    "a reason why no one can know that much.")));
    if (!worst->hasInterval)
        s.reasons.push_back(StoredText(kContext, QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                                                   "That advantage has no interval (the run "
                                                                   "skipped the bootstrap): it is a point "
                                                                   "estimate only.")));
    applyDpRule(s, allDpWithinL1, t);
    return s;
}

Suggestion RiskMatrix::suggestSeverity(const QStringList& sensitiveColumns, bool membershipSensitive,
                                       bool vulnerable)
{
    Suggestion s;
    s.level = 2;
    if (!sensitiveColumns.isEmpty()) {
        s.level = 3;
        s.reasons.push_back(
            StoredText(kContext, QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                                   "Sensitive columns in the data (%1): at least "
                                                   "S3."))
                .arg(sensitiveColumns.join(QStringLiteral(", "))));
    } else if (membershipSensitive) {
        s.level = 3;
        s.reasons.push_back(StoredText(
            kContext, QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                        "Membership itself reveals a sensitive fact: at least S3.")));
    } else {
        s.reasons.push_back(
            StoredText(kContext, QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                                   "Personal data without special categories: S2.")));
    }
    if (vulnerable) {
        s.level = std::min(4, s.level + 1);
        s.reasons.push_back(StoredText(
            kContext, QT_TRANSLATE_NOOP("privaudit::assess::RiskMatrix",
                                        "Children or other vulnerable people are affected: one level up.")));
    }
    return s;
}

QString RiskMatrix::riskLevel(int severity, int likelihood)
{
    if (severity <= 0 || likelihood <= 0) return QStringLiteral("not-assessed");
    if (severity >= 3 && likelihood >= 3) return QStringLiteral("high");
    if (severity >= 3) return QStringLiteral("medium-high");
    if (likelihood >= 3) return QStringLiteral("medium");
    return QStringLiteral("low");
}

QString RiskMatrix::riskLevelTitle(const QString& level)
{
    if (level == QLatin1String("high")) return tr("High");
    if (level == QLatin1String("medium-high")) return tr("Medium-high");
    if (level == QLatin1String("medium")) return tr("Medium");
    if (level == QLatin1String("low")) return tr("Low");
    return tr("Not assessed");
}

QString RiskMatrix::icoLikelihood(int likelihood)
{
    return likelihood <= 0   ? QString()
           : likelihood == 1 ? QStringLiteral("remote")
           : likelihood == 2 ? QStringLiteral("possible")
                             : QStringLiteral("probable");
}

QString RiskMatrix::icoSeverity(int severity)
{
    return severity <= 0   ? QString()
           : severity == 1 ? QStringLiteral("minimal")
           : severity <= 3 ? QStringLiteral("significant")
                           : QStringLiteral("severe");
}

QString RiskMatrix::icoRisk(int severity, int likelihood)
{
    if (severity <= 0 || likelihood <= 0) return QString();
    // ICO template: likelihood remote/possible/probable (1-3) x severity minimal/significant/severe (1-3).
    const int l = std::min(likelihood, 3);
    const int s = severity == 1 ? 1 : severity <= 3 ? 2 : 3;
    const int score = l * s;
    return score >= 6   ? QStringLiteral("high")
           : score >= 3 ? QStringLiteral("medium")
                        : QStringLiteral("low");
}

std::pair<int, int> RiskMatrix::residual(const QString& threat, const QString& stage, int severity,
                                         int likelihood, const QStringList& controls)
{
    if (severity <= 0 || likelihood <= 0) return {severity, likelihood};
    int lower = 0, milder = 0;
    for (const QString& c : controls) {
        const auto [l, s] = controlEffect(c, threat, stage);
        lower += l;
        milder += s;
    }
    return {std::max(1, severity - std::min(milder, 1)), std::max(1, likelihood - std::min(lower, 2))};
}

} // namespace privaudit::assess
