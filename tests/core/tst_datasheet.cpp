// Datasheets (issue 18): SPDX licence expressions against the shipped list, the completeness score
// (Art 9 and Art 10 grounds asked only when the scan found such data), the stored and audited datasheet,
// and the SPDX 3.0.1 and Croissant 1.0 exports read back.
#include "../common/PiiSamples.h"
#include "data/CsvImporter.h"
#include "governance/Datasheet.h"
#include "governance/SpdxLicences.h"
#include "project/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace privaudit;
using namespace privaudit::governance;

namespace {

Datasheet fullSheet()
{
    Datasheet d;
    int i = 0;
    for (const auto& q : Datasheet::questions())
        d.answers.insert(q.id,
                         QStringLiteral("Answer %1 to %2, with a comma, and \"quotes\"").arg(++i).arg(q.id));
    d.licence = QStringLiteral("CC-BY-4.0");
    d.lawfulBasis = QStringLiteral("art6-1-e");
    d.specialCategoryCondition = QStringLiteral("art9-2-j");
    d.criminalDataBasis = QStringLiteral("Section 22 BDSG");
    return d;
}

project::DatasetRecord record(const QString& path)
{
    auto t = data::CsvImporter::importFile(path);
    if (!t) qFatal("%s", qPrintable(t.error()));
    project::DatasetRecord d;
    d.id = 1;
    d.name = QStringLiteral("compas.csv");
    d.path = path;
    d.sha256 = t->contentSha256();
    d.fingerprint = t->fingerprint();
    d.rows = std::int64_t(t->rowCount());
    d.columns = std::int64_t(t->columnCount());
    d.schemaJson = t->storedSchemaJson();
    d.addedAt = QStringLiteral("2026-12-01T10:00:00.000Z");
    return d;
}

QJsonObject elementOfType(const QJsonObject& doc, const char* type, int* count = nullptr)
{
    QJsonObject found;
    int n = 0;
    for (const QJsonValue& v : doc[QStringLiteral("@graph")].toArray())
        if (v[QStringLiteral("type")].toString() == QLatin1String(type)) {
            found = v.toObject();
            ++n;
        }
    if (count) *count = n;
    return found;
}

} // namespace

