#pragma once

#include "common/Expected.h"
#include "metrics/MembershipMetrics.h"
#include "project/ProjectStore.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <vector>

namespace privaudit::jobs {

/// Two or more membership runs side by side (non-private against DP, two model versions): every
/// attack's stored statistics per run, and for each attack the runs share, each later run's difference
/// from the first (the baseline) in AUC and in TPR at 1% FPR with a 95% interval. Runs that scored the
/// same candidates (the same rows with the same membership, as two models on one split) get a paired
/// bootstrap: the candidates are resampled once per replicate (members and non-members separately) and
/// both runs' statistics computed on that one resample, so that the interval keeps their correlation;
/// percentile interval over kPairedResamples replicates. Other runs get the normal interval from the two
/// runs' bootstrap intervals, d +/- 1.96 sqrt(se1^2 + se2^2) with se = (high - low) / 3.92, right for
/// runs on disjoint records.
struct RunComparison
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::jobs::RunComparison)

public:
    struct Run
    {
        qint64 id = 0;
        QString name; ///< shown (builtInText)
        bool dp = false;
        double epsilon = 0.0; ///< accountant epsilon; +inf without DP
        double testAccuracy = 0.0;
        bool hasTarget = false;
        std::int64_t datasetId = 0;
        std::int64_t candidates = 0;                                     ///< members plus non-members
        std::vector<std::pair<QString, metrics::AttackMetrics>> attacks; ///< in stored order
    };
    struct Difference
    {
        QString attack;
        qint64 runId = 0;      ///< the later run
        qint64 baselineId = 0; ///< the first run
        double auc = 0.0;      ///< later minus baseline
        double aucLow = 0.0, aucHigh = 0.0;
        double tpr = 0.0; ///< TPR at 1% FPR, later minus baseline
        double tprLow = 0.0, tprHigh = 0.0;
        bool paired = false; ///< a paired bootstrap over shared candidates, else the independent interval
        [[nodiscard]] bool aucClear() const { return aucLow > 0.0 || aucHigh < 0.0; }
    };

    static constexpr int kPairedResamples = 400;

    std::vector<Run> runs;
    std::vector<Difference> differences;

    /// @p runIds: at least two completed membership runs, the first the baseline.
    static Expected<RunComparison> compute(const project::ProjectStore& store, const QList<qint64>& runIds);

    /// Per difference, what it shows, claiming no more than its interval allows.
    [[nodiscard]] QStringList findings() const;
    /// `compare --json`: runs (id, name, dp, epsilon, test_accuracy, attacks with their statistics) and
    /// differences (attack, run, baseline, auc_difference with ci95, tpr_at_1pct_fpr_difference with
    /// ci95, clear), findings.
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace privaudit::jobs
