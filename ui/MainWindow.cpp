#include "MainWindow.h"

#include "AboutDialog.h"
#include "assess/Review.h"
#include "AssessmentEdit.h"
#include "AttributeResultView.h"
#include "AuditResultView.h"
#include "AuditTrailDialog.h"
#include "CanaryResultView.h"
#include "ChecklistView.h"
#include "ComparisonView.h"
#include "DatasetView.h"
#include "ImportWizard.h"
#include "jobs/JobRunner.h"
#include "JobsPanel.h"
#include "MessageBar.h"
#include "MiFaceResultView.h"
#include "Preferences.h"
#include "PrivacyCalculatorView.h"
#include "project/ProjectStore.h"
#include "ProjectExplorer.h"
#include "ReconstructionResultView.h"
#include "ReportDialog.h"
#include "RiskMatrixView.h"
#include "RunConfigDialog.h"
#include "RunResultView.h"
#include "TradeoffExplorerView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace privaudit::ui {

namespace {

constexpr int kWindowStateVersion = 1;

QAction* makeAction(QObject* parent, const QString& objectName, const QString& text,
                    const QKeySequence& shortcut = {})
{
    auto* action = new QAction(text, parent);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty()) action->setShortcut(shortcut);
    return action;
}

} // namespace

MainWindow::MainWindow(compute::ComputeSettings settings, compute::RuntimeInfo runtime,
                       jobs::JobRunner& runner, QWidget* parent)
    : QMainWindow(parent), m_settings(std::move(settings)), m_runtime(std::move(runtime)), m_runner(runner),
      m_undoStack(new QUndoStack(this)), m_messageBar(new MessageBar(this)), m_views(new QTabWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PrivAudit"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/privaudit.svg")));

    m_views->setObjectName(QStringLiteral("centralViews"));
    m_views->setDocumentMode(true);
    m_views->setTabsClosable(true);
    connect(m_views, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget* w = m_views->widget(index);
        m_views->removeTab(index);
        if (w == m_calculator) m_calculator = nullptr;
        m_projectViews.removeAll(w);
        w->deleteLater();
    });

    auto* welcome = new QTextBrowser(this);
    welcome->setObjectName(QStringLiteral("welcomeView"));
    welcome->setOpenLinks(false);
    welcome->setHtml(
        tr("<h2>Welcome to PrivAudit</h2>"
           "<p>PrivAudit measures how much a machine-learning model reveals about the people in "
           "its training data, and records the evidence for a privacy assessment.</p>"
           "<ul><li><b>Run &gt; Privacy Calculator</b> computes the differential-privacy "
           "guarantee (epsilon, delta) of DP-SGD training with the RDP and PLD accountants.</li>"
           "<li><b>File &gt; Open Project</b> opens a <i>.privaudit</i> project (for example the "
           "demo's <i>demo-output/demo.privaudit</i>): its datasets, models and runs appear on "
           "the left; double-click a sweep to explore the privacy-utility trade-off.</li>"
           "<li><b>Run &gt; Run Job Spec</b> starts a job or a sweep from its JSON spec; running "
           "jobs appear below with their progress and a cancel button.</li></ul>"));
    m_views->addTab(welcome, tr("Welcome"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    createDocks();
    createStatusBar();
    restoreWindowState();
}

void MainWindow::createActions()
{
    m_newProject =
        makeAction(this, QStringLiteral("actionNewProject"), tr("&New Project…"), QKeySequence::New);
    m_openProject =
        makeAction(this, QStringLiteral("actionOpenProject"), tr("&Open Project…"), QKeySequence::Open);
    m_saveAs =
        makeAction(this, QStringLiteral("actionSaveAs"), tr("Save Project &As…"), QKeySequence::SaveAs);
    m_closeProject =
        makeAction(this, QStringLiteral("actionCloseProject"), tr("&Close Project"), QKeySequence::Close);
    m_quit = makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    m_undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_preferences =
        makeAction(this, QStringLiteral("actionPreferences"), tr("&Preferences…"), QKeySequence::Preferences);
    m_newRun = makeAction(this, QStringLiteral("actionNewRun"), tr("New &Run…"), QKeySequence(tr("Ctrl+R")));
    m_compareRuns = makeAction(this, QStringLiteral("actionCompareRuns"), tr("C&ompare Runs…"));
    connect(m_compareRuns, &QAction::triggered, this, [this] { openItem(QStringLiteral("compare"), 0); });
    m_calculatorAction = makeAction(this, QStringLiteral("actionPrivacyCalculator"),
                                    tr("Privacy &Calculator"), QKeySequence(tr("Ctrl+Shift+E")));
    m_about = makeAction(this, QStringLiteral("actionAbout"), tr("&About PrivAudit"));
    m_aboutQt = makeAction(this, QStringLiteral("actionAboutQt"), tr("About &Qt"));

    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_calculatorAction, &QAction::triggered, this, &MainWindow::showCalculator);
    m_runSpec = makeAction(this, QStringLiteral("actionRunSpec"), tr("Run Job &Spec…"),
                           QKeySequence(tr("Ctrl+Shift+R")));
    m_exportReport = makeAction(this, QStringLiteral("actionExportReport"), tr("&Export Audit Report…"),
                                QKeySequence(tr("Ctrl+E")));
    connect(m_exportReport, &QAction::triggered, this, &MainWindow::showReportDialog);
    m_auditTrail = makeAction(this, QStringLiteral("actionAuditTrail"), tr("Audit &Trail…"));
    connect(m_auditTrail, &QAction::triggered, this, [this] {
        if (!m_project) return;
        auto* dialog = new AuditTrailDialog(*m_project, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(m_newProject, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QString(),
                                                          tr("PrivAudit projects (*.privaudit)"));
        if (!path.isEmpty())
            createProject(path.endsWith(QLatin1String(".privaudit")) ? path
                                                                     : path + QStringLiteral(".privaudit"));
    });
    connect(m_openProject, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Project"), QString(), tr("PrivAudit projects (*.privaudit);;All files (*)"));
        if (!path.isEmpty()) openProject(path);
    });
    connect(m_closeProject, &QAction::triggered, this, &MainWindow::closeProject);
    connect(m_saveAs, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), QString(),
                                                          tr("PrivAudit projects (*.privaudit)"));
        if (path.isEmpty() || !m_project) return;
        if (const QString err = m_project->saveCopy(path); !err.isEmpty()) {
            m_messageBar->showMessage(err, MessageBar::Level::Error);
            return;
        }
        openProject(path);
    });
    connect(m_runSpec, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Run Job Spec"), QString(), tr("Job specs (*.json)"));
        if (!path.isEmpty()) startSpecFile(path);
    });
    m_importDataset = makeAction(this, QStringLiteral("actionImportDataset"), tr("&Import Dataset…"),
                                 QKeySequence(tr("Ctrl+I")));
    connect(m_importDataset, &QAction::triggered, this, &MainWindow::showImportWizard);
    connect(m_newRun, &QAction::triggered, this, &MainWindow::showRunDialog);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    updateProjectActions();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_newProject);
    file->addAction(m_openProject);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    updateRecentMenu();
    file->addSeparator();
    file->addAction(m_importDataset);
    file->addAction(m_saveAs);
    file->addAction(m_exportReport);
    file->addAction(m_auditTrail);
    file->addAction(m_closeProject);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_preferences);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    m_explorerDock = new QDockWidget(tr("Project"), this);
    m_jobsDock = new QDockWidget(tr("Jobs"), this);
    QAction* toggleExplorer = m_explorerDock->toggleViewAction();
    toggleExplorer->setObjectName(QStringLiteral("actionToggleExplorer"));
    toggleExplorer->setShortcut(QKeySequence(tr("Alt+1")));
    QAction* toggleJobs = m_jobsDock->toggleViewAction();
    toggleJobs->setObjectName(QStringLiteral("actionToggleJobs"));
    toggleJobs->setShortcut(QKeySequence(tr("Alt+2")));
    view->addAction(toggleExplorer);
    view->addAction(toggleJobs);

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    run->setObjectName(QStringLiteral("menuRun"));
    run->addAction(m_newRun);
    run->addAction(m_runSpec);
    run->addAction(m_compareRuns);
    run->addAction(m_calculatorAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);
}

