#include "ReportPlots.h"

#include "attack/AttackCatalogue.h"
#include "attack/attribute/AttributeInference.h"
#include "jobs/Sweep.h"
#include "Palette.h"

#include <cmath>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace privaudit::ui::reportplots {

using report::AttackSection;
using report::ReportContent;
using report::RunSection;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::ui::ReportPdf)
};

} // namespace

namespace {

/// Axes with a frame, used by every plot.
struct Axes
{
    QRectF area;
    bool logX = false, logY = false;
    double x0 = 0, x1 = 1, y0 = 0, y1 = 1;

    [[nodiscard]] QPointF map(double x, double y) const
    {
        auto t = [](double v, double a, double b, bool log) {
            if (log) {
                v = std::max(v, a);
                return (std::log10(v) - std::log10(a)) / (std::log10(b) - std::log10(a));
            }
            return (v - a) / (b - a);
        };
        const double tx = std::clamp(t(x, x0, x1, logX), 0.0, 1.0),
                     ty = std::clamp(t(y, y0, y1, logY), 0.0, 1.0);
        return {area.left() + tx * area.width(), area.bottom() - ty * area.height()};
    }
};

void drawFrame(QPainter& p, const Axes& a, const QFont& font, const QString& xLabel, const QString& yLabel,
               const std::vector<std::pair<double, QString>>& xTicks,
               const std::vector<std::pair<double, QString>>& yTicks)
{
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    p.setPen(QPen(QColor(225, 225, 225), 0));
    for (const auto& [v, label] : xTicks)
        p.drawLine(a.map(v, a.y0), a.map(v, a.y1));
    for (const auto& [v, label] : yTicks)
        p.drawLine(a.map(a.x0, v), a.map(a.x1, v));
    p.setPen(QPen(Qt::black, 0));
    p.drawRect(a.area);
    for (const auto& [v, label] : xTicks) {
        const QPointF at = a.map(v, a.y0);
        p.drawText(QPointF(at.x() - fm.horizontalAdvance(label) / 2, at.y() + fm.height()), label);
    }
    for (const auto& [v, label] : yTicks) {
        const QPointF at = a.map(a.x0, v);
        p.drawText(
            QPointF(at.x() - fm.horizontalAdvance(label) - fm.height() * 0.3, at.y() + fm.ascent() / 2),
            label);
    }
    p.drawText(
        QPointF(a.area.center().x() - fm.horizontalAdvance(xLabel) / 2, a.area.bottom() + 2.2 * fm.height()),
        xLabel);
    p.save();
    p.translate(a.area.left() - 3.2 * fm.height(), a.area.center().y() + fm.horizontalAdvance(yLabel) / 2);
    p.rotate(-90);
    p.drawText(QPointF(0, 0), yLabel);
    p.restore();
}

void drawLegend(QPainter& p, const QRectF& area, const QFont& font,
                const std::vector<std::pair<QColor, QString>>& entries, bool topLeft = false)
{
    const QFontMetricsF fm(font, p.device());
    double w = 0;
    for (const auto& e : entries)
        w = std::max(w, fm.horizontalAdvance(e.second));
    const double line = fm.height() * 2;
    const QRectF box(topLeft ? area.left() + fm.height() : area.right() - w - line - fm.height() * 1.5,
                     topLeft ? area.top() + fm.height() * 0.5
                             : area.bottom() - fm.height() * (double(entries.size()) + 0.8),
                     w + line + fm.height(), fm.height() * (double(entries.size()) + 0.4));
    p.fillRect(box, Qt::white);
    p.setPen(QPen(QColor(160, 160, 160), 0));
    p.drawRect(box);
    double y = box.top() + fm.height() * 0.2;
    for (const auto& [colour, label] : entries) {
        p.setPen(QPen(colour, fm.height() * 0.15));
        p.drawLine(QPointF(box.left() + fm.height() * 0.3, y + fm.height() / 2),
                   QPointF(box.left() + line, y + fm.height() / 2));
        p.setPen(Qt::black);
        p.drawText(QPointF(box.left() + line + fm.height() * 0.3, y + fm.ascent()), label);
        y += fm.height();
    }
}

std::vector<std::pair<double, QString>> decadeTicks()
{
    return {{1e-5, QStringLiteral("10⁻⁵")}, {1e-4, QStringLiteral("10⁻⁴")}, {1e-3, QStringLiteral("10⁻³")},
            {1e-2, QStringLiteral("10⁻²")}, {1e-1, QStringLiteral("10⁻¹")}, {1.0, QStringLiteral("1")}};
}

} // namespace

