#include "DataGovernancePanel.h"

#include "Background.h"
#include "PlotExport.h"
#include "report/Palette.h"

#include <cmath>
#include <qcustomplot.h>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace privaudit::ui {

namespace {

/// A table cell shown as text and sorted by a number.
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(const QString& text, double key) : QTableWidgetItem(text), m_key(key)
    {
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem& other) const override
    {
        if (const auto* n = dynamic_cast<const NumberItem*>(&other)) return m_key < n->m_key;
        return QTableWidgetItem::operator<(other);
    }

private:
    double m_key;
};

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', share > 0 && share < 0.001 ? 3 : 1) + QStringLiteral(" %");
}

void readOnly(QTableWidget* table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->setVisible(false);
}

} // namespace

DataGovernancePanel::DataGovernancePanel(QWidget* parent)
    : QWidget(parent), m_status(new QLabel(this)), m_findings(new QTableWidget(this)),
      m_quasi(new QListWidget(this)), m_population(new QLineEdit(this)),
      m_compute(new QPushButton(tr("Compute Risk"), this)), m_summary(new QLabel(this)),
      m_histogram(new QCustomPlot(this)), m_uniqueness(new QCustomPlot(this)),
      m_combinations(new QTableWidget(this))
{
    setObjectName(QStringLiteral("dataGovernancePanel"));
    m_findings->setObjectName(QStringLiteral("governanceFindings"));
    m_quasi->setObjectName(QStringLiteral("governanceQuasi"));
    m_population->setObjectName(QStringLiteral("governancePopulation"));
    m_summary->setObjectName(QStringLiteral("governanceSummary"));
    m_histogram->setObjectName(QStringLiteral("governanceHistogram"));
    m_uniqueness->setObjectName(QStringLiteral("governanceUniqueness"));
    m_combinations->setObjectName(QStringLiteral("governanceCombinations"));
    m_status->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_findings->setColumnCount(3);
    m_findings->setHorizontalHeaderLabels({tr("Column"), tr("Personal data found"), tr("Suggested role")});
    m_findings->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    readOnly(m_findings);
    m_quasi->setToolTip(
        tr("The columns an attacker could know from elsewhere and link on; the scan's suggestion "
           "is ticked."));
    m_population->setPlaceholderText(tr("e.g. 83000000 (optional)"));
    m_population->setToolTip(
        tr("The number of people the table was drawn from. Without it the table is taken as "
           "the whole population: journalist risk equals prosecutor risk and population "
           "uniques are not estimated."));
    m_combinations->setColumnCount(6);
    m_combinations->setHorizontalHeaderLabels({tr("Quasi-identifiers"), tr("Classes"), tr("Distinction"),
                                               tr("Separation"), tr("Uniques"), tr("Max. risk")});
    m_combinations->horizontalHeaderItem(4)->setToolTip(tr("Sample uniques: records alone in their class"));
    m_combinations->horizontalHeaderItem(5)->setToolTip(
        tr("Highest prosecutor risk: 1 / the smallest class"));
    m_combinations->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_combinations->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_combinations->setToolTip(
        tr("Each set of quasi-identifiers on its own. Distinction: equivalence classes per "
           "record; separation: the share of record pairs the columns tell apart (Motwani "
           "& Xu 2007, as in ARX)."));
    readOnly(m_combinations);
    for (QCustomPlot* plot : {m_histogram, m_uniqueness}) {
        plot->setMinimumHeight(180);
        plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    }
    m_histogram->plotLayout()->insertRow(0);
    m_histogram->plotLayout()->addElement(0, 0,
                                          new QCPTextElement(m_histogram, tr("Records by prosecutor risk")));
    m_uniqueness->plotLayout()->insertRow(0);
    m_uniqueness->plotLayout()->addElement(
        0, 0, new QCPTextElement(m_uniqueness, tr("Population uniqueness by sampling fraction")));
    m_uniqueness->legend->setVisible(true);
    m_uniqueness->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_uniqueness->legend->setBrush(QColor(255, 255, 255, 230));

    connect(m_compute, &QPushButton::clicked, this, [this] {
        bool ok = true;
        std::optional<double> population;
        if (!m_population->text().trimmed().isEmpty()) {
            population = QLocale().toDouble(m_population->text().trimmed(), &ok);
            if (!ok) population = m_population->text().trimmed().toDouble(&ok);
            if (!ok) {
                Q_EMIT errorOccurred(
                    tr("The population size must be a number, got '%1'.").arg(m_population->text()));
                return;
            }
        }
        const QStringList quasi = checkedQuasiIdentifiers();
        if (quasi.isEmpty()) {
            Q_EMIT errorOccurred(tr("Tick at least one quasi-identifier."));
            return;
        }
        computeRisk(quasi, population);
    });
    auto* exportHistogram = new QPushButton(tr("Export Histogram…"), this);
    connect(exportHistogram, &QPushButton::clicked, this, [this] {
        if (const QString err =
                exportPlotInteractively(m_histogram, this, QStringLiteral("risk-distribution.pdf"));
            !err.isEmpty())
            Q_EMIT errorOccurred(err);
    });
    auto* exportCurve = new QPushButton(tr("Export Curve…"), this);
    connect(exportCurve, &QPushButton::clicked, this, [this] {
        if (const QString err =
                exportPlotInteractively(m_uniqueness, this, QStringLiteral("population-uniqueness.pdf"));
            !err.isEmpty())
            Q_EMIT errorOccurred(err);
    });

    // Left: what the scan found and the attacker's columns; right: the figures, the plots and the
    // combinations, each pane resizable.
    auto* leftPane = new QWidget(this);
    auto* left = new QVBoxLayout(leftPane);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_findings, 3);
    left->addWidget(new QLabel(tr("Quasi-identifiers:"), leftPane));
    left->addWidget(m_quasi, 2);
    auto* form = new QFormLayout;
    form->addRow(tr("Population size:"), m_population);
    left->addLayout(form);
    left->addWidget(m_compute, 0, Qt::AlignLeft);
    auto* plotsPane = new QWidget(this);
    auto* plotsLayout = new QGridLayout(plotsPane);
    plotsLayout->setContentsMargins(0, 0, 0, 0);
    plotsLayout->addWidget(m_histogram, 0, 0);
    plotsLayout->addWidget(m_uniqueness, 0, 1);
    plotsLayout->addWidget(exportHistogram, 1, 0, Qt::AlignLeft);
    plotsLayout->addWidget(exportCurve, 1, 1, Qt::AlignLeft);
    auto* summaryScroll = new QScrollArea(this);
    summaryScroll->setWidget(m_summary);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    summaryScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(summaryScroll);
    right->addWidget(plotsPane);
    right->addWidget(m_combinations);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 3);
    right->setStretchFactor(2, 2);
    right->setSizes({110, 230, 300});
    auto* body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(leftPane);
    body->addWidget(right);
    body->setStretchFactor(0, 2);
    body->setStretchFactor(1, 5);
    leftPane->setMinimumWidth(340);
    body->setSizes({400, 900});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(body, 1);
    m_status->setText(tr("Reading the rows…"));
}

