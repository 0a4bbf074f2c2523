#include "common/Translations.h"
#include "compute/ComputeSettings.h"
#include "jobs/JobRunner.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "Preferences.h"

#include <cstdio>
#include <memory>
#include <privaudit/Version.h>
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

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
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QApplication::translate("main", "User interface language (en, de, fr)."),
        QStringLiteral("code"));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"), QApplication::translate("main", "Compute threads (default: all cores)."),
        QStringLiteral("n"));
    // For documentation: open a view, wait for background work, save a PNG of the window and quit.
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a screenshot of the window and quit."),
        QStringLiteral("file.png"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QApplication::translate("main", "Open a view at start (calculator; with a project: checklist, "
                                        "matrix, compare, run:RUN, sweep:RUN, attribute:RUN, canary:RUN, "
                                        "reconstruction:RUN, mi-face:RUN, dataset:ID)."),
        QStringLiteral("name"));
    const QCommandLineOption runSpecOption(
        QStringLiteral("run-spec"),
        QApplication::translate("main",
                                "With a project: start this job or sweep spec at start (repeatable)."),
        QStringLiteral("spec.json"));
    const QCommandLineOption quitOption(
        QStringLiteral("quit-when-done"),
        QApplication::translate("main", "Quit when the jobs started with --run-spec have finished."));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(runSpecOption);
    parser.addOption(quitOption);
    parser.addOption(langOption);
    parser.addOption(threadsOption);
    parser.addOption(screenshotOption);
    parser.addOption(viewOption);
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "A .privaudit project to open."),
                                 QStringLiteral("[project]"));
    parser.process(app);

    // The saved preferences apply at start; --lang and --threads override them for this session.
    QSettings stored;
    const privaudit::ui::AppSettings preferences = privaudit::ui::AppSettings::load(stored);
    privaudit::installTranslations(app, parser.isSet(langOption) ? parser.value(langOption)
                                                                 : preferences.language);
    if (!parser.isSet(screenshotOption)) // documentation shots keep the platform look
        privaudit::ui::applyTheme(app, preferences.theme);

    // Composition root: decide how the process uses its cores once, before any work starts.
    const int threads =
        parser.isSet(threadsOption) ? parser.value(threadsOption).toInt() : preferences.threads;
    const auto settings =
        privaudit::compute::ComputeSettings::recommended(threads, preferences.device != QLatin1String("cpu"));
    privaudit::compute::ComputeEnvironment::apply(settings);

    privaudit::jobs::JobRunner runner(settings);
    privaudit::ui::MainWindow window(settings, privaudit::compute::ComputeEnvironment::runtimeInfo(), runner);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    if (parser.value(viewOption) == QLatin1String("checklist") ||
        parser.value(viewOption) == QLatin1String("matrix") ||
        parser.value(viewOption) == QLatin1String("compare"))
        window.openItem(parser.value(viewOption), 0);
    if (parser.isSet(screenshotOption)) // documentation shots use the default layout, not the user's
        QTimer::singleShot(0, &window, [&window] { window.resetLayout(); });
    if (parser.value(viewOption) == QLatin1String("import")) window.showImportWizard();
    if (parser.value(viewOption) == QLatin1String("newrun")) window.showRunDialog();
    if (parser.value(viewOption) ==
        QLatin1String("newrun:torchscript")) { // the dialog with an external model chosen
        window.showRunDialog();
        QTimer::singleShot(500, &window, [] {
            if (QWidget* dialog = QApplication::activeModalWidget())
                if (auto* choice = dialog->findChild<QAbstractButton*>(QStringLiteral("targetTorchScript")))
                    choice->click();
        });
    }
    // The dialog with the audit or attribute inference chosen.
    for (const auto& [view, button] :
         {std::pair{"newrun:audit", "evaluationAudit"}, std::pair{"newrun:attribute", "evaluationAttribute"},
          std::pair{"newrun:canary", "evaluationCanary"},
          std::pair{"newrun:reconstruction", "evaluationReconstruction"},
          std::pair{"newrun:inversion", "evaluationInversion"}}) {
        if (parser.value(viewOption) != QLatin1String(view)) continue;
        window.showRunDialog();
        const QString name = QString::fromLatin1(button);
        QTimer::singleShot(500, &window, [name] {
            if (QWidget* dialog = QApplication::activeModalWidget())
                if (auto* choice = dialog->findChild<QAbstractButton*>(name)) choice->click();
        });
    }
    // KIND:ID opens that item's view (a run opens the view its kind has: results, sweep or audit).
    for (const char* kind : {"run", "dataset-risk", "dataset-sheet", "dataset", "sweep", "audit", "attribute",
                             "canary", "reconstruction", "mi-face"}) {
        const QString prefix = QString::fromLatin1(kind) + QLatin1Char(':');
        if (parser.value(viewOption).startsWith(prefix))
            window.openItem(QString::fromLatin1(kind),
                            parser.value(viewOption).mid(prefix.size()).toLongLong());
    }
    if (parser.value(viewOption) == QLatin1String("calculator"))
        if (QAction* action = window.findChild<QAction*>(QStringLiteral("actionPrivacyCalculator")))
            action->trigger();
    // Jobs from the command line run exactly as from Run > Run Job Spec (the project stays open in the
    // window).
    auto pending = std::make_shared<int>(0);
    bool startFailed = false;
    for (const QString& spec : parser.values(runSpecOption)) {
        privaudit::jobs::Job* job = window.startSpecFile(spec);
        if (!job) {
            startFailed = true;
            // Scripts see why too (the window shows it in its message bar).
            std::fprintf(stderr, "privaudit: %s\n", qPrintable(window.messageBar()->text()));
            continue;
        }
        ++*pending;
        if (parser.isSet(quitOption))
            QObject::connect(job, &privaudit::jobs::Job::finished, &window, [pending] {
                if (--*pending == 0)
                    QTimer::singleShot(200, qApp, &QApplication::quit); // after the window's own refresh
            });
    }
    if (parser.isSet(quitOption) && *pending == 0) return startFailed ? 1 : 0;
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(3000, &window, [&window, file] {
            // A dialog opened at start is shot on its own.
            QWidget* modal = QApplication::activeModalWidget();
            (modal ? modal : static_cast<QWidget*>(&window))->grab().save(file);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