void drawRoc(QPainter& p, const QRectF& rect, const RunSection& run, const QFont& font)
{
    const QFontMetricsF fm(font, p.device());
    Axes a;
    a.area = QRectF(rect.left() + fm.height() * 5, rect.top() + fm.height() * 0.5, rect.height() * 1.25,
                    rect.height() - fm.height() * 3.5);
    a.logX = a.logY = true;
    a.x0 = a.y0 = 1e-5;
    drawFrame(p, a, font, Text::tr("false-positive rate (log)"), Text::tr("true-positive rate (log)"),
              decadeTicks(), decadeTicks());
    p.setClipRect(a.area);
    p.setPen(QPen(QColor(120, 120, 120), fm.height() * 0.08, Qt::DashLine));
    p.drawLine(a.map(1e-5, 1e-5), a.map(1, 1));
    std::vector<std::pair<QColor, QString>> legend{{QColor(120, 120, 120), Text::tr("chance")}};
    int k = 0;
    for (const AttackSection& attack : run.attacks) {
        const QColor c = seriesColour(std::size_t(k++));
        QPainterPath path;
        bool first = true;
        for (const auto& pt : attack.roc) {
            const QPointF q = a.map(std::max(pt.x, 1e-5), std::max(pt.y, 1e-5));
            if (first)
                path.moveTo(q);
            else
                path.lineTo(q);
            first = false;
        }
        p.setPen(QPen(c, fm.height() * 0.12));
        p.drawPath(path);
        legend.emplace_back(c, attack::AttackCatalogue::title(attack.attack) + QStringLiteral(" (AUC ") +
                                   ReportContent::formatProbability(attack.metrics.auc) + QLatin1Char(')'));
    }
    p.setClipping(false);
    drawLegend(p, a.area, font, legend, true);
}

void drawHistogram(QPainter& p, const QRectF& rect, const AttackSection& attack, const QFont& font)
{
    const QFontMetricsF fm(font, p.device());
    // Densities, not counts: members and non-members differ in number.
    const std::size_t bins = attack.memberHistogram.size();
    const double binWidth = bins > 0 ? (attack.histogramHigh - attack.histogramLow) / double(bins) : 1.0;
    auto densities = [&](const std::vector<int>& h) {
        double total = 0;
        for (int v : h)
            total += v;
        std::vector<double> d(h.size(), 0.0);
        for (std::size_t i = 0; i < h.size(); ++i)
            d[i] = total > 0 && binWidth > 0 ? double(h[i]) / (total * binWidth) : 0.0;
        return d;
    };
    const std::vector<double> members = densities(attack.memberHistogram),
                              nonMembers = densities(attack.nonMemberHistogram);
    double top = 0;
    for (std::size_t i = 0; i < bins; ++i)
        top = std::max({top, members[i], nonMembers[i]});
    if (!(top > 0)) top = 1;
    Axes a;
    a.area = QRectF(rect.left() + fm.height() * 5, rect.top() + fm.height() * 0.5, rect.width() * 0.6,
                    rect.height() - fm.height() * 3.5);
    a.x0 = attack.histogramLow;
    a.x1 = attack.histogramHigh;
    a.y1 = top * 1.1;
    std::vector<std::pair<double, QString>> xTicks, yTicks;
    for (int k = 0; k <= 4; ++k) {
        const double v = a.x0 + (a.x1 - a.x0) * k / 4;
        xTicks.emplace_back(v, QLocale().toString(v, 'g', 3));
        yTicks.emplace_back(top * k / 4.0, QLocale().toString(top * k / 4.0, 'g', 2));
    }
    drawFrame(p, a, font, Text::tr("%1 score").arg(attack::AttackCatalogue::title(attack.attack)),
              Text::tr("density"), xTicks, yTicks);
    for (int series = 0; series < 2; ++series) {
        const auto& h = series == 0 ? nonMembers : members;
        QPainterPath path;
        path.moveTo(a.map(a.x0, 0));
        for (std::size_t i = 0; i < bins; ++i) {
            const double l = a.x0 + (a.x1 - a.x0) * double(i) / double(bins),
                         r = a.x0 + (a.x1 - a.x0) * double(i + 1) / double(bins);
            path.lineTo(a.map(l, h[i]));
            path.lineTo(a.map(r, h[i]));
        }
        path.lineTo(a.map(a.x1, 0));
        p.setPen(QPen(seriesColour(std::size_t(series == 0 ? 1 : 0)), fm.height() * 0.12));
        p.drawPath(path);
    }
    drawLegend(p, a.area, font,
               {{seriesColour(std::size_t(0)), Text::tr("members")},
                {seriesColour(std::size_t(1)), Text::tr("non-members")}},
               true);
}

