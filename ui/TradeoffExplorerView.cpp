#include "TradeoffExplorerView.h"

#include "Palette.h"
#include "PlotExport.h"
#include "project/ProjectStore.h"

#include <cmath>
#include <map>
#include <QComboBox>
#include <qcustomplot.h>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QToolTip>
#include <QVBoxLayout>

namespace privaudit::ui {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

QString epsilonLabel(double epsilon)
{
    return std::isfinite(epsilon) ? QLocale().toString(epsilon, 'g', 4) : QStringLiteral("∞");
}

} // namespace

TradeoffExplorerView::TradeoffExplorerView(QWidget* parent)
    : QWidget(parent), m_utilityMetric(new QComboBox(this)), m_attackMetric(new QComboBox(this)),
      m_title(new QLabel(this)), m_utility(new QCustomPlot(this)), m_attack(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("tradeoffExplorer"));
    m_utilityMetric->setObjectName(QStringLiteral("utilityMetric"));
    m_attackMetric->setObjectName(QStringLiteral("attackMetric"));
    m_utility->setObjectName(QStringLiteral("utilityPlot"));
    m_attack->setObjectName(QStringLiteral("attackPlot"));
    m_utilityMetric->addItem(tr("Test accuracy"), QStringLiteral("target_test_accuracy"));
    m_utilityMetric->addItem(tr("Task AUC"), QStringLiteral("target_test_auc"));
    m_utilityMetric->addItem(tr("Test loss"), QStringLiteral("target_test_loss"));
    m_attackMetric->addItem(tr("Attack AUC"), QStringLiteral("auc"));
    m_attackMetric->addItem(tr("TPR at 0.1% FPR"), QStringLiteral("0.001"));
    m_attackMetric->addItem(tr("TPR at 1% FPR"), QStringLiteral("0.01"));
    m_attackMetric->addItem(tr("Advantage (TPR - FPR)"), QStringLiteral("advantage"));
    m_attackMetric->addItem(tr("Empirical epsilon (lower bound)"), QStringLiteral("epsilon_lower_bound"));

    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportTradeoff"));
    exportButton->setToolTip(tr("Save both plots (PNG, SVG or PDF) and the points as CSV"));
    connect(exportButton, &QPushButton::clicked, this, &TradeoffExplorerView::exportAll);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Utility:"), this));
    controls->addWidget(m_utilityMetric);
    controls->addSpacing(16);
    controls->addWidget(new QLabel(tr("Attack success:"), this));
    controls->addWidget(m_attackMetric);
    controls->addStretch(1);
    controls->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addLayout(controls);
    layout->addWidget(m_utility, 1);
    layout->addWidget(m_attack, 1);

    for (QCustomPlot* plot : {m_utility, m_attack}) {
        plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
        plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
        plot->xAxis->setLabel(tr("target epsilon (log scale; ∞ = no differential privacy)"));
        plot->legend->setVisible(true);
        plot->legend->setBrush(QColor(255, 255, 255, 220));
        plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
        plot->setMouseTracking(true);
        connect(plot, &QCustomPlot::mouseMove, this, [this, plot](QMouseEvent* event) {
            const int index = pointAt(plot, event->position());
            if (index >= 0)
                QToolTip::showText(event->globalPosition().toPoint(), pointDescription(std::size_t(index)),
                                   plot);
            else
                QToolTip::hideText();
        });
        connect(plot, &QCustomPlot::mousePress, this, [this, plot](QMouseEvent* event) {
            const int index = pointAt(plot, event->position());
            if (index >= 0 && m_points[std::size_t(index)].runId > 0)
                Q_EMIT runActivated(m_points[std::size_t(index)].runId);
        });
    }
    // The ceiling rises to the right and utility climbs to the right: the legends go where the data is not.
    m_attack->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    connect(m_utilityMetric, &QComboBox::currentIndexChanged, this, &TradeoffExplorerView::rebuild);
    connect(m_attackMetric, &QComboBox::currentIndexChanged, this, &TradeoffExplorerView::rebuild);
}

