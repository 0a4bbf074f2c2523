#pragma once

#include "governance/Datasheet.h"
#include "project/ProjectStore.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace privaudit::ui {

/// A dataset's datasheet (issue 18): Gebru et al.'s questions by section, the licence as an SPDX
/// expression checked as it is typed, the GDPR grounds (the Art 9(2) condition and the Art 10 basis only
/// when the PII scan found such data), the completeness, saving (an audited assessment change), export as
/// SPDX 3.0.1 JSON-LD or Croissant and import from either.
class DatasheetPanel : public QWidget
{
    Q_OBJECT

public:
    DatasheetPanel(project::ProjectStore& store, QWidget* parent = nullptr);

    /// Shows @p dataset's stored datasheet (or one started from its record); returns an error or "".
    QString load(const project::DatasetRecord& dataset);
    /// The scan of the dataset's file: which grounds the completeness asks for.
    void setScans(std::vector<governance::ColumnScan> scans);

    [[nodiscard]] governance::Datasheet datasheet() const;
    [[nodiscard]] governance::Datasheet::Completeness completeness() const;
    void setAnswer(const QString& question, const QString& text);
    void setLicence(const QString& expression);
    [[nodiscard]] QString licenceStatus() const;
    [[nodiscard]] bool isModified() const { return m_modified; }
    QString save();
    /// @p format: "spdx" or "croissant".
    QString exportTo(const QString& format, const QString& path) const;
    QString importFrom(const QString& path);

Q_SIGNALS:
    void saved();
    void errorOccurred(const QString& message);

private:
    void show(const governance::Datasheet& d);
    void refresh();

    project::ProjectStore& m_store;
    project::DatasetRecord m_dataset;
    std::vector<governance::ColumnScan> m_scans;
    QMap<QString, QPlainTextEdit*> m_answers;
    QLineEdit* m_licence;
    QLabel* m_licenceStatus;
    QComboBox* m_lawfulBasis;
    QComboBox* m_art9;
    QLineEdit* m_art10;
    QLabel* m_groundsNote;
    QProgressBar* m_completeness;
    QLabel* m_missing;
    QPushButton* m_save;
    bool m_modified = false;
    bool m_scanned = false; ///< setScans() was called: the grounds note may speak of the scan
    bool m_updating = false;
};

} // namespace privaudit::ui
