#pragma once

#include "common/StoredText.h"

#include <algorithm>
#include <cstdint>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace privaudit::assess {

/// A named entry of the matrix's vocabulary (threats, lifecycle stages, controls).
struct Term
{
    QString id;
    QString title; ///< translated
};

struct Control
{
    QString id;
    QString title;    ///< translated
    QString tradeOff; ///< translated: what the control costs
};

/// Thresholds that turn attack measurements into a suggested likelihood (tool defaults, not regulatory
/// values; every export and report prints the ones used). Level k is suggested when every metric is
/// within level k's bounds; the first level whose bounds hold wins.
struct LikelihoodThresholds
{
    double tprAtLowFpr[3] = {0.002, 0.01, 0.10}; ///< TPR at 0.1% FPR, upper bound of L1, L2, L3
    double auc[3] = {0.55, 0.60, 0.75};
    double epsilonLowerBound[3] = {0.5, 2.0, 5.0};
    double dpEpsilonForL1 =
        1.0; ///< a DP model with accountant epsilon at most this and no L3+ evidence is L1
    /// Attribute inference: individual leakage (how much more often the attack is right on members than
    /// on non-members), upper bound of L1, L2, L3.
    double attributeLeakage[3] = {0.01, 0.05, 0.15};
    /// Memorisation: excess canary exposure in bits (a level's mean exposure minus the larger of chance
    /// and the never-inserted controls' mean) of canaries inserted at most kMemorisationRepetitions times,
    /// upper bound of L1, L2, L3. One bit: the canary ranks twice as high as chance; six bits: 64 times.
    double canaryExcessBits[3] = {1.0, 3.0, 6.0};
    /// Memorisation: the share of members memorised beyond chance (counterfactual memorisation, the lower
    /// end of its 95% interval minus the 5% that chance gives), upper bound of L1, L2, L3.
    double memorisedExcessShare[3] = {0.01, 0.05, 0.20};
    /// Model inversion and reconstruction: the informed adversary's advantage over the model-free
    /// baseline (share of columns recovered beyond it, the lower end of its 95% interval), upper bound of
    /// L1, L2, L3.
    double reconstructionAdvantage[3] = {0.02, 0.10, 0.30};

    [[nodiscard]] QJsonObject toJson() const;
    static LikelihoodThresholds fromJson(const QJsonObject& o);
    [[nodiscard]] QString describe() const; ///< translated, one paragraph
};

/// One attack's measurement on one run, the evidence for a likelihood.
struct AttackEvidence
{
    qint64 runId = 0;
    QString attack;
    double auc = 0.5;
    double tprAtLowFpr = 0.0; ///< at 0.1% FPR
    double epsilonLowerBound = 0.0;
    bool dp = false;
    double accountantEpsilon = 0.0; ///< infinity without DP
};

/// One attribute attack's measurement on one run (Jayaraman & Evans 2022's decomposition), the evidence
/// for the attribute-inference row.
struct AttributeEvidence
{
    qint64 runId = 0;
    QString attack;
    QString column;
    double individualLeakage = 0.0; ///< members minus non-members accuracy
    bool hasInterval = false;
    double leakageLow = 0.0; ///< its 95% bootstrap interval
    double leakageHigh = 0.0;
    double distributionalLeakage = 0.0; ///< non-members minus imputation on non-members
    bool distributionalClear = false;   ///< its interval excludes 0
    bool dp = false;
    double accountantEpsilon = 0.0; ///< infinity without DP
};

/// One repetition level of a canary-exposure run, the evidence for the memorisation row.
struct MemorisationEvidence
{
    qint64 runId = 0;
    int repetitions = 0;
    double exposure = 0.0; ///< mean interpolated exposure, bits
    bool hasInterval = false;
    double low = 0.0; ///< its 95% bootstrap interval
    double high = 0.0;
    double floor = 0.0; ///< the larger of chance and the controls' mean exposure
    bool dp = false;
    double accountantEpsilon = 0.0; ///< infinity without DP
    [[nodiscard]] double excess() const { return exposure - floor; }
};

/// The counterfactual memorisation of a membership run's members, evidence for the memorisation row.
struct CounterfactualEvidence
{
    qint64 runId = 0;
    int models = 0;
    std::int64_t members = 0;
    double share = 0.0; ///< members memorised beyond chance (p <= 0.05)
    double low = 0.0;   ///< its 95% Clopper-Pearson interval
    double high = 0.0;
    double chance = 0.05;   ///< the share chance gives
    bool conclusive = true; ///< enough reference models for a record to reach p <= 0.05
    bool dp = false;
    double accountantEpsilon = 0.0; ///< infinity without DP
    [[nodiscard]] double excessLow() const { return std::max(0.0, low - chance); }
};

