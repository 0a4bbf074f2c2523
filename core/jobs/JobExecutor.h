#pragma once

#include "compute/ComputeSettings.h"
#include "jobs/JobSpec.h"
#include "metrics/MembershipMetrics.h"
#include "project/ProjectStore.h"

#include <atomic>
#include <functional>
#include <QCoreApplication>
#include <QJsonObject>

namespace privaudit::jobs {

struct JobProgress
{
    double fraction = 0.0;    ///< 0 .. 1
    QString stage;            ///< translated
    double etaSeconds = -1.0; ///< -1 while unknown
    int storedRuns = 0;       ///< runs this job has stored so far (a sweep stores one per point as it ends)
};

enum class JobOutcome
{
    Completed,
    Failed,
    Cancelled
};

/// "completed", "failed" or "cancelled" (the run statuses of the project store).
QString jobOutcomeName(JobOutcome outcome);

struct JobResult
{
    JobOutcome outcome = JobOutcome::Failed;
    std::int64_t runId = 0; ///< 0 when the run could not even be recorded
    QString message;        ///< translated: why it failed or was cancelled
};

/// Runs one job spec synchronously on the calling thread against an open project: records the start,
/// runs the work (training on the compute settings' cores), and writes every result, the model and the
/// dataset record in one transaction on completion; a failure or a cancel is recorded with its reason.
/// Spec errors are found before anything is written. @p cancel is polled at safe points (at least every
/// 100 ms of training); @p progress is called on the calling thread.
class JobExecutor
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::jobs::JobExecutor)

public:
    static JobResult run(const JobSpec& spec, project::ProjectStore& store,
                         const compute::ComputeSettings& settings, const std::atomic<bool>& cancel,
                         const std::function<void(const JobProgress&)>& progress = {});

    /// The stored form of one attack's statistics (also printed by `privaudit-cli attack mia --json`).
    static QJsonObject metricsJson(const metrics::AttackMetrics& m);
    /// Versions of the software this process runs on, stored with every run.
    static QJsonObject softwareJson(const compute::ComputeSettings& settings);
};

} // namespace privaudit::jobs
