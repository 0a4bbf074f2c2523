#include "AuditResultView.h"

#include "Background.h"
#include "Palette.h"
#include "PlotExport.h"
#include "project/ProjectStore.h"

#include <algorithm>
#include <cmath>
#include <qcustomplot.h>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace privaudit::ui {

AuditResultView::AuditResultView(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_verdict(new QLabel(this)),
      m_figures(new QTableWidget(this)), m_histogram(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("auditResultView"));
    m_verdict->setObjectName(QStringLiteral("auditVerdict"));
    m_figures->setObjectName(QStringLiteral("auditFigures"));
    m_histogram->setObjectName(QStringLiteral("auditHistogram"));
    m_title->setWordWrap(true);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setColumnCount(2);
    m_figures->setHorizontalHeaderLabels({tr("Figure"), tr("Value")});
    m_figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_figures->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_figures->verticalHeader()->setVisible(false);
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setWordWrap(true);
    m_figures->setMinimumWidth(420);
    m_histogram->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_histogram->legend->setVisible(true);
    m_histogram->legend->setBrush(QColor(255, 255, 255, 230));
    m_histogram->setMinimumHeight(220);

    auto* exportHistogram = new QPushButton(tr("Export Histogram…"), this);
    connect(exportHistogram, &QPushButton::clicked, this, [this] {
        if (const QString err = exportPlotInteractively(m_histogram, this, QStringLiteral("canaries.pdf"));
            !err.isEmpty())
            Q_EMIT errorOccurred(err);
    });
    auto* method = new QLabel(
        tr("Privacy auditing with one training run (Steinke, Nasr & Jagielski, NeurIPS 2023): each canary "
           "joined the training set with probability 1/2; the guesses (the highest scores IN, the lowest "
           "OUT) were fixed before looking at which canaries were included. The bound holds with the stated "
           "confidence; it can refute a DP claim, never prove one."),
        this);
    method->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_verdict);
    layout->addWidget(method);
    auto* body = new QHBoxLayout;
    body->addWidget(m_figures, 2);
    auto* plotColumn = new QVBoxLayout;
    plotColumn->addWidget(m_histogram, 1);
    plotColumn->addWidget(exportHistogram, 0, Qt::AlignLeft);
    body->addLayout(plotColumn, 3);
    layout->addLayout(body, 1);
}

QString AuditResultView::verdictText() const
{
    return m_verdict->text();
}

QString AuditResultView::load(const project::ProjectStore& store, qint64 runId)
{
    const auto run = store.run(runId);
    if (!run) return run.error();
    if (run->type() != project::RunKind::OneRunAudit) return tr("Run %1 is not a one-run audit.").arg(runId);
    if (run->status != project::RunStatus::Completed)
        return tr("Run %1 has no results: it is %2.").arg(runId).arg(project::runStatusText(run->status));
    m_runId = runId;
    m_loaded = false;
    m_summary = attack::OneRunAuditSummary::fromJson(run->summary);
    const attack::OneRunAuditSummary& s = m_summary;
    const QLocale locale;
    m_title->setText(tr("<b>Run %1: %2</b> (%3)")
                         .arg(runId)
                         .arg(project::builtInText(run->name).toHtmlEscaped(), run->finishedAt));
    m_verdict->setText(s.verdict());
    // A contradiction of the accountant is an error, not a remark.
    m_verdict->setStyleSheet(s.exceedsAccountant() ? QStringLiteral("color: #b00020; font-weight: bold;")
                                                   : QStringLiteral("font-weight: bold;"));
    const auto number = [&](double v, int decimals) { return locale.toString(v, 'f', decimals); };
    const std::vector<std::pair<QString, QString>> rows = {
        {tr("Empirical epsilon ≥"),
         tr("%1 (%2% confidence)").arg(number(s.epsilonLowerBound, 3), number(100.0 * s.confidence, 0))},
        {tr("Accountant's epsilon"),
         s.dp ? tr("%1 at delta %2").arg(number(s.accountantEpsilon, 3), locale.toString(s.delta, 'g', 3))
              : tr("none (trained without DP)")},
        {tr("Right guesses"), tr("%1 of %2").arg(s.correct).arg(s.guesses)},
        {tr("Canaries"), tr("%1, of which %2 included").arg(s.canaries).arg(s.included)},
        {tr("Canary labels"), s.mislabelled ? tr("changed to a wrong class") : tr("kept")},
        {tr("Training rows besides the canaries"), locale.toString(qlonglong(s.members))},
        {tr("Training accuracy (without canaries)"), number(s.trainAccuracy, 3)},
        {tr("DP-SGD"), s.dp ? tr("σ %1, sampling rate %2, %3 steps, %4 epochs")
                                  .arg(number(s.noiseMultiplier, 3), locale.toString(s.samplingRate, 'g', 3))
                                  .arg(s.steps)
                                  .arg(s.epochs)
                            : tr("not used (%1 epochs)").arg(s.epochs)},
    };
    m_figures->setRowCount(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        m_figures->setItem(i, 0, new QTableWidgetItem(rows[std::size_t(i)].first));
        m_figures->setItem(i, 1, new QTableWidgetItem(rows[std::size_t(i)].second));
    }
    m_figures->resizeRowsToContents();
    const auto results = store.results(runId);
    if (!results) return results.error();
    if (results->empty()) return tr("Run %1 stored no canary scores.").arg(runId);
    const QString path = store.path();
    const std::int64_t resultId = results->front().id;
    // The scores can be a few megabytes: read on a worker thread with its own read-only connection.
    runInBackground(
        this,
        [path, resultId]() -> Expected<project::RecordScores> {
            auto own = project::ProjectStore::open(path, project::ProjectStore::Access::ReadOnly);
            if (!own) return Expected<project::RecordScores>::failure(own.error());
            return own.value()->scores(resultId);
        },
        [this](const Expected<project::RecordScores>& scores) {
            if (!scores) {
                Q_EMIT errorOccurred(scores.error());
                return;
            }
            showScores(*scores);
            m_loaded = true;
            Q_EMIT loaded();
        });
    return {};
}

