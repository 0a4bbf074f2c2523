// Dataset governance: the PII scan (check digits, planted PII and decoys, a COMPAS-shaped table) and the
// re-identification risk (hand-computed figures, brute-force l-diversity and t-closeness, sdcMicro's
// individual risk against the exact series, population-uniqueness estimators against a simulated
// population, Adult's sample uniques computed independently).
#include "../common/CsvTable.h"
#include "data/CsvImporter.h"
#include "governance/Checksums.h"
#include "governance/PiiScan.h"
#include "governance/PopulationUniqueness.h"
#include "governance/ReidentificationRisk.h"
#include "PiiSamples.h"

#include <cmath>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QTest>
#include <random>

using namespace privaudit;
using namespace privaudit::governance;
using namespace privaudit::test;

namespace {

QByteArray quoted(const QStringList& cells)
{
    QStringList out;
    for (QString c : cells)
        out << QLatin1Char('"') + c.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return out.join(QLatin1Char(',')).toUtf8() + '\n';
}

const ColumnScan& scanOf(const std::vector<ColumnScan>& scans, const QString& column)
{
    for (const auto& s : scans)
        if (s.column == column) return s;
    qFatal("no column %s", qPrintable(column));
}

bool hasKind(const ColumnScan& s, PiiKind kind)
{
    for (const auto& f : s.findings)
        if (f.kind == kind && f.confidence >= 0.6) return true;
    return false;
}

QString describe(const ColumnScan& s)
{
    QStringList kinds;
    for (const auto& f : s.findings)
        kinds << PiiScan::kindId(f.kind) + QLatin1Char(':') + QString::number(f.confidence);
    return s.column + QStringLiteral(" -> ") + kinds.join(QLatin1Char(' '));
}

QString adultPath()
{
    return QStringLiteral(PRIVAUDIT_SHARED_DIR "/datasets/adult.csv");
}

} // namespace

class TestGovernance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksumsKnownValues();
    void checksumsAgreeWithSecondImplementation();
    void plantedPiiAndDecoys();
    void compasShapedTable();
    void leadingZeroCodesStayText();
    void riskHandComputed();
    void diversityAgreesWithBruteForce();
    void individualRiskMatchesSeries();
    void populationUniquesOnSimulatedPopulation();
    void riskRefusesBadOptions();
    void combinationsAgreeWithPairCounts();
    void adultSampleUniques();
};

void TestGovernance::checksumsKnownValues()
{
    using namespace checksum;
    // Published examples: the ECBS IBAN examples, test card numbers, NHS Digital's example, the BZSt's
    // Steuer-ID example, Wikipedia's PESEL, the Dutch government's test BSN.
    QVERIFY(iban(QStringLiteral("DE89 3704 0044 0532 0130 00")));
    QVERIFY(iban(QStringLiteral("GB82 WEST 1234 5698 7654 32")));
    QVERIFY(iban(QStringLiteral("FR14 2004 1010 0505 0001 3M02 606")));
    QVERIFY(!iban(QStringLiteral("DE89 3704 0044 0532 0130 01")));
    QVERIFY(!iban(QStringLiteral("DE89 3704 0044 0532 0130")));
    QVERIFY(paymentCard(QStringLiteral("4111 1111 1111 1111")));
    QVERIFY(paymentCard(QStringLiteral("378282246310005")));
    QVERIFY(paymentCard(QStringLiteral("5555-5555-5555-4444")));
    QVERIFY(!paymentCard(QStringLiteral("4111 1111 1111 1112")));
    QVERIFY(!paymentCard(QStringLiteral("1234 5678 9012 3452"))); // Luhn-valid, no issuer prefix
    QVERIFY(ukNhsNumber(QStringLiteral("943 476 5919")));
    QVERIFY(!ukNhsNumber(QStringLiteral("943 476 5918")));
    QVERIFY(deTaxId(QStringLiteral("86095742719")));
    QVERIFY(deTaxId(QStringLiteral("47036892816")));
    QVERIFY(!deTaxId(QStringLiteral("86095742718")));
    QVERIFY(!deTaxId(QStringLiteral("11111111116"))); // a digit more than three times
    QVERIFY(plPesel(QStringLiteral("44051401359")));
    QVERIFY(!plPesel(QStringLiteral("44051401358")));
    QVERIFY(nlBsn(QStringLiteral("111222333")));
    QVERIFY(nlBsn(QStringLiteral("123456782")));
    QVERIFY(!nlBsn(QStringLiteral("123456789")));
    QVERIFY(frNir(QStringLiteral("2 55 08 14 168 025 38")));
    QVERIFY(frNir(QStringLiteral("185057800608491")));
    QVERIFY(!frNir(QStringLiteral("2 55 08 14 168 025 39")));
    QVERIFY(usSsn(QStringLiteral("123-45-6789")));
    QVERIFY(!usSsn(QStringLiteral("000-45-6789")));
    QVERIFY(!usSsn(QStringLiteral("666-45-6789")));
    QVERIFY(!usSsn(QStringLiteral("912-45-6789")));
    QVERIFY(!usSsn(QStringLiteral("123-00-6789")));
    QVERIFY(!usSsn(QStringLiteral("123456789")));
    QVERIFY(usSsn(QStringLiteral("123456789"), true));
}