void MainWindow::createDocks()
{
    m_explorer = new ProjectExplorer(m_explorerDock);
    connect(m_explorer, &ProjectExplorer::itemOpened, this, &MainWindow::openItem);
    m_explorerDock->setObjectName(QStringLiteral("projectDock"));
    m_explorerDock->setWidget(m_explorer);
    addDockWidget(Qt::LeftDockWidgetArea, m_explorerDock);

    m_jobsPanel = new JobsPanel(m_jobsDock);
    m_jobsDock->setObjectName(QStringLiteral("jobsDock"));
    m_jobsDock->setWidget(m_jobsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
}

void MainWindow::createStatusBar()
{
    auto* compute = new QLabel(tr("Threads: %1 · BLAS: %2 · Device: %3")
                                   .arg(m_runtime.torchThreads)
                                   .arg(m_runtime.blasIsOpenBlas ? tr("OpenBLAS") : tr("other"))
                                   .arg(m_settings.deviceName()),
                               this);
    compute->setObjectName(QStringLiteral("statusCompute"));
    statusBar()->addPermanentWidget(compute);
    statusBar()->showMessage(tr("Ready"), 3000);
}

void MainWindow::restoreWindowState()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("mainWindow/geometry")).toByteArray())) resize(1200, 780);
    if (!restoreState(s.value(QStringLiteral("mainWindow/state")).toByteArray(), kWindowStateVersion)) {
        resizeDocks({m_explorerDock}, {240}, Qt::Horizontal);
        resizeDocks({m_jobsDock}, {150}, Qt::Vertical);
    }
}