void DataGovernancePanel::setTable(std::shared_ptr<const data::DataTable> table)
{
    m_table = std::move(table);
    m_ready = false;
    m_status->setText(tr("Scanning for personal data and computing the re-identification risk…"));
    const quint64 generation = ++m_generation;
    using Result = std::pair<std::vector<governance::ColumnScan>, Expected<governance::ReidentificationRisk>>;
    runInBackground(
        this,
        [table = m_table]() -> Result {
            auto scans = governance::PiiScan::scan(*table);
            governance::RiskOptions options;
            options.quasiIdentifiers = governance::PiiScan::quasiIdentifierColumns(scans);
            if (options.quasiIdentifiers.isEmpty())
                return {std::move(scans), Expected<governance::ReidentificationRisk>::failure(QString())};
            return {std::move(scans), governance::ReidentificationRisk::compute(*table, options)};
        },
        [this, generation](const Result& result) {
            if (generation != m_generation) return;
            m_scans = result.first;
            showScan();
            if (result.second) {
                m_risk = *result.second;
            } else {
                m_risk.reset();
                if (!result.second.error().isEmpty()) Q_EMIT errorOccurred(result.second.error());
            }
            showRisk();
            m_ready = true;
            Q_EMIT ready();
        });
}

void DataGovernancePanel::computeRisk(const QStringList& quasi, std::optional<double> populationSize)
{
    if (!m_table) return;
    m_ready = false;
    m_compute->setEnabled(false);
    m_status->setText(
        tr("Computing the re-identification risk over %1…").arg(quasi.join(QStringLiteral(", "))));
    governance::RiskOptions options;
    options.quasiIdentifiers = quasi;
    options.populationSize = populationSize;
    const quint64 generation = ++m_generation;
    runInBackground(
        this,
        [table = m_table, options] { return governance::ReidentificationRisk::compute(*table, options); },
        [this, generation](const Expected<governance::ReidentificationRisk>& result) {
            if (generation != m_generation) return;
            m_compute->setEnabled(true);
            if (!result) {
                Q_EMIT errorOccurred(result.error());
                m_status->setText(result.error());
            } else {
                m_risk = *result;
                showRisk();
            }
            m_ready = true;
            Q_EMIT ready();
        });
}