void TestGovernance::checksumsAgreeWithSecondImplementation()
{
    QRandomGenerator rng(7);
    for (int i = 0; i < 300; ++i) {
        const QString card = luhnComplete(QStringLiteral("4") + digits(rng, 14));
        QVERIFY2(checksum::paymentCard(card), qPrintable(card));
        QVERIFY(!checksum::paymentCard(broken(card)));
        const QString ib = germanIban(rng);
        QVERIFY2(checksum::iban(ib), qPrintable(ib));
        QVERIFY(!checksum::iban(broken(ib)));
        const QString nhs = nhsNumber(rng);
        QVERIFY2(checksum::ukNhsNumber(nhs), qPrintable(nhs));
        QVERIFY(!checksum::ukNhsNumber(broken(nhs)));
        const QString tax = steuerId(rng);
        QVERIFY2(checksum::deTaxId(tax), qPrintable(tax));
        QVERIFY(!checksum::deTaxId(broken(tax)));
        const QString n = nir(rng);
        QVERIFY2(checksum::frNir(n), qPrintable(n));
        QVERIFY(!checksum::frNir(broken(n)));
        const QString b = bsn(rng);
        QVERIFY2(checksum::nlBsn(b), qPrintable(b));
        QVERIFY(!checksum::nlBsn(broken(b)));
        const QString p = pesel(rng);
        QVERIFY2(checksum::plPesel(p), qPrintable(p));
        QVERIFY(!checksum::plPesel(broken(p)));
    }
}

