#include "MainWindow.h"
#include "common/Translations.h"
#include "compute/ComputeSettings.h"

#include <privaudit/Version.h>

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PrivAudit"));
    QApplication::setOrganizationName(QStringLiteral("PrivAudit"));
    QApplication::setApplicationVersion(QStringLiteral(PRIVAUDIT_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("io.github.privaudit.PrivAudit"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "PrivAudit workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "User interface language (en, de, fr)."),
                                        QStringLiteral("code"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QApplication::translate("main", "Compute threads (default: all cores)."),
                                           QStringLiteral("n"));
    parser.addOption(langOption);
    parser.addOption(threadsOption);
    parser.process(app);

    privaudit::installTranslations(app, parser.value(langOption));

    // Composition root: decide how the process uses its cores once, before any work starts.
    const auto settings = privaudit::compute::ComputeSettings::recommended(parser.value(threadsOption).toInt());
    privaudit::compute::ComputeEnvironment::apply(settings);

    privaudit::ui::MainWindow window(settings, privaudit::compute::ComputeEnvironment::runtimeInfo());
    window.show();
    return QApplication::exec();
}
