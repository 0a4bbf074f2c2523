#pragma once

#include "common/Expected.h"
#include "compute/ComputeSettings.h"
#include "project/ProjectStore.h"

#include <cstdint>
#include <optional>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace privaudit::cli {

/// Translation context of the command-line messages.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::cli::CliText)
};

enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1, ///< the work failed
    ExitUsage = 2    ///< bad usage or bad input, with a message naming the problem
};

/// Everything a command needs: its own arguments (argv[0] is the command name) and the compute
/// settings the composition root applied.
struct CommandContext
{
    QStringList arguments;
    compute::ComputeSettings settings;
};

void printOut(const QString& text);
void printErr(const QString& text);
void printJson(const QJsonValue& value);

/// Reads a required or optional number option. On a missing or malformed value prints a message
/// naming the option and returns std::nullopt with *ok = false.
std::optional<double> numberOption(const QCommandLineParser& parser, const QString& name, bool required,
                                   bool* ok);
/// An optional positive, finite number option; @p fallback when not given. A malformed or non-positive value
/// prints a message naming the option and sets *ok = false.
double positiveNumberOption(const QCommandLineParser& parser, const QString& name, double fallback, bool* ok);
std::optional<std::int64_t> integerOption(const QCommandLineParser& parser, const QString& name,
                                          bool required, bool* ok);
/// An optional whole-number option within [@p low, @p high]; outside it prints the range and sets
/// *ok = false.
std::optional<std::int64_t> integerOptionIn(const QCommandLineParser& parser, const QString& name,
                                            std::int64_t low, std::int64_t high, bool* ok);

/// Opens the project at @p path, the one way every command does: on failure prints the store's error
/// (naming the file and the problem) and returns nullptr; otherwise prints its notices (opened read-only
/// because a newer version wrote it, a recovered journal, ...) on stderr unless @p quiet (--json).
std::unique_ptr<project::ProjectStore> openProject(const QString& path, project::ProjectStore::Access access,
                                                   bool quiet = false);

/// The project at @p path, created (named @p name) when there is no file there yet; errors as openProject.
std::unique_ptr<project::ProjectStore> openOrCreateProject(const QString& path, const QString& name,
                                                           bool quiet = false);

/// A number for JSON: finite values as numbers, infinity as the string "inf".
QJsonValue jsonNumber(double value);

/// A JSON object from a regular file of at most 64 MiB (a FIFO or /dev/zero is refused, not read).
Expected<QJsonObject> readJsonObjectFile(const QString& path);

} // namespace privaudit::cli