MainWindow::~MainWindow()
{
    closeProjectViews(); // views refer to the project: they go before it
}

void MainWindow::resetLayout()
{
    resize(1200, 780);
    m_explorerDock->show();
    m_jobsDock->show();
    resizeDocks({m_explorerDock}, {260}, Qt::Horizontal);
    resizeDocks({m_jobsDock}, {110}, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_runner.cancelAll();
    QSettings s;
    s.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    s.setValue(QStringLiteral("mainWindow/state"), saveState(kWindowStateVersion));
    event->accept();
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(m_settings, m_runtime, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showCalculator()
{
    if (!m_calculator) {
        m_calculator = new PrivacyCalculatorView(this);
        m_views->addTab(m_calculator, tr("Privacy Calculator"));
    }
    m_views->setCurrentWidget(m_calculator);
}

void MainWindow::notYetAvailable(const QString& feature)
{
    m_messageBar->showMessage(tr("%1 is not available in this version of PrivAudit yet.").arg(feature),
                              MessageBar::Level::Information);
}

void MainWindow::showImportWizard()
{
    if (!m_project) return;
    auto* wizard = new ImportWizard(*m_project, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_projectViews << wizard;
    connect(wizard, &QWizard::accepted, this, [this] {
        refreshProject();
        statusBar()->showMessage(tr("Dataset imported; Run > New Run starts an attack on it."), 5000);
    });
    wizard->open();
}

void MainWindow::showRunDialog()
{
    if (!m_project) return;
    QSettings settings;
    const AppSettings prefs = AppSettings::load(settings);
    auto* dialog = new RunConfigDialog(*m_project, prefs.defaultSeed, prefs.referenceModels, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_projectViews << dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto spec = dialog->spec();
        if (!spec) {
            m_messageBar->showMessage(spec.error(), MessageBar::Level::Error);
            return;
        }
        trackJob(m_runner.start(*spec, m_project->path()));
    });
    dialog->open();
}

void MainWindow::showPreferences()
{
    QSettings settings;
    auto* dialog = new PreferencesDialog(AppSettings::load(settings), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QSettings s;
        const AppSettings chosen = dialog->settings();
        chosen.save(s);
        if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
            applyTheme(*app, chosen.theme);
        // Say what takes effect when: the theme now; language, threads and device at the next start.
        m_messageBar->showMessage(
            tr("Preferences saved. The theme applies now; the language, the threads and the device apply "
               "when PrivAudit starts next."),
            MessageBar::Level::Information);
    });
    dialog->open();
}

void MainWindow::showReportDialog()
{
    if (!m_project) return;
    auto* dialog = new ReportDialog(*m_project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_projectViews << dialog; // closed with the project
    connect(dialog, &QDialog::finished, this, &MainWindow::refreshProject);
    dialog->open();
}

QString MainWindow::projectPath() const
{
    return m_project ? m_project->path() : QString();
}

void MainWindow::updateProjectActions()
{
    const bool open = m_project != nullptr;
    m_saveAs->setEnabled(open);
    m_closeProject->setEnabled(open);
    m_runSpec->setEnabled(open);
    m_exportReport->setEnabled(open);
    m_auditTrail->setEnabled(open);
    m_importDataset->setEnabled(open);
    m_newRun->setEnabled(open);
    m_compareRuns->setEnabled(open);
}

bool MainWindow::createProject(const QString& path)
{
    auto created = project::ProjectStore::create(path, QFileInfo(path).completeBaseName());
    if (!created) {
        m_messageBar->showMessage(created.error(), MessageBar::Level::Error);
        return false;
    }
    created.value().reset();
    return openProject(path);
}

bool MainWindow::openProject(const QString& path)
{
    auto opened = project::ProjectStore::open(path);
    if (!opened) {
        m_messageBar->showMessage(opened.error(), MessageBar::Level::Error);
        return false;
    }
    closeProjectViews();
    m_project = std::move(opened).value();
    const auto info = m_project->info();
    setWindowTitle(tr("%1 — PrivAudit").arg(info ? info->name : QFileInfo(path).fileName()));
    if (m_project->isReadOnly())
        m_messageBar->showMessage(tr("Opened read-only: %1.").arg(m_project->readOnlyReason()),
                                  MessageBar::Level::Warning);
    else if (!m_project->notices().isEmpty())
        m_messageBar->showMessage(m_project->notices().join(QLatin1Char(' ')),
                                  MessageBar::Level::Information);
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentProjects"), recent);
    updateRecentMenu();
    updateProjectActions();
    refreshProject();
    statusBar()->showMessage(tr("Opened %1").arg(absolute), 3000);
    return true;
}

void MainWindow::closeProjectViews()
{
    for (const QPointer<QWidget>& view : std::as_const(m_projectViews))
        if (view) {
            m_views->removeTab(m_views->indexOf(view));
            delete view;
        }
    m_projectViews.clear();
    delete m_assessment;
    m_assessment = nullptr;
    m_undoStack->clear();
}

AssessmentModel* MainWindow::assessmentModel()
{
    if (m_assessment || !m_project) return m_assessment;
    const auto packs = assess::RulePack::builtIn();
    if (!packs) {
        m_messageBar->showMessage(packs.error(), MessageBar::Level::Error);
        return nullptr;
    }
    m_assessment = new AssessmentModel(*m_project, *packs, m_undoStack, this);
    connect(m_assessment, &AssessmentModel::errorOccurred, this,
            [this](const QString& message) { m_messageBar->showMessage(message, MessageBar::Level::Error); });
    if (const QString err = m_assessment->reload(); !err.isEmpty())
        m_messageBar->showMessage(err, MessageBar::Level::Error);
    return m_assessment;
}

void MainWindow::addProjectView(QWidget* view, const QString& title)
{
    m_projectViews << view;
    m_views->addTab(view, title);
    m_views->setCurrentWidget(view);
}

void MainWindow::closeProject()
{
    closeProjectViews();
    m_project.reset();
    setWindowTitle(tr("PrivAudit"));
    m_explorer->refresh(nullptr);
    updateProjectActions();
}

void MainWindow::refreshProject()
{
    if (const QString err = m_explorer->refresh(m_project.get()); !err.isEmpty())
        m_messageBar->showMessage(err, MessageBar::Level::Error);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("(no recent projects)"))->setEnabled(false);
        return;
    }
    for (const QString& path : recent) {
        QAction* a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openProject(path); });
    }
}

