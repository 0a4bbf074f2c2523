#include "Commands.h"
#include "common/Translations.h"

#include <functional>
#include <map>
#include <memory>
#include <new>
#include <privaudit/Version.h>
#include <QCoreApplication>
#include <QGuiApplication>
#include <stdexcept>

using namespace privaudit;
using namespace privaudit::cli;

namespace {

QString usage()
{
    return CliText::tr(
        "Usage: privaudit-cli [--lang en|de|fr] [--threads N] <command> [options]\n"
        "\n"
        "Measures the privacy risk of machine-learning models, headless.\n"
        "\n"
        "Commands:\n"
        "  version [--json]     Version of PrivAudit and of the libraries it loaded\n"
        "  doctor [--json]      Check the environment and measure matrix-multiply speed\n"
        "  accountant           Differential-privacy accounting (epsilon, delta, calibration)\n"
        "  train                Train a model (optionally with DP-SGD) on a CSV file or the demo data\n"
        "  encode --data F --encoder MODEL.encoder.json --out X.csv\n"
        "                       A CSV encoded as a model's inputs (the input contract of train --help)\n"
        "  attack mia           Membership inference (LOSS, LiRA, RMIA, ...) with honest statistics\n"
        "  attack attribute     Attribute inference against the imputation baseline (--sensitive COLUMN)\n"
        "  attack canary        Canary exposure (the Secret Sharer): memorisation by repetition count\n"
        "  attack memorisation  Counterfactual memorisation of every member from LiRA's reference models\n"
        "  attack reconstruction\n"
        "                       Informed adversary: a training row recovered from a logreg or tanh MLP\n"
        "  attack inversion     MI-Face: class representatives, nearer members than held-out rows?\n"
        "  attack audit         One-run privacy audit: an empirical epsilon lower bound\n"
        "  project create|info|verify|log FILE\n"
        "                       Create a .privaudit project, show it, verify it, or show its audit trail\n"
        "  data scan --data FILE\n"
        "                       Personal data per column: identifiers, quasi-identifiers, GDPR Art 9/10\n"
        "  data risk --data FILE --quasi A,B,C [--sensitive S] [--population-size N]\n"
        "                       Re-identification risk: k-anonymity, prosecutor/journalist/marketer, "
        "uniques\n"
        "  data duplicates --data FILE [--against FILE | --project FILE --run ID] [--threshold D]\n"
        "                       Exact and near (Gower) duplicates; overlap with another set or a run's "
        "split\n"
        "  data minimise --data FILE [--drop A,B] [--generalise COL=year|bin:W|truncate:N|top:X] --out FILE\n"
        "                       A minimised version, re-identification risk before and after\n"
        "  data datasheet --project FILE --dataset ID [--answer Q=TEXT] [--licence SPDX] [--export "
        "spdx|croissant]\n"
        "                       Datasheet (Gebru et al.), SPDX licence, GDPR grounds, completeness\n"
        "  run SPEC.json --project FILE\n"
        "                       Run a job spec and store its results in a project\n"
        "  export --project FILE --run ID --format json|csv\n"
        "                       Export a stored run's statistics or per-record scores\n"
        "  compare --project FILE --runs ID,ID[,...]\n"
        "                       Membership runs side by side, the differences with their intervals\n"
        "  subgroups --project FILE --run ID --column COL\n"
        "                       Where a membership run's risk concentrates: its statistics per subgroup\n"
        "  sweep --data FILE --label COL --epsilons 0.5,1,2,4,8,inf --project FILE\n"
        "                       Privacy-utility trade-off: train and attack at every epsilon\n"
        "  assess classify --answers FILE\n"
        "                       EU AI Act classification: tiers, reasoning, obligations and dates\n"
        "  assess export|import|suggest|review --project FILE\n"
        "                       The assessment (checklists, risk matrix) as JSON, CSV or Markdown\n"
        "  report --project FILE --out report.pdf [--format pdf|html] [--final] [--sign KEY.p12]\n"
        "                       The audit report: archival PDF (PDF/A-1b) or HTML, draft or final, signed\n"
        "  sign --pdf report.pdf --key KEY.p12 [--role dpo] [--project FILE]\n"
        "                       A further signature on a report (earlier ones stay valid)\n"
        "  demo [--out DIR]     The main job on the built-in demo data: train a non-private and a DP\n"
        "                       model, attack both and store everything in DIR/demo.privaudit\n"
        "\n"
        "Global options:\n"
        "  -h, --help           This help; '<command> --help' for a command's options\n"
        "  --version [--json]   Same as the version command\n"
        "\n"
        "Exit codes: 0 success, 1 failure, 2 bad usage or bad input.");
}

/// Removes "--name value" or "--name=value" from args; returns the value or an empty string.
QString takeGlobalOption(QStringList& args, const QString& name)
{
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--") + name && i + 1 < args.size()) {
            const QString value = args[i + 1];
            args.remove(i, 2);
            return value;
        }
        if (args[i].startsWith(QLatin1String("--") + name + QLatin1Char('='))) {
            const QString value = args[i].mid(name.size() + 3);
            args.removeAt(i);
            return value;
        }
        if (!args[i].startsWith(QLatin1Char('-'))) break; // options after the command belong to the command
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    // The report (and the demo, which ends with one) paints text: those need a GUI application, on the
    // offscreen platform when there is no display. Everything else stays a plain core application.
    bool paints = false;
    for (int i = 1; i < argc; ++i)
        paints = paints || qstrcmp(argv[i], "report") == 0 || qstrcmp(argv[i], "demo") == 0;
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = paints ? std::make_unique<QGuiApplication>(argc, argv)
                                                           : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("PrivAudit"));
    QCoreApplication::setOrganizationName(QStringLiteral("PrivAudit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRIVAUDIT_VERSION_STRING));

    QStringList args = QCoreApplication::arguments();
    const QString lang = takeGlobalOption(args, QStringLiteral("lang"));
    if (!lang.isEmpty() && !availableLanguages().contains(lang)) {
        installTranslations(app);
        printErr(CliText::tr("--lang must be one of %1, got '%2'")
                     .arg(availableLanguages().join(QStringLiteral(", ")), lang));
        return ExitUsage;
    }
    installTranslations(app, lang);

    const QString threadsText = takeGlobalOption(args, QStringLiteral("threads"));
    int threads = 0;
    if (!threadsText.isEmpty()) {
        bool ok = false;
        threads = threadsText.toInt(&ok);
        if (!ok || threads < 1) {
            printErr(CliText::tr("--threads must be a positive whole number, got '%1'").arg(threadsText));
            return ExitUsage;
        }
    }

    // Composition root: how the process uses its cores is decided here, once.
    const auto settings = compute::ComputeSettings::recommended(threads);
    compute::ComputeEnvironment::apply(settings);

    if (args.size() < 2 || args[1] == QLatin1String("-h") || args[1] == QLatin1String("--help") ||
        args[1] == QLatin1String("help")) {
        printOut(usage());
        return args.size() < 2 ? ExitUsage : ExitOk;
    }

    QString command = args[1];
    QStringList commandArgs = args.mid(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        command = QStringLiteral("version");
        commandArgs[0] = command;
    }

    const std::map<QString, std::function<int(const CommandContext&)>> commands = {
        {QStringLiteral("version"), runVersion},
        {QStringLiteral("doctor"), runDoctor},
        {QStringLiteral("accountant"), runAccountant},
        {QStringLiteral("demo"), runDemo},
        {QStringLiteral("train"), runTrain},
        {QStringLiteral("encode"), runEncode},
        {QStringLiteral("attack"), runAttack},
        {QStringLiteral("project"), runProject},
        {QStringLiteral("run"), runRun},
        {QStringLiteral("export"), runExport},
        {QStringLiteral("subgroups"), runSubgroups},
        {QStringLiteral("data"), runData},
        {QStringLiteral("compare"), runCompare},
        {QStringLiteral("sweep"), runSweep},
        {QStringLiteral("assess"), runAssess},
        {QStringLiteral("report"), runReport},
        {QStringLiteral("sign"), runSign},
    };
    const auto it = commands.find(command);
    if (it == commands.end()) {
        printErr(CliText::tr("unknown command '%1'; see 'privaudit-cli --help'").arg(command));
        return ExitUsage;
    }
    // QCommandLineParser expects the program name first.
    commandArgs[0] = QStringLiteral("privaudit-cli ") + command;
    // Whatever a command meets (a computation too large for memory, a library that throws), the answer
    // is a message and exit code 1, never an abort.
    try {
        return it->second(CommandContext{commandArgs, settings});
    } catch (const std::bad_alloc&) {
        printErr(
            CliText::tr("%1: not enough memory for this computation; use smaller parameters.").arg(command));
    } catch (const std::exception& e) {
        printErr(CliText::tr("%1 failed: %2")
                     .arg(command, QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0)));
    }
    return ExitFailure;
}