QStringList DataGovernancePanel::checkedQuasiIdentifiers() const
{
    QStringList out;
    for (int i = 0; i < m_quasi->count(); ++i)
        if (m_quasi->item(i)->checkState() == Qt::Checked) out << m_quasi->item(i)->text();
    return out;
}

void DataGovernancePanel::showScan()
{
    m_findings->setRowCount(int(m_scans.size()));
    const QLocale locale;
    const QStringList suggested = governance::PiiScan::quasiIdentifierColumns(m_scans);
    m_quasi->clear();
    for (int i = 0; i < int(m_scans.size()); ++i) {
        const governance::ColumnScan& s = m_scans[std::size_t(i)];
        QStringList titles, evidence;
        for (const auto& f : s.findings) {
            titles << tr("%1 (%2)").arg(governance::PiiScan::kindTitle(f.kind),
                                        locale.toString(f.confidence, 'f', 2));
            evidence << governance::PiiScan::kindTitle(f.kind) + QStringLiteral(": ") + f.evidence;
        }
        auto* found =
            new QTableWidgetItem(titles.isEmpty() ? tr("none found") : titles.join(QStringLiteral("; ")));
        found->setToolTip(evidence.join(QLatin1Char('\n')));
        m_findings->setItem(i, 0, new QTableWidgetItem(s.column));
        m_findings->setItem(i, 1, found);
        m_findings->setItem(i, 2,
                            new QTableWidgetItem(s.findings.empty()
                                                     ? QString()
                                                     : governance::PiiScan::roleTitle(s.suggestedRole())));
        auto* item = new QListWidgetItem(s.column, m_quasi);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(suggested.contains(s.column) ? Qt::Checked : Qt::Unchecked);
    }
}

QString DataGovernancePanel::summaryText() const
{
    return m_summary->text();
}

void DataGovernancePanel::showRisk()
{
    const QStringList identifiers = governance::PiiScan::identifierColumns(m_scans);
    QString status = identifiers.isEmpty()
                         ? tr("No direct identifiers found by the scan.")
                         : tr("Direct identifiers: %1. They identify a person on their own and should not be "
                              "model inputs.")
                               .arg(identifiers.join(QStringLiteral(", ")));
    if (!m_risk) {
        m_status->setText(
            status + QLatin1Char(' ') +
            tr("The scan suggests no quasi-identifiers; tick the columns an attacker could link on "
               "and compute the risk."));
        m_summary->clear();
        m_combinations->setRowCount(0);
        plotHistogram();
        plotUniqueness();
        return;
    }
    m_status->setText(status);
    const governance::ReidentificationRisk& r = *m_risk;
    const QLocale locale;
    QStringList lines;
    lines << tr("Over %1 (%2 records, %3 equivalence classes): k-anonymity %4, sample uniques %5 (%6).")
                 .arg(r.quasiIdentifiers.join(QStringLiteral(", ")))
                 .arg(r.records)
                 .arg(r.classes)
                 .arg(r.kAnonymity)
                 .arg(r.sampleUniques)
                 .arg(percent(r.sampleUniquesShare));
    if (r.kAnonymity == 1)
        lines << tr("k = 1: at least one record is alone in its class; whoever knows these columns of that "
                    "person finds their record.");
    const auto attacker = [&](const QString& name, const governance::AttackerRisk& a) -> QString {
        return tr("%1 risk: highest %2, average %3, records above %4: %5.")
            .arg(name, percent(a.highest), percent(a.average), percent(r.threshold),
                 percent(a.shareAboveThreshold));
    };
    lines << attacker(tr("Prosecutor"), r.prosecutor) << attacker(tr("Journalist"), r.journalist);
    lines
        << tr("Marketer risk: %1 of the records re-identified on average.").arg(percent(r.marketer.average));
    lines << tr("Expected re-identifications (sdcMicro individual risk): %1.")
                 .arg(locale.toString(r.expectedReidentifications, 'f', 1));
    if (!r.populationSize)
        lines << tr(
            "No population size: the table is taken as the whole population, so journalist risk equals "
            "prosecutor risk and population uniques are not estimated.");
    else if (r.populationUniques && r.populationUniques->dankarModel == governance::UniquenessModel::None)
        lines << tr("Population uniques: none estimated, because no record is unique in the table.");
    else if (r.populationUniques)
        lines << tr("Population uniques (%1 by Dankar's rule): %2 (%3 of the population).")
                     .arg(governance::uniquenessModelTitle(r.populationUniques->dankarModel))
                     .arg(locale.toString(r.populationUniques->dankar, 'f', 0))
                     .arg(percent(r.populationUniques->dankar / *r.populationSize));
    m_summary->setText(lines.join(QLatin1Char('\n')));

    m_combinations->setSortingEnabled(false);
    m_combinations->setRowCount(int(r.combinations.size()));
    for (int i = 0; i < int(r.combinations.size()); ++i) {
        const auto& c = r.combinations[std::size_t(i)];
        auto* names = new NumberItem(c.columns.join(QStringLiteral(", ")), double(c.columns.size()));
        names->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_combinations->setItem(i, 0, names);
        m_combinations->setItem(i, 1, new NumberItem(QString::number(c.classes), double(c.classes)));
        m_combinations->setItem(i, 2, new NumberItem(locale.toString(c.distinction, 'f', 3), c.distinction));
        m_combinations->setItem(i, 3, new NumberItem(locale.toString(c.separation, 'f', 3), c.separation));
        m_combinations->setItem(i, 4, new NumberItem(percent(c.uniquesShare), c.uniquesShare));
        m_combinations->setItem(i, 5, new NumberItem(percent(c.highestRisk), c.highestRisk));
    }
    m_combinations->setSortingEnabled(true);
    plotHistogram();
    plotUniqueness();
}

