#pragma once

#include "compute/ComputeSettings.h"

#include <memory>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QTabWidget;
class QTreeWidget;
class QLabel;
class QMenu;
class QUndoStack;

namespace privaudit::jobs {
class Job;
class JobRunner;
} // namespace privaudit::jobs
namespace privaudit::project {
class ProjectStore;
}

namespace privaudit::ui {

class AssessmentModel;
class JobsPanel;
class MessageBar;
class PrivacyCalculatorView;
class ProjectExplorer;

/// The workbench window: project explorer and jobs docks around tabbed central views.
/// Created by app/ (the composition root) with the compute settings it applied.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(compute::ComputeSettings settings, compute::RuntimeInfo runtime, jobs::JobRunner& runner,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] MessageBar* messageBar() const { return m_messageBar; }
    [[nodiscard]] QTabWidget* views() const { return m_views; }
    [[nodiscard]] ProjectExplorer* explorer() const { return m_explorer; }
    [[nodiscard]] JobsPanel* jobsPanel() const { return m_jobsPanel; }

    /// Opens a project (errors go to the message bar); returns whether it is open now.
    bool openProject(const QString& path);
    bool createProject(const QString& path);
    void closeProject();
    [[nodiscard]] QString projectPath() const;
    /// Starts a job spec file (a membership-inference job or, with a "sweep" object, a sweep) on the open
    /// project; returns the job or nullptr with the reason in the message bar.
    jobs::Job* startSpecFile(const QString& specPath);
    /// Opens the view of an explorer item (kind as in ProjectExplorer).
    void openItem(const QString& kind, qint64 id);
    void refreshProject();
    /// Opens the report dialog for the open project.
    void showReportDialog();
    /// Opens the dataset import wizard / the run configuration dialog / the preferences (non-modal).
    void showImportWizard();
    void showRunDialog();
    void showPreferences();
    /// Dock sizes as on first start.
    void resetLayout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createStatusBar();
    void restoreWindowState();
    void showAbout();
    void showCalculator();
    void notYetAvailable(const QString& feature);
    void updateRecentMenu();
    void trackJob(jobs::Job* job);
    void updateProjectActions();
    void closeProjectViews();
    AssessmentModel* assessmentModel();
    /// Focuses the open view of run @p runId, or opens one (View::load, errors to the message bar); returns
    /// the new view, or nullptr when one was open already or the run cannot be shown.
    template <typename View> View* openRunView(qint64 runId, const QString& title);
    void addProjectView(QWidget* view, const QString& title);

    compute::ComputeSettings m_settings;
    compute::RuntimeInfo m_runtime;
    jobs::JobRunner& m_runner;
    std::unique_ptr<project::ProjectStore> m_project;
    AssessmentModel* m_assessment = nullptr; ///< of the open project, created on first use
    QList<QPointer<QWidget>> m_projectViews; ///< tabs that read the open project
    QUndoStack* m_undoStack;
    MessageBar* m_messageBar;
    QTabWidget* m_views;
    PrivacyCalculatorView* m_calculator = nullptr;
    ProjectExplorer* m_explorer = nullptr;
    JobsPanel* m_jobsPanel = nullptr;
    QDockWidget* m_explorerDock = nullptr;
    QDockWidget* m_jobsDock = nullptr;
    QMenu* m_recentMenu = nullptr;

    QAction* m_newProject = nullptr;
    QAction* m_openProject = nullptr;
    QAction* m_saveAs = nullptr;
    QAction* m_closeProject = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_preferences = nullptr;
    QAction* m_newRun = nullptr;
    QAction* m_runSpec = nullptr;
    QAction* m_auditTrail = nullptr;
    QAction* m_exportReport = nullptr;
    QAction* m_importDataset = nullptr;
    QAction* m_calculatorAction = nullptr;
    QAction* m_compareRuns = nullptr;
    QAction* m_about = nullptr;
    QAction* m_aboutQt = nullptr;
};

} // namespace privaudit::ui
