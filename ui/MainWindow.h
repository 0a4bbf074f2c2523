#pragma once

#include "compute/ComputeSettings.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QTabWidget;
class QTreeWidget;
class QLabel;
class QMenu;
class QUndoStack;

namespace privaudit::ui {

class MessageBar;
class PrivacyCalculatorView;

/// The workbench window: project explorer and jobs docks around tabbed central views.
/// Created by app/ (the composition root) with the compute settings it applied.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(compute::ComputeSettings settings, compute::RuntimeInfo runtime, QWidget* parent = nullptr);

    [[nodiscard]] MessageBar* messageBar() const { return m_messageBar; }
    [[nodiscard]] QTabWidget* views() const { return m_views; }

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

    compute::ComputeSettings m_settings;
    compute::RuntimeInfo m_runtime;
    QUndoStack* m_undoStack;
    MessageBar* m_messageBar;
    QTabWidget* m_views;
    PrivacyCalculatorView* m_calculator = nullptr;
    QTreeWidget* m_explorer = nullptr;
    QTreeWidget* m_jobs = nullptr;
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
    QAction* m_calculatorAction = nullptr;
    QAction* m_about = nullptr;
    QAction* m_aboutQt = nullptr;
};

} // namespace privaudit::ui