void DataGovernancePanel::plotHistogram()
{
    QCustomPlot* p = m_histogram;
    p->clearPlottables();
    if (!m_risk) {
        p->replot();
        return;
    }
    auto* bars = new QCPBars(p->xAxis, p->yAxis);
    bars->setBrush(seriesColour(0));
    bars->setPen(QPen(seriesColour(0).darker(130)));
    bars->setWidth(9.0);
    const std::vector<double> shares = m_risk->riskDistribution();
    double top = 0.0;
    for (int i = 0; i < int(shares.size()); ++i) {
        bars->addData(double(i) * 10.0 + 5.0, shares[std::size_t(i)] * 100.0); // the band's centre
        top = std::max(top, shares[std::size_t(i)] * 100.0);
    }
    p->xAxis->setLabel(tr("re-identification probability, %"));
    p->yAxis->setLabel(tr("share of records, %"));
    p->xAxis->setRange(0.0, 100.0);
    p->yAxis->setRange(0.0, std::max(1.0, top * 1.1));
    p->replot();
}

void DataGovernancePanel::plotUniqueness()
{
    QCustomPlot* p = m_uniqueness;
    p->clearGraphs();
    p->clearItems();
    p->xAxis->setLabel(tr("sampling fraction (table / population)"));
    p->yAxis->setLabel(tr("population uniques, %"));
    if (!m_risk || m_risk->uniquenessCurve.empty()) {
        p->replot();
        return;
    }
    p->xAxis->setScaleType(QCPAxis::stLogarithmic);
    p->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    struct Series
    {
        QString name;
        double governance::PopulationUniqueness::*value;
    };
    const std::vector<Series> series = {{QStringLiteral("Pitman"), &governance::PopulationUniqueness::pitman},
                                        {QStringLiteral("Zayatz"), &governance::PopulationUniqueness::zayatz},
                                        {QStringLiteral("SNB"), &governance::PopulationUniqueness::snb},
                                        {tr("Dankar's choice"), &governance::PopulationUniqueness::dankar}};
    double top = 0.0;
    for (std::size_t k = 0; k < series.size(); ++k) {
        QCPGraph* g = p->addGraph();
        g->setName(series[k].name);
        const bool chosen = k + 1 == series.size();
        g->setPen(QPen(chosen ? QColor(Qt::black) : seriesColour(k + 1), chosen ? 2.5 : 1.5,
                       chosen ? Qt::SolidLine : Qt::DashLine));
        g->setScatterStyle(QCPScatterStyle(chosen ? QCPScatterStyle::ssDisc : QCPScatterStyle::ssNone, 5));
        for (const auto& point : m_risk->uniquenessCurve) {
            const double v = point.estimate.*(series[k].value);
            if (!std::isfinite(v)) continue;
            g->addData(point.samplingFraction, v * 100.0);
            top = std::max(top, v * 100.0);
        }
    }
    if (m_risk->populationSize) {
        const double fraction = double(m_risk->records) / *m_risk->populationSize;
        auto* line = new QCPItemStraightLine(p);
        line->point1->setCoords(fraction, 0.0);
        line->point2->setCoords(fraction, 1.0);
        line->setPen(QPen(Qt::gray, 1.2, Qt::DotLine));
        auto* label = new QCPItemText(p);
        label->position->setCoords(fraction, top * 1.05);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setText(QLatin1Char(' ') + tr("this table"));
        label->setColor(Qt::gray);
    }
    p->xAxis->setRange(0.0008, 1.1);
    p->yAxis->setRange(0.0, std::max(1.0, top * 1.1));
    p->replot();
}

} // namespace privaudit::ui
