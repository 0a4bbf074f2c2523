#pragma once

#include "common/Expected.h"
#include "compute/ComputeSettings.h"
#include "jobs/JobSpec.h"
#include "project/ProjectStore.h"

#include <atomic>
#include <functional>
#include <vector>

namespace privaudit::jobs {

/// What an executor of a job kind works with: the spec, the compute settings, the cancel flag, and the
/// progress reporter (fraction of the whole job, up to 0.98 where saving begins; translated stage;
/// false once cancelled).
struct JobContext
{
    const JobSpec& spec;
    const compute::ComputeSettings& settings;
    const std::atomic<bool>& cancel;
    std::function<bool(double, const QString&)> report;
};

/// Thrown by an executor at a safe point once the cancel flag is set; JobExecutor records the cancel.
struct JobCancelled
{
};

/// Runs the kind's work and returns everything to store (JobExecutor records the start, the end and
/// writes the outcome in one transaction). Errors are translated messages.
using JobKindExecutor = Expected<project::RunOutcome> (*)(const JobContext&);

/// The executors of the job kinds a spec can name. The name, the view and the report section of each
/// kind are in project::runKinds(); a sweep is not run from one spec but by SweepRunner, point by point,
/// each point a membership job.
struct JobKindRow
{
    project::RunKind kind;
    JobKindExecutor execute;
};

const std::vector<JobKindRow>& jobKinds();
/// The row of @p kind, or nullptr when no spec runs it.
const JobKindRow* findJobKind(project::RunKind kind);

Expected<project::RunOutcome> runMembershipJob(const JobContext& context);
Expected<project::RunOutcome> runOneRunAuditJob(const JobContext& context);

} // namespace privaudit::jobs
