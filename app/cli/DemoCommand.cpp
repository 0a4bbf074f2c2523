#include "Commands.h"

namespace privaudit::cli {

int runDemo(const CommandContext& context)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out"), CliText::tr("Output directory."), QStringLiteral("dir")});
    if (!parseOrReport(parser, context.arguments))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    printErr(CliText::tr("demo: not yet implemented. It will generate the synthetic demo data, train a "
                              "non-private and a DP model, attack both and write DIR/demo.privaudit; until "
                              "then try 'privaudit-cli accountant --help'."));
    return ExitFailure;
}

} // namespace privaudit::cli
