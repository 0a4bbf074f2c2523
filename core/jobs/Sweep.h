#pragma once

#include "attack/MembershipRunSummary.h"
#include "compute/ComputeSettings.h"
#include "jobs/JobExecutor.h"
#include "jobs/JobSpec.h"
#include "metrics/MembershipMetrics.h"
#include "project/ProjectStore.h"

#include <atomic>
#include <functional>
#include <limits>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <vector>

namespace privaudit::jobs {

/// A privacy-utility sweep: the base job (dataset, recipe, attacks) trained at every target epsilon of
/// a grid (infinity = no DP) with `repeats` seeds each. As JSON: a job spec with one more object,
///     "sweep": {"epsilons": [0.5, 1, 2, 4, 8, "inf"], "repeats": 3}
/// The base's target.dp object, when present, gives delta and the clipping norm of every DP point.
struct SweepSpec
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::jobs::SweepSpec)

public:
    JobSpec base;
    std::vector<double> epsilons;
    int repeats = 1;

    static Expected<SweepSpec> fromJson(const QByteArray& json, const QString& baseDir = QString());
    static Expected<SweepSpec> fromFile(const QString& path);
    [[nodiscard]] QByteArray toJsonBytes() const;

    /// One job per (epsilon, repeat), epsilon-major; repeat r uses seed base.seed + r. A point is
    /// identified by its spec's hash, which is how an interrupted sweep finds what is already done.
    [[nodiscard]] std::vector<JobSpec> pointSpecs() const;
    [[nodiscard]] double pointEpsilon(std::size_t index) const
    {
        return epsilons[index / std::size_t(repeats)];
    }
    [[nodiscard]] int pointRepeat(std::size_t index) const { return int(index % std::size_t(repeats)); }
};

/// One measured point of a sweep, read back from the project.
struct SweepPoint
{
    double targetEpsilon = std::numeric_limits<double>::infinity();
    int repeat = 0;
    std::int64_t runId = 0; ///< 0 while the point has not been completed
    bool reused = false;    ///< completed by an earlier (interrupted) invocation
    attack::MembershipRunSummary
        summary; ///< the point's run summary: accuracies, loss, task AUC, epsilon, ...
    QMap<QString, metrics::AttackMetrics> attacks; ///< attack name -> its statistics
};

struct SweepResult
{
    JobOutcome outcome = JobOutcome::Failed;
    std::int64_t sweepRunId = 0;
    std::vector<SweepPoint> points;
    int reused = 0; ///< points found complete from an earlier invocation
    int ran = 0;    ///< points run now
    QString message;
};

/// Runs the missing points of a sweep against the project at a path, @p parallel points at a time on
/// their own threads and connections (the cores are split between them); every point is stored as it
/// finishes, so a killed sweep resumes where it stopped. Progress and cancel as for JobExecutor.
class Sweep
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::jobs::Sweep)

public:
    static SweepResult run(const SweepSpec& spec, const QString& projectPath,
                           const compute::ComputeSettings& settings, const std::atomic<bool>& cancel,
                           const std::function<void(const JobProgress&)>& progress = {}, int parallel = 0);

    /// The sweep's points as stored in @p store (completed points have a run id).
    static Expected<std::vector<SweepPoint>> collect(const SweepSpec& spec,
                                                     const project::ProjectStore& store);

    /// Upper bounds on attack success implied by (epsilon, delta)-DP (Kairouz et al. 2015): the TPR at
    /// a given FPR, the advantage TPR - FPR, and the AUC of the tight ROC bound.
    static double tprCeiling(double epsilon, double delta, double fpr);
    static double advantageCeiling(double epsilon, double delta);
    static double aucCeiling(double epsilon, double delta);
};

} // namespace privaudit::jobs
