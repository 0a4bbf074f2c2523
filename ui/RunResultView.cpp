#include "RunResultView.h"

#include "assess/Review.h"
#include "attack/AttackCatalogue.h"
#include "attack/MembershipRunSummary.h"
#include "Background.h"
#include "data/CsvImporter.h"
#include "data/TableEncoder.h"
#include "jobs/JobSpec.h"
#include "metrics/MembershipMetrics.h"
#include "metrics/Utility.h"
#include "Palette.h"
#include "PlotExport.h"
#include "project/ProjectStore.h"
#include "report/CounterfactualSection.h"
#include "ScrollingText.h"
#include "SubgroupPanel.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <qcustomplot.h>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QToolTip>
#include <QVBoxLayout>

namespace privaudit::ui {

namespace {

QString probability(double v)
{
    return QLocale().toString(v, 'f', 4); // one number convention per view: the interface language's
}

} // namespace

RunResultView::RunResultView(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)),
      m_designate(new QPushButton(tr("Designate as Model under &Review"), this)),
      m_warnings(new QLabel(this)), m_log(new QCheckBox(tr("Log-log scale"), this)),
      m_histogramAttack(new QComboBox(this)), m_roc(new QCustomPlot(this)),
      m_histogram(new QCustomPlot(this)), m_metrics(new QTableWidget(this)), m_exposed(new QTableWidget(this))
{
    setObjectName(QStringLiteral("runResultView"));
    m_roc->setObjectName(QStringLiteral("rocPlot"));
    m_histogram->setObjectName(QStringLiteral("histogramPlot"));
    m_metrics->setObjectName(QStringLiteral("metricsTable"));
    m_exposed->setObjectName(QStringLiteral("exposedTable"));
    m_title->setWordWrap(true);
    m_warnings->setObjectName(QStringLiteral("runWarnings"));
    m_warnings->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    // Many warnings (four attacks, each with its own) must not squeeze the plots: at most about five lines
    // are shown, the rest scroll.
    m_warningsArea = scrollingText(m_warnings, this, 5);
    m_warningsArea->setVisible(false);
    m_log->setChecked(true);
    for (QCustomPlot* plot : {m_roc, m_histogram}) {
        plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectLegend);
        plot->legend->setVisible(true);
        plot->legend->setBrush(QColor(255, 255, 255, 230));
    }
    m_roc->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_roc->setMouseTracking(true);
    // Clicking a legend entry shows or hides that attack's curve (and its band).
    connect(m_roc, &QCustomPlot::legendClick, this,
            [this](QCPLegend*, QCPAbstractLegendItem* item, QMouseEvent*) {
                if (auto* pl = qobject_cast<QCPPlottableLegendItem*>(item)) {
                    const bool visible = !pl->plottable()->visible();
                    pl->plottable()->setVisible(visible);
                    pl->setTextColor(visible ? Qt::black : Qt::gray);
                    for (int g = 0; g < m_roc->graphCount(); ++g)
                        if (m_roc->graph(g)->property("bandOf").value<void*>() == pl->plottable())
                            m_roc->graph(g)->setVisible(visible);
                    m_roc->replot();
                }
            });
    connect(m_roc, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        const QString text = rocTooltipAt(event->position());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, m_roc);
    });
    connect(m_log, &QCheckBox::toggled, this, &RunResultView::rebuildRoc);
    connect(m_histogramAttack, &QComboBox::currentIndexChanged, this, &RunResultView::rebuildHistogram);

    m_metrics->setColumnCount(7);
    m_metrics->setHorizontalHeaderLabels({tr("Attack"), tr("AUC [95% CI]"), tr("Advantage"),
                                          tr("TPR at 0.1% FPR [95% CI]"), tr("TPR at 1% FPR [95% CI]"),
                                          tr("Empirical epsilon ≥"), tr("Members / non-members")});
    m_metrics->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_metrics->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_exposed->setColumnCount(3);
    m_exposed->setHorizontalHeaderLabels({tr("Data row"), tr("Attack score"), tr("Attack")});
    m_exposed->horizontalHeaderItem(0)->setToolTip(
        tr("Data rows are counted from 1; the header line is not counted."));
    m_exposed->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_exposed->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_exposed->setWordWrap(false); // a score never breaks across lines
    m_exposed->setToolTip(
        tr("Training records the strongest attack is surest about: double-click to see the dataset row"));
    connect(m_exposed, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        // Reading the dataset can take seconds for a large file: on a worker thread.
        const qint64 datasetRow = m_exposed->item(row, 0)->text().toLongLong() - 1; // shown from 1
        // Copies, not this: the view may close before the file is read.
        runInBackground(
            this,
            [path = m_datasetPath, hidden = m_hiddenColumns, datasetRow] {
                return datasetRowText(path, hidden, datasetRow);
            },
            [this](const QString& text) { QToolTip::showText(QCursor::pos(), text, m_exposed); });
    });

    auto* exportRoc = new QPushButton(tr("Export ROC…"), this);
    auto* exportHistogram = new QPushButton(tr("Export Histogram…"), this);
    connect(exportRoc, &QPushButton::clicked, this, [this] {
        if (const QString err = exportPlotInteractively(m_roc, this, QStringLiteral("roc.pdf"));
            !err.isEmpty())
            Q_EMIT errorOccurred(err);
    });
    connect(exportHistogram, &QPushButton::clicked, this, [this] {
        if (const QString err = exportPlotInteractively(m_histogram, this, QStringLiteral("scores.pdf"));
            !err.isEmpty())
            Q_EMIT errorOccurred(err);
    });
    m_designate->setObjectName(QStringLiteral("designateReview"));
    m_designate->setToolTip(
        tr("The report's findings, the risk matrix suggestions and a final report use the model under "
           "review; the other runs are comparisons."));
    connect(m_designate, &QPushButton::clicked, this, [this] { Q_EMIT designateRequested(m_runId); });
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_log);
    controls->addWidget(exportRoc);
    controls->addWidget(m_designate);
    controls->addStretch(1);
    controls->addWidget(new QLabel(tr("Histogram of:"), this));
    controls->addWidget(m_histogramAttack);
    controls->addWidget(exportHistogram);
    auto* plots = new QSplitter(Qt::Horizontal, this);
    plots->addWidget(m_roc);
    plots->addWidget(m_histogram);
    auto* tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(m_metrics);
    tables->addWidget(m_exposed);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 1);
    // Counterfactual memorisation from the reference models, when the run trained them.
    m_memorisation = new QWidget(this);
    m_memorisationText = new QLabel(m_memorisation);
    m_memorisationText->setObjectName(QStringLiteral("memorisationFindings"));
    m_memorisationText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_memorised = new QTableWidget(m_memorisation);
    m_memorised->setObjectName(QStringLiteral("memorisationTable"));
    m_memorised->setColumnCount(6);
    m_memorised->setHorizontalHeaderLabels(report::CounterfactualSection::columns()); // the report's table
    m_memorised->horizontalHeaderItem(1)->setToolTip(
        tr("Accuracy of the reference models on the record when they trained on it minus when they did not "
           "(Feldman & Zhang 2020), with its standard error."));
    m_memorised->horizontalHeaderItem(3)->setToolTip(
        tr("Permutation test of the loss form: how often re-splitting the reference models at random gives "
           "as large a difference."));
    m_memorised->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_memorised->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_memorised->setWordWrap(false);
    m_memorised->setToolTip(tr("Double-click a record to see its data row."));
    connect(m_memorised, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const qint64 datasetRow = m_memorised->item(row, 0)->text().toLongLong() - 1; // shown from 1
        QToolTip::showText(QCursor::pos(), datasetRowText(datasetRow), m_memorised);
    });
    auto* memorisationLayout = new QVBoxLayout(m_memorisation);
    memorisationLayout->setContentsMargins(0, 0, 0, 0);
    auto* memorisationTitle = new QLabel(tr("<b>Counterfactual memorisation</b>"), m_memorisation);
    memorisationLayout->addWidget(memorisationTitle);
    // The findings run to several lines: they scroll within a few lines, and the table keeps its height.
    memorisationLayout->addWidget(scrollingText(m_memorisationText, m_memorisation, 6, 3));
    memorisationLayout->addWidget(m_memorised, 1);
    m_bottom = new QTabWidget(this);
    m_bottom->setObjectName(QStringLiteral("resultTabs"));
    m_bottom->addTab(tables, tr("Attacks"));
    m_bottom->addTab(m_memorisation, tr("Memorisation"));
    m_bottom->setTabEnabled(1, false);
    m_subgroups = new SubgroupPanel(this);
    m_bottom->addTab(m_subgroups, tr("Subgroups"));
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(plots);
    vertical->addWidget(m_bottom);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setSizes({600, 250}); // the plots first: the tables are filled later, from a worker thread
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_warningsArea);
    layout->addLayout(controls);
    layout->addWidget(vertical, 1);
}

