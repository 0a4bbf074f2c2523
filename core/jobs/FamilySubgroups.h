#pragma once

#include "common/Expected.h"
#include "project/ProjectStore.h"

#include <limits>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace privaudit::jobs {

/// Where the risk of an attribute-inference or an informed-reconstruction run concentrates: the run's
/// per-record results split by one column of its data (read again through the run's spec; it must still
/// be that data), as SubgroupAnalysis does for membership runs.
///
/// - Attribute inference, per attack (the imputation baseline is the reference, not an attack): a
///   group's individual leakage (the attack's accuracy on member candidates minus on non-members) and
///   its advantage over imputation (the paired difference of the two accuracies over the group's
///   candidates), with 95% Wald intervals. Fewer than kSmallAttribute members or non-members: small.
/// - Reconstruction: a group's advantage over the model-free baseline (columns recovered minus the
///   baseline's, per reconstructed row) with a 95% normal interval; fewer than kSmallReconstruction rows:
///   small.
///
/// The risk concentrates in a group when the lower end of its interval at 2.5% / groups (Bonferroni,
/// one-sided) lies above the whole run's value: leakage for attribute inference, advantage for a
/// reconstruction. Small groups are never claimed.
struct FamilySubgroups
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::jobs::FamilySubgroups)

public:
    static constexpr std::size_t kSmallAttribute = 50;
    static constexpr std::size_t kSmallReconstruction = 10;

    struct Interval
    {
        double value = std::numeric_limits<double>::quiet_NaN();
        double low = std::numeric_limits<double>::quiet_NaN();
        double high = std::numeric_limits<double>::quiet_NaN();
        double lowAdjusted = std::numeric_limits<double>::quiet_NaN(); ///< one-sided, 2.5% / groups
    };
    struct Group
    {
        QString label;
        std::size_t members = 0;    ///< member candidates (attribute) or reconstructed rows
        std::size_t nonMembers = 0; ///< non-member candidates (attribute); 0 for a reconstruction
        double memberAccuracy = std::numeric_limits<double>::quiet_NaN();
        double nonMemberAccuracy = std::numeric_limits<double>::quiet_NaN();
        Interval leakage;   ///< attribute: members minus non-members
        Interval advantage; ///< over imputation, or over the model-free baseline
        bool small = false;
        bool aboveRun = false;
    };
    struct Measure
    {
        QString attack;        ///< the attribute attack, or "informed"
        double runValue = 0.0; ///< the whole run's leakage (attribute) or advantage (reconstruction)
        std::vector<Group> groups;
    };

    qint64 runId = 0;
    project::RunKind kind = project::RunKind::Unknown;
    QString column;
    bool numeric = false;
    int bands = 0;
    std::vector<Measure> measures;

    /// @p bands quantile bands for a numeric column (2 to 20).
    static Expected<FamilySubgroups> compute(const project::ProjectStore& store, qint64 runId,
                                             const QString& column, int bands = 4);

    /// What it shows, in the current language, claiming no more than the intervals allow.
    [[nodiscard]] QStringList findings() const;
    /// `subgroups --json` of such a run: run, kind, column, numeric, bands, small_group, measures (attack,
    /// run_value, groups: group, members, non_members, member_accuracy, non_member_accuracy,
    /// individual_leakage, individual_leakage_ci95, advantage, advantage_ci95, low_adjusted, small,
    /// above_run), findings.
    [[nodiscard]] QJsonObject toJson() const;
    /// Reads toJson() back.
    static FamilySubgroups fromJson(const QJsonObject& json);

    /// The 95% interval and the adjusted lower end of a mean of @p values (a normal approximation).
    static Interval meanInterval(const std::vector<double>& values, std::size_t groups);
    /// The same for a difference of two proportions, @p a of @p n against @p b of @p m (Wald).
    static Interval differenceInterval(double a, std::size_t n, double b, std::size_t m, std::size_t groups);
};

} // namespace privaudit::jobs
