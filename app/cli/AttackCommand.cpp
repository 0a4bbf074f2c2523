#include "attack/AttackCatalogue.h"
#include "attack/MembershipRunSummary.h"
#include "attack/OneRunAuditSummary.h"
#include "CommandLine.h"
#include "Commands.h"
#include "metrics/MembershipMetrics.h"
#include "model/Classifier.h"
#include "model/PredictionsFile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryDir>

namespace privaudit::cli {

namespace {

/// The stored per-record scores of a run's attacks as "attack,row,member,score" (scores exact in 17 digits).
QString writeStoredScores(const QString& path, const project::ProjectStore& store,
                          const std::vector<project::ResultRecord>& results)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return f.errorString();
    f.write("attack,row,member,score\n");
    for (const project::ResultRecord& r : results) {
        const auto scores = store.scores(r.id);
        if (!scores) return scores.error();
        for (std::size_t i = 0; i < scores->scores.size(); ++i)
            f.write(
                r.attack.toUtf8() + ',' +
                QByteArray::number(qint64(i < scores->rowIds.size() ? scores->rowIds[i] : std::int64_t(i))) +
                ',' + (scores->members[i] ? "1" : "0") + ',' +
                QByteArray::number(scores->scores[i], 'g', 17) + '\n');
    }
    return f.commit() ? QString() : f.errorString();
}

/// What `attack mia --json` has always put beside each attack's statistics ("run_..."), read from the
/// stored run: the data, the target and its training, the encoder.
QJsonObject storedRunFields(const project::ProjectStore& store, const project::RunRecord& run,
                            const jobs::JobSpec& job)
{
    const attack::MembershipRunSummary s = attack::MembershipRunSummary::fromJson(run.summary);
    QJsonObject out{{QStringLiteral("seed"), static_cast<qint64>(job.seed)}};
    if (const auto models = store.models(run.id); models && !models->empty()) {
        const project::ModelRecord& m = models->front();
        if (m.kind == QLatin1String("predictions")) out[QStringLiteral("predictions_sha256")] = m.sha256;
        if (m.kind == QLatin1String("torchscript")) out[QStringLiteral("target_model_sha256")] = m.sha256;
    }
    if (const auto datasets = store.datasets())
        for (const auto& d : *datasets)
            if (d.id == run.datasetId) {
                out[QStringLiteral("dataset_sha256")] = d.sha256;
                out[QStringLiteral("dataset_fingerprint")] = d.fingerprint;
            }
    if (!s.sandbox.isEmpty()) out[QStringLiteral("sandbox")] = s.sandbox;
    if (s.targetOutputs.value(QStringLiteral("kind")).toString() == QLatin1String("probabilities"))
        out[QStringLiteral("target_outputs")] = QStringLiteral("probabilities");
    if (s.target) {
        const attack::TargetFigures& t = *s.target;
        out[QStringLiteral("encoder_fitted_on")] = t.encoder.value(QStringLiteral("fitted_on"));
        out[QStringLiteral("encoder_sha256")] = t.encoder.value(QStringLiteral("sha256"));
        out[QStringLiteral("model")] = job.model.toString();
        out[QStringLiteral("target_train_accuracy")] = t.trainAccuracy;
        out[QStringLiteral("target_test_accuracy")] = t.testAccuracy;
        out[QStringLiteral("utility")] = t.utility;
        out[QStringLiteral("reference_models")] = t.referenceModels;
        if (s.dp) {
            out[QStringLiteral("epsilon")] = jsonNumber(t.epsilon);
            out[QStringLiteral("delta")] = t.delta;
        }
    }
    return out;
}

int runAudit(QStringList args, const CommandContext& context)
{
    args.removeAt(1);
    args[0] += QStringLiteral(" audit");
    CommandLine cli(
        args,
        CliText::tr(
            "One-run privacy audit (Steinke, Nasr & Jagielski 2023): add mislabelled canaries from the "
            "population "
            "pool to the training set with probability 1/2 each, train once with the given recipe, guess "
            "membership from the canaries' losses and report an empirical epsilon lower bound next to the "
            "accountant's epsilon."));
    QCommandLineParser& parser = cli.parser();
    addTrainingOptions(parser);
    parser.addOptions({
        {QStringLiteral("canaries"), CliText::tr("Number of canaries (default 1000)."), QStringLiteral("m"),
         QStringLiteral("1000")},
        {QStringLiteral("guesses"), CliText::tr("Number of guesses, half IN and half OUT (default 200)."),
         QStringLiteral("r"), QStringLiteral("200")},
    });
    addStoredRunOptions(parser);
    if (const auto stop = cli.parse()) return *stop;
    if (!cli.require({QStringLiteral("data")})) return ExitUsage;
    if (parser.isSet(QStringLiteral("secure-noise"))) {
        printErr(CliText::tr("attack audit: --secure-noise is not available for an audit (a job spec has "
                             "no such setting); leave it out."));
        return ExitUsage;
    }
    bool ok = true;
    const auto canaries = integerOption(parser, QStringLiteral("canaries"), false, &ok);
    const auto guesses = integerOption(parser, QStringLiteral("guesses"), false, &ok);
    model::ModelSpec spec;
    model::TrainingConfig training;
    std::optional<std::int64_t> trainRows;
    if (!ok || !readTrainingOptions(parser, &spec, &training, &trainRows)) return ExitUsage;
    const auto dataset = datasetSpecJson(parser, trainRows);
    if (!dataset) return ExitUsage;
    // The options become a job spec of kind one-run-audit, validated like a spec file, and run by the job
    // executor like every other job: the same code stores it in a project and runs it here.
    jobs::JobSpec base;
    base.model = spec;
    base.training = training;
    QJsonObject root{
        {QStringLiteral("schema_version"), jobs::kJobSpecVersion},
        {QStringLiteral("kind"), project::runKindName(project::RunKind::OneRunAudit)},
        {QStringLiteral("seed"), qint64(training.seed)},
        {QStringLiteral("dataset"), *dataset},
        {QStringLiteral("target"), base.toJson().value(QStringLiteral("target"))},
        {QStringLiteral("audit"), QJsonObject{{QStringLiteral("canaries"), qint64(canaries.value_or(1000))},
                                              {QStringLiteral("guesses"), qint64(guesses.value_or(200))}}},
    };
    if (parser.isSet(QStringLiteral("name")))
        root[QStringLiteral("name")] = parser.value(QStringLiteral("name"));
    const auto job = jobs::JobSpec::fromJson(QJsonDocument(root).toJson());
    if (!job) {
        printErr(job.error());
        return ExitUsage;
    }
    if (!checkSpecData(*job)) return ExitUsage;
    const bool json = parser.isSet(QStringLiteral("json"));
    OptionJobRun ran;
    if (const auto stop = runOptionJob(*job, parser, context, QStringLiteral("audit.privaudit"), json, &ran))
        return *stop;
    const QString& path = ran.path;
    project::ProjectStore* store = ran.store.get();
    const JobOutcomeText& outcome = ran.outcome;
    const auto run = store->run(outcome.runId);
    if (!run) {
        printErr(run.error());
        return ExitFailure;
    }
    const attack::OneRunAuditSummary result = attack::OneRunAuditSummary::fromJson(run->summary);
    if (json) {
        QJsonObject out{{QStringLiteral("attack"), QStringLiteral("one-run-audit")},
                        {QStringLiteral("canaries"), result.canaries},
                        {QStringLiteral("included"), result.included},
                        {QStringLiteral("guesses"), result.guesses},
                        {QStringLiteral("correct"), result.correct},
                        {QStringLiteral("epsilon_lower_bound"), result.epsilonLowerBound},
                        {QStringLiteral("accountant_epsilon"), jsonNumber(result.accountantEpsilon)},
                        {QStringLiteral("delta"), result.delta},
                        {QStringLiteral("confidence"), result.confidence},
                        {QStringLiteral("exceeds_accountant"), result.exceedsAccountant()},
                        {QStringLiteral("verdict"), result.verdict()},
                        {QStringLiteral("seed"), static_cast<qint64>(job->seed)},
                        {QStringLiteral("warnings"),
                         QJsonArray::fromStringList(jobs::runWarnings(run->specJson, run->summary))}};
        if (const auto datasets = store->datasets())
            for (const auto& d : *datasets)
                if (d.id == run->datasetId) out[QStringLiteral("dataset_sha256")] = d.sha256;
        if (parser.isSet(QStringLiteral("project"))) {
            out[QStringLiteral("project")] = path;
            out[QStringLiteral("run")] = qint64(outcome.runId);
        }
        printJson(out);
        return ExitOk;
    }
    printAuditSummary(*store, outcome.runId);
    return ExitOk;
}

/// The target part of the spec `attack mia` runs: a predictions file, or --data with a trained or
/// TorchScript target. Bad input is a usage error here, before anything is recorded.
std::optional<int> addMiaTarget(const QCommandLineParser& parser, const QStringList& attacks, bool json,
                                QJsonObject* spec)
{
    QJsonObject& root = *spec;
    if (parser.isSet(QStringLiteral("predictions"))) {
        const QString file = QFileInfo(parser.value(QStringLiteral("predictions"))).absoluteFilePath();
        const auto predictions = model::PredictionsFile::import(file);
        if (!predictions) {
            printErr(predictions.error());
            return ExitUsage;
        }
        if (!predictions->members) {
            printErr(
                CliText::tr("--predictions: the file has no 'member' column, so there is no ground truth to "
                            "measure an attack against."));
            return ExitUsage;
        }
        QStringList runnable;
        for (const QString& a : attacks) {
            if (const QString why = attack::AttackCatalogue::whyNotOnPredictions(a); !why.isEmpty())
                printErr(CliText::tr("not run: %1: %2").arg(a, why));
            else
                runnable << a;
        }
        if (runnable.isEmpty()) {
            printErr(
                CliText::tr("--predictions: none of the requested attacks can run on a predictions file; use "
                            "%1.")
                    .arg(attack::AttackCatalogue::onPredictions().join(QStringLiteral(", "))));
            return ExitUsage;
        }
        root[QStringLiteral("target")] = QJsonObject{{QStringLiteral("kind"), QStringLiteral("predictions")},
                                                     {QStringLiteral("path"), file}};
    } else {
        if (!parser.isSet(QStringLiteral("data"))) {
            printErr(CliText::tr("missing required option --data (or --predictions)"));
            return ExitUsage;
        }
        jobs::JobSpec base;
        std::optional<std::int64_t> trainRows;
        if (!readTrainingOptions(parser, &base.model, &base.training, &trainRows)) return ExitUsage;
        const auto dataset = datasetSpecJson(parser, trainRows);
        if (!dataset) return ExitUsage;
        root[QStringLiteral("seed")] = qint64(base.training.seed);
        root[QStringLiteral("dataset")] = *dataset;
        if (parser.isSet(QStringLiteral("target-model"))) {
            // Opened here first so that a file that is not a TorchScript model is a usage error.
            const QString targetPath =
                QFileInfo(parser.value(QStringLiteral("target-model"))).absoluteFilePath();
            auto opened = model::ExternalModel::open(targetPath);
            if (!opened) {
                printErr(opened.error());
                return ExitUsage;
            }
            if (!opened->encoderJson() && !json)
                printErr(
                    CliText::tr(
                        "Note: %1 carries no encoder.json; its inputs are encoded as 'privaudit-cli train' "
                        "%2 would encode them (see train --help for the contract).")
                        .arg(targetPath, base.training.dp ? QStringLiteral("--dp") : QString()));
            base.targetKind = jobs::TargetKind::TorchScript;
            base.targetPath = targetPath;
        }
        root[QStringLiteral("target")] = base.toJson().value(QStringLiteral("target"));
    }
    return std::nullopt;
}

/// What `attack mia` prints, read back from the run it stored: one line (or JSON object) per attack, the
/// statistics warnings, the run's warnings, and with --scores-out every record's score.
int printMiaRun(const QCommandLineParser& parser, const OptionJobRun& ran, const jobs::JobSpec& job,
                bool json)
{
    const QString& path = ran.path;
    const project::ProjectStore* store = ran.store.get();
    const JobOutcomeText& outcome = ran.outcome;
    const auto run = store->run(outcome.runId);
    const auto results = store->results(outcome.runId);
    if (!run || !results) {
        printErr(run ? results.error() : run.error());
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("scores-out")))
        if (const QString err =
                writeStoredScores(parser.value(QStringLiteral("scores-out")), *store, *results);
            !err.isEmpty()) {
            printErr(CliText::tr("cannot write the scores to '%1': %2")
                         .arg(parser.value(QStringLiteral("scores-out")), err));
            return ExitFailure;
        }
    // The run's warnings (target learned nothing, probabilities read as log-probabilities, the model's
    // sandbox, recipe problems), derived from the stored run in the reader's language.
    const QStringList runWarnings = jobs::runWarnings(run->specJson, run->summary);
    const QJsonObject fields = storedRunFields(*store, *run, job);
    QJsonArray out;
    for (const project::ResultRecord& r : *results) {
        const metrics::AttackMetrics m = metrics::AttackMetrics::fromJson(r.metricsJson);
        QJsonObject o = m.toJson();
        o[QStringLiteral("attack")] = r.attack;
        o[QStringLiteral("variant")] = r.variant;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            o[QStringLiteral("run_") + it.key()] = it.value();
        o[QStringLiteral("warnings")] =
            QJsonArray::fromStringList(metrics::MembershipMetrics::warningsFor(m) + runWarnings);
        if (parser.isSet(QStringLiteral("project"))) {
            o[QStringLiteral("project")] = path;
            o[QStringLiteral("run")] = qint64(outcome.runId);
            o[QStringLiteral("result")] = qint64(r.id);
        }
        out.append(o);
        if (!json) {
            printOut(CliText::tr(
                         "%1 (%2): AUC %3 [%4, %5], advantage %6, TPR at 0.1% / 1% / 10% FPR: %7 / %8 / %9, "
                         "empirical epsilon >= %10")
                         .arg(r.attack, r.variant)
                         .arg(QLocale().toString(m.auc, 'f', 4))
                         .arg(QLocale().toString(m.aucCi.low, 'f', 4))
                         .arg(QLocale().toString(m.aucCi.high, 'f', 4))
                         .arg(QLocale().toString(m.advantage, 'f', 4))
                         .arg(QLocale().toString(m.tprAt(0.001), 'f', 4))
                         .arg(QLocale().toString(m.tprAt(0.01), 'f', 4))
                         .arg(QLocale().toString(m.tprAt(0.1), 'f', 4))
                         .arg(QLocale().toString(m.epsilonLowerBound.epsilon, 'f', 3)));
            for (const QString& w : metrics::MembershipMetrics::warningsFor(m))
                printOut(QStringLiteral("  ") + w);
        }
    }
    if (json) {
        // Attacks that could not run are listed too, so that a CI reading the array sees what is missing.
        for (const QString& a : attack::MembershipRunSummary::fromJson(run->summary).notRun)
            out.append(
                QJsonObject{{QStringLiteral("attack"), a},
                            {QStringLiteral("status"), QStringLiteral("not_run")},
                            {QStringLiteral("reason"), attack::AttackCatalogue::whyNotOnPredictions(a)}});
        printJson(out);
    } else {
        if (const auto summary = attack::MembershipRunSummary::fromJson(run->summary); summary.memorisation)
            printMemorisation(summary);
        for (const QString& w : runWarnings)
            printErr(CliText::tr("warning: %1").arg(w));
        if (parser.isSet(QStringLiteral("project")))
            printOut(CliText::tr("Stored as run %1 in %2.").arg(outcome.runId).arg(path));
    }
    return ExitOk;
}

} // namespace

