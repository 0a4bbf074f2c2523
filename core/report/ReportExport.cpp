#include "report/ReportExport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace privaudit::report {

QString ReportExport::signatureReason(const QString& role, const ReportContent& content)
{
    return tr("%1: privacy audit report (%2) of model SHA-256 %3, project audit-trail head %4")
        .arg(role, content.isFinal ? tr("final") : tr("draft"),
             content.modelSha256.isEmpty() ? tr("(none designated)") : content.modelSha256,
             content.auditHead);
}

Expected<std::int64_t> ReportExport::record(project::ProjectStore& store, const ReportContent& content,
                                            const QString& path, const QString& format, int pages,
                                            const QJsonObject& signature, QString* sha256)
{
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly))
        return Expected<std::int64_t>::failure(
            tr("Cannot read back '%1': %2").arg(path, written.errorString()));
    const QByteArray bytes = written.readAll();
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (sha256) *sha256 = sha;
    const QJsonObject details{
        {QStringLiteral("format"), format},
        {QStringLiteral("sha256"), sha},
        {QStringLiteral("pages"), pages},
        {QStringLiteral("state"), content.isFinal ? QStringLiteral("final") : QStringLiteral("draft")},
        {QStringLiteral("model_sha256"), content.modelSha256},
        {QStringLiteral("audit_head"), content.auditHead},
        {QStringLiteral("signature"), signature}};
    const QString name = QFileInfo(path).fileName();
    if (content.isFinal) return store.addFinalReport(name, format, bytes, details);
    if (const QString err = store.appendAudit(QStringLiteral("report.exported"), name, details);
        !err.isEmpty())
        return Expected<std::int64_t>::failure(err);
    return std::int64_t(0);
}

} // namespace privaudit::report
