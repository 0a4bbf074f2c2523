// The audit report of the demo project: content from the project and the PDF/A, end to end.
#include "BenchUtil.h"
#include "project/ProjectStore.h"
#include "report/ReportContent.h"
#include "ReportPdf.h"

#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

using namespace privaudit;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    // The demo project, made by the real command (its own report is not timed here).
    QProcess demo;
    demo.start(QStringLiteral(PRIVAUDIT_CLI_PATH),
               {QStringLiteral("demo"), QStringLiteral("--out"), dir.path(), QStringLiteral("--json")});
    if (!demo.waitForFinished(600000) || demo.exitCode() != 0)
        qFatal("demo failed: %s", demo.readAllStandardError().constData());
    auto store = project::ProjectStore::open(dir.filePath(QStringLiteral("demo.privaudit")));
    bench::header("Audit report of the demo project");
    int pages = 0;
    const double seconds = bench::medianSeconds(3, [&] {
        auto content = report::ReportContent::build(*store.value(), {});
        if (!content ||
            !ui::ReportPdf::write(*content, dir.filePath(QStringLiteral("r.pdf")), &pages).isEmpty())
            qFatal("report failed");
    });
    bench::report("build the content and write the PDF/A-1b", seconds, "s", "< 3 s");
    std::printf("(%d pages)\n", pages);
    return pages > 0 ? 0 : 1;
}
