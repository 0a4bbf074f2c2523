// Concurrency with real processes: the GUI (offscreen) holding a project and running jobs while CLI
// processes read and write it; two writers at once; a sweep's parallel points beside a reader. After
// each scenario the project verifies, every completed run is present, and its results' hashes match.
//
// The defect this guards against: a process that opened and closed a second descriptor on the project
// file beside its live SQLite connections dropped all its POSIX locks, so another process believed it
// was the last user, checkpointed and deleted the WAL under the GUI ("disk I/O error", then "not a
// database").
#include "CliProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

namespace {

using Result = privaudit::test::CliResult;
using privaudit::test::runCli;

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) return {};
    return path;
}

/// A small job: the demo data, a narrow MLP, threshold attacks (a second or two).
QByteArray smallSpec(int seed)
{
    return QStringLiteral(R"({"schema_version": 1, "seed": %1,
        "dataset": {"source": "demo", "label": "readmitted", "member_rows": 600},
        "target": {"model": "mlp:16", "epochs": 2},
        "attacks": {"names": ["loss", "confidence"], "reference_models": 1},
        "statistics": {"bootstrap": 20}})")
        .arg(seed)
        .toUtf8();
}

/// A job that takes a few seconds, so the GUI's work overlaps the CLI's rounds.
QByteArray guiSpec(int seed)
{
    return QStringLiteral(R"({"schema_version": 1, "seed": %1,
        "dataset": {"source": "demo", "label": "readmitted", "member_rows": 4000},
        "target": {"model": "mlp:64,64", "epochs": 8, "batch_size": 64},
        "attacks": {"names": ["loss", "confidence"], "reference_models": 1},
        "statistics": {"bootstrap": 50}})")
        .arg(seed)
        .toUtf8();
}

QJsonObject infoJson(const QString& project)
{
    const Result info =
        runCli({QStringLiteral("project"), QStringLiteral("info"), project, QStringLiteral("--json")});
    return info.exitCode == 0 ? QJsonDocument::fromJson(info.out).object() : QJsonObject{};
}

