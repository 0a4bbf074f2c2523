#pragma once

// Runs privaudit-cli as a real process for the CLI tests (PRIVAUDIT_CLI_PATH comes from CMake).

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace privaudit::test {

struct CliResult
{
    int exitCode = -1; ///< -1: crashed or killed at the time limit
    QByteArray out;
    QString err;
};

/// Runs the CLI with @p args; a run past @p timeoutMs is killed and reported with exit code -1.
inline CliResult runCli(const QStringList& args, int timeoutMs = 180000)
{
    QProcess p;
    p.start(QStringLiteral(PRIVAUDIT_CLI_PATH), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, p.readAllStandardOutput(),
                QStringLiteral("timed out after %1 ms: ").arg(timeoutMs) + args.join(QLatin1Char(' '))};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace privaudit::test
