#pragma once

// Runs privaudit-cli as a real process for the CLI tests (PRIVAUDIT_CLI_PATH comes from CMake).

#include <QByteArray>
#include <QDebug>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

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

/// The run's stdout as a JSON object (empty, with a warning, when it is not JSON).
inline QJsonObject jsonObject(const CliResult& r)
{
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError) qWarning() << "not JSON:" << r.out;
    return doc.object();
}

/// Four rows of probabilities with labels and membership: LOSS separates them perfectly.
inline QString writePredictions(const QTemporaryDir& dir)
{
    QFile f(dir.filePath(QStringLiteral("p.csv")));
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write("no,yes,label,member\n0.9,0.1,0,1\n0.2,0.8,1,0\n0.6,0.4,0,0\n0.1,0.9,1,1\n");
    return f.fileName();
}

} // namespace privaudit::test
