// The project store on real SQLite files: schema and migration, the audit chain, tampering with the
// sqlite3 tool, corrupt and foreign files, and per-record scores.
#include "common/StoredText.h"
#include "project/ProjectStore.h"
#include "ScopedLanguage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <random>

using namespace privaudit::project;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

/// Runs SQL with the sqlite3 command-line tool, as someone tampering with a file would.
bool sqliteTool(const QString& path, const QString& sql, QString* error = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {path, sql});
    if (!p.waitForFinished(30000)) return false;
    if (error) *error = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

RunOutcome sampleOutcome(std::size_t n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    RunOutcome o;
    RunOutcome::Result r;
    r.attack = QStringLiteral("lira");
    r.variant = QStringLiteral("online");
    r.metricsJson = R"({"auc":0.61})";
    for (std::size_t i = 0; i < n; ++i) {
        r.scores.scores.push_back(normal(rng));
        r.scores.members.push_back(i % 3 == 0);
        r.scores.rowIds.push_back(std::int64_t(i) * (seed % 2 ? 5000000000LL : 7)); // wide and narrow ids
    }
    o.results.push_back(r);
    DatasetRecord d;
    d.name = QStringLiteral("adult.csv");
    d.path = QStringLiteral("/data/adult.csv");
    d.sha256 = QString(64, QLatin1Char('a'));
    d.fingerprint = QString(64, QLatin1Char('b'));
    d.rows = 100;
    d.columns = 5;
    d.schemaJson = "[]";
    o.dataset = d;
    ModelRecord m;
    m.name = QStringLiteral("target");
    m.kind = QStringLiteral("trained");
    m.spec = QStringLiteral("logreg");
    m.weights = QByteArray(1000, 'w');
    m.sha256 = QString::fromLatin1(QCryptographicHash::hash(m.weights, QCryptographicHash::Sha256).toHex());
    o.models.push_back(m);
    o.summary = QJsonObject{{QStringLiteral("target_test_accuracy"), 0.8}};
    return o;
}

std::int64_t addCompletedRun(ProjectStore& store, std::size_t n, std::uint64_t seed)
{
    RunRecord run;
    run.name = QStringLiteral("run %1").arg(seed);
    run.kind = QStringLiteral("membership-inference");
    run.specJson =
        QByteArrayLiteral(R"({"schema_version":1,"seed":)") + QByteArray::number(qulonglong(seed)) + '}';
    run.seed = seed;
    const auto id = store.beginRun(run);
    if (!id) qFatal("%s", qPrintable(id.error()));
    const QString err = store.completeRun(*id, sampleOutcome(n, seed), 1.5);
    if (!err.isEmpty()) qFatal("%s", qPrintable(err));
    return *id;
}

QString projectWithOneRun(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("p.privaudit"));
    auto store = ProjectStore::create(path, QStringLiteral("p"));
    addCompletedRun(*store.value(), 100, 4);
    return path;
}