void drawSweep(QPainter& p, const QRectF& rect, const report::SweepSection& sweep, const QFont& font)
{
    const QFontMetricsF fm(font, p.device());
    Axes a;
    a.area = QRectF(rect.left() + fm.height() * 5, rect.top() + fm.height() * 0.5, rect.width() * 0.7,
                    rect.height() - fm.height() * 3.5);
    a.logX = true;
    double lo = 1e9, hi = 0;
    for (double e : sweep.epsilons)
        if (std::isfinite(e)) {
            lo = std::min(lo, e);
            hi = std::max(hi, e);
        }
    if (hi <= 0) lo = 0.5, hi = 8;
    const double infX = hi * 4;
    a.x0 = lo / 1.5;
    a.x1 = infX * 1.5;
    a.y0 = 0.4;
    a.y1 = 1.0;
    std::vector<std::pair<double, QString>> xTicks, yTicks;
    for (double e : sweep.epsilons)
        xTicks.emplace_back(std::isfinite(e) ? e : infX,
                            std::isfinite(e) ? QLocale().toString(e, 'g', 3) : QStringLiteral("∞"));
    for (int k = 0; k <= 6; ++k)
        yTicks.emplace_back(0.4 + 0.1 * k, QLocale().toString(0.4 + 0.1 * k, 'f', 1));
    drawFrame(p, a, font, Text::tr("target epsilon (log; ∞ = no DP)"), Text::tr("accuracy / attack AUC"),
              xTicks, yTicks);
    // The AUC ceiling implied by (epsilon, delta)-DP.
    QPainterPath ceiling;
    for (int i = 0; i <= 100; ++i) {
        const double e = a.x0 * std::pow(hi * 1.5 / a.x0, i / 100.0);
        const double auc = jobs::Sweep::aucCeiling(e, sweep.delta);
        if (i == 0)
            ceiling.moveTo(a.map(e, auc));
        else
            ceiling.lineTo(a.map(e, auc));
    }
    p.setClipRect(a.area);
    p.setPen(QPen(Qt::black, fm.height() * 0.08, Qt::DashLine));
    p.drawPath(ceiling);
    for (int series = 0; series < 2; ++series) {
        const auto& values = series == 0 ? sweep.accuracy : sweep.attackAuc;
        QPainterPath path;
        for (std::size_t i = 0; i < values.size(); ++i) {
            const QPointF q = a.map(std::isfinite(sweep.epsilons[i]) ? sweep.epsilons[i] : infX, values[i]);
            if (i == 0)
                path.moveTo(q);
            else
                path.lineTo(q);
            p.setBrush(seriesColour(std::size_t(series)));
            p.drawEllipse(q, fm.height() * 0.2, fm.height() * 0.2);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(seriesColour(std::size_t(series)), fm.height() * 0.12));
        p.drawPath(path);
    }
    p.setClipping(false);
    drawLegend(p, a.area, font,
               {{seriesColour(std::size_t(0)), Text::tr("mean test accuracy")},
                {seriesColour(std::size_t(1)), Text::tr("strongest attack AUC")},
                {Qt::black, Text::tr("AUC ceiling under DP")}});
}

