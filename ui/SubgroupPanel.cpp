#include "SubgroupPanel.h"

#include "attack/AttackCatalogue.h"
#include "attack/attribute/AttributeInference.h"
#include "Background.h"
#include "jobs/FamilySubgroups.h"
#include "jobs/JobSpec.h"
#include "jobs/SavedSubgroups.h"
#include "jobs/Subgroups.h"
#include "project/ProjectStore.h"
#include "ScrollingText.h"

#include <cmath>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace privaudit::ui {

SubgroupPanel::SubgroupPanel(QWidget* parent)
    : QWidget(parent), m_column(new QComboBox(this)), m_bands(new QSpinBox(this)),
      m_compute(new QPushButton(tr("Compute"), this)),
      m_save(new QPushButton(tr("Save for the report"), this)), m_table(new QTableWidget(this)),
      m_findings(new QLabel(this))
{
    m_column->setObjectName(QStringLiteral("subgroupColumn"));
    m_bands->setObjectName(QStringLiteral("subgroupBands"));
    m_bands->setRange(2, 20);
    m_bands->setValue(4);
    m_bands->setToolTip(tr("Quantile bands of a numeric column."));
    m_compute->setObjectName(QStringLiteral("subgroupCompute"));
    m_save->setObjectName(QStringLiteral("subgroupSave"));
    m_save->setToolTip(tr("Keep this analysis in the project: the report's subgroups section shows it "
                          "(audited; saving the same run and column again replaces it)."));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &SubgroupPanel::saveForReport);
    m_table->setObjectName(QStringLiteral("subgroupTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Attack"), tr("Group"), tr("Members"), tr("Non-members"),
                                        tr("AUC [95% CI]"), tr("TPR at 1% FPR")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_findings->setObjectName(QStringLiteral("subgroupFindings"));
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QScrollArea* findingsArea = scrollingText(m_findings, this, 5);
    connect(m_compute, &QPushButton::clicked, this, [this] { compute(m_column->currentText()); });

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Column:"), this));
    controls->addWidget(m_column, 1);
    controls->addWidget(new QLabel(tr("Bands:"), this));
    controls->addWidget(m_bands);
    controls->addWidget(m_compute);
    controls->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(findingsArea);
    layout->addWidget(m_table, 1);
}

QStringList SubgroupPanel::splittableColumns(const project::ProjectStore& store,
                                             const project::RunRecord& run)
{
    const auto spec = jobs::JobSpec::fromJson(run.specJson);
    if (!spec || spec->targetKind == jobs::TargetKind::Predictions) return {};
    QStringList splittable;
    if (const auto datasets = store.datasets())
        for (const auto& d : *datasets)
            if (d.id == run.datasetId)
                for (const QJsonValue& c : QJsonDocument::fromJson(d.schemaJson)
                                               .object()
                                               .value(QStringLiteral("columns"))
                                               .toArray()) {
                    const QString role = c.toObject().value(QStringLiteral("role")).toString();
                    if (role == QLatin1String("sensitive") || role == QLatin1String("feature"))
                        splittable << c.toObject().value(QStringLiteral("name")).toString();
                }
    return splittable;
}

void SubgroupPanel::setRun(const QString& projectPath, qint64 runId, const QStringList& columns,
                           project::RunKind kind)
{
    m_projectPath = projectPath;
    m_runId = runId;
    m_kind = kind;
    const bool membership = kind == project::RunKind::MembershipInference;
    m_table->setHorizontalHeaderLabels(
        membership ? QStringList{tr("Attack"), tr("Group"), tr("Members"), tr("Non-members"),
                                 tr("AUC [95% CI]"), tr("TPR at 1% FPR")}
        : kind == project::RunKind::Reconstruction
            ? QStringList{tr("Attack"), tr("Group"), tr("Rows"), QString(),
                          tr("Advantage over the baseline [95% CI]"), QString()}
            : QStringList{tr("Attack"), tr("Group"), tr("Members"), tr("Non-members"),
                          tr("Individual leakage [95% CI]"), tr("Advantage over imputation")});
    ++m_generation;
    m_column->clear();
    m_column->addItems(columns);
    m_table->setRowCount(0);
    m_analysis = {};
    m_save->setEnabled(false);
    m_findings->setText(columns.isEmpty() ? tr("The run's data has no column to split by.")
                                          : tr("Choose a column and compute: the run's statistics per "
                                               "subgroup, from its stored scores."));
    m_compute->setEnabled(!columns.isEmpty());
}

namespace {

/// What the panel shows of an analysis: one table row per attack and group, with its flags.
struct Shown
{
    struct Row
    {
        QStringList cells;
        bool small = false;
        bool aboveRun = false;
    };
    std::vector<Row> rows;
    QStringList findings;
    QJsonObject analysis; ///< toJson(), what "Save for the report" stores
};

QString figure(double v)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', 3) : SubgroupPanel::tr("n/a");
}

QString groupLabel(const QString& label, bool small)
{
    return small ? SubgroupPanel::tr("%1 (small group)").arg(label) : label;
}

