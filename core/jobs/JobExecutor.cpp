#include "jobs/JobExecutor.h"

#include "attack/MembershipInference.h"
#include "attack/MembershipRunSummary.h"
#include "common/JsonNumber.h"
#include "data/CsvImporter.h"
#include "data/DataSplit.h"
#include "data/DemoData.h"
#include "data/TableEncoder.h"
#include "model/Classifier.h"
#include "model/PredictionsFile.h"

#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>
#include <privaudit/Version.h>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace privaudit::jobs {

namespace {

using Clock = std::chrono::steady_clock;

QJsonObject interval(const metrics::Interval& i)
{
    return QJsonObject{{QStringLiteral("low"), i.low}, {QStringLiteral("high"), i.high}};
}

/// Cancellation as an exception-free early return: every stage checks this.
struct Cancelled
{
};

} // namespace

QString jobOutcomeName(JobOutcome outcome)
{
    switch (outcome) {
    case JobOutcome::Completed:
        return QStringLiteral("completed");
    case JobOutcome::Failed:
        return QStringLiteral("failed");
    case JobOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QJsonObject JobExecutor::metricsJson(const metrics::AttackMetrics& m)
{
    QJsonObject tpr, tprCi;
    for (std::size_t l = 0; l < m.fprLevels.size(); ++l) {
        const QString key = QString::number(m.fprLevels[l]);
        tpr[key] = m.tprAtFpr[l];
        tprCi[key] = interval(m.tprAtFprCi[l]);
    }
    return QJsonObject{
        {QStringLiteral("auc"), m.auc},
        {QStringLiteral("advantage"), m.advantage},
        {QStringLiteral("advantage_p_value"), m.advantagePValue},
        {QStringLiteral("tpr_at_fpr"), tpr},
        {QStringLiteral("ci95"), QJsonObject{{QStringLiteral("auc"), interval(m.aucCi)},
                                             {QStringLiteral("advantage"), interval(m.advantageCi)},
                                             {QStringLiteral("tpr_at_fpr"), tprCi}}},
        {QStringLiteral("epsilon_lower_bound"), m.epsilonLowerBound.epsilon},
        // Where the bound was found, so that anyone can recompute it from the exported scores.
        {QStringLiteral("epsilon_lower_bound_at"),
         QJsonObject{{QStringLiteral("threshold"), std::isfinite(m.epsilonLowerBound.threshold)
                                                       ? QJsonValue(m.epsilonLowerBound.threshold)
                                                       : QJsonValue()},
                     {QStringLiteral("thresholds_tried"), m.epsilonLowerBound.thresholdsTried},
                     {QStringLiteral("rule"), QStringLiteral("member when score >= threshold")}}},
        {QStringLiteral("members"), static_cast<qint64>(m.members)},
        {QStringLiteral("non_members"), static_cast<qint64>(m.nonMembers)},
        {QStringLiteral("bootstrap_resamples"), m.bootstrapResamples},
        {QStringLiteral("tpr_convention"), QStringLiteral("largest TPR with FPR <= level")},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(m.warnings)},
    };
}

QJsonObject JobExecutor::softwareJson(const compute::ComputeSettings& settings)
{
    const compute::RuntimeInfo rt = compute::ComputeEnvironment::runtimeInfo();
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("privaudit")},
        {QStringLiteral("version"), QStringLiteral(PRIVAUDIT_VERSION_STRING)},
        {QStringLiteral("build_type"), QStringLiteral(PRIVAUDIT_BUILD_TYPE)},
        {QStringLiteral("qt"), rt.qtVersion},
        {QStringLiteral("libtorch"), rt.torchVersion},
        {QStringLiteral("eigen"), rt.eigenVersion},
        {QStringLiteral("sqlite"), rt.sqliteVersion},
        {QStringLiteral("fftw"), rt.fftwVersion},
        {QStringLiteral("blas"), QJsonObject{{QStringLiteral("library"), rt.blasLibrary},
                                             {QStringLiteral("config"), rt.blasConfig},
                                             {QStringLiteral("openblas"), rt.blasIsOpenBlas},
                                             {QStringLiteral("reference_blas"), rt.blasIsReference},
                                             {QStringLiteral("threads"), rt.blasThreads}}},
        {QStringLiteral("threads"), rt.torchThreads},
        {QStringLiteral("cores"), settings.cores},
        {QStringLiteral("job_workers"), settings.jobWorkers},
        {QStringLiteral("device"), settings.deviceName().toLower()},
        {QStringLiteral("cuda_available"), rt.cudaAvailable},
        {QStringLiteral("cuda_devices"), rt.cudaDevices},
    };
}