/// An informed-reconstruction run, evidence for the model-inversion row.
struct ReconstructionEvidence
{
    qint64 runId = 0;
    int rows = 0;           ///< rows reconstructed
    int exactRows = 0;      ///< rows with every column recovered
    double advantage = 0.0; ///< columns recovered beyond the baseline, mean over the rows
    bool hasInterval = false;
    double low = 0.0; ///< its 95% bootstrap interval
    double high = 0.0;
    bool dp = false;
    double accountantEpsilon = 0.0; ///< infinity without DP
};

/// An MI-Face run, evidence for the model-inversion row when its representatives sit nearer members.
struct MiFaceEvidence
{
    qint64 runId = 0;
    int representatives = 0;
    double closerToMembers = 0.0; ///< share of representatives nearer a member than a held-out row
    double pValue = 1.0;          ///< the pool-reassignment permutation test's
    bool dp = false;
    double accountantEpsilon = 0.0; ///< infinity without DP
};

/// Canaries repeated more often than this say how a recipe treats heavy duplicates, not a typical row:
/// they are reported, but the memorisation likelihood rests on the levels up to it.
inline constexpr int kMemorisationRepetitions = 10;

struct Suggestion
{
    int level = 0;                   ///< 0: no evidence
    std::vector<StoredText> reasons; ///< stored without their language
};

/// Severity S1-S4 x likelihood L1-L4 (CNIL scales) for privacy threats by lifecycle stage, with
/// controls, residual risk and exports to the ICO 3x3 reading.
class RiskMatrix
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::assess::RiskMatrix)

public:
    static std::vector<Term> threats();
    static std::vector<Term> stages();
    static std::vector<Control> controls();
    static QString threatTitle(const QString& id);
    static QString stageTitle(const QString& id);
    static QStringList
    accessModes(); ///< weights-published, api-full-scores, api-restricted, label-only-rate-limited

    /// Likelihood from the worst attack measurement, adjusted for the access mode: +1 for published
    /// weights or full scores, -1 for rate-limited label-only access (never below what a label-only
    /// attack itself measured).
    static Suggestion suggestLikelihood(const std::vector<AttackEvidence>& evidence,
                                        const LikelihoodThresholds& t, const QString& accessMode);
    /// Likelihood of attribute inference from the worst individual leakage of an attack that queries the
    /// model (the imputation baseline does not), with the same DP and access-mode rules.
    static Suggestion suggestAttributeLikelihood(const std::vector<AttributeEvidence>& evidence,
                                                 const LikelihoodThresholds& t, const QString& accessMode);
    /// Likelihood of memorisation from the largest excess canary exposure of a level inserted at most
    /// kMemorisationRepetitions times, with the same DP rule (the access mode does not change it: the
    /// exposure is what a query of the label's probability shows).
    /// The counterfactual memorisation of membership runs counts too, from the lower end of the share of
    /// members memorised beyond chance in excess of chance; the row takes the larger of the two levels.
    static Suggestion
    suggestMemorisationLikelihood(const std::vector<MemorisationEvidence>& evidence,
                                  const LikelihoodThresholds& t,
                                  const std::vector<CounterfactualEvidence>& counterfactual = {});
    /// Model inversion and reconstruction from informed-reconstruction runs: the largest advantage over
    /// the model-free baseline (the lower end of its interval) on t.reconstructionAdvantage. The adversary
    /// knows every training row but one, a worst case the reasons say. An MI-Face run whose
    /// representatives sit significantly nearer members (p below attack::kMiFaceSignificance, 0.01) makes
    /// it at least L3; one that
    /// finds nothing lowers nothing (a failed inversion bounds no other), its reason is kept.
    static Suggestion suggestInversionLikelihood(const std::vector<ReconstructionEvidence>& evidence,
                                                 const LikelihoodThresholds& t,
                                                 const std::vector<MiFaceEvidence>& miFace = {});
    /// The informed-reconstruction part of suggestInversionLikelihood.
    static Suggestion suggestReconstruction(const std::vector<ReconstructionEvidence>& evidence,
                                            const LikelihoodThresholds& t);
    /// Severity from the data: special-category or sensitive columns (or membership itself revealing a
    /// sensitive fact) at least S3; vulnerable people +1; otherwise personal data S2.
    static Suggestion suggestSeverity(const QStringList& sensitiveColumns, bool membershipSensitive,
                                      bool vulnerable);

    /// CNIL 4x4 reading (tool default): high (S>=3, L>=3), medium-high (S>=3, L<=2), medium (S<=2, L>=3),
    /// low.
    static QString riskLevel(int severity, int likelihood);
    static QString riskLevelTitle(const QString& level);
    static QString icoLikelihood(int likelihood);         ///< remote, possible, probable
    static QString icoSeverity(int severity);             ///< minimal, significant, severe
    static QString icoRisk(int severity, int likelihood); ///< low, medium, high

    /// Residual levels after @p controls (each lowers the likelihood or severity of the threats it
    /// addresses; at most two likelihood levels in total, never below 1).
    static std::pair<int, int> residual(const QString& threat, const QString& stage, int severity,
                                        int likelihood, const QStringList& controls);
};

} // namespace privaudit::assess
