// The workbench with real projects, offscreen: opening projects (good and corrupt), running a job spec
// from the jobs dock and cancelling it, GUI responsiveness while training, and the trade-off explorer
// on a stored sweep (points, hover text, click, CSV and plot exports).
#include "assess/Assessment.h"
#include "assess/Review.h"
#include "attack/attribute/AttributeInference.h"
#include "attack/attribute/AttributeRunSummary.h"
#include "attack/OneRunAuditSummary.h"
#include "AttributeResultView.h"
#include "AuditResultView.h"
#include "AuditTrailDialog.h"
#include "ChecklistView.h"
#include "DatasetView.h"
#include "ImportWizard.h"
#include "jobs/JobExecutor.h"
#include "jobs/JobRunner.h"
#include "jobs/Sweep.h"
#include "JobsPanel.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "model/ModelSpec.h"
#include "PlotExport.h"
#include "project/ProjectStore.h"
#include "ProjectExplorer.h"
#include "report/ReportContent.h"
#include "ReportDialog.h"
#include "RiskMatrixView.h"
#include "RunConfigDialog.h"
#include "RunResultView.h"
#include "SubgroupPanel.h"
#include "TradeoffExplorerView.h"

#include <QAbstractButton>
#include <QComboBox>
#include <qcustomplot.h>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>
#include <QUndoStack>
#include <QWheelEvent>

using namespace privaudit;

