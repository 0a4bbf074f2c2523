#include "AttributeResultView.h"

#include "attack/attribute/AttributeInference.h"
#include "Palette.h"
#include "project/ProjectStore.h"
#include "SubgroupPanel.h"

#include <qcustomplot.h>
#include <QTableWidget>

namespace privaudit::ui {

AttributeResultView::AttributeResultView(QWidget* parent)
    : SectionResultView(QStringLiteral("attribute"), QStringLiteral("attributeAttacks"),
                        QStringLiteral("attributeAccuracy"), report::attributeColumns(),
                        report::attributeMethod(), QStringLiteral("attribute-inference.pdf"), parent),
      m_subgroups(new SubgroupPanel(this))
{
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_subgroups->setMinimumHeight(260);
    addBelowPlot(m_subgroups, 2);
}

QString AttributeResultView::load(const project::ProjectStore& store, qint64 runId)
{
    const auto run = store.run(runId);
    if (!run) return run.error();
    if (run->type() != project::RunKind::AttributeInference)
        return tr("Run %1 is not an attribute-inference run.").arg(runId);
    if (run->status != project::RunStatus::Completed)
        return tr("Run %1 has no results: it is %2.").arg(runId).arg(project::runStatusText(run->status));
    const auto section = report::AttributeSection::read(store, *run);
    if (!section) return section.error();
    showSection(runId, tr("Run %1: %2").arg(runId).arg(section->name), run->finishedAt,
                report::attributeScope(*section), section->findings, report::attributeRows(*section));
    plot(*section);
    m_subgroups->setRun(store.path(), runId, SubgroupPanel::splittableColumns(store, *run),
                        project::RunKind::AttributeInference);
    return {};
}

void AttributeResultView::plot(const report::AttributeSection& section)
{
    m_plot->clearPlottables();
    // One row per attack (first on top), accuracy along x: graphs keyed on the y axis.
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int n = int(section.attacks.size());
    for (int i = 0; i < n; ++i)
        ticker->addTick(double(n - 1 - i),
                        attack::attributeAttackTitle(section.attacks[std::size_t(i)].attack));
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setRange(-1.0, double(n));
    m_plot->xAxis->setRange(0.0, 1.0);
    m_plot->xAxis->setLabel(tr("share of candidates whose value the attack got right (95% interval)"));
    const QString names[2] = {tr("members (training records)"), tr("non-members")};
    for (int side = 0; side < 2; ++side) {
        auto* graph = m_plot->addGraph(m_plot->yAxis, m_plot->xAxis);
        graph->setName(names[side]);
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, seriesColour(std::size_t(side)), 8));
        auto* bars = new QCPErrorBars(m_plot->yAxis, m_plot->xAxis);
        bars->setDataPlottable(graph);
        bars->setPen(QPen(seriesColour(std::size_t(side)), 1.5));
        bars->removeFromLegend();
        QVector<double> minus, plus;
        for (int i = 0; i < n; ++i) {
            const auto& m = section.attacks[std::size_t(i)];
            const metrics::AttributeSide& s = side == 0 ? m.members : m.nonMembers;
            graph->addData(double(n - 1 - i) + (side == 0 ? 0.12 : -0.12), s.accuracy);
            minus << s.accuracy - s.accuracyCi.low;
            plus << s.accuracyCi.high - s.accuracy;
        }
        bars->setData(minus, plus);
    }
    m_plot->replot();
}

} // namespace privaudit::ui
