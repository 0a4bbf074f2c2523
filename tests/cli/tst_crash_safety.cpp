// Crash safety: privaudit-cli is killed with SIGKILL at random moments while it creates projects and
// runs jobs; afterwards every project opens, verifies, and every completed run is intact.
#include "CliProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Result = privaudit::test::CliResult;
using privaudit::test::runCli;

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomMoments()
    {
        QTemporaryDir dir;
        const QString spec = dir.filePath(QStringLiteral("spec.json"));
        {
            QFile f(spec);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"schema_version": 1, "seed": 5,
                "dataset": {"source": "demo", "label": "readmitted", "member_rows": 1000},
                "target": {"model": "mlp:32", "epochs": 4},
                "attacks": {"names": ["loss", "confidence", "lira"], "reference_models": 2},
                "statistics": {"bootstrap": 100}})");
        }
        const QString shared = dir.filePath(QStringLiteral("shared.privaudit"));
        // One undisturbed run gives the time scale for the kills.
        QElapsedTimer timer;
        timer.start();
        const Result first = runCli({QStringLiteral("run"), spec, QStringLiteral("--project"), shared});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const qint64 duration = timer.elapsed();
        qInfo("one run takes %lld ms; killing within 0 .. %lld ms", duration, duration * 5 / 4);

        QRandomGenerator rng(20261124);
        int completedBeforeKill = 0;
        QStringList projects = {shared};
        for (int i = 0; i < 20; ++i) {
            // Even iterations append to the shared project; odd ones create a new project (a kill may hit
            // the creation itself).
            const QString project =
                i % 2 == 0 ? shared : dir.filePath(QStringLiteral("fresh-%1.privaudit").arg(i));
            if (!projects.contains(project)) projects << project;
            QProcess p;
            p.start(QStringLiteral(PRIVAUDIT_CLI_PATH),
                    {QStringLiteral("run"), spec, QStringLiteral("--project"), project});
            QVERIFY(p.waitForStarted());
            const int delay = int(rng.bounded(quint32(duration * 5 / 4)));
            if (!p.waitForFinished(delay)) {
                p.kill(); // SIGKILL: no destructor, no rollback, no flush
                p.waitForFinished();
            } else if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && project == shared) {
                ++completedBeforeKill;
            }
        }

        for (const QString& project : projects) {
            if (!QFile::exists(project))
                continue; // killed before the creation completed: nothing half-made is left behind
            const Result verify = runCli(
                {QStringLiteral("project"), QStringLiteral("verify"), project, QStringLiteral("--json")});
            QVERIFY2(verify.exitCode == 0,
                     qPrintable(project + QLatin1Char(' ') + QString::fromUtf8(verify.out) + verify.err));
            const Result info = runCli(
                {QStringLiteral("project"), QStringLiteral("info"), project, QStringLiteral("--json")});
            QCOMPARE(info.exitCode, 0);
            const QJsonArray runs =
                QJsonDocument::fromJson(info.out).object()[QStringLiteral("runs")].toArray();
            int completed = 0;
            for (const QJsonValue& v : runs) {
                const QJsonObject run = v.toObject();
                const QString status = run[QStringLiteral("status")].toString();
                QVERIFY2(status == QLatin1String("completed") || status == QLatin1String("interrupted"),
                         qPrintable(status));
                if (status != QLatin1String("completed")) continue;
                ++completed;
                const Result exported =
                    runCli({QStringLiteral("export"), QStringLiteral("--project"), project,
                            QStringLiteral("--run"), QString::number(run[QStringLiteral("id")].toInteger())});
                QCOMPARE(exported.exitCode, 0);
                QCOMPARE(QJsonDocument::fromJson(exported.out)
                             .object()[QStringLiteral("results")]
                             .toArray()
                             .size(),
                         3);
            }
            if (project == shared) QVERIFY(completed >= 1 + completedBeforeKill);
        }
        const QDir leftovers(dir.path(), QStringLiteral("*.creating-*"));
        QVERIFY2(leftovers.entryList(QDir::Files).size() <= 10,
                 "temporary creation files are only left by kills");
    }

    void killedImportWritesAllOrNothing()
    {
        // assess import of 36 answers, killed (SIGKILL) at random moments: afterwards the assessment is
        // either the one before the import or the imported one, never a mixture.
        QTemporaryDir dir;
        const QString pristine = dir.filePath(QStringLiteral("pristine.privaudit"));
        QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("create"), pristine}).exitCode, 0);
        QJsonObject checklist;
        const Result items = runCli(
            {QStringLiteral("assess"), QStringLiteral("export"), QStringLiteral("--project"), pristine});
        QCOMPARE(items.exitCode, 0);
        QJsonObject exported = QJsonDocument::fromJson(items.out).object();
        // 36 items of the built-in rule packs, each with a long comment.
        QStringList ids;
        for (const char* pack : {"eu-ai-act", "gdpr", "privacy-risk"}) {
            QFile f(
                QStringLiteral(PRIVAUDIT_SOURCE_DIR "/resources/rulepacks/%1.json").arg(QLatin1String(pack)));
            QVERIFY(f.open(QIODevice::ReadOnly));
            for (const QJsonValue& item :
                 QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("items")).toArray())
                ids << item.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(ids.size() >= 36);
        for (int k = 0; k < 36; ++k)
            checklist[ids[k]] = QJsonObject{
                {QStringLiteral("answer"), k % 2 ? QStringLiteral("yes") : QStringLiteral("partial")},
                {QStringLiteral("comment"), QStringLiteral("answer %1 ").arg(k).repeated(300)}};
        exported[QStringLiteral("checklist")] = checklist;
        const QString answers = dir.filePath(QStringLiteral("answers.json"));
        {
            QFile f(answers);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(exported).toJson());
        }
        auto assessment = [&](const QString& project) {
            const Result r = runCli(
                {QStringLiteral("assess"), QStringLiteral("export"), QStringLiteral("--project"), project});
            return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("checklist")).toObject();
        };
        const QJsonObject before = assessment(pristine);
        const QString full = dir.filePath(QStringLiteral("full.privaudit"));
        QVERIFY(QFile::copy(pristine, full));
        QElapsedTimer timer;
        timer.start();
        const Result imported = runCli({QStringLiteral("assess"), QStringLiteral("import"),
                                        QStringLiteral("--project"), full, QStringLiteral("--in"), answers});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const qint64 duration = std::max<qint64>(timer.elapsed(), 50);
        const QJsonObject after = assessment(full);
        QVERIFY(after != before);
        QRandomGenerator rng(20261202);
        int killed = 0, imports = 0, untouched = 0;
        for (int i = 0; i < 16; ++i) {
            const QString project = dir.filePath(QStringLiteral("k%1.privaudit").arg(i));
            QVERIFY(QFile::copy(pristine, project));
            QProcess p;
            p.start(QStringLiteral(PRIVAUDIT_CLI_PATH),
                    {QStringLiteral("assess"), QStringLiteral("import"), QStringLiteral("--project"), project,
                     QStringLiteral("--in"), answers});
            QVERIFY(p.waitForStarted());
            // Startup takes most of the time: the kills fall from a third of the run to past its end.
            if (!p.waitForFinished(int(duration / 3 + rng.bounded(quint32(duration * 9 / 10))))) {
                p.kill();
                p.waitForFinished();
                ++killed;
            }
            const QJsonObject now = assessment(project);
            (now == after ? imports : untouched) += 1;
            QVERIFY2(
                now == before || now == after,
                qPrintable(
                    QStringLiteral("kill %1: %2 of %3 answers").arg(i).arg(now.size()).arg(after.size())));
            QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("verify"), project}).exitCode, 0);
        }
        qInfo("import takes %lld ms; %d of 16 imports killed; afterwards %d assessments as imported, %d as "
              "before",
              duration, killed, imports, untouched);
        QVERIFY(killed >= 4);
    }

    void aFullDiskIsNotCorruption()
    {
        // A file-size limit (prlimit, SIGXFSZ ignored) stands in for a full disk: writes fail with EFBIG at a
        // chosen size. Every size between the project's and its size after the write is tried, so one of
        // them stops the checkpoint halfway (the file shorter than its header, the pages still in the log).
        // Afterwards, without the limit, the project must open, verify and show what it held: a failed
        // write is never reported as a truncated project.
        if (QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty())
            QSKIP("prlimit (util-linux) is not installed");
        QTemporaryDir dir;
        const QString pristine = dir.filePath(QStringLiteral("pristine.privaudit"));
        QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("create"), pristine}).exitCode, 0);
        const QString answers = dir.filePath(QStringLiteral("answers.json"));
        {
            QFile f(answers);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                QJsonDocument(
                    QJsonObject{{QStringLiteral("format"), QStringLiteral("privaudit.assessment")},
                                {QStringLiteral("format_version"), 1},
                                {QStringLiteral("checklist"),
                                 QJsonObject{{QStringLiteral("AIA-SCOPE-01"),
                                              QJsonObject{{QStringLiteral("answer"), QStringLiteral("yes")},
                                                          {QStringLiteral("comment"),
                                                           QString(100000, QLatin1Char('x'))}}}}}})
                    .toJson());
        }
        const qint64 before = QFileInfo(pristine).size();
        int failedWrites = 0, completedWrites = 0;
        for (qint64 limit = before + 8192; limit <= before + 360000; limit += 12288) {
            const QString project = dir.filePath(QStringLiteral("p-%1.privaudit").arg(limit));
            QVERIFY(QFile::copy(pristine, project));
            QProcess p;
            p.start(QStringLiteral("bash"),
                    {QStringLiteral("-c"),
                     QStringLiteral("trap '' XFSZ; exec prlimit --fsize=%1 \"$0\" \"$@\"").arg(limit),
                     QStringLiteral(PRIVAUDIT_CLI_PATH), QStringLiteral("assess"), QStringLiteral("import"),
                     QStringLiteral("--project"), project, QStringLiteral("--in"), answers});
            QVERIFY(p.waitForFinished(60000));
            (p.exitCode() == 0 ? completedWrites : failedWrites) += 1;
            const Result verify = runCli({QStringLiteral("project"), QStringLiteral("verify"), project});
            QVERIFY2(verify.exitCode == 0, qPrintable(QStringLiteral("limit %1: ").arg(limit) +
                                                      QString::fromUtf8(verify.out) + verify.err));
            QVERIFY2(!verify.err.contains(QLatin1String("truncated")), qPrintable(verify.err));
            QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("info"), project}).exitCode, 0);
        }
        QVERIFY2(
            failedWrites > 0 && completedWrites > 0,
            qPrintable(QStringLiteral("%1 failed, %2 completed").arg(failedWrites).arg(completedWrites)));
    }

    void reportWritesAreAtomic()
    {
        // A report that cannot be written whole (a write error, or a kill midway) leaves the previous file
        // as it was and records nothing in the audit trail.
        if (QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty())
            QSKIP("prlimit (util-linux) is not installed");
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.privaudit"));
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("create"), project}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("report"), QStringLiteral("--project"), project,
                         QStringLiteral("--out"), pdf})
                     .exitCode,
                 0);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray previous = f.readAll();
        f.close();
        QVERIFY(previous.size() > 40000);
        const auto trailRows = [&]() {
            const Result log =
                runCli({QStringLiteral("project"), QStringLiteral("log"), project, QStringLiteral("--json")});
            return QJsonDocument::fromJson(log.out).array().size();
        };
        const auto rows = trailRows();
        QVERIFY(rows >= 2);
        for (const char* how : {"trap '' XFSZ; ", ""}) { // a write error (EFBIG), then a kill (SIGXFSZ)
            QProcess p;
            p.start(QStringLiteral("bash"),
                    {QStringLiteral("-c"),
                     QString::fromLatin1(how) +
                         QStringLiteral("exec prlimit --fsize=%1 \"$0\" \"$@\"").arg(previous.size() / 2),
                     QStringLiteral(PRIVAUDIT_CLI_PATH), QStringLiteral("report"),
                     QStringLiteral("--project"), project, QStringLiteral("--out"), pdf});
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() != 0 || p.exitStatus() != QProcess::NormalExit, how);
            if (*how)
                QVERIFY2(QString::fromUtf8(p.readAllStandardError())
                             .contains(QLatin1String("Could not write the report")),
                         how);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), previous);
            f.close();
            QCOMPARE(trailRows(), rows);
        }
    }

    void aReportsHeadIsCheckedLater()
    {
        // A report quotes the trail's head and the command that checks it; later, on another machine (no
        // head kept there), an older copy of the project is put in place. The file is consistent in itself,
        // so plain verify passes; the report's command (run by the shell, as pasted) fails, and passes on
        // the real project. The file name is hostile: pasted, it must stay a name.
        QTemporaryDir dir;
        const QString name = QStringLiteral("it's $(touch pwned) `touch pwned2`.privaudit");
        const QString project = dir.filePath(name);
        const QString older = dir.filePath(QStringLiteral("older.privaudit"));
        QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("create"), project}).exitCode, 0);
        QVERIFY(QFile::copy(project, older));
        const QString html = dir.filePath(QStringLiteral("r.html"));
        for (int i = 0; i < 2; ++i)
            QCOMPARE(
                runCli({QStringLiteral("report"), QStringLiteral("--project"), project,
                        QStringLiteral("--out"), html, QStringLiteral("--format"), QStringLiteral("html")})
                    .exitCode,
                0);
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("Audit-trail head: ([0-9a-f]{64})")).match(text);
        QVERIFY2(m.hasMatch(), "the report quotes no audit-trail head");
        const QString head = m.captured(1);
        const QRegularExpressionMatch c =
            QRegularExpression(QStringLiteral("<pre>(privaudit-cli project verify [^<]*)</pre>")).match(text);
        QVERIFY2(c.hasMatch(), "the report gives no command to check its head");
        QString command = c.captured(1);
        command.replace(QStringLiteral("&#39;"), QStringLiteral("'"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        QVERIFY(command.contains(head));
        const auto pasted = [&]() {
            QProcess sh;
            sh.setWorkingDirectory(dir.path());
            sh.start(QStringLiteral("bash"),
                     {QStringLiteral("-c"), QStringLiteral("PATH=\"$0:$PATH\"; ") + command,
                      QFileInfo(QStringLiteral(PRIVAUDIT_CLI_PATH)).absolutePath()});
            sh.waitForFinished(60000);
            return std::make_pair(sh.exitCode(), QString::fromUtf8(sh.readAllStandardError()));
        };
        auto r = pasted();
        QVERIFY2(r.first == 0, qPrintable(r.second));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("pwned"))) &&
                !QFile::exists(dir.filePath(QStringLiteral("pwned2"))));

        Result j = runCli({QStringLiteral("project"), QStringLiteral("verify"), project,
                           QStringLiteral("--expect-head"), head, QStringLiteral("--json")});
        QVERIFY2(j.exitCode == 0, j.out.constData());
        const QJsonObject expected = jsonObject(j).value(QStringLiteral("expected_head")).toObject();
        QVERIFY(expected.value(QStringLiteral("found_at_row")).toInt() >= 2);
        QCOMPARE(expected.value(QStringLiteral("rows_after")).toInt(), 1); // the report's own row
        QVERIFY(QFile::remove(project) && QFile::copy(older, project));

        const QByteArray home = qgetenv("XDG_DATA_HOME");
        QTemporaryDir otherMachine;
        qputenv("XDG_DATA_HOME", otherMachine.path().toUtf8());
        QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("verify"), project}).exitCode, 0);
        r = pasted();
        qputenv("XDG_DATA_HOME", home);
        QCOMPARE(r.first, 1);
        QVERIFY2(r.second.contains(QLatin1String("is not in this project's trail")), qPrintable(r.second));
        QVERIFY2(r.second.contains(head), qPrintable(r.second));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("pwned"))));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
