#pragma once

#include <QDialog>

class QTableWidget;

namespace privaudit::project {
class ProjectStore;
}

namespace privaudit::ui {

/// The project's audit trail: every row with its time, user, host, action and subject, and the old and
/// the new value of assessment edits; verified when opened (a broken chain is named).
class AuditTrailDialog : public QDialog
{
    Q_OBJECT

public:
    AuditTrailDialog(const project::ProjectStore& store, QWidget* parent = nullptr);
    [[nodiscard]] QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace privaudit::ui
