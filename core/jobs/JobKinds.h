#pragma once

#include "attack/AttackCatalogue.h"
#include "common/Expected.h"
#include "compute/ComputeSettings.h"
#include "jobs/JobSpec.h"
#include "project/ProjectStore.h"

#include <atomic>
#include <functional>
#include <vector>

namespace privaudit::jobs {

class SpecReader; // jobs/SpecReader.h

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

/// What a family's job needs before it can run, answered from its spec (and, for the attacks it
/// runs, the attack catalogue): the job executor, the CLI and the run dialog ask this instead of keeping
/// lists.
struct EvaluationNeeds
{
    std::vector<attack::TargetAccess> access; ///< what its attacks need of the target, each kind once
    bool referenceModels = false;             ///< trains reference models with the target's recipe
    bool population = false;        ///< draws on population records (canaries, RMIA's reference points)
    bool sensitiveColumn = false;   ///< needs a column with role sensitive
    bool trainsTarget = false;      ///< must train its own target (target.kind train)
    bool runsOnPredictions = false; ///< at least one of its attacks runs on a predictions file alone
};

/// One family of evaluations (membership inference, the one-run audit; attribute inference, model
/// inversion and memorisation as they come): what its jobs need, the check of its options, and its run
/// with progress and cancellation, which returns the typed result to store (the family's summary struct
/// and its results). Its name, view and report section are its run kind's row in project::runKinds();
/// its attacks, where it has several, are rows of the attack catalogue. A sweep is not a family: it runs
/// membership jobs point by point (SweepRunner).
class EvaluationFamily
{
public:
    EvaluationFamily() = default;
    EvaluationFamily(const EvaluationFamily&) = delete;
    EvaluationFamily& operator=(const EvaluationFamily&) = delete;
    virtual ~EvaluationFamily() = default;

    [[nodiscard]] virtual project::RunKind kind() const = 0;
    [[nodiscard]] virtual EvaluationNeeds needs(const JobSpec& spec) const = 0;
    /// The top-level spec sections that hold this family's options ("attacks" and "statistics";
    /// "audit"). JobSpec::fromJson accepts them for this family's kind only.
    [[nodiscard]] virtual QStringList optionSections() const = 0;
    /// Reads those sections of @p root into @p spec, defaults where left out; unknown keys and wrong
    /// types are @p reader's errors, naming the JSON path.
    virtual void readOptions(const QJsonObject& root, SpecReader& reader, JobSpec& spec) const = 0;
    /// Writes them into @p root (JobSpec::toJson): what readOptions reads back unchanged.
    virtual void writeOptions(const JobSpec& spec, QJsonObject& root) const = 0;
    /// The family's options checked beyond their types (JobSpec::fromJson has read them): empty, or a
    /// translated error naming the option. JobSpec::fromJson and JobExecutor::run call it, so a spec
    /// file, the CLI, the run dialog and a spec built in code get the same answer before anything is
    /// written.
    [[nodiscard]] virtual QString validate(const JobSpec& spec) const = 0;
    /// The options checked against the loaded data (a column the options name is there and usable):
    /// empty, or a translated error. Callers that read the data before a run (the CLI) ask it, so that a
    /// spec naming a column the data lacks is bad input, not a failed run.
    [[nodiscard]] virtual QString checkData(const JobSpec& spec, const data::DataTable& table) const
    {
        (void)spec;
        (void)table;
        return {};
    }
    /// Runs the work and returns everything to store (JobExecutor records the start, the end and writes
    /// the outcome in one transaction). Errors are translated messages; throws JobCancelled at a safe
    /// point once context.cancel is set.
    [[nodiscard]] virtual Expected<project::RunOutcome> run(const JobContext& context) const = 0;
};

/// Every family a job spec can name, one entry per run kind.
const std::vector<const EvaluationFamily*>& evaluationFamilies();
/// The family of @p kind, or nullptr when no spec runs it (a sweep).
const EvaluationFamily* findFamily(project::RunKind kind);

/// The families, defined beside their runs (MembershipJob.cpp, OneRunAuditJob.cpp).
const EvaluationFamily& membershipFamily();
const EvaluationFamily& oneRunAuditFamily();
const EvaluationFamily& attributeFamily();      ///< AttributeJob.cpp
const EvaluationFamily& canaryFamily();         ///< CanaryJob.cpp
const EvaluationFamily& reconstructionFamily(); ///< ReconstructionJob.cpp
const EvaluationFamily& miFaceFamily();         ///< MiFaceJob.cpp

} // namespace privaudit::jobs
