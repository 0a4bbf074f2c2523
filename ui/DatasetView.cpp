#include "DatasetView.h"

#include "Background.h"
#include "data/ColumnPlan.h"
#include "data/DemoData.h"
#include "DataGovernancePanel.h"
#include "DatasheetPanel.h"

#include <cmath>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <unordered_set>

namespace privaudit::ui {

namespace {
constexpr int kPreviewRows = 200;
}

DatasetView::DatasetView(project::ProjectStore& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_header(new QLabel(this)), m_name(new QLineEdit(this)),
      m_rename(new QPushButton(tr("Rename"), this)),
      m_edit(new QPushButton(tr("Edit Types and Roles…"), this)),
      m_delete(new QPushButton(tr("Delete Dataset"), this)), m_columns(new QTableWidget(this)),
      m_rows(new QTableWidget(this)), m_tabs(new QTabWidget(this)),
      m_governance(new DataGovernancePanel(this)), m_datasheet(new DatasheetPanel(store, this))
{
    setObjectName(QStringLiteral("datasetView"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setObjectName(QStringLiteral("datasetName"));
    m_columns->setObjectName(QStringLiteral("datasetColumns"));
    m_columns->setColumnCount(5);
    m_columns->setHorizontalHeaderLabels(
        {tr("Column"), tr("Type"), tr("Role"), tr("Distinct"), tr("Missing")});
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setTabKeyNavigation(false);
    m_rows->setObjectName(QStringLiteral("datasetRows"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setTabKeyNavigation(false);
    auto* actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Name:"), this));
    actions->addWidget(m_name, 1);
    actions->addWidget(m_rename);
    actions->addWidget(m_edit);
    actions->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(actions);
    auto* columnsTab = new QWidget(this);
    auto* columnsLayout = new QVBoxLayout(columnsTab);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->addWidget(m_columns, 1);
    columnsLayout->addWidget(new QLabel(tr("First rows of the file:"), columnsTab));
    columnsLayout->addWidget(m_rows, 2);
    m_tabs->setObjectName(QStringLiteral("datasetTabs"));
    m_tabs->addTab(columnsTab, tr("Columns and Rows"));
    m_tabs->addTab(m_governance, tr("Personal Data and Re-identification"));
    m_tabs->addTab(m_datasheet, tr("Datasheet"));
    connect(m_datasheet, &DatasheetPanel::errorOccurred, this, &DatasetView::errorOccurred);
    // The scan decides which GDPR grounds the datasheet asks for.
    connect(m_governance, &DataGovernancePanel::ready, this,
            [this] { m_datasheet->setScans(m_governance->scans()); });
    layout->addWidget(m_tabs, 1);
    connect(m_governance, &DataGovernancePanel::errorOccurred, this, &DatasetView::errorOccurred);

    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (const QString err = rename(m_name->text()); !err.isEmpty()) Q_EMIT errorOccurred(err);
    });
    connect(m_name, &QLineEdit::returnPressed, m_rename, &QPushButton::click);
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_dataset); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const QString err = remove(); !err.isEmpty()) Q_EMIT errorOccurred(err);
    });
}