jobs::Job* MainWindow::startSpecFile(const QString& specPath)
{
    if (!m_project) {
        m_messageBar->showMessage(tr("Open or create a project first: results are stored in it."),
                                  MessageBar::Level::Warning);
        return nullptr;
    }
    QFile f(specPath);
    const bool readable = f.open(QIODevice::ReadOnly);
    const bool isSweep =
        readable && QJsonDocument::fromJson(f.readAll()).object().contains(QStringLiteral("sweep"));
    jobs::Job* job = nullptr;
    if (isSweep) {
        auto spec = jobs::SweepSpec::fromFile(specPath);
        if (!spec) {
            m_messageBar->showMessage(spec.error(), MessageBar::Level::Error);
            return nullptr;
        }
        job = m_runner.startSweep(*spec, m_project->path());
    } else {
        auto spec = jobs::JobSpec::fromFile(specPath);
        if (!spec) {
            m_messageBar->showMessage(spec.error(), MessageBar::Level::Error);
            return nullptr;
        }
        job = m_runner.start(*spec, m_project->path());
    }
    trackJob(job);
    return job;
}

void MainWindow::trackJob(jobs::Job* job)
{
    m_jobsPanel->addJob(job);
    m_jobsDock->show();
    connect(job, &jobs::Job::failed, this, [this](qint64, const QString& message) {
        m_messageBar->showMessage(message, MessageBar::Level::Error);
    });
    connect(job, &jobs::Job::finished, this, &MainWindow::refreshProject);
    // Completed points of a sweep appear while it runs.
    // A sweep stores each point as it ends: the explorer shows it at once.
    connect(job, &jobs::Job::resultsStored, this, &MainWindow::refreshProject);
}

