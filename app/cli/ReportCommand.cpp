// privaudit-cli report: the audit report as PDF/A-1b or HTML, draft or final, optionally signed; and
// privaudit-cli sign: a further signature on a report (assessor, then DPO, ...).
#include "CommandLine.h"
#include "Commands.h"
#include "common/FileRead.h"
#include "report/PdfSigner.h"
#include "report/ReportContent.h"
#include "report/ReportExport.h"
#include "ReportPdf.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace privaudit::cli {

namespace {

QByteArray fileSha256(const QString& path, QByteArray* content = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QByteArray bytes = f.readAll();
    if (content) *content = bytes;
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

/// The key bundle's password: from --password-file (first line) or PRIVAUDIT_SIGN_PASSWORD, never from
/// the command line (other users can read it there).
Expected<QString> signingPassword(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("password-file"))) {
        const auto bytes = readRegularFile(parser.value(QStringLiteral("password-file")), 64 * 1024);
        if (!bytes)
            return Expected<QString>::failure(
                CliText::tr("cannot read the password file: %1").arg(bytes.error()));
        return QString::fromUtf8(bytes->left(bytes->indexOf('\n') < 0 ? bytes->size() : bytes->indexOf('\n')))
            .remove(QLatin1Char('\r'));
    }
    return qEnvironmentVariable("PRIVAUDIT_SIGN_PASSWORD");
}

QList<QCommandLineOption> signingOptions()
{
    return {
        {QStringLiteral("password-file"),
         CliText::tr("File whose first line is the key bundle's password (else PRIVAUDIT_SIGN_PASSWORD)."),
         QStringLiteral("file")},
        {QStringLiteral("role"),
         CliText::tr("The signer's role, written into the signature (default: assessor)."),
         QStringLiteral("role")},
    };
}

} // namespace

QString writeReport(const project::ProjectStore& store, const QString& out, const QString& format,
                    const report::ReportOptions& options, int* pages, report::ReportContent* built)
{
    auto content = report::ReportContent::build(store, options);
    if (!content) return content.error();
    if (built) *built = *content;
    if (options.final && !content->isFinal)
        return CliText::tr("A final report needs:\n- %1")
            .arg(content->finalMissing.join(QStringLiteral("\n- ")));
    if (format == QLatin1String("html")) {
        QSaveFile f(out);
        const QByteArray html = report::reportHtml(*content);
        if (!f.open(QIODevice::WriteOnly) || f.write(html) != html.size() || !f.commit())
            return CliText::tr("cannot write '%1': %2").arg(out, f.errorString());
        return {};
    }
    return ui::ReportPdf::write(*content, out, pages);
}

