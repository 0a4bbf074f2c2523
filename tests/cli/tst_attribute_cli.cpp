// `privaudit-cli attack attribute` and attribute-inference specs end to end: the real executable, its
// JSON, its exit codes and the project it writes.
#include "CliProcess.h"

#include <QJsonArray>
#include <QtTest>

using privaudit::test::jsonObject;
using privaudit::test::runCli;

namespace {

QStringList attributeArgs(const QString& column)
{
    return {QStringLiteral("attack"),       QStringLiteral("attribute"),
            QStringLiteral("--data"),       QStringLiteral("demo"),
            QStringLiteral("--sensitive"),  column,
            QStringLiteral("--candidates"), QStringLiteral("150"),
            QStringLiteral("--epochs"),     QStringLiteral("3"),
            QStringLiteral("--train-rows"), QStringLiteral("600"),
            QStringLiteral("--bootstrap"),  QStringLiteral("50"),
            QStringLiteral("--json")};
}

QJsonObject attackNamed(const QJsonObject& out, const QString& name)
{
    for (const QJsonValue& a : out.value(QStringLiteral("attacks")).toArray())
        if (a.toObject().value(QStringLiteral("attack")).toString() == name) return a.toObject();
    return {};
}

} // namespace

class TestAttributeCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void categoricalColumnGivesTheDecomposition()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("a.privaudit"));
        const auto r = runCli(attributeArgs(QStringLiteral("diagnosis")) +
                              QStringList{QStringLiteral("--project"), project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject out = jsonObject(r);
        QCOMPARE(out.value(QStringLiteral("sensitive_column")).toString(), QStringLiteral("diagnosis"));
        QCOMPARE(out.value(QStringLiteral("member_candidates")).toInt(), 150);
        QCOMPARE(out.value(QStringLiteral("attacks")).toArray().size(), 6);
        for (const char* name :
             {"imputation", "marginal-prior", "csmia", "label-only", "black-box", "mia-based"}) {
            const QJsonObject a = attackNamed(out, QString::fromLatin1(name));
            QVERIFY2(!a.isEmpty(), name);
            for (const char* key :
                 {"advantage_over_imputation", "individual_leakage", "distributional_leakage"}) {
                const QJsonArray ci =
                    a.value(QLatin1String(key)).toObject().value(QStringLiteral("ci95")).toArray();
                QCOMPARE(ci.size(), 2);
                QVERIFY(ci[0].toDouble() <= ci[1].toDouble());
            }
            const QJsonObject members = a.value(QStringLiteral("members")).toObject();
            for (const char* key : {"accuracy", "balanced_accuracy", "g_mean", "mcc", "ppv_at_k"})
                QVERIFY2(members.contains(QLatin1String(key)), key);
        }
        QCOMPARE(attackNamed(out, QStringLiteral("imputation"))
                     .value(QStringLiteral("advantage_over_imputation"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 0.0);
        QVERIFY(!out.value(QStringLiteral("findings")).toArray().isEmpty());
        // The same seed gives the same figures; the project verifies.
        const auto again = runCli(attributeArgs(QStringLiteral("diagnosis")));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(jsonObject(again).value(QStringLiteral("attacks")).toArray().size(), 6);
        for (const char* name : {"csmia", "black-box"}) {
            QJsonObject a = attackNamed(out, QString::fromLatin1(name)),
                        b = attackNamed(jsonObject(again), QString::fromLatin1(name));
            a.remove(QStringLiteral("seconds"));
            b.remove(QStringLiteral("seconds"));
            QCOMPARE(a, b);
        }
        const auto verify = runCli({QStringLiteral("project"), QStringLiteral("verify"), project});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err + QString::fromUtf8(verify.out)));
        // `run`'s text summary of the stored run names the quantities.
        const auto shown = runCli({QStringLiteral("project"), QStringLiteral("info"), project});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    }

    void numericColumnUsesTheTolerance()
    {
        const auto r = runCli(attributeArgs(QStringLiteral("age")) +
                              QStringList{QStringLiteral("--tolerance"), QStringLiteral("0.2"),
                                          QStringLiteral("--attack"), QStringLiteral("csmia")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject out = jsonObject(r);
        QVERIFY(out.value(QStringLiteral("numeric")).toBool());
        QCOMPARE(out.value(QStringLiteral("tolerance")).toDouble(), 0.2);
        QCOMPARE(out.value(QStringLiteral("attacks")).toArray().size(), 2); // the baseline always runs
        QVERIFY(!attackNamed(out, QStringLiteral("imputation"))
                     .value(QStringLiteral("members"))
                     .toObject()
                     .contains(QStringLiteral("mcc")));
    }

    void badInputIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("missing column")
            << attributeArgs(QStringLiteral("nope")) << QStringLiteral("'nope'") << 2;
        QTest::newRow("the label") << attributeArgs(QStringLiteral("readmitted"))
                                   << QStringLiteral("is the label") << 2;
        QTest::newRow("an identifier")
            << (attributeArgs(QStringLiteral("patient_id")) +
                QStringList{QStringLiteral("--role"), QStringLiteral("patient_id=identifier")})
            << QStringLiteral("patient_id") << 2;
        QTest::newRow("unknown attack") << (attributeArgs(QStringLiteral("sex")) +
                                            QStringList{QStringLiteral("--attack"), QStringLiteral("magic")})
                                        << QStringLiteral("magic") << 2;
        QTest::newRow("not torchscript")
            << (attributeArgs(QStringLiteral("sex")) +
                QStringList{QStringLiteral("--target-model"), QStringLiteral(PRIVAUDIT_CLI_PATH)})
            << QStringLiteral("TorchScript") << 2;
        QTest::newRow("target value")
            << (attributeArgs(QStringLiteral("sex")) +
                QStringList{QStringLiteral("--target-value"), QStringLiteral("X")})
            << QStringLiteral("'X'") << 1; // found once the auxiliary records are drawn: a failed run
    }

    void badInputIsAUsageError()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("bad.privaudit"));
        const auto r = runCli(args + QStringList{QStringLiteral("--project"), project});
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
        QVERIFY(!QFile::exists(project) ||
                runCli({QStringLiteral("project"), QStringLiteral("verify"), project}).exitCode == 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void specFileRunsTheFamily()
    {
        QTemporaryDir dir;
        QFile spec(dir.filePath(QStringLiteral("attribute.json")));
        QVERIFY(spec.open(QIODevice::WriteOnly));
        spec.write(R"({"schema_version": 1, "kind": "attribute-inference", "seed": 4,
            "dataset": {"source": "demo", "label": "readmitted", "member_rows": 500, "roles": {"sex": "sensitive"}},
            "target": {"model": "mlp:16", "epochs": 2},
            "attribute": {"candidates": 100, "attacks": ["marginal-prior", "csmia"], "bootstrap": 20}})");
        spec.close();
        const QString project = dir.filePath(QStringLiteral("s.privaudit"));
        const auto r = runCli({QStringLiteral("run"), spec.fileName(), QStringLiteral("--project"), project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("'sex'")) &&
                     text.contains(QStringLiteral("individual leakage")),
                 qPrintable(text));

        // Its subgroups: per attack, every candidate in one group of the column, with the leakage keys.
        const auto groups = runCli({QStringLiteral("subgroups"), QStringLiteral("--project"), project,
                                    QStringLiteral("--run"), QStringLiteral("1"), QStringLiteral("--column"),
                                    QStringLiteral("age"), QStringLiteral("--json")});
        QVERIFY2(groups.exitCode == 0, qPrintable(groups.err));
        const QJsonObject json = jsonObject(groups);
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("attribute-inference"));
        const QJsonArray measures = json.value(QStringLiteral("measures")).toArray();
        QCOMPARE(measures.size(), 2); // marginal-prior and csmia; imputation is the reference
        qint64 candidates = 0;
        for (const QJsonValue& g : measures[0].toObject().value(QStringLiteral("groups")).toArray()) {
            candidates += g.toObject().value(QStringLiteral("members")).toInteger() +
                          g.toObject().value(QStringLiteral("non_members")).toInteger();
            QVERIFY(g.toObject().contains(QStringLiteral("individual_leakage_ci95")));
        }
        QCOMPARE(candidates, qint64(200)); // 100 candidates per side
        QCOMPARE(json.value(QStringLiteral("measures"))[0][QStringLiteral("groups")].toArray().size(), 4);
        const auto label = runCli({QStringLiteral("subgroups"), QStringLiteral("--project"), project,
                                   QStringLiteral("--run"), QStringLiteral("1"), QStringLiteral("--column"),
                                   QStringLiteral("readmitted")});
        QCOMPARE(label.exitCode, 2);
        QVERIFY2(label.err.contains(QLatin1String("label")), qPrintable(label.err));
        const auto text2 = runCli({QStringLiteral("subgroups"), QStringLiteral("--project"), project,
                                   QStringLiteral("--run"), QStringLiteral("1"), QStringLiteral("--column"),
                                   QStringLiteral("sex")});
        QVERIFY2(text2.exitCode == 0 && text2.out.contains("individual leakage"), text2.out.constData());

        // Kept for the report: --save stores it, the HTML report's subgroups section shows its groups.
        const auto kept = runCli({QStringLiteral("subgroups"), QStringLiteral("--project"), project,
                                  QStringLiteral("--run"), QStringLiteral("1"), QStringLiteral("--column"),
                                  QStringLiteral("sex"), QStringLiteral("--save")});
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.err));
        const QString html = QFileInfo(project).dir().filePath(QStringLiteral("r.html"));
        const auto report =
            runCli({QStringLiteral("report"), QStringLiteral("--project"), project,
                    QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), html});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(f.readAll());
        QVERIFY(page.contains(QLatin1String("Where the risk concentrates (subgroups)")));
        QVERIFY2(page.contains(QLatin1String("by sex, a comparison")), qPrintable(page.right(3000)));
        QVERIFY(page.contains(QLatin1String("Individual leakage [95% CI]")));
        const auto log = runCli({QStringLiteral("project"), QStringLiteral("log"), project});
        QVERIFY2(log.out.contains("subgroups.saved"), log.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestAttributeCli)
#include "tst_attribute_cli.moc"