JobResult JobExecutor::run(const JobSpec& spec, project::ProjectStore& store,
                           const compute::ComputeSettings& settings, const std::atomic<bool>& cancel,
                           const std::function<void(const JobProgress&)>& progress)
{
    const auto start = Clock::now();
    auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
    auto report = [&](double fraction, const QString& stage) {
        if (progress) {
            JobProgress p;
            p.fraction = std::clamp(fraction, 0.0, 1.0);
            p.stage = stage;
            const double t = elapsed();
            if (p.fraction > 0.02 && t > 1.0) p.etaSeconds = t * (1.0 - p.fraction) / p.fraction;
            progress(p);
        }
        return !cancel.load();
    };

    JobResult result;
    project::RunRecord record;
    record.name = spec.name;
    record.kind = project::runKindName(project::RunKind::MembershipInference);
    record.specJson = spec.toJsonBytes();
    record.seed = spec.seed;
    record.software = softwareJson(settings);
    auto begun = store.beginRun(record);
    if (!begun) {
        result.message = begun.error();
        return result;
    }
    result.runId = *begun;

    auto finish = [&](JobOutcome outcome, const QString& message) {
        result.outcome = outcome;
        result.message = message;
        const QString err = store.endRun(result.runId,
                                         outcome == JobOutcome::Cancelled ? project::RunStatus::Cancelled
                                                                          : project::RunStatus::Failed,
                                         message, elapsed());
        if (!err.isEmpty()) result.message += QLatin1Char(' ') + err;
        return result;
    };

    try {
        project::RunOutcome outcome;
        std::vector<attack::AttackScores> attacks;
        double delta = 1e-5;
        report(0.0, tr("Loading the data"));

        if (spec.targetKind == TargetKind::Predictions) {
            const auto predictions = model::PredictionsFile::import(spec.targetPath);
            if (!predictions) return finish(JobOutcome::Failed, predictions.error());
            if (!predictions->members)
                return finish(
                    JobOutcome::Failed,
                    tr("The predictions file '%1' has no 'member' column, so there is no ground truth to "
                       "measure an attack against.")
                        .arg(spec.targetPath));
            std::vector<std::int64_t> rows(predictions->labels.size());
            std::iota(rows.begin(), rows.end(), std::int64_t(0));
            QStringList notRun; // stored by name; runWarnings() says why in the reader's language
            for (const QString& a : spec.attacks) {
                if (!attack::AttackCatalogue::whyNotOnPredictions(a).isEmpty()) {
                    notRun << a;
                    continue;
                }
                attacks.push_back(attack::MembershipInference::thresholdAttack(
                    a, predictions->logits, predictions->labels, *predictions->members, rows));
            }
            if (attacks.empty())
                return finish(JobOutcome::Failed,
                              tr("None of the requested attacks can run on a predictions file; use "
                                 "%1.")
                                  .arg(attack::AttackCatalogue::onPredictions().join(QStringLiteral(", "))));
            project::ModelRecord m;
            m.name = QFileInfo(spec.targetPath).fileName();
            m.kind = QStringLiteral("predictions");
            m.path = spec.targetPath;
            m.sha256 = predictions->sha256;
            outcome.models.push_back(m);
            attack::MembershipRunSummary summary;
            summary.members = std::count(predictions->members->begin(), predictions->members->end(), true);
            summary.nonMembers =
                std::count(predictions->members->begin(), predictions->members->end(), false);
            summary.notRun = notRun;
            if (predictions->fromProbabilities)
                summary.targetOutputs =
                    QJsonObject{{QStringLiteral("kind"), QStringLiteral("probabilities")}};
            outcome.summary = summary.toJson();
        } else {
            if (spec.label.isEmpty() && spec.dataSource != QLatin1String("demo"))
                return finish(JobOutcome::Failed, tr("The spec names no label column (dataset.label)."));
            auto loaded = spec.columnPlan().load(spec.dataSource);
            if (!loaded) return finish(JobOutcome::Failed, loaded.error());
            data::DataTable table = std::move(loaded).value();
            if (table.labelIndex() < 0)
                return finish(JobOutcome::Failed, tr("The spec names no label column (dataset.label)."));
            if (!report(0.01, tr("Splitting the data"))) throw Cancelled{};
            data::SplitSpec splitSpec;
            splitSpec.memberRows = spec.memberRows.value_or(0);
            splitSpec.seed = spec.seed;
            auto split = data::DataSplit::make(table, splitSpec);
            if (!split) return finish(JobOutcome::Failed, split.error());
            auto encoder = spec.declaredEncoder
                               ? data::TableEncoder::declared(*spec.declaredEncoder)
                               : data::TableEncoder::fitForTraining(table, *split, spec.training.dp);
            if (!encoder) return finish(JobOutcome::Failed, encoder.error());
            if (spec.declaredEncoder)
                if (const QString problem = encoder->checkApplies(table); !problem.isEmpty())
                    return finish(JobOutcome::Failed,
                                  tr("The declared encoder does not fit this data: %1.").arg(problem));

            project::DatasetRecord d;
            // PrivAudit's own texts are stored in English and translated when shown (project::builtInText).
            d.name = spec.dataSource == QLatin1String("demo") ? QString::fromLatin1(project::kDemoDatasetName)
                                                              : QFileInfo(spec.dataSource).fileName();
            d.path = spec.dataSource;
            d.sha256 = table.contentSha256();
            d.fingerprint = table.fingerprint();
            d.rows = std::int64_t(table.rowCount());
            d.columns = std::int64_t(table.columnCount());
            d.schemaJson = table.storedSchemaJson();
            if (spec.dataSource == QLatin1String("demo")) {
                d.origin = QString::fromLatin1(data::DemoData::noticeSource());
                d.licence = QString::fromLatin1(project::kDemoLicence);
                d.consent = QString::fromLatin1(project::kDemoConsent);
                d.purpose = QString::fromLatin1(project::kDemoPurpose);
            }
            outcome.dataset = d;

            attack::MiaConfig config;
            config.attacks = spec.attacks;
            config.referenceModels = spec.referenceModels;
            config.liraOnline = spec.online;
            config.liraFixedVariance = spec.fixedVariance;
            config.seed = spec.seed;
            std::optional<model::ExternalModel> external;
            if (spec.targetKind == TargetKind::TorchScript) {
                auto loadedModel =
                    model::ExternalModel::load(spec.targetPath, encoder->inputWidth(), encoder->classCount());
                if (!loadedModel) return finish(JobOutcome::Failed, loadedModel.error());
                external.emplace(std::move(loadedModel).value());
                external->setCancelFlag(&cancel);
                config.externalTarget = [&external](const data::FeatureMatrix& x) {
                    return external->evaluate(x, std::vector<std::int64_t>(std::size_t(x.rows()), 0)).logits;
                };
            }
            auto mia = attack::MembershipInference::run(
                table, *split, *encoder, spec.model, spec.training, config, settings,
                [&](double f, const QString& stage) { return report(0.02 + 0.88 * f, stage); });
            if (cancel.load()) throw Cancelled{};
            if (!mia) return finish(JobOutcome::Failed, mia.error());
            attacks = mia->attacks;

            project::ModelRecord m;
            m.name = external ? QFileInfo(spec.targetPath).fileName()
                              : QString::fromLatin1(project::kTrainedModelName);
            m.kind = external ? QStringLiteral("torchscript") : QStringLiteral("trained");
            m.spec = spec.model.toString();
            m.path = external ? spec.targetPath : QString();
            m.sha256 = external ? external->sha256()
                                : QString::fromLatin1(QCryptographicHash::hash(mia->targetTorchScript,
                                                                               QCryptographicHash::Sha256)
                                                          .toHex());
            m.weights = mia->targetTorchScript;
            m.training = spec.toJson().value(QStringLiteral("target")).toObject();
            if (spec.training.dp && !external) {
                const auto& t = mia->targetTraining;
                m.dp = QJsonObject{{QStringLiteral("noise_multiplier"), t.noiseMultiplier},
                                   {QStringLiteral("sampling_rate"), t.samplingRate},
                                   {QStringLiteral("steps"), qint64(t.steps)},
                                   {QStringLiteral("epochs"), int(t.epochs.size())},
                                   {QStringLiteral("max_grad_norm"), spec.training.maxGradNorm},
                                   {QStringLiteral("epsilon"), jsonNumber(t.epsilon)},
                                   {QStringLiteral("delta"), spec.training.delta},
                                   {QStringLiteral("accountant"), QStringLiteral("rdp")},
                                   {QStringLiteral("stopped_at_epsilon_budget"), t.stoppedAtBudget}};
                delta = spec.training.delta;
            }
            outcome.models.push_back(m);
            const bool dp = spec.training.dp && !external;
            attack::MembershipRunSummary summary;
            summary.members = std::int64_t(split->members.size());
            summary.nonMembers = std::int64_t(split->nonMembers.size());
            summary.dp = dp;
            attack::TargetFigures& t = summary.target.emplace();
            t.trainAccuracy = mia->targetTrainAccuracy;
            t.testAccuracy = mia->targetTestAccuracy;
            t.testLoss = mia->targetTestLoss;
            t.testAuc = mia->targetTestAuc;
            t.referenceModels = mia->referenceModels;
            t.referenceSeconds = mia->referenceSeconds;
            t.epsilon = dp ? mia->targetTraining.epsilon : std::numeric_limits<double>::infinity();
            t.delta = dp ? spec.training.delta : 0.0;
            t.noiseMultiplier = mia->targetTraining.noiseMultiplier;
            t.samplingRate = mia->targetTraining.samplingRate;
            t.steps = mia->targetTraining.steps;
            t.epochs = int(mia->targetTraining.epochs.size()); // that ran (a budget may stop early)
            t.inputWidth = encoder->inputWidth();
            t.encoder = encoder->summaryJson();
            t.utility = mia->utility.toJson();
            summary.dataNotes = table.notes();
            if (external && external->outputKind() == model::ExternalModel::OutputKind::Probabilities)
                summary.targetOutputs = external->outputJson();
            if (external) summary.sandbox = external->sandboxJson();
            // Warnings are not stored as text (the interface language may change); runWarnings() derives
            // them. The label's class balance over the rows this run used (members and non-members), for the
            // report.
            for (const auto& c : table.columns())
                if (c.role == data::ColumnRole::Label)
                    for (const auto* rows : {&split->members, &split->nonMembers})
                        for (const auto row : *rows)
                            summary.labelCounts[c.text(std::size_t(row))]++;
            outcome.summary = summary.toJson();
        }

        metrics::MetricsOptions options;
        options.bootstrapResamples = spec.bootstrap;
        options.threads = settings.cores;
        options.delta = delta;
        options.seed = spec.seed;
        for (std::size_t i = 0; i < attacks.size(); ++i) {
            const auto& a = attacks[i];
            if (!report(0.9 + 0.08 * double(i) / double(attacks.size()),
                        tr("Statistics for %1").arg(a.attack)))
                throw Cancelled{};
            const auto m = metrics::MembershipMetrics::compute(a.records, options);
            QJsonObject json = metricsJson(m);
            json[QStringLiteral("seconds")] = a.seconds;
            outcome.results.push_back({a.attack, a.variant,
                                       QJsonDocument(json).toJson(QJsonDocument::Compact),
                                       project::RecordScores{a.records.scores, a.records.members, a.rowIds}});
        }
        if (!report(0.98, tr("Saving the results"))) throw Cancelled{};
        if (const QString err = store.completeRun(result.runId, outcome, elapsed()); !err.isEmpty())
            return finish(JobOutcome::Failed, err);
        result.outcome = JobOutcome::Completed;
        report(1.0, tr("Done"));
        return result;
    } catch (const Cancelled&) {
        return finish(JobOutcome::Cancelled,
                      tr("Cancelled by the user after %1 s.").arg(elapsed(), 0, 'f', 1));
    } catch (const std::exception& e) {
        return finish(
            JobOutcome::Failed,
            tr("The job failed: %1").arg(QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0)));
    }
}

} // namespace privaudit::jobs
