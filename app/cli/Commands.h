#pragma once

#include "attack/MembershipRunSummary.h"
#include "CliSupport.h"
#include "common/Expected.h"
#include "data/ColumnPlan.h"
#include "data/DataSplit.h"
#include "data/DataTable.h"
#include "data/TableEncoder.h"
#include "jobs/JobExecutor.h"
#include "model/ModelSpec.h"
#include "project/ProjectStore.h"
#include "report/ReportContent.h"

#include <functional>
#include <QJsonObject>
#include <QTemporaryDir>

namespace privaudit::cli {

/// Versions and compute settings of this process, shared by version and doctor.
QJsonObject runtimeJson(const compute::ComputeSettings& settings);

int runVersion(const CommandContext& context);
int runDoctor(const CommandContext& context);
int runAccountant(const CommandContext& context);
int runDemo(const CommandContext& context);
int runTrain(const CommandContext& context);
int runEncode(const CommandContext& context);
int runAttack(const CommandContext& context);
int runProject(const CommandContext& context);
int runRun(const CommandContext& context);
int runExport(const CommandContext& context);
int runSweep(const CommandContext& context);
int runAssess(const CommandContext& context);
int runReport(const CommandContext& context);
/// Builds and writes the audit report (pdf or html); returns an error or "". Needs a QGuiApplication.
QString writeReport(const project::ProjectStore& store, const QString& out, const QString& format,
                    const report::ReportOptions& options, int* pages, report::ReportContent* built = nullptr);
int runSign(const CommandContext& context);

/// Runs a job on this thread with a progress bar on stderr (when it is a terminal and not @p quiet);
/// Ctrl+C cancels it.
struct JobOutcomeText
{
    jobs::JobOutcome status;
    std::int64_t runId;
    QString message;
};
JobOutcomeText runJobWithProgress(const jobs::JobSpec& spec, project::ProjectStore& store,
                                  const compute::ComputeSettings& settings, bool quiet);
/// A job made from a command's options, run by the job executor in --project when given, else in a
/// temporary project: the store it ran in and the outcome, or the exit code when it did not complete.
struct OptionJobRun
{
    QTemporaryDir scratch;
    QString path;
    std::unique_ptr<project::ProjectStore> store;
    JobOutcomeText outcome{jobs::JobOutcome::Failed, 0, {}};
};
std::optional<int> runOptionJob(const jobs::JobSpec& job, const QCommandLineParser& parser,
                                const CommandContext& context, const QString& scratchName, bool json,
                                OptionJobRun* run);
/// The job spec of a family from a command's options: @p dataset (datasetSpecJson), the target and recipe
/// of @p base, the family's @p options under @p section, the seed and --name; read as a spec file is and
/// checked against the data (checkSpecData). std::nullopt after printing the problem.
std::optional<jobs::JobSpec> familySpecFromOptions(const QCommandLineParser& parser, project::RunKind kind,
                                                   const QString& section, const QJsonObject& options,
                                                   const QJsonObject& dataset, const jobs::JobSpec& base);
/// The rest of an `attack` command whose job is stored as a run of its family: runOptionJob, then
/// @p summary of the stored run, or with --json @p json of it plus "project" and "run" when --project
/// was given. Returns the exit code.
int runStoredFamilyJob(
    const jobs::JobSpec& job, const QCommandLineParser& parser, const CommandContext& context,
    const QString& scratchName,
    const std::function<void(const project::ProjectStore&, std::int64_t)>& summary,
    const std::function<QJsonObject(const project::ProjectStore&, const project::RunRecord&)>& json);
/// `attack attribute` (AttributeCommand.cpp); @p args[1] is "attribute".
int runAttributeAttack(QStringList args, const CommandContext& context);
void printAttributeSummary(const project::ProjectStore& store, std::int64_t runId);
/// `attack canary` (CanaryCommand.cpp); @p args[1] is "canary".
int runCanaryAttack(QStringList args, const CommandContext& context);
void printCanarySummary(const project::ProjectStore& store, std::int64_t runId);
/// `attack reconstruction` (ReconstructionCommand.cpp); @p args[1] is "reconstruction".
int runReconstructionAttack(QStringList args, const CommandContext& context);
void printReconstructionSummary(const project::ProjectStore& store, std::int64_t runId);
/// `attack inversion` (MiFaceCommand.cpp); @p args[1] is "inversion".
int runMiFaceAttack(QStringList args, const CommandContext& context);
void printMiFaceSummary(const project::ProjectStore& store, std::int64_t runId);
/// `compare` (CompareCommand.cpp): membership runs side by side with their differences.
int runCompare(const CommandContext& context);
/// `data scan|risk` (DataCommand.cpp): personal data and re-identification risk of a table.
int runData(const CommandContext& context);
/// `subgroups` (SubgroupCommand.cpp): a membership run's statistics per subgroup of a column.
int runSubgroups(const CommandContext& context);
/// `attack memorisation` (MemorisationCommand.cpp); @p args[1] is "memorisation".
int runMemorisationAttack(QStringList args, const CommandContext& context);
/// A membership run's counterfactual memorisation (its findings and most memorised members), or that it
/// has none.
void printMemorisation(const attack::MembershipRunSummary& summary);

/// Reads the spec's data once before anything is recorded, so that a missing file, a label or column
/// the file does not have, a malformed CSV, or what the spec's family finds wrong with the data
/// (EvaluationFamily::checkData: an attribute column the data lacks) is a usage error that leaves the
/// project untouched (as for `attack mia`, which takes the same options), not a failed run. Prints the error
/// and returns false. (`run SPEC` records such a run as failed, with the reason, like the GUI.)
bool checkSpecData(const jobs::JobSpec& spec);
/// The stored run's figures and warnings on stdout, as its kind has them.
void printRunSummary(const project::ProjectStore& store, std::int64_t runId);
void printAuditSummary(const project::ProjectStore& store, std::int64_t runId);

/// Shared by train and attack: the data and model/training options, and reading them back.
void addTrainingOptions(QCommandLineParser& parser);
/// --project (keep the run in this project, else a temporary one) and --name, for the commands that run
/// one job from their options (runOptionJob).
void addStoredRunOptions(QCommandLineParser& parser);
/// Options the user left out take model::TrainingConfig::recommended(): the DP recipe with --dp, or
/// as @p dpRecipe says (a sweep trains every point with the DP recipe).
bool readTrainingOptions(const QCommandLineParser& parser, model::ModelSpec* spec,
                         model::TrainingConfig* config, std::optional<std::int64_t>* trainRows,
                         std::optional<bool> dpRecipe = std::nullopt);
/// The table from --data (a CSV file or "demo") with --label as its label, split into members
/// (@p memberRows, default 40%), non-members and population with @p seed, and the encoder: @p given
/// (for example the one a TorchScript model carries), or fitted as a training run with or without DP
/// fits it (data::TableEncoder::fitForTraining). Prints the error and returns nothing on bad input.
struct PreparedData
{
    data::DataTable table;
    data::DataSplit split;
    data::TableEncoder encoder;
};
/// Where `train --out MODEL.pt` writes the model's encoder: MODEL.encoder.json.
QString encoderPathFor(const QString& modelPath);
/// The --label, --column, --role, --max-distinct-ratio and --max-label-classes options as one plan.
std::optional<data::ColumnPlan> readColumnPlan(const QCommandLineParser& parser);
/// The same options as a job spec's "dataset" object (paths made absolute), with @p trainRows as
/// member_rows; prints the error and returns nothing on bad input.
std::optional<QJsonObject> datasetSpecJson(const QCommandLineParser& parser,
                                           std::optional<std::int64_t> trainRows);
std::optional<PreparedData>
prepareData(const QCommandLineParser& parser, std::optional<std::int64_t> memberRows, std::uint64_t seed,
            bool dp, const std::optional<data::TableEncoder>& given = std::nullopt,
            const std::optional<data::DpEstimateOptions>& estimates = std::nullopt);

} // namespace privaudit::cli