void drawAttribute(QPainter& p, const QRectF& rect, const report::AttributeSection& section,
                   const QFont& font)
{
    const QFontMetricsF fm(font, p.device());
    double labelWidth = 0;
    for (const auto& m : section.attacks)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(attack::attributeAttackTitle(m.attack)));
    Axes a;
    a.area = QRectF(rect.left() + labelWidth + fm.height() * 0.8, rect.top() + fm.height() * 0.5,
                    rect.width() - labelWidth - fm.height() * 1.3, rect.height() - fm.height() * 3.5);
    const double rows = double(std::max<std::size_t>(section.attacks.size(), 1));
    a.x0 = 0.0;
    a.x1 = 1.0;
    a.y0 = rows + 0.7; // an empty row at the bottom holds the legend
    a.y1 = -0.5;       // first attack on top
    std::vector<std::pair<double, QString>> xTicks, yTicks;
    for (int k = 0; k <= 10; k += 2)
        xTicks.emplace_back(k / 10.0, QLocale().toString(k / 10.0, 'f', 1));
    for (std::size_t i = 0; i < section.attacks.size(); ++i)
        yTicks.emplace_back(double(i), attack::attributeAttackTitle(section.attacks[i].attack));
    drawFrame(p, a, font, Text::tr("share of candidates whose value the attack got right (95% interval)"),
              QString(), xTicks, yTicks);
    for (std::size_t i = 0; i < section.attacks.size(); ++i) {
        const auto& m = section.attacks[i];
        const metrics::AttributeSide* sides[2] = {&m.members, &m.nonMembers};
        for (int side = 0; side < 2; ++side) {
            const double y = double(i) + (side == 0 ? -0.15 : 0.15);
            const QColor colour = seriesColour(std::size_t(side));
            p.setPen(QPen(colour, fm.height() * 0.1));
            p.drawLine(a.map(sides[side]->accuracyCi.low, y), a.map(sides[side]->accuracyCi.high, y));
            p.setBrush(colour);
            p.drawEllipse(a.map(sides[side]->accuracy, y), fm.height() * 0.22, fm.height() * 0.22);
            p.setBrush(Qt::NoBrush);
        }
    }
    drawLegend(p, a.area, font,
               {{seriesColour(std::size_t(0)), Text::tr("members (training records)")},
                {seriesColour(std::size_t(1)), Text::tr("non-members")}});
}

void drawExposure(QPainter& p, const QRectF& rect, const report::MemorisationSection& section,
                  const QFont& font)
{
    const QFontMetricsF fm(font, p.device());
    const auto& levels = section.summary.levels;
    std::vector<QString> labels;
    double labelWidth = 0;
    for (const auto& l : levels) {
        labels.push_back(l.repetitions == 0 ? Text::tr("controls")
                                            : Text::tr("inserted %1x").arg(l.repetitions));
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(labels.back()));
    }
    Axes a;
    a.area = QRectF(rect.left() + labelWidth + fm.height() * 0.8, rect.top() + fm.height() * 0.5,
                    rect.width() - labelWidth - fm.height() * 1.3, rect.height() - fm.height() * 3.5);
    const double ceiling =
        section.summary.references > 0 ? std::log2(double(section.summary.references)) : 16.0;
    a.x0 = 0.0;
    a.x1 = std::ceil(ceiling);
    a.y0 =
        double(std::max<std::size_t>(levels.size(), 1)) + 0.7; // an empty row at the bottom holds the legend
    a.y1 = -0.5;
    std::vector<std::pair<double, QString>> xTicks, yTicks;
    for (int k = 0; k <= int(a.x1); k += 2)
        xTicks.emplace_back(double(k), QLocale().toString(k));
    for (std::size_t i = 0; i < levels.size(); ++i)
        yTicks.emplace_back(double(i), labels[i]);
    drawFrame(p, a, font, Text::tr("exposure in bits, mean of the canaries (95% interval)"), QString(),
              xTicks, yTicks);
    p.setPen(QPen(Qt::gray, fm.height() * 0.08, Qt::DashLine));
    p.drawLine(a.map(section.summary.chance, a.y1), a.map(section.summary.chance, a.y0 - 0.7));
    const QColor colour = seriesColour(std::size_t(0));
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const auto& l = levels[i];
        p.setPen(QPen(colour, fm.height() * 0.1));
        if (l.hasInterval) p.drawLine(a.map(l.low, double(i)), a.map(l.high, double(i)));
        p.setBrush(colour);
        p.drawEllipse(a.map(l.meanInterpolated, double(i)), fm.height() * 0.22, fm.height() * 0.22);
        p.setBrush(Qt::NoBrush);
    }
    drawLegend(
        p, a.area, font,
        {{colour, Text::tr("canaries of the level")}, {Qt::gray, Text::tr("chance (a canary never seen)")}});
}