/// verify passes, and every run is completed, exports, and holds @p resultsPerRun results.
void checkProject(const QString& project, int expectedCompleted, int resultsPerRun)
{
    const Result verify =
        runCli({QStringLiteral("project"), QStringLiteral("verify"), project, QStringLiteral("--json")});
    QVERIFY2(verify.exitCode == 0, qPrintable(QString::fromUtf8(verify.out) + verify.err));
    const QJsonObject info = infoJson(project);
    QVERIFY(!info.isEmpty());
    int completed = 0;
    for (const QJsonValue& v : info[QStringLiteral("runs")].toArray()) {
        const QJsonObject run = v.toObject();
        QVERIFY2(run[QStringLiteral("status")].toString() == QLatin1String("completed"),
                 QJsonDocument(run).toJson().constData());
        if (run[QStringLiteral("kind")].toString() == QLatin1String("sweep")) continue;
        ++completed;
        const Result exported =
            runCli({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--run"),
                    QString::number(run[QStringLiteral("id")].toInteger())});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QJsonArray results =
            QJsonDocument::fromJson(exported.out).object()[QStringLiteral("results")].toArray();
        QCOMPARE(results.size(), resultsPerRun);
        for (const QJsonValue& r : results)
            QCOMPARE(r.toObject()[QStringLiteral("sha256")].toString().size(), 64);
    }
    QCOMPARE(completed, expectedCompleted);
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guiJobsWhileCliReadsAndWrites()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("shared.privaudit"));
        QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("create"), project}).exitCode, 0);
        QStringList guiArgs;
        const int guiJobs = 6;
        for (int i = 0; i < guiJobs; ++i)
            guiArgs << QStringLiteral("--run-spec")
                    << writeFile(dir, QStringLiteral("gui-%1.json").arg(i), guiSpec(100 + i));
        const QString cliSpec = writeFile(dir, QStringLiteral("cli.json"), smallSpec(7));
        guiArgs << QStringLiteral("--threads") << QStringLiteral("1") << project;

        // The GUI stays open after its jobs, holding the project, as a user's window does.
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        gui.setProcessEnvironment(env);
        gui.setProcessChannelMode(QProcess::MergedChannels);
        gui.start(QStringLiteral(PRIVAUDIT_GUI_PATH), guiArgs);
        QVERIFY(gui.waitForStarted());

        // The GUI has the project open (in WAL mode) once its -wal file exists; from then on, while the
        // GUI holds it, that file must stay the same one: no other process may decide it is the last
        // user, checkpoint and unlink it (the symptom of the old defect).
        const QByteArray walPath = QFile::encodeName(project + QStringLiteral("-wal"));
        QElapsedTimer timer;
        timer.start();
        struct stat walAtStart
        {
        };
        while (::stat(walPath.constData(), &walAtStart) != 0 && timer.elapsed() < 60000)
            QTest::qWait(20);
        QVERIFY2(timer.elapsed() < 60000, "the GUI did not open the project");
        const auto walIntact = [&] {
            struct stat wal
            {
            };
            return ::stat(walPath.constData(), &wal) == 0 && wal.st_ino == walAtStart.st_ino;
        };

        // Readers and a writer in a loop until the GUI's jobs are done, at least 20 rounds.
        int rounds = 0, cliRuns = 0, guiCompleted = 0;
        while ((guiCompleted < guiJobs || rounds < 20) && timer.elapsed() < 600000) {
            QVERIFY2(gui.state() == QProcess::Running, qPrintable(QString::fromUtf8(gui.readAll())));
            const Result info = runCli(
                {QStringLiteral("project"), QStringLiteral("info"), project, QStringLiteral("--json")});
            QVERIFY2(info.exitCode == 0, qPrintable(info.err));
            QVERIFY2(walIntact(), "project info unlinked the GUI's WAL");
            const Result verify = runCli({QStringLiteral("project"), QStringLiteral("verify"), project});
            QVERIFY2(verify.exitCode == 0, qPrintable(QString::fromUtf8(verify.out) + verify.err));
            QVERIFY2(walIntact(), "project verify unlinked the GUI's WAL");
            const QJsonArray runs =
                QJsonDocument::fromJson(info.out).object()[QStringLiteral("runs")].toArray();
            guiCompleted = 0;
            for (const QJsonValue& v : runs)
                if (v.toObject()[QStringLiteral("seed")].toVariant().toLongLong() >= 100 &&
                    v.toObject()[QStringLiteral("status")].toString() == QLatin1String("completed"))
                    ++guiCompleted;
            if (!runs.isEmpty()) {
                const QString runId =
                    QString::number(runs.last().toObject()[QStringLiteral("id")].toInteger());
                const Result exported = runCli({QStringLiteral("export"), QStringLiteral("--project"),
                                                project, QStringLiteral("--run"), runId,
                                                QStringLiteral("--format"), QStringLiteral("csv")});
                QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
                QVERIFY2(walIntact(), "export unlinked the GUI's WAL");
            }
            if (rounds % 4 == 0) {
                const Result report = runCli({QStringLiteral("report"), QStringLiteral("--project"), project,
                                              QStringLiteral("--out"),
                                              dir.filePath(QStringLiteral("report-%1.html").arg(rounds)),
                                              QStringLiteral("--format"), QStringLiteral("html")});
                QVERIFY2(report.exitCode == 0, qPrintable(report.err));
                QVERIFY2(walIntact(), "report unlinked the GUI's WAL");
            }
            if (rounds % 5 == 0) {
                const Result run =
                    runCli({QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("run"), cliSpec,
                            QStringLiteral("--project"), project});
                QVERIFY2(run.exitCode == 0, qPrintable(run.err));
                QVERIFY2(walIntact(), "run unlinked the GUI's WAL");
                ++cliRuns;
            }
            ++rounds;
        }
        qInfo("%d rounds of info/verify/export beside the GUI, %d CLI runs, %d GUI jobs", rounds, cliRuns,
              guiCompleted);
        QCOMPARE(guiCompleted, guiJobs);
        QVERIFY(gui.state() == QProcess::Running); // no job failure or crash took the window down
        gui.terminate(); // as a session that ends: no clean shutdown of the jobs' threads
        QVERIFY(gui.waitForFinished(60000));
        const QString guiOutput = QString::fromUtf8(gui.readAll());
        QVERIFY2(!guiOutput.contains(QLatin1String("disk I/O")) &&
                     !guiOutput.contains(QLatin1String("not a database")),
                 qPrintable(guiOutput));
        checkProject(project, guiJobs + cliRuns, 2);
    }

    void twoWritersAtOnce()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("writers.privaudit"));
        QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("create"), project}).exitCode, 0);
        const QString a = writeFile(dir, QStringLiteral("a.json"), smallSpec(1));
        const QString b = writeFile(dir, QStringLiteral("b.json"), smallSpec(2));
        const int rounds = 10; // 20 runs, two at a time
        for (int i = 0; i < rounds; ++i) {
            QProcess first, second;
            const QStringList head = {QStringLiteral("--threads"), QStringLiteral("1"),
                                      QStringLiteral("run")};
            first.start(QStringLiteral(PRIVAUDIT_CLI_PATH),
                        head + QStringList{a, QStringLiteral("--project"), project});
            second.start(QStringLiteral(PRIVAUDIT_CLI_PATH),
                         head + QStringList{b, QStringLiteral("--project"), project});
            QVERIFY(first.waitForFinished(180000) && second.waitForFinished(180000));
            QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
            QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        }
        checkProject(project, 2 * rounds, 2);
    }

    void busyWriterIsNamed()
    {
        // Another process holds a write transaction (the sqlite3 tool) longer than the busy timeout: the
        // second writer gets a message naming it, and nothing stored changes.
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("busy.privaudit"));
        QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("create"), project}).exitCode, 0);
        const QString spec = writeFile(dir, QStringLiteral("a.json"), smallSpec(1));
        QCOMPARE(runCli({QStringLiteral("run"), spec, QStringLiteral("--project"), project}).exitCode, 0);
        const QJsonObject before = infoJson(project);
        QProcess holder;
        holder.start(QStringLiteral("sqlite3"), {project});
        if (!holder.waitForStarted()) QSKIP("the sqlite3 tool is not installed");
        holder.write("BEGIN IMMEDIATE; INSERT INTO assessment VALUES ('x', '{}', 'now'); SELECT 'held';\n");
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readAllStandardOutput().trimmed(), QByteArray("held"));
        const Result busy = runCli({QStringLiteral("run"), spec, QStringLiteral("--project"), project});
        QCOMPARE(busy.exitCode, 1);
        QVERIFY2(busy.err.contains(QLatin1String("is busy")) &&
                     busy.err.contains(QStringLiteral("PID %1 (sqlite3)").arg(holder.processId())),
                 qPrintable(busy.err));
        holder.write("ROLLBACK;\n.quit\n");
        QVERIFY(holder.waitForFinished(10000));
        // Readers were never blocked, and once the holder is gone the project is as it was.
        const QJsonObject after = infoJson(project);
        QCOMPARE(after[QStringLiteral("runs")].toArray().size(),
                 before[QStringLiteral("runs")].toArray().size());
        QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("verify"), project}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("run"), spec, QStringLiteral("--project"), project}).exitCode, 0);
    }

    void sweepBesideReader()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("sweep.privaudit"));
        QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("create"), project}).exitCode, 0);
        QByteArray spec = smallSpec(3);
        spec.chop(1);
        spec += R"(, "sweep": {"epsilons": [1, 4, "inf"], "repeats": 2}})";
        const QString sweepSpec = writeFile(dir, QStringLiteral("sweep.json"), spec);
        QProcess sweep;
        sweep.start(QStringLiteral(PRIVAUDIT_CLI_PATH),
                    {QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("sweep"),
                     QStringLiteral("--spec"), sweepSpec, QStringLiteral("--project"), project,
                     QStringLiteral("--parallel"), QStringLiteral("2")});
        QVERIFY(sweep.waitForStarted());
        int rounds = 0;
        while (sweep.state() != QProcess::NotRunning || rounds < 20) {
            const Result verify = runCli({QStringLiteral("project"), QStringLiteral("verify"), project});
            QVERIFY2(verify.exitCode == 0, qPrintable(QString::fromUtf8(verify.out) + verify.err));
            const QJsonObject info = infoJson(project);
            QVERIFY(!info.isEmpty());
            ++rounds;
            sweep.waitForFinished(20);
        }
        QVERIFY(sweep.state() == QProcess::NotRunning || sweep.waitForFinished(300000));
        QVERIFY2(sweep.exitCode() == 0, sweep.readAllStandardError().constData());
        qInfo("%d verify/info rounds beside the sweep", rounds);
        checkProject(project, 6, 2);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
