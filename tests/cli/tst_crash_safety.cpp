// Crash safety: privaudit-cli is killed with SIGKILL at random moments while it creates projects and
// runs jobs; afterwards every project opens, verifies, and every completed run is intact.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include "CliProcess.h"

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
            const QString project = i % 2 == 0 ? shared : dir.filePath(QStringLiteral("fresh-%1.privaudit").arg(i));
            if (!projects.contains(project))
                projects << project;
            QProcess p;
            p.start(QStringLiteral(PRIVAUDIT_CLI_PATH), {QStringLiteral("run"), spec, QStringLiteral("--project"), project});
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
            const Result verify = runCli({QStringLiteral("project"), QStringLiteral("verify"), project, QStringLiteral("--json")});
            QVERIFY2(verify.exitCode == 0, qPrintable(project + QLatin1Char(' ') + QString::fromUtf8(verify.out) + verify.err));
            const Result info = runCli({QStringLiteral("project"), QStringLiteral("info"), project, QStringLiteral("--json")});
            QCOMPARE(info.exitCode, 0);
            const QJsonArray runs = QJsonDocument::fromJson(info.out).object()[QStringLiteral("runs")].toArray();
            int completed = 0;
            for (const QJsonValue& v : runs) {
                const QJsonObject run = v.toObject();
                const QString status = run[QStringLiteral("status")].toString();
                QVERIFY2(status == QLatin1String("completed") || status == QLatin1String("interrupted"), qPrintable(status));
                if (status != QLatin1String("completed"))
                    continue;
                ++completed;
                const Result exported = runCli({QStringLiteral("export"), QStringLiteral("--project"), project,
                                                QStringLiteral("--run"),
                                                QString::number(run[QStringLiteral("id")].toInteger())});
                QCOMPARE(exported.exitCode, 0);
                QCOMPARE(QJsonDocument::fromJson(exported.out).object()[QStringLiteral("results")].toArray().size(), 3);
            }
            if (project == shared)
                QVERIFY(completed >= 1 + completedBeforeKill);
        }
        const QDir leftovers(dir.path(), QStringLiteral("*.creating-*"));
        QVERIFY2(leftovers.entryList(QDir::Files).size() <= 10, "temporary creation files are only left by kills");
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