void drawReconstruction(QPainter& p, const QRectF& rect, const report::InversionSection& section,
                        const QFont& font)
{
    const QFontMetricsF fm(font, p.device());
    const auto& rows = section.summary.result.rows;
    Axes a;
    a.area = QRectF(rect.left() + fm.height() * 4.5, rect.top() + fm.height() * 0.5,
                    rect.width() - fm.height() * 5.0, rect.height() - fm.height() * 3.5);
    a.x0 = 0.0;
    a.x1 = double(rows.size()) + 1.0;
    a.y0 = 0.0;
    a.y1 = 135.0; // room above 100% for the legend
    std::vector<std::pair<double, QString>> xTicks, yTicks;
    const int step = std::max(1, int(rows.size()) / 10);
    for (int k = 1; k <= int(rows.size()); k += step)
        xTicks.emplace_back(double(k), QLocale().toString(k));
    for (int v = 0; v <= 100; v += 25)
        yTicks.emplace_back(double(v), QLocale().toString(v));
    drawFrame(p, a, font, Text::tr("reconstructed row"), Text::tr("columns recovered (%)"), xTicks, yTicks);
    const QColor adversary = seriesColour(std::size_t(0)), baseline = seriesColour(std::size_t(1));
    const double r = fm.height() * 0.22;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        p.setPen(QPen(baseline, fm.height() * 0.08));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(a.map(double(i + 1), 100.0 * rows[i].baselineHitRate), r, r);
        p.setBrush(adversary);
        p.setPen(QPen(adversary, 0));
        p.drawEllipse(a.map(double(i + 1), 100.0 * rows[i].hitRate), r * 0.8, r * 0.8);
    }
    p.setBrush(Qt::NoBrush);
    drawLegend(p, QRectF(a.area.left(), a.area.top(), a.area.width(), fm.height() * 3.2), font,
               {{adversary, Text::tr("informed adversary")},
                {baseline, Text::tr("baseline: class-conditional mean or mode")}});
}

