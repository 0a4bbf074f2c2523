// `privaudit-cli attack memorisation` end to end: the real executable on a CSV with repeated records, its
// JSON, its exit codes, and the membership run it stores (which `run` of the same spec reproduces).
#include "CliProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QtTest>
#include <random>

using privaudit::test::jsonObject;
using privaudit::test::runCli;

namespace {

/// 400 records once and 25 records 8 times each; the label is a noisy function of the features.
QString writeRepeatedCsv(const QTemporaryDir& dir)
{
    std::mt19937_64 rng(3);
    std::normal_distribution<double> z(0.0, 1.0);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    QByteArray csv = "x1,x2,x3,c,y\n";
    for (int i = 0; i < 425; ++i) {
        const double x1 = z(rng), x2 = z(rng), x3 = z(rng);
        int y = x1 + 0.5 * x2 > 0 ? 1 : 0;
        if (u(rng) < 0.3) y = 1 - y;
        const QByteArray row = QByteArray::number(x1, 'f', 4) + ',' + QByteArray::number(x2, 'f', 4) + ',' +
                               QByteArray::number(x3, 'f', 4) + ',' + (u(rng) < 0.5 ? "a" : "b") + ',' +
                               QByteArray::number(y) + '\n';
        for (int k = 0; k < (i < 25 ? 8 : 1); ++k)
            csv += row;
    }
    const QString path = dir.filePath(QStringLiteral("repeated.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
    f.write(csv);
    return path;
}

} // namespace

class TestMemorisationCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void repeatedRecordsAreMemorisedMore()
    {
        QTemporaryDir dir;
        const QString csv = writeRepeatedCsv(dir);
        const QString project = dir.filePath(QStringLiteral("m.privaudit"));
        const QStringList args = {QStringLiteral("attack"),
                                  QStringLiteral("memorisation"),
                                  QStringLiteral("--data"),
                                  csv,
                                  QStringLiteral("--label"),
                                  QStringLiteral("y"),
                                  QStringLiteral("--train-rows"),
                                  QStringLiteral("300"),
                                  QStringLiteral("--model"),
                                  QStringLiteral("mlp:32"),
                                  QStringLiteral("--epochs"),
                                  QStringLiteral("30"),
                                  QStringLiteral("--batch-size"),
                                  QStringLiteral("32"),
                                  QStringLiteral("--reference-models"),
                                  QStringLiteral("8"),
                                  QStringLiteral("--json"),
                                  QStringLiteral("--project"),
                                  project};
        const auto r = runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject out = jsonObject(r);
        QVERIFY(out.value(QStringLiteral("measured")).toBool());
        QCOMPARE(out.value(QStringLiteral("reference_models")).toInt(), 8);
        QCOMPARE(out.value(QStringLiteral("members")).toInt(), 300);
        QVERIFY(out.value(QStringLiteral("duplicated_members")).toInt() > 50);
        QVERIFY(out.value(QStringLiteral("duplicated_mean_memorisation")).toDouble() >
                out.value(QStringLiteral("unique_mean_memorisation")).toDouble() + 0.1);
        const QJsonArray ci = out.value(QStringLiteral("memorised_share_ci95")).toArray();
        QCOMPARE(ci.size(), 2);
        QVERIFY(ci[0].toDouble() <= out.value(QStringLiteral("memorised_share")).toDouble());
        QVERIFY(out.value(QStringLiteral("lira")).toBool());
        QVERIFY(out.contains(QStringLiteral("lira_auc")));
        const QJsonArray top = out.value(QStringLiteral("most_memorised")).toArray();
        QCOMPARE(top.size(), 10);
        QVERIFY(top[0].toObject().value(QStringLiteral("memorisation")).toDouble() >=
                top[9].toObject().value(QStringLiteral("memorisation")).toDouble());
        QVERIFY(out.value(QStringLiteral("findings")).toArray().size() >= 3);
        QCOMPARE(out.value(QStringLiteral("run")).toInt(), 1);

        // Without --json: the findings and the most memorised members as text, the same figures.
        QStringList text = args;
        text.removeAll(QStringLiteral("--json"));
        const auto plain = runCli(text);
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        const QString printed = QString::fromUtf8(plain.out);
        QVERIFY2(printed.contains(QStringLiteral("Most memorised members:")), qPrintable(printed));
        QVERIFY2(printed.contains(out.value(QStringLiteral("findings")).toArray()[0].toString()),
                 qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("Stored as run 2")));

        // The same run by subgroup of column c: both values, every candidate once, JSON and bad input.
        const auto groups = runCli({QStringLiteral("subgroups"), QStringLiteral("--project"), project,
                                    QStringLiteral("--run"), QStringLiteral("1"), QStringLiteral("--column"),
                                    QStringLiteral("c"), QStringLiteral("--json")});
        QVERIFY2(groups.exitCode == 0, qPrintable(groups.err));
        const QJsonObject g = jsonObject(groups);
        QCOMPARE(g.value(QStringLiteral("column")).toString(), QStringLiteral("c"));
        const QJsonArray attacks = g.value(QStringLiteral("attacks")).toArray();
        QCOMPARE(attacks.size(), 1);
        const QJsonArray values = attacks[0].toObject().value(QStringLiteral("groups")).toArray();
        QCOMPARE(values.size(), 2);
        int members = 0;
        for (const QJsonValue& v : values)
            members += v.toObject().value(QStringLiteral("members")).toInt();
        QCOMPARE(members, 300);
        QVERIFY(!g.value(QStringLiteral("findings")).toArray().isEmpty());
        const auto label = runCli({QStringLiteral("subgroups"), QStringLiteral("--project"), project,
                                   QStringLiteral("--run"), QStringLiteral("1"), QStringLiteral("--column"),
                                   QStringLiteral("y")});
        QCOMPARE(label.exitCode, 2);
        QVERIFY2(label.err.contains(QLatin1String("label")), qPrintable(label.err));
    }

    void badOptionsAreUsageErrors()
    {
        const auto one =
            runCli({QStringLiteral("attack"), QStringLiteral("memorisation"), QStringLiteral("--data"),
                    QStringLiteral("demo"), QStringLiteral("--reference-models"), QStringLiteral("1")});
        QCOMPARE(one.exitCode, 2);
        QVERIFY2(one.err.contains(QStringLiteral("--reference-models")), qPrintable(one.err));
        const auto noData = runCli({QStringLiteral("attack"), QStringLiteral("memorisation")});
        QCOMPARE(noData.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestMemorisationCli)
#include "tst_memorisation_cli.moc"
