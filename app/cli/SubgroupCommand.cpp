// `subgroups`: a stored membership run's statistics per subgroup of one column of its data.
#include "attack/AttackCatalogue.h"
#include "attack/attribute/AttributeInference.h"
#include "CommandLine.h"
#include "Commands.h"
#include "jobs/FamilySubgroups.h"
#include "jobs/SavedSubgroups.h"
#include "jobs/Subgroups.h"

#include <QLocale>

namespace privaudit::cli {

namespace {

/// An attribute-inference or reconstruction run's subgroups (FamilySubgroups).
/// --save: the analysis kept for the report.
int saveForReport(project::ProjectStore& store, project::RunKind kind, const QJsonObject& analysis)
{
    if (const QString error = jobs::SavedSubgroups::save(store, kind, analysis); !error.isEmpty()) {
        printErr(error);
        return ExitFailure;
    }
    return ExitOk;
}

int printFamilySubgroups(project::ProjectStore& store, qint64 runId, const QCommandLineParser& parser,
                         int bands)
{
    const auto analysis =
        jobs::FamilySubgroups::compute(store, runId, parser.value(QStringLiteral("column")), bands);
    if (!analysis) {
        printErr(analysis.error());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("save")))
        if (const int rc = saveForReport(store, analysis->kind, analysis->toJson()); rc != ExitOk) return rc;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(analysis->toJson());
        return ExitOk;
    }
    const QLocale locale;
    auto num = [&](double v) { return std::isfinite(v) ? locale.toString(v, 'f', 3) : CliText::tr("n/a"); };
    const bool reconstruction = analysis->kind == project::RunKind::Reconstruction;
    for (const auto& m : analysis->measures) {
        if (reconstruction) {
            printOut(CliText::tr("Informed reconstruction by %1 (whole run: advantage %2):")
                         .arg(analysis->column, num(m.runValue)));
            for (const auto& g : m.groups)
                printOut(CliText::tr("  %1 %2 rows: advantage %3 [%4, %5]%6")
                             .arg(g.label, -24)
                             .arg(g.members, 6)
                             .arg(num(g.advantage.value), num(g.advantage.low), num(g.advantage.high),
                                  g.small ? CliText::tr(" (small group)") : QString()));
            continue;
        }
        printOut(CliText::tr("%1 by %2 (whole run: individual leakage %3):")
                     .arg(attack::attributeAttackTitle(m.attack), analysis->column, num(m.runValue)));
        for (const auto& g : m.groups)
            printOut(CliText::tr("  %1 %2 members, %3 non-members: leakage %4 [%5, %6], advantage over "
                                 "imputation %7%8")
                         .arg(g.label, -24)
                         .arg(g.members, 6)
                         .arg(g.nonMembers, 6)
                         .arg(num(g.leakage.value), num(g.leakage.low), num(g.leakage.high),
                              num(g.advantage.value), g.small ? CliText::tr(" (small group)") : QString()));
    }
    for (const QString& f : analysis->findings())
        printOut(f);
    return ExitOk;
}

} // namespace

int runSubgroups(const CommandContext& context)
{
    CommandLine cli(
        context.arguments,
        CliText::tr("Where the risk concentrates: a stored membership run's AUC, advantage and TPR at 1% FPR "
                    "per subgroup of one column of its data (a value of a categorical column, or quantile "
                    "bands of a numeric one), each with its bootstrap interval; for an attribute-inference "
                    "run each attack's individual leakage and advantage over imputation, for a "
                    "reconstruction run the advantage over the baseline, with 95% intervals. Small groups "
                    "are flagged. The run's data source is read again and must be unchanged."));
    QCommandLineParser& parser = cli.parser();
    parser.addOptions({
        {QStringLiteral("project"), CliText::tr("The .privaudit project file."), QStringLiteral("file")},
        {QStringLiteral("run"), CliText::tr("Run id (see 'project info')."), QStringLiteral("id")},
        {QStringLiteral("column"), CliText::tr("The column to split by (for example a sensitive column)."),
         QStringLiteral("name")},
        {QStringLiteral("bands"), CliText::tr("Quantile bands of a numeric column (default 4)."),
         QStringLiteral("n"), QStringLiteral("4")},
        {QStringLiteral("bootstrap"), CliText::tr("Bootstrap resamples per group (default 200)."),
         QStringLiteral("n"), QStringLiteral("200")},
        {QStringLiteral("save"),
         CliText::tr("Keep the analysis in the project for the report's subgroups section (audited; the "
                     "same run and column saved again replaces it).")},
    });
    if (const auto stop = cli.parse()) return *stop;
    bool ok = true;
    const auto runId = integerOption(parser, QStringLiteral("run"), true, &ok);
    const auto bands = integerOptionIn(parser, QStringLiteral("bands"), 2, 20, &ok);
    const auto bootstrap = integerOptionIn(parser, QStringLiteral("bootstrap"), 0, 100000, &ok);
    if (!ok) return ExitUsage;
    if (!cli.require({QStringLiteral("project"), QStringLiteral("column")})) return ExitUsage;
    const bool save = parser.isSet(QStringLiteral("save"));
    auto store = openProject(
        parser.value(QStringLiteral("project")),
        save ? project::ProjectStore::Access::ReadWrite : project::ProjectStore::Access::ReadOnly, true);
    if (!store) return ExitUsage;
    if (const auto run = store->run(*runId); run && (run->type() == project::RunKind::AttributeInference ||
                                                     run->type() == project::RunKind::Reconstruction))
        return printFamilySubgroups(*store, *runId, parser, int(bands.value_or(4)));
    const auto analysis = jobs::SubgroupAnalysis::compute(
        *store, *runId, parser.value(QStringLiteral("column")), int(bands.value_or(4)),
        int(bootstrap.value_or(200)), context.settings.cores);
    if (!analysis) {
        printErr(analysis.error());
        return ExitUsage;
    }
    if (save)
        if (const int rc = saveForReport(*store, project::RunKind::MembershipInference, analysis->toJson());
            rc != ExitOk)
            return rc;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(analysis->toJson());
        return ExitOk;
    }
    const QLocale locale;
    auto num = [&](double v) { return std::isfinite(v) ? locale.toString(v, 'f', 3) : CliText::tr("n/a"); };
    for (const auto& a : analysis->attacks) {
        printOut(CliText::tr("%1 by %2 (whole run: AUC %3):")
                     .arg(attack::AttackCatalogue::title(a.attack), analysis->column, num(a.run.auc)));
        for (const auto& g : a.groups)
            printOut(CliText::tr("  %1 %2 members, %3 non-members: AUC %4 [%5, %6], TPR at 1% FPR %7%8")
                         .arg(g.label, -24)
                         .arg(g.metrics.members, 6)
                         .arg(g.metrics.nonMembers, 6)
                         .arg(num(g.metrics.auc), num(g.metrics.aucCi.low), num(g.metrics.aucCi.high),
                              num(g.metrics.tprAt(0.01)),
                              g.small ? CliText::tr(" (small group)") : QString()));
    }
    for (const QString& f : analysis->findings())
        printOut(f);
    return ExitOk;
}

} // namespace privaudit::cli