void drawMiFace(QPainter& p, const QRectF& rect, const report::MiFaceSection& section, const QFont& font)
{
    const QFontMetricsF fm(font, p.device());
    const attack::MiFaceResult& r = section.summary.result;
    double top = 0.0;
    for (const attack::MiFaceRecord& x : r.records)
        top = std::max({top, x.memberDistance, x.nonMemberDistance});
    top = top > 0.0 ? std::ceil(1.1 * top) : 1.0;
    Axes a;
    a.area = QRectF(rect.left() + fm.height() * 4.5, rect.top() + fm.height() * 0.5,
                    rect.width() - fm.height() * 5.0, rect.height() - fm.height() * 3.5);
    a.x1 = a.y1 = top;
    std::vector<std::pair<double, QString>> ticks;
    const double step = top <= 5 ? 1.0 : std::ceil(top / 5.0);
    for (double v = 0.0; v <= top + 1e-9; v += step)
        ticks.emplace_back(v, QLocale().toString(v, 'g', 3));
    drawFrame(p, a, font, Text::tr("distance to the closest member"),
              Text::tr("distance to the closest held-out row"), ticks, ticks);
    p.setPen(QPen(Qt::gray, fm.height() * 0.08, Qt::DashLine));
    p.drawLine(a.map(0.0, 0.0), a.map(top, top));
    std::vector<std::pair<QColor, QString>> legend{
        {Qt::gray, Text::tr("equally near both (above: nearer a member)")}};
    for (int c = 0; c < r.classes.size(); ++c) {
        const QColor colour = seriesColour(std::size_t(c));
        p.setPen(QPen(colour, 0));
        p.setBrush(colour);
        for (const attack::MiFaceRecord& x : r.records)
            if (x.cls == c)
                p.drawEllipse(a.map(x.memberDistance, x.nonMemberDistance), fm.height() * 0.22,
                              fm.height() * 0.22);
        legend.emplace_back(colour, Text::tr("class %1").arg(r.classes[c]));
    }
    p.setBrush(Qt::NoBrush);
    drawLegend(p, a.area, font, legend, true);
}

void drawRiskDistribution(QPainter& p, const QRectF& rect, const governance::ReidentificationRisk& risk,
                          const QFont& font)
{
    const QFontMetricsF fm(font, p.device());
    const std::vector<double> shares = risk.riskDistribution();
    double top = 0.0;
    for (double s : shares)
        top = std::max(top, s * 100.0);
    Axes a;
    a.area = QRectF(rect.left() + fm.height() * 3.2, rect.top() + fm.height() * 0.5,
                    rect.width() - fm.height() * 3.7, rect.height() - fm.height() * 3.5);
    a.x0 = 0.0;
    a.x1 = 100.0;
    a.y0 = 0.0;
    a.y1 = top > 50.0 ? 100.0 : std::max(10.0, std::ceil(top / 10.0) * 10.0);
    std::vector<std::pair<double, QString>> xTicks, yTicks;
    for (int k = 0; k <= 100; k += 20)
        xTicks.emplace_back(double(k), QString::number(k));
    for (int k = 0; k <= 4; ++k)
        yTicks.emplace_back(a.y1 * k / 4.0, QLocale().toString(a.y1 * k / 4.0, 'f', 0));
    drawFrame(p, a, font, Text::tr("re-identification probability, % (prosecutor)"), Text::tr("records, %"),
              xTicks, yTicks);
    p.setPen(QPen(seriesColour(std::size_t(0)).darker(130), 0));
    p.setBrush(seriesColour(std::size_t(0)));
    for (std::size_t i = 0; i < shares.size(); ++i)
        p.drawRect(
            QRectF(a.map(double(i) * 10.0 + 0.6, shares[i] * 100.0), a.map(double(i) * 10.0 + 9.4, 0.0)));
    p.setBrush(Qt::NoBrush);
}

