#include "DatasheetPanel.h"

#include "governance/SpdxLicences.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QVBoxLayout>

namespace privaudit::ui {

namespace {

bool found(const std::vector<governance::ColumnScan>& scans, bool criminal)
{
    for (const auto& s : scans)
        for (const auto& f : s.findings)
            if (criminal
                    ? f.kind == governance::PiiKind::CriminalOffence
                    : governance::PiiScan::legalReference(f.kind).startsWith(QLatin1String("GDPR Art 9")))
                return true;
    return false;
}

} // namespace

DatasheetPanel::DatasheetPanel(project::ProjectStore& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_licence(new QLineEdit(this)), m_licenceStatus(new QLabel(this)),
      m_lawfulBasis(new QComboBox(this)), m_art9(new QComboBox(this)), m_art10(new QLineEdit(this)),
      m_groundsNote(new QLabel(this)), m_completeness(new QProgressBar(this)), m_missing(new QLabel(this)),
      m_save(new QPushButton(tr("Save Datasheet"), this))
{
    setObjectName(QStringLiteral("datasheetPanel"));
    m_licence->setObjectName(QStringLiteral("datasheetLicence"));
    m_licenceStatus->setObjectName(QStringLiteral("datasheetLicenceStatus"));
    m_completeness->setObjectName(QStringLiteral("datasheetCompleteness"));
    m_missing->setObjectName(QStringLiteral("datasheetMissing"));
    m_licence->setPlaceholderText(tr("SPDX expression, e.g. CC-BY-4.0 or LicenseRef-internal"));
    m_licenceStatus->setWordWrap(true);
    m_groundsNote->setWordWrap(true);
    m_missing->setWordWrap(true);
    m_missing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_completeness->setRange(0, 100);
    m_completeness->setFormat(tr("%p% complete"));
    m_lawfulBasis->addItem(tr("(not stated)"), QString());
    for (const QString& id : governance::Datasheet::lawfulBases())
        m_lawfulBasis->addItem(governance::Datasheet::groundTitle(id), id);
    m_art9->addItem(tr("(not stated)"), QString());
    for (const QString& id : governance::Datasheet::specialCategoryConditions())
        m_art9->addItem(governance::Datasheet::groundTitle(id), id);
    m_art10->setPlaceholderText(tr("The Union or Member State law, e.g. § 22 BDSG"));

    auto* sections = new QWidget(this);
    auto* sectionsLayout = new QVBoxLayout(sections);
    QString current;
    QVBoxLayout* form = nullptr;
    for (const auto& q : governance::Datasheet::questions()) {
        if (q.section != current) {
            current = q.section;
            auto* box = new QGroupBox(governance::Datasheet::sectionTitle(current), sections);
            form = new QVBoxLayout(box);
            sectionsLayout->addWidget(box);
        }
        auto* edit = new QPlainTextEdit(sections);
        edit->setObjectName(QStringLiteral("datasheet_") + q.id);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
        auto* label = new QLabel(governance::Datasheet::questionText(q.id), sections);
        label->setWordWrap(true);
        label->setBuddy(edit);
        form->addWidget(label);
        form->addWidget(edit);
        m_answers.insert(q.id, edit);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (m_updating) return;
            m_modified = true;
            refresh();
        });
    }
    auto* legal = new QGroupBox(tr("Licence and lawful basis"), sections);
    auto* legalForm = new QFormLayout(legal);
    legalForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    legalForm->addRow(tr("Licence:"), m_licence);
    legalForm->addRow(QString(), m_licenceStatus);
    legalForm->addRow(tr("Lawful basis (GDPR Art 6(1)):"), m_lawfulBasis);
    legalForm->addRow(tr("Special categories (Art 9(2)):"), m_art9);
    legalForm->addRow(tr("Criminal-offence data (Art 10):"), m_art10);
    legalForm->addRow(QString(), m_groundsNote);
    sectionsLayout->insertWidget(0, legal);
    sectionsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(sections);
    scroll->setWidgetResizable(true);

