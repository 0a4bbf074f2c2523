// `data datasheet`: a dataset's documentation, SPDX licence, GDPR grounds, SPDX and Croissant.
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

} // namespace

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

} // namespace privaudit::cli::datacli