void TestGovernance::plantedPiiAndDecoys()
{
    QRandomGenerator rng(11);
    const QStringList given{QStringLiteral("John"),    QStringLiteral("Mary"), QStringLiteral("Lukas"),
                            QStringLiteral("Camille"), QStringLiteral("Anna"), QStringLiteral("Pieter")};
    const QStringList family{QStringLiteral("Smith"),  QStringLiteral("Müller"), QStringLiteral("Dubois"),
                             QStringLiteral("Jansen"), QStringLiteral("Nowak"),  QStringLiteral("Taylor")};
    const QStringList header{QStringLiteral("full_name"), QStringLiteral("email"), QStringLiteral("telefon"),
                             QStringLiteral("iban"), QStringLiteral("card"), QStringLiteral("ssn"),
                             QStringLiteral("nhs_no"), QStringLiteral("steuer_id"), QStringLiteral("nir"),
                             QStringLiteral("bsn"), QStringLiteral("pesel"), QStringLiteral("Geburtsdatum"),
                             QStringLiteral("zip"), QStringLiteral("uk_postcode"), QStringLiteral("ip"),
                             QStringLiteral("notes"), QStringLiteral("diagnosis"), QStringLiteral("religion"),
                             QStringLiteral("sexual_orientation"), QStringLiteral("fingerprint_template"),
                             QStringLiteral("union_member"), QStringLiteral("political_party"),
                             QStringLiteral("vorstrafen"), QStringLiteral("sexe"), QStringLiteral("age"),
                             // decoys
                             QStringLiteral("name"), QStringLiteral("reference_code"),
                             QStringLiteral("batch_no"), QStringLiteral("colour"),
                             QStringLiteral("weight_kg")};
    QByteArray csv = quoted(header);
    for (int r = 0; r < 300; ++r) {
        const QString first = given[r % given.size()];
        const QString last = family[(r / 6) % family.size()];
        const QString nhs = nhsNumber(rng);
        csv += quoted({
            first + QLatin1Char(' ') + last + QStringLiteral(" ") + QString(QChar('A' + r % 26)) +
                QLatin1Char('.'),
            QStringLiteral("%1.%2%3@example.org").arg(first.toLower()).arg(r).arg(last.size()),
            QStringLiteral("+44 20 7946 0%1").arg(r % 1000, 3, 10, QLatin1Char('0')),
            germanIban(rng),
            luhnComplete(QStringLiteral("4") + digits(rng, 14)),
            QStringLiteral("%1-%2-%3")
                .arg(rng.bounded(1, 666), 3, 10, QLatin1Char('0'))
                .arg(rng.bounded(1, 100), 2, 10, QLatin1Char('0'))
                .arg(rng.bounded(1, 10000), 4, 10, QLatin1Char('0')),
            nhs.left(3) + QLatin1Char(' ') + nhs.mid(3, 3) + QLatin1Char(' ') + nhs.mid(6),
            steuerId(rng),
            nir(rng),
            bsn(rng),
            pesel(rng),
            QDate(1940, 1, 1).addDays(rng.bounded(0, 24000)).toString(QStringLiteral("dd.MM.yyyy")),
            QStringLiteral("%1").arg(rng.bounded(1000, 99999), 5, 10, QLatin1Char('0')),
            QStringLiteral("SW%1 %2AB").arg(rng.bounded(1, 20)).arg(rng.bounded(1, 10)),
            QStringLiteral("10.%1.%2.%3")
                .arg(rng.bounded(0, 256))
                .arg(rng.bounded(0, 256))
                .arg(rng.bounded(1, 255)),
            r % 3 == 0 ? QStringLiteral("Customer asked us to call back on +44 20 7946 0%1 after five")
                             .arg(r % 1000, 3, 10, QLatin1Char('0'))
                       : QStringLiteral("Parcel left with the neighbour, no further action needed"),
            QStringList{QStringLiteral("diabetes"), QStringLiteral("asthma"), QStringLiteral("none")}[r % 3],
            QStringList{QStringLiteral("catholic"), QStringLiteral("muslim"), QStringLiteral("none")}[r % 3],
            QStringList{QStringLiteral("heterosexual"), QStringLiteral("gay"),
                        QStringLiteral("bisexual")}[r % 3],
            QString::number(rng.generate64(), 16),
            r % 2 ? QStringLiteral("yes") : QStringLiteral("no"),
            QStringList{QStringLiteral("SPD"), QStringLiteral("CDU"), QStringLiteral("FDP")}[r % 3],
            QString::number(r % 4),
            r % 2 ? QStringLiteral("homme") : QStringLiteral("femme"),
            QString::number(18 + r % 60),
            QStringList{QStringLiteral("Steel Bolt M6"), QStringLiteral("Garden Chair"),
                        QStringLiteral("Oak Table"), QStringLiteral("Desk Lamp")}[r % 4],
            broken(luhnComplete(QStringLiteral("4") + digits(rng, 14))),
            broken(nhsNumber(rng)),
            QStringList{QStringLiteral("white"), QStringLiteral("black"), QStringLiteral("green")}[r % 3],
            QString::number(50.0 + rng.bounded(40.0), 'f', 1),
        });
    }
    const auto scans = PiiScan::scan(importCsv(csv), ScanOptions{2000, QDate(2026, 12, 1)});
    const QList<std::pair<QString, PiiKind>> expected{
        {QStringLiteral("full_name"), PiiKind::PersonName},
        {QStringLiteral("email"), PiiKind::Email},
        {QStringLiteral("telefon"), PiiKind::Phone},
        {QStringLiteral("iban"), PiiKind::Iban},
        {QStringLiteral("card"), PiiKind::PaymentCard},
        {QStringLiteral("ssn"), PiiKind::UsSsn},
        {QStringLiteral("nhs_no"), PiiKind::UkNhsNumber},
        {QStringLiteral("steuer_id"), PiiKind::DeTaxId},
        {QStringLiteral("nir"), PiiKind::FrNir},
        {QStringLiteral("bsn"), PiiKind::NlBsn},
        {QStringLiteral("pesel"), PiiKind::PlPesel},
        {QStringLiteral("Geburtsdatum"), PiiKind::DateOfBirth},
        {QStringLiteral("zip"), PiiKind::Postcode},
        {QStringLiteral("uk_postcode"), PiiKind::Postcode},
        {QStringLiteral("ip"), PiiKind::IpAddress},
        {QStringLiteral("notes"), PiiKind::FreeText},
        {QStringLiteral("diagnosis"), PiiKind::Health},
        {QStringLiteral("religion"), PiiKind::Religion},
        {QStringLiteral("sexual_orientation"), PiiKind::SexLife},
        {QStringLiteral("fingerprint_template"), PiiKind::Biometric},
        {QStringLiteral("union_member"), PiiKind::UnionMembership},
        {QStringLiteral("political_party"), PiiKind::PoliticalOpinion},
        {QStringLiteral("vorstrafen"), PiiKind::CriminalOffence},
        {QStringLiteral("sexe"), PiiKind::Sex},
        {QStringLiteral("age"), PiiKind::Age}};
    for (const auto& [column, kind] : expected) {
        const ColumnScan& s = scanOf(scans, column);
        QVERIFY2(hasKind(s, kind), qPrintable(describe(s) + QStringLiteral(" (expected ") +
                                              PiiScan::kindId(kind) + QLatin1Char(')')));
        // A biometric template is unique per person: its record-number finding may come first.
        if (kind != PiiKind::Biometric) QCOMPARE(s.findings.front().kind, kind);
        QVERIFY2(!s.findings.front().evidence.isEmpty(), qPrintable(column));
    }
    QCOMPARE(scanOf(scans, QStringLiteral("iban")).suggestedRole(), SuggestedRole::Identifier);
    QCOMPARE(scanOf(scans, QStringLiteral("Geburtsdatum")).suggestedRole(), SuggestedRole::QuasiIdentifier);
    QCOMPARE(scanOf(scans, QStringLiteral("vorstrafen")).suggestedRole(), SuggestedRole::Sensitive);
    QCOMPARE(PiiScan::legalReference(PiiKind::CriminalOffence), QStringLiteral("GDPR Art 10"));
    // Decoys: product names under "name", card-like and NHS-like numbers whose check digits fail, colours.
    const ColumnScan& name = scanOf(scans, QStringLiteral("name"));
    QVERIFY2(!hasKind(name, PiiKind::PersonName), qPrintable(describe(name)));
    QVERIFY2(!hasKind(scanOf(scans, QStringLiteral("reference_code")), PiiKind::PaymentCard),
             qPrintable(describe(scanOf(scans, QStringLiteral("reference_code")))));
    QVERIFY2(!hasKind(scanOf(scans, QStringLiteral("batch_no")), PiiKind::UkNhsNumber),
             qPrintable(describe(scanOf(scans, QStringLiteral("batch_no")))));
    QVERIFY2(scanOf(scans, QStringLiteral("colour")).findings.empty(),
             qPrintable(describe(scanOf(scans, QStringLiteral("colour")))));
    QVERIFY2(scanOf(scans, QStringLiteral("weight_kg")).findings.empty(),
             qPrintable(describe(scanOf(scans, QStringLiteral("weight_kg")))));
    // The JSON the CLI prints: one object per column with the documented keys.
    const QJsonArray json = PiiScan::toJson(scans);
    QCOMPARE(json.size(), header.size());
    const QJsonObject iban = json[3].toObject();
    QCOMPARE(iban[QStringLiteral("column")].toString(), QStringLiteral("iban"));
    QCOMPARE(iban[QStringLiteral("suggested_role")].toString(), QStringLiteral("identifier"));
    const QJsonObject finding = iban[QStringLiteral("findings")].toArray().first().toObject();
    QCOMPARE(finding[QStringLiteral("kind")].toString(), QStringLiteral("iban"));
    QVERIFY(finding[QStringLiteral("confidence")].toDouble() >= 0.9);
    QVERIFY(finding[QStringLiteral("evidence")].toString().contains(QStringLiteral("mod 97")));
}

