#pragma once

#include <QWidget>

class QTreeWidget;

namespace privaudit::jobs {
class Job;
}

namespace privaudit::ui {

/// The jobs dock's content: one row per job with its stage, a progress bar, the time left and a
/// cancel button. Rows stay after the job ends, showing how it ended.
class JobsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPanel(QWidget* parent = nullptr);
    void addJob(jobs::Job* job);
    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }

private:
    QTreeWidget* m_tree;
};

} // namespace privaudit::ui
