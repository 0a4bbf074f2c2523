#pragma once

#include "report/ReportContent.h"

#include <QDialog>

#include <map>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPrintPreviewWidget;
class QPrinter;

namespace privaudit::project {
class ProjectStore;
}

namespace privaudit::ui {

/// Choose the report's sections and assessor, preview the pages and export PDF (PDF/A-1b) or HTML. The
/// export is recorded in the project's audit trail with the file's SHA-256.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(project::ProjectStore& store, QWidget* parent = nullptr);
    ~ReportDialog() override;

    /// Writes the report (format from the file suffix: .pdf or .html); returns an error or "".
    QString exportTo(const QString& path);
    void setSectionEnabled(const QString& id, bool on);
    [[nodiscard]] int previewPages() const;

private:
    void rebuild();
    [[nodiscard]] report::ReportOptions options() const;

    project::ProjectStore& m_store;
    std::map<QString, QCheckBox*> m_sections;
    QLineEdit* m_assessor;
    QPrinter* m_printer;
    QPrintPreviewWidget* m_preview;
    Expected<report::ReportContent> m_content = Expected<report::ReportContent>::failure(QString());
    int m_pages = 0;
};

} // namespace privaudit::ui
