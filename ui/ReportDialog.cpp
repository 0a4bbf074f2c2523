#include "ReportDialog.h"

#include "project/ProjectStore.h"
#include "report/PdfSigner.h"
#include "report/ReportExport.h"
#include "ReportPdf.h"

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
#include <QPrinter>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace privaudit::ui {

ReportDialog::ReportDialog(project::ProjectStore& store, QWidget* parent)
    : QDialog(parent), m_store(store), m_assessor(new QLineEdit(this)),
      m_final(new QCheckBox(tr("&Final report"), this)), m_state(new QLabel(this)),
      m_signKey(new QLineEdit(this)), m_signPassword(new QLineEdit(this)),
      m_printer(new QPrinter(QPrinter::HighResolution)), m_preview(nullptr)
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
        connect(box, &QCheckBox::toggled, this, &ReportDialog::applyOptions);
        m_sections[id] = box;
        sections->addWidget(box, k / 2, k % 2);
        ++k;
    }
    m_final->setObjectName(QStringLiteral("finalReport"));
    m_final->setToolTip(
        tr("A final report needs a model under review, every applicable item answered, evidence for each "
           "risk cell and nothing out of date; it is kept in the project and cannot be changed."));
    connect(m_final, &QCheckBox::toggled, this, &ReportDialog::applyOptions);
    m_state->setObjectName(QStringLiteral("reportState"));
    m_state->setWordWrap(true);
    m_state->setMaximumWidth(360);
    m_signKey->setObjectName(QStringLiteral("signKey"));
    m_signKey->setPlaceholderText(tr("PKCS#12 key (.p12) to sign the PDF; empty: not signed"));
    m_signPassword->setObjectName(QStringLiteral("signPassword"));
    m_signPassword->setEchoMode(QLineEdit::Password);
    m_signPassword->setPlaceholderText(tr("Password of the key"));
    auto* browseKey = new QPushButton(tr("Key…"), this);
    connect(browseKey, &QPushButton::clicked, this, [this] {
        const QString key =
            QFileDialog::getOpenFileName(this, tr("Signing Key"), QString(), tr("PKCS#12 key (*.p12 *.pfx)"));
        if (!key.isEmpty()) m_signKey->setText(key);
    });
    m_assessor->setPlaceholderText(tr("Name of the assessor (printed on the cover and the sign-off)"));
    connect(m_assessor, &QLineEdit::editingFinished, this, &ReportDialog::applyOptions);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) {
        if (m_content) m_pages = ReportPdf::paint(*m_content, printer);
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportReport"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export Audit Report"), QStringLiteral("audit-report.pdf"),
                                         tr("PDF/A document (*.pdf);;HTML page (*.html)"));
        if (path.isEmpty()) return;
        if (const QString err = exportTo(path); !err.isEmpty())
            QMessageBox::warning(this, tr("Audit Report"), err);
    });
    auto* form = new QVBoxLayout;
    form->addWidget(new QLabel(tr("Sections:"), this));
    form->addLayout(sections);
    form->addWidget(new QLabel(tr("Assessor:"), this));
    form->addWidget(m_assessor);
    form->addWidget(m_final);
    form->addWidget(m_state);
    form->addWidget(new QLabel(tr("Signature:"), this));
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_signKey, 1);
    keyRow->addWidget(browseKey);
    form->addLayout(keyRow);
    form->addWidget(m_signPassword);
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
        if (box->isChecked()) o.sections.insert(id);
    o.assessor = m_assessor->text();
    o.final = m_final->isChecked();
    return o;
}

void ReportDialog::rebuild()
{
    m_content = report::ReportContent::build(m_store, options());
    m_state->setText(stateText());
    m_preview->updatePreview();
}

void ReportDialog::applyOptions()
{
    // Sections, assessor and the final request change how the content is shown, not what the project
    // holds: no second read of the project at each click.
    if (m_content)
        m_content.value().applyOptions(options());
    else
        m_content = report::ReportContent::build(m_store, options());
    m_state->setText(stateText());
    m_preview->updatePreview();
}

QString ReportDialog::stateText() const
{
    if (!m_content) return m_content.error();
    if (m_content->isFinal) return tr("Final report: every condition holds.");
    QString text = m_final->isChecked()
                       ? tr("Not yet final. Missing:")
                       : tr("Draft (marked DRAFT on every page). Missing for a final report:");
    for (const QString& m : m_content->finalMissing)
        text += QStringLiteral("\n• ") + m;
    return text;
}

void ReportDialog::setFinal(bool final)
{
    m_final->setChecked(final);
}

void ReportDialog::setSigningKey(const QString& keyFile, const QString& password)
{
    m_signKey->setText(keyFile);
    m_signPassword->setText(password);
}

void ReportDialog::setSectionEnabled(const QString& id, bool on)
{
    if (auto it = m_sections.find(id); it != m_sections.end()) it->second->setChecked(on);
}

int ReportDialog::previewPages() const
{
    return m_pages;
}

QString ReportDialog::exportTo(const QString& path)
{
    rebuild(); // what is exported is what the project holds now (a job may have finished meanwhile)
    if (!m_content) return m_content.error();
    if (m_final->isChecked() && !m_content->isFinal)
        return tr("A final report needs:\n• %1").arg(m_content->finalMissing.join(QStringLiteral("\n• ")));
    const bool html = QFileInfo(path).suffix().compare(QLatin1String("html"), Qt::CaseInsensitive) == 0;
    const bool sign = !m_signKey->text().trimmed().isEmpty();
    if (sign && html) return tr("An HTML report cannot carry a signature: export a PDF to sign it.");
    int pages = 0;
    if (html) {
        QSaveFile f(path);
        const QByteArray bytes = report::reportHtml(*m_content);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return tr("Cannot write '%1': %2").arg(path, f.errorString());
    } else if (const QString err = ReportPdf::write(*m_content, path, &pages); !err.isEmpty()) {
        return err;
    }
    QJsonObject signature;
    if (sign) {
        report::SignatureRequest request;
        request.keyFile = m_signKey->text().trimmed();
        request.password = m_signPassword->text();
        request.reason = report::ReportExport::signatureReason(QStringLiteral("assessor"), *m_content);
        const auto info = report::PdfSigner::sign(path, request);
        if (!info) return tr("The report was written to %1 but not signed: %2").arg(path, info.error());
        signature = QJsonObject{{QStringLiteral("signer"), info->signer},
                                {QStringLiteral("signed_at"), info->signedAt.toString(Qt::ISODate)}};
    }
    const auto recorded = report::ReportExport::record(
        m_store, *m_content, path, html ? QStringLiteral("html") : QStringLiteral("pdf"), pages, signature);
    return recorded ? QString() : recorded.error();
}

} // namespace privaudit::ui
