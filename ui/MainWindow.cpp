#include "MainWindow.h"

#include "AboutDialog.h"
#include "MessageBar.h"
#include "PrivacyCalculatorView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
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
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

} // namespace

MainWindow::MainWindow(compute::ComputeSettings settings, compute::RuntimeInfo runtime, QWidget* parent)
    : QMainWindow(parent), m_settings(std::move(settings)), m_runtime(std::move(runtime)),
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
        if (w == m_calculator)
            m_calculator = nullptr;
        w->deleteLater();
    });

    auto* welcome = new QTextBrowser(this);
    welcome->setObjectName(QStringLiteral("welcomeView"));
    welcome->setOpenLinks(false);
    welcome->setHtml(tr("<h2>Welcome to PrivAudit</h2>"
                        "<p>PrivAudit measures how much a machine-learning model reveals about the people in "
                        "its training data, and records the evidence for a privacy assessment.</p>"
                        "<ul><li><b>Run &gt; Privacy Calculator</b> computes the differential-privacy "
                        "guarantee (epsilon, delta) of DP-SGD training with the RDP and PLD accountants.</li>"
                        "<li>Projects, data import, model training and membership-inference attacks will "
                        "appear in the project explorer on the left; running jobs appear below.</li></ul>"));
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
    m_newProject = makeAction(this, QStringLiteral("actionNewProject"), tr("&New Project…"), QKeySequence::New);
    m_openProject = makeAction(this, QStringLiteral("actionOpenProject"), tr("&Open Project…"), QKeySequence::Open);
    m_saveAs = makeAction(this, QStringLiteral("actionSaveAs"), tr("Save Project &As…"), QKeySequence::SaveAs);
    m_closeProject = makeAction(this, QStringLiteral("actionCloseProject"), tr("&Close Project"), QKeySequence::Close);
    m_quit = makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    m_undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_preferences = makeAction(this, QStringLiteral("actionPreferences"), tr("&Preferences…"), QKeySequence::Preferences);
    m_newRun = makeAction(this, QStringLiteral("actionNewRun"), tr("New &Run…"), QKeySequence(tr("Ctrl+R")));
    m_calculatorAction = makeAction(this, QStringLiteral("actionPrivacyCalculator"), tr("Privacy &Calculator"),
                                    QKeySequence(tr("Ctrl+Shift+E")));
    m_about = makeAction(this, QStringLiteral("actionAbout"), tr("&About PrivAudit"));
    m_aboutQt = makeAction(this, QStringLiteral("actionAboutQt"), tr("About &Qt"));

    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_calculatorAction, &QAction::triggered, this, &MainWindow::showCalculator);
    connect(m_newProject, &QAction::triggered, this, [this] { notYetAvailable(tr("Creating projects")); });
    connect(m_openProject, &QAction::triggered, this, [this] { notYetAvailable(tr("Opening projects")); });
    connect(m_newRun, &QAction::triggered, this, [this] { notYetAvailable(tr("Running attacks")); });
    connect(m_preferences, &QAction::triggered, this, [this] { notYetAvailable(tr("Preferences")); });
    m_saveAs->setEnabled(false);
    m_closeProject->setEnabled(false);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_newProject);
    file->addAction(m_openProject);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    m_recentMenu->addAction(tr("(no recent projects)"))->setEnabled(false);
    file->addSeparator();
    file->addAction(m_saveAs);
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
    run->addAction(m_calculatorAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);
}

void MainWindow::createDocks()
{
    m_explorer = new QTreeWidget(m_explorerDock);
    m_explorer->setObjectName(QStringLiteral("projectExplorer"));
    m_explorer->setHeaderHidden(true);
    for (const QString& section : {tr("Datasets"), tr("Models"), tr("Runs"), tr("Results"), tr("Assessment"),
                                   tr("Reports")}) {
        auto* item = new QTreeWidgetItem(m_explorer, {section});
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_explorerDock->setObjectName(QStringLiteral("projectDock"));
    m_explorerDock->setWidget(m_explorer);
    addDockWidget(Qt::LeftDockWidgetArea, m_explorerDock);

    m_jobs = new QTreeWidget(m_jobsDock);
    m_jobs->setObjectName(QStringLiteral("jobsView"));
    m_jobs->setRootIsDecorated(false);
    m_jobs->setHeaderLabels({tr("Job"), tr("Stage"), tr("Progress"), tr("Remaining"), QString()});
    m_jobs->header()->setStretchLastSection(false);
    m_jobs->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_jobsDock->setObjectName(QStringLiteral("jobsDock"));
    m_jobsDock->setWidget(m_jobs);
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
    if (!restoreGeometry(s.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 780);
    if (!restoreState(s.value(QStringLiteral("mainWindow/state")).toByteArray(), kWindowStateVersion)) {
        resizeDocks({m_explorerDock}, {240}, Qt::Horizontal);
        resizeDocks({m_jobsDock}, {150}, Qt::Vertical);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
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

} // namespace privaudit::ui
