// privaudit-cli report: the audit report as PDF/A-1b or HTML, headless.
#include "Commands.h"

#include "ReportPdf.h"
#include "report/ReportContent.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace privaudit::cli {

QString writeReport(const project::ProjectStore& store, const QString& out, const QString& format, const QString& assessor,
                    int* pages)
{
    report::ReportOptions options;
    options.assessor = assessor;
    auto content = report::ReportContent::build(store, options);
    if (!content)
        return content.error();
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
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Write the audit report of a project: cover, executive summary, scope and method, attack results with "
        "ROC curves, differential privacy, risk matrix, checklists, audit-trail verification, limitations, sign-off "
        "and appendix, as an archival PDF (PDF/A-1b) or HTML. The language follows --lang."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("project"), CliText::tr("The .privaudit project."), QStringLiteral("file")},
        {QStringLiteral("out"), CliText::tr("Output file."), QStringLiteral("file")},
        {QStringLiteral("format"), CliText::tr("pdf or html (default pdf)."), QStringLiteral("format"), QStringLiteral("pdf")},
        {QStringLiteral("assessor"), CliText::tr("Name of the assessor, printed on the cover and the sign-off."), QStringLiteral("name")},
        {QStringLiteral("json"), CliText::tr("Machine-readable output.")},
    });
    if (!parseOrReport(parser, context.arguments))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (!parser.isSet(QStringLiteral("project")) || !parser.isSet(QStringLiteral("out"))) {
        printErr(CliText::tr("usage: privaudit-cli report --project FILE --out report.pdf [--format pdf|html]"));
        return ExitUsage;
    }
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("html")) {
        printErr(CliText::tr("--format must be pdf or html, got '%1'").arg(format));
        return ExitUsage;
    }
    // The content is read through a read-only connection; only the export's audit row is written.
    auto store = project::ProjectStore::open(parser.value(QStringLiteral("project")), project::ProjectStore::Access::ReadOnly);
    if (!store) {
        printErr(store.error());
        return ExitUsage;
    }
    QElapsedTimer timer;
    timer.start();
    int pages = 0;
    const QString out = parser.value(QStringLiteral("out"));
    if (const QString err = writeReport(*store.value(), out, format, parser.value(QStringLiteral("assessor")), &pages); !err.isEmpty()) {
        printErr(err);
        return ExitFailure;
    }
    // The export itself is evidence: recorded with the file's hash.
    QFile written(out);
    QByteArray sha;
    if (written.open(QIODevice::ReadOnly))
        sha = QCryptographicHash::hash(written.readAll(), QCryptographicHash::Sha256).toHex();
    store.value().reset();
    auto writer = project::ProjectStore::open(parser.value(QStringLiteral("project")));
    if (!writer) {
        printErr(writer.error());
        return ExitFailure;
    }
    if (writer.value()->isReadOnly()) {
        printErr(CliText::tr("The report was written, but its export could not be recorded in the audit trail: %1")
                     .arg(writer.value()->readOnlyReason()));
    } else if (const QString err = writer.value()->appendAudit(QStringLiteral("report.exported"), QFileInfo(out).fileName(),
                                   QJsonObject{{QStringLiteral("format"), format}, {QStringLiteral("sha256"), QString::fromLatin1(sha)},
                                               {QStringLiteral("pages"), pages}});
               !err.isEmpty()) {
        printErr(CliText::tr("The report was written, but its export could not be recorded in the audit trail: %1").arg(err));
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("report"), out}, {QStringLiteral("format"), format}, {QStringLiteral("pages"), pages},
                              {QStringLiteral("sha256"), QString::fromLatin1(sha)}, {QStringLiteral("seconds"), timer.elapsed() / 1000.0}});
    else
        printOut(CliText::tr("Report written to %1 (%2 pages, %3 s).").arg(out).arg(pages).arg(timer.elapsed() / 1000.0, 0, 'f', 2));
    return ExitOk;
}

} // namespace privaudit::cli
