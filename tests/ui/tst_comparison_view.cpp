// The comparison view: two real membership runs of the demo data (one trained long, one barely), compared
// at once on opening: one ROC curve per run for the chosen attack, the table's differences as
// jobs::RunComparison computes them, and the findings.
#include "ComparisonView.h"
#include "jobs/JobExecutor.h"
#include "jobs/JobRunner.h"
#include "jobs/RunComparison.h"
#include "MainWindow.h"

#include <QComboBox>
#include <qcustomplot.h>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableWidget>
#include <QtTest>

using namespace privaudit;

namespace {

jobs::JobSpec demoSpec(int epochs)
{
    const QByteArray json = R"({"schema_version": 1, "seed": 4,
        "dataset": {"source": "demo", "label": "readmitted", "member_rows": 400},
        "target": {"model": "mlp:64", "epochs": )" +
                            QByteArray::number(epochs) + R"(, "batch_size": 32},
        "attacks": {"names": ["loss", "lira"], "reference_models": 2},
        "statistics": {"bootstrap": 50}})";
    auto spec = jobs::JobSpec::fromJson(json);
    if (!spec) qFatal("%s", qPrintable(spec.error()));
    return *spec;
}

} // namespace

class TestComparisonView : public QObject
{
    Q_OBJECT

    compute::ComputeSettings m_settings = compute::ComputeSettings::recommended();

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PrivAuditTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_comparison_view"));
        compute::ComputeEnvironment::apply(m_settings);
    }

    void twoRunsSideBySide()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.privaudit"));
        {
            auto store = project::ProjectStore::create(path, QStringLiteral("compare"));
            QVERIFY(store);
            std::atomic<bool> cancel{false};
            for (int epochs : {40, 1}) {
                const auto done =
                    jobs::JobExecutor::run(demoSpec(epochs), *store.value(), m_settings, cancel);
                QVERIFY2(done.outcome == jobs::JobOutcome::Completed, qPrintable(done.message));
            }
        }
        jobs::JobRunner runner(m_settings);
        ui::MainWindow w(m_settings, compute::ComputeEnvironment::runtimeInfo(), runner);
        w.show();
        QVERIFY(w.openProject(path));
        w.findChild<QAction*>(QStringLiteral("actionCompareRuns"))->trigger();
        ui::ComparisonView* view = nullptr;
        QTRY_VERIFY((view = w.findChild<ui::ComparisonView*>()) != nullptr);
        QCOMPARE(view->runList()->count(), 2);
        // Compared at once; the table has a row per run and attack, the plot a curve per run and chance.
        QTRY_COMPARE_WITH_TIMEOUT(view->table()->rowCount(), 4, 30000);
        QCOMPARE(view->rocPlot()->graphCount(), 3);
        QVERIFY(view->rocPlot()->graph(1)->dataCount() > 10);
        auto store = project::ProjectStore::open(path, project::ProjectStore::Access::ReadOnly);
        QVERIFY(store);
        const auto expected = jobs::RunComparison::compute(*store.value(), {1, 2});
        QVERIFY(expected);
        QCOMPARE(view->findings()->text(), expected->findings().join(QLatin1Char('\n')));
        const QString lossDifference = view->table()->item(2, 4)->text();
        QVERIFY2(lossDifference.startsWith(QLocale().toString(expected->differences[0].auc, 'f', 3)),
                 qPrintable(lossDifference));
        // Another attack's curves: still one per run.
        auto* attack = view->findChild<QComboBox*>(QStringLiteral("comparisonAttack"));
        attack->setCurrentIndex(attack->findData(QStringLiteral("loss")));
        QCOMPARE(view->rocPlot()->graphCount(), 3);
        // One run alone is refused with a message, not an empty comparison.
        QSignalSpy compared(view, &ui::ComparisonView::compared);
        view->compare({1});
        QVERIFY(compared.wait(10000));
        QVERIFY(view->findings()->text().contains(QLatin1String("at least two")));
    }
};

QTEST_MAIN(TestComparisonView)
#include "tst_comparison_view.moc"
