#include "ReconstructionResultView.h"

#include "Palette.h"
#include "project/ProjectStore.h"
#include "SubgroupPanel.h"

#include <qcustomplot.h>
#include <QTableWidget>

namespace privaudit::ui {

ReconstructionResultView::ReconstructionResultView(QWidget* parent)
    : SectionResultView(QStringLiteral("reconstruction"), QStringLiteral("reconstructionMeasures"),
                        QStringLiteral("reconstructionRows"), report::InversionSection::columns(),
                        report::InversionSection::method(), QStringLiteral("reconstruction.pdf"), parent),
      m_subgroups(new SubgroupPanel(this))
{
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_subgroups->setMinimumHeight(220);
    addBelowPlot(m_subgroups, 2);
}

QString ReconstructionResultView::load(const project::ProjectStore& store, qint64 runId)
{
    const auto run = store.run(runId);
    if (!run) return run.error();
    if (run->type() != project::RunKind::Reconstruction)
        return tr("Run %1 is not a reconstruction run.").arg(runId);
    if (run->status != project::RunStatus::Completed)
        return tr("Run %1 has no results: it is %2.").arg(runId).arg(project::runStatusText(run->status));
    const auto section = report::InversionSection::read(store, *run);
    if (!section) return section.error();
    showSection(runId, tr("Run %1: %2").arg(runId).arg(section->name), run->finishedAt, section->scope(),
                section->findings, section->rows());
    plot(*section);
    m_subgroups->setRun(store.path(), runId, SubgroupPanel::splittableColumns(store, *run),
                        project::RunKind::Reconstruction);
    return {};
}

void ReconstructionResultView::plot(const report::InversionSection& section)
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    const auto& rows = section.summary.result.rows;
    auto* adversary = m_plot->addGraph();
    adversary->setName(tr("informed adversary"));
    adversary->setLineStyle(QCPGraph::lsNone);
    adversary->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, seriesColour(std::size_t(0)), 8));
    auto* baseline = m_plot->addGraph();
    baseline->setName(tr("baseline: class-conditional mean or mode"));
    baseline->setLineStyle(QCPGraph::lsNone);
    baseline->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, seriesColour(std::size_t(1)), 8));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        adversary->addData(double(i + 1), 100.0 * rows[i].hitRate);
        baseline->addData(double(i + 1), 100.0 * rows[i].baselineHitRate);
    }
    m_plot->xAxis->setLabel(tr("reconstructed row"));
    m_plot->yAxis->setLabel(tr("columns recovered (%)"));
    m_plot->xAxis->setRange(0.0, double(rows.size()) + 1.0);
    m_plot->yAxis->setRange(-5.0, 165.0); // room above 100% for the legend, clear of the points
    m_plot->replot();
}

} // namespace privaudit::ui
