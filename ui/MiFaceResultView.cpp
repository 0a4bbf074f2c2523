#include "MiFaceResultView.h"

#include "Palette.h"
#include "project/ProjectStore.h"

#include <algorithm>
#include <qcustomplot.h>
#include <QHeaderView>
#include <QTableWidget>

namespace privaudit::ui {

MiFaceResultView::MiFaceResultView(QWidget* parent)
    : SectionResultView(QStringLiteral("miFace"), QStringLiteral("miFaceMeasures"),
                        QStringLiteral("miFaceDistances"), report::MiFaceSection::columns(),
                        report::MiFaceSection::method(), QStringLiteral("mi-face.pdf"), parent),
      m_representatives(new QTableWidget(this))
{
    m_representatives->setObjectName(QStringLiteral("miFaceRepresentatives"));
    m_representatives->setColumnCount(6);
    m_representatives->setHorizontalHeaderLabels({tr("Class"), tr("Confidence"), tr("Stopped by"),
                                                  tr("Closest member"), tr("Closest held-out row"),
                                                  tr("Representative")});
    m_representatives->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_representatives->horizontalHeader()->setStretchLastSection(true);
    m_representatives->verticalHeader()->setVisible(false);
    m_representatives->setMinimumHeight(180);
    addBelowPlot(m_representatives, 2);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
}

QString MiFaceResultView::load(const project::ProjectStore& store, qint64 runId)
{
    const auto run = store.run(runId);
    if (!run) return run.error();
    if (run->type() != project::RunKind::ModelInversion)
        return tr("Run %1 is not an MI-Face run.").arg(runId);
    if (run->status != project::RunStatus::Completed)
        return tr("Run %1 has no results: it is %2.").arg(runId).arg(project::runStatusText(run->status));
    const auto section = report::MiFaceSection::read(store, *run);
    if (!section) return section.error();
    showSection(runId, tr("Run %1: %2").arg(runId).arg(section->name), run->finishedAt, section->scope(),
                section->findings, section->rows());
    plot(*section);
    fillRepresentatives(*section);
    return {};
}

void MiFaceResultView::plot(const report::MiFaceSection& section)
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    const attack::MiFaceResult& r = section.summary.result;
    double top = 0.0;
    for (const attack::MiFaceRecord& x : r.records)
        top = std::max({top, x.memberDistance, x.nonMemberDistance});
    top = top > 0.0 ? 1.1 * top : 1.0;
    auto* diagonal = m_plot->addGraph();
    diagonal->setName(tr("equally near both (above: nearer a member)"));
    diagonal->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    diagonal->setData({0.0, top}, {0.0, top});
    for (int c = 0; c < r.classes.size(); ++c) {
        auto* g = m_plot->addGraph();
        g->setName(tr("class %1").arg(r.classes[c]));
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, seriesColour(std::size_t(c)), 8));
        for (const attack::MiFaceRecord& x : r.records)
            if (x.cls == c) g->addData(x.memberDistance, x.nonMemberDistance);
    }
    m_plot->xAxis->setLabel(tr("distance to the closest member"));
    m_plot->yAxis->setLabel(tr("distance to the closest held-out row"));
    m_plot->xAxis->setRange(0.0, top);
    m_plot->yAxis->setRange(0.0, top);
    m_plot->replot();
}

void MiFaceResultView::fillRepresentatives(const report::MiFaceSection& section)
{
    const attack::MiFaceResult& r = section.summary.result;
    const QLocale locale;
    m_representatives->setRowCount(int(r.records.size()));
    for (int i = 0; i < int(r.records.size()); ++i) {
        const attack::MiFaceRecord& x = r.records[std::size_t(i)];
        const QString stop = x.stop == QLatin1String("confidence")       ? tr("confidence reached")
                             : x.stop == QLatin1String("no-improvement") ? tr("no improvement")
                                                                         : tr("step budget");
        const QStringList cells{r.classes.value(x.cls),
                                locale.toString(100.0 * x.confidence, 'f', 1) + QLatin1Char('%'),
                                tr("%1 after %2 steps").arg(stop).arg(x.iterations),
                                locale.toString(x.memberDistance, 'g', 3),
                                locale.toString(x.nonMemberDistance, 'g', 3),
                                x.values.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c)
            m_representatives->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_representatives->resizeColumnsToContents();
}

} // namespace privaudit::ui
