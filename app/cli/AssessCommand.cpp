// privaudit-cli assess classify|export|import|suggest
#include "Commands.h"

#include "assess/Assessment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

namespace privaudit::cli {

namespace {

bool readFile(const QString& path, QByteArray* out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        printErr(CliText::tr("cannot read '%1': %2").arg(path, f.errorString()));
        return false;
    }
    *out = f.readAll();
    return true;
}

int writeOutput(const QCommandLineParser& parser, const QByteArray& bytes)
{
    if (!parser.isSet(QStringLiteral("out"))) {
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        return ExitOk;
    }
    QSaveFile f(parser.value(QStringLiteral("out")));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        printErr(CliText::tr("cannot write '%1': %2").arg(parser.value(QStringLiteral("out")), f.errorString()));
        return ExitFailure;
    }
    return ExitOk;
}

int classify(const QCommandLineParser& parser, const std::vector<assess::RulePack>& packs)
{
    if (!parser.isSet(QStringLiteral("answers"))) {
        printErr(CliText::tr("missing required option --answers"));
        return ExitUsage;
    }
    QByteArray bytes;
    if (!readFile(parser.value(QStringLiteral("answers")), &bytes))
        return ExitUsage;
    const auto input = assess::ClassificationInput::fromJson(bytes, packs);
    if (!input) {
        printErr(input.error());
        return ExitUsage;
    }
    const assess::Classification c = assess::Classification::classify(*input, packs);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(c.toJson());
        return ExitOk;
    }
    printOut(CliText::tr("Classification: %1").arg(c.tierText()));
    for (const QString& b : c.blockers)
        printOut(CliText::tr("BLOCKER: %1").arg(b));
    printOut(CliText::tr("Reasoning:"));
    for (const auto& r : c.reasoning)
        printOut(QStringLiteral("  [%1] %2").arg(r.article, r.text));
    printOut(CliText::tr("Obligations (%1):").arg(c.obligations.size()));
    for (const auto& o : c.obligations)
        printOut(QStringLiteral("  %1 (%2): %3").arg(o.itemId, o.article, o.status));
    if (!c.unanswered.isEmpty())
        printOut(CliText::tr("Unanswered screening items (taken as 'no'): %1").arg(c.unanswered.join(QStringLiteral(", "))));
    return ExitOk;
}

} // namespace

