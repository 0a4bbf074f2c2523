// `privaudit-cli attack reconstruction` and reconstruction specs end to end: the real executable, its
// JSON, its exit codes and the project it writes.
#include "CliProcess.h"

#include <QJsonArray>
#include <QtTest>

using privaudit::test::jsonObject;
using privaudit::test::runCli;

namespace {

QStringList reconstructionArgs(const QStringList& extra)
{
    return QStringList{QStringLiteral("attack"), QStringLiteral("reconstruction"), QStringLiteral("--data"),
                       QStringLiteral("demo"),   QStringLiteral("--targets"),      QStringLiteral("8"),
                       QStringLiteral("--json")} +
           extra;
}

QByteArray mlpSpec()
{
    return R"({"schema_version": 1, "kind": "reconstruction",
               "dataset": {"source": "demo"}, "target": {"kind": "train", "model": "mlp:16"}})";
}

QByteArray tanhSpec()
{
    return R"({"schema_version": 1, "kind": "reconstruction", "seed": 4,
               "dataset": {"source": "demo", "member_rows": 400},
               "target": {"kind": "train", "model": "mlp:8:tanh"},
               "reconstruction": {"targets": 4, "known_rows": 99, "l2": 0.01, "bootstrap": 100}})";
}

QByteArray logregSpec()
{
    return R"({"schema_version": 1, "kind": "reconstruction", "seed": 4,
               "dataset": {"source": "demo", "member_rows": 400},
               "target": {"kind": "train", "model": "logreg"},
               "reconstruction": {"targets": 5, "known_rows": 99, "l2": 0.01, "bootstrap": 100}})";
}

} // namespace

class TestReconstructionCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exactModelGivesRowsAwayDpDoesNot()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("r.privaudit"));
        const auto r = runCli(reconstructionArgs({QStringLiteral("--project"), project}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject out = jsonObject(r);
        QCOMPARE(out.value(QStringLiteral("targets")).toInt(), 8);
        QCOMPARE(out.value(QStringLiteral("training_rows")).toInt(), 200);
        QCOMPARE(out.value(QStringLiteral("exact_rows")).toInt(), 8);
        QVERIFY(out.value(QStringLiteral("mean_squared_error"))
                    .toObject()
                    .value(QStringLiteral("mean"))
                    .toDouble() < 1e-8);
        QVERIFY(out.value(QStringLiteral("advantage_over_baseline"))
                    .toObject()
                    .value(QStringLiteral("low"))
                    .toDouble() > 0.2);
        QCOMPARE(out.value(QStringLiteral("rows")).toArray().size(), 8);
        QVERIFY(
            out.value(QStringLiteral("warnings")).toArray().isEmpty()); // no optimiser ran: no step warning
        QVERIFY(!out.value(QStringLiteral("findings")).toArray().isEmpty());

        const auto dp =
            runCli(reconstructionArgs({QStringLiteral("--dp"), QStringLiteral("--target-epsilon"),
                                       QStringLiteral("1"), QStringLiteral("--project"), project}));
        QVERIFY2(dp.exitCode == 0, qPrintable(dp.err));
        const QJsonObject dpOut = jsonObject(dp);
        QVERIFY(dpOut.value(QStringLiteral("epsilon")).toDouble() <= 1.0 + 1e-9);
        QCOMPARE(dpOut.value(QStringLiteral("exact_rows")).toInt(), 0);
        QVERIFY(dpOut.value(QStringLiteral("mean_squared_error"))
                    .toObject()
                    .value(QStringLiteral("mean"))
                    .toDouble() > 1e6 * out.value(QStringLiteral("mean_squared_error"))
                                            .toObject()
                                            .value(QStringLiteral("mean"))
                                            .toDouble());

        // The same seed gives the same rows; the project verifies and lists both runs.
        const auto again = runCli(reconstructionArgs({}));
        QCOMPARE(jsonObject(again).value(QStringLiteral("rows")).toArray().size(), 8);
        QCOMPARE(jsonObject(again).value(QStringLiteral("exact_rows")),
                 out.value(QStringLiteral("exact_rows")));
        const auto verify = runCli({QStringLiteral("project"), QStringLiteral("verify"), project});
        QVERIFY2(verify.exitCode == 0, qPrintable(QString::fromUtf8(verify.out) + verify.err));

        // Its subgroups: the 8 reconstructed rows by sex, each group small and never claimed.
        const auto groups = runCli({QStringLiteral("subgroups"), QStringLiteral("--project"), project,
                                    QStringLiteral("--run"), QStringLiteral("1"), QStringLiteral("--column"),
                                    QStringLiteral("sex"), QStringLiteral("--json")});
        QVERIFY2(groups.exitCode == 0, qPrintable(groups.err));
        const QJsonObject json = jsonObject(groups);
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("reconstruction"));
        qint64 rows = 0;
        for (const QJsonValue& g :
             json.value(QStringLiteral("measures"))[0][QStringLiteral("groups")].toArray()) {
            rows += g.toObject().value(QStringLiteral("members")).toInteger();
            QVERIFY(g.toObject().value(QStringLiteral("small")).toBool());
            QVERIFY(!g.toObject().value(QStringLiteral("above_run")).toBool());
        }
        QCOMPARE(rows, qint64(8));
    }

    void specRunsTheFamilyOnATanhMlpAndRefusesRelu()
    {
        QTemporaryDir dir;
        const QString spec = dir.filePath(QStringLiteral("rec.json"));
        QFile f(spec);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(logregSpec());
        f.close();
        const QString project = dir.filePath(QStringLiteral("p.privaudit"));
        const auto r = runCli({QStringLiteral("run"), spec, QStringLiteral("--project"), project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("rows fully recovered  5 of 5"), r.out.constData());

        QFile mlp(dir.filePath(QStringLiteral("mlp.json")));
        QVERIFY(mlp.open(QIODevice::WriteOnly));
        mlp.write(mlpSpec());
        mlp.close();
        const auto refused = runCli({QStringLiteral("run"), mlp.fileName(), QStringLiteral("--project"),
                                     dir.filePath(QStringLiteral("q.privaudit"))});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("mlp:16:tanh")), qPrintable(refused.err));

        // A tanh MLP fitted to a stationary point gives its rows away as the logistic regression does.
        QFile tanh(dir.filePath(QStringLiteral("tanh.json")));
        QVERIFY(tanh.open(QIODevice::WriteOnly));
        tanh.write(tanhSpec());
        tanh.close();
        const auto t = runCli({QStringLiteral("run"), tanh.fileName(), QStringLiteral("--project"), project,
                               QStringLiteral("--json")});
        QVERIFY2(t.exitCode == 0, qPrintable(t.err));
        const QJsonArray results =
            QJsonDocument::fromJson(t.out).object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 1);
        const QJsonObject json = results.first().toObject();
        QCOMPARE(json.value(QStringLiteral("model")).toString(), QStringLiteral("mlp:8:tanh"));
        QCOMPARE(json.value(QStringLiteral("exact_rows")).toInt(), 4);
        QVERIFY(json.value(QStringLiteral("worst_stationarity")).toDouble() < 1e-9);
        QCOMPARE(json.value(QStringLiteral("parameters")).toInt(),
                 8 * (json.value(QStringLiteral("input_width")).toInt() + 1) + 2 * 9);
    }

    void badOptionsAreUsageErrors()
    {
        for (const QStringList& extra :
             {QStringList{QStringLiteral("--targets"), QStringLiteral("0")},
              QStringList{QStringLiteral("--l2"), QStringLiteral("0")},
              QStringList{QStringLiteral("--l2"), QStringLiteral("much")},
              QStringList{QStringLiteral("--tolerance"), QStringLiteral("-1")},
              QStringList{QStringLiteral("--model"), QStringLiteral("mlp:8")},
              QStringList{QStringLiteral("--known-rows"), QStringLiteral("5000"),
                          QStringLiteral("--train-rows"), QStringLiteral("1000")}}) {
            QTemporaryDir dir;
            const QString project = dir.filePath(QStringLiteral("x.privaudit"));
            const auto r =
                runCli(reconstructionArgs(extra + QStringList{QStringLiteral("--project"), project}));
            QVERIFY2(r.exitCode == 2,
                     qPrintable(extra.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(extra.join(QLatin1Char(' '))));
            QVERIFY2(!QFile::exists(project), "nothing is written for bad input");
        }
    }
};

QTEST_GUILESS_MAIN(TestReconstructionCli)
#include "tst_reconstruction_cli.moc"
