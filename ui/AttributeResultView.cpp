#include "AttributeResultView.h"

#include "attack/attribute/AttributeInference.h"
#include "Palette.h"
#include "PlotExport.h"
#include "project/ProjectStore.h"

#include <qcustomplot.h>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace privaudit::ui {

AttributeResultView::AttributeResultView(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_scope(new QLabel(this)), m_findings(new QLabel(this)),
      m_table(new QTableWidget(this)), m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("attributeResultView"));
    m_findings->setObjectName(QStringLiteral("attributeFindings"));
    m_table->setObjectName(QStringLiteral("attributeAttacks"));
    m_plot->setObjectName(QStringLiteral("attributeAccuracy"));
    for (QLabel* label : {m_title, m_scope, m_findings}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_findings->setStyleSheet(QStringLiteral("font-weight: bold;"));
    const QStringList columns = report::attributeColumns();
    m_table->setColumnCount(int(columns.size()));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(160);
    m_plot->setMinimumHeight(240);
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(QColor(255, 255, 255, 230));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

    auto* exportPlot = new QPushButton(tr("Export Plot…"), this);
    connect(exportPlot, &QPushButton::clicked, this, [this] {
        if (const QString err =
                exportPlotInteractively(m_plot, this, QStringLiteral("attribute-inference.pdf"));
            !err.isEmpty())
            Q_EMIT errorOccurred(err);
    });
    auto* method = new QLabel(report::attributeMethod(), this);
    method->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_scope);
    layout->addWidget(m_findings);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_plot, 2);
    layout->addWidget(exportPlot, 0, Qt::AlignLeft);
    layout->addWidget(method);
}

QString AttributeResultView::findingsText() const
{
    return m_findings->text();
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
    m_runId = runId;
    m_title->setText(
        QStringLiteral("<b>%1</b> (%2)")
            .arg(tr("Run %1: %2").arg(runId).arg(section->name).toHtmlEscaped(), run->finishedAt));
    m_scope->setText(report::attributeScope(*section));
    m_findings->setText(section->findings.join(QLatin1Char('\n')));
    const auto rows = report::attributeRows(*section);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r)
        for (int col = 0; col < int(rows[std::size_t(r)].size()); ++col)
            m_table->setItem(r, col, new QTableWidgetItem(rows[std::size_t(r)][col]));
    m_table->resizeRowsToContents();
    plot(*section);
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
