#pragma once

#include "common/Expected.h"
#include "project/ProjectStore.h"
#include "report/ReportContent.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace privaudit::report {

/// What the CLI and the report dialog record when a report has been written: one rule in one place.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::report::ReportExport)

public:
    /// The signature's reason: the signer's role, draft or final, the model under review's SHA-256 and
    /// the project's audit-trail head (so that the signature binds the report to the evidence).
    static QString signatureReason(const QString& role, const ReportContent& content);

    /// Records the written report at @p path as evidence: a final report is kept whole in the project
    /// (ProjectStore::addFinalReport, audit row "report.finalised"), a draft gets an audit row
    /// "report.exported"; both with the file's SHA-256, pages, state, model, audit head and @p signature.
    /// Returns the stored report's id (0 for a draft), or the error; @p sha256 receives the file's hash.
    static Expected<std::int64_t> record(project::ProjectStore& store, const ReportContent& content,
                                         const QString& path, const QString& format, int pages,
                                         const QJsonObject& signature, QString* sha256 = nullptr);
};

} // namespace privaudit::report