Shown shown(const jobs::SubgroupAnalysis& analysis)
{
    Shown out;
    const QLocale locale;
    for (const auto& a : analysis.attacks)
        for (const auto& g : a.groups)
            out.rows.push_back(
                {{attack::AttackCatalogue::title(a.attack), groupLabel(g.label, g.small),
                  locale.toString(qint64(g.metrics.members)), locale.toString(qint64(g.metrics.nonMembers)),
                  SubgroupPanel::tr("%1 [%2, %3]")
                      .arg(figure(g.metrics.auc), figure(g.metrics.aucCi.low), figure(g.metrics.aucCi.high)),
                  figure(g.metrics.tprAt(0.01))},
                 g.small,
                 g.aboveRun});
    out.findings = analysis.findings();
    out.analysis = analysis.toJson();
    return out;
}

Shown shown(const jobs::FamilySubgroups& analysis)
{
    Shown out;
    const QLocale locale;
    const bool reconstruction = analysis.kind == project::RunKind::Reconstruction;
    for (const auto& m : analysis.measures)
        for (const auto& g : m.groups) {
            const jobs::FamilySubgroups::Interval& i = reconstruction ? g.advantage : g.leakage;
            out.rows.push_back(
                {{reconstruction ? SubgroupPanel::tr("Informed reconstruction")
                                 : attack::attributeAttackTitle(m.attack),
                  groupLabel(g.label, g.small), locale.toString(qint64(g.members)),
                  reconstruction ? QString() : locale.toString(qint64(g.nonMembers)),
                  SubgroupPanel::tr("%1 [%2, %3]").arg(figure(i.value), figure(i.low), figure(i.high)),
                  reconstruction ? QString() : figure(g.advantage.value)},
                 g.small,
                 g.aboveRun});
        }
    out.findings = analysis.findings();
    return out;
}

} // namespace

void SubgroupPanel::compute(const QString& column)
{
    if (column.isEmpty()) return;
    if (m_column->currentText() != column) m_column->setCurrentIndex(m_column->findText(column));
    const int generation = ++m_generation;
    m_compute->setEnabled(false);
    m_save->setEnabled(false);
    m_analysis = {};
    m_findings->setText(tr("Computing the subgroups of %1...").arg(column));
    // The dataset is read again and every group computed: off the GUI thread, on its own connection. A
    // membership run gets SubgroupAnalysis (bootstrapped AUCs), an attribute or reconstruction run
    // FamilySubgroups.
    runInBackground(
        this,
        [path = m_projectPath, runId = m_runId, kind = m_kind, column, bands = m_bands->value()] {
            auto store = project::ProjectStore::open(path, project::ProjectStore::Access::ReadOnly);
            if (!store) return Expected<Shown>::failure(store.error());
            if (kind == project::RunKind::MembershipInference) {
                const auto a = jobs::SubgroupAnalysis::compute(*store.value(), runId, column, bands, 200, 2);
                return a ? Expected<Shown>(shown(*a)) : Expected<Shown>::failure(a.error());
            }
            const auto a = jobs::FamilySubgroups::compute(*store.value(), runId, column, bands);
            return a ? Expected<Shown>(shown(*a)) : Expected<Shown>::failure(a.error());
        },
        [this, generation](const Expected<Shown>& result) {
            if (generation != m_generation) return;
            m_compute->setEnabled(true);
            m_table->setRowCount(0);
            if (!result) {
                m_findings->setText(result.error());
                Q_EMIT finished();
                return;
            }
            for (const Shown::Row& r : result->rows) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                for (int c = 0; c < int(r.cells.size()); ++c) {
                    auto* item = new QTableWidgetItem(r.cells[c]);
                    if (r.aboveRun) item->setBackground(QColor(0xfd, 0xe2, 0xc8));
                    if (r.small) item->setForeground(QColor(0x77, 0x77, 0x77));
                    m_table->setItem(row, c, item);
                }
            }
            m_findings->setText(result->findings.join(QLatin1Char('\n')));
            m_analysis = result->analysis;
            m_save->setEnabled(!m_analysis.isEmpty());
            Q_EMIT finished();
        });
}

void SubgroupPanel::saveForReport()
{
    if (m_analysis.isEmpty()) return;
    m_save->setEnabled(false);
    // A write waits for another process's write (the CLI beside the GUI): off the GUI thread.
    runInBackground(
        this,
        [path = m_projectPath, kind = m_kind, analysis = m_analysis] {
            auto store = project::ProjectStore::open(path, project::ProjectStore::Access::ReadWrite);
            if (!store) return store.error();
            return jobs::SavedSubgroups::save(*store.value(), kind, analysis);
        },
        [this](const QString& error) {
            m_save->setEnabled(!m_analysis.isEmpty());
            if (error.isEmpty())
                m_findings->setText(m_findings->text() + QLatin1Char('\n') +
                                    tr("Saved for the report's subgroups section."));
            else
                m_findings->setText(m_findings->text() + QLatin1Char('\n') + error);
            Q_EMIT saved(error);
        });
}

} // namespace privaudit::ui
