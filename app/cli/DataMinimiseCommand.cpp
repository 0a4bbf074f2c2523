// `data minimise`: a minimised dataset version with the re-identification risk before and after.
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

/// The risk figures a before/after comparison needs (the full object has the curve and histograms).
QJsonObject riskSummary(const governance::ReidentificationRisk& risk)
{
    QJsonObject o = risk.toJson();
    for (const char* bulky :
         {"uniqueness_curve", "class_sizes", "risk_distribution", "quasi_identifier_combinations"})
        o.remove(QLatin1String(bulky));
    return o;
}

} // namespace

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

} // namespace privaudit::cli::datacli
