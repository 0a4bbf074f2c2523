#include "ComparisonView.h"

#include "attack/AttackCatalogue.h"
#include "Background.h"
#include "metrics/MembershipMetrics.h"
#include "report/Palette.h"
#include "ScrollingText.h"

#include <algorithm>
#include <cmath>
#include <QComboBox>
#include <qcustomplot.h>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace privaudit::ui {

ComparisonView::ComparisonView(QWidget* parent)
    : QWidget(parent), m_runs(new QListWidget(this)), m_attack(new QComboBox(this)),
      m_compare(new QPushButton(tr("Compare"), this)), m_roc(new QCustomPlot(this)),
      m_table(new QTableWidget(this)), m_findings(new QLabel(this))
{
    setObjectName(QStringLiteral("comparisonView"));
    m_runs->setObjectName(QStringLiteral("comparisonRuns"));
    m_runs->setToolTip(tr("Check the runs to compare; the first checked is the baseline."));
    m_attack->setObjectName(QStringLiteral("comparisonAttack"));
    m_attack->setToolTip(tr("The attack whose ROC curves are drawn."));
    m_compare->setObjectName(QStringLiteral("comparisonCompare"));
    m_roc->setObjectName(QStringLiteral("comparisonRoc"));
    m_roc->setMinimumHeight(220);
    m_roc->legend->setVisible(true);
    m_roc->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Run"), tr("Attack"), tr("AUC [95% CI]"), tr("TPR at 1% FPR"),
                                        tr("AUC difference [95% CI]"), tr("TPR difference [95% CI]")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_findings->setObjectName(QStringLiteral("comparisonFindings"));
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QScrollArea* findingsArea = scrollingText(m_findings, this, 6);
    connect(m_compare, &QPushButton::clicked, this, [this] { compare(checkedRuns()); });
    connect(m_attack, &QComboBox::currentTextChanged, this, [this] { plot(); });

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("Membership runs:"), side));
    sideLayout->addWidget(m_runs, 1);
    sideLayout->addWidget(new QLabel(tr("ROC of:"), side));
    sideLayout->addWidget(m_attack);
    sideLayout->addWidget(m_compare);
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_roc);
    right->addWidget(m_table);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(side);
    top->addWidget(right);
    top->setStretchFactor(1, 4);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Comparison of membership runs</b>"), this));
    layout->addWidget(top, 1);
    layout->addWidget(findingsArea);
}