namespace {

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

QTreeWidgetItem* findItem(QTreeWidget* tree, const QString& kind)
{
    QTreeWidgetItemIterator it(tree);
    for (; *it; ++it)
        if ((*it)->data(0, ui::ProjectExplorer::KindRole).toString() == kind) return *it;
    return nullptr;
}

} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT

    compute::ComputeSettings m_settings = compute::ComputeSettings::recommended();
    std::unique_ptr<jobs::JobRunner> m_runner;
    QTemporaryDir m_dir;

    std::unique_ptr<ui::MainWindow> makeWindow()
    {
        auto w = std::make_unique<ui::MainWindow>(m_settings, compute::ComputeEnvironment::runtimeInfo(),
                                                  *m_runner);
        w->show();
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PrivAuditTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workbench"));
        QSettings().clear();
        compute::ComputeEnvironment::apply(m_settings);
        m_runner = std::make_unique<jobs::JobRunner>(m_settings);
    }

    void explorerListsEachModelOnceInTheReadersNumbers()
    {
        // An external model attacked by two runs is one model (one entry naming both runs), and the
        // explorer's figures follow the interface language (a French reader sees 0,512, not 0.512).
        QTemporaryDir dir;
        auto store =
            project::ProjectStore::create(dir.filePath(QStringLiteral("e.privaudit")), QStringLiteral("e"));
        QVERIFY(store);
        for (int i = 0; i < 2; ++i) {
            project::RunRecord run;
            run.name = QStringLiteral("external %1").arg(i + 1);
            run.kind = project::runKindName(project::RunKind::MembershipInference);
            run.specJson = QByteArrayLiteral(R"({"schema_version":1})");
            const auto id = store.value()->beginRun(run);
            QVERIFY(id);
            project::RunOutcome outcome;
            project::ModelRecord m;
            m.name = QStringLiteral("credit.pt");
            m.kind = QStringLiteral("torchscript");
            m.sha256 = QString(64, QLatin1Char('a'));
            outcome.models.push_back(m);
            project::RunOutcome::Result r;
            r.attack = QStringLiteral("loss");
            r.variant = QStringLiteral("global threshold");
            r.metricsJson = QByteArrayLiteral(R"({"auc":0.5123})");
            r.scores = project::RecordScores{{0.1, 0.2}, {true, false}, {0, 1}};
            outcome.results.push_back(r);
            QVERIFY(store.value()->completeRun(*id, outcome, 1.0).isEmpty());
        }
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        ui::ProjectExplorer explorer;
        QVERIFY(explorer.refresh(store.value().get()).isEmpty());
        QLocale::setDefault(before);
        QTreeWidgetItem* models = explorer.section(QStringLiteral("models"));
        QVERIFY(models);
        QCOMPARE(models->childCount(), 1);
        QVERIFY2(models->child(0)->text(0).contains(QLatin1String("1, 2")),
                 qPrintable(models->child(0)->text(0)));
        QTreeWidgetItem* result = findItem(&explorer, QStringLiteral("result"));
        QVERIFY(result);
        QVERIFY2(result->text(0).contains(QLatin1String("0,512")), qPrintable(result->text(0)));
    }

    void auditFromTheRunDialogToItsView()
    {
        // A one-run audit set up in the run dialog is a job like a membership run: stored in the project,
        // listed in the explorer with its bound, and opened (from its run entry) in its own view.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.privaudit"));
        auto store = project::ProjectStore::create(path, QStringLiteral("audit"));
        QVERIFY(store);
        jobs::JobSpec spec;
        {
            ui::RunConfigDialog dialog(*store.value(), 3, 4);
            dialog.setAudit(true, 200, 60);
            dialog.setMemberRows(400);
            dialog.setEpochs(3);
            dialog.setDp(true, 1.0);
            QVERIFY(dialog.isAudit());
            QVERIFY2(dialog.validationText().isEmpty(), qPrintable(dialog.validationText()));
            auto* torchScript = dialog.findChild<QRadioButton*>(QStringLiteral("targetTorchScript"));
            QVERIFY(torchScript && !torchScript->isEnabled()); // the audit trains its own target
            const auto made = dialog.spec();
            QVERIFY2(made, qPrintable(made.error()));
            spec = *made;
            dialog.setAudit(false);
            QVERIFY(dialog.spec()->kind == project::RunKind::MembershipInference);
        }
        QCOMPARE(spec.kind, project::RunKind::OneRunAudit);
        QCOMPARE(spec.audit.canaries, 200);
        std::atomic<bool> cancel{false};
        const auto done = jobs::JobExecutor::run(spec, *store.value(), m_settings, cancel);
        QVERIFY2(done.outcome == jobs::JobOutcome::Completed, qPrintable(done.message));
        store.value().reset();

        auto w = makeWindow();
        QVERIFY(w->openProject(path));
        QTreeWidgetItem* entry = findItem(w->explorer(), QStringLiteral("audit"));
        QVERIFY(entry); // the run, with its bound as its one child
        QCOMPARE(entry->childCount(), 1);
        QVERIFY2(entry->child(0)->text(0).contains(QStringLiteral("ε ≥")),
                 qPrintable(entry->child(0)->text(0)));
        QVERIFY(findItem(w->explorer(), QStringLiteral("result")) == nullptr); // no "AUC" child for an audit
        w->openItem(QStringLiteral("run"), done.runId);
        auto* view = qobject_cast<ui::AuditResultView*>(w->views()->currentWidget());
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded(), 10000);
        auto reread = project::ProjectStore::open(path, project::ProjectStore::Access::ReadOnly);
        const auto summary = attack::OneRunAuditSummary::fromJson(reread.value()->run(done.runId)->summary);
        QCOMPARE(view->verdictText(), summary.verdict());
        QCOMPARE(view->figuresTable()->rowCount(), 8);
        QVERIFY(view->figuresTable()->item(2, 1)->text().contains(QString::number(summary.correct)));
        QCOMPARE(view->histogramPlot()->graphCount(), 2);
        w->openItem(QStringLiteral("audit"), done.runId); // the same view, not a second one
        QCOMPARE(w->views()->currentWidget(), view);
    }

    void attributeRunOpensItsView()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("attribute.privaudit"));
        auto store = project::ProjectStore::create(path, QStringLiteral("attribute"));
        QVERIFY(store);
        // The run dialog makes the spec: the demo's sensitive column first, no predictions-file target.
        Expected<jobs::JobSpec> spec = Expected<jobs::JobSpec>::failure(QString());
        {
            ui::RunConfigDialog dialog(*store.value(), 4, 2);
            dialog.selectDataset(0);
            dialog.setAttributeInference(true, QString(), 150);
            QVERIFY(dialog.isAttributeInference() && !dialog.isAudit());
            QCOMPARE(dialog.attributeColumns().value(0), QStringLiteral("diagnosis"));
            QVERIFY(!dialog.attributeColumns().contains(QStringLiteral("readmitted"))); // the label
            QVERIFY(!dialog.attributeColumns().contains(QStringLiteral("patient_id"))); // an identifier
            QVERIFY(!dialog.findChild<QRadioButton*>(QStringLiteral("targetPredictions"))->isEnabled());
            dialog.setMemberRows(400);
            dialog.setEpochs(3);
            QVERIFY2(dialog.validationText().isEmpty(), qPrintable(dialog.validationText()));
            spec = dialog.spec();
            QVERIFY2(spec, qPrintable(spec.error()));
            QCOMPARE(spec->kind, project::RunKind::AttributeInference);
            QCOMPARE(spec->attribute.column, QStringLiteral("diagnosis"));
            QCOMPARE(spec->attribute.candidates, 150);
            dialog.setAttributeInference(false);
            QCOMPARE(dialog.spec()->kind, project::RunKind::MembershipInference);
            // Reconstruction: the model becomes a logistic regression, the target is trained here.
            dialog.setReconstruction(true, 6, 120);
            QVERIFY(dialog.isReconstruction() && !dialog.isAttributeInference());
            QVERIFY(!dialog.findChild<QRadioButton*>(QStringLiteral("targetTorchScript"))->isEnabled());
            QVERIFY2(dialog.validationText().isEmpty(), qPrintable(dialog.validationText()));
            const auto reconstruction = dialog.spec();
            QVERIFY2(reconstruction, qPrintable(reconstruction.error()));
            QCOMPARE(reconstruction->kind, project::RunKind::Reconstruction);
            QVERIFY(reconstruction->model.isLogisticRegression());
            QCOMPARE(reconstruction->reconstruction.targets, 6);
            QCOMPARE(reconstruction->reconstruction.knownRows, 120);
            // MI-Face.
            dialog.setModelInversion(true, 3);
            QVERIFY(dialog.isModelInversion() && !dialog.isReconstruction());
            QVERIFY2(dialog.validationText().isEmpty(), qPrintable(dialog.validationText()));
            const auto inversion = dialog.spec();
            QVERIFY2(inversion, qPrintable(inversion.error()));
            QCOMPARE(inversion->kind, project::RunKind::ModelInversion);
            QCOMPARE(inversion->miFace.restarts, 3);
            QCOMPARE(dialog.windowTitle(), QStringLiteral("New Model-Inversion Run"));
            dialog.setModelInversion(false);
        }
        std::atomic<bool> cancel{false};
        const auto done = jobs::JobExecutor::run(*spec, *store.value(), m_settings, cancel);
        QVERIFY2(done.outcome == jobs::JobOutcome::Completed, qPrintable(done.message));
        store.value().reset();

        auto w = makeWindow();
        QVERIFY(w->openProject(path));
        QTreeWidgetItem* entry = findItem(w->explorer(), QStringLiteral("attribute"));
        QVERIFY(entry); // the run, with one child per attack and no "AUC" child
        QCOMPARE(entry->childCount(), int(attack::attributeAttackNames().size()));
        QVERIFY2(entry->child(1)->text(0).contains(QStringLiteral("individual leakage")),
                 qPrintable(entry->child(1)->text(0)));
        QVERIFY(findItem(w->explorer(), QStringLiteral("result")) == nullptr);
        w->openItem(QStringLiteral("run"), done.runId);
        auto* view = qobject_cast<ui::AttributeResultView*>(w->views()->currentWidget());
        QVERIFY(view);
        auto reread = project::ProjectStore::open(path, project::ProjectStore::Access::ReadOnly);
        const auto section =
            report::AttributeSection::read(*reread.value(), *reread.value()->run(done.runId));
        QVERIFY2(section, qPrintable(section.error()));
        QCOMPARE(view->findingsText(), section->findings.join(QLatin1Char('\n')));
        QCOMPARE(view->attacksTable()->rowCount(), int(attack::attributeAttackNames().size()));
        QCOMPARE(view->attacksTable()->item(1, 1)->text(),
                 QLocale().toString(section->attacks[1].members.accuracy, 'f', 3));
        QCOMPARE(view->accuracyPlot()->graphCount(), 2);
        QCOMPARE(view->accuracyPlot()->graph(0)->dataCount(), int(attack::attributeAttackNames().size()));
        w->openItem(QStringLiteral("attribute"), done.runId); // the same view, not a second one
        QCOMPARE(w->views()->currentWidget(), view);
        // Its subgroups, on a worker thread: every attack but the imputation reference, two groups of sex.
        ui::SubgroupPanel* subgroups = view->subgroups();
        QVERIFY(subgroups->columnBox()->findText(QStringLiteral("sex")) >= 0);
        QCOMPARE(subgroups->columnBox()->findText(QStringLiteral("readmitted")), -1);
        QSignalSpy computed(subgroups, &ui::SubgroupPanel::finished);
        subgroups->compute(QStringLiteral("sex"));
        QVERIFY(computed.wait(60000));
        QCOMPARE(subgroups->table()->rowCount(), 2 * (int(attack::attributeAttackNames().size()) - 1));
        QVERIFY2(subgroups->table()->horizontalHeaderItem(4)->text().contains(QLatin1String("leakage")),
                 qPrintable(subgroups->table()->horizontalHeaderItem(4)->text()));
        QVERIFY2(subgroups->findings()->text().contains(QLatin1String("sex")),
                 qPrintable(subgroups->findings()->text()));
    }

    void corruptProjectShowsMessage()
    {
        auto w = makeWindow();
        const QString bad = writeFile(m_dir.filePath(QStringLiteral("bad.privaudit")), QByteArray(5000, 'x'));
        QVERIFY(!w->openProject(bad));
        QVERIFY(w->messageBar()->isVisible());
        QVERIFY2(w->messageBar()->text().contains(QLatin1String("not an SQLite database")),
                 qPrintable(w->messageBar()->text()));
        QVERIFY(w->projectPath().isEmpty());
    }

    void runAndCancelFromJobsDock()
    {
        auto w = makeWindow();
        const QString path = m_dir.filePath(QStringLiteral("jobs.privaudit"));
        QVERIFY(w->createProject(path));
        QCOMPARE(w->projectPath(), path);
        const QString spec = writeFile(m_dir.filePath(QStringLiteral("long.json")), R"({"schema_version": 1,
            "dataset": {"source": "demo", "label": "readmitted", "member_rows": 2000},
            "target": {"model": "mlp:64,64", "epochs": 400}, "attacks": {"names": ["lira"], "reference_models": 8}})");
        jobs::Job* job = w->startSpecFile(spec);
        QVERIFY(job);
        QSignalSpy cancelled(job, &jobs::Job::cancelled);
        QTreeWidget* tree = w->jobsPanel()->tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        auto* bar = qobject_cast<QProgressBar*>(tree->itemWidget(tree->topLevelItem(0), 2));
        QVERIFY(bar);

        // Responsiveness: while the job trains, a 10 ms timer on the GUI thread is never late by more than 50
        // ms.
        QTRY_VERIFY_WITH_TIMEOUT(!tree->topLevelItem(0)->text(1).contains(QLatin1String("Queued")), 30000);
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0, worst = 0;
        QTimer timer;
        timer.setTimerType(Qt::PreciseTimer);
        connect(&timer, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last - 10);
            last = now;
        });
        timer.start(10);
        QTest::qWait(2000);
        timer.stop();
        qInfo("worst timer lateness while training: %lld ms", worst);
        QVERIFY2(worst <= 50, qPrintable(QStringLiteral("%1 ms late").arg(worst)));
        QVERIFY(bar->value() > 0);

        auto* cancel = qobject_cast<QToolButton*>(tree->itemWidget(tree->topLevelItem(0), 4));
        QVERIFY(cancel && cancel->isEnabled());
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 5000);
        QVERIFY(tree->topLevelItem(0)->text(1).contains(QLatin1String("Cancelled")));
        // The project stays consistent and the explorer shows the cancelled run.
        auto store = project::ProjectStore::open(path);
        QVERIFY(store.value()->verify().ok);
        QCOMPARE(store.value()->runs()->at(0).status, project::RunStatus::Cancelled);
        QTRY_VERIFY(findItem(w->explorer(), QStringLiteral("run")) != nullptr);
        QVERIFY(findItem(w->explorer(), QStringLiteral("run"))->text(0).contains(QLatin1String("cancelled")));
    }

    void checklistAndMatrix()
    {
        // A project with one measured run.
        const QString path = m_dir.filePath(QStringLiteral("assess.privaudit"));
        {
            auto store = project::ProjectStore::create(path, QStringLiteral("assess"));
            auto spec = jobs::JobSpec::fromJson(
                R"({"schema_version": 1, "dataset": {"source": "demo", "label": "readmitted",
                "member_rows": 600}, "target": {"model": "mlp:32", "epochs": 30}, "attacks": {"names": ["loss"]},
                "statistics": {"bootstrap": 20}})");
            std::atomic<bool> cancel{false};
            QCOMPARE(int(jobs::JobExecutor::run(*spec, *store.value(), m_settings, cancel).outcome),
                     int(jobs::JobOutcome::Completed));
        }
        auto w = makeWindow();
        QVERIFY(w->openProject(path));
        w->openItem(QStringLiteral("checklist"), 0);
        auto* checklist = qobject_cast<ui::ChecklistView*>(w->views()->currentWidget());
        QVERIFY(checklist);
        QVERIFY(checklist->summaryText().contains(QLatin1String("0 of")));
        QVERIFY(checklist->selectItem(QStringLiteral("RISK-MIA")));
        auto store = project::ProjectStore::open(path);
        const auto auditRows = [&] { return store.value()->auditTrail()->size(); };
        const std::size_t before = auditRows();
        checklist->setAnswer(QStringLiteral("yes"));
        checklist->setOwner(QStringLiteral("DPO <dpo@example.org>"));
        checklist->linkRun(1);
        const QString evidence = writeFile(m_dir.filePath(QStringLiteral("dpia.txt")), "signed DPIA");
        QVERIFY(checklist->attachFile(evidence).isEmpty());
        QCOMPARE(auditRows(),
                 before + 6); // the settings (first save), four checklist edits, the evidence file
        auto stored = [&] {
            const auto v = store.value()->assessmentValue(QStringLiteral("checklist/RISK-MIA"));
            return v->has_value() ? QJsonDocument::fromJson(**v).object() : QJsonObject();
        };
        QCOMPARE(stored().value(QStringLiteral("answer")).toString(), QStringLiteral("yes"));
        QCOMPARE(stored().value(QStringLiteral("evidence")).toArray().size(), 2);
        QVERIFY(checklist->summaryText().startsWith(QLatin1String("1 of")));
        // Undo and redo reach the project (and the audit trail) too.
        QUndoStack* undo = w->findChild<QUndoStack*>();
        QVERIFY(undo && undo->count() >= 4);
        undo->undo(); // the attachment link
        undo->undo(); // the run link
        QCOMPARE(stored().value(QStringLiteral("evidence")).toArray().size(), 0);
        undo->redo();
        QCOMPARE(stored().value(QStringLiteral("evidence")).toArray().size(), 1);
        QVERIFY(store.value()->verify().ok);

        // The matrix: suggestions from the measured run, an edit, the heat-map colour and residual risk.
        w->openItem(QStringLiteral("matrix"), 0);
        auto* matrix = qobject_cast<ui::RiskMatrixView*>(w->views()->currentWidget());
        QVERIFY(matrix);
        matrix->suggestFromEvidence();
        const auto loaded = assess::Assessment::load(*store.value());
        const assess::MatrixCell* mia =
            loaded->cell(QStringLiteral("membership-inference"), QStringLiteral("deployment"));
        QVERIFY(mia->suggestedLikelihood >= 1);
        QCOMPARE(mia->suggestedSeverity, 3); // the demo data's diagnosis column is sensitive
        matrix->selectCell(QStringLiteral("membership-inference"), QStringLiteral("deployment"));
        matrix->setLevels(4, 4);
        QTableWidgetItem* cell = matrix->table()->item(0, 2);
        QVERIFY(cell->text().contains(QLatin1String("S4 L4")));
        QCOMPARE(cell->background().color(), ui::RiskMatrixView::levelColour(QStringLiteral("high")));
        matrix->setControl(QStringLiteral("differential-privacy"), true);
        matrix->showResidual(true);
        QVERIFY(cell->text().contains(QLatin1String("S4 L2")));
        // Configurable thresholds: a stricter AUC bound changes the suggestion, and the change is stored.
        assess::LikelihoodThresholds strict;
        strict.auc[0] = strict.auc[1] = strict.auc[2] = 0.45;
        matrix->setThresholds(strict);
        const auto reloaded = assess::Assessment::load(*store.value());
        QCOMPARE(reloaded->thresholds.auc[2], 0.45);
        QCOMPARE(reloaded->cell(QStringLiteral("membership-inference"), QStringLiteral("deployment"))
                     ->suggestedLikelihood,
                 4);
        // The thresholds dialog edits every row, the attribute-inference and memorisation bounds among them.
        auto* edit = matrix->findChild<QPushButton*>(QStringLiteral("editThresholds"));
        QVERIFY(edit);
        edit->click();
        QDialog* thresholdsDialog = nullptr;
        QTRY_VERIFY((thresholdsDialog = matrix->findChild<QDialog*>()) != nullptr);
        const auto boxes = thresholdsDialog->findChildren<QDoubleSpinBox*>();
        QCOMPARE(boxes.size(), 22); // seven rows of three bounds and the DP epsilon
        boxes[9]->setValue(0.02);
        boxes[13]->setValue(2.5);  // memorisation: L2's upper bound in bits
        boxes[17]->setValue(0.3);  // counterfactual memorisation: L3's upper bound
        boxes[19]->setValue(0.15); // reconstruction: L2's upper bound
        thresholdsDialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(assess::Assessment::load(*store.value())->thresholds.attributeLeakage[0], 0.02);
        QCOMPARE(assess::Assessment::load(*store.value())->thresholds.canaryExcessBits[1], 2.5);
        QCOMPARE(assess::Assessment::load(*store.value())->thresholds.memorisedExcessShare[2], 0.3);
        QCOMPARE(assess::Assessment::load(*store.value())->thresholds.reconstructionAdvantage[1], 0.15);
        QCOMPARE(assess::Assessment::load(*store.value())->thresholds.auc[2], 0.45);
        QVERIFY(store.value()->verify().ok);

        // The model under review, designated from its run's view (audited).
        w->openItem(QStringLiteral("run"), 1);
        auto* runView = qobject_cast<ui::RunResultView*>(w->views()->currentWidget());
        QVERIFY(runView);
        auto* designate = runView->findChild<QPushButton*>(QStringLiteral("designateReview"));
        QVERIFY(designate && designate->isEnabled());
        designate->click();
        QTRY_VERIFY(assess::ModelUnderReview::load(*store.value())->isSet());
        QCOMPARE(store.value()->auditTrail()->back().action, QStringLiteral("review.designated"));
        QVERIFY(!designate->isEnabled());

        // The report dialog: a preview with pages, sections toggled, an export recorded in the audit trail.
        w->showReportDialog();
        ui::ReportDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w->findChild<ui::ReportDialog*>()) != nullptr);
        QTRY_VERIFY(dialog->previewPages() > 3);
        const int allPages = dialog->previewPages();
        dialog->setSectionEnabled(QStringLiteral("checklists"), false);
        QTRY_VERIFY(dialog->previewPages() < allPages);
        const QString pdf = m_dir.filePath(QStringLiteral("gui-report.pdf"));
        QVERIFY(dialog->exportTo(pdf).isEmpty());
        QVERIFY(QFileInfo(pdf).size() > 10000);
        QCOMPARE(store.value()->auditTrail()->back().action, QStringLiteral("report.exported"));
        // A final report is refused while answers are missing, and says what is missing; nothing is written.
        dialog->setFinal(true);
        QVERIFY2(dialog->stateText().contains(QLatin1String("unanswered")), qPrintable(dialog->stateText()));
        const QString finalPdf = m_dir.filePath(QStringLiteral("gui-final.pdf"));
        QVERIFY(dialog->exportTo(finalPdf).contains(QLatin1String("final report needs")));
        QVERIFY(!QFile::exists(finalPdf));
        dialog->close();

        // The audit trail viewer shows the old and the new value of an edit.
        w->findChild<QAction*>(QStringLiteral("actionAuditTrail"))->trigger();
        ui::AuditTrailDialog* audit = nullptr;
        QTRY_VERIFY((audit = w->findChild<ui::AuditTrailDialog*>()) != nullptr);
        bool sawChange = false;
        for (int row = 0; row < audit->table()->rowCount(); ++row)
            if (audit->table()->item(row, 5)->text() == QLatin1String("checklist/RISK-MIA") &&
                audit->table()->item(row, 6)->text().contains(QLatin1String("\"answer\":\"yes\"")) &&
                audit->table()->item(row, 7)->text().contains(
                    QLatin1String("\"owner\":\"DPO <dpo@example.org>\"")))
                sawChange = true;
        QVERIFY2(sawChange, "no row shows the owner edit with its old and new value");
        audit->close();
    }

    void malformedCsvKeepsTheWizard()
    {
        auto w = makeWindow();
        QVERIFY(w->createProject(m_dir.filePath(QStringLiteral("wizard.privaudit"))));
        w->showImportWizard();
        ui::ImportWizard* wizard = nullptr;
        QTRY_VERIFY((wizard = w->findChild<ui::ImportWizard*>()) != nullptr);
        const QString bad =
            writeFile(m_dir.filePath(QStringLiteral("bad.csv")), "age,income\n34,high\n\"unterminated,low\n");
        wizard->setPath(bad);
        QTRY_VERIFY(wizard->messageBar()->isVisible());
        QVERIFY2(!wizard->messageBar()->text().isEmpty(), "the reason is shown");
        QVERIFY(!wizard->isLoaded());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QCOMPARE(wizard->currentId(), 0); // it does not advance
        wizard->reject();
    }

    void realWorldCsvThroughWizard()
    {
        // German credit's numeric 1/2 label and COMPAS's duplicate headers and case numbers, generated here.
        QByteArray credit = "duration,credit_amount,purpose,credit\n";
        QByteArray compas = "c_case_number,decile_score,decile_score,sex,two_year_recid\n";
        for (int i = 0; i < 1000; ++i) {
            const int duration = 6 + (i * 37) % 60;
            credit += QByteArray::number(duration) + ',' + QByteArray::number(500 + (i * 7919) % 15000) +
                      ",A4" + QByteArray::number(i % 10) + ',' +
                      ((duration > 36) != (i % 7 == 0) ? "2" : "1") + '\n';
            compas += "13" + QByteArray::number(1000000 + i) + "CF10A," + QByteArray::number(1 + i % 10) +
                      ',' + QByteArray::number(1 + i % 10) + ',' + (i % 3 ? "Male" : "Female") + ',' +
                      (i % 10 > 5 ? "1" : "0") + '\n';
        }
        const QString creditPath = writeFile(m_dir.filePath(QStringLiteral("german_credit.csv")), credit);
        const QString compasPath = writeFile(m_dir.filePath(QStringLiteral("compas.csv")), compas);
        auto w = makeWindow();
        const QString path = m_dir.filePath(QStringLiteral("realworld.privaudit"));
        QVERIFY(w->createProject(path));

        // COMPAS: the path typed into the field is read without Enter; renamed columns and the left-out
        // case number are shown.
        w->showImportWizard();
        ui::ImportWizard* wizard = nullptr;
        QTRY_VERIFY((wizard = w->findChild<ui::ImportWizard*>()) != nullptr);
        auto* pathField = wizard->findChild<QLineEdit*>(QStringLiteral("importPath"));
        QVERIFY(pathField);
        pathField->setFocus();
        QTest::keyClicks(pathField, compasPath);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isLoaded(), 10000);
        QCOMPARE(wizard->table().column(2).name, QStringLiteral("decile_score_2"));
        QVERIFY2(wizard->messageBar()->text().contains(QLatin1String("decile_score_2")) &&
                     wizard->messageBar()->text().contains(QLatin1String("c_case_number")),
                 qPrintable(wizard->messageBar()->text()));
        // The case number is left out of the inputs: the personal-data scan names it a record number.
        QCOMPARE(wizard->table().column(0).role, data::ColumnRole::Identifier);
        wizard->next();
        auto* notes = wizard->findChild<QLabel*>(QStringLiteral("importColumnNotes"));
        QVERIFY(notes && notes->isVisible() && notes->text().contains(QLatin1String("c_case_number")));
        if (const QString shots = qEnvironmentVariable("PRIVAUDIT_SHOTS"); !shots.isEmpty())
            wizard->grab().save(shots +
                                QStringLiteral("/import-compas.png")); // for looking at it, not a check
        // The mouse wheel over a combo box without focus scrolls the table and changes nothing.
        auto* roleBox = wizard->findChild<QComboBox*>(QStringLiteral("role_sex"));
        QVERIFY(roleBox);
        const int before = roleBox->currentIndex();
        QWheelEvent wheel(QPointF(5, 5), roleBox->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(roleBox, &wheel);
        QCOMPARE(roleBox->currentIndex(), before);
        wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        roleBox->setFocus();
        QTRY_VERIFY(roleBox->hasFocus());
        QCoreApplication::sendEvent(roleBox, &wheel);
        QVERIFY(roleBox->currentIndex() != before); // with focus the wheel works as usual
        wizard->reject();

        // German credit: the numeric label is accepted as two classes, and the type travels to the run.
        w->showImportWizard();
        QTRY_VERIFY((wizard = w->findChild<ui::ImportWizard*>()) != nullptr && wizard->isVisible());
        wizard->setPath(creditPath);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isLoaded(), 10000);
        wizard->next();
        QVERIFY(wizard->setRole(QStringLiteral("credit"), data::ColumnRole::Label).isEmpty());
        QCOMPARE(wizard->table().column(3).type, data::ColumnType::Categorical);
        QVERIFY2(wizard->messageBar()->text().contains(QLatin1String("2 classes: 1, 2")),
                 qPrintable(wizard->messageBar()->text()));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(wizard->datasetId() > 0);
        const qint64 datasetId = wizard->datasetId();

        w->showRunDialog();
        ui::RunConfigDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w->findChild<ui::RunConfigDialog*>()) != nullptr);
        dialog->selectDataset(datasetId);
        QCOMPARE(dialog->memberRows(), 400);        // 40% of the rows, as in the CLI
        QCOMPARE(dialog->maximumMemberRows(), 800); // never more than the split can take
        dialog->setMemberRows(5000);
        QCOMPARE(dialog->memberRows(), 800);
        dialog->setMemberRows(400);
        dialog->setEpochs(2);
        dialog->setAttacks({QStringLiteral("loss")}, 1);
        // A typo is caught before a job starts: the dialog stays open and names the field.
        auto* modelField = dialog->findChild<QLineEdit*>(QStringLiteral("modelSpec"));
        QVERIFY(modelField);
        modelField->setText(QStringLiteral("mlp:abc"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->validationText().startsWith(QLatin1String("Model:")),
                 qPrintable(dialog->validationText()));
        QCOMPARE(w->jobsPanel()->tree()->topLevelItemCount(), 0);
        modelField->setText(QStringLiteral("mlp:16"));
        const auto spec = dialog->spec();
        QVERIFY2(spec, qPrintable(spec.error()));
        QCOMPARE(spec->types.value(QStringLiteral("credit")), QStringLiteral("categorical"));
        dialog->accept();
        QTreeWidget* jobs = w->jobsPanel()->tree();
        QTRY_VERIFY_WITH_TIMEOUT(jobs->topLevelItemCount() > 0 &&
                                     jobs->topLevelItem(jobs->topLevelItemCount() - 1)
                                         ->text(1)
                                         .startsWith(QLatin1String("Completed")),
                                 120000);

        // The dataset view: columns with distinct and missing counts, the rows, rename, a new version
        // with other roles, and delete only while no run uses the dataset; each step audited.
        auto store = project::ProjectStore::open(path, project::ProjectStore::Access::ReadOnly);
        const qint64 usedId = store.value()->runs()->back().datasetId;
        w->openItem(QStringLiteral("dataset"), usedId);
        auto* view = qobject_cast<ui::DatasetView*>(w->views()->currentWidget());
        QVERIFY(view);
        QTRY_VERIFY(view->isLoaded());
        QCOMPARE(view->columnsTable()->rowCount(), 4);
        QCOMPARE(view->columnsTable()->item(3, 0)->text(), QStringLiteral("credit"));
        QCOMPARE(view->columnsTable()->item(3, 3)->text(), QStringLiteral("2"));  // distinct
        QCOMPARE(view->columnsTable()->item(0, 3)->text(), QStringLiteral("60")); // distinct durations
        QCOMPARE(view->rowsTable()->rowCount(), 200);
        QVERIFY(!view->deleteButton()->isEnabled()); // a run used it
        QVERIFY(view->rename(QStringLiteral("German credit (UCI Statlog)")).isEmpty());
        Q_EMIT view->editRequested(
            store.value()->datasets()->back()); // as its "Edit Types and Roles" button does
        ui::ImportWizard* editor = nullptr;
        QTRY_VERIFY((editor = w->findChild<ui::ImportWizard*>()) != nullptr && editor->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(editor->isLoaded(), 10000);
        QCOMPARE(editor->labelColumn(), QStringLiteral("credit"));
        QVERIFY(editor->setRole(QStringLiteral("purpose"), data::ColumnRole::Ignored).isEmpty());
        editor->next();
        editor->next();
        editor->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(editor->datasetId() > 0);
        const qint64 versionId = editor->datasetId();
        QVERIFY(versionId != usedId);
        w->openItem(QStringLiteral("dataset"), versionId);
        auto* versionView = qobject_cast<ui::DatasetView*>(w->views()->currentWidget());
        QVERIFY(versionView && versionView->datasetId() == versionId);
        QTRY_VERIFY(versionView->isLoaded());
        QCOMPARE(versionView->columnsTable()->item(2, 2)->text(), QStringLiteral("ignored"));
        // The same file imported again with other choices becomes a version of it, not a duplicate.
        w->showImportWizard();
        ui::ImportWizard* again = nullptr;
        const auto visibleWizard = [&w]() -> ui::ImportWizard* {
            for (ui::ImportWizard* candidate : w->findChildren<ui::ImportWizard*>())
                if (candidate->isVisible()) return candidate;
            return nullptr;
        };
        QTRY_VERIFY((again = visibleWizard()) != nullptr);
        QVERIFY(!again->isLoaded());
        again->setPath(creditPath);
        QTRY_VERIFY_WITH_TIMEOUT(again->isLoaded(), 10000);
        const auto fileSummary = again->findChildren<QLabel*>();
        bool named = false;
        for (QLabel* label : fileSummary)
            named = named || label->text().contains(QLatin1String("is already in the project as dataset"));
        QVERIFY(named);
        again->next();
        QVERIFY(again->setRole(QStringLiteral("credit"), data::ColumnRole::Label).isEmpty());
        QVERIFY(again->setRole(QStringLiteral("duration"), data::ColumnRole::Sensitive).isEmpty());
        again->next();
        again->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(again->datasetId() > 0);
        {
            auto check = project::ProjectStore::open(path, project::ProjectStore::Access::ReadOnly);
            const auto trail = check.value()->auditTrail();
            const QJsonObject last = QJsonDocument::fromJson(trail->back().detailsJson).object();
            QCOMPARE(trail->back().action, QStringLiteral("dataset.added"));
            QVERIFY(last.contains(QStringLiteral("version_of")));
        }
        QVERIFY(versionView->deleteButton()->isEnabled());
        versionView->deleteButton()->click();
        auto reread = project::ProjectStore::open(path, project::ProjectStore::Access::ReadOnly);
        QStringList actions;
        const auto trail = reread.value()->auditTrail();
        for (const auto& e : *trail)
            actions << e.action;
        QVERIFY(actions.contains(QStringLiteral("dataset.renamed")));
        QVERIFY(actions.contains(QStringLiteral("dataset.deleted")));
        const auto remaining = reread.value()->datasets();
        for (const auto& d : *remaining)
            QVERIFY(d.id != versionId);
        QVERIFY(reread.value()->verify().ok);
    }

    void importAdultRunAndViewResults()
    {
        const QString adult = QStringLiteral(PRIVAUDIT_SHARED_DIR "/datasets/adult.csv");
        if (!QFile::exists(adult))
            QSKIP("../shared/datasets/adult.csv is absent (a fresh clone has no shared datasets)");
        auto w = makeWindow();
        const QString path = m_dir.filePath(QStringLiteral("adult.privaudit"));
        QVERIFY(w->createProject(path));
        // The import wizard, driven as a user would.
        w->showImportWizard();
        ui::ImportWizard* wizard = nullptr;
        QTRY_VERIFY((wizard = w->findChild<ui::ImportWizard*>()) != nullptr);
        wizard->setPath(adult);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isLoaded(), 30000);
        QVERIFY(wizard->table().rowCount() > 30000);
        wizard->next();
        QCOMPARE(wizard->currentId(), 1);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no label yet
        QVERIFY(wizard->setRole(QStringLiteral("income-per-year"), data::ColumnRole::Label).isEmpty());
        QVERIFY(wizard->setRole(QStringLiteral("race"), data::ColumnRole::Sensitive).isEmpty());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QCOMPARE(wizard->currentId(), 2);
        wizard->setDatasheet(QStringLiteral("UCI Adult, 1994 US Census extract"), QStringLiteral("CC BY 4.0"),
                             QStringLiteral("Not applicable: public census microdata"),
                             QStringLiteral("Audit demonstration"));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(wizard->datasetId() > 0);
        const qint64 datasetId = wizard->datasetId();
        auto store = project::ProjectStore::open(path);
        QCOMPARE(store.value()->datasets()->at(0).licence, QStringLiteral("CC BY 4.0"));

        // A small run from the run dialog.
        w->showRunDialog();
        ui::RunConfigDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w->findChild<ui::RunConfigDialog*>()) != nullptr);
        dialog->selectDataset(datasetId);
        // The dialog offers the measured default recipe, and switches to the DP one with the DP box.
        {
            const auto plain = model::TrainingConfig::recommended(false),
                       dp = model::TrainingConfig::recommended(true, dialog->memberRows());
            auto recipe = dialog->spec();
            QVERIFY2(recipe, qPrintable(recipe.error()));
            QCOMPARE(recipe->training.batchSize, plain.batchSize);
            QCOMPARE(recipe->training.epochs, plain.epochs);
            dialog->setDp(true, 1.0);
            recipe = dialog->spec();
            QCOMPARE(recipe->training.batchSize, dp.batchSize);
            QCOMPARE(recipe->training.epochs, dp.epochs);
            QCOMPARE(recipe->training.learningRate, dp.learningRate);
            QVERIFY(!recipe->encoderEpsilon); // the encoder fitted outside training, by default
            // The encoder's DP estimates: in the spec, and in the live epsilon as part of the total.
            auto* encoderEpsilon = dialog->findChild<QDoubleSpinBox*>(QStringLiteral("encoderEpsilon"));
            QVERIFY(encoderEpsilon && encoderEpsilon->isEnabled());
            encoderEpsilon->setValue(0.2);
            QCOMPARE(*dialog->spec()->encoderEpsilon, 0.2);
            QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("epsilonReadout"))
                         ->text()
                         .contains(QLatin1String("run's total")),
                     "");
            encoderEpsilon->setValue(0.0);
            QVERIFY(!dialog->spec()->encoderEpsilon);
            dialog->setDp(false, 1.0);
            QVERIFY(!encoderEpsilon->isEnabled());
            QCOMPARE(dialog->spec()->training.batchSize, plain.batchSize);
        }
        // Choosing a TorchScript target says what its sandbox does and does not protect.
        {
            auto* note = dialog->findChild<QLabel*>(QStringLiteral("sandboxNote"));
            auto* external = dialog->findChild<QRadioButton*>(QStringLiteral("targetTorchScript"));
            QVERIFY(note && external);
            QVERIFY(note->isHidden());
            external->setChecked(true);
            QVERIFY(!note->isHidden());
            QVERIFY(note->text().contains(QLatin1String("sandboxed process")) &&
                    note->text().contains(QLatin1String("cannot")));
            // Shown whole: the dialog grows to the note's wrapped height (it was cut to two lines).
            QTRY_VERIFY2(
                note->height() >= note->heightForWidth(note->width()),
                qPrintable(
                    QStringLiteral("%1 < %2").arg(note->height()).arg(note->heightForWidth(note->width()))));
            dialog->findChild<QRadioButton*>(QStringLiteral("targetTrain"))->setChecked(true);
            QVERIFY(note->isHidden());
        }
        dialog->setMemberRows(1000);
        dialog->setEpochs(5);
        dialog->setAttacks({QStringLiteral("loss"), QStringLiteral("lira")}, 2);
        dialog->setDp(true, 1.0);
        QVERIFY2(dialog->epsilonText().contains(QLatin1String("Epsilon =")),
                 qPrintable(dialog->epsilonText()));
        QVERIFY2(dialog->costText().contains(QLatin1String("3 models")), qPrintable(dialog->costText()));
        dialog->setDp(false, 1.0);
        const auto spec = dialog->spec();
        QVERIFY2(spec, qPrintable(spec.error()));
        QCOMPARE(spec->roles.value(QStringLiteral("race")), QStringLiteral("sensitive"));
        dialog->accept();
        QTreeWidget* jobs = w->jobsPanel()->tree();
        QTRY_VERIFY_WITH_TIMEOUT(jobs->topLevelItemCount() > 0 &&
                                     jobs->topLevelItem(jobs->topLevelItemCount() - 1)
                                         ->text(1)
                                         .startsWith(QLatin1String("Completed")),
                                 180000);

        // The result view shows both attacks' curves and the metrics stored in the project.
        const auto runs = store.value()->runs();
        const qint64 runId = runs->back().id;
        w->openItem(QStringLiteral("run"), runId);
        auto* view = qobject_cast<ui::RunResultView*>(w->views()->currentWidget());
        QVERIFY(view);
        QTRY_VERIFY(view->isLoaded());                      // curves are computed on a worker thread
        QCOMPARE(view->rocPlot()->graphCount(), 1 + 3 * 2); // chance, and per attack its curve and band
        QVERIFY(view->rocPlot()->graph(3)->dataCount() > 10);
        QCOMPARE(view->metricsTable()->rowCount(), 2);
        const auto results = store.value()->results(runId);
        for (int row = 0; row < 2; ++row) {
            const QJsonObject m = QJsonDocument::fromJson(results->at(std::size_t(row)).metricsJson).object();
            QVERIFY(view->metricsTable()->item(row, 1)->text().startsWith(
                QString::number(m.value(QStringLiteral("auc")).toDouble(), 'f', 4)));
        }
        QVERIFY(view->exposedTable()->rowCount() > 0);
        const QString rowText = view->datasetRowText(view->exposedTable()->item(0, 0)->text().toLongLong());
        QVERIFY2(rowText.contains(QLatin1String("age: ")) &&
                     rowText.contains(QLatin1String("race: (hidden)")),
                 qPrintable(rowText));
        // LiRA's two reference models also gave the counterfactual memorisation, in its own tab, with the
        // warning that two models cannot support claims about single records.
        QVERIFY(view->resultTabs()->isTabEnabled(1));
        QVERIFY(view->memorisationTable()->rowCount() > 0 && view->memorisationTable()->rowCount() <= 10);
        QVERIFY2(view->memorisationFindings()->text().contains(QLatin1String("With 2 reference models")),
                 qPrintable(view->memorisationFindings()->text()));
        // The subgroups tab: by sex, computed on a worker thread, both attacks' two groups; the sensitive
        // column is offered, the label is not.
        QVERIFY(view->resultTabs()->isTabEnabled(2));
        ui::SubgroupPanel* subgroups = view->subgroups();
        QVERIFY(subgroups->columnBox()->findText(QStringLiteral("race")) >= 0);
        QCOMPARE(subgroups->columnBox()->findText(QStringLiteral("income-per-year")), -1);
        QSignalSpy computed(subgroups, &ui::SubgroupPanel::finished);
        subgroups->compute(QStringLiteral("sex"));
        QVERIFY(computed.wait(60000));
        QCOMPARE(subgroups->table()->rowCount(), 4);
        QVERIFY2(subgroups->findings()->text().contains(QLatin1String("sex")),
                 qPrintable(subgroups->findings()->text()));
        // Kept for the report (written off the GUI thread while the window holds the project open).
        QVERIFY(subgroups->saveButton()->isEnabled());
        QSignalSpy saved(subgroups, &ui::SubgroupPanel::saved);
        subgroups->saveButton()->click();
        QVERIFY(saved.wait(30000));
        QVERIFY2(saved.first().first().toString().isEmpty(), qPrintable(saved.first().first().toString()));
        {
            auto reread =
                project::ProjectStore::open(w->projectPath(), project::ProjectStore::Access::ReadOnly);
            QVERIFY(reread);
            const auto content = report::ReportContent::build(*reread.value(), {});
            QVERIFY2(content, qPrintable(content.error()));
            QCOMPARE(content->subgroups.size(), std::size_t(1));
            QCOMPARE(content->subgroups.front().saved.column, QStringLiteral("sex"));
            QCOMPARE(int(content->subgroups.front().rows().size()), 4);
        }
        view->setLogScale(false);
        QCOMPARE(view->rocPlot()->xAxis->scaleType(), QCPAxis::stLinear);
        const QString png = m_dir.filePath(QStringLiteral("roc.svg"));
        QVERIFY(ui::savePlot(view->rocPlot(), png).isEmpty());
    }

    void tradeoffExplorer()
    {
        // A small stored sweep on the demo data.
        const QString path = m_dir.filePath(QStringLiteral("sweep.privaudit"));
        QVERIFY(project::ProjectStore::create(path, QStringLiteral("sweep")));
        const auto spec = jobs::SweepSpec::fromJson(R"({"schema_version": 1, "name": "demo sweep",
            "dataset": {"source": "demo", "label": "readmitted", "member_rows": 800},
            "target": {"model": "logreg", "epochs": 3}, "attacks": {"names": ["loss", "confidence"]},
            "statistics": {"bootstrap": 20}, "sweep": {"epsilons": [1, 4, "inf"], "repeats": 2}})");
        QVERIFY2(spec, qPrintable(spec.error()));
        std::atomic<bool> cancel{false};
        const auto result = jobs::Sweep::run(*spec, path, m_settings, cancel);
        QVERIFY2(result.outcome == jobs::JobOutcome::Completed, qPrintable(result.message));

        auto w = makeWindow();
        QVERIFY(w->openProject(path));
        QTreeWidgetItem* sweepItem = findItem(w->explorer(), QStringLiteral("sweep"));
        QVERIFY(sweepItem);
        w->explorer()->setCurrentItem(sweepItem);
        Q_EMIT w->explorer()->itemActivated(sweepItem, 0);
        auto* view = qobject_cast<ui::TradeoffExplorerView*>(w->views()->currentWidget());
        QVERIFY(view);
        QCOMPARE(view->points().size(), std::size_t(6));
        // Utility: one scatter point per seed, means with error bars; attacks: a DP ceiling plus two attacks.
        QCOMPARE(view->utilityPlot()->graph(0)->dataCount(), 6);
        QCOMPARE(view->utilityPlot()->graph(1)->dataCount(), 3);
        QVERIFY(view->attackPlot()->graphCount() >= 3);
        QVERIFY(view->attackPlot()->graph(0)->name().contains(QLatin1String("ceiling")));
        // Hover text names sigma, q, steps, accuracy and attack metrics.
        const QString text = view->pointDescription(0);
        QVERIFY2(text.contains(QLatin1String("sigma")) && text.contains(QLatin1String("steps")) &&
                     text.contains(QLatin1String("Accuracy")) && text.contains(QLatin1String("loss: AUC")),
                 qPrintable(text));
        // Clicking a drawn point opens its run.
        QSignalSpy activated(view, &ui::TradeoffExplorerView::runActivated);
        QCPGraph* points = view->utilityPlot()->graph(0);
        const auto first = points->data()->constBegin();
        const QPointF pixel = points->coordsToPixels(first->key, first->value);
        QVERIFY(view->pointAt(view->utilityPlot(), pixel) >= 0);
        QTest::mouseClick(view->utilityPlot(), Qt::LeftButton, {}, pixel.toPoint());
        QCOMPARE(activated.count(), 1);
        QVERIFY(activated.at(0).at(0).toLongLong() > 0);
        // Metric pickers rebuild the plots.
        auto* picker = view->findChild<QComboBox*>(QStringLiteral("attackMetric"));
        picker->setCurrentIndex(4); // empirical epsilon: the ceiling is epsilon itself
        QCOMPARE(view->attackPlot()->graph(0)->data()->constBegin()->value,
                 view->attackPlot()->graph(0)->data()->constBegin()->key);
        // Exports.
        const QString csv = m_dir.filePath(QStringLiteral("tradeoff.csv"));
        QVERIFY(view->saveCsv(csv).isEmpty());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QCOMPARE(content.count('\n'), 7);
        QVERIFY(content.startsWith("target_epsilon,repeat,run,accountant_epsilon"));
        for (const char* suffix : {"png", "svg", "pdf"}) {
            const QString file = m_dir.filePath(QStringLiteral("attacks.") + QLatin1String(suffix));
            QVERIFY(ui::savePlot(view->attackPlot(), file).isEmpty());
            QVERIFY(QFileInfo(file).size() > 1000);
        }
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
