// privaudit-cli demo: the main job on the built-in synthetic data.
#include "assess/Assessment.h"
#include "assess/Review.h"
#include "CommandLine.h"
#include "Commands.h"
#include "data/DemoData.h"
#include "jobs/JobSpec.h"
#include "metrics/MembershipMetrics.h"
#include "project/ProjectStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace privaudit::cli {

namespace {
report::ReportOptions demoReportOptions()
{
    report::ReportOptions o;
    o.assessor = CliText::tr("PrivAudit demo");
    return o;
}
} // namespace

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
    plain.name = project::generatedName(project::GeneratedName::DemoPlain);
    jobs::JobSpec dp = base;
    dp.name = project::generatedName(project::GeneratedName::DemoDp);
    // The non-private target is trained long on purpose (40 epochs), to show what an overfit model
    // leaks; the DP target takes the measured DP recipe, so that it learns under the noise.
    const model::TrainingConfig dpRecipe = model::TrainingConfig::recommended(true);
    dp.training.epochs = dpRecipe.epochs;
    dp.training.batchSize = dpRecipe.batchSize;
    dp.training.learningRate = dpRecipe.learningRate;
    dp.training.dp = true;
    dp.training.targetEpsilon = 2.0;
    dp.training.delta = 1e-5;
    dp.training.maxGradNorm = 1.0;
    return {plain, dp};
}