int runReport(const CommandContext& context)
{
    CommandLine cli(context.arguments,
                    CliText::tr("Write the audit report of a project: cover, executive "
                                "summary, scope and method, data, attack results with "
                                "ROC curves, differential privacy, risk matrix, checklists, "
                                "audit-trail verification, limitations, sign-off "
                                "and appendix, as an archival PDF (PDF/A-1b) or HTML. The "
                                "language follows --lang. A report is a draft (marked "
                                "DRAFT on every page, with what is missing) unless --final "
                                "is given and every condition for a final report "
                                "holds; a final report is kept in the project as an "
                                "immutable record. --sign adds a PAdES signature."));
    QCommandLineParser& parser = cli.parser();
    parser.addOptions({
        {QStringLiteral("project"), CliText::tr("The .privaudit project."), QStringLiteral("file")},
        {QStringLiteral("out"), CliText::tr("Output file."), QStringLiteral("file")},
        {QStringLiteral("format"), CliText::tr("pdf or html (default pdf)."), QStringLiteral("format"),
         QStringLiteral("pdf")},
        {QStringLiteral("assessor"),
         CliText::tr("Name of the assessor, printed on the cover and the sign-off."), QStringLiteral("name")},
        {QStringLiteral("final"),
         CliText::tr(
             "A final report: refused, with the list of what is missing, unless every condition holds.")},
        {QStringLiteral("sign"), CliText::tr("Sign the PDF with this PKCS#12 key bundle (.p12)."),
         QStringLiteral("key")},
    });
    parser.addOptions(signingOptions());
    if (const auto stop = cli.parse()) return *stop;
    if (!parser.isSet(QStringLiteral("project")) || !parser.isSet(QStringLiteral("out"))) {
        printErr(CliText::tr("usage: privaudit-cli report --project FILE --out report.pdf [--format "
                             "pdf|html] [--final] [--sign KEY.p12]"));
        return ExitUsage;
    }
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("html")) {
        printErr(CliText::tr("--format must be pdf or html, got '%1'").arg(format));
        return ExitUsage;
    }
    const bool sign = parser.isSet(QStringLiteral("sign"));
    if (sign && format != QLatin1String("pdf")) {
        printErr(CliText::tr("--sign needs --format pdf: an HTML report cannot carry a PDF signature"));
        return ExitUsage;
    }
    QString password;
    if (sign) {
        // A key that cannot be read is bad input: answered before any report is written.
        if (!QFileInfo(parser.value(QStringLiteral("sign"))).isReadable()) {
            printErr(CliText::tr("--sign: cannot read the key bundle '%1'")
                         .arg(parser.value(QStringLiteral("sign"))));
            return ExitUsage;
        }
        auto p = signingPassword(parser);
        if (!p) {
            printErr(p.error());
            return ExitUsage;
        }
        password = *p;
    }
    // The content is read through a read-only connection; only the export's audit row is written.
    auto store = openProject(parser.value(QStringLiteral("project")), project::ProjectStore::Access::ReadOnly,
                             parser.isSet(QStringLiteral("json")));
    if (!store) return ExitUsage;
    QElapsedTimer timer;
    timer.start();
    int pages = 0;
    const QString out = parser.value(QStringLiteral("out"));
    report::ReportOptions options;
    options.assessor = parser.value(QStringLiteral("assessor"));
    options.final = parser.isSet(QStringLiteral("final"));
    report::ReportContent content;
    if (const QString err = writeReport(*store, out, format, options, &pages, &content); !err.isEmpty()) {
        printErr(err);
        return ExitFailure;
    }
    QJsonObject signature;
    if (sign) {
        report::SignatureRequest request;
        request.keyFile = parser.value(QStringLiteral("sign"));
        request.password = password;
        const QString role = parser.isSet(QStringLiteral("role")) ? parser.value(QStringLiteral("role"))
                                                                  : QStringLiteral("assessor");
        request.reason = report::ReportExport::signatureReason(role, content);
        const auto signedInfo = report::PdfSigner::sign(out, request);
        if (!signedInfo) {
            printErr(
                CliText::tr("The report was written to %1 but not signed: %2").arg(out, signedInfo.error()));
            return ExitFailure;
        }
        signature = QJsonObject{{QStringLiteral("signer"), signedInfo->signer},
                                {QStringLiteral("role"), role},
                                {QStringLiteral("signed_at"), signedInfo->signedAt.toString(Qt::ISODate)}};
    }
    // The export itself is evidence: recorded with the file's hash; a final report is kept whole.
    store.reset();
    auto writer =
        openProject(parser.value(QStringLiteral("project")), project::ProjectStore::Access::ReadWrite, true);
    if (!writer) return ExitFailure;
    qint64 reportId = 0;
    QString sha;
    if (writer->isReadOnly()) {
        sha = QString::fromLatin1(fileSha256(out));
        printErr(
            CliText::tr("The report was written, but its export could not be recorded in the audit trail: %1")
                .arg(writer->readOnlyReason()));
        if (content.isFinal) return ExitFailure;
    } else if (const auto recorded =
                   report::ReportExport::record(*writer, content, out, format, pages, signature, &sha);
               !recorded) {
        printErr(
            content.isFinal
                ? CliText::tr(
                      "The report was written, but it could not be kept in the project as a final report: %1")
                      .arg(recorded.error())
                : CliText::tr(
                      "The report was written, but its export could not be recorded in the audit trail: %1")
                      .arg(recorded.error()));
        return ExitFailure;
    } else {
        reportId = *recorded;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{
            {QStringLiteral("report"), out},
            {QStringLiteral("format"), format},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("sha256"), sha},
            {QStringLiteral("state"), content.isFinal ? QStringLiteral("final") : QStringLiteral("draft")},
            {QStringLiteral("missing_for_final"), QJsonArray::fromStringList(content.finalMissing)},
            {QStringLiteral("stored_report"), reportId},
            {QStringLiteral("signature"), signature},
            {QStringLiteral("seconds"), timer.elapsed() / 1000.0}});
    } else {
        const QString seconds = QLocale().toString(timer.elapsed() / 1000.0, 'f', 2);
        printOut(
            format == QLatin1String("html") // one page with no page count
                ? CliText::tr("Report written to %1 (HTML, %2 s).").arg(out, seconds)
                : CliText::tr("Report written to %1 (%2 pages, %3 s).").arg(out).arg(pages).arg(seconds));
        if (content.isFinal)
            printOut(CliText::tr("Final report, kept in the project as report %1 (SHA-256 %2).")
                         .arg(reportId)
                         .arg(sha));
        else if (content.finalMissing.isEmpty())
            printOut(CliText::tr("Draft: every condition for a final report holds; --final makes it final."));
        else
            printOut(CliText::tr("Draft: %n item(s) missing for a final report.", nullptr,
                                 int(content.finalMissing.size())));
        if (sign)
            printOut(CliText::tr("Signed by %1.").arg(signature.value(QStringLiteral("signer")).toString()));
    }
    return ExitOk;
}