QString TradeoffExplorerView::load(const QString& projectPath, std::int64_t sweepRunId)
{
    auto store = project::ProjectStore::open(projectPath, project::ProjectStore::Access::ReadOnly);
    if (!store) return store.error();
    const auto run = store.value()->run(sweepRunId);
    if (!run) return run.error();
    if (run->type() != project::RunKind::Sweep)
        return tr("Run %1 is not a privacy-utility sweep.").arg(sweepRunId);
    const auto spec = jobs::SweepSpec::fromJson(run->specJson);
    if (!spec) return tr("Run %1 has an unreadable sweep spec: %2").arg(sweepRunId).arg(spec.error());
    const auto points = jobs::Sweep::collect(*spec, *store.value());
    if (!points) return points.error();
    m_points = *points;
    m_epsilons = spec->epsilons;
    m_attacks = spec->base.attacks;
    m_delta = spec->base.training.delta;
    m_name = project::builtInText(run->name);
    const auto done =
        std::count_if(m_points.begin(), m_points.end(), [](const auto& p) { return p.runId > 0; });
    m_title->setText(
        tr("<b>%1</b> (run %2): %3 of %4 points measured, %5 seed(s) per epsilon, delta = %6. The dashed "
           "line is the most any attack can achieve against (epsilon, delta)-DP.")
            .arg(m_name.toHtmlEscaped())
            .arg(sweepRunId)
            .arg(done)
            .arg(m_points.size())
            .arg(spec->repeats)
            .arg(QLocale().toString(m_delta, 'g', 3)));
    rebuild();
    return {};
}

double TradeoffExplorerView::xFor(double epsilon) const
{
    if (std::isfinite(epsilon)) return epsilon;
    double largest = 1.0;
    for (double e : m_epsilons)
        if (std::isfinite(e)) largest = std::max(largest, e);
    return largest * 4.0; // "no DP" sits one step right of the grid
}

double TradeoffExplorerView::utilityValue(const jobs::SweepPoint& p) const
{
    if (!p.summary.target) return std::nan("");
    const QString metric = m_utilityMetric->currentData().toString();
    const attack::TargetFigures& t = *p.summary.target;
    if (metric == QLatin1String("target_test_auc")) return t.testAuc;
    if (metric == QLatin1String("target_test_loss")) return t.testLoss;
    return t.testAccuracy;
}

double TradeoffExplorerView::attackValue(const jobs::SweepPoint& p, const QString& attack) const
{
    const auto found = p.attacks.find(attack);
    if (found == p.attacks.end()) return std::nan("");
    const metrics::AttackMetrics& m = found.value();
    const QString key = m_attackMetric->currentData().toString();
    if (key == QLatin1String("0.001") || key == QLatin1String("0.01")) return m.tprAt(key.toDouble());
    if (key == QLatin1String("advantage")) return m.advantage;
    if (key == QLatin1String("epsilon_lower_bound")) return m.epsilonLowerBound.epsilon;
    return m.auc;
}

double TradeoffExplorerView::ceiling(double epsilon) const
{
    const QString key = m_attackMetric->currentData().toString();
    if (key == QLatin1String("auc")) return jobs::Sweep::aucCeiling(epsilon, m_delta);
    if (key == QLatin1String("advantage")) return jobs::Sweep::advantageCeiling(epsilon, m_delta);
    if (key == QLatin1String("epsilon_lower_bound")) return epsilon;
    return jobs::Sweep::tprCeiling(epsilon, m_delta, key.toDouble());
}

