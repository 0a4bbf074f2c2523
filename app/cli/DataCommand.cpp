// `data scan|risk`: the training data's personal data and re-identification risk (dataset governance).
#include "CommandLine.h"
#include "Commands.h"
#include "data/ColumnPlan.h"
#include "data/CsvImporter.h"
#include "data/DataSplit.h"
#include "data/DemoData.h"
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

namespace {

/// The --data table: a CSV file (types inferred, nothing declared) or the built-in demo data.
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

/// The quasi-identifiers of --quasi ("auto": the PII scan's), trimmed; empty with an error printed.
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

/// Record numbers from 1, at most @p most of them.
QString recordList(const std::vector<std::int64_t>& rows, std::size_t most = 12)
{
    QStringList out;
    for (std::size_t i = 0; i < std::min(rows.size(), most); ++i)
        out << QString::number(rows[i] + 1);
    if (rows.size() > most) out << QStringLiteral("…");
    return out.join(QStringLiteral(", "));
}

void printOverlap(const governance::OverlapReport& o)
{
    printOut(
        CliText::tr("Overlap of %1 (%2 records) with %3 (%4 records): %5 exact and %6 near copies (%7 of %1)")
            .arg(o.secondName)
            .arg(o.secondRecords)
            .arg(o.firstName)
            .arg(o.firstRecords)
            .arg(o.exact)
            .arg(o.near)
            .arg(percentText(o.share())));
    const QLocale locale;
    for (std::size_t i = 0; i < std::min<std::size_t>(o.examples.size(), 10); ++i)
        printOut(CliText::tr("  record %1 (%2) = record %3 (%4), distance %5")
                     .arg(o.examples[i].second + 1)
                     .arg(o.secondName)
                     .arg(o.examples[i].first + 1)
                     .arg(o.firstName)
                     .arg(locale.toString(o.examples[i].distance, 'f', 3)));
}

int runDuplicates(QStringList args)
{
    args.removeAt(1);
    args[0] += QStringLiteral(" duplicates");
    CommandLine cli(
        args, CliText::tr("Exact and near duplicates (Gower distance over mixed types) within a table, and "
                          "the records it shares with another table (--against: a test set, another "
                          "version) or, for a run of a project, between the run's members and non-members "
                          "(train/test contamination, which inflates a membership attack's false "
                          "positives)."));
    QCommandLineParser& parser = cli.parser();
    parser.addOptions({
        {QStringLiteral("data"), CliText::tr("CSV file, or 'demo'."), QStringLiteral("file")},
        {QStringLiteral("threshold"),
         CliText::tr("Near duplicates: Gower distance at most this, 0 for exact only (default 0.01)."),
         QStringLiteral("d"), QStringLiteral("0.01")},
        {QStringLiteral("columns"),
         CliText::tr("Columns compared (default: all but record numbers the PII scan finds)."),
         QStringLiteral("A,B")},
        {QStringLiteral("against"), CliText::tr("A second CSV file: its records found in --data."),
         QStringLiteral("file")},
        {QStringLiteral("project"), CliText::tr("Project file, with --run."), QStringLiteral("file")},
        {QStringLiteral("run"), CliText::tr("A run of --project: its members against its non-members."),
         QStringLiteral("id")},
    });
    if (const auto stop = cli.parse()) return *stop;
    const bool fromRun = parser.isSet(QStringLiteral("run"));
    if (fromRun ? !cli.require({QStringLiteral("project"), QStringLiteral("run")})
                : !cli.require({QStringLiteral("data")}))
        return ExitUsage;
    bool ok = true;
    const auto threshold = numberOption(parser, QStringLiteral("threshold"), false, &ok);
    const auto runId = integerOption(parser, QStringLiteral("run"), false, &ok);
    if (!ok) return ExitUsage;
    std::optional<data::DataTable> table;
    std::optional<data::DataSplit> split;
    QString dataName = parser.value(QStringLiteral("data"));
    if (fromRun) {
        const auto store = openProject(parser.value(QStringLiteral("project")),
                                       project::ProjectStore::Access::ReadOnly, cli.json());
        if (!store) return ExitUsage;
        const auto run = store->run(*runId);
        if (!run) {
            printErr(run.error());
            return ExitUsage;
        }
        const auto spec = jobs::JobSpec::fromJson(run->specJson);
        auto loaded = spec ? jobs::SubgroupAnalysis::runData(*store, *run)
                           : Expected<data::DataTable>::failure(spec.error());
        if (!loaded) {
            printErr(loaded.error());
            return ExitUsage;
        }
        data::SplitSpec splitSpec; // as the run split its data (jobs::loadTabular)
        splitSpec.memberRows = spec->memberRows.value_or(0);
        splitSpec.seed = spec->seed;
        auto made = data::DataSplit::make(*loaded, splitSpec);
        if (!made) {
            printErr(made.error());
            return ExitUsage;
        }
        split = std::move(made).value();
        table = std::move(loaded).value();
        dataName = QFileInfo(spec->dataSource).fileName();
    } else {
        table = readTable(dataName);
        if (!table) return ExitUsage;
    }
    governance::DuplicateOptions options;
    options.threshold = threshold.value_or(0.01);
    QStringList excluded;
    if (parser.isSet(QStringLiteral("columns"))) {
        for (const QString& c :
             parser.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.columns << c.trimmed();
    } else {
        // A record number makes every record distinct: it is left out, and said so.
        for (const auto& scan : governance::PiiScan::scan(*table)) {
            const bool code = std::any_of(scan.findings.begin(), scan.findings.end(), [](const auto& f) {
                return f.kind == governance::PiiKind::RecordNumber;
            });
            (code ? excluded : options.columns) << scan.column;
        }
    }
    const auto within = governance::Duplicates::within(*table, options);
    if (!within) {
        printErr(within.error());
        return ExitUsage;
    }
    std::optional<governance::OverlapReport> overlap;
    if (split) {
        auto o = governance::Duplicates::between(*table, split->members, split->nonMembers, options);
        if (!o) {
            printErr(o.error());
            return ExitUsage;
        }
        overlap = std::move(o).value();
        overlap->firstName = CliText::tr("members");
        overlap->secondName = CliText::tr("non-members");
    } else if (parser.isSet(QStringLiteral("against"))) {
        const auto other = readTable(parser.value(QStringLiteral("against")));
        if (!other) return ExitUsage;
        auto o = governance::Duplicates::between(*table, *other, options);
        if (!o) {
            printErr(o.error());
            return ExitUsage;
        }
        overlap = std::move(o).value();
        overlap->firstName = QFileInfo(dataName).fileName();
        overlap->secondName = QFileInfo(parser.value(QStringLiteral("against"))).fileName();
    }
    if (cli.json()) {
        QJsonObject out = within->toJson();
        out[QStringLiteral("data")] = dataName;
        out[QStringLiteral("excluded_columns")] = QJsonArray::fromStringList(excluded);
        if (overlap) {
            QJsonObject o = overlap->toJson();
            if (split) { // stable ids in JSON, whatever the language
                o[QStringLiteral("first")] = QStringLiteral("members");
                o[QStringLiteral("second")] = QStringLiteral("non-members");
                o[QStringLiteral("run")] = qint64(*runId);
            }
            out[QStringLiteral("overlap")] = o;
        }
        printJson(out);
        return ExitOk;
    }
    const QLocale locale;
    if (!excluded.isEmpty())
        printOut(CliText::tr("Not compared (record numbers, distinct in every record): %1")
                     .arg(excluded.join(QStringLiteral(", "))));
    printOut(CliText::tr("%1 records, %2 distinct; exact duplicates: %3 groups, %4 records")
                 .arg(within->records)
                 .arg(within->distinctRecords)
                 .arg(within->exactGroups)
                 .arg(within->exactRecords));
    if (within->threshold > 0)
        printOut(CliText::tr("Near duplicates (Gower distance ≤ %1): %2 pairs; %3 more records")
                     .arg(locale.toString(within->threshold, 'g', 3))
                     .arg(within->nearPairs)
                     .arg(within->nearRecords));
    printOut(CliText::tr("Records with a duplicate: %1 (%2) in %3 groups")
                 .arg(within->duplicatedRecords)
                 .arg(percentText(
                     within->records > 0 ? double(within->duplicatedRecords) / double(within->records) : 0.0))
                 .arg(within->groups));
    for (std::size_t i = 0; i < std::min<std::size_t>(within->largestGroups.size(), 5); ++i)
        printOut(CliText::tr("  %1 records (%2): %3")
                     .arg(within->largestGroups[i].rows.size())
                     .arg(within->largestGroups[i].exact ? CliText::tr("exact") : CliText::tr("near"),
                          recordList(within->largestGroups[i].rows)));
    if (overlap) printOverlap(*overlap);
    return ExitOk;
}

/// The risk figures a before/after comparison needs (the full object has the curve and histograms).
QJsonObject riskSummary(const governance::ReidentificationRisk& risk)
{
    QJsonObject o = risk.toJson();
    for (const char* bulky :
         {"uniqueness_curve", "class_sizes", "risk_distribution", "quasi_identifier_combinations"})
        o.remove(QLatin1String(bulky));
    return o;
}

int runMinimise(QStringList args)
{
    args.removeAt(1);
    args[0] += QStringLiteral(" minimise");
    CommandLine cli(
        args, CliText::tr("Data minimisation (GDPR Art 5(1)(c)): drop columns and generalise others into a "
                          "new CSV file, with the re-identification risk before and after; with --project "
                          "the file is registered as a new version of the dataset, its derivation in the "
                          "audit trail."));
    QCommandLineParser& parser = cli.parser();
    parser.addOptions({
        {QStringLiteral("data"), CliText::tr("CSV file."), QStringLiteral("file")},
        {QStringLiteral("drop"), CliText::tr("Columns to remove, comma-separated."), QStringLiteral("A,B")},
        {QStringLiteral("generalise"),
         CliText::tr("COLUMN=year (dates), bin:WIDTH (numeric intervals), truncate:N (first N characters, "
                     "postcodes), top:LIMIT or bottom:LIMIT (top and bottom coding); repeatable."),
         QStringLiteral("step")},
        {QStringLiteral("out"), CliText::tr("The new CSV file."), QStringLiteral("file")},
        {QStringLiteral("quasi"),
         CliText::tr("Quasi-identifiers for the risk before and after (default 'auto': the PII scan's)."),
         QStringLiteral("A,B,C"), QStringLiteral("auto")},
        {QStringLiteral("project"),
         CliText::tr("Register the new file as a version of the dataset in this project."),
         QStringLiteral("file")},
    });
    if (const auto stop = cli.parse()) return *stop;
    if (!cli.require({QStringLiteral("data"), QStringLiteral("out")})) return ExitUsage;
    std::vector<governance::MinimisationStep> steps;
    for (const QString& column :
         parser.value(QStringLiteral("drop")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        steps.push_back({column.trimmed(), governance::MinimisationStep::Kind::Drop});
    for (const QString& text : parser.values(QStringLiteral("generalise"))) {
        auto step = governance::MinimisationStep::parse(text);
        if (!step) {
            printErr(step.error());
            return ExitUsage;
        }
        steps.push_back(*step);
    }
    if (steps.empty()) {
        printErr(CliText::tr("Nothing to do: give --drop or --generalise."));
        return ExitUsage;
    }
    const QString dataPath = parser.value(QStringLiteral("data"));
    const QString outPath = parser.value(QStringLiteral("out"));
    if (QFileInfo(outPath).absoluteFilePath() == QFileInfo(dataPath).absoluteFilePath() ||
        (QFileInfo::exists(outPath) &&
         QFileInfo(outPath).canonicalFilePath() == QFileInfo(dataPath).canonicalFilePath())) {
        printErr(CliText::tr("--out must be a new file: the original data is kept as it is."));
        return ExitUsage;
    }
    const auto table = readTable(dataPath);
    if (!table) return ExitUsage;
    const QStringList quasi = quasiOption(parser.value(QStringLiteral("quasi")), *table);
    if (quasi.isEmpty()) return ExitUsage;
    governance::RiskOptions before;
    before.quasiIdentifiers = quasi;
    const auto riskBefore = governance::ReidentificationRisk::compute(*table, before);
    if (!riskBefore) {
        printErr(riskBefore.error());
        return ExitUsage;
    }
    const auto minimised = governance::Minimisation::apply(*table, steps);
    if (!minimised) {
        printErr(minimised.error());
        return ExitUsage;
    }
    governance::RiskOptions after = before;
    after.quasiIdentifiers.clear();
    for (const QString& q : quasi)
        if (minimised->table.indexOf(q) >= 0) after.quasiIdentifiers << q;
    std::optional<governance::ReidentificationRisk> riskAfter;
    if (!after.quasiIdentifiers.isEmpty()) {
        auto computed = governance::ReidentificationRisk::compute(minimised->table, after);
        if (!computed) {
            printErr(computed.error());
            return ExitUsage;
        }
        riskAfter = std::move(computed).value();
    }
    // The project opens before anything is written: a project that cannot be opened leaves no file behind.
    std::unique_ptr<project::ProjectStore> store;
    if (parser.isSet(QStringLiteral("project"))) {
        const QString projectPath = parser.value(QStringLiteral("project"));
        store = openOrCreateProject(projectPath, QFileInfo(projectPath).completeBaseName(), cli.json());
        if (!store) return ExitUsage;
    }
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(minimised->csv) != minimised->csv.size() ||
        !out.commit()) {
        printErr(CliText::tr("Cannot write '%1': %2").arg(outPath, out.errorString()));
        return ExitFailure;
    }
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(minimised->csv, QCryptographicHash::Sha256).toHex());
    QStringList specs;
    for (const auto& s : steps)
        specs << s.spec();
    QJsonObject result = governance::Minimisation::toJson(*minimised);
    result[QStringLiteral("data")] = dataPath;
    result[QStringLiteral("out")] = outPath;
    result[QStringLiteral("sha256")] = sha;
    result[QStringLiteral("steps")] = QJsonArray::fromStringList(specs);
    result[QStringLiteral("quasi_identifiers_before")] = QJsonArray::fromStringList(before.quasiIdentifiers);
    result[QStringLiteral("quasi_identifiers_after")] = QJsonArray::fromStringList(after.quasiIdentifiers);
    result[QStringLiteral("risk_before")] = riskSummary(*riskBefore);
    result[QStringLiteral("risk_after")] = riskAfter ? QJsonValue(riskSummary(*riskAfter)) : QJsonValue::Null;
    std::int64_t datasetId = 0;
    std::int64_t parentId = 0;
    if (store) {
        const auto known = store->datasets();
        if (!known) {
            printErr(known.error());
            return ExitFailure;
        }
        project::DatasetRecord parent;
        for (const auto& d : *known)
            if (d.sha256 == table->contentSha256()) parent = d; // the latest registration of these bytes
        if (parent.id == 0) {
            parent.name = QFileInfo(dataPath).fileName();
            parent.path = QFileInfo(dataPath).absoluteFilePath();
            parent.sha256 = table->contentSha256();
            parent.fingerprint = table->fingerprint();
            parent.rows = std::int64_t(table->rowCount());
            parent.columns = std::int64_t(table->columnCount());
            parent.schemaJson = table->storedSchemaJson();
            const auto id = store->addDataset(parent);
            if (!id) {
                printErr(id.error());
                return ExitFailure;
            }
            parent.id = *id;
        }
        project::DatasetRecord d = parent;
        d.id = 0;
        d.name = QFileInfo(outPath).fileName();
        d.path = QFileInfo(outPath).absoluteFilePath();
        d.sha256 = sha;
        d.fingerprint = minimised->table.fingerprint();
        d.rows = std::int64_t(minimised->table.rowCount());
        d.columns = std::int64_t(minimised->table.columnCount());
        d.schemaJson = minimised->table.storedSchemaJson();
        const QJsonObject derivation{{QStringLiteral("method"), QStringLiteral("minimisation")},
                                     {QStringLiteral("source_sha256"), parent.sha256},
                                     {QStringLiteral("steps"), QJsonArray::fromStringList(specs)},
                                     {QStringLiteral("changes"), result[QStringLiteral("changes")]},
                                     {QStringLiteral("risk_before"), result[QStringLiteral("risk_before")]},
                                     {QStringLiteral("risk_after"), result[QStringLiteral("risk_after")]}};
        const auto id = store->addDatasetVersion(d, parent.id, derivation);
        if (!id) {
            printErr(id.error());
            return ExitFailure;
        }
        datasetId = *id;
        parentId = parent.id;
        result[QStringLiteral("dataset")] = qint64(datasetId);
        result[QStringLiteral("version_of")] = qint64(parentId);
    }
    if (cli.json()) {
        printJson(result);
        return ExitOk;
    }
    const QLocale locale;
    printOut(CliText::tr("Minimised data written to %1 (%2 records, %3 columns; SHA-256 %4…)")
                 .arg(outPath)
                 .arg(minimised->table.rowCount())
                 .arg(minimised->table.columnCount())
                 .arg(sha.left(12)));
    for (const auto& c : minimised->changes)
        printOut(c.distinctAfter == 0 && c.step.endsWith(QLatin1String("=drop"))
                     ? CliText::tr("  %1: removed").arg(c.step)
                     : CliText::tr("  %1: %2 → %3 distinct values, %4 cells changed")
                           .arg(c.step)
                           .arg(c.distinctBefore)
                           .arg(c.distinctAfter)
                           .arg(c.cellsChanged));
    printOut(CliText::tr("Re-identification risk over %1 (before → after):")
                 .arg(quasi.join(QStringLiteral(", "))));
    if (!riskAfter) {
        printOut(
            CliText::tr("  every quasi-identifier was dropped: no record can be linked on them any more"));
    } else {
        const auto& b = *riskBefore;
        const auto& a = *riskAfter;
        printOut(CliText::tr("  k-anonymity: %1 → %2").arg(b.kAnonymity).arg(a.kAnonymity));
        printOut(CliText::tr("  sample uniques: %1 → %2")
                     .arg(percentText(b.sampleUniquesShare), percentText(a.sampleUniquesShare)));
        printOut(CliText::tr("  prosecutor risk: highest %1 → %2, average %3 → %4, records above %5: %6 → %7")
                     .arg(percentText(b.prosecutor.highest), percentText(a.prosecutor.highest),
                          percentText(b.prosecutor.average), percentText(a.prosecutor.average),
                          percentText(b.threshold), percentText(b.prosecutor.shareAboveThreshold),
                          percentText(a.prosecutor.shareAboveThreshold)));
        printOut(CliText::tr("  expected re-identifications: %1 → %2")
                     .arg(locale.toString(b.expectedReidentifications, 'f', 1),
                          locale.toString(a.expectedReidentifications, 'f', 1)));
    }
    if (datasetId > 0)
        printOut(CliText::tr(
                     "Registered as dataset %1, a new version of dataset %2; the steps and the risk before "
                     "and after are in the audit trail.")
                     .arg(datasetId)
                     .arg(parentId));
    return ExitOk;
}

/// The scan of a registered dataset's file, read with its stored types; empty with @p note set when the
/// file cannot be read (then the completeness cannot ask for Art 9 and Art 10 grounds).
std::vector<governance::ColumnScan> scanOfDataset(const project::DatasetRecord& dataset, QString* note)
{
    if (dataset.path == QLatin1String("demo")) return governance::PiiScan::scan(data::DemoData::patients());
    data::ColumnPlan plan;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(dataset.schemaJson).object().value(QStringLiteral("columns")).toArray())
        if (const auto type = data::parseColumnType(v.toObject().value(QStringLiteral("type")).toString()))
            plan.types.insert(v.toObject().value(QStringLiteral("name")).toString(), *type);
    plan.maxDistinctRatio = 1.0;
    const auto table = plan.load(dataset.path);
    if (!table) {
        *note =
            CliText::tr("The file of dataset %1 cannot be read (%2): the completeness does not know whether "
                        "special categories or criminal-offence data need their grounds.")
                .arg(dataset.id)
                .arg(table.error());
        return {};
    }
    return governance::PiiScan::scan(*table);
}

int runDatasheet(QStringList args)
{
    args.removeAt(1);
    args[0] += QStringLiteral(" datasheet");
    CommandLine cli(
        args,
        CliText::tr("A dataset's datasheet (Gebru et al., Datasheets for Datasets): the questions of its "
                    "seven sections, the licence as an SPDX expression checked against the shipped "
                    "list, the GDPR grounds, and its completeness; changes are audited. Export as SPDX "
                    "3.0.1 JSON-LD (Dataset profile) or Croissant 1.0 with RAI; import from either."));
    QCommandLineParser& parser = cli.parser();
    parser.addOptions({
        {QStringLiteral("project"), CliText::tr("Project file."), QStringLiteral("file")},
        {QStringLiteral("dataset"), CliText::tr("Dataset id in the project."), QStringLiteral("id")},
        {QStringLiteral("answer"),
         CliText::tr("QUESTION=TEXT, e.g. collection.process=\"Survey 2024\"; repeatable."),
         QStringLiteral("q=text")},
        {QStringLiteral("licence"),
         CliText::tr("The licence as an SPDX expression (CC-BY-4.0, MIT OR Apache-2.0, "
                     "LicenseRef-internal)."),
         QStringLiteral("expression")},
        {QStringLiteral("lawful-basis"), CliText::tr("GDPR Art 6(1) basis: art6-1-a ... art6-1-f."),
         QStringLiteral("id")},
        {QStringLiteral("art9"), CliText::tr("GDPR Art 9(2) condition: art9-2-a ... art9-2-j."),
         QStringLiteral("id")},
        {QStringLiteral("art10"),
         CliText::tr("The law that authorises processing criminal-offence data (Art 10)."),
         QStringLiteral("text")},
        {QStringLiteral("import"),
         CliText::tr("Read the answers from a PrivAudit datasheet, SPDX 3 or Croissant file."),
         QStringLiteral("file")},
        {QStringLiteral("export"), CliText::tr("Write the datasheet as spdx, croissant or json to --out."),
         QStringLiteral("format")},
        {QStringLiteral("out"), CliText::tr("File for --export."), QStringLiteral("file")},
    });
    if (const auto stop = cli.parse()) return *stop;
    if (!cli.require({QStringLiteral("project"), QStringLiteral("dataset")})) return ExitUsage;
    bool ok = true;
    const auto datasetId = integerOption(parser, QStringLiteral("dataset"), true, &ok);
    if (!ok) return ExitUsage;
    const bool changes = parser.isSet(QStringLiteral("answer")) || parser.isSet(QStringLiteral("licence")) ||
                         parser.isSet(QStringLiteral("lawful-basis")) ||
                         parser.isSet(QStringLiteral("art9")) || parser.isSet(QStringLiteral("art10")) ||
                         parser.isSet(QStringLiteral("import"));
    const QString format = parser.value(QStringLiteral("export"));
    if (parser.isSet(QStringLiteral("export")) &&
        (!QStringList{QStringLiteral("spdx"), QStringLiteral("croissant"), QStringLiteral("json")}.contains(
             format) ||
         !parser.isSet(QStringLiteral("out")))) {
        printErr(CliText::tr("--export takes spdx, croissant or json, with --out FILE."));
        return ExitUsage;
    }
    const auto store = openProject(parser.value(QStringLiteral("project")),
                                   changes ? project::ProjectStore::Access::ReadWrite
                                           : project::ProjectStore::Access::ReadOnly,
                                   cli.json());
    if (!store) return ExitUsage;
    const auto datasets = store->datasets();
    if (!datasets) {
        printErr(datasets.error());
        return ExitFailure;
    }
    const auto dataset =
        std::find_if(datasets->begin(), datasets->end(), [&](const auto& d) { return d.id == *datasetId; });
    if (dataset == datasets->end()) {
        printErr(CliText::tr("There is no dataset %1 in this project.").arg(*datasetId));
        return ExitUsage;
    }
    auto sheet = governance::Datasheet::load(*store, *dataset);
    if (!sheet) {
        printErr(sheet.error());
        return ExitFailure;
    }
    governance::Datasheet d = *sheet;
    if (parser.isSet(QStringLiteral("import"))) {
        const auto json = readJsonObjectFile(parser.value(QStringLiteral("import")));
        auto imported = json ? governance::Datasheet::fromExport(*json)
                             : Expected<governance::Datasheet>::failure(json.error());
        if (!imported) {
            printErr(imported.error());
            return ExitUsage;
        }
        d.mergeFrom(*imported);
    }
    QStringList known;
    for (const auto& q : governance::Datasheet::questions())
        known << q.id;
    for (const QString& a : parser.values(QStringLiteral("answer"))) {
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        const QString id = a.left(eq).trimmed();
        if (eq <= 0 || !known.contains(id)) {
            printErr(CliText::tr("'%1': the question must be one of %2.")
                         .arg(a, known.join(QStringLiteral(", "))));
            return ExitUsage;
        }
        d.answers.insert(id, a.mid(eq + 1).trimmed());
    }
    if (parser.isSet(QStringLiteral("licence"))) {
        const auto check = governance::SpdxLicences::checkExpression(parser.value(QStringLiteral("licence")));
        if (!check.valid) {
            printErr(CliText::tr("'%1' is not a valid SPDX licence expression: %2.")
                         .arg(parser.value(QStringLiteral("licence")), check.error));
            return ExitUsage;
        }
        d.licence = check.canonical;
    }
    if (parser.isSet(QStringLiteral("lawful-basis")))
        d.lawfulBasis = parser.value(QStringLiteral("lawful-basis"));
    if (parser.isSet(QStringLiteral("art9")))
        d.specialCategoryCondition = parser.value(QStringLiteral("art9"));
    if (parser.isSet(QStringLiteral("art10"))) d.criminalDataBasis = parser.value(QStringLiteral("art10"));
    if (const auto checked = governance::Datasheet::fromJson(d.toJson());
        !checked) { // the same rules as stored
        printErr(checked.error());
        return ExitUsage;
    }
    if (changes)
        if (const QString err = d.save(*store, *datasetId); !err.isEmpty()) {
            printErr(err);
            return ExitFailure;
        }
    QString note;
    const auto scans = scanOfDataset(*dataset, &note);
    if (!note.isEmpty() && !cli.json()) printErr(note);
    if (parser.isSet(QStringLiteral("export"))) {
        const QJsonObject doc =
            format == QLatin1String("spdx")
                ? d.toSpdx(*dataset, scans, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
            : format == QLatin1String("croissant") ? d.toCroissant(*dataset, scans)
                                                   : d.toJson();
        QSaveFile out(parser.value(QStringLiteral("out")));
        const QByteArray bytes = QJsonDocument(doc).toJson(QJsonDocument::Indented);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            printErr(CliText::tr("Cannot write '%1': %2").arg(out.fileName(), out.errorString()));
            return ExitFailure;
        }
    }
    const auto completeness = d.completeness(scans);
    if (cli.json()) {
        printJson(QJsonObject{{QStringLiteral("dataset"), qint64(*datasetId)},
                              {QStringLiteral("datasheet"), d.toJson()},
                              {QStringLiteral("completeness"), completeness.score()},
                              {QStringLiteral("answered"), completeness.answered},
                              {QStringLiteral("required"), completeness.required},
                              {QStringLiteral("missing"), QJsonArray::fromStringList(completeness.missing)},
                              {QStringLiteral("problems"), QJsonArray::fromStringList(completeness.problems)},
                              {QStringLiteral("licence_list"), governance::SpdxLicences::listVersion()},
                              {QStringLiteral("scan_note"), note}});
        return ExitOk;
    }
    printOut(CliText::tr("Datasheet of dataset %1 '%2': %3 complete (%4 of %5)")
                 .arg(*datasetId)
                 .arg(project::builtInText(dataset->name), percentText(completeness.score()))
                 .arg(completeness.answered)
                 .arg(completeness.required));
    QString section;
    for (const auto& q : governance::Datasheet::questions()) {
        if (q.section != section) {
            section = q.section;
            printOut(governance::Datasheet::sectionTitle(section));
        }
        const QString answer = d.answers.value(q.id).trimmed();
        printOut(CliText::tr("  %1 [%2]").arg(governance::Datasheet::questionText(q.id), q.id));
        printOut(QStringLiteral("    ") + (answer.isEmpty() ? CliText::tr("(unanswered)") : answer));
    }
    printOut(CliText::tr("Licence: %1").arg(d.licence.isEmpty() ? CliText::tr("(unanswered)") : d.licence));
    printOut(CliText::tr("Lawful basis: %1")
                 .arg(d.lawfulBasis.isEmpty() ? CliText::tr("(unanswered)")
                                              : governance::Datasheet::groundTitle(d.lawfulBasis)));
    if (!d.specialCategoryCondition.isEmpty())
        printOut(CliText::tr("Art 9(2) condition: %1")
                     .arg(governance::Datasheet::groundTitle(d.specialCategoryCondition)));
    if (!d.criminalDataBasis.isEmpty()) printOut(CliText::tr("Art 10 basis: %1").arg(d.criminalDataBasis));
    for (const QString& p : completeness.problems)
        printOut(CliText::tr("Problem: %1").arg(p));
    if (!completeness.missing.isEmpty())
        printOut(CliText::tr("Still open: %1").arg(completeness.missing.size()));
    if (parser.isSet(QStringLiteral("export")))
        printOut(CliText::tr("Written to %1.").arg(parser.value(QStringLiteral("out"))));
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
