#pragma once

#include <QTreeWidget>

namespace privaudit::project {
class ProjectStore;
}

namespace privaudit::ui {

/// The project dock's tree: datasets, models, runs (with their results), assessment and reports of the
/// open project. Items carry their kind and id (roles KindRole, IdRole) for the views they open.
class ProjectExplorer : public QTreeWidget
{
    Q_OBJECT

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, ///< "dataset", "model", "run", "sweep", "result", "assessment", "report"
        IdRole
    };

    explicit ProjectExplorer(QWidget* parent = nullptr);

    /// Rebuilds the tree from @p store (nullptr: no project open). Returns an error message or "".
    QString refresh(const project::ProjectStore* store);
    [[nodiscard]] QTreeWidgetItem* section(const QString& key) const;

Q_SIGNALS:
    /// An item was double-clicked or activated with the keyboard.
    void itemOpened(const QString& kind, qint64 id);

private:
    QTreeWidgetItem* addSection(const QString& key, const QString& title);
};

} // namespace privaudit::ui