void TradeoffExplorerView::rebuild()
{
    m_pointGraphs.clear();
    for (QCustomPlot* plot : {m_utility, m_attack}) {
        plot->clearPlottables();
        plot->clearItems();
        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        for (double e : m_epsilons)
            ticker->addTick(xFor(e), epsilonLabel(e));
        plot->xAxis->setTicker(ticker);
        double lo = kInf, hi = 0.0;
        for (double e : m_epsilons) {
            lo = std::min(lo, xFor(e));
            hi = std::max(hi, xFor(e));
        }
        if (std::isfinite(lo)) plot->xAxis->setRange(lo / 1.5, hi * 1.5);
    }
    // Utility: every seed as a point, the mean with one standard deviation as error bars.
    {
        auto* points = m_utility->addGraph();
        points->setName(tr("each seed"));
        points->setLineStyle(QCPGraph::lsNone);
        points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QColor(120, 120, 120), 6));
        std::vector<std::size_t> index;
        std::map<double, std::vector<double>> byEpsilon;
        for (std::size_t i = 0; i < m_points.size(); ++i) {
            const double v = utilityValue(m_points[i]);
            if (m_points[i].runId == 0 || std::isnan(v)) continue;
            points->addData(xFor(m_points[i].targetEpsilon), v);
            index.push_back(i);
            byEpsilon[xFor(m_points[i].targetEpsilon)].push_back(v);
        }
        m_pointGraphs.emplace_back(points, index);
        auto* mean = m_utility->addGraph();
        mean->setName(tr("mean ± 1 sd"));
        mean->setPen(QPen(seriesColour(0), 2));
        mean->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, seriesColour(0), 7));
        auto* bars = new QCPErrorBars(m_utility->xAxis, m_utility->yAxis);
        bars->setDataPlottable(mean);
        bars->setPen(QPen(seriesColour(0)));
        bars->removeFromLegend();
        QVector<double> errors;
        for (const auto& [x, values] : byEpsilon) {
            double m = 0.0, ss = 0.0;
            for (double v : values)
                m += v / double(values.size());
            for (double v : values)
                ss += (v - m) * (v - m);
            mean->addData(x, m);
            errors << (values.size() > 1 ? std::sqrt(ss / double(values.size() - 1)) : 0.0);
        }
        bars->setData(errors);
        m_utility->yAxis->setLabel(m_utilityMetric->currentText());
        m_utility->yAxis->rescale();
        const QCPRange r = m_utility->yAxis->range();
        m_utility->yAxis->setRange(r.lower - 0.1 * r.size() - 1e-3, r.upper + 0.1 * r.size() + 1e-3);
    }
    // Attack success per attack, and the DP ceiling.
    {
        auto* bound = m_attack->addGraph();
        bound->setName(tr("DP ceiling (delta = %1)").arg(QLocale().toString(m_delta, 'g', 3)));
        bound->setPen(QPen(Qt::black, 1.5, Qt::DashLine));
        double lo = kInf, hi = 0.0;
        for (double e : m_epsilons)
            if (std::isfinite(e)) {
                lo = std::min(lo, e);
                hi = std::max(hi, e);
            }
        const bool epsilonMetric =
            m_attackMetric->currentData().toString() == QLatin1String("epsilon_lower_bound");
        if (std::isfinite(lo))
            for (int i = 0; i <= 200; ++i) {
                const double e = lo / 1.5 * std::pow(hi * 1.5 / (lo / 1.5), i / 200.0);
                bound->addData(e, ceiling(e));
            }
        double top = epsilonMetric ? hi : 0.0;
        int colour = 1;
        for (const QString& attack : m_attacks) {
            auto* graph = m_attack->addGraph();
            graph->setName(attack);
            const QColor c = seriesColour(std::size_t(colour++));
            graph->setLineStyle(QCPGraph::lsNone);
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, c, 7));
            auto* mean = m_attack->addGraph();
            mean->setPen(QPen(c, 1.5));
            mean->removeFromLegend();
            std::vector<std::size_t> index;
            std::map<double, std::vector<double>> byEpsilon;
            for (std::size_t i = 0; i < m_points.size(); ++i) {
                const double v = attackValue(m_points[i], attack);
                if (m_points[i].runId == 0 || std::isnan(v)) continue;
                graph->addData(xFor(m_points[i].targetEpsilon), v);
                index.push_back(i);
                byEpsilon[xFor(m_points[i].targetEpsilon)].push_back(v);
                top = std::max(top, v);
            }
            for (const auto& [x, values] : byEpsilon)
                mean->addData(x, std::accumulate(values.begin(), values.end(), 0.0) / double(values.size()));
            m_pointGraphs.emplace_back(graph, index);
        }
        m_attack->yAxis->setLabel(m_attackMetric->currentText());
        const QString key = m_attackMetric->currentData().toString();
        if (key == QLatin1String("auc"))
            m_attack->yAxis->setRange(0.45, std::min(1.02, std::max(0.75, top + 0.05)));
        else if (epsilonMetric)
            m_attack->yAxis->setRange(0.0, std::max(1.0, top * 1.1));
        else
            m_attack->yAxis->setRange(0.0, std::min(1.02, std::max(0.05, top * 1.3)));
    }
    m_utility->replot();
    m_attack->replot();
}

int TradeoffExplorerView::pointAt(QCustomPlot* plot, const QPointF& pixel) const
{
    int best = -1;
    double bestDistance = 10.0;
    for (const auto& [graph, index] : m_pointGraphs) {
        if (graph->parentPlot() != plot) continue;
        int k = 0;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it, ++k) {
            const QPointF p = graph->coordsToPixels(it->key, it->value);
            const double d = std::hypot(p.x() - pixel.x(), p.y() - pixel.y());
            if (d < bestDistance && std::size_t(k) < index.size()) {
                bestDistance = d;
                best = int(index[std::size_t(k)]);
            }
        }
    }
    return best;
}

