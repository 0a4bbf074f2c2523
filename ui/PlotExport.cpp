#include "PlotExport.h"

#include <QCoreApplication>
#include <qcustomplot.h>
#include <QFileDialog>
#include <QFileInfo>
#include <QSvgGenerator>

namespace privaudit::ui {

namespace {

class PlotText
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::ui::PlotExport)
};

} // namespace

QString savePlot(QCustomPlot* plot, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int w = std::max(plot->width(), 640), h = std::max(plot->height(), 420);
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        ok = plot->savePng(path, w, h, 2.0);
    } else if (suffix == QLatin1String("pdf")) {
        ok = plot->savePdf(path, w, h, QCP::epNoCosmetic);
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(QSize(w, h));
        generator.setViewBox(QRect(0, 0, w, h));
        generator.setTitle(QStringLiteral("PrivAudit"));
        QCPPainter painter;
        ok = painter.begin(&generator);
        if (ok) {
            plot->toPainter(&painter, w, h);
            ok = painter.end();
        }
    } else {
        return PlotText::tr("Cannot export '%1': choose a .png, .svg or .pdf file.").arg(path);
    }
    return ok ? QString() : PlotText::tr("Could not write the plot to '%1'.").arg(path);
}

QString exportPlotInteractively(QCustomPlot* plot, QWidget* parent, const QString& suggestedName)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, PlotText::tr("Export Plot"), suggestedName,
        PlotText::tr("PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty()) return {};
    return savePlot(plot, path);
}

} // namespace privaudit::ui