    for (QLineEdit* line : {m_licence, m_art10})
        connect(line, &QLineEdit::textEdited, this, [this] {
            m_modified = true;
            refresh();
        });
    for (QComboBox* box : {m_lawfulBasis, m_art9})
        connect(box, &QComboBox::activated, this, [this] {
            m_modified = true;
            refresh();
        });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const QString err = save(); !err.isEmpty()) Q_EMIT errorOccurred(err);
    });
    auto* exportSpdx = new QPushButton(tr("Export SPDX…"), this);
    auto* exportCroissant = new QPushButton(tr("Export Croissant…"), this);
    auto* import = new QPushButton(tr("Import…"), this);
    const auto exporter = [this](const QString& format, const QString& suffix) {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Datasheet"), QFileInfo(m_dataset.path).completeBaseName() + suffix,
            tr("JSON-LD (*.json *.jsonld);;All files (*)"));
        if (path.isEmpty()) return;
        if (const QString err = exportTo(format, path); !err.isEmpty()) Q_EMIT errorOccurred(err);
    };
    connect(exportSpdx, &QPushButton::clicked, this,
            [exporter] { exporter(QStringLiteral("spdx"), QStringLiteral(".spdx.json")); });
    connect(exportCroissant, &QPushButton::clicked, this,
            [exporter] { exporter(QStringLiteral("croissant"), QStringLiteral(".croissant.json")); });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Datasheet"), QString(),
                                                          tr("JSON-LD (*.json *.jsonld);;All files (*)"));
        if (path.isEmpty()) return;
        if (const QString err = importFrom(path); !err.isEmpty()) Q_EMIT errorOccurred(err);
    });
    auto* top = new QHBoxLayout;
    top->addWidget(m_completeness, 1);
    top->addWidget(m_save);
    top->addWidget(exportSpdx);
    top->addWidget(exportCroissant);
    top->addWidget(import);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_missing);
    layout->addWidget(scroll, 1);
    m_save->setEnabled(false);
}

QString DatasheetPanel::load(const project::DatasetRecord& dataset)
{
    m_dataset = dataset;
    const auto d = governance::Datasheet::load(m_store, dataset);
    if (!d) return d.error();
    show(*d);
    m_modified = false;
    refresh();
    return {};
}

void DatasheetPanel::setScans(std::vector<governance::ColumnScan> scans)
{
    m_scans = std::move(scans);
    m_scanned = true;
    refresh();
}

void DatasheetPanel::show(const governance::Datasheet& d)
{
    m_updating = true;
    for (auto it = m_answers.begin(); it != m_answers.end(); ++it)
        it.value()->setPlainText(d.answers.value(it.key()));
    m_licence->setText(d.licence);
    m_lawfulBasis->setCurrentIndex(std::max(0, m_lawfulBasis->findData(d.lawfulBasis)));
    m_art9->setCurrentIndex(std::max(0, m_art9->findData(d.specialCategoryCondition)));
    m_art10->setText(d.criminalDataBasis);
    m_updating = false;
}

governance::Datasheet DatasheetPanel::datasheet() const
{
    governance::Datasheet d;
    for (auto it = m_answers.begin(); it != m_answers.end(); ++it)
        if (const QString text = it.value()->toPlainText(); !text.trimmed().isEmpty())
            d.answers.insert(it.key(), text);
    const auto check = governance::SpdxLicences::checkExpression(m_licence->text());
    d.licence = check.valid ? check.canonical : m_licence->text().trimmed();
    d.lawfulBasis = m_lawfulBasis->currentData().toString();
    d.specialCategoryCondition = m_art9->currentData().toString();
    d.criminalDataBasis = m_art10->text().trimmed();
    return d;
}

governance::Datasheet::Completeness DatasheetPanel::completeness() const
{
    return datasheet().completeness(m_scans);
}

