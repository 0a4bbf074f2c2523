#include "ReportDialog.h"

#include "ReportPdf.h"
#include "project/ProjectStore.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace privaudit::ui {

ReportDialog::ReportDialog(project::ProjectStore& store, QWidget* parent)
    : QDialog(parent), m_store(store), m_assessor(new QLineEdit(this)), m_printer(new QPrinter(QPrinter::HighResolution)),
      m_preview(nullptr)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Audit Report"));
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setPageMargins(QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter);
    m_printer->setResolution(150);
    m_preview = new QPrintPreviewWidget(m_printer, this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    auto* sections = new QGridLayout;
    int k = 0;
    for (const QString& id : report::sectionIds()) {
        auto* box = new QCheckBox(report::sectionTitle(id), this);
        box->setObjectName(QStringLiteral("section_") + id);
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &ReportDialog::rebuild);
        m_sections[id] = box;
        sections->addWidget(box, k / 2, k % 2);
        ++k;
    }
    m_assessor->setPlaceholderText(tr("Name of the assessor (printed on the cover and the sign-off)"));
    connect(m_assessor, &QLineEdit::editingFinished, this, &ReportDialog::rebuild);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) {
        if (m_content)
            m_pages = ReportPdf::paint(*m_content, printer);
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportReport"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Audit Report"), QStringLiteral("audit-report.pdf"),
                                                          tr("PDF/A document (*.pdf);;HTML page (*.html)"));
        if (path.isEmpty())
            return;
        if (const QString err = exportTo(path); !err.isEmpty())
            QMessageBox::warning(this, tr("Audit Report"), err);
    });
    auto* form = new QVBoxLayout;
    form->addWidget(new QLabel(tr("Sections:"), this));
    form->addLayout(sections);
    form->addWidget(new QLabel(tr("Assessor:"), this));
    form->addWidget(m_assessor);
    form->addStretch(1);
    auto* body = new QHBoxLayout;
    body->addLayout(form);
    body->addWidget(m_preview, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(1100, 760);
    rebuild();
}

ReportDialog::~ReportDialog()
{
    delete m_preview; // it uses the printer
    delete m_printer;
}

report::ReportOptions ReportDialog::options() const
{
    report::ReportOptions o;
    o.sections.clear();
    for (const auto& [id, box] : m_sections)
        if (box->isChecked())
            o.sections.insert(id);
    o.assessor = m_assessor->text();
    return o;
}

void ReportDialog::rebuild()
{
    m_content = report::ReportContent::build(m_store, options());
    m_preview->updatePreview();
}

void ReportDialog::setSectionEnabled(const QString& id, bool on)
{
    if (auto it = m_sections.find(id); it != m_sections.end())
        it->second->setChecked(on);
}

int ReportDialog::previewPages() const
{
    return m_pages;
}

QString ReportDialog::exportTo(const QString& path)
{
    if (!m_content)
        return m_content.error();
    const bool html = QFileInfo(path).suffix().compare(QLatin1String("html"), Qt::CaseInsensitive) == 0;
    int pages = 0;
    if (html) {
        QSaveFile f(path);
        const QByteArray bytes = report::reportHtml(*m_content);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return tr("Cannot write '%1': %2").arg(path, f.errorString());
    } else if (const QString err = ReportPdf::write(*m_content, path, &pages); !err.isEmpty()) {
        return err;
    }
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly))
        return tr("Cannot read back '%1'.").arg(path);
    return m_store.appendAudit(QStringLiteral("report.exported"), QFileInfo(path).fileName(),
                               QJsonObject{{QStringLiteral("format"), html ? QStringLiteral("html") : QStringLiteral("pdf")},
                                           {QStringLiteral("pages"), pages},
                                           {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(written.readAll(), QCryptographicHash::Sha256).toHex())}});
}

} // namespace privaudit::ui