void TestGovernance::compasShapedTable()
{
    // The shape of ProPublica's COMPAS file (tests/common/PiiSamples.h).
    const QByteArray csv = compasShapedCsv(400);
    const auto scans = PiiScan::scan(importCsv(csv), ScanOptions{2000, QDate(2026, 12, 1)});
    const QStringList identifiers = PiiScan::identifierColumns(scans);
    for (const char* column : {"id", "name", "c_case_number"})
        QVERIFY2(identifiers.contains(QLatin1String(column)),
                 qPrintable(QLatin1String(column) + QStringLiteral(": ") +
                            describe(scanOf(scans, QLatin1String(column)))));
    QVERIFY2(hasKind(scanOf(scans, QStringLiteral("first")), PiiKind::PersonName),
             qPrintable(describe(scanOf(scans, QStringLiteral("first")))));
    QVERIFY2(hasKind(scanOf(scans, QStringLiteral("last")), PiiKind::PersonName),
             qPrintable(describe(scanOf(scans, QStringLiteral("last")))));
    QVERIFY(hasKind(scanOf(scans, QStringLiteral("dob")), PiiKind::DateOfBirth));
    QVERIFY(hasKind(scanOf(scans, QStringLiteral("race")), PiiKind::Ethnicity));
    QVERIFY2(hasKind(scanOf(scans, QStringLiteral("c_charge_desc")), PiiKind::CriminalOffence),
             qPrintable(describe(scanOf(scans, QStringLiteral("c_charge_desc")))));
    QVERIFY(hasKind(scanOf(scans, QStringLiteral("c_charge_degree")), PiiKind::CriminalOffence));
    QCOMPARE(scanOf(scans, QStringLiteral("race")).suggestedRole(), SuggestedRole::Sensitive);
    const QStringList quasi = PiiScan::quasiIdentifierColumns(scans);
    for (const char* column : {"dob", "age", "sex", "race"})
        QVERIFY2(quasi.contains(QLatin1String(column)), qPrintable(quasi.join(QLatin1Char(','))));
    QVERIFY(scanOf(scans, QStringLiteral("decile_score")).findings.empty());
}