QString DatasetView::load(qint64 datasetId)
{
    const auto all = m_store.datasets();
    if (!all) return all.error();
    bool found = false;
    for (const auto& d : *all)
        if (d.id == datasetId) {
            m_dataset = d;
            found = true;
        }
    if (!found) return tr("There is no dataset %1 in this project.").arg(datasetId);
    const auto runs = m_store.datasetRunCount(datasetId);
    const qint64 used = runs ? *runs : 0;
    m_header->setText(
        tr("<b>%1</b><br>File: %2<br>SHA-256: %3<br>%4 rows, %5 columns; used by %6 runs.<br>Origin: %7<br>"
           "Licence: %8<br>Consent: %9<br>Purpose: %10")
            .arg(project::builtInText(m_dataset.name).toHtmlEscaped(), m_dataset.path.toHtmlEscaped(),
                 m_dataset.sha256)
            .arg(m_dataset.rows)
            .arg(m_dataset.columns)
            .arg(used)
            .arg(m_dataset.origin.isEmpty() ? tr("(not stated)")
                                            : project::builtInText(m_dataset.origin).toHtmlEscaped(),
                 m_dataset.licence.isEmpty() ? tr("(not stated)")
                                             : project::builtInText(m_dataset.licence).toHtmlEscaped(),
                 m_dataset.consent.isEmpty() ? tr("(not stated)")
                                             : project::builtInText(m_dataset.consent).toHtmlEscaped(),
                 m_dataset.purpose.isEmpty() ? tr("(not stated)")
                                             : project::builtInText(m_dataset.purpose).toHtmlEscaped()));
    m_name->setText(project::builtInText(m_dataset.name));
    const bool writable = !m_store.isReadOnly();
    const bool isFile = m_dataset.path != QLatin1String("demo") && QFileInfo(m_dataset.path).isFile();
    m_rename->setEnabled(writable);
    m_edit->setEnabled(writable && isFile);
    m_delete->setEnabled(writable && used == 0);
    m_delete->setToolTip(used == 0
                             ? tr("No run uses this dataset.")
                             : tr("Used by %1 runs: kept, because their evidence refers to it.").arg(used));
    showColumns();
    if (const QString err = m_datasheet->load(m_dataset); !err.isEmpty()) Q_EMIT errorOccurred(err);

    // The rows, read on a worker thread with the stored types and roles.
    m_rowsLoaded = false;
    data::ColumnPlan plan;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(m_dataset.schemaJson).object().value(QStringLiteral("columns")).toArray()) {
        const QJsonObject c = v.toObject();
        if (const auto type = data::parseColumnType(c.value(QStringLiteral("type")).toString()))
            plan.types.insert(c.value(QStringLiteral("name")).toString(), *type);
    }
    if (!isFile) {
        m_rowsLoaded = true;
        if (m_dataset.path == QLatin1String("demo"))
            m_governance->setTable(std::make_shared<const data::DataTable>(data::DemoData::patients()));
        if (m_dataset.path != QLatin1String("demo"))
            Q_EMIT errorOccurred(
                tr("The file '%1' of dataset '%2' is no longer there.").arg(m_dataset.path, m_dataset.name));
        return {};
    }
    const QString path = m_dataset.path;
    plan.maxDistinctRatio = 1.0;
    const quint64 generation = ++m_readGeneration; // a dataset loaded again: only the newest read counts
    runInBackground(
        this, [path, plan] { return plan.load(path); },
        [this, generation](const Expected<data::DataTable>& result) {
            if (generation == m_readGeneration) rowsRead(result);
        });
    return {};
}

void DatasetView::rowsRead(const Expected<data::DataTable>& result)
{
    if (!result) {
        Q_EMIT errorOccurred(tr("The rows of '%1' cannot be shown: %2").arg(m_dataset.name, result.error()));
    } else {
        m_table = result.value();
        const int rows = int(std::min<std::size_t>(kPreviewRows, m_table.rowCount()));
        m_rows->setColumnCount(int(m_table.columnCount()));
        m_rows->setHorizontalHeaderLabels(m_table.columnNames());
        m_rows->setRowCount(rows);
        for (int r = 0; r < rows; ++r)
            for (std::size_t c = 0; c < m_table.columnCount(); ++c)
                m_rows->setItem(r, int(c), new QTableWidgetItem(m_table.column(c).text(std::size_t(r))));
        showColumns();
        m_governance->setTable(std::make_shared<const data::DataTable>(m_table));
    }
    m_rowsLoaded = true;
}

void DatasetView::showColumns()
{
    const QJsonArray columns =
        QJsonDocument::fromJson(m_dataset.schemaJson).object().value(QStringLiteral("columns")).toArray();
    m_columns->setRowCount(int(columns.size()));
    for (int i = 0; i < columns.size(); ++i) {
        const QJsonObject c = columns[i].toObject();
        const QString name = c.value(QStringLiteral("name")).toString();
        QString distinct = QStringLiteral("…");
        if (c.contains(QStringLiteral("distinct"))) {
            distinct = QString::number(c.value(QStringLiteral("distinct")).toInteger());
        } else if (c.contains(
                       QStringLiteral("categories"))) { // projects written before the values were dropped
            distinct = QString::number(c.value(QStringLiteral("categories")).toArray().size());
        } else if (const int index = m_table.indexOf(name);
                   index >= 0 && m_table.column(std::size_t(index)).type == data::ColumnType::Numeric) {
            std::unordered_set<double> values;
            for (double v : m_table.column(std::size_t(index)).numbers)
                if (!std::isnan(v)) values.insert(v);
            distinct = QString::number(values.size());
        }
        const QStringList cells = {name, c.value(QStringLiteral("type")).toString(),
                                   c.value(QStringLiteral("role")).toString(), distinct,
                                   QString::number(c.value(QStringLiteral("missing")).toInteger())};
        for (int k = 0; k < cells.size(); ++k)
            m_columns->setItem(i, k, new QTableWidgetItem(cells[k]));
    }
}

void DatasetView::showGovernance()
{
    m_tabs->setCurrentWidget(m_governance);
}

void DatasetView::showDatasheet()
{
    m_tabs->setCurrentWidget(m_datasheet);
}

QString DatasetView::rename(const QString& name)
{
    if (const QString err = m_store.renameDataset(m_dataset.id, name); !err.isEmpty()) return err;
    load(m_dataset.id);
    Q_EMIT changed();
    return {};
}

QString DatasetView::remove()
{
    if (const QString err = m_store.deleteDataset(m_dataset.id); !err.isEmpty()) return err;
    Q_EMIT changed();
    return {};
}

} // namespace privaudit::ui