void DatasheetPanel::refresh()
{
    const auto c = completeness();
    m_completeness->setValue(int(std::lround(c.score() * 100.0)));
    m_completeness->setToolTip(tr("%1 of %2 answered").arg(c.answered).arg(c.required));
    QStringList lines = c.problems;
    if (!c.missing.isEmpty()) {
        // By section, and the grounds by name: the questions themselves are below.
        const QStringList parts = datasheet().openSummary(c);
        lines << tr("Still open (%1): %2.").arg(c.missing.size()).arg(parts.join(QStringLiteral("; ")));
    }
    m_missing->setText(lines.join(QLatin1Char('\n')));
    m_missing->setStyleSheet(c.problems.isEmpty() ? QString() : QStringLiteral("color: #8a1c00;"));
    const QString text = m_licence->text().trimmed();
    if (text.isEmpty()) {
        m_licenceStatus->setText(
            tr("Checked against the SPDX licence list shipped with PrivAudit (%1, %2 licences).")
                .arg(governance::SpdxLicences::listVersion())
                .arg(governance::SpdxLicences::licenceCount()));
        m_licenceStatus->setStyleSheet(QString());
    } else if (const auto check = governance::SpdxLicences::checkExpression(text); check.valid) {
        QStringList names;
        for (const QString& id : check.licences)
            names << governance::SpdxLicences::name(id);
        m_licenceStatus->setText(check.licences.isEmpty()
                                     ? tr("Valid: a licence outside the SPDX list (LicenseRef).")
                                     : tr("Valid: %1.").arg(names.join(QStringLiteral("; "))));
        m_licenceStatus->setStyleSheet(QStringLiteral("color: #006b3c;"));
    } else {
        m_licenceStatus->setText(tr("Not a valid SPDX expression: %1.").arg(check.error));
        m_licenceStatus->setStyleSheet(QStringLiteral("color: #8a1c00;"));
    }
    const bool special = found(m_scans, false);
    const bool criminal = found(m_scans, true);
    m_art9->setEnabled(special || m_art9->currentIndex() > 0);
    m_art10->setEnabled(criminal || !m_art10->text().isEmpty());
    m_groundsNote->setText(
        !m_scanned
            ? tr("The PII scan of the file has not finished: whether special categories or criminal-offence "
                 "data need their grounds is not known yet.")
        : special || criminal
            ? tr("The PII scan found %1: processing it needs the ground asked for here.")
                  .arg(special && criminal ? tr("special categories and criminal-offence data")
                       : special           ? tr("special categories of personal data")
                                           : tr("criminal-offence data"))
            : tr("The PII scan found no special categories or criminal-offence data; their grounds "
                 "are not asked for."));
    m_save->setEnabled(m_modified && !m_store.isReadOnly());
}

void DatasheetPanel::setAnswer(const QString& question, const QString& text)
{
    if (auto* edit = m_answers.value(question)) edit->setPlainText(text); // textChanged marks it modified
}

void DatasheetPanel::setLicence(const QString& expression)
{
    m_licence->setText(expression);
    m_modified = true;
    refresh();
}

QString DatasheetPanel::licenceStatus() const
{
    return m_licenceStatus->text();
}

QString DatasheetPanel::save()
{
    const governance::Datasheet d = datasheet();
    if (!d.licence.isEmpty())
        if (const auto check = governance::SpdxLicences::checkExpression(d.licence); !check.valid)
            return tr("The licence '%1' is not a valid SPDX expression: %2.").arg(d.licence, check.error);
    if (const QString err = d.save(m_store, m_dataset.id); !err.isEmpty()) return err;
    m_modified = false;
    refresh();
    Q_EMIT saved();
    return {};
}

QString DatasheetPanel::exportTo(const QString& format, const QString& path) const
{
    const governance::Datasheet d = datasheet();
    const QJsonObject doc =
        format == QLatin1String("spdx")
            ? d.toSpdx(m_dataset, m_scans, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
            : d.toCroissant(m_dataset, m_scans);
    const QByteArray bytes = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return tr("Cannot write '%1': %2").arg(path, out.errorString());
    return {};
}

QString DatasheetPanel::importFrom(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return tr("Cannot read '%1': %2").arg(path, f.errorString());
    if (f.size() > 16 << 20) return tr("'%1' is larger than 16 MiB: not a datasheet.").arg(path);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject()) return tr("'%1' is not a JSON object: %2").arg(path, error.errorString());
    const auto imported = governance::Datasheet::fromExport(doc.object());
    if (!imported) return imported.error();
    governance::Datasheet d = datasheet(); // what the file does not carry stays as it is
    d.mergeFrom(*imported);
    show(d);
    m_modified = true;
    refresh();
    return {};
}

} // namespace privaudit::ui
