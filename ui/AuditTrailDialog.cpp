#include "AuditTrailDialog.h"

#include "project/ProjectStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace privaudit::ui {

AuditTrailDialog::AuditTrailDialog(const project::ProjectStore& store, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("auditTrailDialog"));
    setWindowTitle(tr("Audit Trail"));
    m_table->setObjectName(QStringLiteral("auditTrailTable"));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Time (UTC)"), tr("User"), tr("Host"), tr("Action"),
                                        tr("Subject"), tr("Old value"), tr("New value")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* status = new QLabel(this);
    status->setObjectName(QStringLiteral("auditTrailStatus"));
    status->setWordWrap(true);
    const auto report = store.verify();
    status->setText(report.ok ? tr("Verified: %1 rows, the hash chain is intact.").arg(report.auditRows)
                              : tr("Verification FAILED: %1").arg(report.problems.join(QLatin1Char(' '))));
    status->setStyleSheet(report.ok ? QStringLiteral("color: #006400;") : QStringLiteral("color: #b00020;"));
    const auto trail = store.auditTrail();
    if (trail) {
        m_table->setRowCount(int(trail->size()));
        int row = 0;
        for (const auto& e : *trail) {
            const auto change = project::auditChange(e);
            // The content seal ("state") is for verify, not for reading.
            QJsonObject shown = QJsonDocument::fromJson(e.detailsJson).object();
            shown.remove(QStringLiteral("state"));
            const QString details = QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Compact));
            const QStringList cells = {
                QString::number(e.seq), e.at,           e.user, e.host, e.action, e.subject,
                change.oldValue,        change.newValue};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells[c]);
                item->setToolTip(c >= 6 ? cells[c] : details);
                m_table->setItem(row, c, item);
            }
            ++row;
        }
        m_table->resizeColumnsToContents();
        for (int c = 6; c < 8; ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
    } else {
        status->setText(trail.error());
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1100, 600);
}

} // namespace privaudit::ui
