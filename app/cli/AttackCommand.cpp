#include "attack/MembershipInference.h"
#include "attack/OneRunAuditSummary.h"
#include "CommandLine.h"
#include "Commands.h"
#include "data/DataSplit.h"
#include "data/TableEncoder.h"
#include "metrics/MembershipMetrics.h"
#include "model/Classifier.h"
#include "model/PredictionsFile.h"

#include <cmath>
#include <cstdio>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryDir>
#include <unistd.h>

namespace privaudit::cli {

namespace {

QJsonObject attackJson(const attack::AttackScores& a, const metrics::AttackMetrics& m)
{
    QJsonObject o = jobs::JobExecutor::metricsJson(m);
    o[QStringLiteral("attack")] = a.attack;
    o[QStringLiteral("variant")] = a.variant;
    o[QStringLiteral("seconds")] = a.seconds;
    return o;
}

bool writeScores(const QString& path, const std::vector<attack::AttackScores>& attacks)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return false;
    f.write("attack,row,member,score\n");
    for (const auto& a : attacks)
        for (std::size_t i = 0; i < a.records.scores.size(); ++i)
            f.write(QStringLiteral("%1,%2,%3,%4\n")
                        .arg(a.attack)
                        .arg(i < a.rowIds.size() ? a.rowIds[i] : qint64(i))
                        .arg(a.records.members[i] ? 1 : 0)
                        .arg(a.records.scores[i], 0, 'g', 17)
                        .toUtf8());
    return f.commit();
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
        {QStringLiteral("project"),
         CliText::tr("Store the audit as a run of this .privaudit project (created when missing); without "
                     "it the audit runs in a temporary project and only its figures are printed."),
         QStringLiteral("file")},
        {QStringLiteral("name"), CliText::tr("The run's name in the project."), QStringLiteral("text")},
    });
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
    const bool json = parser.isSet(QStringLiteral("json"));
    QTemporaryDir scratch;
    const QString path = parser.isSet(QStringLiteral("project"))
                             ? parser.value(QStringLiteral("project"))
                             : scratch.filePath(QStringLiteral("audit.privaudit"));
    auto store = openOrCreateProject(path, QFileInfo(path).completeBaseName(), json);
    if (!store) return ExitUsage;
    if (store->isReadOnly()) {
        printErr(
            CliText::tr("Cannot run into '%1': it is read-only (%2).").arg(path, store->readOnlyReason()));
        return ExitUsage;
    }
    const JobOutcomeText outcome = runJobWithProgress(*job, *store, context.settings, json);
    if (outcome.status != jobs::JobOutcome::Completed) {
        printErr(outcome.message);
        return ExitFailure;
    }
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
                        {QStringLiteral("seed"), static_cast<qint64>(job->seed)}};
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

} // namespace

