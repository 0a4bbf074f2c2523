#include "CommandLine.h"
#include "Commands.h"

#include <privaudit/Version.h>
#include <QJsonObject>

namespace privaudit::cli {

QJsonObject runtimeJson(const compute::ComputeSettings& settings)
{
    return jobs::JobExecutor::softwareJson(settings);
}

int runVersion(const CommandContext& context)
{
    CommandLine cli(context.arguments, QString());
    QCommandLineParser& parser = cli.parser();
    if (const auto stop = cli.parse()) return *stop;
    const QJsonObject info = runtimeJson(context.settings);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(info);
        return ExitOk;
    }
    const QJsonObject blas = info[QStringLiteral("blas")].toObject();
    printOut(
        CliText::tr("PrivAudit %1 (%2)")
            .arg(info[QStringLiteral("version")].toString(), info[QStringLiteral("build_type")].toString()));
    printOut(CliText::tr("Qt %1, LibTorch %2, Eigen %3, SQLite %4, %5")
                 .arg(info[QStringLiteral("qt")].toString(), info[QStringLiteral("libtorch")].toString(),
                      info[QStringLiteral("eigen")].toString(), info[QStringLiteral("sqlite")].toString(),
                      info[QStringLiteral("fftw")].toString()));
    printOut(CliText::tr("BLAS: %1 (%2), %3 thread(s)")
                 .arg(blas[QStringLiteral("config")].toString().isEmpty()
                          ? CliText::tr("unknown")
                          : blas[QStringLiteral("config")].toString(),
                      blas[QStringLiteral("library")].toString())
                 .arg(blas[QStringLiteral("threads")].toInt()));
    printOut(CliText::tr("Compute: %1 LibTorch thread(s) on %2 core(s), device %3")
                 .arg(info[QStringLiteral("threads")].toInt())
                 .arg(info[QStringLiteral("cores")].toInt())
                 .arg(context.settings.deviceName()));
    return ExitOk;
}

} // namespace privaudit::cli