class TestDatasheet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_csv;
    std::vector<ColumnScan> m_scans;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath(QStringLiteral("compas.csv"));
        QFile f(m_csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::compasShapedCsv(200));
        f.close();
        m_scans = PiiScan::scan(*data::CsvImporter::importFile(m_csv), ScanOptions{2000, QDate(2026, 12, 1)});
    }

    void licenceExpressions()
    {
        QVERIFY(SpdxLicences::licenceCount() > 400);
        QCOMPARE(SpdxLicences::name(QStringLiteral("mit")), QStringLiteral("MIT License"));
        QVERIFY(SpdxLicences::osiApproved(QStringLiteral("Apache-2.0")));
        QVERIFY(!SpdxLicences::osiApproved(QStringLiteral("CC-BY-4.0")));
        const QList<std::pair<const char*, const char*>> valid = {
            {"cc-by-4.0", "CC-BY-4.0"},
            {"MIT OR Apache-2.0", "MIT OR Apache-2.0"},
            {"(mit OR apache-2.0) AND BSD-3-Clause", "(MIT OR Apache-2.0) AND BSD-3-Clause"},
            {"GPL-2.0-or-later WITH classpath-exception-2.0",
             "GPL-2.0-or-later WITH Classpath-exception-2.0"},
            {"LGPL-2.1+", "LGPL-2.1+"},
            {"LicenseRef-internal-use", "LicenseRef-internal-use"},
            {"DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2",
             "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2"},
            {"  ODbL-1.0  ", "ODbL-1.0"}};
        for (const auto& [in, out] : valid) {
            const auto check = SpdxLicences::checkExpression(QLatin1String(in));
            QVERIFY2(check.valid, qPrintable(QLatin1String(in) + QStringLiteral(": ") + check.error));
            QCOMPARE(check.canonical, QLatin1String(out));
        }
        QVERIFY(SpdxLicences::checkExpression(QStringLiteral("LicenseRef-x")).licenceRef);
        QCOMPARE(SpdxLicences::checkExpression(QStringLiteral("GPL-2.0")).deprecated,
                 QStringList{QStringLiteral("GPL-2.0")});
        const QList<std::pair<const char*, const char*>> invalid = {
            {"", "no licence"},
            {"Foo-1.0", "'Foo-1.0'"},
            {"MIT and Apache-2.0", "capitals"},
            {"MIT OR", "ends"},
            {"(MIT OR Apache-2.0", "not closed"},
            {"MIT)", "')'"},
            {"GPL-2.0-only WITH Foo-exception", "'Foo-exception'"},
            {"AND MIT", "'AND'"},
            {"MIT Apache-2.0", "'Apache-2.0'"}};
        for (const auto& [in, word] : invalid) {
            const auto check = SpdxLicences::checkExpression(QLatin1String(in));
            QVERIFY2(!check.valid, in);
            QVERIFY2(check.error.contains(QLatin1String(word)),
                     qPrintable(QLatin1String(in) + QStringLiteral(": ") + check.error));
        }
    }

    void completenessAsksWhatTheDataNeeds()
    {
        Datasheet empty;
        const auto none = empty.completeness({});
        QCOMPARE(none.required, int(Datasheet::questions().size()) + 2); // questions, licence, lawful basis
        QCOMPARE(none.answered, 0);
        QCOMPARE(none.score(), 0.0);
        // The COMPAS-shaped table has race (Art 9) and charges (Art 10): two more grounds are needed.
        const auto compas = empty.completeness(m_scans);
        QCOMPARE(compas.required, none.required + 2);
        Datasheet full = fullSheet();
        QCOMPARE(full.completeness(m_scans).score(), 1.0);
        QVERIFY(full.completeness(m_scans).missing.isEmpty());
        full.licence = QStringLiteral("Foo-1.0");
        const auto bad = full.completeness(m_scans);
        QCOMPARE(bad.answered, bad.required - 1);
        QVERIFY(bad.problems.front().contains(QLatin1String("Foo-1.0")));
        full.licence = QStringLiteral("NOASSERTION"); // unknown is not answered
        QCOMPARE(full.completeness(m_scans).answered, bad.answered);
        full.answers[QStringLiteral("uses.risks")] = QStringLiteral("   ");
        QCOMPARE(full.completeness(m_scans).answered, bad.answered - 1);
    }

    void startsFromTheRecordAndRoundTrips()
    {
        project::DatasetRecord r;
        r.purpose = QStringLiteral("Recidivism research");
        r.origin = QStringLiteral("Broward County court records");
        r.consent = QStringLiteral("Public records; no consent");
        r.licence = QStringLiteral("free for research");
        const Datasheet d = Datasheet::fromRecord(r);
        QCOMPARE(d.answers.value(QStringLiteral("motivation.purpose")), r.purpose);
        QCOMPARE(d.answers.value(QStringLiteral("collection.process")), r.origin);
        QCOMPARE(d.answers.value(QStringLiteral("collection.notice")), r.consent);
        QVERIFY(d.licence.isEmpty()); // words are no SPDX expression: kept as a restriction, not lost
        QCOMPARE(d.answers.value(QStringLiteral("distribution.restrictions")), r.licence);

        const Datasheet full = fullSheet();
        const auto back = Datasheet::fromJson(full.toJson());
        QVERIFY(back);
        QCOMPARE(back->answers, full.answers);
        QCOMPARE(back->toJson(), full.toJson());
        QJsonObject wrong = full.toJson();
        wrong[QStringLiteral("lawful_basis")] = QStringLiteral("art6-1-z");
        QVERIFY(Datasheet::fromJson(wrong).error().contains(QLatin1String("art6-1-z")));
        wrong = full.toJson();
        QJsonObject answers = wrong[QStringLiteral("answers")].toObject();
        answers[QStringLiteral("composition.colour")] = QStringLiteral("blue");
        wrong[QStringLiteral("answers")] = answers;
        QVERIFY(Datasheet::fromJson(wrong).error().contains(QLatin1String("composition.colour")));
        QVERIFY(!Datasheet::fromExport(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}));
    }

    void spdxExport()
    {
        const Datasheet full = fullSheet();
        const project::DatasetRecord r = record(m_csv);
        const QJsonObject doc = full.toSpdx(r, m_scans, QStringLiteral("2026-12-01T12:00:00Z"));
        QCOMPARE(doc[QStringLiteral("@context")].toString(),
                 QStringLiteral("https://spdx.org/rdf/3.0.1/spdx-context.jsonld"));
        int packages = 0;
        const QJsonObject package = elementOfType(doc, "dataset_DatasetPackage", &packages);
        QCOMPARE(packages, 1);
        // What the Dataset profile requires: a dataset type, a primary purpose, a download location, built
        // and release times, the creation info, exactly one declared and one concluded licence.
        QCOMPARE(package[QStringLiteral("dataset_datasetType")].toArray(),
                 QJsonArray{QStringLiteral("structured")});
        QCOMPARE(package[QStringLiteral("software_primaryPurpose")].toString(), QStringLiteral("data"));
        QVERIFY(package.contains(QStringLiteral("software_downloadLocation")));
        QVERIFY(package.contains(QStringLiteral("builtTime")) &&
                package.contains(QStringLiteral("releaseTime")));
        QCOMPARE(package[QStringLiteral("dataset_hasSensitivePersonalInformation")].toString(),
                 QStringLiteral("yes"));
        QCOMPARE(package[QStringLiteral("verifiedUsing")][0][QStringLiteral("hashValue")].toString(),
                 r.sha256);
        QCOMPARE(package[QStringLiteral("dataset_dataCollectionProcess")].toString(),
                 full.answers.value(QStringLiteral("collection.process")));
        for (const char* type : {"hasDeclaredLicense", "hasConcludedLicense"}) {
            int n = 0;
            for (const QJsonValue& v : doc[QStringLiteral("@graph")].toArray())
                if (v[QStringLiteral("relationshipType")].toString() == QLatin1String(type) &&
                    v[QStringLiteral("from")].toString() == package[QStringLiteral("spdxId")].toString())
                    ++n;
            QCOMPARE(n, 1);
        }
        QCOMPARE(
            elementOfType(
                doc, "simplelicensing_LicenseExpression")[QStringLiteral("simplelicensing_licenseExpression")]
                .toString(),
            QStringLiteral("CC-BY-4.0"));
        QSet<QString> ids;
        for (const QJsonValue& v : doc[QStringLiteral("@graph")].toArray()) {
            if (v[QStringLiteral("type")].toString() == QLatin1String("CreationInfo")) continue;
            QCOMPARE(v[QStringLiteral("creationInfo")].toString(), QStringLiteral("_:creationinfo"));
            QVERIFY(!ids.contains(v[QStringLiteral("spdxId")].toString()));
            ids.insert(v[QStringLiteral("spdxId")].toString());
        }
        // Read back: every answer, the licence and the grounds.
        const auto back =
            Datasheet::fromExport(QJsonDocument::fromJson(QJsonDocument(doc).toJson()).object());
        QVERIFY2(back, back ? "" : qPrintable(back.error()));
        QCOMPARE(back->answers, full.answers);
        QCOMPARE(back->licence, full.licence);
        QCOMPARE(back->lawfulBasis, full.lawfulBasis);
        QCOMPARE(back->specialCategoryCondition, full.specialCategoryCondition);
        QCOMPARE(back->criminalDataBasis, full.criminalDataBasis);
        // Nothing found by the scan is no assertion, never "no".
        QCOMPARE(
            elementOfType(Datasheet().toSpdx(r, {}, QStringLiteral("2026-12-01T12:00:00Z")),
                          "dataset_DatasetPackage")[QStringLiteral("dataset_hasSensitivePersonalInformation")]
                .toString(),
            QStringLiteral("noAssertion"));
    }

    void croissantExport()
    {
        const Datasheet full = fullSheet();
        const project::DatasetRecord r = record(m_csv);
        const QJsonObject doc = full.toCroissant(r, m_scans);
        QCOMPARE(doc[QStringLiteral("@type")].toString(), QStringLiteral("sc:Dataset"));
        QVERIFY(doc[QStringLiteral("conformsTo")].toArray().contains(
            QStringLiteral("http://mlcommons.org/croissant/RAI/1.0")));
        QCOMPARE(doc[QStringLiteral("license")].toString(),
                 QStringLiteral("https://spdx.org/licenses/CC-BY-4.0.html"));
        QCOMPARE(doc[QStringLiteral("distribution")][0][QStringLiteral("sha256")].toString(), r.sha256);
        QCOMPARE(doc[QStringLiteral("recordSet")][0][QStringLiteral("field")].toArray().size(),
                 qsizetype(r.columns));
        QCOMPARE(doc[QStringLiteral("rai:dataCollection")].toString(),
                 full.answers.value(QStringLiteral("collection.process")));
        QVERIFY(doc[QStringLiteral("rai:personalSensitiveInformation")].toArray().last().toString().contains(
            QLatin1String("c_case_number")));
        const auto back = Datasheet::fromExport(doc);
        QVERIFY(back);
        for (const char* id : {"motivation.purpose", "motivation.creators", "collection.process",
                               "collection.impact", "preprocessing.steps", "preprocessing.raw", "uses.tasks",
                               "uses.risks", "uses.excluded", "maintenance.updates", "composition.personal"})
            QCOMPARE(back->answers.value(QLatin1String(id)), full.answers.value(QLatin1String(id)));
        QCOMPARE(back->licence, QStringLiteral("CC-BY-4.0"));
        // What Croissant has no property for stays unanswered after the round trip.
        QVERIFY(back->answers.value(QStringLiteral("maintenance.retention")).isEmpty());
        QVERIFY(back->lawfulBasis.isEmpty());
    }

    void storedAndAudited()
    {
        auto store =
            project::ProjectStore::create(m_dir.filePath(QStringLiteral("d.privaudit")), QStringLiteral("d"));
        QVERIFY(store);
        project::DatasetRecord r = record(m_csv);
        r.purpose = QStringLiteral("research");
        const auto id = (*store)->addDataset(r);
        QVERIFY(id);
        r.id = *id;
        QCOMPARE(Datasheet::load(**store, r)->answers.value(QStringLiteral("motivation.purpose")),
                 QStringLiteral("research"));
        const Datasheet full = fullSheet();
        QCOMPARE(full.save(**store, *id), QString());
        QCOMPARE(Datasheet::load(**store, r)->toJson(), full.toJson());
        const auto trail = (*store)->auditTrail();
        QVERIFY(trail);
        QCOMPARE(trail->back().action, QStringLiteral("datasheet.changed"));
        QCOMPARE(trail->back().subject, Datasheet::storageKey(*id));
        QVERIFY((*store)->verify().ok);
    }
};

QTEST_GUILESS_MAIN(TestDatasheet)
#include "tst_datasheet.moc"