int runAttack(const CommandContext& context)
{
    QStringList args = context.arguments;
    if (args.size() >= 2 && args[1] == QLatin1String("audit")) return runAudit(args, context);
    if (args.size() < 2 || args[1] != QLatin1String("mia")) {
        return CommandLine::subcommandUsage(
            args,
            CliText::tr("attack: use 'attack mia' (membership inference) or 'attack audit' (one-run privacy "
                        "audit); see privaudit-cli attack mia --help"));
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
    if (const auto stop = cli.parse()) return *stop;
    const bool json = parser.isSet(QStringLiteral("json"));
    bool ok = true;
    const auto k = integerOption(parser, QStringLiteral("reference-models"), false, &ok);
    const auto bootstrap = integerOption(parser, QStringLiteral("bootstrap"), false, &ok);
    if (!ok) return ExitUsage;
    if (k && (*k < 1 || *k > 1024)) {
        printErr(CliText::tr("--reference-models must be between 1 and 1024, got %1").arg(*k));
        return ExitUsage;
    }
    if (bootstrap && (*bootstrap < 0 || *bootstrap > 100000)) {
        printErr(CliText::tr("--bootstrap must be between 0 and 100000, got %1").arg(*bootstrap));
        return ExitUsage;
    }
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
    metrics::MetricsOptions metricOptions;
    metricOptions.bootstrapResamples = static_cast<int>(bootstrap.value_or(200));
    metricOptions.threads = context.settings.cores;

    std::vector<attack::AttackScores> results;
    QJsonObject summary;
    QString utilityWarning; ///< the target learned nothing: the results understate a useful model's risk
    QString outputWarning;  ///< the target returned probabilities, read as log-probabilities
    QString sandboxNote;    ///< what the model's sandbox protected against
    QJsonArray notRun;      ///< requested attacks the input cannot support, with the reason
    if (parser.isSet(QStringLiteral("predictions"))) {
        const auto predictions = model::PredictionsFile::import(parser.value(QStringLiteral("predictions")));
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
        for (const QString& a : attacks) {
            if (const QString why = attack::AttackCatalogue::whyNotOnPredictions(a); !why.isEmpty()) {
                notRun.append(QJsonObject{{QStringLiteral("attack"), a}, {QStringLiteral("reason"), why}});
                printErr(CliText::tr("not run: %1: %2").arg(a, why));
                continue;
            }
            std::vector<std::int64_t> rows(predictions->labels.size());
            std::iota(rows.begin(), rows.end(), std::int64_t(0));
            results.push_back(attack::MembershipInference::thresholdAttack(
                a, predictions->logits, predictions->labels, *predictions->members, rows));
        }
        if (results.empty()) {
            printErr(
                CliText::tr("--predictions: none of the requested attacks can run on a predictions file; use "
                            "%1.")
                    .arg(attack::AttackCatalogue::onPredictions().join(QStringLiteral(", "))));
            return ExitUsage;
        }
        if (predictions->fromProbabilities)
            outputWarning = model::ExternalModel::probabilitiesNote(
                QJsonObject{{QStringLiteral("kind"), QStringLiteral("probabilities")}});
        summary[QStringLiteral("predictions_sha256")] = predictions->sha256;
    } else {
        if (!parser.isSet(QStringLiteral("data"))) {
            printErr(CliText::tr("missing required option --data (or --predictions)"));
            return ExitUsage;
        }
        model::ModelSpec spec;
        model::TrainingConfig training;
        std::optional<std::int64_t> trainRows;
        if (!readTrainingOptions(parser, &spec, &training, &trainRows)) return ExitUsage;
        // A TorchScript target is queried with the encoding it was trained with: the encoder.json it
        // carries (models saved by PrivAudit do), else the encoder a training run here would fit.
        std::optional<model::ExternalModel> external;
        std::optional<data::TableEncoder> modelEncoder;
        const QString targetPath = parser.value(QStringLiteral("target-model"));
        if (parser.isSet(QStringLiteral("target-model"))) {
            auto opened = model::ExternalModel::open(targetPath);
            if (!opened) {
                printErr(opened.error());
                return ExitUsage;
            }
            external.emplace(std::move(opened).value());
            if (const auto& carried = external->encoderJson()) {
                auto parsed = data::TableEncoder::fromJson(*carried);
                if (!parsed) {
                    printErr(CliText::tr("%1: %2").arg(targetPath, parsed.error()));
                    return ExitUsage;
                }
                modelEncoder = std::move(parsed).value();
            } else if (!json) {
                printErr(
                    CliText::tr(
                        "Note: %1 carries no encoder.json; its inputs are encoded as 'privaudit-cli train' "
                        "%2 would encode them (see train --help for the contract).")
                        .arg(targetPath, training.dp ? QStringLiteral("--dp") : QString()));
            }
        }
        auto prepared = prepareData(parser, trainRows, training.seed, training.dp, modelEncoder);
        if (!prepared) return ExitUsage;
        const data::DataTable* table = &prepared->table;
        const data::DataSplit* split = &prepared->split;
        const data::TableEncoder* encoder = &prepared->encoder;
        attack::MiaConfig config;
        config.attacks = attacks;
        config.referenceModels = static_cast<int>(k.value_or(16));
        config.liraOnline = !parser.isSet(QStringLiteral("offline"));
        config.liraFixedVariance = !parser.isSet(QStringLiteral("per-example-variance"));
        config.seed = training.seed;
        if (external) {
            if (const QString err = external->checkShape(encoder->inputWidth(), encoder->classCount());
                !err.isEmpty()) {
                printErr(CliText::tr("%1: %2").arg(targetPath, err));
                return ExitUsage;
            }
            summary[QStringLiteral("target_model_sha256")] = external->sha256();
            config.externalTarget = [&external](const data::FeatureMatrix& x) {
                return external->evaluate(x, std::vector<std::int64_t>(std::size_t(x.rows()), 0)).logits;
            };
        }
        summary[QStringLiteral("encoder_fitted_on")] = encoder->toJson().value(QStringLiteral("fitted_on"));
        summary[QStringLiteral("encoder_sha256")] = encoder->sha256();
        const bool tty = isatty(fileno(stderr)) && !json;
        Expected<attack::MiaRun> run = Expected<attack::MiaRun>::failure(QString());
        try { // an external model that misbehaves throws with a message naming what it returned
            run = attack::MembershipInference::run(
                *table, *split, *encoder, spec, training, config, context.settings,
                [&](double fraction, const QString& stage) {
                    if (tty) std::fprintf(stderr, "\r[%3d%%] %-60s", int(fraction * 100), qPrintable(stage));
                    return true;
                });
        } catch (const std::exception& e) {
            run = Expected<attack::MiaRun>::failure(QString::fromUtf8(e.what()));
        }
        if (tty) std::fputc('\n', stderr);
        if (!run) {
            printErr(run.error());
            return ExitFailure;
        }
        results = run->attacks;
        if (external) {
            summary[QStringLiteral("sandbox")] = external->sandboxJson();
            sandboxNote = model::ExternalModel::sandboxNote(external->sandboxJson());
        }
        if (external && external->outputKind() == model::ExternalModel::OutputKind::Probabilities) {
            summary[QStringLiteral("target_outputs")] = QStringLiteral("probabilities");
            outputWarning = external->outputNote();
        }
        summary[QStringLiteral("dataset_sha256")] = table->contentSha256();
        summary[QStringLiteral("dataset_fingerprint")] = table->fingerprint();
        summary[QStringLiteral("model")] = spec.toString();
        summary[QStringLiteral("target_train_accuracy")] = run->targetTrainAccuracy;
        summary[QStringLiteral("target_test_accuracy")] = run->targetTestAccuracy;
        summary[QStringLiteral("utility")] = run->utility.toJson();
        utilityWarning = run->utility.warning();
        summary[QStringLiteral("reference_models")] = run->referenceModels;
        summary[QStringLiteral("seed")] = static_cast<qint64>(training.seed);
        if (training.dp && !external) {
            summary[QStringLiteral("epsilon")] = jsonNumber(run->targetTraining.epsilon);
            summary[QStringLiteral("delta")] = training.delta;
            metricOptions.delta = training.delta;
        }
    }

    if (parser.isSet(QStringLiteral("scores-out")) &&
        !writeScores(parser.value(QStringLiteral("scores-out")), results)) {
        printErr(
            CliText::tr("cannot write the scores to '%1'").arg(parser.value(QStringLiteral("scores-out"))));
        return ExitFailure;
    }
    QJsonArray out;
    for (const auto& a : results) {
        const auto m = metrics::MembershipMetrics::compute(a.records, metricOptions);
        QJsonObject o = attackJson(a, m);
        for (auto it = summary.begin(); it != summary.end(); ++it)
            o[QStringLiteral("run_") + it.key()] = it.value();
        for (const QString& w : {utilityWarning, outputWarning})
            if (!w.isEmpty()) {
                QJsonArray warnings = o.value(QStringLiteral("warnings")).toArray();
                warnings.append(w);
                o[QStringLiteral("warnings")] = warnings;
            }
        out.append(o);
        if (!json) {
            printOut(CliText::tr(
                         "%1 (%2): AUC %3 [%4, %5], advantage %6, TPR at 0.1% / 1% / 10% FPR: %7 / %8 / %9, "
                         "empirical epsilon >= %10")
                         .arg(a.attack, a.variant)
                         .arg(QLocale().toString(m.auc, 'f', 4))
                         .arg(QLocale().toString(m.aucCi.low, 'f', 4))
                         .arg(QLocale().toString(m.aucCi.high, 'f', 4))
                         .arg(QLocale().toString(m.advantage, 'f', 4))
                         .arg(QLocale().toString(m.tprAtFpr[0], 'f', 4))
                         .arg(QLocale().toString(m.tprAtFpr[1], 'f', 4))
                         .arg(QLocale().toString(m.tprAtFpr[2], 'f', 4))
                         .arg(QLocale().toString(m.epsilonLowerBound.epsilon, 'f', 3)));
            for (const QString& w : m.warnings)
                printOut(QStringLiteral("  ") + w);
        }
    }
    if (!json) {
        for (const QString& w : {utilityWarning, outputWarning})
            if (!w.isEmpty()) printErr(CliText::tr("warning: %1").arg(w));
        if (!sandboxNote.isEmpty()) printErr(CliText::tr("note: %1").arg(sandboxNote));
    }
    if (json) {
        // Attacks that could not run are listed too, so that a CI reading the array sees what is missing.
        for (const auto& v : notRun) {
            QJsonObject o = v.toObject();
            o[QStringLiteral("status")] = QStringLiteral("not_run");
            out.append(o);
        }
        printJson(out);
    }
    return ExitOk;
}

} // namespace privaudit::cli