/// The demo's assessment: a readmission-risk model used to decide who gets a follow-up programme
/// (Annex III 5(a), profiling patients: high-risk), with the DP model as the release candidate.
QString fillAssessment(project::ProjectStore& store, qint64 plainRun, qint64 dpRun)
{
    const auto packs = assess::RulePack::builtIn();
    if (!packs) return packs.error();
    auto loaded = assess::Assessment::load(store);
    if (!loaded) return loaded.error();
    assess::Assessment a = *loaded;
    a.role = QStringLiteral("provider");
    a.accessMode = QStringLiteral("api-restricted");
    a.membershipSensitive = true; // being in a readmission data set reveals a hospital stay
    auto answer = [&](const char* id, const char* value, const QString& comment = {},
                      const QString& owner = {}, QDate due = {}, QJsonArray evidence = {}) {
        assess::ChecklistAnswer x;
        x.answer = QLatin1String(value);
        x.comment = comment;
        x.owner = owner;
        x.due = due;
        x.evidence = evidence;
        a.checklist.insert(QLatin1String(id), x);
    };
    const auto runLink = [](qint64 id) {
        return QJsonObject{{QStringLiteral("kind"), QStringLiteral("run")}, {QStringLiteral("run"), id}};
    };
    answer("AIA-SCOPE-01", "yes");
    answer("AIA-SCOPE-EXCL", "no");
    for (const char* id :
         {"AIA-ART5-A", "AIA-ART5-B", "AIA-ART5-BA", "AIA-ART5-BB", "AIA-ART5-C", "AIA-ART5-D", "AIA-ART5-E",
          "AIA-ART5-F", "AIA-ART5-G", "AIA-ART5-H", "AIA-ART6-1", "AIA-ART50-1-FACT", "AIA-ART50-2-FACT",
          "AIA-ART50-3-FACT", "AIA-ART50-4-FACT", "AIA-GPAI-MODEL", "AIA-GPAI-SYSTEMIC", "AIA-ART6-3"})
        answer(id, "no");
    for (int n = 1; n <= 8; ++n)
        answer(QStringLiteral("AIA-ART6-2-A%1").arg(n).toLatin1().constData(), n == 5 ? "yes" : "no");
    answer("AIA-ART6-3-PROF", "yes", CliText::tr("Scores individual patients from their records."));
    answer("GDPR-PD", "yes");
    answer("RISK-MIA", "yes",
           CliText::tr("LOSS, LiRA and RMIA with 16 reference models on both candidate models."),
           CliText::tr("ML engineering"), {}, QJsonArray{runLink(plainRun), runLink(dpRun)});
    answer("RISK-DPAUDIT", "yes",
           CliText::tr("RDP accountant epsilon 2 at delta 1e-5; empirical lower bounds recorded per attack."),
           CliText::tr("ML engineering"), {}, QJsonArray{runLink(dpRun)});
    answer("AIA-ART15-5", "partial",
           CliText::tr("Confidentiality attacks tested; poisoning and evasion tests are planned."),
           CliText::tr("Security team"), QDate(2027, 6, 30));
    answer("GDPR-ART9", "partial",
           CliText::tr("Health data; Art 9(2)(h) condition to be confirmed by the DPO."), CliText::tr("DPO"),
           QDate(2027, 1, 31));
    answer("GDPR-ART35-SCREEN", "yes", CliText::tr("Criteria 1, 4, 5 and 8 of WP248 met: DPIA required."),
           CliText::tr("DPO"));

    // The DP model is the release candidate; the non-private model is its comparison.
    if (const QString err = assess::ModelUnderReview::designate(store, dpRun); !err.isEmpty()) return err;
    a.suggestFromProject(store, {dpRun});
    for (const char* stage : {"training", "deployment"}) {
        assess::MatrixCell* c = a.cell(QStringLiteral("membership-inference"), QLatin1String(stage));
        c->severity = c->suggestedSeverity;
        c->likelihood = c->suggestedLikelihood;
        // The likelihood was measured on the DP model, so DP is already in it; rate limiting is added on top.
        c->controls = QStringList{QStringLiteral("rate-limiting")};
        c->owner = CliText::tr("ML engineering");
        c->rationale = CliText::tr("Measured on the release candidate, the DP-SGD model (run %1); the "
                                   "non-private model (run %2) "
                                   "leaked measurably and is not released.")
                           .arg(dpRun)
                           .arg(plainRun);
    }
    struct Manual
    {
        const char* threat;
        const char* stage;
        int s, l;
        QStringList controls;
        QString rationale;
    };
    const Manual manual[] = {
        {"attribute-inference",
         "deployment",
         3,
         2,
         {QStringLiteral("output-restriction")},
         CliText::tr("Diagnosis is sensitive; the API returns a risk band, not scores.")},
        {"memorisation",
         "training",
         3,
         1,
         {QStringLiteral("differential-privacy")},
         CliText::tr("Tabular model with DP-SGD; no free-text fields.")},
        {"model-extraction",
         "deployment",
         2,
         2,
         {QStringLiteral("rate-limiting")},
         CliText::tr("Authenticated clinical users only; query volume monitored.")},
        {"data-poisoning",
         "data-preparation",
         2,
         1,
         {},
         CliText::tr("Records come from the hospital's own systems.")},
    };
    for (const Manual& m : manual) {
        assess::MatrixCell* c = a.cell(QLatin1String(m.threat), QLatin1String(m.stage));
        c->severity = m.s;
        c->likelihood = m.l;
        c->controls = m.controls;
        c->rationale = m.rationale;
    }
    return a.save(store);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

} // namespace