std::optional<int> runOptionJob(const jobs::JobSpec& job, const QCommandLineParser& parser,
                                const CommandContext& context, const QString& scratchName, bool json,
                                OptionJobRun* run)
{
    run->path = parser.isSet(QStringLiteral("project")) ? parser.value(QStringLiteral("project"))
                                                        : run->scratch.filePath(scratchName);
    run->store = openOrCreateProject(run->path, QFileInfo(run->path).completeBaseName(), json);
    if (!run->store) return ExitUsage;
    if (run->store->isReadOnly()) {
        printErr(CliText::tr("Cannot run into '%1': it is read-only (%2).")
                     .arg(run->path, run->store->readOnlyReason()));
        return ExitUsage;
    }
    run->outcome = runJobWithProgress(job, *run->store, context.settings, json);
    if (run->outcome.status != jobs::JobOutcome::Completed) {
        printErr(run->outcome.message);
        return ExitFailure;
    }
    return std::nullopt;
}

std::optional<jobs::JobSpec> familySpecFromOptions(const QCommandLineParser& parser, project::RunKind kind,
                                                   const QString& section, const QJsonObject& options,
                                                   const QJsonObject& dataset, const jobs::JobSpec& base)
{
    QJsonObject root{{QStringLiteral("schema_version"), jobs::kJobSpecVersion},
                     {QStringLiteral("kind"), project::runKindName(kind)},
                     {QStringLiteral("seed"), qint64(base.training.seed)},
                     {QStringLiteral("dataset"), dataset},
                     {QStringLiteral("target"), base.toJson().value(QStringLiteral("target"))},
                     {section, options}};
    if (parser.isSet(QStringLiteral("name")))
        root[QStringLiteral("name")] = parser.value(QStringLiteral("name"));
    const auto job = jobs::JobSpec::fromJson(QJsonDocument(root).toJson());
    if (!job) {
        printErr(job.error());
        return std::nullopt;
    }
    // The options are checked on the data too (the family's checkData): a column the data lacks is a
    // usage error, not a failed run.
    if (!checkSpecData(*job)) return std::nullopt;
    return *job;
}

