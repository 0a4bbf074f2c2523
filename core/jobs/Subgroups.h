#pragma once

#include "common/Expected.h"
#include "data/DataTable.h"
#include "metrics/MembershipMetrics.h"
#include "project/ProjectStore.h"

#include <limits>
#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace privaudit::jobs {

/// A membership run's statistics per subgroup of one column of its data (a sensitive or protected
/// attribute, age bands): where the risk concentrates. The run's stored per-record scores are split by
/// the column's value in the rows the run used (read again from the run's data source, which must still
/// be the data the run read); every group gets the run's statistics with their bootstrap intervals.
struct SubgroupAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::jobs::SubgroupAnalysis)

public:
    /// Below this many members or non-members a group's figures are flagged as indicative.
    static constexpr std::size_t kSmallGroup = 50;
    /// Categorical columns with more values than this keep the largest groups; the rest are "other".
    static constexpr int kMaxGroups = 20;

    struct Group
    {
        QString label; ///< the value, a numeric band "[a, b)", "(missing)" or "(other values)"
        metrics::AttackMetrics metrics;
        bool small = false;
        /// One-sided lower bound of its AUC at 2.5% / groups (Hanley & McNeil's standard error, Bonferroni)
        double aucLowAdjusted = std::numeric_limits<double>::quiet_NaN();
        bool aboveRun = false; ///< not small, and aucLowAdjusted above the whole run's AUC
    };
    struct Attack
    {
        QString attack;
        metrics::AttackMetrics run; ///< the whole run, as stored
        std::vector<Group> groups;
    };

    qint64 runId = 0;
    QString column;
    bool numeric = false;
    int bands = 0; ///< numeric columns: quantile bands
    std::vector<Attack> attacks;

    /// @p bands quantile bands for a numeric column (2 to 20); @p bootstrap resamples per group.
    static Expected<SubgroupAnalysis> compute(const project::ProjectStore& store, qint64 runId,
                                              const QString& column, int bands = 4, int bootstrap = 200,
                                              int threads = 1);

    /// The data @p run read, read again through its spec, when it is still that data (its fingerprint);
    /// otherwise, or for a run that is no completed membership, attribute-inference or reconstruction
    /// run on a dataset, a translated error.
    static Expected<data::DataTable> runData(const project::ProjectStore& store,
                                             const project::RunRecord& run);

    /// What it shows, in the current language, claiming no more than the intervals allow.
    [[nodiscard]] QStringList findings() const;
    /// `subgroups --json`: column, per attack its run AUC and groups (group, members, non_members, auc,
    /// auc_ci95, auc_low_adjusted, advantage, tpr_at_1pct_fpr, small, above_run).
    [[nodiscard]] QJsonObject toJson() const;
    /// Reads toJson() back: every figure the findings and the report's table use (a group's TPR at 1%
    /// FPR as its only TPR level).
    static SubgroupAnalysis fromJson(const QJsonObject& json);
};

} // namespace privaudit::jobs
