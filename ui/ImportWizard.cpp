#include "ImportWizard.h"

#include "Background.h"
#include "data/ColumnPlan.h"
#include "data/CsvImporter.h"
#include "MessageBar.h"

#include <algorithm>
#include <map>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace privaudit::ui {

namespace {

/// A page whose completeness the wizard decides.
class Page : public QWizardPage
{
public:
    explicit Page(std::function<bool()> complete) : m_complete(std::move(complete)) {}
    bool isComplete() const override { return m_complete(); }
    void changed() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};

const std::vector<data::ColumnRole> kRoles = {data::ColumnRole::Feature, data::ColumnRole::Label,
                                              data::ColumnRole::Sensitive, data::ColumnRole::Identifier,
                                              data::ColumnRole::Ignored};
const std::vector<data::ColumnType> kTypes = {data::ColumnType::Numeric, data::ColumnType::Categorical,
                                              data::ColumnType::Boolean};

QString roleTitle(data::ColumnRole role)
{
    switch (role) {
    case data::ColumnRole::Feature:
        return ImportWizard::tr("feature");
    case data::ColumnRole::Label:
        return ImportWizard::tr("label");
    case data::ColumnRole::Sensitive:
        return ImportWizard::tr("sensitive");
    case data::ColumnRole::Identifier:
        return ImportWizard::tr("identifier");
    case data::ColumnRole::Ignored:
        return ImportWizard::tr("ignored");
    }
    return {};
}

QString typeTitle(data::ColumnType type)
{
    switch (type) {
    case data::ColumnType::Numeric:
        return ImportWizard::tr("numeric");
    case data::ColumnType::Categorical:
        return ImportWizard::tr("categorical");
    case data::ColumnType::Boolean:
        return ImportWizard::tr("boolean");
    }
    return {};
}

/// The findings of one column: titles with confidence in the cell, the evidence in the tooltip.
QTableWidgetItem* findingsItem(const governance::ColumnScan* scan)
{
    auto* item = new QTableWidgetItem;
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (!scan || scan->findings.empty()) return item;
    QStringList titles, evidence;
    const QLocale locale;
    for (const auto& f : scan->findings) {
        titles << ImportWizard::tr("%1 (%2)").arg(governance::PiiScan::kindTitle(f.kind),
                                                  locale.toString(f.confidence, 'f', 2));
        evidence << governance::PiiScan::kindTitle(f.kind) + QStringLiteral(": ") + f.evidence;
    }
    item->setText(titles.join(QStringLiteral("; ")));
    item->setToolTip(evidence.join(QLatin1Char('\n')));
    switch (scan->suggestedRole()) {
    case governance::SuggestedRole::Identifier:
        item->setBackground(QColor(0xf8, 0xd7, 0xd0));
        break;
    case governance::SuggestedRole::Sensitive:
        item->setBackground(QColor(0xfb, 0xe8, 0xc8));
        break;
    case governance::SuggestedRole::QuasiIdentifier:
        item->setBackground(QColor(0xfb, 0xf4, 0xd0));
        break;
    case governance::SuggestedRole::None:
        break;
    }
    return item;
}

const QString kLastFolderKey = QStringLiteral("import/lastFolder");

/// A combo box in a table cell: the mouse wheel changes it only when it has focus, so scrolling the
/// table never silently moves a column's label or type.
class FocusComboBox : public QComboBox
{
public:
    explicit FocusComboBox(QWidget* parent) : QComboBox(parent) { setFocusPolicy(Qt::StrongFocus); }

protected:
    void wheelEvent(QWheelEvent* event) override
    {
        if (hasFocus())
            QComboBox::wheelEvent(event);
        else
            event->ignore(); // the table scrolls instead
    }
};

} // namespace