void drawUniqueness(QPainter& p, const QRectF& rect, const governance::ReidentificationRisk& risk,
                    const QFont& font)
{
    const QFontMetricsF fm(font, p.device());
    double top = 0.0;
    for (const auto& point : risk.uniquenessCurve)
        for (double v :
             {point.estimate.pitman, point.estimate.zayatz, point.estimate.snb, point.estimate.dankar})
            if (std::isfinite(v)) top = std::max(top, v * 100.0);
    Axes a;
    a.area = QRectF(rect.left() + fm.height() * 3.2, rect.top() + fm.height() * 0.5,
                    rect.width() - fm.height() * 3.7, rect.height() - fm.height() * 3.5);
    a.logX = true;
    a.x0 = 0.001;
    a.x1 = 1.0;
    a.y0 = 0.0;
    a.y1 = std::max(1.0, std::ceil(top * 1.1));
    std::vector<std::pair<double, QString>> xTicks, yTicks;
    for (double f : {0.001, 0.01, 0.1, 1.0})
        xTicks.emplace_back(f, QLocale().toString(f, 'g', 3));
    for (int k = 0; k <= 4; ++k)
        yTicks.emplace_back(a.y1 * k / 4.0, QLocale().toString(a.y1 * k / 4.0, 'f', a.y1 < 4 ? 1 : 0));
    drawFrame(p, a, font, Text::tr("sampling fraction (table / population)"),
              Text::tr("population uniques, %"), xTicks, yTicks);
    struct Series
    {
        double governance::PopulationUniqueness::*value;
        QColor colour;
        double width;
        Qt::PenStyle style;
    };
    const std::vector<Series> series = {
        {&governance::PopulationUniqueness::pitman, seriesColour(1), 0.08, Qt::DashLine},
        {&governance::PopulationUniqueness::zayatz, seriesColour(2), 0.08, Qt::DashLine},
        {&governance::PopulationUniqueness::snb, seriesColour(3), 0.08, Qt::DashLine},
        {&governance::PopulationUniqueness::dankar, QColor(Qt::black), 0.14, Qt::SolidLine}};
    for (const Series& s : series) {
        p.setPen(QPen(s.colour, fm.height() * s.width, s.style));
        QPolygonF line;
        for (const auto& point : risk.uniquenessCurve)
            if (const double v = point.estimate.*(s.value); std::isfinite(v))
                line << a.map(point.samplingFraction, v * 100.0);
        p.drawPolyline(line);
    }
    drawLegend(p, a.area, font,
               {{seriesColour(1), QStringLiteral("Pitman")},
                {seriesColour(2), QStringLiteral("Zayatz")},
                {seriesColour(3), QStringLiteral("SNB")},
                {QColor(Qt::black), Text::tr("Dankar's choice")}});
}

void drawHeatMap(QPainter& p, const QRectF& rect, const ReportContent& c, const QFont& font)
{
    const QFontMetricsF fm(font, p.device());
    const auto threats = assess::RiskMatrix::threats();
    const auto stages = assess::RiskMatrix::stages();
    const double labelWidth = rect.width() * 0.3;
    const double cellW = (rect.width() - labelWidth) / double(stages.size());
    const double headerH = fm.height() * 2.4;
    const double cellH = (rect.height() - headerH) / double(threats.size());
    p.setFont(font);
    for (std::size_t s = 0; s < stages.size(); ++s)
        p.drawText(QRectF(rect.left() + labelWidth + cellW * double(s), rect.top(), cellW, headerH),
                   Qt::AlignCenter | Qt::TextWordWrap, stages[s].title);
    for (std::size_t t = 0; t < threats.size(); ++t) {
        const double y = rect.top() + headerH + cellH * double(t);
        p.setPen(Qt::black);
        p.drawText(QRectF(rect.left(), y, labelWidth - fm.height() * 0.3, cellH),
                   Qt::AlignVCenter | Qt::AlignRight | Qt::TextWordWrap, threats[t].title);
        for (std::size_t s = 0; s < stages.size(); ++s) {
            const assess::MatrixCell* cell = c.assessment.cell(threats[t].id, stages[s].id);
            const QString level = assess::RiskMatrix::riskLevel(cell->severity, cell->likelihood);
            const QColor bg = riskLevelColour(level);
            const QRectF r(rect.left() + labelWidth + cellW * double(s), y, cellW, cellH);
            p.fillRect(r, bg);
            p.setPen(QPen(Qt::white, fm.height() * 0.1));
            p.drawRect(r);
            p.setPen(bg.lightness() < 120 ? Qt::white : Qt::black);
            const QString text = cell->severity > 0 && cell->likelihood > 0
                                     ? QStringLiteral("S%1 L%2 · %3")
                                           .arg(cell->severity)
                                           .arg(cell->likelihood)
                                           .arg(assess::RiskMatrix::riskLevelTitle(level))
                                     : QStringLiteral("—");
            p.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, text);
        }
    }
}

} // namespace privaudit::ui::reportplots
