#pragma once

#include "attack/MembershipRunSummary.h"
#include "metrics/AttributeMetrics.h"

#include <cstdint>
#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace privaudit::attack {

/// The stored summary of an attribute-inference run: the target's figures in the layout of a
/// membership run (so that the run's warnings, the utility check and the DP statement read it the same
/// way), and what was attacked: the column, its candidate values and their auxiliary shares, the target
/// value of PPV at top k, the candidates and the auxiliary records.
struct AttributeRunSummary
{
    static constexpr int kVersion = 1;
    MembershipRunSummary base; ///< members, non-members, dp, target, data notes, sandbox
    QString column;
    bool numeric = false;
    QStringList values;
    std::vector<double> prior;
    QString targetValue;
    double tolerance = 0.1;
    int ppvK = 100;
    std::int64_t memberCandidates = 0;
    std::int64_t nonMemberCandidates = 0;
    std::int64_t auxiliaryRows = 0;
    std::int64_t skippedCandidates = 0;
    double imputationAuxAccuracy = 0.0;
    /// The attack with the largest advantage over imputation ("" before any ran).
    QString strongestAttack;

    [[nodiscard]] QJsonObject toJson() const;
    static AttributeRunSummary fromJson(const QJsonObject& json);
};

/// What the run shows, in the current language, claiming no more than the intervals allow: whether any
/// attack beats the imputation baseline, whether members' values are inferred more often than
/// non-members' (the leak of a training record), and where an interval is too wide to rule one out.
/// @p metrics are the run's results, the imputation baseline among them.
QStringList attributeFindings(const AttributeRunSummary& summary,
                              const std::vector<metrics::AttributeMetrics>& metrics);
/// An interval of width above this is reported as too wide to rule out a difference of practical size.
inline constexpr double kAttributeWideInterval = 0.1;

} // namespace privaudit::attack