int runSign(const CommandContext& context)
{
    CommandLine cli(context.arguments,
                    CliText::tr("Add a signature to a PDF report (a PDF incremental update: "
                                "earlier signatures stay valid), for example the "
                                "data protection officer after the assessor. With --project "
                                "the signing is recorded in the audit trail, and "
                                "the signed version of a final report is kept beside it."));
    QCommandLineParser& parser = cli.parser();
    parser.addOptions({
        {QStringLiteral("pdf"), CliText::tr("The PDF to sign (changed in place)."), QStringLiteral("file")},
        {QStringLiteral("key"), CliText::tr("PKCS#12 key bundle (.p12)."), QStringLiteral("file")},
        {QStringLiteral("reason"), CliText::tr("Reason written into the signature."), QStringLiteral("text")},
        {QStringLiteral("project"), CliText::tr("Record the signature in this project's audit trail."),
         QStringLiteral("file")},
    });
    parser.addOptions(signingOptions());
    if (const auto stop = cli.parse()) return *stop;
    if (!parser.isSet(QStringLiteral("pdf")) || !parser.isSet(QStringLiteral("key"))) {
        printErr(CliText::tr("usage: privaudit-cli sign --pdf report.pdf --key KEY.p12 [--password-file F] "
                             "[--role dpo] [--project FILE]"));
        return ExitUsage;
    }
    auto password = signingPassword(parser);
    if (!password) {
        printErr(password.error());
        return ExitUsage;
    }
    const QString pdf = parser.value(QStringLiteral("pdf"));
    const QByteArray before = fileSha256(pdf);
    report::SignatureRequest request;
    request.keyFile = parser.value(QStringLiteral("key"));
    request.password = *password;
    const QString role = parser.isSet(QStringLiteral("role")) ? parser.value(QStringLiteral("role"))
                                                              : QStringLiteral("assessor");
    request.reason = parser.isSet(QStringLiteral("reason"))
                         ? parser.value(QStringLiteral("reason"))
                         : CliText::tr("%1: privacy audit report").arg(role);
    const auto info = report::PdfSigner::sign(pdf, request);
    if (!info) {
        printErr(info.error());
        return ExitFailure;
    }
    QByteArray bytes;
    const QByteArray after = fileSha256(pdf, &bytes);
    qint64 stored = 0;
    if (parser.isSet(QStringLiteral("project"))) {
        auto store = openProject(parser.value(QStringLiteral("project")),
                                 project::ProjectStore::Access::ReadWrite, true);
        if (!store) return ExitFailure;
        const QJsonObject details{{QStringLiteral("signed_sha256"), QString::fromLatin1(before)},
                                  {QStringLiteral("signer"), info->signer},
                                  {QStringLiteral("role"), role},
                                  {QStringLiteral("signed_at"), info->signedAt.toString(Qt::ISODate)}};
        // The countersigned version of a final report is a final record too.
        qint64 signsReport = 0;
        if (const auto reports = store->finalReports())
            for (const auto& r : *reports)
                if (r.sha256 == QString::fromLatin1(before)) signsReport = r.id;
        if (signsReport > 0) {
            QJsonObject d = details;
            d[QStringLiteral("countersigns_report")] = signsReport;
            d[QStringLiteral("state")] = QStringLiteral("final");
            const auto id = store->addFinalReport(QFileInfo(pdf).fileName(), QStringLiteral("pdf"), bytes, d);
            if (!id) {
                printErr(id.error());
                return ExitFailure;
            }
            stored = *id;
        } else {
            QJsonObject d = details;
            d[QStringLiteral("sha256")] = QString::fromLatin1(after);
            if (const QString err =
                    store->appendAudit(QStringLiteral("report.signed"), QFileInfo(pdf).fileName(), d);
                !err.isEmpty()) {
                printErr(err);
                return ExitFailure;
            }
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("pdf"), pdf},
                              {QStringLiteral("signer"), info->signer},
                              {QStringLiteral("sha256"), QString::fromLatin1(after)},
                              {QStringLiteral("stored_report"), stored}});
    else
        printOut(CliText::tr("Signed %1 as %2 (%3).").arg(pdf, info->signer, role));
    return ExitOk;
}

} // namespace privaudit::cli
