#pragma once

#include "report/ReportContent.h"

#include <map>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPrintPreviewWidget;
class QPrinter;

namespace privaudit::project {
class ProjectStore;
}

namespace privaudit::ui {

/// Choose the report's sections and assessor, draft or final, preview the pages and export PDF (PDF/A-1b)
/// or HTML, optionally signed (PAdES, a PKCS#12 key). A draft export is recorded in the project's audit
/// trail with the file's SHA-256; a final report is kept in the project as an immutable record.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(project::ProjectStore& store, QWidget* parent = nullptr);
    ~ReportDialog() override;

    /// Writes the report (format from the file suffix: .pdf or .html); returns an error or "".
    QString exportTo(const QString& path);
    void setSectionEnabled(const QString& id, bool on);
    void setFinal(bool final);
    void setSigningKey(const QString& keyFile, const QString& password);
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] int previewPages() const;

private:
    void rebuild();
    void applyOptions();
    [[nodiscard]] report::ReportOptions options() const;

    project::ProjectStore& m_store;
    std::map<QString, QCheckBox*> m_sections;
    QLineEdit* m_assessor;
    QCheckBox* m_final;
    QLabel* m_state;
    QLineEdit* m_signKey;
    QLineEdit* m_signPassword;
    QPrinter* m_printer;
    QPrintPreviewWidget* m_preview;
    Expected<report::ReportContent> m_content = Expected<report::ReportContent>::failure(QString());
    int m_pages = 0;
};

} // namespace privaudit::ui
