// `privaudit-cli data scan|risk` as a real process: the JSON the issue names, the exit codes, bad input.
#include "CliProcess.h"

#include <QJsonArray>
#include <QTest>

using namespace privaudit::test;

class TestDataCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void scanJson();
    void riskJson();
    void badInput();

private:
    QString writeTable()
    {
        QFile f(m_dir.filePath(QStringLiteral("people.csv")));
        if (!f.open(QIODevice::WriteOnly)) return {};
        f.write("patient_name,email,iban,postcode,age,sex,diagnosis\n");
        const char* names[] = {"John Smith",  "Mary Jones",   "Lukas Weber",  "Camille Martin", "Anna Nowak",
                               "Peter Brown", "Sarah Miller", "Thomas Klein", "Julia Fischer",  "David Lee",
                               "Emma Wilson", "Paul Moore",   "Laura Taylor", "Jan Jansen",     "Eva Bakker",
                               "Mark Davis",  "Lisa White",   "Kevin Hall",   "Nina Wolf",      "Hugo Petit",
                               "Chloe Roux",  "Adam Scott",   "Sophie Meyer", "Ben Wagner"};
        const char* ibans[] = {"DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32",
                               "FR14 2004 1010 0505 0001 3M02 606"};
        for (int r = 0; r < 24; ++r)
            f.write(QStringLiteral("%1,p%2@example.org,%3,SW%4 1AA,%5,%6,%7\n")
                        .arg(QLatin1String(names[r]))
                        .arg(r)
                        .arg(QLatin1String(ibans[r % 3]))
                        .arg(r % 3 + 1)
                        .arg(30 + r % 2 * 10)
                        .arg(r % 2 ? QStringLiteral("male") : QStringLiteral("female"))
                        .arg(r % 4 ? QStringLiteral("diabetes") : QStringLiteral("asthma"))
                        .toUtf8());
        return f.fileName();
    }
    QTemporaryDir m_dir;
};

void TestDataCli::scanJson()
{
    const auto r = runCli({QStringLiteral("data"), QStringLiteral("scan"), QStringLiteral("--data"),
                           writeTable(), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = jsonObject(r);
    const QJsonArray columns = o[QStringLiteral("columns")].toArray();
    QCOMPARE(columns.size(), 7);
    auto column = [&](const QString& name) {
        for (const auto& c : columns)
            if (c.toObject()[QStringLiteral("column")].toString() == name) return c.toObject();
        return QJsonObject();
    };
    const QJsonObject iban = column(QStringLiteral("iban"));
    const QJsonObject finding = iban[QStringLiteral("findings")].toArray().first().toObject();
    QCOMPARE(finding[QStringLiteral("kind")].toString(), QStringLiteral("iban"));
    for (const char* key : {"kind", "confidence", "evidence", "suggested_role"})
        QVERIFY2(finding.contains(QLatin1String(key)), key);
    QCOMPARE(column(QStringLiteral("patient_name"))[QStringLiteral("suggested_role")].toString(),
             QStringLiteral("identifier"));
    QCOMPARE(column(QStringLiteral("diagnosis"))[QStringLiteral("suggested_role")].toString(),
             QStringLiteral("sensitive"));
    QCOMPARE(column(QStringLiteral("postcode"))[QStringLiteral("suggested_role")].toString(),
             QStringLiteral("quasi-identifier"));
    const QJsonArray identifiers = o[QStringLiteral("identifiers")].toArray();
    QVERIFY(identifiers.contains(QStringLiteral("email")) && identifiers.contains(QStringLiteral("iban")));
    // The text form names the findings in German with --lang de.
    const auto de = runCli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("data"),
                            QStringLiteral("scan"), QStringLiteral("--data"), writeTable()});
    QCOMPARE(de.exitCode, 0);
    QVERIFY2(de.out.contains("Gesundheitsdaten"), de.out.constData());
}

void TestDataCli::riskJson()
{
    const auto r =
        runCli({QStringLiteral("data"), QStringLiteral("risk"), QStringLiteral("--data"), writeTable(),
                QStringLiteral("--quasi"), QStringLiteral("age,sex"), QStringLiteral("--sensitive"),
                QStringLiteral("diagnosis"), QStringLiteral("--population-size"), QStringLiteral("2400"),
                QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = jsonObject(r);
    // age alternates 30/40 with sex female/male in step: two classes of 12.
    QCOMPARE(o[QStringLiteral("k_anonymity")].toInt(), 12);
    QCOMPARE(o[QStringLiteral("sample_uniques_share")].toDouble(), 0.0);
    QCOMPARE(o[QStringLiteral("prosecutor_risk")].toObject()[QStringLiteral("highest")].toDouble(),
             1.0 / 12.0);
    for (const char* key : {"journalist_risk", "marketer_risk"}) {
        const QJsonObject risk = o[QLatin1String(key)].toObject();
        QVERIFY(risk.contains(QStringLiteral("highest")) && risk.contains(QStringLiteral("average")) &&
                risk.contains(QStringLiteral("share_above_threshold")));
        // Sampled at 1%, a class of 12 stands for about 1,200 people.
        QVERIFY(risk[QStringLiteral("highest")].toDouble() < 0.01);
    }
    QVERIFY(o[QStringLiteral("population_uniques_estimate")].isObject());
    QCOMPARE(
        o[QStringLiteral("population_uniques_estimate")].toObject()[QStringLiteral("uniques")].toDouble(),
        0.0);
    const QJsonObject ldiv = o[QStringLiteral("l_diversity")].toArray().first().toObject();
    // Odd rows (one class) all say diabetes; even rows alternate asthma and diabetes.
    QCOMPARE(ldiv[QStringLiteral("distinct")].toInt(), 1);
    QVERIFY(o[QStringLiteral("t_closeness")].toArray().first().toObject()[QStringLiteral("t")].toDouble() >=
            0.0);
    // --quasi auto takes the scan's quasi-identifiers.
    const auto automatic =
        runCli({QStringLiteral("data"), QStringLiteral("risk"), QStringLiteral("--data"), writeTable(),
                QStringLiteral("--quasi"), QStringLiteral("auto"), QStringLiteral("--json")});
    QCOMPARE(automatic.exitCode, 0);
    const QJsonArray quasi = jsonObject(automatic)[QStringLiteral("quasi_identifiers")].toArray();
    QVERIFY(quasi.contains(QStringLiteral("postcode")) && quasi.contains(QStringLiteral("age")));
}

void TestDataCli::badInput()
{
    const QString table = writeTable();
    auto r = runCli({QStringLiteral("data"), QStringLiteral("risk"), QStringLiteral("--data"), table,
                     QStringLiteral("--quasi"), QStringLiteral("age,height")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("'height'")), qPrintable(r.err));
    r = runCli({QStringLiteral("data"), QStringLiteral("risk"), QStringLiteral("--data"), table,
                QStringLiteral("--quasi"), QStringLiteral("age"), QStringLiteral("--population-size"),
                QStringLiteral("3")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("population size")), qPrintable(r.err));
    r = runCli({QStringLiteral("data"), QStringLiteral("scan"), QStringLiteral("--data"),
                m_dir.filePath(QStringLiteral("missing.csv"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QFile bad(m_dir.filePath(QStringLiteral("bad.csv")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("a,b\n1,\"unterminated\n");
    bad.close();
    r = runCli({QStringLiteral("data"), QStringLiteral("scan"), QStringLiteral("--data"), bad.fileName()});
    QCOMPARE(r.exitCode, 2);
    r = runCli({QStringLiteral("data"), QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestDataCli)
#include "tst_data_cli.moc"