RunRecord laterRun()
{
    RunRecord run;
    run.name = QStringLiteral("later");
    run.kind = QStringLiteral("membership-inference");
    run.specJson = "{}";
    return run;
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void generatedNamesAreStoredInEnglishAndReadInTheReadersLanguage()
    {
        using privaudit::project::GeneratedName;
        namespace project = privaudit::project;
        const QString sweep = project::generatedName(GeneratedName::Sweep);
        const QString point = project::generatedName(GeneratedName::SweepPoint,
                                                     {sweep, QStringLiteral("0.5"), QStringLiteral("2")});
        const QString noDp = project::generatedName(GeneratedName::SweepPoint,
                                                    {sweep, QStringLiteral("inf"), QStringLiteral("1")});
        const QString mine =
            project::generatedName(GeneratedName::SweepPoint, {QStringLiteral("Ward %2 model"),
                                                               QStringLiteral("8"), QStringLiteral("1")});
        QCOMPARE(point, QStringLiteral("Privacy-utility sweep: epsilon 0.5, repeat 2"));
        QCOMPARE(project::builtInText(point), point);
        QCOMPARE(project::builtInText(QStringLiteral("My own run, 0.5")), QStringLiteral("My own run, 0.5"));
        {
            privaudit::testing::ScopedLanguage language(QStringLiteral("de"));
            // Made in a German session, the stored name is still English ...
            QCOMPARE(project::generatedName(GeneratedName::SweepPoint,
                                            {sweep, QStringLiteral("0.5"), QStringLiteral("2")}),
                     point);
            // ... and it reads in German, with a decimal comma.
            QCOMPARE(project::builtInText(point),
                     QStringLiteral("Datenschutz-Nutzen-Sweep: Epsilon 0,5, Wiederholung 2"));
            QCOMPARE(project::builtInText(noDp),
                     QStringLiteral("Datenschutz-Nutzen-Sweep: Epsilon \u221e, Wiederholung 1"));
            // A user's name is never translated, nor is "%2" inside it filled in.
            QCOMPARE(project::builtInText(mine), QStringLiteral("Ward %2 model: Epsilon 8, Wiederholung 1"));
            QCOMPARE(project::builtInText(QStringLiteral("My own run, 0.5")),
                     QStringLiteral("My own run, 0.5"));
        }
        {
            privaudit::testing::ScopedLanguage language(QStringLiteral("fr"));
            QCOMPARE(project::builtInText(point),
                     QStringLiteral("Balayage confidentialité–utilité : epsilon 0,5, répétition 2"));
            QCOMPARE(project::builtInText(
                         project::generatedName(GeneratedName::OneRunAudit, {QStringLiteral("1000")})),
                     QCoreApplication::translate("privaudit::jobs::JobSpec", "One-run audit, %1 canaries")
                         .arg(1000));
            QVERIFY(project::builtInText(project::generatedName(GeneratedName::DemoDp)) !=
                    project::generatedName(GeneratedName::DemoDp));
        }
        QCOMPARE(project::builtInText(point), point);
    }

    void placeholdersAreFilledOnceByNumber()
    {
        using privaudit::fillPlaceholders;
        // A translation may reorder the arguments; an argument's own "%1" is not filled again.
        QCOMPARE(fillPlaceholders(QStringLiteral("%2 then %1"), {QStringLiteral("a%1"), QStringLiteral("b")}),
                 QStringLiteral("b then a%1"));
        QStringList ten;
        for (int i = 1; i <= 10; ++i)
            ten << QString::number(i * 11);
        QCOMPARE(fillPlaceholders(QStringLiteral("%10/%1"), ten), QStringLiteral("110/11"));
        QCOMPARE(fillPlaceholders(QStringLiteral("%12"), ten), QStringLiteral("112")); // %1 then "2"
        QCOMPARE(fillPlaceholders(QStringLiteral("%3 at 0.1% FPR"), {QStringLiteral("x")}),
                 QStringLiteral("%3 at 0.1% FPR"));
        QCOMPARE(
            privaudit::StoredText("privaudit::assess::RiskMatrix",
                                  "Access mode '%1' (weights or full scores available): one level up.")
                .arg(QStringLiteral("my %1 mode"))
                .text(),
            QStringLiteral("Access mode 'my %1 mode' (weights or full scores available): one level up."));
    }

    void createOpenAndRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.privaudit"));
        {
            auto store = ProjectStore::create(path, QStringLiteral("Credit model audit"));
            QVERIFY2(store, qPrintable(store.error()));
            QCOMPARE(store.value()->schemaVersion(), kSchemaVersion);
            addCompletedRun(*store.value(), 1000, 1);
            addCompletedRun(*store.value(), 10, 2);
        }
        QVERIFY(!ProjectStore::create(path, QStringLiteral("again"))); // never overwrites
        // A creation killed midway leaves a temporary file; the next creation there removes it.
        const QString stale = dir.filePath(QStringLiteral("q.privaudit.creating-999999999"));
        QFile(stale).open(QIODevice::WriteOnly);
        QVERIFY(ProjectStore::create(dir.filePath(QStringLiteral("q.privaudit")), QStringLiteral("q")));
        QVERIFY(!QFile::exists(stale));
        auto store = ProjectStore::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        const auto info = store.value()->info();
        QVERIFY(info);
        QCOMPARE(info->name, QStringLiteral("Credit model audit"));
        QCOMPARE(info->runs, 2);
        QCOMPARE(info->datasets, 1);  // the same fingerprint is stored once
        QCOMPARE(info->auditRows, 5); // created, 2 x (started, completed)
        const auto runs = store.value()->runs();
        QCOMPARE(runs->size(), std::size_t(2));
        QCOMPARE(runs->at(0).status, RunStatus::Completed);
        QCOMPARE(runs->at(0).seed, std::uint64_t(1));
        QVERIFY(!runs->at(0).interrupted);
        const auto results = store.value()->results(runs->at(0).id);
        QCOMPARE(results->size(), std::size_t(1));
        QCOMPARE(results->at(0).records, 1000);
        const auto scores = store.value()->scores(results->at(0).id);
        QVERIFY(scores);
        const RunOutcome expected = sampleOutcome(1000, 1);
        QCOMPARE(scores->scores, expected.results[0].scores.scores); // bit-exact doubles
        QCOMPARE(scores->members, expected.results[0].scores.members);
        QCOMPARE(scores->rowIds, expected.results[0].scores.rowIds); // ids beyond 32 bits survive
        const auto narrow = store.value()->scores(store.value()->results(runs->at(1).id)->at(0).id);
        QCOMPARE(narrow->rowIds, sampleOutcome(10, 2).results[0].scores.rowIds);
        const auto models = store.value()->models(runs->at(0).id);
        QCOMPARE(models->at(0).weights, QByteArray(1000, 'w'));
        const VerifyReport report = store.value()->verify();
        QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.resultsChecked, 2);
    }

    void leftoverWriteAheadLogIsNotReplayedIntoANewProject()
    {
        // A project deleted without its -wal (its process killed, the file removed): the log left beside
        // the name must not be replayed into the next project created there.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.privaudit"));
        const QString kept = dir.filePath(QStringLiteral("kept-wal"));
        {
            auto old = ProjectStore::create(path, QStringLiteral("old project"));
            QVERIFY(old);
            addCompletedRun(*old.value(), 50, 1);
            QVERIFY2(QFileInfo(path + QStringLiteral("-wal")).size() > 0,
                     "the run is in the write-ahead log");
            QVERIFY(QFile::copy(path + QStringLiteral("-wal"), kept)); // as a killed process leaves it
        }
        QVERIFY(QFile::remove(path));
        QFile::remove(path + QStringLiteral("-wal"));
        QVERIFY(QFile::copy(kept, path + QStringLiteral("-wal")));
        auto fresh = ProjectStore::create(path, QStringLiteral("new project"));
        QVERIFY2(fresh, qPrintable(fresh.error()));
        QCOMPARE(fresh.value()->info()->name, QStringLiteral("new project"));
        QCOMPARE(fresh.value()->info()->runs, 0);
        const VerifyReport report = fresh.value()->verify();
        QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char('\n'))));
    }

    void auditTrailIsAppendOnlyAndChained()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.privaudit"));
        auto store = ProjectStore::create(path, QStringLiteral("p"));
        QVERIFY(store);
        addCompletedRun(*store.value(), 50, 3);
        QVERIFY(store.value()
                    ->appendAudit(QStringLiteral("report.exported"), QStringLiteral("audit.pdf"),
                                  QJsonObject{{QStringLiteral("sha256"), QStringLiteral("00")}})
                    .isEmpty());
        const auto trail = store.value()->auditTrail();
        QCOMPARE(trail->size(), std::size_t(4));
        QCOMPARE(trail->at(0).previousHash, QString(64, QLatin1Char('0')));
        for (std::size_t i = 1; i < trail->size(); ++i) {
            QCOMPARE(trail->at(i).previousHash, trail->at(i - 1).hash);
            QCOMPARE(ProjectStore::auditRowHash(trail->at(i)), trail->at(i).hash);
        }
        QVERIFY(!trail->at(0).user.isEmpty());
        store.value().reset();
        if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
            QSKIP("the sqlite3 tool is not installed (installer/setup-deps.sh installs it)");
        QString error;
        QVERIFY(!sqliteTool(path, QStringLiteral("UPDATE audit_trail SET user = 'mallory' WHERE seq = 2"),
                            &error));
        QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
        QVERIFY(!sqliteTool(path, QStringLiteral("DELETE FROM audit_trail WHERE seq = 4"), &error));
    }

    void aSnapshotSeesOneStateWhileAnotherConnectionWrites()
    {
        // The failure this guards against: verify() read the audit trail, a sweep beside it committed a
        // result and its audit row, verify() then read the results and reported a result without audit.
        QTemporaryDir dir;
        const QString path = projectWithOneRun(dir);
        auto writer = ProjectStore::open(path);
        auto reader = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
        QVERIFY(writer && reader);
        {
            const ProjectStore::ReadSnapshot snapshot(*reader.value());
            const auto before = reader.value()->info();
            QCOMPARE(before->runs, std::int64_t(1));
            addCompletedRun(*writer.value(), 60, 9); // commits while the snapshot is open: not blocked
            const auto during = reader.value()->info();
            QCOMPARE(during->runs, std::int64_t(1));
            QCOMPARE(during->auditRows, before->auditRows);
            QCOMPARE(reader.value()->runs()->size(), std::size_t(1));
            const auto report = reader.value()->verify();
            QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char('\n'))));
        }
        const auto after = reader.value()->info();
        QCOMPARE(after->runs, std::int64_t(2));
        QVERIFY(after->auditRows > 1);
        QVERIFY(reader.value()->verify().ok);
    }

    void runKindsComeFromOneRegistry()
    {
        // Every kind round-trips through its stored name; a kind a newer PrivAudit wrote reads as Unknown
        // (listed, never taken for evidence), and only measurements of a model (membership and attribute
        // inference) are evidence.
        for (const auto& info : runKinds()) {
            if (info.kind == RunKind::Unknown) continue;
            QCOMPARE(parseRunKind(runKindName(info.kind)), info.kind);
            // The views the main window opens (MainWindow::openItem).
            QVERIFY(QByteArray(info.view) == "run" || QByteArray(info.view) == "sweep" ||
                    QByteArray(info.view) == "audit" || QByteArray(info.view) == "attribute" ||
                    QByteArray(info.view) == "canary" || QByteArray(info.view) == "reconstruction" ||
                    QByteArray(info.view) == "mi-face");
        }
        QCOMPARE(parseRunKind(QStringLiteral("attribute-inference-v9")), RunKind::Unknown);
        QVERIFY(runKindInfo(RunKind::MembershipInference).evidence);
        QVERIFY(runKindInfo(RunKind::AttributeInference).evidence);
        QVERIFY(!runKindInfo(RunKind::Sweep).evidence);
        QVERIFY(!runKindInfo(RunKind::OneRunAudit).evidence); // its model carries canaries
        QVERIFY(!runKindInfo(RunKind::Unknown).evidence);
        QTemporaryDir dir;
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.privaudit")), QStringLiteral("p"));
        RunRecord future;
        future.name = QStringLiteral("from a newer version");
        future.kind = QStringLiteral("attribute-inference-v9");
        future.specJson = QByteArrayLiteral(R"({"schema_version":1})");
        QVERIFY(store.value()->beginRun(future));
        QCOMPARE(store.value()->runs()->at(0).type(), RunKind::Unknown);
        QCOMPARE(store.value()->runs()->at(0).kind, future.kind); // kept as written
    }

    void endingARunThatIsNotRunningWritesNothing()
    {
        // endRun() on a run that already ended, or on no run, is refused, and no audit row claims it.
        QTemporaryDir dir;
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.privaudit")), QStringLiteral("p"));
        QVERIFY(store);
        const std::int64_t done = addCompletedRun(*store.value(), 20, 9);
        RunRecord run;
        run.name = QStringLiteral("cancel me");
        run.kind = QStringLiteral("membership-inference");
        run.specJson = QByteArrayLiteral(R"({"schema_version":1})");
        const auto id = store.value()->beginRun(run);
        QVERIFY(id);
        QVERIFY(store.value()->endRun(*id, RunStatus::Cancelled, QStringLiteral("stop"), 0.5).isEmpty());
        const auto rows = store.value()->auditTrail()->size();
        for (const std::int64_t target : {*id, done, std::int64_t(9999)}) {
            const QString refused =
                store.value()->endRun(target, RunStatus::Failed, QStringLiteral("again"), 1.0);
            QVERIFY2(refused.contains(QLatin1String("not running")), qPrintable(refused));
        }
        QCOMPARE(store.value()->auditTrail()->size(), rows);
        QVERIFY(store.value()->verify().ok);
        const auto runs = store.value()->runs();
        QCOMPARE(runs->at(1).status, RunStatus::Cancelled);
        QCOMPARE(runs->at(0).status, RunStatus::Completed);
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        const QString dropUpdate = QStringLiteral("DROP TRIGGER audit_trail_append_only_update;");
        const QString dropDelete = QStringLiteral("DROP TRIGGER audit_trail_append_only_delete;");
        QTest::newRow("audit row changed")
            << dropUpdate + QStringLiteral("UPDATE audit_trail SET user = 'mallory' WHERE seq = 3;")
            << QStringLiteral("Audit trail row 3");
        QTest::newRow("audit row deleted")
            << dropDelete + QStringLiteral("DELETE FROM audit_trail WHERE seq = 2;")
            << QStringLiteral("Audit trail row 3");
        QTest::newRow("result metrics changed")
            << QStringLiteral("UPDATE results SET metrics_json = '{\"auc\":0.5}' WHERE id = 1;")
            << QStringLiteral("Result 1 (run 1, lira)");
        QTest::newRow("result scores changed")
            << QStringLiteral("UPDATE results SET scores = zeroblob(length(scores)) WHERE id = 2;")
            << QStringLiteral("Result 2 (run 2, lira)");
        QTest::newRow("spec changed")
            << QStringLiteral("UPDATE runs SET spec_json = '{}' WHERE id = 2;") << QStringLiteral("Run 2");
        // Edits that leave every recorded hash intact: the seal of the last audit row sees them.
        QTest::newRow("run deleted")
            << QStringLiteral("DELETE FROM results WHERE run_id = 2; DELETE FROM models WHERE run_id = 2; "
                              "DELETE FROM runs WHERE id = 2;")
            << QStringLiteral("runs (status, name, specification, summary)");
        QTest::newRow("epsilon edited")
            << QStringLiteral("UPDATE models SET dp_json = '{\"epsilon\":0.05}' WHERE id = 1;")
            << QStringLiteral("models (hashes, DP parameters and epsilon");
        QTest::newRow("results swapped between runs")
            << QStringLiteral("UPDATE results SET run_id = 3 - run_id;")
            << QStringLiteral("results (which run each belongs to");
        QTest::newRow("weights replaced")
            << QStringLiteral("UPDATE models SET weights = zeroblob(1000) WHERE id = 1;")
            << QStringLiteral("Model 1 (target): its stored weights do not match");
        QTest::newRow("status edited") << QStringLiteral("UPDATE runs SET status = 'failed' WHERE id = 1;")
                                       << QStringLiteral("runs (status");
        QTest::newRow("datasheet edited")
            << QStringLiteral("UPDATE datasets SET licence = 'CC0-1.0' WHERE id = 1;")
            << QStringLiteral("datasets (hashes, datasheet");
        QTest::newRow("answer edited")
            << QStringLiteral("UPDATE assessment SET value_json = '{\"answer\":\"no\"}' WHERE key = "
                              "'screening.prohibited';")
            << QStringLiteral("the assessment (checklist answers");
        QTest::newRow("trigger emptied")
            << dropUpdate + QStringLiteral("CREATE TRIGGER audit_trail_append_only_update BEFORE UPDATE ON "
                                           "audit_trail BEGIN SELECT 1; END;")
            << QStringLiteral("Schema: the trigger 'audit_trail_append_only_update' differs from the one "
                              "PrivAudit creates");
        QTest::newRow("foreign trigger")
            << QStringLiteral(
                   "CREATE TRIGGER rewrite AFTER INSERT ON models BEGIN UPDATE models SET dp_json = "
                   "replace(dp_json, '1.99', '0.05') WHERE id = new.id; END;")
            << QStringLiteral("Schema: the trigger 'rewrite' (on 'models') was not created by PrivAudit");
        QTest::newRow("result inserted")
            << QStringLiteral(
                   "INSERT INTO results(run_id, attack, variant, metrics_json, records, scores, members, "
                   "row_ids, sha256, created_at) VALUES (1, 'loss', '', '{}', 0, x'', x'', x'04', '', '');")
            << QStringLiteral("Result 3 (run 1, loss) has no record");
    }

    void tamperingIsDetected()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
            QSKIP("the sqlite3 tool is not installed (installer/setup-deps.sh installs it)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.privaudit"));
        {
            auto store = ProjectStore::create(path, QStringLiteral("p"));
            addCompletedRun(*store.value(), 100, 4);
            addCompletedRun(*store.value(), 100, 6);
            const QString answered = store.value()->setAssessmentValue(
                QStringLiteral("screening.prohibited"), QByteArrayLiteral(R"({"answer":"yes"})"));
            QVERIFY2(answered.isEmpty(), qPrintable(answered));
            const VerifyReport clean = store.value()->verify();
            QVERIFY2(clean.ok && clean.notes.isEmpty(), qPrintable(clean.problems.join(QLatin1Char('\n'))));
        }
        QString error;
        QVERIFY2(sqliteTool(path, sql, &error), qPrintable(error));
        auto store = ProjectStore::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        const VerifyReport report = store.value()->verify();
        QVERIFY(!report.ok);
        const QString all = report.problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(expected), qPrintable(all));
    }

    void outsideEditsAreNotSealedIn()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
            QSKIP("the sqlite3 tool is not installed (installer/setup-deps.sh installs it)");
        QTemporaryDir dir;
        const QString path = projectWithOneRun(dir);
        // An epsilon edited outside PrivAudit: the next write is refused instead of sealing the edit in.
        QString error;
        QVERIFY2(sqliteTool(path,
                            QStringLiteral("UPDATE models SET dp_json = '{\"epsilon\":0.05}' WHERE id = 1;"),
                            &error),
                 qPrintable(error));
        auto store = ProjectStore::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        const auto rows = store.value()->auditTrail()->size();
        const RunRecord run = laterRun();
        const auto refused = store.value()->beginRun(run);
        QVERIFY(!refused.hasValue());
        QVERIFY2(refused.error().contains(QLatin1String("changed outside PrivAudit after audit trail row")) &&
                     refused.error().contains(QLatin1String("models (hashes, DP parameters")),
                 qPrintable(refused.error()));
        QCOMPARE(store.value()->auditTrail()->size(), rows);
        QVERIFY(!store.value()->verify().ok);
    }

    void foreignSchemaObjectsOpenReadOnly()
    {
        // A trigger using only functions trusted_schema=OFF allows (replace()) rewrote every later epsilon.
        if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
            QSKIP("the sqlite3 tool is not installed (installer/setup-deps.sh installs it)");
        QTemporaryDir dir;
        const QString path = projectWithOneRun(dir);
        QString error;
        QVERIFY2(
            sqliteTool(path,
                       QStringLiteral("CREATE TRIGGER rewrite AFTER INSERT ON models BEGIN UPDATE models SET "
                                      "dp_json = replace(dp_json, '1.99', '0.05') WHERE id = new.id; END;"),
                       &error),
            qPrintable(error));
        const QByteArray before = fileBytes(path);
        auto store = ProjectStore::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        QVERIFY(store.value()->isReadOnly());
        QVERIFY2(store.value()->readOnlyReason().contains(
                     QLatin1String("the trigger 'rewrite' (on 'models') was not created by PrivAudit")),
                 qPrintable(store.value()->readOnlyReason()));
        const RunRecord run = laterRun();
        QVERIFY(!store.value()->beginRun(run).hasValue());
        store.value().reset();
        QCOMPARE(fileBytes(path), before);
    }

    void lostHistoryIsNoticed()
    {
        // The file alone is consistent after its WAL is deleted or an older copy is put in its place; the
        // head last seen on this machine is not.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.privaudit"));
        const QString older = dir.filePath(QStringLiteral("older.privaudit"));
        {
            auto store = ProjectStore::create(path, QStringLiteral("p"));
            addCompletedRun(*store.value(), 100, 4);
        }
        QVERIFY(ProjectStore::open(path).hasValue()); // seen here, and recorded when closed
        QVERIFY(QFile::copy(path, older));
        {
            auto store = ProjectStore::open(path);
            addCompletedRun(*store.value(), 100, 6);
            QVERIFY(store.value()->notices().join(QString()).isEmpty());
        }
        QVERIFY(QFile::remove(path) && QFile::copy(older, path));
        auto store = ProjectStore::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        const QString notices = store.value()->notices().join(QLatin1Char('\n'));
        QVERIFY2(notices.contains(QLatin1String("committed history was lost")), qPrintable(notices));
        const VerifyReport report = store.value()->verify();
        QVERIFY(!report.ok);
        QVERIFY2(
            report.problems.join(QString()).contains(QLatin1String("when PrivAudit last saw this project")),
            qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(store.value()->chainHead().rows, store.value()->verify().auditRows);
    }

    void migratesFromTheFirstSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.privaudit"));
        {
            auto store = ProjectStore::createAtSchemaVersion(path, QStringLiteral("old"), 1);
            QVERIFY2(store, qPrintable(store.error()));
        }
        // Schema 1 has no pid column, no assessment and no evidence tables. A dataset row written at schema 1
        // must survive the upgrade.
        const bool haveTool = !QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty();
        if (haveTool) {
            QString error;
            QVERIFY2(sqliteTool(path,
                                QStringLiteral(
                                    "INSERT INTO datasets(name, path, sha256, fingerprint, rows, columns, "
                                    "schema_json, added_at) VALUES ('old.csv', '/old.csv', 'a', 'b', 3, 2, "
                                    "'[]', '2025-01-01');"),
                                &error),
                     qPrintable(error));
        }
        auto store = ProjectStore::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(store.value()->schemaVersion(), kSchemaVersion);
        QVERIFY(!store.value()->notices().isEmpty());
        if (haveTool) QCOMPARE(store.value()->datasets()->at(0).name, QStringLiteral("old.csv"));
        QCOMPARE(store.value()->info()->name, QStringLiteral("old"));
        QVERIFY(store.value()
                    ->setAssessmentValue(QStringLiteral("risk.membership"), R"({"likelihood":3})")
                    .isEmpty());
        QCOMPARE(store.value()->assessmentValue(QStringLiteral("risk.membership"))->value(),
                 QByteArray(R"({"likelihood":3})"));
        addCompletedRun(*store.value(), 20, 8);
        const auto trail = store.value()->auditTrail();
        QCOMPARE(trail->at(1).action, QStringLiteral("project.migrated"));
        const VerifyReport report = store.value()->verify();
        QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char('\n'))));
        store.value().reset();
        auto again = ProjectStore::open(path);
        QVERIFY(again.value()->notices().isEmpty()); // migrated once
    }

    void newerSchemaOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.privaudit"));
        {
            auto store = ProjectStore::create(path, QStringLiteral("future"));
            addCompletedRun(*store.value(), 10, 9);
        }
        if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
            QSKIP("the sqlite3 tool is not installed (installer/setup-deps.sh installs it)");
        QVERIFY(sqliteTool(path, QStringLiteral("PRAGMA user_version = 99;")));
        const QByteArray before = fileBytes(path);
        auto store = ProjectStore::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        QVERIFY(store.value()->isReadOnly());
        QVERIFY2(store.value()->readOnlyReason().contains(QLatin1String("newer")),
                 qPrintable(store.value()->readOnlyReason()));
        QCOMPARE(store.value()->runs()->size(), std::size_t(1)); // still readable
        RunRecord run;
        run.name = QStringLiteral("x");
        run.specJson = "{}";
        const auto refused = store.value()->beginRun(run);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QLatin1String("read-only")));
        store.value().reset();
        QCOMPARE(fileBytes(path), before);
    }

    void corruptFilesGiveClearErrors()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.privaudit"));
        {
            auto store = ProjectStore::create(good, QStringLiteral("good"));
            addCompletedRun(*store.value(), 20000, 10);
        }
        const QByteArray goodBytes = fileBytes(good);
        auto write = [&](const QString& name, const QByteArray& bytes) {
            const QString path = dir.filePath(name);
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return path;
        };
        std::mt19937 rng(1);
        QByteArray random(65536, '\0');
        for (char& c : random)
            c = char(rng());
        const struct
        {
            QString path;
            QString expected;
        } cases[] = {
            {dir.filePath(QStringLiteral("missing.privaudit")), QStringLiteral("No project file")},
            {write(QStringLiteral("empty.privaudit"), {}), QStringLiteral("is empty")},
            {write(QStringLiteral("random.privaudit"), random),
             QStringLiteral("not an SQLite database file")},
            {write(QStringLiteral("truncated.privaudit"), goodBytes.left(goodBytes.size() / 2)),
             QStringLiteral("truncated")},
            {write(QStringLiteral("header.privaudit"), goodBytes.left(60)), QStringLiteral("truncated")},
        };
        for (const auto& c : cases) {
            const auto store = ProjectStore::open(c.path);
            QVERIFY2(!store, qPrintable(c.path));
            QVERIFY2(store.error().contains(c.expected), qPrintable(store.error()));
        }
        // A foreign SQLite database (Firefox-style places file) is recognised and left alone.
        if (!QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
            const QString foreign = dir.filePath(QStringLiteral("places.sqlite"));
            QVERIFY(sqliteTool(
                foreign,
                QStringLiteral("CREATE TABLE moz_places(id INTEGER, url TEXT); INSERT INTO moz_places "
                               "VALUES (1, 'https://example.org');")));
            const QByteArray before = fileBytes(foreign);
            const auto store = ProjectStore::open(foreign);
            QVERIFY(!store);
            QVERIFY2(store.error().contains(QLatin1String("not a PrivAudit project")),
                     qPrintable(store.error()));
            QCOMPARE(fileBytes(foreign), before);
        }
        // Damage in the middle of the file: opening may succeed (the header is intact) but verify names it.
        QByteArray damaged = goodBytes;
        for (qsizetype i = damaged.size() / 2; i < damaged.size() / 2 + 8192; ++i)
            damaged[i] = char(rng());
        const QString damagedPath = write(QStringLiteral("damaged.privaudit"), damaged);
        auto store = ProjectStore::open(damagedPath);
        if (store) {
            const VerifyReport report = store.value()->verify();
            QVERIFY(!report.ok);
        } else {
            QVERIFY2(store.error().contains(QLatin1String("damaged")), qPrintable(store.error()));
        }
        QCOMPARE(fileBytes(good), goodBytes);
    }

    void datasetsAreRenamedVersionedAndDeletedWithAudit()
    {
        QTemporaryDir dir;
        auto store =
            ProjectStore::create(dir.filePath(QStringLiteral("d.privaudit")), QStringLiteral("d")).value();
        const std::int64_t runId = addCompletedRun(*store, 50, 1); // uses a dataset (fingerprint bbb...)
        const auto used = store->datasets()->at(0).id;
        QCOMPARE(*store->datasetRunCount(used), std::int64_t(1));
        DatasetRecord free;
        free.name = QStringLiteral("credit.csv");
        free.path = QStringLiteral("/data/credit.csv");
        free.sha256 = QString(64, QLatin1Char('d'));
        free.fingerprint = QString(64, QLatin1Char('e'));
        free.rows = 1000;
        free.columns = 4;
        free.schemaJson = R"({"columns":[{"name":"credit","type":"numeric","role":"feature"}]})";
        const auto freeId = store->addDataset(free);
        QVERIFY(freeId);
        QVERIFY(store->renameDataset(*freeId, QStringLiteral("  German credit  ")).isEmpty());
        QVERIFY(!store->renameDataset(*freeId, QStringLiteral(" ")).isEmpty());
        QVERIFY(store->renameDataset(999, QStringLiteral("x")).contains(QLatin1String("no dataset 999")));
        // Other types or roles: a new version that names the one it replaces.
        DatasetRecord v2 = free;
        v2.fingerprint = QString(64, QLatin1Char('f'));
        v2.schemaJson =
            R"({"columns":[{"name":"credit","type":"categorical","role":"label","categories":["1","2"]}]})";
        const auto v2Id = store->addDatasetVersion(v2, *freeId);
        QVERIFY(v2Id && *v2Id != *freeId);
        QVERIFY(!store->addDatasetVersion(v2, 999));
        // A dataset a run used is kept; an unused one is deleted.
        const QString refused = store->deleteDataset(used);
        QVERIFY2(refused.contains(QStringLiteral("used by run %1").arg(qint64(runId))), qPrintable(refused));
        QVERIFY(store->deleteDataset(*freeId).isEmpty());
        QCOMPARE(store->datasets()->size(), std::size_t(2));
        const auto trail = store->auditTrail().value();
        QStringList actions;
        for (const auto& e : trail)
            actions << e.action;
        QVERIFY(actions.contains(QStringLiteral("dataset.renamed")));
        QVERIFY(actions.contains(QStringLiteral("dataset.deleted")));
        QJsonObject version;
        QJsonObject renamed;
        for (const auto& e : trail) {
            const QJsonObject d = QJsonDocument::fromJson(e.detailsJson).object();
            if (e.action == QLatin1String("dataset.added") && d.contains(QStringLiteral("version_of")))
                version = d;
            if (e.action == QLatin1String("dataset.renamed")) renamed = d;
        }
        QCOMPARE(version.value(QStringLiteral("version_of")).toInteger(), *freeId);
        QCOMPARE(renamed.value(QStringLiteral("from")).toString(), QStringLiteral("credit.csv"));
        QCOMPARE(renamed.value(QStringLiteral("to")).toString(), QStringLiteral("German credit"));
        const VerifyReport report = store->verify();
        QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char('\n'))));
    }

    void evidenceIsHashed()
    {
        QTemporaryDir dir;
        const QString evidence = dir.filePath(QStringLiteral("dpia.txt"));
        {
            QFile f(evidence);
            f.open(QIODevice::WriteOnly);
            f.write("Data protection impact assessment, signed 2026-11-01.");
        }
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.privaudit")), QStringLiteral("p"));
        const auto id = store.value()->addEvidence(evidence, QStringLiteral("DPIA"));
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY(!store.value()->addEvidence(dir.filePath(QStringLiteral("none.txt")), QString()));
        QVERIFY(store.value()->verify().ok);
        QVERIFY(!store.value()->setAssessmentValue(QStringLiteral("k"), "{not json").isEmpty());
    }

    void assessmentValuesAreWrittenTogether()
    {
        // An import of many keys is one transaction: a bad value among good ones writes none of them
        // (a kill midway left 1, 2 or 14 of 36 keys written before).
        QTemporaryDir dir;
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.privaudit")), QStringLiteral("p"));
        QVERIFY(store);
        const auto before = store.value()->auditTrail()->size();
        QVERIFY(
            !store.value()
                 ->setAssessmentValues({{QStringLiteral("a"), R"({"x":1})"}, {QStringLiteral("b"), "{oops"}})
                 .isEmpty());
        QVERIFY(store.value()->assessmentKeys()->isEmpty());
        QCOMPARE(store.value()->auditTrail()->size(), before);
        QVERIFY(store.value()
                    ->setAssessmentValues(
                        {{QStringLiteral("a"), R"({"x":1})"}, {QStringLiteral("b"), R"({"y":2})"}})
                    .isEmpty());
        QCOMPARE(store.value()->assessmentKeys()->size(), 2);
        QCOMPARE(store.value()->auditTrail()->size(), before + 2); // each value audited
        QVERIFY(store.value()->verify().ok);
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