void TestGovernance::leadingZeroCodesStayText()
{
    const auto t = importCsv("zip,amount\n02134,10\n10115,20.5\n00501,3\n");
    QCOMPARE(t.column(0).type, data::ColumnType::Categorical);
    QCOMPARE(t.column(0).text(0), QStringLiteral("02134"));
    QCOMPARE(t.column(1).type, data::ColumnType::Numeric);
    const auto card = importCsv("n\n4111111111111111\n5555555555554444\n4012888888881881\n");
    QCOMPARE(card.column(0).type, data::ColumnType::Categorical);
    QCOMPARE(card.column(0).text(0), QStringLiteral("4111111111111111"));
}

void TestGovernance::riskHandComputed()
{
    // Classes over (age, sex): (30,M) 3 rows, (30,F) 2, (40,M) 3, (40,F) 1, (50,F) 1.
    const auto table = importCsv("age,sex,disease\n30,M,flu\n30,M,flu\n30,M,cancer\n30,F,flu\n30,F,hiv\n"
                                 "40,M,flu\n40,M,flu\n40,M,flu\n40,F,cancer\n50,F,hiv\n");
    RiskOptions options;
    options.quasiIdentifiers = {QStringLiteral("age"), QStringLiteral("sex")};
    options.sensitive = {QStringLiteral("disease")};
    options.threshold = 0.4;
    const auto risk = ReidentificationRisk::compute(table, options);
    QVERIFY2(risk, qPrintable(risk.error()));
    QCOMPARE(risk->classes, 5);
    QCOMPARE(risk->kAnonymity, 1);
    QCOMPARE(risk->sampleUniques, 2);
    QCOMPARE(risk->sampleUniquesShare, 0.2);
    QCOMPARE(risk->prosecutor.highest, 1.0);
    QCOMPARE(risk->prosecutor.average, 0.5);                      // classes / records
    QCOMPARE(risk->prosecutor.shareAboveThreshold, 0.4);          // the 2 rows of (30,F) and the 2 uniques
    QCOMPARE(risk->journalist.average, risk->prosecutor.average); // no population: the table is it
    QCOMPARE(risk->marketer.average, 0.5);
    QVERIFY(!risk->populationUniques);
    QCOMPARE(risk->diversity.size(), std::size_t(1));
    const DiversityFigures& d = risk->diversity[0];
    QCOMPARE(d.distinctL, 1);
    QCOMPARE(d.recursiveL, 1);
    QCOMPARE(d.entropyL, 1.0);
    // Whole table: flu 0.6, cancer 0.2, hiv 0.2; a unique with "cancer" is 1/2 (0.6 + 0.8 + 0.2) away.
    QVERIFY(std::abs(d.tCloseness - 0.8) < 1e-12);
    QCOMPARE(d.tDistance, QStringLiteral("equal"));
    // Expected re-identifications with the table as the population: sum of 1/f over records = classes.
    QVERIFY(std::abs(risk->expectedReidentifications - 5.0) < 0.01);
    // Without the singletons the table is 2-anonymous. (30,M) holds {flu, flu, cancer}: recursive
    // (c,2)-diversity asks 2 < c * 1, false at c = 2 (so l = 1), true at c = 3 (l = 2).
    const auto two = importCsv("age,sex,disease\n30,M,flu\n30,M,flu\n30,M,cancer\n30,F,flu\n30,F,hiv\n");
    auto r2 = ReidentificationRisk::compute(two, options);
    QCOMPARE(r2->kAnonymity, 2);
    QCOMPARE(r2->diversity[0].distinctL, 2);
    QCOMPARE(r2->diversity[0].recursiveL, 1);
    options.recursiveC = 3.0;
    r2 = ReidentificationRisk::compute(two, options);
    QCOMPARE(r2->diversity[0].recursiveL, 2);
    QVERIFY(std::abs(r2->diversity[0].entropyL -
                     std::exp(-(2.0 / 3 * std::log(2.0 / 3) + 1.0 / 3 * std::log(1.0 / 3)))) < 1e-12);
    const QJsonObject json = risk->toJson();
    for (const char* key : {"k_anonymity", "sample_uniques_share", "prosecutor_risk", "journalist_risk",
                            "marketer_risk", "population_uniques_estimate", "l_diversity", "t_closeness"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json[QStringLiteral("prosecutor_risk")]
                 .toObject()[QStringLiteral("share_above_threshold")]
                 .toDouble(),
             0.4);
}

void TestGovernance::diversityAgreesWithBruteForce()
{
    // Random tables; l-diversity and t-closeness (ordered distance on a numeric column) computed again
    // here directly from the definitions, with dense per-class distributions.
    std::mt19937 gen(5);
    for (int trial = 0; trial < 20; ++trial) {
        QByteArray csv = "a,b,income\n";
        const int rows = 60 + trial * 7;
        std::vector<int> a(rows), b(rows), income(rows);
        for (int r = 0; r < rows; ++r) {
            a[r] = int(gen() % 3);
            b[r] = int(gen() % 4);
            income[r] = int(gen() % 9) * 1000;
            csv += QByteArray::number(a[r]) + ',' + QByteArray::number(b[r]) + ',' +
                   QByteArray::number(income[r]) + '\n';
        }
        RiskOptions options;
        options.quasiIdentifiers = {QStringLiteral("a"), QStringLiteral("b")};
        options.sensitive = {QStringLiteral("income")};
        const auto risk = ReidentificationRisk::compute(importCsv(csv), options);
        QVERIFY(risk);
        std::vector<int> values(income.begin(), income.end());
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
        const std::size_t m = values.size();
        std::vector<double> q(m, 0.0);
        for (int v : income)
            q[std::size_t(std::lower_bound(values.begin(), values.end(), v) - values.begin())] += 1.0 / rows;
        double t = 0.0;
        std::int64_t distinct = INT64_MAX;
        for (int ka = 0; ka < 3; ++ka)
            for (int kb = 0; kb < 4; ++kb) {
                std::vector<double> p(m, 0.0);
                int size = 0;
                for (int r = 0; r < rows; ++r)
                    if (a[r] == ka && b[r] == kb) {
                        ++size;
                        p[std::size_t(std::lower_bound(values.begin(), values.end(), income[r]) -
                                      values.begin())] += 1.0;
                    }
                if (size == 0) continue;
                double cumulative = 0.0, emd = 0.0;
                std::int64_t present = 0;
                for (std::size_t i = 0; i < m; ++i) {
                    present += p[i] > 0 ? 1 : 0;
                    cumulative += p[i] / size - q[i];
                    if (i + 1 < m) emd += std::abs(cumulative);
                }
                t = std::max(t, emd / double(m - 1));
                distinct = std::min(distinct, present);
            }
        QVERIFY2(std::abs(risk->diversity[0].tCloseness - t) < 1e-12,
                 qPrintable(QStringLiteral("%1 vs %2").arg(risk->diversity[0].tCloseness).arg(t)));
        QCOMPARE(risk->diversity[0].distinctL, distinct);
        QCOMPARE(risk->diversity[0].tDistance, QStringLiteral("ordered"));
    }
}

void TestGovernance::individualRiskMatchesSeries()
{
    // E[1/F | f] with F - f ~ NegBin(f, p) (Benedetti & Franconi): the series, summed directly, at the
    // p sdcMicro uses (pk - 1e-4). Exact for classes of 1 and 2; within 5% above (the approximation).
    auto series = [](int f, double p) {
        double sum = 0.0;
        double logTerm = f * std::log(p); // log C(h-1, f-1) p^f (1-p)^(h-f) at h = f
        for (int h = f; h < 200000; ++h) {
            if (h > f) logTerm += std::log(double(h - 1)) - std::log(double(h - f)) + std::log(1.0 - p);
            sum += std::exp(logTerm) / h;
        }
        return sum;
    };
    for (double fraction : {0.01, 0.05, 0.2, 0.5}) {
        for (int f : {1, 2, 3, 5, 10}) {
            const double weight = f / fraction;
            const double ours = ReidentificationRisk::individualRisk(f, weight);
            const double exact = series(f, fraction - 0.0001);
            const double tolerance = f <= 2 ? 1e-6 * exact : 0.05 * exact;
            QVERIFY2(
                std::abs(ours - exact) <= tolerance,
                qPrintable(QStringLiteral("f=%1 pi=%2: %3 vs %4").arg(f).arg(fraction).arg(ours).arg(exact)));
        }
    }
}

void TestGovernance::populationUniquesOnSimulatedPopulation()
{
    // A population of classes with sizes 1 + NegBin(alpha, beta), sampled by Bernoulli draws at fraction
    // f: SNB is the true model here and must recover the population uniques; Pitman and Zayatz are
    // other models and are held to a looser bound; Dankar's rule picks as documented.
    std::mt19937_64 gen(17);
    const double alpha = 0.8, beta = 0.35;
    std::negative_binomial_distribution<int> extra(1, beta); // reused alpha times below via gamma-Poisson
    std::gamma_distribution<double> gamma(alpha, (1.0 - beta) / beta);
    std::vector<int> population;
    double N = 0.0;
    double trueUniques = 0.0;
    for (int k = 0; k < 400000; ++k) {
        std::poisson_distribution<int> poisson(gamma(gen));
        const int size = 1 + poisson(gen);
        population.push_back(size);
        N += size;
        trueUniques += size == 1 ? 1.0 : 0.0;
    }
    for (double f : {0.05, 0.3}) {
        ClassSizeHistogram h;
        double n = 0.0;
        std::bernoulli_distribution draw(f);
        for (int size : population) {
            int inSample = 0;
            for (int i = 0; i < size; ++i)
                inSample += draw(gen) ? 1 : 0;
            if (inSample > 0) ++h[inSample];
            n += inSample;
        }
        const PopulationUniqueness e = PopulationUniqueness::estimate(h, n, N);
        const QString text = QStringLiteral("f=%1 true %2: SNB %3, Pitman %4, Zayatz %5, Dankar %6 (%7)")
                                 .arg(f)
                                 .arg(trueUniques)
                                 .arg(e.snb)
                                 .arg(e.pitman)
                                 .arg(e.zayatz)
                                 .arg(e.dankar)
                                 .arg(uniquenessModelId(e.dankarModel));
        qInfo("%s", qPrintable(text));
        // At 30% SNB, the true model here, lands within 25% (its class count K comes from Shlosser's
        // estimator, not from the model); at 5% Shlosser overestimates the classes and SNB with it, which is
        // why Dankar's rule takes Pitman there (another model: on this population it is not held to a bound).
        if (f > 0.1) {
            QVERIFY2(std::abs(e.snb / trueUniques - 1.0) < 0.25, qPrintable(text)); // measured: +18%
            QVERIFY2(e.zayatz > 0.3 * trueUniques && e.zayatz < 3.0 * trueUniques, qPrintable(text));
        }
        if (f <= 0.1)
            QCOMPARE(e.dankarModel, UniquenessModel::Pitman);
        else
            QCOMPARE(e.dankar, std::min(e.snb, e.zayatz));
    }
    (void)extra;
    // A population drawn from the Pitman (Chinese restaurant) process: Pitman is the true model here, and
    // a simple random sample of an exchangeable Pitman partition is a Pitman partition with the same
    // parameters, so the estimate must land near the population's actual uniques.
    {
        const double theta = 500.0, a = 0.6;
        const int size = 200000;
        std::vector<int> tableOf;
        std::vector<int> tableSize;
        tableOf.reserve(size);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        for (int i = 0; i < size; ++i) {
            const double pNew = (theta + a * double(tableSize.size())) / (theta + double(i));
            if (i == 0 || unit(gen) < pNew) {
                tableOf.push_back(int(tableSize.size()));
                tableSize.push_back(1);
                continue;
            }
            for (;;) { // a table with probability proportional to (n_j - a): size-biased pick, then accept
                const int j = tableOf[std::size_t(unit(gen) * i)];
                if (unit(gen) < (tableSize[std::size_t(j)] - a) / tableSize[std::size_t(j)]) {
                    tableOf.push_back(j);
                    ++tableSize[std::size_t(j)];
                    break;
                }
            }
        }
        const double populationUniques = double(std::count(tableSize.begin(), tableSize.end(), 1));
        std::vector<int> sampled(tableSize.size(), 0);
        std::bernoulli_distribution draw(0.05);
        double n = 0;
        for (int i = 0; i < size; ++i)
            if (draw(gen)) {
                ++sampled[std::size_t(tableOf[std::size_t(i)])];
                ++n;
            }
        ClassSizeHistogram h;
        for (int s : sampled)
            if (s > 0) ++h[s];
        const PopulationUniqueness e = PopulationUniqueness::estimate(h, n, size);
        const QString text = QStringLiteral("Pitman population: true %1, Pitman %2, Zayatz %3, SNB %4")
                                 .arg(populationUniques)
                                 .arg(e.pitman)
                                 .arg(e.zayatz)
                                 .arg(e.snb);
        qInfo("%s", qPrintable(text));
        QVERIFY2(std::abs(e.pitman / populationUniques - 1.0) < 0.15, qPrintable(text));
        QCOMPARE(e.dankarModel, UniquenessModel::Pitman);
    }
    // No sample uniques: nothing to estimate.
    const PopulationUniqueness none = PopulationUniqueness::estimate({{2, 10}, {3, 4}}, 32, 1000);
    QCOMPARE(none.dankar, 0.0);
    QCOMPARE(none.dankarModel, UniquenessModel::None);
}

void TestGovernance::riskRefusesBadOptions()
{
    const auto table = importCsv("a,b\n1,x\n2,y\n");
    RiskOptions options;
    QVERIFY(!ReidentificationRisk::compute(table, options)); // no quasi-identifier
    options.quasiIdentifiers = {QStringLiteral("c")};
    auto r = ReidentificationRisk::compute(table, options);
    QVERIFY(!r && r.error().contains(QStringLiteral("'c'")));
    options.quasiIdentifiers = {QStringLiteral("a")};
    options.populationSize = 1.0;
    r = ReidentificationRisk::compute(table, options);
    QVERIFY(!r && r.error().contains(QStringLiteral("population size")));
    options.populationSize.reset();
    options.threshold = 1.5;
    QVERIFY(!ReidentificationRisk::compute(table, options));
    options.threshold = 0.2;
    options.sensitive = {QStringLiteral("a")};
    QVERIFY(!ReidentificationRisk::compute(table, options));
}

void TestGovernance::combinationsAgreeWithPairCounts()
{
    // Distinction = classes / records; separation = the share of record pairs that differ on the columns
    // (ARX RiskModelAlphaDistinctionSeparation), counted here pair by pair.
    QRandomGenerator rng(17);
    QByteArray csv = "a,b,c,d\n";
    for (int r = 0; r < 300; ++r)
        csv += QByteArray::number(rng.bounded(3)) + ',' + QByteArray(1, "xyzw"[rng.bounded(4)]) + ',' +
               QByteArray::number(rng.bounded(20)) + ',' + (rng.bounded(2) ? "yes" : "no") + '\n';
    const auto t = importCsv(csv);
    RiskOptions options;
    options.quasiIdentifiers = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                QStringLiteral("d")};
    const auto risk = ReidentificationRisk::compute(t, options);
    QVERIFY(risk);
    QCOMPARE(risk->combinations.size(), std::size_t(4 + 6 + 4)); // subsets of at most 3 of 4
    for (const auto& combination : risk->combinations) {
        std::vector<int> columns;
        for (const QString& name : combination.columns)
            columns.push_back(t.indexOf(name));
        const auto key = [&](std::size_t r) {
            QStringList cells;
            for (int c : columns)
                cells << t.column(std::size_t(c)).text(r);
            return cells.join(QLatin1Char('|'));
        };
        std::int64_t differ = 0;
        QHash<QString, int> count;
        for (std::size_t i = 0; i < t.rowCount(); ++i) {
            ++count[key(i)];
            for (std::size_t j = i + 1; j < t.rowCount(); ++j)
                differ += key(i) != key(j) ? 1 : 0;
        }
        int uniques = 0, smallest = 1 << 30;
        for (int f : count) {
            uniques += f == 1;
            smallest = std::min(smallest, f);
        }
        const QString name = combination.columns.join(QLatin1Char(','));
        QVERIFY2(std::fabs(combination.separation - double(differ) / (300.0 * 299.0 / 2.0)) < 1e-12,
                 qPrintable(name));
        QCOMPARE(combination.classes, std::int64_t(count.size()));
        QCOMPARE(combination.distinction, double(count.size()) / 300.0);
        QCOMPARE(combination.uniquesShare, uniques / 300.0);
        QCOMPARE(combination.highestRisk, 1.0 / smallest);
    }
    // By size, then riskiest first: c (20 values) is the most identifying single column.
    QCOMPARE(risk->combinations.front().columns, QStringList{QStringLiteral("c")});
    for (std::size_t i = 1; i < risk->combinations.size(); ++i)
        if (risk->combinations[i].columns.size() == risk->combinations[i - 1].columns.size())
            QVERIFY(risk->combinations[i].uniquesShare <= risk->combinations[i - 1].uniquesShare);
    options.combinationSize = 0;
    QVERIFY(ReidentificationRisk::compute(t, options)->combinations.empty());
}

