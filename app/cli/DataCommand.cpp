// `data scan|risk` and the `data` dispatcher: the training data's personal data and re-identification risk
// (dataset governance).
#include "CommandLine.h"
#include "Commands.h"
#include "data/ColumnPlan.h"
#include "data/CsvImporter.h"
#include "data/DataSplit.h"
#include "data/DemoData.h"
#include "DataCommandSupport.h"
#include "governance/Datasheet.h"
#include "governance/Duplicates.h"
#include "governance/Minimisation.h"
#include "governance/PiiScan.h"
#include "governance/ReidentificationRisk.h"
#include "governance/SpdxLicences.h"
#include "jobs/DataRiskLink.h"
#include "jobs/JobSpec.h"
#include "jobs/Subgroups.h"

#include <cmath>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace privaudit::cli {

namespace datacli {

std::optional<data::DataTable> readTable(const QString& source)
{
    if (source == QLatin1String("demo")) return data::DemoData::patients();
    auto imported = data::CsvImporter::importFile(source);
    if (!imported) {
        printErr(imported.error());
        return std::nullopt;
    }
    return std::move(imported).value();
}

QString percentText(double share)
{
    return QLocale().toString(share * 100.0, 'f', share < 0.001 && share > 0 ? 3 : 1) + QStringLiteral(" %");
}

QStringList quasiOption(const QString& value, const data::DataTable& table)
{
    QStringList quasi;
    if (value == QLatin1String("auto")) {
        quasi = governance::PiiScan::quasiIdentifierColumns(governance::PiiScan::scan(table));
        if (quasi.isEmpty())
            printErr(CliText::tr(
                "The PII scan suggests no quasi-identifiers in this table; name them with --quasi."));
        return quasi;
    }
    for (const QString& q : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        quasi << q.trimmed();
    return quasi;
}

} // namespace datacli

using namespace datacli;

namespace {

int runScan(QStringList args)
{
    args.removeAt(1);
    args[0] += QStringLiteral(" scan");
    CommandLine cli(
        args, CliText::tr("Personal data in a table, column by column: evidence from the column name "
                          "(English, German, French), from value patterns with their check digits (IBAN, "
                          "payment cards, NHS, Steuer-ID, NIR, BSN, PESEL, SSN), phone numbers "
                          "(libphonenumber), dates of birth, postcodes, IP addresses, free text, the "
                          "special categories of GDPR Art 9 and criminal-offence data (Art 10); each "
                          "finding with a confidence, its evidence and a suggested role."));
    QCommandLineParser& parser = cli.parser();
    parser.addOptions({
        {QStringLiteral("data"), CliText::tr("CSV file, or 'demo'."), QStringLiteral("file")},
        {QStringLiteral("sample"), CliText::tr("Values per column the recognisers read (default 2000)."),
         QStringLiteral("n"), QStringLiteral("2000")},
    });
    if (const auto stop = cli.parse()) return *stop;
    if (!cli.require({QStringLiteral("data")})) return ExitUsage;
    bool ok = true;
    const auto sample = integerOptionIn(parser, QStringLiteral("sample"), 10, 1000000, &ok);
    if (!ok) return ExitUsage;
    const auto table = readTable(parser.value(QStringLiteral("data")));
    if (!table) return ExitUsage;
    governance::ScanOptions options;
    options.sampleValues = int(sample.value_or(2000));
    const auto scans = governance::PiiScan::scan(*table, options);
    if (cli.json()) {
        printJson(
            QJsonObject{{QStringLiteral("rows"), qint64(table->rowCount())},
                        {QStringLiteral("reference_date"), options.referenceDate.toString(Qt::ISODate)},
                        {QStringLiteral("columns"), governance::PiiScan::toJson(scans)},
                        {QStringLiteral("identifiers"),
                         QJsonArray::fromStringList(governance::PiiScan::identifierColumns(scans))},
                        {QStringLiteral("quasi_identifiers"),
                         QJsonArray::fromStringList(governance::PiiScan::quasiIdentifierColumns(scans))}});
        return ExitOk;
    }
    const QLocale locale;
    for (const auto& s : scans) {
        if (s.findings.empty()) {
            printOut(CliText::tr("%1: no personal data found").arg(s.column));
            continue;
        }
        printOut(CliText::tr("%1: %2").arg(s.column, governance::PiiScan::roleTitle(s.suggestedRole())));
        for (const auto& f : s.findings)
            printOut(CliText::tr("  %1 (confidence %2): %3")
                         .arg(governance::PiiScan::kindTitle(f.kind), locale.toString(f.confidence, 'f', 2),
                              f.evidence));
    }
    const QStringList identifiers = governance::PiiScan::identifierColumns(scans);
    if (!identifiers.isEmpty())
        printOut(CliText::tr("Direct identifiers: %1. Leave them out of a model's inputs (role identifier).")
                     .arg(identifiers.join(QStringLiteral(", "))));
    const QStringList quasi = governance::PiiScan::quasiIdentifierColumns(scans);
    if (!quasi.isEmpty())
        printOut(CliText::tr("Suggested quasi-identifiers for 'data risk --quasi': %1")
                     .arg(quasi.join(QStringLiteral(","))));
    printOut(
        CliText::tr("The scan reads %1 values per column; a column it does not flag may still hold personal "
                    "data (a name in a code list, an identifier without check digits).")
            .arg(options.sampleValues));
    return ExitOk;
}

void printAttacker(const QString& title, const governance::AttackerRisk& r, double threshold)
{
    printOut(CliText::tr("  %1: highest %2, average %3, records above %4: %5")
                 .arg(title)
                 .arg(percentText(r.highest), percentText(r.average), percentText(threshold),
                      percentText(r.shareAboveThreshold)));
}

int runRisk(QStringList args)
{
    args.removeAt(1);
    args[0] += QStringLiteral(" risk");
    CommandLine cli(
        args, CliText::tr("Re-identification risk over quasi-identifiers (the measures of ARX and "
                          "sdcMicro): equivalence classes, k-anonymity, sample uniques, prosecutor, "
                          "journalist and marketer risk, sdcMicro's expected re-identifications, "
                          "population uniques (Pitman, Zayatz, SNB by Dankar's rule) with "
                          "--population-size, and l-diversity and t-closeness of --sensitive columns."));
    QCommandLineParser& parser = cli.parser();
    parser.addOptions({
        {QStringLiteral("data"), CliText::tr("CSV file, or 'demo'."), QStringLiteral("file")},
        {QStringLiteral("quasi"),
         CliText::tr("Quasi-identifier columns, comma-separated; 'auto' takes those the PII scan suggests."),
         QStringLiteral("A,B,C")},
        {QStringLiteral("sensitive"), CliText::tr("Sensitive columns for l-diversity and t-closeness."),
         QStringLiteral("S,T")},
        {QStringLiteral("population-size"),
         CliText::tr("Records in the population the table was drawn from (default: the table is the "
                     "whole population)."),
         QStringLiteral("n")},
        {QStringLiteral("threshold"),
         CliText::tr("Highest acceptable re-identification probability of a record (default 0.2)."),
         QStringLiteral("p"), QStringLiteral("0.2")},
        {QStringLiteral("project"), CliText::tr("Project file, with --run."), QStringLiteral("file")},
        {QStringLiteral("run"),
         CliText::tr("A membership run of --project: its data's risk, and its most exposed members that are "
                     "also at high re-identification risk or duplicated."),
         QStringLiteral("id")},
        {QStringLiteral("top-share"),
         CliText::tr("With --run: the share of members counted as most exposed (default 0.05)."),
         QStringLiteral("q"), QStringLiteral("0.05")},
    });
    if (const auto stop = cli.parse()) return *stop;
    const bool fromRun = parser.isSet(QStringLiteral("run"));
    if (!cli.require({fromRun ? QStringLiteral("project") : QStringLiteral("data"), QStringLiteral("quasi")}))
        return ExitUsage;
    bool ok = true;
    const auto threshold = numberOption(parser, QStringLiteral("threshold"), false, &ok);
    const auto population = numberOption(parser, QStringLiteral("population-size"), false, &ok);
    const auto runId = integerOption(parser, QStringLiteral("run"), false, &ok);
    const auto topShare = numberOption(parser, QStringLiteral("top-share"), false, &ok);
    if (!ok) return ExitUsage;
    std::unique_ptr<project::ProjectStore> store;
    std::optional<data::DataTable> table;
    if (fromRun) {
        store = openProject(parser.value(QStringLiteral("project")), project::ProjectStore::Access::ReadOnly,
                            cli.json());
        if (!store) return ExitUsage;
        const auto run = store->run(*runId);
        auto loaded = run ? jobs::SubgroupAnalysis::runData(*store, *run)
                          : Expected<data::DataTable>::failure(run.error());
        if (!loaded) {
            printErr(loaded.error());
            return ExitUsage;
        }
        table = std::move(loaded).value();
    } else {
        table = readTable(parser.value(QStringLiteral("data")));
        if (!table) return ExitUsage;
    }
    governance::RiskOptions options;
    options.quasiIdentifiers = quasiOption(parser.value(QStringLiteral("quasi")), *table);
    if (options.quasiIdentifiers.isEmpty()) return ExitUsage;
    for (const QString& s :
         parser.value(QStringLiteral("sensitive")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.sensitive << s.trimmed();
    options.threshold = threshold.value_or(0.2);
    if (population) options.populationSize = *population;
    const auto risk = governance::ReidentificationRisk::compute(*table, options);
    if (!risk) {
        printErr(risk.error());
        return ExitUsage;
    }
    std::optional<jobs::DataRiskLink> link;
    if (fromRun) {
        jobs::DataRiskLink::Options linkOptions;
        linkOptions.quasiIdentifiers = options.quasiIdentifiers;
        linkOptions.threshold = options.threshold;
        linkOptions.topShare = topShare.value_or(0.05);
        auto computed = jobs::DataRiskLink::compute(*store, *runId, linkOptions);
        if (!computed) {
            printErr(computed.error());
            return ExitUsage;
        }
        link = std::move(computed).value();
    }
    if (cli.json()) {
        QJsonObject out = risk->toJson();
        if (link) out[QStringLiteral("linked_run")] = link->toJson();
        printJson(out);
        return ExitOk;
    }
    const QLocale locale;
    printOut(CliText::tr("Quasi-identifiers: %1 (%2 records, %3 equivalence classes)")
                 .arg(risk->quasiIdentifiers.join(QStringLiteral(", ")))
                 .arg(risk->records)
                 .arg(risk->classes));
    printOut(CliText::tr("  k-anonymity: %1; sample uniques: %2 (%3 of the records)")
                 .arg(risk->kAnonymity)
                 .arg(risk->sampleUniques)
                 .arg(percentText(risk->sampleUniquesShare)));
    printAttacker(CliText::tr("Prosecutor"), risk->prosecutor, risk->threshold);
    printAttacker(CliText::tr("Journalist"), risk->journalist, risk->threshold);
    printOut(CliText::tr("  %1: %2 of the records re-identified on average")
                 .arg(CliText::tr("Marketer"))
                 .arg(percentText(risk->marketer.average)));
    printOut(CliText::tr("  Expected re-identifications (sdcMicro individual risk): %1")
                 .arg(locale.toString(risk->expectedReidentifications, 'f', 1)));
    if (!risk->populationSize)
        printOut(
            CliText::tr("  The table is taken as the whole population (no --population-size): journalist "
                        "risk equals prosecutor risk and population uniques are not estimated."));
    if (risk->populationUniques && risk->populationUniques->dankarModel == governance::UniquenessModel::None)
        printOut(
            CliText::tr("  Population uniques: none estimated, because no record is unique in the table."));
    else if (risk->populationUniques)
        printOut(CliText::tr("  Population uniques (%1 by Dankar's rule): %2 (%3 of the population)")
                     .arg(governance::uniquenessModelTitle(risk->populationUniques->dankarModel))
                     .arg(locale.toString(risk->populationUniques->dankar, 'f', 0))
                     .arg(percentText(risk->populationUniques->dankar / *risk->populationSize)));
    if (!risk->combinations.empty()) {
        printOut(CliText::tr("  Most identifying combinations (sample uniques; distinction; separation):"));
        qsizetype size = 0;
        int shown = 0;
        for (const auto& c : risk->combinations) {
            if (c.columns.size() != size) {
                size = c.columns.size();
                shown = 0;
            }
            if (shown++ >= 3) continue;
            printOut(CliText::tr("    %1: %2; %3; %4")
                         .arg(c.columns.join(QStringLiteral(", ")), percentText(c.uniquesShare),
                              locale.toString(c.distinction, 'f', 3), locale.toString(c.separation, 'f', 3)));
        }
    }
    for (const auto& d : risk->diversity)
        printOut(CliText::tr(
                     "  %1: distinct l %2, entropy l %3, recursive (c=2) l %4; t-closeness %5 (%6 distance)")
                     .arg(d.column)
                     .arg(d.distinctL)
                     .arg(locale.toString(d.entropyL, 'f', 2))
                     .arg(d.recursiveL)
                     .arg(locale.toString(d.tCloseness, 'f', 3), d.tDistance == QLatin1String("ordered")
                                                                     ? CliText::tr("ordered")
                                                                     : CliText::tr("equal")));
    if (link) {
        printOut(CliText::tr("Linked to run %1 (membership inference):").arg(link->runId));
        for (const QString& f : link->findings())
            printOut(QStringLiteral("  ") + f);
        for (std::size_t i = 0; i < std::min<std::size_t>(link->records.size(), 10); ++i) {
            const auto& r = link->records[i];
            printOut(CliText::tr("    data row %1: attack score %2, class of %3, re-identification risk %4, "
                                 "duplicate group of %5")
                         .arg(r.row + 1)
                         .arg(locale.toString(r.score, 'g', 4))
                         .arg(r.classSize)
                         .arg(percentText(r.reidentificationRisk))
                         .arg(r.duplicates));
        }
    }
    return ExitOk;
}

} // namespace

int runData(const CommandContext& context)
{
    const QStringList& args = context.arguments;
    if (args.size() >= 2 && args[1] == QLatin1String("scan")) return runScan(args);
    if (args.size() >= 2 && args[1] == QLatin1String("risk")) return runRisk(args);
    if (args.size() >= 2 && args[1] == QLatin1String("duplicates")) return runDuplicates(args);
    if (args.size() >= 2 && args[1] == QLatin1String("datasheet")) return runDatasheet(args);
    if (args.size() >= 2 && (args[1] == QLatin1String("minimise") || args[1] == QLatin1String("minimize")))
        return runMinimise(args);
    return CommandLine::subcommandUsage(
        args,
        CliText::tr("data: use 'data scan --data F' (personal data per column), 'data risk --data F "
                    "--quasi A,B,C' (re-identification risk), 'data duplicates --data F' (exact and near "
                    "duplicates, --against G or --project P --run N for overlaps), 'data minimise --data F "
                    "--drop A --generalise B=bin:10 --out G' (a minimised version, risk before and after) or "
                    "'data datasheet --project P --dataset N' (documentation, SPDX and Croissant)."));
}

} // namespace privaudit::cli
