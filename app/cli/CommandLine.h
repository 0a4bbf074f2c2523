#pragma once

#include <optional>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace privaudit::cli {

/// The frame every command shares: one parser with --help and, where the command prints results,
/// --json; the command's description; parsing with the error on stderr; and the exit codes (0 after
/// --help, 2 for bad usage). A command adds its own options to parser() and then calls parse():
///
///     CommandLine cli(context.arguments, CliText::tr("What the command does."));
///     cli.parser().addOptions({...});
///     if (const auto stop = cli.parse()) return *stop;
///     ... cli.json() ...
class CommandLine
{
public:
    enum class Json
    {
        No,
        Yes
    };
    /// @p arguments: the command's own arguments, argv[0] being "privaudit-cli COMMAND".
    CommandLine(QStringList arguments, const QString& description, Json json = Json::Yes);

    [[nodiscard]] QCommandLineParser& parser() { return m_parser; }
    [[nodiscard]] const QCommandLineParser& parser() const { return m_parser; }
    /// Parses the arguments. Nothing when the command goes on; otherwise the exit code to return now:
    /// ExitOk after printing --help, ExitUsage after printing what is wrong.
    [[nodiscard]] std::optional<int> parse();
    /// --json was given (always false for a command without it).
    [[nodiscard]] bool json() const;
    /// Each of @p names is set; otherwise "missing required option --NAME" on stderr and false.
    [[nodiscard]] bool require(const QStringList& names) const;
    /// For a command with subcommands given none (or an unknown one): @p usage on stdout and ExitOk after
    /// --help, on stderr and ExitUsage otherwise.
    static int subcommandUsage(const QStringList& arguments, const QString& usage);

private:
    QStringList m_arguments;
    QCommandLineParser m_parser;
    bool m_hasJson;
};

} // namespace privaudit::cli
