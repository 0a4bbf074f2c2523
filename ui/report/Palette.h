#pragma once

// Colours shared by the GUI plots and the report: readable with the common colour-vision deficiencies.

#include <array>
#include <QColor>
#include <QString>

namespace privaudit::ui {

/// Okabe-Ito: the series colours of every plot.
inline const std::array<QColor, 8>& seriesColours()
{
    static const std::array<QColor, 8> colours = {
        QColor(0, 114, 178), QColor(213, 94, 0),   QColor(0, 158, 115), QColor(204, 121, 167),
        QColor(230, 159, 0), QColor(86, 180, 233), QColor(0, 0, 0),     QColor(240, 228, 66)};
    return colours;
}

inline QColor seriesColour(std::size_t index)
{
    return seriesColours()[index % seriesColours().size()];
}

/// Viridis stops for the risk levels (high, medium-high, medium, low; grey when not assessed).
inline QColor riskLevelColour(const QString& level)
{
    if (level == QLatin1String("high")) return QColor(0x44, 0x01, 0x54);
    if (level == QLatin1String("medium-high")) return QColor(0x31, 0x68, 0x8e);
    if (level == QLatin1String("medium")) return QColor(0x35, 0xb7, 0x79);
    if (level == QLatin1String("low")) return QColor(0xfd, 0xe7, 0x25);
    return QColor(0xee, 0xee, 0xee);
}

} // namespace privaudit::ui
