#pragma once

// Private to ui/report: the vector plots of the audit report, drawn with QPainter.

#include "report/ReportContent.h"

#include <QColor>
#include <QFont>
#include <QRectF>

class QPainter;

namespace privaudit::ui::reportplots {

void drawRoc(QPainter& p, const QRectF& rect, const report::RunSection& run, const QFont& font);
void drawHistogram(QPainter& p, const QRectF& rect, const report::AttackSection& attack, const QFont& font);
void drawSweep(QPainter& p, const QRectF& rect, const report::SweepSection& sweep, const QFont& font);
/// Each attack's accuracy on members and on non-members with their 95% intervals, one row per attack.
void drawAttribute(QPainter& p, const QRectF& rect, const report::AttributeSection& section,
                   const QFont& font);
void drawExposure(QPainter& p, const QRectF& rect, const report::MemorisationSection& section,
                  const QFont& font);
/// Per reconstructed row, the share of its columns the informed adversary and the baseline recovered.
void drawReconstruction(QPainter& p, const QRectF& rect, const report::InversionSection& section,
                        const QFont& font);
/// Each MI-Face representative's distance to the closest member against the closest held-out row of its
/// class, with the diagonal (above it: nearer a member).
void drawMiFace(QPainter& p, const QRectF& rect, const report::MiFaceSection& section, const QFont& font);
/// The dataset's records by re-identification (prosecutor) risk band, as shares of the records.
void drawRiskDistribution(QPainter& p, const QRectF& rect, const governance::ReidentificationRisk& risk,
                          const QFont& font);
/// Population uniques by sampling fraction (Pitman, Zayatz, SNB and Dankar's choice), log fraction axis.
void drawUniqueness(QPainter& p, const QRectF& rect, const governance::ReidentificationRisk& risk,
                    const QFont& font);
void drawHeatMap(QPainter& p, const QRectF& rect, const report::ReportContent& c, const QFont& font);

} // namespace privaudit::ui::reportplots