template <typename View> View* MainWindow::openRunView(qint64 runId, const QString& title)
{
    for (const QPointer<QWidget>& v : std::as_const(m_projectViews))
        if (auto* existing = qobject_cast<View*>(v.data()); existing && existing->runId() == runId) {
            m_views->setCurrentWidget(existing);
            return nullptr;
        }
    auto* view = new View(this);
    if (const QString err = view->load(*m_project, runId); !err.isEmpty()) {
        delete view;
        m_messageBar->showMessage(err, MessageBar::Level::Warning);
        return nullptr;
    }
    connect(view, &View::errorOccurred, this,
            [this](const QString& message) { m_messageBar->showMessage(message, MessageBar::Level::Error); });
    addProjectView(view, title);
    return view;
}

void MainWindow::openItem(const QString& kind, qint64 id)
{
    if (!m_project) return;
    if (kind == QLatin1String("run"))
        if (const auto run = m_project->run(id)) {
            const QString view = QString::fromLatin1(project::runKindInfo(run->type()).view);
            if (view != kind) {
                openItem(view, id); // a sweep or an audit has its own view
                return;
            }
        }
    if (kind == QLatin1String("sweep")) {
        auto* view = new TradeoffExplorerView(this);
        if (const QString err = view->load(m_project->path(), id); !err.isEmpty()) {
            delete view;
            m_messageBar->showMessage(err, MessageBar::Level::Error);
            return;
        }
        connect(view, &TradeoffExplorerView::runActivated, this,
                [this](qint64 runId) { openItem(QStringLiteral("run"), runId); });
        connect(view, &TradeoffExplorerView::errorOccurred, this, [this](const QString& message) {
            m_messageBar->showMessage(message, MessageBar::Level::Error);
        });
        addProjectView(view, tr("Trade-off: sweep %1").arg(id));
        return;
    }
    if (kind == QLatin1String("checklist") || kind == QLatin1String("matrix")) {
        for (const QPointer<QWidget>& v : std::as_const(m_projectViews))
            if (v &&
                v->objectName() == (kind == QLatin1String("checklist") ? QLatin1String("checklistView")
                                                                       : QLatin1String("riskMatrixView"))) {
                m_views->setCurrentWidget(v);
                return;
            }
        AssessmentModel* model = assessmentModel();
        if (!model) return;
        if (kind == QLatin1String("checklist")) {
            auto* view = new ChecklistView(*model, this);
            connect(view, &ChecklistView::runActivated, this,
                    [this](qint64 runId) { openItem(QStringLiteral("run"), runId); });
            addProjectView(view, tr("Checklists"));
        } else {
            addProjectView(new RiskMatrixView(*model, this), tr("Risk Matrix"));
        }
        return;
    }
    if (kind == QLatin1String("report")) {
        showReportDialog();
        return;
    }
    if (kind == QLatin1String("compare")) {
        auto* view = new ComparisonView(this);
        if (const QString err = view->load(*m_project); !err.isEmpty()) {
            delete view;
            m_messageBar->showMessage(err, MessageBar::Level::Error);
            return;
        }
        addProjectView(view, tr("Comparison"));
        return;
    }
    if (kind == QLatin1String("audit")) {
        openRunView<AuditResultView>(id, tr("Audit %1").arg(id));
        return;
    }
    if (kind == QLatin1String("attribute")) {
        openRunView<AttributeResultView>(id, tr("Attribute %1").arg(id));
        return;
    }
    if (kind == QLatin1String("canary")) {
        openRunView<CanaryResultView>(id, tr("Canaries %1").arg(id));
        return;
    }
    if (kind == QLatin1String("reconstruction")) {
        openRunView<ReconstructionResultView>(id, tr("Reconstruction %1").arg(id));
        return;
    }
    if (kind == QLatin1String("mi-face")) {
        openRunView<MiFaceResultView>(id, tr("MI-Face %1").arg(id));
        return;
    }
    if (kind == QLatin1String("run") || kind == QLatin1String("result")) {
        qint64 runId = id;
        if (kind == QLatin1String("result")) {
            // A result opens its run's view.
            if (QTreeWidgetItem* item = m_explorer->currentItem(); item && item->parent())
                runId = item->parent()->data(0, ProjectExplorer::IdRole).toLongLong();
        }
        auto* view = openRunView<RunResultView>(runId, tr("Run %1").arg(runId));
        if (!view) return;
        connect(view, &RunResultView::designateRequested, this, [this, view](qint64 run) {
            if (!m_project) return;
            if (const QString err = assess::ModelUnderReview::designate(*m_project, run); !err.isEmpty()) {
                m_messageBar->showMessage(err, MessageBar::Level::Error);
                return;
            }
            m_messageBar->showMessage(
                tr("Run %1's model is now the model under review; the other runs are comparisons.").arg(run),
                MessageBar::Level::Information);
            view->load(*m_project, run);
            refreshProject();
        });
        return;
    }
    if (kind == QLatin1String("dataset-risk") || kind == QLatin1String("dataset-sheet")) {
        // The dataset's personal-data and re-identification tab, or its datasheet.
        openItem(QStringLiteral("dataset"), id);
        if (auto* view = qobject_cast<DatasetView*>(m_views->currentWidget());
            view && view->datasetId() == id) {
            if (kind == QLatin1String("dataset-risk"))
                view->showGovernance();
            else
                view->showDatasheet();
        }
        return;
    }
    if (kind == QLatin1String("dataset")) {
        for (const QPointer<QWidget>& v : std::as_const(m_projectViews))
            if (auto* existing = qobject_cast<DatasetView*>(v.data());
                existing && existing->datasetId() == id) {
                m_views->setCurrentWidget(existing);
                return;
            }
        auto* view = new DatasetView(*m_project, this);
        connect(view, &DatasetView::errorOccurred, this, [this](const QString& message) {
            m_messageBar->showMessage(message, MessageBar::Level::Error);
        });
        if (const QString err = view->load(id); !err.isEmpty()) {
            delete view;
            m_messageBar->showMessage(err, MessageBar::Level::Warning);
            return;
        }
        connect(view, &DatasetView::changed, this, [this, view] {
            refreshProject();
            // A deleted dataset's view closes.
            if (!m_project) return;
            const auto datasets = m_project->datasets();
            bool exists = false;
            if (datasets)
                for (const auto& d : *datasets)
                    exists = exists || d.id == view->datasetId();
            if (!exists) view->deleteLater();
        });
        connect(view, &DatasetView::editRequested, this, [this](const project::DatasetRecord& dataset) {
            auto* wizard = new ImportWizard(*m_project, this);
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            m_projectViews << wizard;
            connect(wizard, &QWizard::accepted, this, [this] {
                refreshProject();
                statusBar()->showMessage(
                    tr("A new version of the dataset was registered; runs that used the old one keep it."),
                    5000);
            });
            wizard->editDataset(dataset);
            wizard->open();
        });
        addProjectView(view, tr("Dataset %1").arg(id));
        return;
    }
    notYetAvailable(tr("This view"));
}

} // namespace privaudit::ui
