#pragma once

#include <QString>

class QCustomPlot;
class QWidget;

namespace privaudit::ui {

/// Saves a plot as PNG (2x), SVG or PDF (vector), chosen by the file's suffix. Returns an empty string
/// on success, else a translated message naming the file.
QString savePlot(QCustomPlot* plot, const QString& path);

/// Asks for a file name (PNG, SVG, PDF) and saves the plot; errors go to the returned message.
QString exportPlotInteractively(QCustomPlot* plot, QWidget* parent, const QString& suggestedName);

} // namespace privaudit::ui
