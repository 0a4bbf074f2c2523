// The MI-Face run in the workbench: the explorer lists it with its figures, and its view shows the stored
// run (the report's table, the findings, the distance plot and the decoded representatives).
#include "jobs/JobExecutor.h"
#include "jobs/JobRunner.h"
#include "MainWindow.h"
#include "MiFaceResultView.h"
#include "project/ProjectStore.h"
#include "ProjectExplorer.h"
#include "report/MiFaceSection.h"

#include <qcustomplot.h>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace privaudit;

namespace {

QByteArray specJson()
{
    return R"({"schema_version": 1, "kind": "model-inversion", "seed": 5,
               "dataset": {"source": "demo", "member_rows": 600},
               "target": {"kind": "train", "model": "mlp:16"},
               "mi_face": {"restarts": 3, "max_iterations": 800, "permutations": 200}})";
}

} // namespace

class TestMiFaceView : public QObject
{
    Q_OBJECT

    compute::ComputeSettings m_settings = compute::ComputeSettings::recommended();

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PrivAuditTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mi_face_view"));
        compute::ComputeEnvironment::apply(m_settings);
    }

    void explorerAndView()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mi.privaudit"));
        auto store = project::ProjectStore::create(path, QStringLiteral("mi"));
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
            if ((*it)->data(0, ui::ProjectExplorer::KindRole).toString() == QLatin1String("mi-face"))
                runItem = *it;
        QVERIFY(runItem);
        QCOMPARE(runItem->childCount(), 1);
        // The target it trained and inverted is listed among the models, with this run.
        int models = 0;
        for (QTreeWidgetItemIterator it(w.explorer()); *it; ++it)
            if ((*it)->data(0, ui::ProjectExplorer::KindRole).toString() == QLatin1String("model")) {
                ++models;
                QVERIFY2((*it)->text(0).contains(QString::number(done.runId)), qPrintable((*it)->text(0)));
            }
        QCOMPARE(models, 1);
        QVERIFY2(runItem->child(0)->text(0).startsWith(QLatin1String("6 representatives")),
                 qPrintable(runItem->child(0)->text(0)));
        w.openItem(QStringLiteral("mi-face"), done.runId);
        auto* view = qobject_cast<ui::MiFaceResultView*>(w.views()->currentWidget());
        QVERIFY(view);
        auto reread = project::ProjectStore::open(path, project::ProjectStore::Access::ReadOnly);
        const auto section = report::MiFaceSection::read(*reread.value(), *reread.value()->run(done.runId));
        QVERIFY2(section, qPrintable(section.error()));
        QCOMPARE(view->findingsText(), section->findings.join(QLatin1Char('\n')));
        QCOMPARE(view->measuresTable()->rowCount(), int(section->rows().size()));
        QCOMPARE(view->measuresTable()->item(2, 1)->text(), section->rows()[2][1]); // the p-value
        // The diagonal and one series per class; every representative plotted once.
        QCOMPARE(view->distancePlot()->graphCount(), 3);
        QCOMPARE(view->distancePlot()->graph(1)->dataCount() + view->distancePlot()->graph(2)->dataCount(),
                 6);
        const attack::MiFaceRecord& first = section->summary.result.records.front();
        QCOMPARE(view->representativesTable()->rowCount(), 6);
        QCOMPARE(view->representativesTable()->item(0, 5)->text(), first.values.join(QStringLiteral(", ")));
        w.openItem(QStringLiteral("run"), done.runId); // the same view, not a second one
        QCOMPARE(w.views()->currentWidget(), view);
        ui::MiFaceResultView other; // a run that is not there is refused with a message
        QVERIFY(other.load(*reread.value(), 999).size() > 0);
    }
};

QTEST_MAIN(TestMiFaceView)
#include "tst_mi_face_view.moc"
