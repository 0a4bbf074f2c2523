// `compare`: two or more stored membership runs side by side, with the differences and their intervals.
#include "attack/AttackCatalogue.h"
#include "CommandLine.h"
#include "Commands.h"
#include "jobs/RunComparison.h"

#include <QLocale>

namespace privaudit::cli {

int runCompare(const CommandContext& context)
{
    CommandLine cli(
        context.arguments,
        CliText::tr("Two or more stored membership runs side by side (for example non-private "
                    "against DP, or two model versions): every attack's AUC and TPR at 1% FPR per "
                    "run, and each later run's difference from the first with a 95% interval."));
    QCommandLineParser& parser = cli.parser();
    parser.addOptions({
        {QStringLiteral("project"), CliText::tr("The .privaudit project file."), QStringLiteral("file")},
        {QStringLiteral("runs"), CliText::tr("Comma-separated run ids, the baseline first."),
         QStringLiteral("ids")},
    });
    if (const auto stop = cli.parse()) return *stop;
    if (!cli.require({QStringLiteral("project"), QStringLiteral("runs")})) return ExitUsage;
    QList<qint64> ids;
    for (const QString& part :
         parser.value(QStringLiteral("runs")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id < 1) {
            printErr(CliText::tr("--runs: '%1' is not a run id.").arg(part.trimmed()));
            return ExitUsage;
        }
        ids << id;
    }
    auto store =
        openProject(parser.value(QStringLiteral("project")), project::ProjectStore::Access::ReadOnly, true);
    if (!store) return ExitUsage;
    const auto comparison = jobs::RunComparison::compute(*store, ids);
    if (!comparison) {
        printErr(comparison.error());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(comparison->toJson());
        return ExitOk;
    }
    const QLocale locale;
    auto num = [&](double v) { return locale.toString(v, 'f', 3); };
    for (const auto& r : comparison->runs) {
        printOut(CliText::tr("Run %1 '%2' (%3):")
                     .arg(r.id)
                     .arg(r.name, r.dp ? CliText::tr("DP, epsilon %1").arg(locale.toString(r.epsilon, 'f', 2))
                                       : CliText::tr("no differential privacy")));
        for (const auto& [attack, m] : r.attacks)
            printOut(CliText::tr("  %1 AUC %2 [%3, %4], TPR at 1% FPR %5")
                         .arg(attack::AttackCatalogue::title(attack), -24)
                         .arg(num(m.auc), num(m.aucCi.low), num(m.aucCi.high), num(m.tprAt(0.01))));
    }
    for (const QString& f : comparison->findings())
        printOut(f);
    return ExitOk;
}

} // namespace privaudit::cli
