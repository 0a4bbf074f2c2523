#pragma once

#include "metrics/MembershipMetrics.h"

#include <cstdint>
#include <optional>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace privaudit::metrics {

/// One attribute attack's answers on one side (members or non-members).
struct AttributeSide
{
    std::int64_t candidates = 0;
    double accuracy = 0.0; ///< share right (numeric: within the tolerance)
    Interval accuracyCi;   ///< Clopper-Pearson, 95%
    /// Categorical columns: mean recall over the values the side holds, their geometric mean (G-mean, as
    /// imblearn's geometric_mean_score) and the multi-class Matthews correlation (Gorodkin 2004).
    std::optional<double> balancedAccuracy;
    std::optional<double> gMean;
    std::optional<double> mcc;
    std::int64_t k = 0;  ///< PPV at top k: the k candidates it is most sure hold the target value
    double ppvAtK = 0.0; ///< share of them that do
    Interval ppvCi;      ///< Clopper-Pearson, 95%
    std::int64_t vulnerableOnlyWithModel = 0; ///< right where the imputation baseline is wrong
};

/// A difference of accuracies with its 95% percentile-bootstrap interval (members and non-members
/// resampled separately); no interval when the statistics ran without bootstrap.
struct AccuracyDifference
{
    double value = 0.0;
    std::optional<Interval> ci95;
    /// The interval excludes 0 (a difference the data can claim).
    [[nodiscard]] bool clear() const { return ci95 && (ci95->low > 0.0 || ci95->high < 0.0); }
};

/// The statistics of one attribute attack against the imputation baseline (Jayaraman & Evans 2022's
/// decomposition): the model's advantage over imputation (attack minus imputation on all candidates),
/// individual leakage (members minus non-members) and distributional leakage (non-members minus
/// imputation on non-members).
struct AttributeMetrics
{
    QString attack;
    AttributeSide members;
    AttributeSide nonMembers;
    AccuracyDifference advantageOverImputation;
    AccuracyDifference individualLeakage;
    AccuracyDifference distributionalLeakage;
    std::vector<std::int64_t> vulnerableMemberRows; ///< table rows: members right only with the model
    double seconds = 0.0;

    [[nodiscard]] QJsonObject toJson() const;
    static AttributeMetrics fromJson(const QJsonObject& json);
};

/// The answers to summarise: per candidate, whether it is a member, whether the attack and the baseline
/// are right, the attack's guess and the truth (categorical: value indices; empty for numeric columns),
/// whether it holds the target value, and the attack's score for the target value.
struct AttributeAnswers
{
    std::vector<bool> members;
    std::vector<bool> correct;
    std::vector<bool> imputationCorrect;
    std::vector<int> guess;
    std::vector<int> truth;
    int values = 0;
    std::vector<bool> holdsTarget;
    std::vector<double> targetScore;
    std::vector<std::int64_t> rowIds;
};

struct AttributeMetricsOptions
{
    int bootstrap = 200;
    int ppvK = 100;
    std::uint64_t seed = 1;
};

AttributeMetrics computeAttributeMetrics(const QString& attack, const AttributeAnswers& answers,
                                         const AttributeMetricsOptions& options = {});

/// Categorical agreement statistics of @p guess against @p truth (value indices below @p values).
struct ClassAgreement
{
    double balancedAccuracy = 0.0;
    double gMean = 0.0;
    double mcc = 0.0;
};
ClassAgreement classAgreement(const std::vector<int>& truth, const std::vector<int>& guess, int values);

} // namespace privaudit::metrics
