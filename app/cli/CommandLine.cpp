#include "CommandLine.h"

#include "CliSupport.h"

namespace privaudit::cli {

CommandLine::CommandLine(QStringList arguments, const QString& description, Json json)
    : m_arguments(std::move(arguments)), m_hasJson(json == Json::Yes)
{
    if (!description.isEmpty()) m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

std::optional<int> CommandLine::parse()
{
    // Added last, so that it is listed after the command's own options.
    if (m_hasJson) m_parser.addOption({QStringLiteral("json"), CliText::tr("Machine-readable output.")});
    if (!m_parser.parse(m_arguments)) {
        printErr(m_parser.errorText());
        return ExitUsage;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        printOut(m_parser.helpText());
        return ExitOk;
    }
    return std::nullopt;
}

bool CommandLine::json() const
{
    return m_hasJson && m_parser.isSet(QStringLiteral("json"));
}

bool CommandLine::require(const QStringList& names) const
{
    for (const QString& name : names)
        if (!m_parser.isSet(name)) {
            printErr(CliText::tr("missing required option --%1").arg(name));
            return false;
        }
    return true;
}

int CommandLine::subcommandUsage(const QStringList& arguments, const QString& usage)
{
    if (arguments.size() >= 2 &&
        (arguments[1] == QLatin1String("--help") || arguments[1] == QLatin1String("-h"))) {
        printOut(usage);
        return ExitOk;
    }
    printErr(usage);
    return ExitUsage;
}

} // namespace privaudit::cli
