#include "SectionResultView.h"

#include "PlotExport.h"

#include <qcustomplot.h>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace privaudit::ui {

SectionResultView::SectionResultView(const QString& name, const QString& tableName, const QString& plotName,
                                     const QStringList& columns, const QString& method,
                                     const QString& exportName, QWidget* parent)
    : QWidget(parent), m_table(new QTableWidget(this)), m_plot(new QCustomPlot(this)),
      m_title(new QLabel(this)), m_scope(new QLabel(this)), m_findings(new QLabel(this))
{
    setObjectName(name + QStringLiteral("ResultView"));
    m_findings->setObjectName(name + QStringLiteral("Findings"));
    m_table->setObjectName(tableName);
    m_plot->setObjectName(plotName);
    for (QLabel* label : {m_title, m_scope, m_findings}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_findings->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_table->setColumnCount(int(columns.size()));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(120);
    m_plot->setMinimumHeight(240);
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(QColor(255, 255, 255, 230));

    auto* exportPlot = new QPushButton(tr("Export Plot…"), this);
    connect(exportPlot, &QPushButton::clicked, this, [this, exportName] {
        if (const QString err = exportPlotInteractively(m_plot, this, exportName); !err.isEmpty())
            Q_EMIT errorOccurred(err);
    });
    auto* methodLabel = new QLabel(method, this);
    methodLabel->setWordWrap(true);
    // In a scroll area: long findings (a French DP run has four lines) and the method must not squeeze the
    // plot under its minimum height in a small tab, where the widgets would overlap.
    auto* content = new QWidget(this);
    for (QWidget* w : std::initializer_list<QWidget*>{m_title, m_scope, m_findings, m_table, m_plot,
                                                      exportPlot, methodLabel})
        w->setParent(content);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_scope);
    layout->addWidget(m_findings);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_plot, 2);
    layout->addWidget(exportPlot, 0, Qt::AlignLeft);
    layout->addWidget(methodLabel);
    m_method = methodLabel;
    scroll->setWidget(content);
}

void SectionResultView::addBelowPlot(QWidget* widget, int stretch)
{
    auto* layout = static_cast<QVBoxLayout*>(m_method->parentWidget()->layout());
    layout->insertWidget(layout->indexOf(m_method), widget, stretch);
}

QString SectionResultView::findingsText() const
{
    return m_findings->text();
}

void SectionResultView::showSection(qint64 runId, const QString& title, const QString& finishedAt,
                                    const QString& scope, const QStringList& findings,
                                    const std::vector<QStringList>& rows)
{
    m_runId = runId;
    m_title->setText(QStringLiteral("<b>%1</b> (%2)").arg(title.toHtmlEscaped(), finishedAt));
    m_scope->setText(scope);
    m_findings->setText(findings.join(QLatin1Char('\n')));
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r)
        for (int col = 0; col < int(rows[std::size_t(r)].size()); ++col)
            m_table->setItem(r, col, new QTableWidgetItem(rows[std::size_t(r)][col]));
    m_table->resizeRowsToContents();
}

} // namespace privaudit::ui
