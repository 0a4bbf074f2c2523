#pragma once

#include "data/DataTable.h"
#include "governance/PiiScan.h"
#include "project/ProjectStore.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace privaudit::ui {

class MessageBar;

/// Imports a CSV file into the project: the file (read on a worker thread), a preview with the detected
/// column types and the roles (feature, label, sensitive, identifier, ignored), both editable, a summary
/// (rows, missing values, class balance) and the datasheet (origin, licence, consent, purpose). A file
/// that cannot be read shows the reason in the wizard's message bar and the wizard does not advance.
/// Every read is scanned for personal data (governance::PiiScan, on the same worker thread): the columns
/// table shows each column's findings with their evidence, and the roles the user has not chosen are
/// pre-filled from them: direct identifiers become `identifier` (never a model input), special
/// categories and criminal-offence data `sensitive`; quasi-identifiers stay features and are named.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    ImportWizard(project::ProjectStore& store, QWidget* parent = nullptr);

    /// Starts reading @p path (as if chosen in the file dialog).
    void setPath(const QString& path);
    /// Opens a registered dataset's file with its types, roles and datasheet as the start; finishing
    /// registers a new version of it (audited with the version it replaces).
    void editDataset(const project::DatasetRecord& dataset);
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] MessageBar* messageBar() const { return m_messageBar; }
    [[nodiscard]] const data::DataTable& table() const { return m_table; }
    /// Sets a column's role as in the roles table; returns an error message or "".
    QString setRole(const QString& column, data::ColumnRole role);
    void setDatasheet(const QString& origin, const QString& licence, const QString& consent,
                      const QString& purpose);
    /// The dataset registered in the project on finish (0 before).
    [[nodiscard]] qint64 datasetId() const { return m_datasetId; }
    /// The roles other than feature, for job specs.
    [[nodiscard]] QMap<QString, QString> roles() const;
    [[nodiscard]] QString labelColumn() const;
    /// Every column's type as read (declared in the wizard or inferred), for job specs.
    [[nodiscard]] QMap<QString, QString> types() const;
    /// The notes of the last read (renamed duplicate headers, columns left out, a numeric label read as
    /// classes).
    [[nodiscard]] QStringList notes() const { return m_table.notes(); }
    /// Declares a column's type as in the type box: the file is read again with it.
    void declareType(const QString& column, data::ColumnType type);
    [[nodiscard]] QString path() const;
    /// The PII scan of the last read, one entry per column.
    [[nodiscard]] const std::vector<governance::ColumnScan>& scans() const { return m_scans; }
    /// Columns whose role the scan set (the user had not chosen one), with the role it set.
    [[nodiscard]] QMap<QString, data::ColumnRole> scanRoles() const { return m_scanRoles; }

    bool validateCurrentPage() override;

Q_SIGNALS:
    void loadedChanged();

private:
    void load();
    void applyPlan();
    void showTable();
    void showSummary();
    void applyScan();
    void showFindings();

    project::ProjectStore& m_store;
    MessageBar* m_messageBar;
    QLineEdit* m_path;
    QLabel* m_fileSummary;
    QLabel* m_columnNotes; ///< the read's notes, beside the columns they concern
    QTableWidget* m_columns;
    QTableWidget* m_preview;
    QLabel* m_summary;
    QLineEdit* m_name;
    QPlainTextEdit* m_origin;
    QLineEdit* m_licence;
    QLineEdit* m_consent;
    QLineEdit* m_purpose;
    QLabel* m_findings; ///< the scan's findings in one paragraph, above the columns
    void tableRead(const Expected<data::DataTable>& result, std::vector<governance::ColumnScan> scans);
    quint64 m_readGeneration = 0;
    data::DataTable m_table;
    bool m_loaded = false;
    bool m_updating = false;
    qint64 m_datasetId = 0;
    QString m_loadedPath;
    QHash<QString, data::ColumnType> m_declaredTypes; ///< kept across re-reads
    QMap<QString, data::ColumnRole> m_userRoles;      ///< roles the user chose, kept across re-reads
    QString m_userLabel;
    std::vector<governance::ColumnScan> m_scans;
    QMap<QString, data::ColumnRole> m_scanRoles;
    qint64 m_parentId = 0;
};

} // namespace privaudit::ui
