// `privaudit-cli attack canary` and canary-exposure specs end to end: the real executable, its JSON,
// its exit codes and the project it writes.
#include "CliProcess.h"

#include <QJsonArray>
#include <QtTest>

using privaudit::test::jsonObject;
using privaudit::test::runCli;

namespace {

QStringList canaryArgs()
{
    return {QStringLiteral("attack"),   QStringLiteral("canary"),       QStringLiteral("--data"),
            QStringLiteral("demo"),     QStringLiteral("--train-rows"), QStringLiteral("1500"),
            QStringLiteral("--epochs"), QStringLiteral("20"),           QStringLiteral("--repetitions"),
            QStringLiteral("1,10,100"), QStringLiteral("--canaries"),   QStringLiteral("6"),
            QStringLiteral("--json")};
}

} // namespace

class TestCanaryCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exposurePerRepetitionLevel()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("c.privaudit"));
        const auto r = runCli(canaryArgs() + QStringList{QStringLiteral("--project"), project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject out = jsonObject(r);
        QCOMPARE(out.value(QStringLiteral("references")).toInt(), 65536);
        QCOMPARE(out.value(QStringLiteral("inserted_rows")).toInt(), 6 * 111);
        QVERIFY(std::abs(out.value(QStringLiteral("chance_exposure")).toDouble() - 1.44253) <
                1e-4); // log2 N - log2((N+1)!) / (N+1)
        const QJsonArray levels = out.value(QStringLiteral("canaries")).toArray();
        QCOMPARE(levels.size(), 4); // the controls, then 1, 10, 100
        QList<int> repetitions;
        for (const QJsonValue& v : levels) {
            const QJsonObject l = v.toObject();
            repetitions << l.value(QStringLiteral("repetitions")).toInt();
            QCOMPARE(l.value(QStringLiteral("exposures")).toArray().size(), 6);
            const QJsonArray ci = l.value(QStringLiteral("ci95")).toArray();
            QCOMPARE(ci.size(), 2);
            QVERIFY(ci[0].toDouble() <= l.value(QStringLiteral("exposure")).toDouble() + 1e-9);
            QVERIFY(l.value(QStringLiteral("exposure")).toDouble() <= ci[1].toDouble() + 1e-9);
            QVERIFY(l.value(QStringLiteral("exposure")).toDouble() <= 16.0 + 1e-9);
        }
        QCOMPARE(repetitions, (QList<int>{0, 1, 10, 100}));
        // A non-private model memorises the canaries it saw 100 times far beyond chance.
        QVERIFY(levels[3].toObject().value(QStringLiteral("exposure")).toDouble() >
                levels[0].toObject().value(QStringLiteral("exposure")).toDouble() + 3.0);
        QVERIFY(!out.value(QStringLiteral("findings")).toArray().isEmpty());
        QCOMPARE(out.value(QStringLiteral("run")).toInt(), 1);

        // The same seed gives the same exposures; the project verifies.
        const auto again = runCli(canaryArgs());
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(jsonObject(again).value(QStringLiteral("canaries")).toArray(), levels);
        const auto verify = runCli({QStringLiteral("project"), QStringLiteral("verify"), project});
        QVERIFY2(verify.exitCode == 0, qPrintable(QString::fromUtf8(verify.out) + verify.err));
    }

    void specRunsTheSameFamily()
    {
        QTemporaryDir dir;
        const QString spec = dir.filePath(QStringLiteral("canary.json"));
        QFile f(spec);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schema_version": 1, "kind": "canary-exposure", "seed": 2,
                  "dataset": {"source": "demo", "member_rows": 800},
                  "target": {"kind": "train", "model": "mlp:32", "epochs": 3},
                  "canary": {"repetitions": [10, 1], "canaries": 3, "references": 4096, "bootstrap": 100}})");
        f.close();
        const QString project = dir.filePath(QStringLiteral("p.privaudit"));
        const auto r = runCli({QStringLiteral("run"), spec, QStringLiteral("--project"), project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("inserted 10 times"), r.out.constData());
        QVERIFY2(r.out.contains("controls (never inserted)"), r.out.constData());
    }

    void badOptionsAreUsageErrors()
    {
        for (const QStringList& extra :
             {QStringList{QStringLiteral("--repetitions"), QStringLiteral("0,10")},
              QStringList{QStringLiteral("--repetitions"), QStringLiteral("ten")},
              QStringList{QStringLiteral("--references"), QStringLiteral("100")},
              QStringList{QStringLiteral("--canaries"), QStringLiteral("1")},
              QStringList{QStringLiteral("--canary-label"), QStringLiteral("upside-down")}}) {
            QTemporaryDir dir;
            const QString project = dir.filePath(QStringLiteral("x.privaudit"));
            const auto r = runCli(QStringList{QStringLiteral("attack"), QStringLiteral("canary"),
                                              QStringLiteral("--data"), QStringLiteral("demo"),
                                              QStringLiteral("--project"), project} +
                                  extra);
            QVERIFY2(r.exitCode == 2,
                     qPrintable(extra.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(extra.join(QLatin1Char(' '))));
            QVERIFY2(!QFile::exists(project), "nothing is written for bad input");
        }
    }
};

QTEST_GUILESS_MAIN(TestCanaryCli)
#include "tst_canary_cli.moc"