int runStoredFamilyJob(
    const jobs::JobSpec& job, const QCommandLineParser& parser, const CommandContext& context,
    const QString& scratchName,
    const std::function<void(const project::ProjectStore&, std::int64_t)>& summary,
    const std::function<QJsonObject(const project::ProjectStore&, const project::RunRecord&)>& json)
{
    const bool asJson = parser.isSet(QStringLiteral("json"));
    OptionJobRun ran;
    if (const auto stop = runOptionJob(job, parser, context, scratchName, asJson, &ran)) return *stop;
    const auto run = ran.store->run(ran.outcome.runId);
    if (!run) {
        printErr(run.error());
        return ExitFailure;
    }
    if (!asJson) {
        summary(*ran.store, ran.outcome.runId);
        if (parser.isSet(QStringLiteral("project")))
            printOut(CliText::tr("Stored as run %1 in %2.").arg(ran.outcome.runId).arg(ran.path));
        return ExitOk;
    }
    QJsonObject out = json(*ran.store, *run);
    if (parser.isSet(QStringLiteral("project"))) {
        out[QStringLiteral("project")] = ran.path;
        out[QStringLiteral("run")] = qint64(ran.outcome.runId);
    }
    printJson(out);
    return ExitOk;
}

int runAttack(const CommandContext& context)
{
    QStringList args = context.arguments;
    if (args.size() >= 2 && args[1] == QLatin1String("audit")) return runAudit(args, context);
    if (args.size() >= 2 && args[1] == QLatin1String("attribute")) return runAttributeAttack(args, context);
    if (args.size() >= 2 && args[1] == QLatin1String("canary")) return runCanaryAttack(args, context);
    if (args.size() >= 2 && args[1] == QLatin1String("reconstruction"))
        return runReconstructionAttack(args, context);
    if (args.size() >= 2 && args[1] == QLatin1String("inversion")) return runMiFaceAttack(args, context);
    if (args.size() >= 2 && args[1] == QLatin1String("memorisation"))
        return runMemorisationAttack(args, context);
    if (args.size() < 2 || args[1] != QLatin1String("mia")) {
        return CommandLine::subcommandUsage(
            args, CliText::tr(
                      "attack: use 'attack mia' (membership inference), 'attack attribute' (attribute "
                      "inference), 'attack canary' (canary exposure), 'attack memorisation' (counterfactual "
                      "memorisation), 'attack reconstruction' (informed reconstruction), 'attack inversion' "
                      "(MI-Face model inversion) or 'attack audit' "
                      "(one-run privacy audit); "
                      "see privaudit-cli attack mia --help"));
    }
    args.removeAt(1);
    args[0] += QStringLiteral(" mia");

    CommandLine cli(
        args,
        CliText::tr(
            "Membership inference: train a target (or load --target-model, or read --predictions), run the "
            "attacks "
            "and report AUC, advantage, TPR at 0.1%, 1% and 10% FPR with bootstrap intervals and an "
            "empirical "
            "epsilon lower bound. With --target-model, members are the rows the same --seed and --train-rows "
            "selected when 'privaudit-cli train' trained it."));
    QCommandLineParser& parser = cli.parser();
    addTrainingOptions(parser);
    parser.addOptions({
        {QStringLiteral("attack"),
         CliText::tr("Comma-separated: %1, or all (default %2).")
             .arg(attack::AttackCatalogue::names().join(QStringLiteral(", ")),
                  attack::AttackCatalogue::defaults().join(QLatin1Char(','))),
         QStringLiteral("list"), attack::AttackCatalogue::defaults().join(QLatin1Char(','))},
        {QStringLiteral("reference-models"), CliText::tr("Reference models for LiRA and RMIA (default 16)."),
         QStringLiteral("k"), QStringLiteral("16")},
        {QStringLiteral("offline"), CliText::tr("LiRA and RMIA offline (OUT reference models only).")},
        {QStringLiteral("per-example-variance"),
         CliText::tr("LiRA with per-example variances (needs many reference models).")},
        {QStringLiteral("target-model"), CliText::tr("A TorchScript target model to attack as a black box."),
         QStringLiteral("model.pt")},
        {QStringLiteral("predictions"),
         CliText::tr("A predictions CSV (per-class scores, label, member) to audit without a model."),
         QStringLiteral("file")},
        {QStringLiteral("bootstrap"), CliText::tr("Bootstrap resamples for the intervals (default 200)."),
         QStringLiteral("n"), QStringLiteral("200")},
        {QStringLiteral("scores-out"), CliText::tr("Write every record's score to this CSV."),
         QStringLiteral("file")},
    });
    addStoredRunOptions(parser);
    if (const auto stop = cli.parse()) return *stop;
    const bool json = parser.isSet(QStringLiteral("json"));
    bool ok = true;
    const auto k = integerOptionIn(parser, QStringLiteral("reference-models"), 1, 1024, &ok);
    const auto bootstrap = integerOptionIn(parser, QStringLiteral("bootstrap"), 0, 100000, &ok);
    if (!ok) return ExitUsage;
    QStringList attacks = parser.value(QStringLiteral("attack")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& a : attacks)
        a = a.trimmed().toLower();
    if (attacks.contains(QStringLiteral("all"))) attacks = attack::AttackCatalogue::names();
    for (const QString& a : attacks)
        if (!attack::AttackCatalogue::find(a)) {
            printErr(CliText::tr("--attack: unknown attack '%1'; available: %2")
                         .arg(a, attack::AttackCatalogue::names().join(QStringLiteral(", "))));
            return ExitUsage;
        }
    // The options become a job spec of kind membership-inference, validated like a spec file, and run by
    // the job executor like every other job, in a temporary project unless --project keeps it; what is
    // printed is read back from the stored run. Bad input is found first, as a usage error.
    QJsonObject root{{QStringLiteral("schema_version"), jobs::kJobSpecVersion},
                     {QStringLiteral("kind"), project::runKindName(project::RunKind::MembershipInference)},
                     {QStringLiteral("attacks"),
                      QJsonObject{{QStringLiteral("names"), QJsonArray::fromStringList(attacks)},
                                  {QStringLiteral("reference_models"), qint64(k.value_or(16))},
                                  {QStringLiteral("online"), !parser.isSet(QStringLiteral("offline"))},
                                  {QStringLiteral("fixed_variance"),
                                   !parser.isSet(QStringLiteral("per-example-variance"))}}},
                     {QStringLiteral("statistics"),
                      QJsonObject{{QStringLiteral("bootstrap"), qint64(bootstrap.value_or(200))}}}};
    if (parser.isSet(QStringLiteral("name")))
        root[QStringLiteral("name")] = parser.value(QStringLiteral("name"));
    if (const auto stop = addMiaTarget(parser, attacks, json, &root)) return *stop;
    const auto job = jobs::JobSpec::fromJson(QJsonDocument(root).toJson());
    if (!job) {
        printErr(job.error());
        return ExitUsage;
    }
    if (!checkSpecData(*job)) return ExitUsage;
    OptionJobRun ran;
    if (const auto stop = runOptionJob(*job, parser, context, QStringLiteral("mia.privaudit"), json, &ran))
        return *stop;
    return printMiaRun(parser, ran, *job, json);
}

} // namespace privaudit::cli
