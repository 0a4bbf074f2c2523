#include "CanaryResultView.h"

#include "Palette.h"
#include "project/ProjectStore.h"

#include <cmath>
#include <qcustomplot.h>
#include <QJsonDocument>
#include <QTableWidget>

namespace privaudit::ui {

CanaryResultView::CanaryResultView(QWidget* parent)
    : SectionResultView(QStringLiteral("canary"), QStringLiteral("canaryLevels"),
                        QStringLiteral("canaryExposure"), report::MemorisationSection::columns(),
                        report::MemorisationSection::method(), QStringLiteral("canary-exposure.pdf"), parent)
{
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

QString CanaryResultView::load(const project::ProjectStore& store, qint64 runId)
{
    const auto run = store.run(runId);
    if (!run) return run.error();
    if (run->type() != project::RunKind::CanaryExposure)
        return tr("Run %1 is not a canary-exposure run.").arg(runId);
    if (run->status != project::RunStatus::Completed)
        return tr("Run %1 has no results: it is %2.").arg(runId).arg(project::runStatusText(run->status));
    const auto section = report::MemorisationSection::read(store, *run);
    if (!section) return section.error();
    // The per-canary exposures are the run's results, one per level.
    std::vector<metrics::ExposureLevel> levels;
    if (const auto results = store.results(runId))
        for (const project::ResultRecord& r : *results)
            levels.push_back(
                metrics::ExposureLevel::fromJson(QJsonDocument::fromJson(r.metricsJson).object()));
    showSection(runId, tr("Run %1: %2").arg(runId).arg(section->name), run->finishedAt, section->scope(),
                section->findings, section->rows());
    plot(*section, levels);
    return {};
}

void CanaryResultView::plot(const report::MemorisationSection& section,
                            const std::vector<metrics::ExposureLevel>& levels)
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    // One row per level (controls on top), exposure along x: graphs keyed on the y axis.
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int n = int(levels.size());
    for (int i = 0; i < n; ++i)
        ticker->addTick(double(n - 1 - i), levels[std::size_t(i)].repetitions == 0
                                               ? tr("controls")
                                               : tr("inserted %1x").arg(levels[std::size_t(i)].repetitions));
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setRange(-1.0, double(n));
    const double ceiling =
        section.summary.references > 0 ? std::log2(double(section.summary.references)) : 16.0;
    m_plot->xAxis->setRange(-0.5, std::ceil(ceiling) + 0.5);
    m_plot->xAxis->setLabel(tr("exposure in bits: each canary, and the level's mean with its 95% interval"));

    auto* canaries = m_plot->addGraph(m_plot->yAxis, m_plot->xAxis);
    canaries->setName(tr("canaries"));
    canaries->setLineStyle(QCPGraph::lsNone);
    canaries->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, seriesColour(std::size_t(1)), 6));
    auto* means = m_plot->addGraph(m_plot->yAxis, m_plot->xAxis);
    means->setName(tr("mean of the level (95% interval)"));
    means->setLineStyle(QCPGraph::lsNone);
    means->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, seriesColour(std::size_t(0)), 9));
    auto* bars = new QCPErrorBars(m_plot->yAxis, m_plot->xAxis);
    bars->setDataPlottable(means);
    bars->setPen(QPen(seriesColour(std::size_t(0)), 1.5));
    bars->removeFromLegend();
    QVector<double> minus, plus;
    for (int i = 0; i < n; ++i) {
        const metrics::ExposureLevel& l = levels[std::size_t(i)];
        const double y = double(n - 1 - i);
        for (const double e : l.interpolated)
            canaries->addData(y - 0.18, e);
        means->addData(y, l.meanInterpolated);
        minus << (l.hasInterval ? l.meanInterpolated - l.low : 0.0);
        plus << (l.hasInterval ? l.high - l.meanInterpolated : 0.0);
    }
    bars->setData(minus, plus);
    auto* chance = new QCPItemStraightLine(m_plot);
    chance->point1->setCoords(section.summary.chance, -1.0);
    chance->point2->setCoords(section.summary.chance, double(n));
    chance->setPen(QPen(Qt::gray, 1.2, Qt::DashLine));
    auto* label = new QCPItemText(m_plot);
    label->position->setCoords(section.summary.chance, double(n) - 0.4);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label->setText(QLatin1Char(' ') + tr("chance"));
    label->setColor(Qt::gray);
    m_plot->replot();
}

} // namespace privaudit::ui
