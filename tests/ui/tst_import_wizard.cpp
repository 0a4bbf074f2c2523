// The import wizard's personal-data scan (issue 18): a COMPAS-shaped file is flagged with its direct
// identifiers, special-category and criminal-offence columns, the identifiers are pre-set to leave the
// model's inputs, the user's choices win over the scan, and a column called "name" holding product names
// is left alone. A real wizard on a real project file.
#include "../common/PiiSamples.h"
#include "../common/ScopedLanguage.h"
#include "data/DataTable.h"
#include "ImportWizard.h"
#include "MessageBar.h"
#include "project/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace privaudit;

namespace {

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

data::ColumnRole roleOf(const data::DataTable& table, const char* column)
{
    const int i = table.indexOf(QLatin1String(column));
    if (i < 0) qFatal("no column %s", column);
    return table.column(std::size_t(i)).role;
}

/// The text of the "Personal data" cell of @p column in the wizard's columns table.
QTableWidgetItem* findingsCell(ui::ImportWizard& wizard, const QString& column)
{
    auto* table = wizard.findChild<QTableWidget*>(QStringLiteral("importColumns"));
    for (int r = 0; table && r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == column) return table->item(r, 4);
    return nullptr;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<project::ProjectStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = project::ProjectStore::create(m_dir.filePath(QStringLiteral("import.privaudit")),
                                                   QStringLiteral("import"));
        QVERIFY2(store, store ? "" : qPrintable(store.error()));
        m_store = std::move(store).value();
    }

    void compasIsFlaggedAndIdentifiersLeaveTheInputs()
    {
        const QString path =
            writeFile(m_dir.filePath(QStringLiteral("compas.csv")), test::compasShapedCsv(400));
        ui::ImportWizard wizard(*m_store);
        wizard.show();
        wizard.setPath(path);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.isLoaded(), 20000);
        const data::DataTable& t = wizard.table();
        // Direct identifiers: never model inputs.
        for (const char* column : {"id", "name", "first", "last", "c_case_number"})
            QVERIFY2(roleOf(t, column) == data::ColumnRole::Identifier,
                     qPrintable(QLatin1String(column) + QStringLiteral(": ") +
                                data::columnRoleName(roleOf(t, column))));
        // Special categories and criminal-offence data: sensitive.
        for (const char* column : {"race", "c_charge_degree", "c_charge_desc"})
            QVERIFY2(roleOf(t, column) == data::ColumnRole::Sensitive, column);
        // Quasi-identifiers and the score stay model inputs (dob, a date per person, is left out by the
        // high-cardinality rule of data::ColumnPlan, not by the scan).
        for (const char* column : {"age", "sex", "decile_score"})
            QVERIFY2(roleOf(t, column) == data::ColumnRole::Feature, column);
        QCOMPARE(roleOf(t, "dob"), data::ColumnRole::Ignored);
        QCOMPARE(wizard.scanRoles().value(QStringLiteral("name")), data::ColumnRole::Identifier);
        QVERIFY(!wizard.scanRoles().contains(QStringLiteral("dob")));

        auto* findings = wizard.findChild<QLabel*>(QStringLiteral("importFindings"));
        QVERIFY(findings);
        for (const char* word : {"Direct identifiers", "c_case_number", "GDPR Art 9", "c_charge_desc",
                                 "Quasi-identifiers", "dob"})
            QVERIFY2(findings->text().contains(QLatin1String(word)), qPrintable(findings->text()));
        QTableWidgetItem* nameCell = findingsCell(wizard, QStringLiteral("name"));
        QVERIFY(nameCell);
        QVERIFY2(nameCell->text().contains(QLatin1String("Person name")), qPrintable(nameCell->text()));
        QVERIFY2(!nameCell->toolTip().isEmpty(), "the evidence is in the tooltip");
        QVERIFY(findingsCell(wizard, QStringLiteral("decile_score"))->text().isEmpty());

