// The canary-exposure run in the workbench: the run dialog builds its spec, the explorer lists its
// levels, and its view shows the stored levels (the report's table, the findings, every canary's
// exposure and the levels' means with intervals).
#include "attack/canary/CanaryRunSummary.h"
#include "CanaryResultView.h"
#include "jobs/JobExecutor.h"
#include "jobs/JobRunner.h"
#include "MainWindow.h"
#include "project/ProjectStore.h"
#include "ProjectExplorer.h"
#include "report/MemorisationSection.h"
#include "RunConfigDialog.h"

#include <qcustomplot.h>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace privaudit;

class TestCanaryView : public QObject
{
    Q_OBJECT

    compute::ComputeSettings m_settings = compute::ComputeSettings::recommended();

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PrivAuditTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_canary_view"));
        compute::ComputeEnvironment::apply(m_settings);
    }

    void dialogExplorerAndView()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("canary.privaudit"));
        auto store = project::ProjectStore::create(path, QStringLiteral("canary"));
        QVERIFY(store);
        Expected<jobs::JobSpec> spec = Expected<jobs::JobSpec>::failure(QString());
        {
            ui::RunConfigDialog dialog(*store.value(), 4, 2);
            dialog.selectDataset(0);
            dialog.setCanaryExposure(true, QStringLiteral("1, ten"), 3);
            QVERIFY(dialog.isCanaryExposure() && !dialog.isAudit() && !dialog.isAttributeInference());
            QVERIFY(dialog.validationText().contains(QLatin1String("Repetitions")));
            dialog.setCanaryExposure(true, QStringLiteral("10, 1"), 3);
            // It trains its own target: no TorchScript or predictions file.
            QVERIFY(!dialog.findChild<QRadioButton*>(QStringLiteral("targetTorchScript"))->isEnabled());
            QVERIFY(!dialog.findChild<QRadioButton*>(QStringLiteral("targetPredictions"))->isEnabled());
            dialog.setMemberRows(500);
            dialog.setEpochs(3);
            QVERIFY2(dialog.validationText().isEmpty(), qPrintable(dialog.validationText()));
            spec = dialog.spec();
            QVERIFY2(spec, qPrintable(spec.error()));
            QCOMPARE(spec->kind, project::RunKind::CanaryExposure);
            QCOMPARE(spec->canary.repetitions, (QList<int>{1, 10}));
            QCOMPARE(spec->canary.canaries, 3);
            dialog.setCanaryExposure(false);
            QCOMPARE(dialog.spec()->kind, project::RunKind::MembershipInference);
        }
        jobs::JobSpec quick = *spec;
        quick.canary.references = 4096; // the default 65,536 is the benchmark's; the view is the same
        std::atomic<bool> cancel{false};
        const auto done = jobs::JobExecutor::run(quick, *store.value(), m_settings, cancel);
        QVERIFY2(done.outcome == jobs::JobOutcome::Completed, qPrintable(done.message));
        store.value().reset();

        jobs::JobRunner runner(m_settings);
        ui::MainWindow w(m_settings, compute::ComputeEnvironment::runtimeInfo(), runner);
        w.show();
        QVERIFY(w.openProject(path));
        QTreeWidgetItem* runItem = nullptr;
        for (QTreeWidgetItemIterator it(w.explorer()); *it && !runItem; ++it)
            if ((*it)->data(0, ui::ProjectExplorer::KindRole).toString() == QLatin1String("canary"))
                runItem = *it;
        QVERIFY(runItem);
        QCOMPARE(runItem->childCount(), 3); // the controls and the two levels
        QVERIFY2(runItem->child(0)->text(0).startsWith(QLatin1String("controls")),
                 qPrintable(runItem->child(0)->text(0)));
        QVERIFY2(runItem->child(2)->text(0).startsWith(QLatin1String("inserted 10x")),
                 qPrintable(runItem->child(2)->text(0)));
        w.openItem(QStringLiteral("canary"), done.runId);
        auto* view = qobject_cast<ui::CanaryResultView*>(w.views()->currentWidget());
        QVERIFY(view);
        auto reread = project::ProjectStore::open(path, project::ProjectStore::Access::ReadOnly);
        const auto section =
            report::MemorisationSection::read(*reread.value(), *reread.value()->run(done.runId));
        QVERIFY2(section, qPrintable(section.error()));
        QCOMPARE(view->findingsText(), section->findings.join(QLatin1Char('\n')));
        QCOMPARE(view->levelsTable()->rowCount(), 3);
        QCOMPARE(view->levelsTable()->item(2, 1)->text(), section->rows()[2][1]);
        QCOMPARE(view->exposurePlot()->graphCount(), 2);
        QCOMPARE(view->exposurePlot()->graph(0)->dataCount(), 9); // every canary: 3 per level
        QCOMPARE(view->exposurePlot()->graph(1)->dataCount(), 3); // each level's mean
        w.openItem(QStringLiteral("run"), done.runId);            // the same view, not a second one
        QCOMPARE(w.views()->currentWidget(), view);
        // A run of another kind is refused with a message, not misread.
        ui::CanaryResultView other;
        QVERIFY(other.load(*reread.value(), 999).size() > 0);
    }
};

QTEST_MAIN(TestCanaryView)
#include "tst_canary_view.moc"