void TestGovernance::adultSampleUniques()
{
    if (!QFile::exists(adultPath()))
        QSKIP("../shared/datasets/adult.csv is not present (a fresh clone has no shared folder)");
    const auto table = data::CsvImporter::importFile(adultPath());
    QVERIFY(table);
    const QStringList quasi{QStringLiteral("age"), QStringLiteral("sex"), QStringLiteral("race"),
                            QStringLiteral("native-country"), QStringLiteral("education")};
    // Independently: the cells' texts joined into one key per record, counted in a hash.
    QHash<QString, int> count;
    for (std::size_t r = 0; r < table->rowCount(); ++r) {
        QStringList key;
        for (const QString& q : quasi)
            key << table->column(std::size_t(table->indexOf(q))).text(r);
        ++count[key.join(QChar(0x1f))];
    }
    int uniques = 0;
    for (int c : count)
        uniques += c == 1 ? 1 : 0;
    RiskOptions options;
    options.quasiIdentifiers = quasi;
    const auto risk = ReidentificationRisk::compute(*table, options);
    QVERIFY(risk);
    QCOMPARE(risk->classes, std::int64_t(count.size()));
    QCOMPARE(risk->sampleUniques, std::int64_t(uniques));
    QCOMPARE(risk->sampleUniquesShare, double(uniques) / double(table->rowCount()));
    QCOMPARE(uniques, 3501); // pinned: 10.75% of Adult's 32,561 records are unique on these five columns
    const auto scans = PiiScan::scan(*table);
    QVERIFY2(PiiScan::identifierColumns(scans).isEmpty(),
             qPrintable(PiiScan::identifierColumns(scans).join(QLatin1Char(','))));
    QVERIFY(hasKind(scanOf(scans, QStringLiteral("race")), PiiKind::Ethnicity));
}

QTEST_GUILESS_MAIN(TestGovernance)
#include "tst_governance.moc"