ImportWizard::ImportWizard(project::ProjectStore& store, QWidget* parent)
    : QWizard(parent), m_store(store), m_messageBar(new MessageBar(this)), m_path(new QLineEdit(this)),
      m_fileSummary(new QLabel(this)), m_columns(new QTableWidget(this)), m_preview(new QTableWidget(this)),
      m_summary(new QLabel(this)), m_name(new QLineEdit(this)), m_origin(new QPlainTextEdit(this)),
      m_licence(new QLineEdit(this)), m_consent(new QLineEdit(this)), m_purpose(new QLineEdit(this)),
      m_findings(new QLabel(this))
{
    setObjectName(QStringLiteral("importWizard"));
    m_path->setObjectName(QStringLiteral("importPath"));
    setWindowTitle(tr("Import Dataset"));
    setWizardStyle(QWizard::ClassicStyle);
    resize(900, 640);

    auto* filePage = new Page([this] { return m_loaded; });
    filePage->setTitle(tr("Choose a CSV file"));
    filePage->setSubTitle(tr("A header row and one record per line; comma, semicolon or tab separated."));
    auto* browse = new QPushButton(tr("Browse…"), filePage);
    connect(browse, &QPushButton::clicked, this, [this] {
        QSettings settings;
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Dataset"),
                                                          settings.value(kLastFolderKey).toString(),
                                                          tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
        if (!path.isEmpty()) setPath(path);
    });
    // A typed or pasted path is read as soon as it names a file (no Enter needed), and on leaving the field.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(400);
    connect(m_path, &QLineEdit::textEdited, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, [this] {
        if (QFileInfo(m_path->text()).isFile() && m_path->text() != m_loadedPath) setPath(m_path->text());
    });
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != m_loadedPath) setPath(m_path->text());
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* fileLayout = new QVBoxLayout(filePage);
    fileLayout->addWidget(m_messageBar);
    fileLayout->addLayout(row);
    fileLayout->addWidget(m_fileSummary);
    fileLayout->addStretch(1);
    connect(this, &ImportWizard::loadedChanged, filePage, [filePage] { filePage->changed(); });

    auto* columnsPage = new Page([this] { return m_loaded && m_table.labelIndex() >= 0; });
    columnsPage->setTitle(tr("Columns, types and roles"));
    columnsPage->setSubTitle(tr(
        "Choose the label the model predicts; mark sensitive columns (kept out of reports) and identifiers "
        "(never used as features)."));
    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_columns->setColumnCount(5);
    m_columns->setHorizontalHeaderLabels(
        {tr("Column"), tr("Type"), tr("Role"), tr("Missing"), tr("Personal data")});
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_columns->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setTabKeyNavigation(false);
    m_origin->setTabChangesFocus(true);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columnNotes = new QLabel(columnsPage);
    m_columnNotes->setObjectName(QStringLiteral("importColumnNotes"));
    m_columnNotes->setWordWrap(true);
    m_columnNotes->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_columnNotes->hide();
    m_findings->setObjectName(QStringLiteral("importFindings"));
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::PlainText);
    m_findings->hide();
    auto* columnsLayout = new QVBoxLayout(columnsPage);
    columnsLayout->addWidget(m_findings);
    columnsLayout->addWidget(m_columnNotes);
    columnsLayout->addWidget(m_columns, 1);
    columnsLayout->addWidget(new QLabel(tr("First rows:"), columnsPage));
    columnsLayout->addWidget(m_preview, 1);
    connect(this, &ImportWizard::loadedChanged, columnsPage, [columnsPage] { columnsPage->changed(); });

    auto* summaryPage = new QWizardPage;
    summaryPage->setTitle(tr("Summary and datasheet"));
    summaryPage->setSubTitle(
        tr("What an auditor asks about the data: where it comes from, under which licence and consent, for "
           "which purpose."));
    m_summary->setWordWrap(true);
    m_origin->setPlaceholderText(tr("Origin: who collected the data, when and how"));
    m_licence->setPlaceholderText(tr("Licence or legal basis for use"));
    m_consent->setPlaceholderText(tr("Consent obtained, or why none is needed"));
    m_purpose->setPlaceholderText(tr("Purpose of this use"));
    auto* form = new QFormLayout(summaryPage);
    form->addRow(m_summary);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Origin:"), m_origin);
    form->addRow(tr("Licence:"), m_licence);
    form->addRow(tr("Consent:"), m_consent);
    form->addRow(tr("Purpose:"), m_purpose);

    addPage(filePage);
    addPage(columnsPage);
    addPage(summaryPage);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == 2) showSummary();
    });
}

