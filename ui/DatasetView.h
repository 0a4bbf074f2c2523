#pragma once

#include "common/Expected.h"
#include "data/DataTable.h"
#include "project/ProjectStore.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace privaudit::ui {

/// One dataset of the project: its file, hashes and datasheet, a table of its columns with type,
/// role, distinct and missing counts, and the first rows of the file (read on a worker thread with the
/// stored types). It can be renamed, given other types or roles (a new version, through the import
/// wizard) and deleted while no run uses it; each of these is audited.
class DataGovernancePanel;
class DatasheetPanel;

class DatasetView : public QWidget
{
    Q_OBJECT

public:
    DatasetView(project::ProjectStore& store, QWidget* parent = nullptr);

    /// Shows dataset @p datasetId; an error names the problem.
    QString load(qint64 datasetId);
    [[nodiscard]] qint64 datasetId() const { return m_dataset.id; }
    [[nodiscard]] bool isLoaded() const { return m_rowsLoaded; }
    [[nodiscard]] QTableWidget* columnsTable() const { return m_columns; }
    [[nodiscard]] QTableWidget* rowsTable() const { return m_rows; }
    [[nodiscard]] QPushButton* deleteButton() const { return m_delete; }
    /// The personal-data and re-identification tab.
    [[nodiscard]] DataGovernancePanel* governance() const { return m_governance; }
    /// Shows the personal-data tab (for screenshots and the explorer's context action).
    void showGovernance();
    /// The datasheet tab.
    [[nodiscard]] DatasheetPanel* datasheet() const { return m_datasheet; }
    void showDatasheet();

    QString rename(const QString& name);
    QString remove();

Q_SIGNALS:
    void changed();
    /// The user asked for other types or roles: the wizard opens on the file with these as the start.
    void editRequested(const project::DatasetRecord& dataset);
    void errorOccurred(const QString& message);

private:
    void showColumns();

    project::ProjectStore& m_store;
    project::DatasetRecord m_dataset;
    QLabel* m_header;
    QLineEdit* m_name;
    QPushButton* m_rename;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QTableWidget* m_columns;
    QTableWidget* m_rows;
    QTabWidget* m_tabs;
    DataGovernancePanel* m_governance;
    DatasheetPanel* m_datasheet;
    void rowsRead(const Expected<data::DataTable>& result);
    quint64 m_readGeneration = 0;
    data::DataTable m_table;
    bool m_rowsLoaded = false;
};

} // namespace privaudit::ui
