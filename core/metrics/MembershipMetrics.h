#pragma once

#include <cstdint>
#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace privaudit::metrics {

/// Tie-aware ROC: one vertex per group of equal scores (a group with both classes gives one diagonal
/// segment, i.e. randomised tie-breaking), from (0, 0) to (1, 1). Every vertex is kept.
struct RocCurve
{
    std::vector<double> fpr;
    std::vector<double> tpr;
    std::vector<double> thresholds; ///< predict member iff score >= threshold; +inf for (0, 0)
};

/// Scores (higher = more likely member) with the membership ground truth.
struct ScoredRecords
{
    std::vector<double> scores;
    std::vector<bool> members;
    [[nodiscard]] std::size_t positives() const;
    [[nodiscard]] std::size_t negatives() const;
};

RocCurve rocCurve(const ScoredRecords& records);
/// AUC = P(member score > non-member score) + P(tie) / 2, by mid-ranks (= Mann-Whitney U / (P N)).
double auc(const ScoredRecords& records);
/// max over thresholds of TPR - FPR (Yeom et al.'s membership advantage).
double advantage(const RocCurve& roc);
/// "Step, inclusive" convention (ml_privacy_meter, LeakPro): the largest TPR over vertices with FPR <= alpha.
double tprAtFpr(const RocCurve& roc, double alpha);

/// One-sided Clopper-Pearson bounds for k successes in n trials at confidence 1 - beta (Boost.Math).
double clopperPearsonUpper(std::int64_t k, std::int64_t n, double beta);
double clopperPearsonLower(std::int64_t k, std::int64_t n, double beta);

struct EpsilonLowerBound
{
    double epsilon = 0.0;
    double threshold = 0.0;  ///< the score threshold that gave it
    int thresholdsTried = 0; ///< Bonferroni factor
};

/// Empirical epsilon lower bound with confidence 1 - beta (Jagielski et al. 2020; Nasr et al. 2021):
/// for each candidate threshold, one-sided Clopper-Pearson bounds at beta / (2 K) (Bonferroni over the
/// K thresholds tried, split between FPR and FNR), then
/// max(0, log((1 - FNR_hi - delta) / FPR_hi), log((1 - FPR_hi - delta) / FNR_hi)).
/// At most @p maxThresholds thresholds (evenly spaced in rank) are tried.
EpsilonLowerBound empiricalEpsilonLowerBound(const ScoredRecords& records, double delta, double beta = 0.05,
                                             int maxThresholds = 200);

struct Interval
{
    double low = 0.0;
    double high = 0.0;
};

/// The statistics PrivAudit reports for one attack.
struct AttackMetrics
{
    double auc = 0.0;
    double advantage = 0.0;
    std::vector<double> fprLevels = {0.001, 0.01, 0.1};
    std::vector<double> tprAtFpr; ///< same order as fprLevels
    Interval aucCi;
    Interval advantageCi;
    /// The advantage against chance: it is the one-sided two-sample Kolmogorov-Smirnov statistic D+ of the
    /// member and non-member score distributions, so under "scores independent of membership"
    /// P(D+ >= d) ~ exp(-2 d^2 nm / (n + m)) (Smirnov 1939; conservative with ties). A chance-level
    /// attack has a positive advantage too; this p-value says whether it is more than that.
    double advantagePValue = 1.0;
    std::vector<Interval> tprAtFprCi;
    EpsilonLowerBound epsilonLowerBound;
    std::size_t members = 0;
    std::size_t nonMembers = 0;
    int bootstrapResamples = 0;
    std::uint64_t seed = 0;
    QStringList warnings; ///< translated, e.g. too few non-members for a claim at 0.1% FPR
    double seconds = 0.0; ///< the attack's own run time (stored with its statistics)
    /// False for results stored before advantage_p_value was kept: their warnings are the stored texts.
    bool hasAdvantagePValue = true;

    /// TPR at the FPR level @p level of fprLevels (0 when the level was not measured), and its interval.
    [[nodiscard]] double tprAt(double level) const;
    [[nodiscard]] Interval tprCiAt(double level) const;

    /// The stored form (results.metrics_json, also `attack mia --json`): one pair, read by the report, the
    /// assessment, the views, the sweep and the CLI instead of string keys. Keys: auc, advantage,
    /// advantage_p_value, tpr_at_fpr {"0.001": ...}, ci95 {auc, advantage, tpr_at_fpr}, epsilon_lower_bound
    /// and epsilon_lower_bound_at, members, non_members, bootstrap_resamples, seconds, warnings.
    [[nodiscard]] QJsonObject toJson() const;
    /// Missing keys keep their defaults (results of older releases read).
    static AttackMetrics fromJson(const QJsonObject& json);
    static AttackMetrics fromJson(const QByteArray& json);
};

struct MetricsOptions
{
    int bootstrapResamples = 200;
    std::uint64_t seed = 2026;
    double delta = 1e-5; ///< for the empirical epsilon lower bound
    double beta = 0.05;
    int threads = 1; ///< bootstrap resamples run on this many threads
};

/// All statistics with seeded percentile-bootstrap 95% intervals (members and non-members resampled
/// separately; one sort, then a weighted walk per resample).
class MembershipMetrics
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::metrics::MembershipMetrics)

public:
    static AttackMetrics compute(const ScoredRecords& records, const MetricsOptions& options = {});
    /// The warnings of compute(), translated into the current language.
    static QStringList warnings(double advantage, double advantagePValue, std::size_t nonMembers,
                                const std::vector<double>& fprLevels);
    /// The same warnings for stored statistics (JobExecutor::metricsJson), in the reader's language; the
    /// stored texts (the language of the run) for results stored before advantage_p_value was.
    static QStringList warningsFor(const AttackMetrics& stored);
};

/// The most exposed records: indices into @p records sorted by score, highest first.
std::vector<std::size_t> mostExposed(const ScoredRecords& records, std::size_t count);

} // namespace privaudit::metrics
