// `privaudit-cli attack inversion` (MI-Face) and model-inversion specs end to end: the real executable,
// its JSON, its exit codes, the project it writes, the matrix row and the report section it feeds.
#include "CliProcess.h"

#include <QJsonArray>
#include <QtTest>

using privaudit::test::jsonObject;
using privaudit::test::runCli;

namespace {

QStringList inversionArgs(const QStringList& extra)
{
    return QStringList{
               QStringLiteral("attack"),       QStringLiteral("inversion"),  QStringLiteral("--data"),
               QStringLiteral("demo"),         QStringLiteral("--restarts"), QStringLiteral("3"),
               QStringLiteral("--train-rows"), QStringLiteral("1500"),       QStringLiteral("--json")} +
           extra;
}

QByteArray spec()
{
    return R"({"schema_version": 1, "kind": "model-inversion", "seed": 3,
               "dataset": {"source": "demo", "member_rows": 800},
               "target": {"kind": "train", "model": "mlp:16"},
               "mi_face": {"restarts": 2, "max_iterations": 500, "permutations": 200}})";
}

} // namespace

class TestMiFaceCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void invertsStoresAndFeedsTheMatrixAndReport()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("m.privaudit"));
        const auto r = runCli(inversionArgs({QStringLiteral("--project"), project}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject out = jsonObject(r);
        const QJsonArray reps = out.value(QStringLiteral("representatives")).toArray();
        QCOMPARE(reps.size(), 6); // 3 starts for each of the 2 classes
        QCOMPARE(out.value(QStringLiteral("classes")).toArray().size(), 2);
        for (const QJsonValue& v : reps) {
            const QJsonObject rep = v.toObject();
            QVERIFY(rep.value(QStringLiteral("confidence")).toDouble() > 0.5); // the ascent got somewhere
            QVERIFY(rep.value(QStringLiteral("member_distance")).toDouble() > 0.0);
            // Decoded: every column named once, categorical values from the data (no unseen slot).
            const QJsonArray values = rep.value(QStringLiteral("values")).toArray();
            QCOMPARE(values.size(), 9);
            for (const QJsonValue& value : values)
                QVERIFY2(!value.toString().contains(QLatin1Char('<')), qPrintable(value.toString()));
        }
        const double p = out.value(QStringLiteral("p_value")).toDouble(-1.0);
        QVERIFY(p > 0.0 && p <= 1.0);
        QCOMPARE(out.value(QStringLiteral("permutations")).toInt(), 1000);
        QVERIFY(out.value(QStringLiteral("pool_rows")).toInt() > 100);
        QCOMPARE(out.value(QStringLiteral("model_sha256")).toString().size(), 64);
        QCOMPARE(out.value(QStringLiteral("dataset_sha256")).toString().size(), 64);
        QVERIFY(!out.value(QStringLiteral("findings")).toArray().isEmpty());

        // The same seed, the same representatives.
        const auto again = runCli(inversionArgs({}));
        QCOMPARE(jsonObject(again).value(QStringLiteral("representatives")),
                 out.value(QStringLiteral("representatives")));
        QCOMPARE(jsonObject(again).value(QStringLiteral("p_value")), out.value(QStringLiteral("p_value")));

        // The project verifies; the matrix's inversion row reads the run; the report has its section.
        const auto verify = runCli({QStringLiteral("project"), QStringLiteral("verify"), project});
        QVERIFY2(verify.exitCode == 0, qPrintable(QString::fromUtf8(verify.out) + verify.err));
        const auto suggest = runCli(
            {QStringLiteral("assess"), QStringLiteral("suggest"), QStringLiteral("--project"), project});
        QVERIFY2(suggest.exitCode == 0, qPrintable(suggest.err));
        QVERIFY2(suggest.out.contains("MI-Face, run 1"), suggest.out.constData());
        const QString html = dir.filePath(QStringLiteral("r.html"));
        const auto report =
            runCli({QStringLiteral("report"), QStringLiteral("--project"), project, QStringLiteral("--out"),
                    html, QStringLiteral("--format"), QStringLiteral("html")});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QLatin1String("MI-Face inversion")));
        QVERIFY(text.contains(QLatin1String("Permutation test, one-sided p")));
    }

    void specRunsTheFamilyAndRefusesAQueriedModel()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("mi.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(spec());
        f.close();
        const QString project = dir.filePath(QStringLiteral("p.privaudit"));
        const auto r = runCli({QStringLiteral("run"), f.fileName(), QStringLiteral("--project"), project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("MI-Face: 4 representatives for 2 classes"), r.out.constData());
        QVERIFY2(r.out.contains("permutation p"), r.out.constData());

        QFile queried(dir.filePath(QStringLiteral("q.json")));
        QVERIFY(queried.open(QIODevice::WriteOnly));
        queried.write(R"({"schema_version": 1, "kind": "model-inversion", "dataset": {"source": "demo"},
                          "target": {"kind": "torchscript", "path": "m.pt"}})");
        queried.close();
        const auto refused = runCli({QStringLiteral("run"), queried.fileName(), QStringLiteral("--project"),
                                     dir.filePath(QStringLiteral("q.privaudit"))});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(!refused.err.trimmed().isEmpty(), qPrintable(refused.err));
    }

    void badOptionsAreUsageErrors()
    {
        for (const QStringList& extra :
             {QStringList{QStringLiteral("--restarts"), QStringLiteral("0")},
              QStringList{QStringLiteral("--confidence"), QStringLiteral("1.5")},
              QStringList{QStringLiteral("--confidence"), QStringLiteral("sure")},
              QStringList{QStringLiteral("--step-size"), QStringLiteral("-1")},
              QStringList{QStringLiteral("--tolerance"), QStringLiteral("0")},
              QStringList{QStringLiteral("--max-iterations"), QStringLiteral("0")}}) {
            QTemporaryDir dir;
            const QString project = dir.filePath(QStringLiteral("x.privaudit"));
            const auto r = runCli(inversionArgs(extra + QStringList{QStringLiteral("--project"), project}));
            QVERIFY2(r.exitCode == 2,
                     qPrintable(extra.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(extra.join(QLatin1Char(' '))));
            QVERIFY2(!QFile::exists(project), "nothing is written for bad input");
        }
    }
};

QTEST_GUILESS_MAIN(TestMiFaceCli)
#include "tst_mi_face_cli.moc"
