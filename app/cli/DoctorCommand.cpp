#include "CommandLine.h"
#include "Commands.h"
#include "project/ProjectStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>

namespace privaudit::cli {

namespace {

/// Below this single-precision matrix-multiply throughput the machine (or its BLAS) is too slow for the
/// default workloads; reference BLAS typically manages a few GFLOP/s, OpenBLAS 100+ on one modern core.
constexpr double kMinimumGflops = 20.0;

struct Check
{
    QString name;
    QString status; // ok, warning, failure
    QString detail;
};

} // namespace

int runDoctor(const CommandContext& context)
{
    CommandLine cli(context.arguments, QString());
    QCommandLineParser& parser = cli.parser();
    parser.addOption({QStringLiteral("size"), CliText::tr("Matrix size for the speed test (default 1024)."),
                      QStringLiteral("n"), QStringLiteral("1024")});
    if (const auto stop = cli.parse()) return *stop;
    bool ok = true;
    const auto size = integerOption(parser, QStringLiteral("size"), false, &ok);
    if (!ok) return ExitUsage;
    const int n = static_cast<int>(size.value_or(1024));
    if (n < 16 || n > 8192) {
        printErr(CliText::tr("--size must be between 16 and 8192, got %1").arg(n));
        return ExitUsage;
    }

    const QJsonObject info = runtimeJson(context.settings);
    const compute::RuntimeInfo rt = compute::ComputeEnvironment::runtimeInfo();
    std::vector<Check> checks;

    if (rt.blasIsOpenBlas)
        checks.push_back({CliText::tr("BLAS"), QStringLiteral("ok"),
                          CliText::tr("OpenBLAS loaded: %1 (%2)").arg(rt.blasConfig, rt.blasLibrary)});
    else if (rt.blasIsReference)
        checks.push_back({CliText::tr("BLAS"), QStringLiteral("warning"),
                          CliText::tr("the slow reference BLAS is loaded (%1): model training will be about "
                                      "30x slower. Install libopenblas0-pthread (installer/setup-deps.sh).")
                              .arg(rt.blasLibrary)});
    else
        checks.push_back({CliText::tr("BLAS"), QStringLiteral("warning"),
                          CliText::tr("BLAS library not identified (%1)")
                              .arg(rt.blasLibrary.isEmpty() ? CliText::tr("none mapped") : rt.blasLibrary)});

    checks.push_back({CliText::tr("Threads"), QStringLiteral("ok"),
                      CliText::tr("%1 LibTorch intra-op thread(s), %2 BLAS thread(s), %3 core(s)")
                          .arg(rt.torchThreads)
                          .arg(rt.blasThreads)
                          .arg(context.settings.cores)});
    checks.push_back({CliText::tr("Device"), QStringLiteral("ok"),
                      rt.cudaAvailable ? CliText::tr("CUDA available (%1 device(s)); using %2")
                                             .arg(rt.cudaDevices)
                                             .arg(context.settings.deviceName())
                                       : CliText::tr("CPU (this LibTorch build or machine has no CUDA)")});
    // Projects are read and written through SQLite itself (linked directly, not through Qt's SQL
    // drivers): the check creates, reopens and verifies a throw-away project.
    {
        QTemporaryDir dir;
        QString problem;
        if (!dir.isValid()) {
            problem = CliText::tr("no temporary folder to try it in");
        } else {
            // The throw-away project must leave no trace in the user's chain heads (they are per
            // machine and never shrink): the check runs with the data folder inside its own folder.
            const QByteArray dataHome = qgetenv("XDG_DATA_HOME");
            const bool hadDataHome = qEnvironmentVariableIsSet("XDG_DATA_HOME");
            qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
            const auto restore = qScopeGuard([&] {
                if (hadDataHome)
                    qputenv("XDG_DATA_HOME", dataHome);
                else
                    qunsetenv("XDG_DATA_HOME");
            });
            const QString path = dir.filePath(QStringLiteral("doctor.privaudit"));
            auto created = project::ProjectStore::create(path, QStringLiteral("doctor"));
            if (!created) {
                problem = created.error();
            } else {
                created.value().reset();
                auto reopened = project::ProjectStore::open(path);
                if (!reopened)
                    problem = reopened.error();
                else if (!reopened.value()->verify().ok)
                    problem = CliText::tr("a new project did not verify");
            }
        }
        checks.push_back(
            {CliText::tr("SQLite"), problem.isEmpty() ? QStringLiteral("ok") : QStringLiteral("failure"),
             problem.isEmpty()
                 ? CliText::tr("SQLite %1: a project was created, reopened and verified")
                       .arg(rt.sqliteVersion)
                 : CliText::tr("SQLite %1 cannot hold a project: %2").arg(rt.sqliteVersion, problem)});
    }
    QTemporaryFile probe;
    const bool writable = probe.open();
    checks.push_back(
        {CliText::tr("Temporary files"), writable ? QStringLiteral("ok") : QStringLiteral("failure"),
         writable ? QDir::tempPath() : CliText::tr("cannot create files in %1").arg(QDir::tempPath())});

    const double gflops = compute::ComputeEnvironment::measureMatmulGflops(n, 5);
    const bool fast = gflops >= kMinimumGflops;
    checks.push_back(
        {CliText::tr("Matrix multiply"), fast ? QStringLiteral("ok") : QStringLiteral("warning"),
         CliText::tr("%1 GFLOP/s (float32, %2 x %2, best of 5)%3")
             .arg(QLocale().toString(gflops, 'f', 1))
             .arg(n)
             .arg(fast ? QString()
                       : CliText::tr("; below %1 GFLOP/s: check the BLAS library").arg(kMinimumGflops))});

    bool failed = false;
    QJsonArray checkArray;
    for (const Check& c : checks) {
        failed = failed || c.status == QLatin1String("failure");
        checkArray.append(QJsonObject{{QStringLiteral("name"), c.name},
                                      {QStringLiteral("status"), c.status},
                                      {QStringLiteral("detail"), c.detail}});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject out = info;
        out[QStringLiteral("checks")] = checkArray;
        out[QStringLiteral("matmul_gflops")] = gflops;
        out[QStringLiteral("matmul_size")] = n;
        out[QStringLiteral("ok")] = !failed;
        printJson(out);
    } else {
        for (const Check& c : checks) {
            const QString mark = c.status == QLatin1String("ok")        ? QStringLiteral("[ ok ]")
                                 : c.status == QLatin1String("warning") ? QStringLiteral("[warn]")
                                                                        : QStringLiteral("[FAIL]");
            printOut(QStringLiteral("%1 %2: %3").arg(mark, c.name, c.detail));
        }
    }
    return failed ? ExitFailure : ExitOk;
}

} // namespace privaudit::cli