int runDemo(const CommandContext& context)
{
    CommandLine cli(context.arguments,
                    CliText::tr("The main job on the built-in synthetic patient records: "
                                "train a non-private and a DP-SGD target model, "
                                "run membership inference (LOSS, LiRA, RMIA) on both, store "
                                "everything in DIR/demo.privaudit (an existing "
                                "demo project gets two more runs) and print a summary."));
    QCommandLineParser& parser = cli.parser();
    parser.addOptions({
        {QStringLiteral("out"), CliText::tr("Output directory (default ./privaudit-demo)."),
         QStringLiteral("dir"), QStringLiteral("privaudit-demo")},
    });
    if (const auto stop = cli.parse()) return *stop;
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
    auto store = openOrCreateProject(projectPath, CliText::tr("PrivAudit demo"), json);
    if (!store) return ExitFailure;
    if (!json) {
        printOut(data::DemoData::notice());
        printOut(CliText::tr(
            "Running two jobs; each trains a target and 16 reference models (about 15 seconds on two "
            "cores)."));
    }
    QJsonArray runs;
    QList<qint64> runIds;
    for (const auto& spec : specs) {
        if (!json) printOut(QString());
        const JobOutcomeText outcome = runJobWithProgress(spec, *store, context.settings, json);
        if (outcome.status != jobs::JobOutcome::Completed) {
            printErr(outcome.message);
            return ExitFailure;
        }
        runIds << outcome.runId;
        if (!json) printRunSummary(*store, outcome.runId);
        const auto run = store->run(outcome.runId);
        const auto results = store->results(outcome.runId);
        QJsonArray attackList;
        if (results)
            for (const auto& r : *results) {
                const metrics::AttackMetrics m = metrics::AttackMetrics::fromJson(r.metricsJson);
                attackList.append(QJsonObject{
                    {QStringLiteral("attack"), r.attack},
                    {QStringLiteral("auc"), m.auc},
                    {QStringLiteral("tpr_at_fpr"), m.toJson().value(QStringLiteral("tpr_at_fpr"))},
                    {QStringLiteral("epsilon_lower_bound"), m.epsilonLowerBound.epsilon}});
            }
        runs.append(QJsonObject{{QStringLiteral("run"), qint64(outcome.runId)},
                                {QStringLiteral("name"), spec.name},
                                {QStringLiteral("summary"), run ? run->summary : QJsonObject()},
                                {QStringLiteral("attacks"), attackList}});
    }
    if (const QString err = fillAssessment(*store, runIds[0], runIds[1]); !err.isEmpty()) {
        printErr(err);
        return ExitFailure;
    }
    const QString reportPath = out.filePath(QStringLiteral("demo-report.pdf"));
    int pages = 0;
    if (const QString err =
            writeReport(*store, reportPath, QStringLiteral("pdf"), demoReportOptions(), &pages);
        !err.isEmpty()) {
        printErr(err);
        return ExitFailure;
    }
    if (QFile written(reportPath); written.open(QIODevice::ReadOnly))
        store->appendAudit(
            QStringLiteral("report.exported"), QFileInfo(reportPath).fileName(),
            QJsonObject{
                {QStringLiteral("format"), QStringLiteral("pdf")},
                {QStringLiteral("pages"), pages},
                {QStringLiteral("sha256"),
                 QString::fromLatin1(
                     QCryptographicHash::hash(written.readAll(), QCryptographicHash::Sha256).toHex())}});
    const project::VerifyReport verified = store->verify();
    if (json) {
        printJson(QJsonObject{{QStringLiteral("project"), projectPath},
                              {QStringLiteral("data"), dataPath},
                              {QStringLiteral("report"), reportPath},
                              {QStringLiteral("specs"), QJsonArray::fromStringList(specFiles)},
                              {QStringLiteral("verified"), verified.ok},
                              {QStringLiteral("runs"), runs}});
        return verified.ok ? ExitOk : ExitFailure;
    }
    printOut(QString());
    printOut(CliText::tr("Outputs in %1:").arg(out.path()));
    printOut(CliText::tr(
        "  demo.privaudit         the project: runs, models, statistics, scores, assessment, audit trail"));
    printOut(CliText::tr("  demo-report.pdf        the audit report (PDF/A-1b, %1 pages)").arg(pages));
    printOut(CliText::tr("  demo-patients.csv      the synthetic data"));
    printOut(CliText::tr(
        "  demo-nonprivate.json   the job specs; rerun with: privaudit-cli run SPEC --project FILE"));
    printOut(CliText::tr("  demo-dp.json"));
    printOut(verified.ok ? CliText::tr("Audit trail verified (%1 rows).").arg(verified.auditRows)
                         : CliText::tr("Audit trail verification FAILED: %1")
                               .arg(verified.problems.join(QLatin1Char(' '))));
    printOut(CliText::tr("Next: privaudit-cli project info %1").arg(projectPath));
    return verified.ok ? ExitOk : ExitFailure;
}

} // namespace privaudit::cli
