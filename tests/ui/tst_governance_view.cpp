// The dataset view's personal-data and re-identification tab (issue 18) on a real project: the scan's
// findings, the risk over the suggested quasi-identifiers (k and sample uniques counted again here), the
// histogram and the uniqueness curve drawn from the figures, the combinations table, a recomputation
// with a population size, a bad population size named, and the texts in German.
#include "../common/PiiSamples.h"
#include "../common/ScopedLanguage.h"
#include "data/CsvImporter.h"
#include "DataGovernancePanel.h"
#include "DatasetView.h"
#include "DatasheetPanel.h"
#include "governance/Datasheet.h"
#include "project/ProjectStore.h"

#include <qcustomplot.h>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace privaudit;

class TestGovernanceView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<project::ProjectStore> m_store;
    qint64 m_dataset = 0;
    data::DataTable m_table;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString csv = m_dir.filePath(QStringLiteral("compas.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::compasShapedCsv(400, 9));
        f.close();
        auto table = data::CsvImporter::importFile(csv);
        QVERIFY(table);
        m_table = *table;
        auto store =
            project::ProjectStore::create(m_dir.filePath(QStringLiteral("g.privaudit")), QStringLiteral("g"));
        QVERIFY(store);
        m_store = std::move(store).value();
        project::DatasetRecord d;
        d.name = QStringLiteral("compas.csv");
        d.path = csv;
        d.sha256 = m_table.contentSha256();
        d.fingerprint = m_table.fingerprint();
        d.rows = std::int64_t(m_table.rowCount());
        d.columns = std::int64_t(m_table.columnCount());
        d.schemaJson = m_table.storedSchemaJson();
        const auto id = m_store->addDataset(d);
        QVERIFY(id);
        m_dataset = *id;
    }

    void riskTabShowsTheFigures()
    {
        ui::DatasetView view(*m_store);
        view.resize(1400, 900);
        QCOMPARE(view.load(m_dataset), QString());
        ui::DataGovernancePanel* panel = view.governance();
        QTRY_VERIFY_WITH_TIMEOUT(panel->isReady(), 20000);
        QCOMPARE(panel->findingsTable()->rowCount(), int(m_table.columnCount()));
        QVERIFY(panel->risk().has_value());
        const auto& risk = *panel->risk();
        const QStringList quasi = panel->checkedQuasiIdentifiers();
        QCOMPARE(risk.quasiIdentifiers, quasi);
        for (const char* column : {"dob", "sex", "race"})
            QVERIFY2(quasi.contains(QLatin1String(column)), qPrintable(quasi.join(QLatin1Char(','))));
        // k and sample uniques counted again from the cells.
        QHash<QString, int> count;
        for (std::size_t r = 0; r < m_table.rowCount(); ++r) {
            QStringList key;
            for (const QString& q : quasi)
                key << m_table.column(std::size_t(m_table.indexOf(q))).text(r);
            ++count[key.join(QLatin1Char('|'))];
        }
        int k = 1 << 30, uniques = 0;
        for (int c : count) {
            k = std::min(k, c);
            uniques += c == 1;
        }
        QCOMPARE(risk.kAnonymity, std::int64_t(k));
        QCOMPARE(risk.sampleUniques, std::int64_t(uniques));
        QVERIFY2(panel->summaryText().contains(QStringLiteral("k-anonymity %1").arg(k)),
                 qPrintable(panel->summaryText()));

        // The histogram's bars are the risk distribution (shares of records, in %).
        auto* bars = qobject_cast<QCPBars*>(panel->histogram()->plottable(0));
        QVERIFY(bars);
        QCOMPARE(bars->data()->size(), 10);
        double total = 0.0;
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            total += it->value;
        QVERIFY(std::fabs(total - 100.0) < 1e-9);
        QCOMPARE(panel->uniquenessPlot()->graphCount(), 4);
        QVERIFY(panel->uniquenessPlot()->graph(3)->data()->size() >= 10);
        QCOMPARE(panel->combinationsTable()->rowCount(), int(risk.combinations.size()));
        QVERIFY(panel->combinationsTable()->rowCount() > 0);

        // Another choice of quasi-identifiers with a population size.
        panel->computeRisk({QStringLiteral("age"), QStringLiteral("race")}, 1000000.0);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isReady(), 20000);
        QVERIFY(panel->risk()->sampleUniques > 0);
        QVERIFY(panel->risk()->populationUniques.has_value());
        QVERIFY2(panel->summaryText().contains(QLatin1String("Dankar's rule")),
                 qPrintable(panel->summaryText()));
        // No sample uniques: no estimate, and the text says why.
        panel->computeRisk({QStringLiteral("sex"), QStringLiteral("race")}, 1000000.0);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isReady(), 20000);
        QVERIFY2(panel->summaryText().contains(QLatin1String("none estimated")),
                 qPrintable(panel->summaryText()));
        QCOMPARE(panel->uniquenessPlot()->itemCount(), 2); // the table's sampling fraction, marked

        // A population size that is not a number is named, nothing is recomputed.
        QSignalSpy errors(panel, &ui::DataGovernancePanel::errorOccurred);
        panel->findChild<QLineEdit*>(QStringLiteral("governancePopulation"))->setText(QStringLiteral("many"));
        for (auto* button : panel->findChildren<QPushButton*>())
            if (button->text() == QLatin1String("Compute Risk")) button->click();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.front().front().toString().contains(QLatin1String("'many'")));
        if (const QString shots = qEnvironmentVariable("PRIVAUDIT_SHOTS"); !shots.isEmpty()) {
            view.showGovernance();
            view.grab().save(shots + QStringLiteral("/governance.png")); // for looking at it, not a check
        }
    }

    void datasheetTab()
    {
        ui::DatasetView view(*m_store);
        QCOMPARE(view.load(m_dataset), QString());
        QTRY_VERIFY_WITH_TIMEOUT(view.governance()->isReady(), 20000);
        ui::DatasheetPanel* sheet = view.datasheet();
        // The COMPAS-shaped file has race (Art 9) and charges (Art 10): both grounds are asked for.
        QCOMPARE(sheet->completeness().required, int(governance::Datasheet::questions().size()) + 4);
        QCOMPARE(sheet->completeness().answered, 0);
        sheet->setAnswer(QStringLiteral("collection.process"),
                         QStringLiteral("Broward County public records, 2013-14"));
        sheet->setLicence(QStringLiteral("Foo-1.0"));
        QVERIFY2(sheet->licenceStatus().contains(QLatin1String("Not a valid")),
                 qPrintable(sheet->licenceStatus()));
        QVERIFY(sheet->save().contains(QLatin1String("Foo-1.0"))); // refused, nothing stored
        sheet->setLicence(QStringLiteral("cc-by-4.0"));
        QVERIFY2(sheet->licenceStatus().contains(QLatin1String("Creative Commons Attribution 4.0")),
                 qPrintable(sheet->licenceStatus()));
        QCOMPARE(sheet->completeness().answered, 2);
        QVERIFY(sheet->isModified());
        QCOMPARE(sheet->save(), QString());
        QVERIFY(!sheet->isModified());
        const auto trail = m_store->auditTrail();
        QCOMPARE(trail->back().action, QStringLiteral("datasheet.changed"));

        // Another view reads what was saved; an SPDX export read back restores a cleared answer.
        ui::DatasetView again(*m_store);
        QCOMPARE(again.load(m_dataset), QString());
        QCOMPARE(again.datasheet()->datasheet().licence, QStringLiteral("CC-BY-4.0"));
        const QString spdx = m_dir.filePath(QStringLiteral("sheet.spdx.json"));
        QCOMPARE(again.datasheet()->exportTo(QStringLiteral("spdx"), spdx), QString());
        again.datasheet()->setAnswer(QStringLiteral("collection.process"), QString());
        QCOMPARE(again.datasheet()->completeness().answered, 1);
        QCOMPARE(again.datasheet()->importFrom(spdx), QString());
        QCOMPARE(again.datasheet()->datasheet().answers.value(QStringLiteral("collection.process")),
                 QStringLiteral("Broward County public records, 2013-14"));
        QVERIFY(!again.datasheet()->importFrom(m_dir.filePath(QStringLiteral("compas.csv"))).isEmpty());
        if (const QString shots = qEnvironmentVariable("PRIVAUDIT_SHOTS"); !shots.isEmpty()) {
            again.resize(1300, 900);
            again.showDatasheet();
            again.grab().save(shots + QStringLiteral("/datasheet.png")); // for looking at it, not a check
        }
    }

    void germanTexts()
    {
        testing::ScopedLanguage german{QStringLiteral("de")};
        ui::DatasetView view(*m_store);
        QCOMPARE(view.load(m_dataset), QString());
        QTRY_VERIFY_WITH_TIMEOUT(view.governance()->isReady(), 20000);
        const QString summary = view.governance()->summaryText();
        QVERIFY2(summary.contains(QStringLiteral("k-Anonymität")), qPrintable(summary));
        QVERIFY(!summary.contains(QLatin1String("records")));
    }
};

QTEST_MAIN(TestGovernanceView)
#include "tst_governance_view.moc"