QString TradeoffExplorerView::pointDescription(std::size_t index) const
{
    const jobs::SweepPoint& p = m_points.at(index);
    const attack::TargetFigures t = p.summary.target.value_or(attack::TargetFigures{});
    QString text = tr("Target epsilon %1, seed %2 (run %3)")
                       .arg(epsilonLabel(p.targetEpsilon))
                       .arg(p.repeat + 1)
                       .arg(p.runId);
    if (p.summary.dp)
        text += QLatin1Char('\n') + tr("Accountant epsilon %1 at delta %2; sigma %3, q %4, %5 steps")
                                        .arg(QLocale().toString(t.epsilon, 'f', 3))
                                        .arg(QLocale().toString(t.delta, 'g', 3))
                                        .arg(QLocale().toString(t.noiseMultiplier, 'f', 3))
                                        .arg(QLocale().toString(t.samplingRate, 'g', 4))
                                        .arg(t.steps);
    else
        text += QLatin1Char('\n') + tr("No differential privacy");
    text += QLatin1Char('\n') + tr("Accuracy %1, task AUC %2, loss %3")
                                    .arg(QLocale().toString(t.testAccuracy, 'f', 4))
                                    .arg(QLocale().toString(t.testAuc, 'f', 4))
                                    .arg(QLocale().toString(t.testLoss, 'f', 4));
    for (auto it = p.attacks.begin(); it != p.attacks.end(); ++it) {
        const metrics::AttackMetrics& m = it.value();
        text += QLatin1Char('\n') + tr("%1: AUC %2, TPR at 0.1% FPR %3, empirical epsilon >= %4")
                                        .arg(it.key())
                                        .arg(QLocale().toString(m.auc, 'f', 3))
                                        .arg(QLocale().toString(m.tprAt(0.001), 'f', 4))
                                        .arg(QLocale().toString(m.epsilonLowerBound.epsilon, 'f', 2));
    }
    return text;
}

QString TradeoffExplorerView::saveCsv(const QString& path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return tr("Cannot write '%1': %2").arg(path, f.errorString());
    QByteArray out = "target_epsilon,repeat,run,accountant_epsilon,noise_multiplier,sampling_rate,steps,"
                     "accuracy,task_auc,loss";
    for (const QString& a : m_attacks)
        for (const char* m : {"auc", "tpr_at_0.001", "tpr_at_0.01", "advantage", "epsilon_lower_bound"})
            out += ',' + a.toUtf8() + '_' + m;
    out += '\n';
    for (const jobs::SweepPoint& p : m_points) {
        if (p.runId == 0) continue;
        const attack::TargetFigures t = p.summary.target.value_or(attack::TargetFigures{});
        const auto real = [](double v) {
            return std::isfinite(v) ? QByteArray::number(v, 'g', 10) : QByteArray("inf");
        };
        out += (std::isfinite(p.targetEpsilon) ? QByteArray::number(p.targetEpsilon, 'g', 10)
                                               : QByteArray("inf")) +
               ',' + QByteArray::number(p.repeat + 1) + ',' + QByteArray::number(qint64(p.runId)) + ',' +
               real(p.summary.accountantEpsilon()) + ',' + real(t.noiseMultiplier) + ',' +
               real(t.samplingRate) + ',' + real(double(t.steps)) + ',' + real(t.testAccuracy) + ',' +
               real(t.testAuc) + ',' + real(t.testLoss);
        for (const QString& a : m_attacks) {
            const auto found = p.attacks.find(a);
            if (found == p.attacks.end()) { // the attack did not run at this point: empty fields
                out += ",,,,,";
                continue;
            }
            const metrics::AttackMetrics& m = found.value();
            out += ',' + real(m.auc) + ',' + real(m.tprAt(0.001)) + ',' + real(m.tprAt(0.01)) + ',' +
                   real(m.advantage) + ',' + real(m.epsilonLowerBound.epsilon);
        }
        out += '\n';
    }
    f.write(out);
    return f.commit() ? QString() : tr("Cannot write '%1': %2").arg(path, f.errorString());
}

void TradeoffExplorerView::exportAll()
{
    const QString base =
        QFileDialog::getSaveFileName(this, tr("Export Trade-off"), QStringLiteral("tradeoff.pdf"),
                                     tr("PDF document (*.pdf);;SVG vector image (*.svg);;PNG image (*.png)"));
    if (base.isEmpty()) return;
    const QFileInfo info(base);
    const QString stem = info.dir().filePath(info.completeBaseName());
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("pdf") : info.suffix();
    QStringList errors;
    for (const auto& [plot, name] : {std::pair{m_utility, QStringLiteral("-utility.")},
                                     std::pair{m_attack, QStringLiteral("-attacks.")}})
        if (const QString err = savePlot(plot, stem + name + suffix); !err.isEmpty()) errors << err;
    if (const QString err = saveCsv(stem + QStringLiteral(".csv")); !err.isEmpty()) errors << err;
    if (!errors.isEmpty()) Q_EMIT errorOccurred(errors.join(QLatin1Char(' ')));
}

} // namespace privaudit::ui
