// privaudit-cli demo: the main job on the built-in synthetic data.
#include "Commands.h"

#include "data/DemoData.h"
#include "jobs/JobSpec.h"
#include "project/ProjectStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace privaudit::cli {

namespace {

/// The two demo jobs: the same recipe without and with DP-SGD, attacked by LOSS, LiRA and RMIA.
std::vector<jobs::JobSpec> demoSpecs()
{
    jobs::JobSpec base;
    base.seed = 2026;
    base.dataSource = QStringLiteral("demo");
    base.label = QStringLiteral("readmitted");
    base.memberRows = 5000;
    base.model = model::ModelSpec::parse(QStringLiteral("mlp:128,128")).value();
    base.training.epochs = 40;
    base.training.batchSize = 256;
    base.training.learningRate = 1e-3;
    base.training.seed = base.seed;
    base.attacks = {QStringLiteral("loss"), QStringLiteral("lira"), QStringLiteral("rmia")};
    base.referenceModels = 16;
    base.bootstrap = 200;

    jobs::JobSpec plain = base;
    plain.name = CliText::tr("Demo: non-private target");
    jobs::JobSpec dp = base;
    dp.name = CliText::tr("Demo: DP-SGD target (epsilon 2)");
    dp.training.dp = true;
    dp.training.targetEpsilon = 2.0;
    dp.training.delta = 1e-5;
    dp.training.maxGradNorm = 1.0;
    return {plain, dp};
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

} // namespace

int runDemo(const CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "The main job on the built-in synthetic patient records: train a non-private and a DP-SGD target model, "
        "run membership inference (LOSS, LiRA, RMIA) on both, store everything in DIR/demo.privaudit (an existing "
        "demo project gets two more runs) and print a summary."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("out"), CliText::tr("Output directory (default ./privaudit-demo)."), QStringLiteral("dir"),
         QStringLiteral("privaudit-demo")},
        {QStringLiteral("json"), CliText::tr("Machine-readable output.")},
    });
    if (!parseOrReport(parser, context.arguments))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const QDir out(QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath());
    if (!out.mkpath(QStringLiteral("."))) {
        printErr(CliText::tr("cannot create the output directory '%1'").arg(out.path()));
        return ExitUsage;
    }

    // The data and the specs next to the project, so every result can be reproduced and inspected.
    const QString dataPath = out.filePath(QStringLiteral("demo-patients.csv"));
    QString error;
    if (!data::writeCsv(data::DemoData::patients(), dataPath, &error)) {
        printErr(error);
        return ExitFailure;
    }
    const auto specs = demoSpecs();
    const QStringList specFiles = {out.filePath(QStringLiteral("demo-nonprivate.json")),
                                   out.filePath(QStringLiteral("demo-dp.json"))};
    for (std::size_t i = 0; i < specs.size(); ++i)
        if (!writeFile(specFiles[qsizetype(i)], specs[i].toJsonBytes())) {
            printErr(CliText::tr("cannot write '%1'").arg(specFiles[qsizetype(i)]));
            return ExitFailure;
        }

    const QString projectPath = out.filePath(QStringLiteral("demo.privaudit"));
    auto store = QFileInfo::exists(projectPath)
                     ? project::ProjectStore::open(projectPath)
                     : project::ProjectStore::create(projectPath, CliText::tr("PrivAudit demo"));
    if (!store) {
        printErr(store.error());
        return ExitFailure;
    }
    if (!json) {
        printOut(data::DemoData::notice());
        printOut(CliText::tr("Running two jobs; each trains a target and 16 reference models (about a minute on two "
                             "cores)."));
    }
    QJsonArray runs;
    for (const auto& spec : specs) {
        if (!json)
            printOut(QString());
        const JobOutcomeText outcome = runJobWithProgress(spec, *store.value(), context.settings, json);
        if (outcome.status != jobs::JobOutcome::Completed) {
            printErr(outcome.message);
            return ExitFailure;
        }
        if (!json)
            printRunSummary(*store.value(), outcome.runId);
        const auto run = store.value()->run(outcome.runId);
        const auto results = store.value()->results(outcome.runId);
        QJsonArray attackList;
        if (results)
            for (const auto& r : *results) {
                QJsonObject m = QJsonDocument::fromJson(r.metricsJson).object();
                attackList.append(QJsonObject{{QStringLiteral("attack"), r.attack},
                                              {QStringLiteral("auc"), m.value(QStringLiteral("auc"))},
                                              {QStringLiteral("tpr_at_fpr"), m.value(QStringLiteral("tpr_at_fpr"))},
                                              {QStringLiteral("epsilon_lower_bound"), m.value(QStringLiteral("epsilon_lower_bound"))}});
            }
        runs.append(QJsonObject{{QStringLiteral("run"), qint64(outcome.runId)},
                                {QStringLiteral("name"), spec.name},
                                {QStringLiteral("summary"), run ? run->summary : QJsonObject()},
                                {QStringLiteral("attacks"), attackList}});
    }
    const project::VerifyReport verified = store.value()->verify();
    if (json) {
        printJson(QJsonObject{{QStringLiteral("project"), projectPath},
                              {QStringLiteral("data"), dataPath},
                              {QStringLiteral("specs"), QJsonArray::fromStringList(specFiles)},
                              {QStringLiteral("verified"), verified.ok},
                              {QStringLiteral("runs"), runs}});
        return verified.ok ? ExitOk : ExitFailure;
    }
    printOut(QString());
    printOut(CliText::tr("Outputs in %1:").arg(out.path()));
    printOut(CliText::tr("  demo.privaudit          the project: runs, models, statistics, scores, audit trail"));
    printOut(CliText::tr("  demo-patients.csv      the synthetic data"));
    printOut(CliText::tr("  demo-nonprivate.json   the job specs; rerun with: privaudit-cli run SPEC --project FILE"));
    printOut(CliText::tr("  demo-dp.json"));
    printOut(verified.ok ? CliText::tr("Audit trail verified (%1 rows).").arg(verified.auditRows)
                         : CliText::tr("Audit trail verification FAILED: %1").arg(verified.problems.join(QLatin1Char(' '))));
    printOut(CliText::tr("Next: privaudit-cli project info %1").arg(projectPath));
    return verified.ok ? ExitOk : ExitFailure;
}

} // namespace privaudit::cli