int runAssess(const CommandContext& context)
{
    QStringList args = context.arguments;
    const QStringList subcommands = {QStringLiteral("classify"), QStringLiteral("export"), QStringLiteral("import"),
                                     QStringLiteral("suggest")};
    if (args.size() < 2 || !subcommands.contains(args[1])) {
        printErr(CliText::tr("assess: use 'assess classify --answers FILE', 'assess export --project FILE', 'assess import "
                             "--project FILE --in FILE' or 'assess suggest --project FILE'"));
        return ExitUsage;
    }
    const QString sub = args.takeAt(1);
    args[0] += QLatin1Char(' ') + sub;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        sub == QLatin1String("classify")
            ? CliText::tr("Classify a system under the EU AI Act (as amended in 2026) from screening answers "
                          "{\"role\": ..., \"answers\": {\"AIA-ART5-F\": \"no\", ...}}: tiers, reasoning with articles, "
                          "blockers, and the obligations with their dates.")
        : sub == QLatin1String("export")
            ? CliText::tr("Export a project's assessment (checklists and risk matrix) as JSON, CSV or Markdown.")
        : sub == QLatin1String("import")
            ? CliText::tr("Import an assessment JSON export into a project (every change goes into the audit trail).")
            : CliText::tr("Suggest risk-matrix likelihoods and severities from the project's attack results and datasets, "
                          "and store the suggestions."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("answers"), CliText::tr("Screening answers (JSON)."), QStringLiteral("file")},
        {QStringLiteral("project"), CliText::tr("The .privaudit project."), QStringLiteral("file")},
        {QStringLiteral("format"), CliText::tr("json, csv or md (default json)."), QStringLiteral("format"), QStringLiteral("json")},
        {QStringLiteral("what"), CliText::tr("For CSV: checklist or matrix (default checklist)."), QStringLiteral("part"), QStringLiteral("checklist")},
        {QStringLiteral("in"), CliText::tr("Assessment JSON to import."), QStringLiteral("file")},
        {QStringLiteral("out"), CliText::tr("Write to this file instead of standard output."), QStringLiteral("file")},
        {QStringLiteral("json"), CliText::tr("Machine-readable output.")},
    });
    if (!parseOrReport(parser, args))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    const auto packs = assess::RulePack::builtIn();
    if (!packs) {
        printErr(packs.error());
        return ExitFailure;
    }
    if (sub == QLatin1String("classify"))
        return classify(parser, *packs);

    if (!parser.isSet(QStringLiteral("project"))) {
        printErr(CliText::tr("missing required option --project"));
        return ExitUsage;
    }
    auto store = project::ProjectStore::open(parser.value(QStringLiteral("project")),
                                             sub == QLatin1String("export") ? project::ProjectStore::Access::ReadOnly
                                                                            : project::ProjectStore::Access::ReadWrite);
    if (!store) {
        printErr(store.error());
        return ExitUsage;
    }
    if (sub == QLatin1String("import")) {
        QByteArray bytes;
        if (!parser.isSet(QStringLiteral("in")) || !readFile(parser.value(QStringLiteral("in")), &bytes)) {
            if (!parser.isSet(QStringLiteral("in")))
                printErr(CliText::tr("missing required option --in"));
            return ExitUsage;
        }
        const auto imported = assess::Assessment::fromJson(bytes, *packs);
        if (!imported) {
            printErr(imported.error());
            return ExitUsage;
        }
        if (const QString err = imported->save(*store.value()); !err.isEmpty()) {
            printErr(err);
            return ExitFailure;
        }
        printOut(CliText::tr("Imported %1 checklist answers and the risk matrix.").arg(imported->checklist.size()));
        return ExitOk;
    }
    auto assessment = assess::Assessment::load(*store.value());
    if (!assessment) {
        printErr(assessment.error());
        return ExitFailure;
    }
    if (sub == QLatin1String("suggest")) {
        assess::Assessment a = *assessment;
        const auto evidence = a.suggestFromProject(*store.value());
        if (const QString err = a.save(*store.value()); !err.isEmpty()) {
            printErr(err);
            return ExitFailure;
        }
        const assess::MatrixCell* mia = a.cell(QStringLiteral("membership-inference"), QStringLiteral("deployment"));
        printOut(CliText::tr("%1 attack results read; membership inference at deployment: suggested S%2, L%3.")
                     .arg(evidence.size())
                     .arg(mia->suggestedSeverity)
                     .arg(mia->suggestedLikelihood));
        for (const QString& r : mia->suggestionReasons)
            printOut(QStringLiteral("  ") + r);
        return ExitOk;
    }
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format == QLatin1String("json"))
        return writeOutput(parser, QJsonDocument(assessment->toJson(*packs)).toJson(QJsonDocument::Indented));
    if (format == QLatin1String("md"))
        return writeOutput(parser, assessment->markdown(*packs));
    if (format == QLatin1String("csv")) {
        const QString what = parser.value(QStringLiteral("what"));
        if (what != QLatin1String("checklist") && what != QLatin1String("matrix")) {
            printErr(CliText::tr("--what must be checklist or matrix, got '%1'").arg(what));
            return ExitUsage;
        }
        return writeOutput(parser, what == QLatin1String("matrix") ? assessment->matrixCsv() : assessment->checklistCsv(*packs));
    }
    printErr(CliText::tr("--format must be json, csv or md, got '%1'").arg(format));
    return ExitUsage;
}

} // namespace privaudit::cli