        // The user's choice wins, also after a re-read (a declared type reads the file again).
        QCOMPARE(wizard.setRole(QStringLiteral("race"), data::ColumnRole::Feature), QString());
        QCOMPARE(wizard.setRole(QStringLiteral("decile_score"), data::ColumnRole::Label), QString());
        wizard.declareType(QStringLiteral("age"), data::ColumnType::Numeric);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.isLoaded(), 20000);
        QCOMPARE(roleOf(wizard.table(), "race"), data::ColumnRole::Feature);
        QCOMPARE(roleOf(wizard.table(), "name"), data::ColumnRole::Identifier);
        QVERIFY(!wizard.scanRoles().contains(QStringLiteral("race")));
        if (const QString shots = qEnvironmentVariable("PRIVAUDIT_SHOTS"); !shots.isEmpty()) {
            wizard.resize(1300, 700);
            wizard.next();
            wizard.grab().save(shots + QStringLiteral("/import-pii.png")); // for looking at it, not a check
            wizard.back();
        }

        // Finishing stores the roles: the identifiers are identifiers in the project's schema.
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), 2);
        QVERIFY2(wizard.validateCurrentPage(), qPrintable(wizard.messageBar()->text()));
        QVERIFY(wizard.datasetId() > 0);
        const auto datasets = m_store->datasets();
        QVERIFY(datasets);
        const auto dataset = std::find_if(datasets->begin(), datasets->end(),
                                          [&wizard](const auto& d) { return d.id == wizard.datasetId(); });
        QVERIFY(dataset != datasets->end());
        QMap<QString, QString> stored;
        for (const QJsonValue& c :
             QJsonDocument::fromJson(dataset->schemaJson).object()[QStringLiteral("columns")].toArray())
            stored.insert(c[QStringLiteral("name")].toString(), c[QStringLiteral("role")].toString());
        QCOMPARE(stored.value(QStringLiteral("c_case_number")), QStringLiteral("identifier"));
        QCOMPARE(stored.value(QStringLiteral("name")), QStringLiteral("identifier"));
        QCOMPARE(stored.value(QStringLiteral("c_charge_desc")), QStringLiteral("sensitive"));
        QCOMPARE(stored.value(QStringLiteral("race")), QStringLiteral("feature"));
    }

    void productNamesAreNotPeople()
    {
        QByteArray csv = "name,price,category,sold\n";
        const char* products[] = {"Oak desk",    "Steel lamp",  "Blue mug",   "Garden hose",
                                  "Linen shirt", "Phone case",  "Wool scarf", "Paper notebook",
                                  "Glass vase",  "Cotton towel"};
        for (int i = 0; i < 300; ++i)
            csv += QByteArray(products[i % 10]) + ' ' + QByteArray::number(i / 10) + ',' +
                   QByteArray::number(5 + i % 40) + ".99," + (i % 3 ? "home" : "garden") + ',' +
                   (i % 4 ? "yes" : "no") + '\n';
        ui::ImportWizard wizard(*m_store);
        wizard.setPath(writeFile(m_dir.filePath(QStringLiteral("products.csv")), csv));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.isLoaded(), 20000);
        QVERIFY2(wizard.scanRoles().isEmpty(),
                 qPrintable(QStringList(wizard.scanRoles().keys()).join(QLatin1Char(','))));
        QVERIFY(roleOf(wizard.table(), "name") != data::ColumnRole::Identifier);
        auto* findings = wizard.findChild<QLabel*>(QStringLiteral("importFindings"));
        QVERIFY2(findings->text().contains(QLatin1String("No personal data")), qPrintable(findings->text()));
    }

    void findingsInGermanAndFrench()
    {
        const QString path = m_dir.filePath(QStringLiteral("compas.csv"));
        for (const char* language : {"de", "fr"}) {
            testing::ScopedLanguage scoped{QLatin1String(language)};
            ui::ImportWizard wizard(*m_store);
            wizard.setPath(path);
            QTRY_VERIFY_WITH_TIMEOUT(wizard.isLoaded(), 20000);
            const QString text = wizard.findChild<QLabel*>(QStringLiteral("importFindings"))->text();
            QVERIFY2(!text.contains(QLatin1String("Direct identifiers")) &&
                         text.contains(QLatin1String("art"), Qt::CaseInsensitive),
                     qPrintable(text));
            QVERIFY2(
                !findingsCell(wizard, QStringLiteral("name"))->text().contains(QLatin1String("Person name")),
                qPrintable(findingsCell(wizard, QStringLiteral("name"))->text()));
        }
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_import_wizard.moc"