void AuditResultView::showScores(const project::RecordScores& scores)
{
    m_histogram->clearPlottables();
    m_histogram->clearItems();
    std::vector<double> all = scores.scores;
    if (all.empty()) {
        m_histogram->replot();
        return;
    }
    std::sort(all.begin(), all.end());
    const double lo = all.front(), hi = all.back();
    const int bins = 40;
    const double width = hi > lo ? (hi - lo) / bins : 1.0;
    for (int series = 0; series < 2; ++series) {
        const bool in = series == 0;
        std::vector<double> counts(bins, 0.0);
        int n = 0;
        for (std::size_t i = 0; i < scores.scores.size(); ++i)
            if (scores.members[i] == in) {
                counts[std::size_t(std::clamp(int((scores.scores[i] - lo) / width), 0, bins - 1))] += 1.0;
                ++n;
            }
        auto* g = m_histogram->addGraph();
        g->setName(in ? tr("included canaries (%1)").arg(n) : tr("left-out canaries (%1)").arg(n));
        g->setLineStyle(QCPGraph::lsStepCenter);
        const QColor colour = seriesColour(std::size_t(series));
        g->setPen(QPen(colour, 2));
        QColor fill = colour;
        fill.setAlpha(40);
        g->setBrush(fill);
        for (int b = 0; b < bins; ++b)
            g->addData(lo + (b + 0.5) * width, counts[std::size_t(b)]);
    }
    // The guessing thresholds: the r/2-th highest and the r/2-th lowest score.
    const std::size_t half = std::size_t(std::max(1, m_summary.guesses / 2));
    if (half <= all.size()) {
        for (const double x : {all[all.size() - half], all[half - 1]}) {
            auto* line = new QCPItemStraightLine(m_histogram);
            line->point1->setCoords(x, 0);
            line->point2->setCoords(x, 1);
            line->setPen(QPen(Qt::gray, 1, Qt::DashLine));
        }
    }
    m_histogram->xAxis->setLabel(tr("canary score (negated loss)"));
    m_histogram->setToolTip(tr("Dashed lines: the guessing thresholds. Canaries right of the upper one were "
                               "guessed IN, left of the lower one OUT."));
    m_histogram->yAxis->setLabel(tr("canaries"));
    m_histogram->rescaleAxes();
    const double margin = 0.03 * (hi > lo ? hi - lo : 1.0); // the outer guessing lines stay visible
    m_histogram->xAxis->setRange(lo - margin, hi + margin);
    m_histogram->yAxis->setRangeUpper(m_histogram->yAxis->range().upper * 1.05);
    m_histogram->replot();
}

} // namespace privaudit::ui
