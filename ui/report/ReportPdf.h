#pragma once

#include "report/ReportContent.h"

#include <QString>

class QPagedPaintDevice;

namespace privaudit::ui {

/// Paints the audit report on paged devices: a PDF/A-1b file (fonts embedded, selectable text, page
/// numbers, a table of contents, vector plots) or a printer / print preview. Needs a QGuiApplication
/// (the offscreen platform is enough).
class ReportPdf
{
public:
    /// Writes @p path; returns a translated error or an empty string. @p pages receives the page count.
    static QString write(const report::ReportContent& content, const QString& path, int* pages = nullptr);
    /// Paints on @p device (two passes: the first finds the page numbers for the contents).
    static int paint(const report::ReportContent& content, QPagedPaintDevice* device);
};

} // namespace privaudit::ui