QString ComparisonView::load(const project::ProjectStore& store)
{
    m_projectPath = store.path();
    m_runs->clear();
    const auto runs = store.runs();
    if (!runs) return runs.error();
    for (const auto& run : *runs) {
        if (run.type() != project::RunKind::MembershipInference ||
            run.status != project::RunStatus::Completed)
            continue;
        auto* item =
            new QListWidgetItem(tr("Run %1: %2").arg(run.id).arg(project::builtInText(run.name)), m_runs);
        item->setData(Qt::UserRole, qint64(run.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    const bool few = m_runs->count() <= 4;
    for (int i = 0; i < m_runs->count(); ++i)
        m_runs->item(i)->setCheckState(few ? Qt::Checked : Qt::Unchecked);
    m_compare->setEnabled(m_runs->count() >= 2);
    m_findings->setText(m_runs->count() < 2
                            ? tr("The project needs at least two completed membership runs to "
                                 "compare.")
                            : tr("Check two or more runs and compare them."));
    if (few && m_runs->count() >= 2) compare(checkedRuns()); // the usual case: compared at once
    return {};
}

QList<qint64> ComparisonView::checkedRuns() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_runs->count(); ++i)
        if (m_runs->item(i)->checkState() == Qt::Checked)
            ids << m_runs->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

void ComparisonView::compare(const QList<qint64>& runIds)
{
    for (int i = 0; i < m_runs->count(); ++i)
        m_runs->item(i)->setCheckState(
            runIds.contains(m_runs->item(i)->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    const QList<qint64> ids = checkedRuns();
    const int generation = ++m_generation;
    m_compare->setEnabled(false);
    m_findings->setText(tr("Comparing…"));
    runInBackground(
        this, [path = m_projectPath, ids] { return computeOutcome(path, ids); },
        [this, generation](const Expected<Outcome>& outcome) {
            if (generation != m_generation) return;
            m_compare->setEnabled(true);
            if (!outcome) {
                m_findings->setText(outcome.error());
                m_table->setRowCount(0);
                Q_EMIT compared();
                return;
            }
            show(*outcome);
            Q_EMIT compared();
        });
}

Expected<ComparisonView::Outcome> ComparisonView::computeOutcome(const QString& projectPath,
                                                                 const QList<qint64>& runIds)
{
    using Result = Expected<Outcome>;
    // Its own read-only connection: this runs on a worker thread.
    auto store = project::ProjectStore::open(projectPath, project::ProjectStore::Access::ReadOnly);
    if (!store) return Result::failure(store.error());
    auto comparison = jobs::RunComparison::compute(*store.value(), runIds);
    if (!comparison) return Result::failure(comparison.error());
    Outcome out;
    out.comparison = std::move(comparison).value();
    for (const qint64 id : runIds) {
        const auto results = store.value()->results(id);
        if (!results) return Result::failure(results.error());
        for (const auto& r : *results) {
            const auto scores = store.value()->scores(r.id);
            if (!scores) return Result::failure(scores.error());
            const metrics::RocCurve roc = metrics::rocCurve({scores->scores, scores->members});
            Curve c;
            c.runId = id;
            c.attack = r.attack;
            c.nonMembers = std::size_t(std::count(scores->members.begin(), scores->members.end(), false));
            c.auc = metrics::AttackMetrics::fromJson(r.metricsJson).auc;
            // At most about 2,000 vertices per curve: every one below 1% FPR, evenly spaced above.
            const std::size_t step = std::max<std::size_t>(1, roc.fpr.size() / 2000);
            for (std::size_t i = 0; i < roc.fpr.size(); ++i)
                if (roc.fpr[i] < 0.01 || i % step == 0 || i + 1 == roc.fpr.size()) {
                    c.fpr.push_back(roc.fpr[i]);
                    c.tpr.push_back(roc.tpr[i]);
                }
            out.curves.push_back(std::move(c));
        }
    }
    return out;
}

void ComparisonView::show(const Outcome& outcome)
{
    m_curves = outcome.curves;
    const jobs::RunComparison& c = outcome.comparison;
    const QLocale locale;
    auto num = [&](double v) { return locale.toString(v, 'f', 3); };
    m_table->setRowCount(0);
    QStringList attacks;
    for (const auto& run : c.runs)
        for (const auto& [attack, m] : run.attacks) {
            if (!attacks.contains(attack)) attacks << attack;
            QString aucDiff = tr("baseline"), tprDiff = tr("baseline");
            bool clear = false;
            if (run.id != c.runs.front().id) {
                aucDiff = tprDiff = tr("not in the baseline");
                for (const auto& d : c.differences)
                    if (d.runId == run.id && d.attack == attack) {
                        aucDiff = tr("%1 [%2, %3]").arg(num(d.auc), num(d.aucLow), num(d.aucHigh));
                        tprDiff = tr("%1 [%2, %3]").arg(num(d.tpr), num(d.tprLow), num(d.tprHigh));
                        clear = d.aucClear();
                    }
            }
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const QStringList cells = {tr("Run %1").arg(run.id),
                                       attack::AttackCatalogue::title(attack),
                                       tr("%1 [%2, %3]").arg(num(m.auc), num(m.aucCi.low), num(m.aucCi.high)),
                                       num(m.tprAt(0.01)),
                                       aucDiff,
                                       tprDiff};
            for (int col = 0; col < int(cells.size()); ++col) {
                auto* item = new QTableWidgetItem(cells[col]);
                if (clear && col == 4) item->setBackground(QColor(0xfd, 0xe2, 0xc8));
                m_table->setItem(row, col, item);
            }
        }
    const QString current = m_attack->currentData().toString();
    {
        const QSignalBlocker block(m_attack);
        m_attack->clear();
        for (const QString& a : attacks)
            m_attack->addItem(attack::AttackCatalogue::title(a), a);
        const int keep = m_attack->findData(current);
        const int lira = m_attack->findData(QStringLiteral("lira"));
        m_attack->setCurrentIndex(keep >= 0 ? keep : lira >= 0 ? lira : 0);
    }
    m_findings->setText(c.findings().join(QLatin1Char('\n')));
    plot();
}

void ComparisonView::plot()
{
    m_roc->clearGraphs();
    const QString attack = m_attack->currentData().toString();
    double floor = 1e-5;
    for (const Curve& c : m_curves)
        if (c.attack == attack && c.nonMembers > 0)
            floor = std::max(floor, std::min(0.1, 1.0 / double(c.nonMembers)));
    for (QCPAxis* axis : {m_roc->xAxis, m_roc->yAxis}) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
        axis->setTicker(ticker);
        axis->setNumberFormat(QStringLiteral("eb"));
        axis->setNumberPrecision(0);
        axis->setRange(floor, 1.0);
    }
    m_roc->xAxis->setLabel(tr("false-positive rate"));
    m_roc->yAxis->setLabel(tr("true-positive rate"));
    auto* chance = m_roc->addGraph();
    chance->setName(tr("chance"));
    chance->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    chance->addData(floor, floor);
    chance->addData(1.0, 1.0);
    std::size_t k = 0;
    for (const Curve& c : m_curves) {
        if (c.attack != attack) continue;
        auto* g = m_roc->addGraph();
        g->setPen(QPen(seriesColour(k++), 2));
        g->setName(tr("Run %1 (AUC %2)").arg(c.runId).arg(QLocale().toString(c.auc, 'f', 3)));
        for (std::size_t i = 0; i < c.fpr.size(); ++i)
            g->addData(std::max(c.fpr[i], floor), std::max(c.tpr[i], floor));
    }
    m_roc->replot();
}

} // namespace privaudit::ui