void RunResultView::showMemorisation(const attack::MembershipRunSummary& summary)
{
    m_memorised->setRowCount(0);
    m_bottom->setTabEnabled(1, summary.memorisation.has_value());
    m_bottom->setTabToolTip(
        1, summary.memorisation ? QString()
                                : tr("Measured by runs that train reference models (LiRA, RMIA, shadow)."));
    if (!summary.memorisation) {
        m_bottom->setCurrentIndex(0);
        m_memorisationText->clear();
        return;
    }
    report::CounterfactualSection section;
    section.summary = *summary.memorisation;
    m_memorisationText->setText(section.summary.findings().join(QStringLiteral("\n")));
    for (const QStringList& cells : section.rows()) { // the same rows as the report's table
        const int row = m_memorised->rowCount();
        m_memorised->insertRow(row);
        for (int c = 0; c < int(cells.size()); ++c)
            m_memorised->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
}

Expected<std::vector<RunResultView::Curve>> RunResultView::computeCurves(const QString& projectPath,
                                                                         qint64 runId)
{
    using Result = Expected<std::vector<Curve>>;
    // Its own read-only connection: this runs on a worker thread.
    auto store = project::ProjectStore::open(projectPath, project::ProjectStore::Access::ReadOnly);
    if (!store) return Result::failure(store.error());
    const auto results = store.value()->results(runId);
    if (!results) return Result::failure(results.error());
    std::vector<Curve> curves;
    for (const auto& r : *results) {
        const auto scores = store.value()->scores(r.id);
        if (!scores) return Result::failure(scores.error());
        Curve c;
        c.attack = r.attack;
        c.metrics = metrics::AttackMetrics::fromJson(r.metricsJson);
        const metrics::ScoredRecords records{scores->scores, scores->members};
        const metrics::RocCurve roc = metrics::rocCurve(records);
        const auto P = std::int64_t(records.positives());
        // Thin to at most ~2000 vertices for drawing, keeping the low-FPR end intact.
        const std::size_t step = std::max<std::size_t>(1, roc.fpr.size() / 2000);
        for (std::size_t i = 0; i < roc.fpr.size(); ++i) {
            if (i % step != 0 && roc.fpr[i] > 0.01 && i + 1 != roc.fpr.size()) continue;
            c.fpr.push_back(roc.fpr[i]);
            c.tpr.push_back(roc.tpr[i]);
            c.threshold.push_back(roc.thresholds[i]);
            const auto k = std::int64_t(std::llround(roc.tpr[i] * double(P)));
            c.low.push_back(metrics::clopperPearsonLower(k, P, 0.025));
            c.high.push_back(metrics::clopperPearsonUpper(k, P, 0.025));
        }
        for (std::size_t i = 0; i < scores->scores.size(); ++i)
            (scores->members[i] ? c.memberScores : c.nonMemberScores).push_back(scores->scores[i]);
        std::vector<std::size_t> order(scores->scores.size());
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::partial_sort(
            order.begin(), order.begin() + std::ptrdiff_t(std::min<std::size_t>(200, order.size())),
            order.end(), [&](std::size_t a, std::size_t b) { return scores->scores[a] > scores->scores[b]; });
        for (std::size_t i = 0; i < std::min<std::size_t>(200, order.size()) && c.exposed.size() < 10; ++i)
            if (scores->members[order[i]])
                c.exposed.emplace_back(scores->rowIds[order[i]], scores->scores[order[i]]);
        curves.push_back(std::move(c));
    }
    return curves;
}

QString RunResultView::load(const project::ProjectStore& store, qint64 runId)
{
    const auto run = store.run(runId);
    if (!run) return run.error();
    if (run->status != project::RunStatus::Completed)
        return tr("Run %1 has no results: it is %2.").arg(runId).arg(project::runStatusText(run->status));
    m_runId = runId;
    m_datasetPath.clear();
    m_hiddenColumns.clear();
    if (const auto datasets = store.datasets())
        for (const auto& d : *datasets)
            if (d.id == run->datasetId) {
                m_datasetPath = d.path;
                for (const QJsonValue& c : QJsonDocument::fromJson(d.schemaJson)
                                               .object()
                                               .value(QStringLiteral("columns"))
                                               .toArray()) {
                    const QString role = c.toObject().value(QStringLiteral("role")).toString();
                    const QString name = c.toObject().value(QStringLiteral("name")).toString();
                    if (role == QLatin1String("sensitive") || role == QLatin1String("identifier"))
                        m_hiddenColumns << name;
                }
            }
    // A predictions file has no dataset rows to split (SubgroupAnalysis says so; the tab is off).
    const QStringList splittable = SubgroupPanel::splittableColumns(store, *run);
    m_subgroups->setRun(store.path(), runId, splittable);
    m_bottom->setTabEnabled(2, !splittable.isEmpty());
    m_curves.clear();
    m_metrics->setRowCount(0);
    m_exposed->setRowCount(0);
    m_histogramAttack->clear();
    m_loaded = false;
    const attack::MembershipRunSummary summary = attack::MembershipRunSummary::fromJson(run->summary);
    const attack::TargetFigures t = summary.target.value_or(attack::TargetFigures{});
    showMemorisation(summary);
    {
        QStringList warnings = jobs::runWarnings(run->specJson, run->summary);
        m_warningTexts = warnings;
        m_warnings->setText(
            warnings.isEmpty() ? QString() : QStringLiteral("⚠ ") + warnings.join(QStringLiteral("<br/>⚠ ")));
        m_warningsArea->setVisible(!warnings.isEmpty());
        const auto u = metrics::UtilityCheck::fromJson(t.utility);
        m_baseline = t.utility.isEmpty() ? QString()
                                         : tr("majority-class baseline %1, task AUC %2")
                                               .arg(probability(u.baselineAccuracy), probability(u.taskAuc));
    }
    QString reviewState;
    if (const auto review = assess::ModelUnderReview::load(store); review && review->isSet()) {
        const bool under = review->runs.contains(runId);
        reviewState = under ? tr("Model under review.") : tr("Comparison (not the model under review).");
        m_designate->setEnabled(!under);
    } else {
        reviewState = tr("No model under review is designated.");
        m_designate->setEnabled(true);
    }
    m_title->setText(
        tr("<b>Run %1: %2</b> — target accuracy train %3, test %4; %5; seed %6.")
            .arg(runId)
            .arg(project::builtInText(run->name).toHtmlEscaped())
            .arg(probability(t.trainAccuracy), probability(t.testAccuracy),
                 summary.dp
                     ? (t.encoderEpsilon() > 0.0
                            ? tr("DP, epsilon %1 at delta %2 (DP-SGD %3 and the encoder's DP estimates %4)")
                                  .arg(QLocale().toString(t.epsilon, 'f', 2),
                                       QLocale().toString(t.delta, 'g', 3),
                                       QLocale().toString(t.epsilon - t.encoderEpsilon(), 'f', 2),
                                       QLocale().toString(t.encoderEpsilon(), 'g', 3))
                            : tr("DP-SGD, epsilon %1 at delta %2")
                                  .arg(QLocale().toString(t.epsilon, 'f', 2),
                                       QLocale().toString(t.delta, 'g', 3)))
                     : tr("no differential privacy"))
            .arg(run->seed) +
        (m_baseline.isEmpty() ? QString() : QStringLiteral(" ") + tr("Utility: %1.").arg(m_baseline)) +
        [&] {
            const QString e = data::TableEncoder::describe(t.encoder);
            return e.isEmpty() ? QString() : QStringLiteral(" ") + e.toHtmlEscaped();
        }() +
        QStringLiteral(" <i>") + reviewState.toHtmlEscaped() + QStringLiteral("</i>"));
    // Scores can be millions of values: read them and compute the curves on a worker thread.
    runInBackground(
        this, [path = store.path(), runId] { return computeCurves(path, runId); },
        [this](const Expected<std::vector<Curve>>& curves) {
            if (!curves) {
                Q_EMIT errorOccurred(curves.error());
                return;
            }
            showCurves(*curves);
        });
    return {};
}

void RunResultView::showCurves(const std::vector<Curve>& curves)
{
    m_curves.clear();
    m_histogramAttack->blockSignals(true);
    m_histogramAttack->clear();
    double strongest = -1.0;
    std::size_t strongestIndex = 0;
    QStringList allMetricWarnings;
    for (const Curve& c : curves) {
        const metrics::AttackMetrics& m = c.metrics;
        auto withCi = [&](double v, const metrics::Interval& interval) {
            return QStringLiteral("%1 [%2, %3]")
                .arg(probability(v), probability(interval.low), probability(interval.high));
        };
        const int row = m_metrics->rowCount();
        m_metrics->insertRow(row);
        const QStringList cells = {
            attack::AttackCatalogue::title(c.attack),
            withCi(m.auc, m.aucCi),
            withCi(m.advantage, m.advantageCi),
            withCi(m.tprAt(0.001), m.tprCiAt(0.001)),
            withCi(m.tprAt(0.01), m.tprCiAt(0.01)),
            QLocale().toString(m.epsilonLowerBound.epsilon, 'f', 2),
            QStringLiteral("%1 / %2").arg(QLocale().toString(qulonglong(m.members)),
                                          QLocale().toString(qulonglong(m.nonMembers)))};
        for (int k = 0; k < cells.size(); ++k)
            m_metrics->setItem(row, k, new QTableWidgetItem(cells[k]));
        const QStringList warnings = metrics::MembershipMetrics::warningsFor(m); // in the reader's language
        m_metrics->item(row, 0)->setToolTip(warnings.join(QLatin1Char('\n')));
        if (m.hasAdvantagePValue)
            m_metrics->item(row, 2)->setText(cells[2] + QStringLiteral(" p = ") +
                                             QLocale().toString(m.advantagePValue, 'g', 2));
        // The statistics' own warnings (too few non-members, advantage at chance level) are shown, not hidden
        // in tooltips.
        for (const QString& w : warnings) {
            const QString line = QStringLiteral("%1: %2").arg(attack::AttackCatalogue::title(c.attack), w);
            if (!allMetricWarnings.contains(line)) allMetricWarnings << line;
        }
        if (m.auc > strongest) {
            strongest = m.auc;
            strongestIndex = m_curves.size();
        }
        m_histogramAttack->addItem(attack::AttackCatalogue::title(c.attack));
        m_curves.push_back(c);
    }
    if (!m_curves.empty())
        for (const auto& [row, score] : m_curves[strongestIndex].exposed) {
            const int r = m_exposed->rowCount();
            m_exposed->insertRow(r);
            m_exposed->setItem(
                r, 0,
                new QTableWidgetItem(QString::number(row + 1))); // data rows count from 1, header not counted
            m_exposed->setItem(r, 1, new QTableWidgetItem(QLocale().toString(score, 'g', 6)));
            m_exposed->setItem(
                r, 2, new QTableWidgetItem(attack::AttackCatalogue::title(m_curves[strongestIndex].attack)));
        }
    {
        QStringList shown = m_warningTexts;
        shown << allMetricWarnings;
        m_warnings->setText(shown.isEmpty() ? QString()
                                            : QStringLiteral("⚠ ") + shown.join(QStringLiteral("<br/>⚠ ")));
        m_warningsArea->setVisible(!shown.isEmpty());
    }
    m_histogramAttack->setCurrentIndex(int(strongestIndex));
    m_histogramAttack->blockSignals(false);
    rebuildRoc();
    rebuildHistogram();
    m_loaded = true;
    Q_EMIT loaded();
}

void RunResultView::setLogScale(bool log)
{
    m_log->setChecked(log);
}

void RunResultView::rebuildRoc()
{
    m_roc->clearPlottables();
    const bool log = m_log->isChecked();
    // No curve is drawn below the smallest FPR its non-members can resolve (1 / non-members).
    double floor = 1e-5;
    for (const Curve& c : m_curves)
        if (!c.nonMemberScores.empty())
            floor = std::max(floor, std::min(0.1, 1.0 / double(c.nonMemberScores.size())));
    for (QCPAxis* axis : {m_roc->xAxis, m_roc->yAxis}) {
        axis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        if (log) {
            QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
            axis->setTicker(ticker);
            axis->setNumberFormat(QStringLiteral("eb"));
            axis->setNumberPrecision(0);
            axis->setRange(floor, 1.0);
        } else {
            axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
            axis->setNumberFormat(QStringLiteral("g"));
            axis->setNumberPrecision(2);
            axis->setRange(0.0, 1.0);
        }
    }
    m_roc->xAxis->setLabel(tr("false-positive rate"));
    m_roc->yAxis->setLabel(tr("true-positive rate"));
    auto* chance = m_roc->addGraph();
    chance->setName(tr("chance"));
    chance->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    for (int i = 0; i <= 50; ++i) {
        const double v = log ? std::pow(10.0, std::log10(floor) * (1.0 - i / 50.0)) : i / 50.0;
        chance->addData(v, v);
    }
    int k = 0;
    for (const Curve& c : m_curves) {
        const QColor colour = seriesColour(std::size_t(k++));
        auto clamp = [&](double v) { return log ? std::max(v, floor) : v; };
        auto* low = m_roc->addGraph();
        auto* high = m_roc->addGraph();
        auto* curve = m_roc->addGraph();
        QColor band = colour;
        band.setAlpha(45);
        for (QCPGraph* g : {low, high}) {
            g->setPen(Qt::NoPen);
            g->removeFromLegend();
            g->setProperty("bandOf", QVariant::fromValue<void*>(curve));
        }
        high->setBrush(band);
        high->setChannelFillGraph(low);
        curve->setPen(QPen(colour, 2));
        curve->setName(
            tr("%1 (AUC %2)").arg(attack::AttackCatalogue::title(c.attack), probability(c.metrics.auc)));
        const double resolvable = c.nonMemberScores.empty() ? 0.0 : 1.0 / double(c.nonMemberScores.size());
        for (std::size_t i = 0; i < c.fpr.size(); ++i) {
            if (log && c.fpr[i] < resolvable && i + 1 < c.fpr.size() && c.fpr[i + 1] < resolvable)
                continue; // below the resolution: only the last point before it anchors the curve
            curve->addData(clamp(c.fpr[i]), clamp(c.tpr[i]));
            low->addData(clamp(c.fpr[i]), clamp(c.low[i]));
            high->addData(clamp(c.fpr[i]), clamp(c.high[i]));
        }
    }
    m_roc->replot();
}

void RunResultView::rebuildHistogram()
{
    m_histogram->clearPlottables();
    const int index = m_histogramAttack->currentIndex();
    if (index < 0 || index >= int(m_curves.size())) {
        m_histogram->replot();
        return;
    }
    const Curve& c = m_curves[std::size_t(index)];
    std::vector<double> all = c.memberScores;
    all.insert(all.end(), c.nonMemberScores.begin(), c.nonMemberScores.end());
    if (all.empty()) return;
    std::sort(all.begin(), all.end());
    const double lo = all[std::size_t(double(all.size() - 1) * 0.005)],
                 hi = all[std::size_t(double(all.size() - 1) * 0.995)];
    const int bins = 50;
    const double width = hi > lo ? (hi - lo) / bins : 1.0;
    int series = 0;
    for (const auto* scores : {&c.memberScores, &c.nonMemberScores}) {
        std::vector<double> counts(bins, 0.0);
        for (double v : *scores)
            counts[std::size_t(std::clamp(int((v - lo) / width), 0, bins - 1))] += 1.0;
        auto* g = m_histogram->addGraph();
        g->setName(series == 0 ? tr("members (%1)").arg(scores->size())
                               : tr("non-members (%1)").arg(scores->size()));
        g->setLineStyle(QCPGraph::lsStepCenter);
        const QColor colour = seriesColour(std::size_t(series == 0 ? 0 : 1));
        g->setPen(QPen(colour, 2));
        QColor fill = colour;
        fill.setAlpha(40);
        g->setBrush(fill);
        // Densities: members and non-members differ in number, so raw counts would mislead.
        const double scale = scores->empty() ? 0.0 : 1.0 / (double(scores->size()) * width);
        for (int b = 0; b < bins; ++b)
            g->addData(lo + (b + 0.5) * width, counts[std::size_t(b)] * scale);
        ++series;
    }
    m_histogram->xAxis->setLabel(tr("%1 score").arg(attack::AttackCatalogue::title(c.attack)));
    m_histogram->yAxis->setLabel(tr("density"));
    m_histogram->rescaleAxes();
    m_histogram->replot();
}

QString RunResultView::datasetRowText(qint64 row) const
{
    return datasetRowText(m_datasetPath, m_hiddenColumns, row);
}

QString RunResultView::datasetRowText(const QString& datasetPath, const QStringList& hiddenColumns,
                                      qint64 row)
{
    if (datasetPath.isEmpty() || datasetPath == QLatin1String("demo"))
        return tr("Row %1 of the built-in demo data (synthetic).").arg(row + 1);
    const auto table = data::CsvImporter::importFile(datasetPath);
    if (!table) return tr("The dataset file is not readable any more: %1").arg(table.error());
    if (row < 0 || std::size_t(row) >= table->rowCount())
        return tr("The dataset file has changed: it has no row %1.").arg(row);
    QStringList parts;
    for (const auto& c : table->columns())
        parts << (hiddenColumns.contains(c.name)
                      ? tr("%1: (hidden)").arg(c.name)
                      : QStringLiteral("%1: %2").arg(c.name, c.text(std::size_t(row))));
    return tr("Data row %1 (counted from 1 without the header; line %2 of the file when no field spans "
              "lines) — %3")
        .arg(row + 1)
        .arg(row + 2)
        .arg(parts.join(QStringLiteral(", ")));
}

QString RunResultView::rocTooltipAt(const QPointF& pixel) const
{
    double best = 12.0;
    QString text;
    int k = 0;
    for (int g = 0; g < m_roc->graphCount(); ++g) {
        QCPGraph* graph = m_roc->graph(g);
        if (!graph->visible() || graph->name().isEmpty() || graph->pen().style() == Qt::DashLine ||
            graph->pen() == QPen(Qt::NoPen))
            continue;
        if (k >= int(m_curves.size())) break;
        const Curve& c = m_curves[std::size_t(k)];
        for (std::size_t i = 0; i < c.fpr.size(); ++i) {
            const QPointF p = graph->coordsToPixels(std::max(c.fpr[i], 1e-5), std::max(c.tpr[i], 1e-5));
            const double d = std::hypot(p.x() - pixel.x(), p.y() - pixel.y());
            if (d < best) {
                best = d;
                text = tr("%1: FPR %2, TPR %3 [%4, %5], threshold %6")
                           .arg(attack::AttackCatalogue::title(c.attack))
                           .arg(QLocale().toString(c.fpr[i], 'g', 4))
                           .arg(QLocale().toString(c.tpr[i], 'g', 4))
                           .arg(QLocale().toString(c.low[i], 'g', 4))
                           .arg(QLocale().toString(c.high[i], 'g', 4))
                           .arg(QLocale().toString(c.threshold[i], 'g', 5));
            }
        }
        ++k;
    }
    return text;
}

} // namespace privaudit::ui
