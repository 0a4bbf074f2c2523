// The informed-reconstruction run in the workbench: the explorer lists it with its figures, and its view
// shows the stored run (the report's table, the findings, and per row the columns the adversary and the
// baseline recovered).
#include "jobs/JobExecutor.h"
#include "jobs/JobRunner.h"
#include "MainWindow.h"
#include "project/ProjectStore.h"
#include "ProjectExplorer.h"
#include "ReconstructionResultView.h"
#include "report/InversionSection.h"
#include "SubgroupPanel.h"

#include <qcustomplot.h>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace privaudit;

namespace {

QByteArray specJson()
{
    return R"({"schema_version": 1, "kind": "reconstruction", "seed": 3,
               "dataset": {"source": "demo", "member_rows": 300},
               "target": {"kind": "train", "model": "logreg"},
               "reconstruction": {"targets": 6, "known_rows": 120, "bootstrap": 200}})";
}

} // namespace

class TestReconstructionView : public QObject
{
    Q_OBJECT

    compute::ComputeSettings m_settings = compute::ComputeSettings::recommended();

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PrivAuditTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reconstruction_view"));
        compute::ComputeEnvironment::apply(m_settings);
    }

    void explorerAndView()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rec.privaudit"));
        auto store = project::ProjectStore::create(path, QStringLiteral("rec"));
        QVERIFY(store);
        const auto spec = jobs::JobSpec::fromJson(specJson());
        QVERIFY2(spec, qPrintable(spec.error()));
        std::atomic<bool> cancel{false};
        const auto done = jobs::JobExecutor::run(*spec, *store.value(), m_settings, cancel);
        QVERIFY2(done.outcome == jobs::JobOutcome::Completed, qPrintable(done.message));
        store.value().reset();

        jobs::JobRunner runner(m_settings);
        ui::MainWindow w(m_settings, compute::ComputeEnvironment::runtimeInfo(), runner);
        w.show();
        QVERIFY(w.openProject(path));
        QTreeWidgetItem* runItem = nullptr;
        for (QTreeWidgetItemIterator it(w.explorer()); *it && !runItem; ++it)
            if ((*it)->data(0, ui::ProjectExplorer::KindRole).toString() == QLatin1String("reconstruction"))
                runItem = *it;
        QVERIFY(runItem);
        QCOMPARE(runItem->childCount(), 1);
        QVERIFY2(runItem->child(0)->text(0).startsWith(QLatin1String("6 of 6 rows recovered")),
                 qPrintable(runItem->child(0)->text(0)));
        w.openItem(QStringLiteral("reconstruction"), done.runId);
        auto* view = qobject_cast<ui::ReconstructionResultView*>(w.views()->currentWidget());
        QVERIFY(view);
        auto reread = project::ProjectStore::open(path, project::ProjectStore::Access::ReadOnly);
        const auto section =
            report::InversionSection::read(*reread.value(), *reread.value()->run(done.runId));
        QVERIFY2(section, qPrintable(section.error()));
        QCOMPARE(view->findingsText(), section->findings.join(QLatin1Char('\n')));
        QCOMPARE(view->measuresTable()->rowCount(), 5);
        QCOMPARE(view->measuresTable()->item(0, 1)->text(), section->rows()[0][1]);
        QCOMPARE(view->rowsPlot()->graphCount(), 2);
        QCOMPARE(view->rowsPlot()->graph(0)->dataCount(), 6);
        QCOMPARE(view->rowsPlot()->graph(0)->data()->at(0)->value, 100.0); // every column of row 1
        w.openItem(QStringLiteral("run"), done.runId);                     // the same view, not a second one
        QCOMPARE(w.views()->currentWidget(), view);
        // Its subgroups: the six rows by sex, on a worker thread, each group too small to claim.
        QSignalSpy computed(view->subgroups(), &ui::SubgroupPanel::finished);
        view->subgroups()->compute(QStringLiteral("sex"));
        QVERIFY(computed.wait(60000));
        QVERIFY(view->subgroups()->table()->rowCount() >= 1);
        QVERIFY2(view->subgroups()->findings()->text().contains(QLatin1String("too small")),
                 qPrintable(view->subgroups()->findings()->text()));
        ui::ReconstructionResultView other; // a run that is not there is refused with a message
        QVERIFY(other.load(*reread.value(), 999).size() > 0);
    }
};

QTEST_MAIN(TestReconstructionView)
#include "tst_reconstruction_view.moc"
