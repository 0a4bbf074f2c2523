// `data duplicates`: exact and near duplicates, and the overlap of two sets (dataset governance).
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

namespace privaudit::cli::datacli {

namespace {

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

} // namespace

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

} // namespace privaudit::cli::datacli