QString ImportWizard::path() const
{
    return m_path->text();
}

void ImportWizard::setPath(const QString& path)
{
    if (path != m_loadedPath) {
        // Another file: declarations made for the previous one do not apply.
        m_declaredTypes.clear();
        m_userRoles.clear();
        m_userLabel.clear();
    }
    m_path->setText(path);
    load();
}

void ImportWizard::editDataset(const project::DatasetRecord& dataset)
{
    m_declaredTypes.clear();
    m_userRoles.clear();
    m_userLabel.clear();
    for (const QJsonValue& v :
         QJsonDocument::fromJson(dataset.schemaJson).object().value(QStringLiteral("columns")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString name = c.value(QStringLiteral("name")).toString();
        if (const auto type = data::parseColumnType(c.value(QStringLiteral("type")).toString()))
            m_declaredTypes.insert(name, *type);
        const auto role = data::parseColumnRole(c.value(QStringLiteral("role")).toString());
        if (role == data::ColumnRole::Label)
            m_userLabel = name;
        else if (role)
            m_userRoles.insert(name, *role);
    }
    m_parentId = dataset.id;
    setWindowTitle(tr("Edit Dataset '%1'").arg(dataset.name));
    m_name->setText(dataset.name);
    setDatasheet(dataset.origin, dataset.licence, dataset.consent, dataset.purpose);
    m_path->setText(dataset.path);
    m_loadedPath = dataset.path;
    load();
}

void ImportWizard::declareType(const QString& column, data::ColumnType type)
{
    m_declaredTypes.insert(column, type);
    load();
}

void ImportWizard::load()
{
    m_loaded = false;
    Q_EMIT loadedChanged();
    m_fileSummary->setText(tr("Reading…"));
    const QString path = m_path->text();
    m_loadedPath = path;
    data::CsvImportOptions options;
    options.declaredTypes = m_declaredTypes;
    // Read and scan for personal data on a worker thread: a large file must not freeze the window.
    // A newer read replaces an older one still running: only the newest result is shown.
    const quint64 generation = ++m_readGeneration;
    using Read = std::pair<Expected<data::DataTable>, std::vector<governance::ColumnScan>>;
    runInBackground(
        this,
        [path, options]() -> Read {
            auto table = data::CsvImporter::importFile(path, options);
            std::vector<governance::ColumnScan> scans;
            if (table) scans = governance::PiiScan::scan(*table);
            return {std::move(table), std::move(scans)};
        },
        [this, generation](const Read& result) {
            if (generation == m_readGeneration) tableRead(result.first, result.second);
        });
}

void ImportWizard::tableRead(const Expected<data::DataTable>& result,
                             std::vector<governance::ColumnScan> scans)
{
    m_scans = std::move(scans);
    if (!result) {
        m_loaded = false;
        m_findings->hide();
        m_messageBar->showMessage(result.error(), MessageBar::Level::Error);
        m_fileSummary->clear();
    } else {
        m_table = result.value();
        m_loaded = true;
        m_messageBar->hide();
        applyPlan();
        applyScan();
        QSettings().setValue(kLastFolderKey, QFileInfo(m_loadedPath).absolutePath());
        QString summary = tr("%1 rows, %2 columns read.").arg(m_table.rowCount()).arg(m_table.columnCount());
        // The same file imported before: finishing reuses that dataset (found by its content hash).
        if (const auto known = m_store.datasets())
            for (const auto& d : *known)
                if (d.sha256 == m_table.contentSha256()) {
                    summary +=
                        QLatin1Char(' ') + tr("This file (SHA-256 %1…) is already in the project as dataset "
                                              "%2 '%3': finishing with the same types and roles reuses it, "
                                              "other choices register a new version of it.")
                                               .arg(d.sha256.left(12))
                                               .arg(d.id)
                                               .arg(d.name);
                    if (m_parentId == 0) m_parentId = d.id;
                    break;
                }
        m_fileSummary->setText(summary);
        if (m_name->text().isEmpty()) m_name->setText(QFileInfo(m_loadedPath).fileName());
        showTable();
        if (!m_table.notes().isEmpty())
            m_messageBar->showMessage(m_table.notes().join(QLatin1Char(' ')), MessageBar::Level::Warning);
        m_columnNotes->setText(m_table.notes().join(QLatin1Char('\n')));
        m_columnNotes->setVisible(!m_table.notes().isEmpty());
        showFindings();
    }
    Q_EMIT loadedChanged();
}

void ImportWizard::applyScan()
{
    // Pre-fill only what the user has not decided: their roles and the label always win.
    m_scanRoles.clear();
    for (const auto& scan : m_scans) {
        const int index = m_table.indexOf(scan.column);
        if (index < 0 || m_userRoles.contains(scan.column) || scan.column == m_userLabel) continue;
        const data::ColumnRole current = m_table.column(std::size_t(index)).role;
        data::ColumnRole role = current;
        switch (scan.suggestedRole()) {
        case governance::SuggestedRole::Identifier:
            // Also over the high-cardinality rule's 'ignored': the scan says why it must stay out.
            if (current == data::ColumnRole::Feature || current == data::ColumnRole::Ignored)
                role = data::ColumnRole::Identifier;
            break;
        case governance::SuggestedRole::Sensitive:
            if (current == data::ColumnRole::Feature) role = data::ColumnRole::Sensitive;
            break;
        case governance::SuggestedRole::QuasiIdentifier:
        case governance::SuggestedRole::None:
            break;
        }
        if (role != current && m_table.setRole(scan.column, role).isEmpty())
            m_scanRoles.insert(scan.column, role);
    }
}

void ImportWizard::showFindings()
{
    QStringList identifiers, sensitive, quasi;
    for (const auto& scan : m_scans) {
        switch (scan.suggestedRole()) {
        case governance::SuggestedRole::Identifier:
            identifiers << scan.column;
            break;
        case governance::SuggestedRole::Sensitive:
            sensitive << scan.column;
            break;
        case governance::SuggestedRole::QuasiIdentifier:
        case governance::SuggestedRole::None:
            break;
        }
        if (scan.quasiIdentifier()) quasi << scan.column;
    }
    QStringList parts;
    if (!identifiers.isEmpty())
        parts << tr("Direct identifiers: %1. Suggested role 'identifier': they are never model inputs.")
                     .arg(identifiers.join(QStringLiteral(", ")));
    if (!sensitive.isEmpty())
        parts << tr("Special categories (GDPR Art 9) or criminal-offence data (Art 10): %1. Suggested role "
                    "'sensitive': kept out of reports, the target of attribute-inference attacks; processing "
                    "them needs an exception of Art 9(2) or a legal basis under Art 10.")
                     .arg(sensitive.join(QStringLiteral(", ")));
    if (!quasi.isEmpty())
        parts << tr("Quasi-identifiers an attacker could link on: %1. They stay features; measure the "
                    "re-identification risk over them (privaudit-cli data risk).")
                     .arg(quasi.join(QStringLiteral(", ")));
    if (!m_scanRoles.isEmpty())
        parts << tr("Roles set from the scan: %1. Change any of them in the table.")
                     .arg(QStringList(m_scanRoles.keys()).join(QStringLiteral(", ")));
    m_findings->setText(parts.isEmpty() ? tr("No personal data found by the scan (names, contact details, "
                                             "national identifiers, dates of birth, special categories).")
                                        : parts.join(QLatin1Char('\n')));
    m_findings->setStyleSheet(parts.isEmpty() ? QString() : QStringLiteral("color: #8a1c00;"));
    m_findings->show();
}

void ImportWizard::applyPlan()
{
    // The same rules as the CLI and the job engine (data::ColumnPlan), with the user's choices so far.
    data::ColumnPlan plan;
    plan.roles = m_userRoles;
    plan.label = m_userLabel;
    if (const QString err = plan.apply(m_table); !err.isEmpty()) {
        m_userLabel.clear();
        plan.label.clear();
        m_messageBar->showMessage(err, MessageBar::Level::Error);
        plan.apply(m_table);
    }
}

void ImportWizard::showTable()
{
    m_updating = true;
    m_columns->setRowCount(int(m_table.columnCount()));
    for (std::size_t c = 0; c < m_table.columnCount(); ++c) {
        const data::Column& column = m_table.column(c);
        auto* name = new QTableWidgetItem(column.name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_columns->setItem(int(c), 0, name);
        auto* type = new FocusComboBox(m_columns);
        type->setObjectName(QStringLiteral("type_") + column.name);
        for (data::ColumnType t : kTypes)
            type->addItem(typeTitle(t), int(t));
        type->setCurrentIndex(type->findData(int(column.type)));
        connect(type, &QComboBox::activated, this, [this, type, columnName = column.name] {
            // A changed type re-reads the file with the declaration; a value that does not fit is an error.
            declareType(columnName, data::ColumnType(type->currentData().toInt()));
        });
        m_columns->setCellWidget(int(c), 1, type);
        auto* role = new FocusComboBox(m_columns);
        role->setObjectName(QStringLiteral("role_") + column.name);
        for (data::ColumnRole r : kRoles)
            role->addItem(roleTitle(r), int(r));
        role->setCurrentIndex(role->findData(int(column.role)));
        connect(role, &QComboBox::activated, this, [this, role, columnName = column.name] {
            if (const QString err = setRole(columnName, data::ColumnRole(role->currentData().toInt()));
                !err.isEmpty())
                m_messageBar->showMessage(err, MessageBar::Level::Error);
        });
        m_columns->setCellWidget(int(c), 2, role);
        m_columns->setItem(int(c), 3, new QTableWidgetItem(QString::number(column.missing)));
        const auto scan = std::find_if(m_scans.begin(), m_scans.end(),
                                       [&column](const auto& s) { return s.column == column.name; });
        m_columns->setItem(int(c), 4, findingsItem(scan != m_scans.end() ? &*scan : nullptr));
    }
    const int rows = int(std::min<std::size_t>(20, m_table.rowCount()));
    m_preview->setColumnCount(int(m_table.columnCount()));
    m_preview->setHorizontalHeaderLabels(m_table.columnNames());
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < m_table.columnCount(); ++c)
            m_preview->setItem(r, int(c), new QTableWidgetItem(m_table.column(c).text(std::size_t(r))));
    m_updating = false;
}

QString ImportWizard::setRole(const QString& column, data::ColumnRole role)
{
    if (m_table.indexOf(column) < 0) return m_table.setRole(column, role);
    if (role == data::ColumnRole::Label) {
        // A numeric label (German credit's 1/2) is read as classes, as in the CLI.
        data::DataTable trial = m_table;
        if (const QString err = trial.setRole(column, role); !err.isEmpty()) return err;
        if (trial.column(std::size_t(trial.indexOf(column))).type == data::ColumnType::Numeric) {
            if (const QString err = trial.makeCategorical(column, data::ColumnPlan().maxLabelClasses);
                !err.isEmpty())
                return err;
            m_messageBar->showMessage(trial.notes().constLast(), MessageBar::Level::Information);
            m_columnNotes->setText(trial.notes().join(QLatin1Char('\n')));
            m_columnNotes->show();
        }
        m_table = std::move(trial);
        m_declaredTypes.insert(column, data::ColumnType::Categorical);
        m_userRoles.remove(column);
        m_userLabel = column;
        m_scanRoles.remove(column);
        const int row = m_table.indexOf(column);
        if (auto* box = qobject_cast<QComboBox*>(m_columns->cellWidget(row, 1)))
            box->setCurrentIndex(box->findData(int(data::ColumnType::Categorical)));
    } else {
        if (const QString err = m_table.setRole(column, role); !err.isEmpty()) return err;
        m_userRoles.insert(column, role);
        m_scanRoles.remove(column);
        if (m_userLabel == column) m_userLabel.clear();
    }
    // Setting a label demotes the previous one: refresh the role boxes.
    for (std::size_t c = 0; c < m_table.columnCount(); ++c)
        if (auto* box = qobject_cast<QComboBox*>(m_columns->cellWidget(int(c), 2)))
            box->setCurrentIndex(box->findData(int(m_table.column(c).role)));
    Q_EMIT loadedChanged();
    return {};
}

void ImportWizard::showSummary()
{
    std::int64_t missing = 0;
    for (const auto& c : m_table.columns())
        missing += c.missing;
    QString balance;
    const int label = m_table.labelIndex();
    if (label >= 0) {
        const data::Column& c = m_table.column(std::size_t(label));
        std::map<QString, std::int64_t> counts;
        for (std::size_t r = 0; r < m_table.rowCount(); ++r)
            counts[c.text(r)]++;
        QStringList parts;
        for (const auto& [value, n] : counts)
            parts << tr("%1: %2 (%3%)")
                         .arg(value.isEmpty() ? tr("(missing)") : value)
                         .arg(n)
                         .arg(QLocale().toString(100.0 * double(n) / double(m_table.rowCount()), 'f', 1));
        balance = parts.join(QStringLiteral(", "));
    }
    m_summary->setText(tr("%1 rows, %2 columns, %3 missing values. Label '%4': %5.")
                           .arg(m_table.rowCount())
                           .arg(m_table.columnCount())
                           .arg(missing)
                           .arg(label >= 0 ? m_table.column(std::size_t(label)).name : QString(), balance));
}

void ImportWizard::setDatasheet(const QString& origin, const QString& licence, const QString& consent,
                                const QString& purpose)
{
    m_origin->setPlainText(origin);
    m_licence->setText(licence);
    m_consent->setText(consent);
    m_purpose->setText(purpose);
}

QMap<QString, QString> ImportWizard::roles() const
{
    QMap<QString, QString> out;
    for (const auto& c : m_table.columns())
        if (c.role != data::ColumnRole::Feature && c.role != data::ColumnRole::Label)
            out.insert(c.name, data::columnRoleName(c.role));
    return out;
}

QMap<QString, QString> ImportWizard::types() const
{
    QMap<QString, QString> out;
    for (const auto& c : m_table.columns())
        out.insert(c.name, data::columnTypeName(c.type));
    return out;
}

QString ImportWizard::labelColumn() const
{
    const int label = m_table.labelIndex();
    return label >= 0 ? m_table.column(std::size_t(label)).name : QString();
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == 0 && !m_loaded) return false;
    if (currentId() == 1 && m_table.labelIndex() < 0) {
        m_messageBar->showMessage(tr("Choose the label column: the model's prediction target."),
                                  MessageBar::Level::Warning);
        return false;
    }
    if (currentId() == 2) {
        project::DatasetRecord d;
        d.name = m_name->text().isEmpty() ? QFileInfo(m_path->text()).fileName() : m_name->text();
        d.path = QFileInfo(m_path->text()).absoluteFilePath();
        d.sha256 = m_table.contentSha256();
        d.fingerprint = m_table.fingerprint();
        d.rows = std::int64_t(m_table.rowCount());
        d.columns = std::int64_t(m_table.columnCount());
        d.schemaJson = m_table.storedSchemaJson();
        d.origin = m_origin->toPlainText();
        d.licence = m_licence->text();
        d.consent = m_consent->text();
        d.purpose = m_purpose->text();
        const auto id = m_store.addDatasetVersion(d, m_parentId);
        if (!id) {
            m_messageBar->showMessage(id.error(), MessageBar::Level::Error);
            return false;
        }
        m_datasetId = *id;
    }
    return QWizard::validateCurrentPage();
}

} // namespace privaudit::ui
