// `privaudit-cli data scan|risk` as a real process: the JSON the issue names, the exit codes, bad input.
#include "CliProcess.h"

#include <cmath>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
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
    void duplicates();
    void minimise();
    void riskLinkedToRun();
    void datasheet();

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

void TestDataCli::duplicates()
{
    // 300 records, each of the first 100 copied once more exactly and once with age + 1; a case number
    // makes every line distinct and must be left out.
    QByteArray csv = "case_no,age,city,income,label\n";
    const char* cities[] = {"Leeds", "Lyon", "Graz", "Turku", "Porto"};
    const auto line = [&](int id, int r, int ageShift) -> QByteArray {
        return QByteArray("C") + QByteArray::number(100000 + id) + ',' +
               QByteArray::number(20 + r % 50 + ageShift) + ',' + cities[r % 5] + ',' +
               QByteArray::number(1000 + (r * 37) % 900) + ',' + (r % 3 ? "yes" : "no") + '\n';
    };
    for (int r = 0; r < 100; ++r)
        csv += line(r, r, 0) + line(1000 + r, r, 0) + line(2000 + r, r, 1);
    QFile f(m_dir.filePath(QStringLiteral("dups.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(csv);
    f.close();
    auto r =
        runCli({QStringLiteral("data"), QStringLiteral("duplicates"), QStringLiteral("--data"), f.fileName(),
                QStringLiteral("--threshold"), QStringLiteral("0.01"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = jsonObject(r);
    QCOMPARE(o[QStringLiteral("excluded_columns")].toArray(), QJsonArray{QStringLiteral("case_no")});
    QCOMPARE(o[QStringLiteral("exact")][QStringLiteral("groups")].toInt(), 100);
    QCOMPARE(o[QStringLiteral("exact")][QStringLiteral("redundant")].toInt(), 100);
    // age + 1 over a range of 50, over 4 columns: distance 0.005.
    QCOMPARE(o[QStringLiteral("near")][QStringLiteral("records")].toInt(), 100);
    QCOMPARE(o[QStringLiteral("groups")].toInt(), 100);
    QCOMPARE(o[QStringLiteral("duplicated_records")].toInt(), 300);
    r = runCli({QStringLiteral("data"), QStringLiteral("duplicates"), QStringLiteral("--data"), f.fileName(),
                QStringLiteral("--threshold"), QStringLiteral("0.004"), QStringLiteral("--json")});
    QCOMPARE(jsonObject(r)[QStringLiteral("near")][QStringLiteral("records")].toInt(), 0);

    // --against: the test set holds 10 exact copies of training records and 5 new ones.
    QFile g(m_dir.filePath(QStringLiteral("test.csv")));
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("case_no,age,city,income,label\n");
    for (int i = 0; i < 15; ++i)
        g.write(i < 10 ? line(5000 + i, i * 7, 0) : line(5000 + i, i, 30));
    g.close();
    r = runCli({QStringLiteral("data"), QStringLiteral("duplicates"), QStringLiteral("--data"), f.fileName(),
                QStringLiteral("--against"), g.fileName(), QStringLiteral("--threshold"), QStringLiteral("0"),
                QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject overlap = jsonObject(r)[QStringLiteral("overlap")].toObject();
    QCOMPARE(overlap[QStringLiteral("exact")].toInt(), 10);
    QCOMPARE(overlap[QStringLiteral("second_records")].toInt(), 15);

    // A run's members against its non-members: every record has an exact twin, so some non-members
    // are copies of members.
    const QString project = m_dir.filePath(QStringLiteral("dups.privaudit"));
    r = runCli({QStringLiteral("attack"), QStringLiteral("mia"), QStringLiteral("--data"), f.fileName(),
                QStringLiteral("--label"), QStringLiteral("label"), QStringLiteral("--model"),
                QStringLiteral("logreg"), QStringLiteral("--epochs"), QStringLiteral("1"),
                QStringLiteral("--attack"), QStringLiteral("loss"), QStringLiteral("--train-rows"),
                QStringLiteral("120"), QStringLiteral("--project"), project});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runCli({QStringLiteral("data"), QStringLiteral("duplicates"), QStringLiteral("--project"), project,
                QStringLiteral("--run"), QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject split = jsonObject(r)[QStringLiteral("overlap")].toObject();
    QCOMPARE(split[QStringLiteral("first")].toString(), QStringLiteral("members"));
    QCOMPARE(split[QStringLiteral("first_records")].toInt(), 120);
    QVERIFY2(split[QStringLiteral("exact")].toInt() > 0 && split[QStringLiteral("near")].toInt() > 0,
             r.out.constData());
    const auto de = runCli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("data"),
                            QStringLiteral("duplicates"), QStringLiteral("--project"), project,
                            QStringLiteral("--run"), QStringLiteral("1")});
    QVERIFY2(QString::fromUtf8(de.out).contains(QStringLiteral("Nicht-Mitglieder")), de.out.constData());

    r = runCli({QStringLiteral("data"), QStringLiteral("duplicates"), QStringLiteral("--data"), f.fileName(),
                QStringLiteral("--threshold"), QStringLiteral("1.5")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("threshold")), qPrintable(r.err));
}

void TestDataCli::minimise()
{
    // Ages 31..36 and two sexes: every record unique; binned by 10, two classes of three (k 1 -> 3).
    QFile f(m_dir.filePath(QStringLiteral("ages.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name,age,sex,score\nAnn,31,F,1\nBob,32,M,2\nCat,33,F,3\nDan,34,M,4\nEve,35,F,5\nFin,36,M,6\n");
    f.close();
    const QString out = m_dir.filePath(QStringLiteral("ages-min.csv"));
    const QString project = m_dir.filePath(QStringLiteral("min.privaudit"));
    auto r = runCli({QStringLiteral("data"), QStringLiteral("minimise"), QStringLiteral("--data"),
                     f.fileName(), QStringLiteral("--drop"), QStringLiteral("name"),
                     QStringLiteral("--generalise"), QStringLiteral("age=bin:10"), QStringLiteral("--quasi"),
                     QStringLiteral("age,sex"), QStringLiteral("--out"), out, QStringLiteral("--project"),
                     project, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = jsonObject(r);
    QCOMPARE(o[QStringLiteral("risk_before")][QStringLiteral("k_anonymity")].toInt(), 1);
    QCOMPARE(o[QStringLiteral("risk_after")][QStringLiteral("k_anonymity")].toInt(), 3);
    QCOMPARE(o[QStringLiteral("steps")].toArray(),
             (QJsonArray{QStringLiteral("name=drop"), QStringLiteral("age=bin:10")}));
    QCOMPARE(o[QStringLiteral("version_of")].toInt(), 1);
    QCOMPARE(o[QStringLiteral("dataset")].toInt(), 2);
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY2(bytes.startsWith("age,sex,score\n\"[30, 40)\",F,1\n"), bytes.constData());
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
             o[QStringLiteral("sha256")].toString());
    // The derivation is in the audit trail, and the trail still verifies.
    r = runCli({QStringLiteral("project"), QStringLiteral("log"), project, QStringLiteral("--json")});
    QVERIFY2(r.out.contains("\"derivation\"") && r.out.contains("age=bin:10"), r.out.constData());
    r = runCli({QStringLiteral("project"), QStringLiteral("verify"), project});
    QCOMPARE(r.exitCode, 0);

    // The original is never overwritten; a bad step writes nothing.
    const QByteArray original = [&] {
        QFile g(f.fileName());
        return g.open(QIODevice::ReadOnly) ? g.readAll() : QByteArray();
    }();
    r = runCli({QStringLiteral("data"), QStringLiteral("minimise"), QStringLiteral("--data"), f.fileName(),
                QStringLiteral("--drop"), QStringLiteral("name"), QStringLiteral("--out"), f.fileName()});
    QCOMPARE(r.exitCode, 2);
    QFile g(f.fileName());
    QVERIFY(g.open(QIODevice::ReadOnly));
    QCOMPARE(g.readAll(), original);
    const QString none = m_dir.filePath(QStringLiteral("none.csv"));
    r = runCli({QStringLiteral("data"), QStringLiteral("minimise"), QStringLiteral("--data"), f.fileName(),
                QStringLiteral("--generalise"), QStringLiteral("sex=bin:10"), QStringLiteral("--quasi"),
                QStringLiteral("age,sex"), QStringLiteral("--out"), none});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("not numeric")), qPrintable(r.err));
    QVERIFY(!QFile::exists(none));
    const auto de = runCli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("data"),
                            QStringLiteral("minimise"), QStringLiteral("--data"), f.fileName(),
                            QStringLiteral("--generalise"), QStringLiteral("age=bin:10"),
                            QStringLiteral("--quasi"), QStringLiteral("age,sex"), QStringLiteral("--out"),
                            m_dir.filePath(QStringLiteral("de.csv"))});
    QVERIFY2(QString::fromUtf8(de.out).contains(QStringLiteral("k-Anonymität")), de.out.constData());
}

void TestDataCli::riskLinkedToRun()
{
    QRandomGenerator rng(23);
    QByteArray csv = "age,sex,zip,income,label\n";
    for (int r = 0; r < 600; ++r) {
        const int age = 20 + int(rng.bounded(60));
        const int income = 1000 + int(rng.bounded(5000));
        csv += QByteArray::number(age) + ',' + (rng.bounded(2) ? "F" : "M") + ",0" +
               QByteArray::number(1000 + rng.bounded(12)) + ',' + QByteArray::number(income) + ',' +
               ((income > 3500) != (rng.bounded(5) == 0) ? "high" : "low") + '\n';
    }
    QFile f(m_dir.filePath(QStringLiteral("link.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(csv);
    f.close();
    const QString project = m_dir.filePath(QStringLiteral("link.privaudit"));
    auto r = runCli({QStringLiteral("attack"), QStringLiteral("mia"), QStringLiteral("--data"), f.fileName(),
                     QStringLiteral("--label"), QStringLiteral("label"), QStringLiteral("--model"),
                     QStringLiteral("logreg"), QStringLiteral("--epochs"), QStringLiteral("3"),
                     QStringLiteral("--attack"), QStringLiteral("loss"), QStringLiteral("--train-rows"),
                     QStringLiteral("300"), QStringLiteral("--project"), project});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runCli({QStringLiteral("data"), QStringLiteral("risk"), QStringLiteral("--project"), project,
                QStringLiteral("--run"), QStringLiteral("1"), QStringLiteral("--quasi"),
                QStringLiteral("age,sex,zip"), QStringLiteral("--top-share"), QStringLiteral("0.1"),
                QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject link = jsonObject(r)[QStringLiteral("linked_run")].toObject();

    // The same join computed here: the run's scores from export, class sizes from the file's cells.
    const auto exported =
        runCli({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--run"),
                QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(exported.exitCode, 0);
    const QList<QByteArray> lines = csv.split('\n');
    QHash<QByteArray, int> classSize;
    const auto key = [&](int row) -> QByteArray {
        const QList<QByteArray> cells = lines[row + 1].split(',');
        return cells[0] + '|' + cells[1] + '|' + cells[2];
    };
    for (int row = 0; row < 600; ++row)
        ++classSize[key(row)];
    std::vector<std::pair<double, int>> members; // score, row
    for (const QByteArray& line : exported.out.split('\n').mid(1)) {
        const QList<QByteArray> cells = line.split(',');
        if (cells.size() == 4 && cells[2] == "1") members.push_back({cells[3].toDouble(), cells[1].toInt()});
    }
    std::stable_sort(members.begin(), members.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    const int exposed = int(std::ceil(0.1 * double(members.size())));
    int high = 0, both = 0;
    for (int k = 0; k < int(members.size()); ++k) {
        const bool isHigh = 1.0 / classSize[key(members[std::size_t(k)].second)] > 0.2;
        high += isHigh;
        both += isHigh && k < exposed;
    }
    QCOMPARE(link[QStringLiteral("members")].toInt(), int(members.size()));
    QCOMPARE(link[QStringLiteral("exposed")].toInt(), exposed);
    QCOMPARE(link[QStringLiteral("high_risk")].toInt(), high);
    QCOMPARE(link[QStringLiteral("both")].toInt(), both);
    QVERIFY(std::fabs(link[QStringLiteral("expected_both")].toDouble() -
                      double(exposed) * high / members.size()) < 1e-9);
    // P(X >= both) for X ~ Hypergeometric(members, high, exposed), summed here.
    const auto logChoose = [](double n, double k) {
        return std::lgamma(n + 1) - std::lgamma(k + 1) - std::lgamma(n - k + 1);
    };
    double tail = 0.0;
    const double m = double(members.size());
    for (int x = both; x <= std::min(exposed, high); ++x)
        tail += std::exp(logChoose(high, x) + logChoose(m - high, exposed - x) - logChoose(m, exposed));
    QVERIFY2(std::fabs(link[QStringLiteral("p_value")].toDouble() - (both > 0 ? tail : 1.0)) < 1e-9,
             qPrintable(QString::number(link[QStringLiteral("p_value")].toDouble()) + QLatin1Char(' ') +
                        QString::number(tail)));
    for (const QJsonValue& v : link[QStringLiteral("records")].toArray()) {
        const QJsonObject rec = v.toObject();
        QCOMPARE(rec[QStringLiteral("class_size")].toInt(),
                 classSize[key(rec[QStringLiteral("row")].toInt() - 1)]);
    }
    // Every member unique on the columns (income has nearly one value per record): every exposed member is
    // high-risk, the overlap is certain and p is 1, not an error.
    r = runCli({QStringLiteral("data"), QStringLiteral("risk"), QStringLiteral("--project"), project,
                QStringLiteral("--run"), QStringLiteral("1"), QStringLiteral("--quasi"),
                QStringLiteral("age,sex,zip,income"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject all = jsonObject(r)[QStringLiteral("linked_run")].toObject();
    QCOMPARE(all[QStringLiteral("both")].toInt(), all[QStringLiteral("exposed")].toInt());
    QCOMPARE(all[QStringLiteral("p_value")].toDouble(), 1.0);
    // Not a membership run, or no run: named.
    r = runCli({QStringLiteral("data"), QStringLiteral("risk"), QStringLiteral("--project"), project,
                QStringLiteral("--run"), QStringLiteral("7"), QStringLiteral("--quasi"),
                QStringLiteral("age")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1Char('7')), qPrintable(r.err));
}

void TestDataCli::datasheet()
{
    // Two datasets in a project: a file and its minimised version.
    QFile f(m_dir.filePath(QStringLiteral("sheet.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("age,sex,diagnosis\n31,F,asthma\n32,M,diabetes\n33,F,asthma\n34,M,asthma\n");
    f.close();
    const QString project = m_dir.filePath(QStringLiteral("sheet.privaudit"));
    auto r = runCli({QStringLiteral("data"), QStringLiteral("minimise"), QStringLiteral("--data"),
                     f.fileName(), QStringLiteral("--generalise"), QStringLiteral("age=bin:10"),
                     QStringLiteral("--quasi"), QStringLiteral("age,sex"), QStringLiteral("--out"),
                     m_dir.filePath(QStringLiteral("sheet-min.csv")), QStringLiteral("--project"), project});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList base = {QStringLiteral("data"),      QStringLiteral("datasheet"),
                              QStringLiteral("--project"), project,
                              QStringLiteral("--dataset"), QStringLiteral("1")};
    r = runCli(base + QStringList{QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(jsonObject(r)[QStringLiteral("answered")].toInt(), 0);
    // 20 questions, licence, lawful basis, and an Art 9(2) condition for the health column.
    QCOMPARE(jsonObject(r)[QStringLiteral("required")].toInt(), 23);

    r = runCli(base + QStringList{QStringLiteral("--licence"), QStringLiteral("cc-by-sa-4.0"),
                                  QStringLiteral("--lawful-basis"), QStringLiteral("art6-1-a"),
                                  QStringLiteral("--art9"), QStringLiteral("art9-2-a"),
                                  QStringLiteral("--answer"),
                                  QStringLiteral("collection.process=Clinic records, 2024"),
                                  QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonObject o = jsonObject(r);
    QCOMPARE(o[QStringLiteral("answered")].toInt(), 4);
    QCOMPARE(o[QStringLiteral("datasheet")][QStringLiteral("licence")].toString(),
             QStringLiteral("CC-BY-SA-4.0"));

    // Bad input is named and changes nothing.
    for (const QStringList& bad : {QStringList{QStringLiteral("--licence"), QStringLiteral("GPL-9.0")},
                                   QStringList{QStringLiteral("--lawful-basis"), QStringLiteral("art6-1-q")},
                                   QStringList{QStringLiteral("--answer"), QStringLiteral("colour=blue")},
                                   QStringList{QStringLiteral("--export"), QStringLiteral("pdf"),
                                               QStringLiteral("--out"), QStringLiteral("x")}}) {
        r = runCli(base + bad);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
    QCOMPARE(
        jsonObject(runCli(base + QStringList{QStringLiteral("--json")}))[QStringLiteral("answered")].toInt(),
        4);

    // Exported as SPDX, imported into the other dataset: the same answers there.
    const QString spdx = m_dir.filePath(QStringLiteral("sheet.spdx.json"));
    r = runCli(base + QStringList{QStringLiteral("--export"), QStringLiteral("spdx"), QStringLiteral("--out"),
                                  spdx});
    QCOMPARE(r.exitCode, 0);
    r = runCli({QStringLiteral("data"), QStringLiteral("datasheet"), QStringLiteral("--project"), project,
                QStringLiteral("--dataset"), QStringLiteral("2"), QStringLiteral("--import"), spdx,
                QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    o = jsonObject(r);
    QCOMPARE(o[QStringLiteral("datasheet")][QStringLiteral("answers")][QStringLiteral("collection.process")]
                 .toString(),
             QStringLiteral("Clinic records, 2024"));
    QCOMPARE(o[QStringLiteral("datasheet")][QStringLiteral("lawful_basis")].toString(),
             QStringLiteral("art6-1-a"));
    r = runCli({QStringLiteral("project"), QStringLiteral("log"), project});
    QVERIFY2(r.out.contains("datasheet.changed"), r.out.constData());
    const auto fr = runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} + base);
    QVERIFY2(QString::fromUtf8(fr.out).contains(QStringLiteral("Motivation")) &&
                 QString::fromUtf8(fr.out).contains(QStringLiteral("Licence : CC-BY-SA-4.0")),
             fr.out.constData());
}

QTEST_GUILESS_MAIN(TestDataCli)
#include "tst_data_cli.moc"
