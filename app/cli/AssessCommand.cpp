// privaudit-cli assess classify|export|import|suggest
#include "assess/Assessment.h"
#include "assess/Review.h"
#include "CommandLine.h"
#include "Commands.h"
#include "common/FileRead.h"

#include <cstdio>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace privaudit::cli {

namespace {

bool readFile(const QString& path, QByteArray* out)
{
    auto bytes = readRegularFile(path, 64LL << 20); // answers and assessments are small; /dev/zero is not
    if (!bytes) {
        printErr(bytes.error());
        return false;
    }
    *out = std::move(bytes).value();
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
        printErr(
            CliText::tr("cannot write '%1': %2").arg(parser.value(QStringLiteral("out")), f.errorString()));
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
    if (!readFile(parser.value(QStringLiteral("answers")), &bytes)) return ExitUsage;
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
        printOut(
            CliText::tr(
                "Unanswered screening items (the classification is provisional until they are answered): %1")
                .arg(c.unanswered.join(QStringLiteral(", "))));
    return ExitOk;
}

} // namespace

int runAssess(const CommandContext& context)
{
    QStringList args = context.arguments;
    const QStringList subcommands = {QStringLiteral("classify"), QStringLiteral("export"),
                                     QStringLiteral("import"), QStringLiteral("suggest"),
                                     QStringLiteral("review")};
    if (args.size() < 2 || !subcommands.contains(args[1])) {
        return CommandLine::subcommandUsage(
            args,
            CliText::tr(
                "assess: use 'assess classify --answers FILE', 'assess export --project FILE', 'assess "
                "import "
                "--project FILE --in FILE', 'assess suggest --project FILE' or 'assess review --project FILE "
                "[--run N | --clear]'"));
    }
    const QString sub = args.takeAt(1);
    args[0] += QLatin1Char(' ') + sub;
    CommandLine cli(
        args,
        sub == QLatin1String("classify")
            ? CliText::tr("Classify a system under the EU AI Act (as amended in 2026) from screening answers "
                          "{\"role\": ..., \"answers\": {\"AIA-ART5-F\": \"no\", ...}}: tiers, reasoning "
                          "with articles, "
                          "blockers, and the obligations with their dates.")
        : sub == QLatin1String("export")
            ? CliText::tr(
                  "Export a project's assessment (checklists and risk matrix) as JSON, CSV or Markdown.")
        : sub == QLatin1String("import")
            ? CliText::tr(
                  "Import an assessment JSON export into a project (every change goes into the audit trail).")
        : sub == QLatin1String("review")
            ? CliText::tr("Show or designate the model under review (the release candidate the audit is "
                          "about): --run N "
                          "designates run N's target model, --clear removes the designation. Audited.")
            : CliText::tr(
                  "Suggest risk-matrix likelihoods and severities from the attack results of the model under "
                  "review "
                  "(every run when none is designated) and the datasets, and store the suggestions."));
    QCommandLineParser& parser = cli.parser();
    parser.addOptions({
        {QStringLiteral("answers"), CliText::tr("Screening answers (JSON)."), QStringLiteral("file")},
        {QStringLiteral("project"), CliText::tr("The .privaudit project."), QStringLiteral("file")},
        {QStringLiteral("format"), CliText::tr("json, csv or md (default json)."), QStringLiteral("format"),
         QStringLiteral("json")},
        {QStringLiteral("what"), CliText::tr("For CSV: checklist or matrix (default checklist)."),
         QStringLiteral("part"), QStringLiteral("checklist")},
        {QStringLiteral("in"), CliText::tr("Assessment JSON to import."), QStringLiteral("file")},
        {QStringLiteral("out"), CliText::tr("Write to this file instead of standard output."),
         QStringLiteral("file")},
        {QStringLiteral("run"), CliText::tr("For review: the run whose target model is under review."),
         QStringLiteral("id")},
        {QStringLiteral("clear"), CliText::tr("For review: remove the designation.")},
    });
    if (const auto stop = cli.parse()) return *stop;
    const auto packs = assess::RulePack::builtIn();
    if (!packs) {
        printErr(packs.error());
        return ExitFailure;
    }
    if (sub == QLatin1String("classify")) return classify(parser, *packs);

    if (!cli.require({QStringLiteral("project")})) return ExitUsage;
    const bool readOnly = sub == QLatin1String("export") ||
                          (sub == QLatin1String("review") && !parser.isSet(QStringLiteral("run")) &&
                           !parser.isSet(QStringLiteral("clear")));
    auto store = openProject(parser.value(QStringLiteral("project")),
                             readOnly ? project::ProjectStore::Access::ReadOnly
                                      : project::ProjectStore::Access::ReadWrite,
                             parser.isSet(QStringLiteral("json")));
    if (!store) return ExitUsage;
    if (sub == QLatin1String("review")) {
        if (parser.isSet(QStringLiteral("run")) || parser.isSet(QStringLiteral("clear"))) {
            bool ok = true;
            const qint64 runId = parser.isSet(QStringLiteral("clear"))
                                     ? 0
                                     : parser.value(QStringLiteral("run")).toLongLong(&ok);
            if (!ok || runId < 0 || (parser.isSet(QStringLiteral("run")) && runId == 0)) {
                printErr(CliText::tr("--run must be a run id (a positive whole number), got '%1'")
                             .arg(parser.value(QStringLiteral("run"))));
                return ExitUsage;
            }
            if (const QString err = assess::ModelUnderReview::designate(*store, runId); !err.isEmpty()) {
                printErr(err);
                return ExitUsage;
            }
        }
        const auto review = assess::ModelUnderReview::load(*store);
        if (!review) {
            printErr(review.error());
            return ExitFailure;
        }
        auto ids = [](const QList<qint64>& list) {
            QJsonArray a;
            for (qint64 id : list)
                a.append(id);
            return a;
        };
        if (parser.isSet(QStringLiteral("json"))) {
            printJson(QJsonObject{{QStringLiteral("designated_run"), qint64(review->designatedRun)},
                                  {QStringLiteral("model_sha256"), review->modelSha256},
                                  {QStringLiteral("model"), review->modelName},
                                  {QStringLiteral("runs"), ids(review->runs)},
                                  {QStringLiteral("comparisons"), ids(review->comparisons)},
                                  {QStringLiteral("problem"), review->problem}});
        } else if (!review->isSet()) {
            printOut(review->problem.isEmpty() ? CliText::tr("No model under review is designated.")
                                               : review->problem);
        } else {
            QStringList runs, comparisons;
            for (qint64 id : review->runs)
                runs << QString::number(id);
            for (qint64 id : review->comparisons)
                comparisons << QString::number(id);
            printOut(CliText::tr("Model under review: %1 (SHA-256 %2), designated from run %3.")
                         .arg(review->modelName, review->modelSha256)
                         .arg(review->designatedRun));
            printOut(CliText::tr("Its runs: %1. Comparisons: %2.")
                         .arg(runs.join(QStringLiteral(", ")), comparisons.isEmpty()
                                                                   ? CliText::tr("none")
                                                                   : comparisons.join(QStringLiteral(", "))));
        }
        return ExitOk;
    }
    if (sub == QLatin1String("import")) {
        QByteArray bytes;
        if (!parser.isSet(QStringLiteral("in")) || !readFile(parser.value(QStringLiteral("in")), &bytes)) {
            if (!parser.isSet(QStringLiteral("in"))) printErr(CliText::tr("missing required option --in"));
            return ExitUsage;
        }
        const auto imported = assess::Assessment::fromJson(bytes, *packs);
        if (!imported) {
            printErr(imported.error());
            return ExitUsage;
        }
        if (const QString err = imported->save(*store); !err.isEmpty()) {
            printErr(err);
            return ExitFailure;
        }
        printOut(CliText::tr("Imported %1 checklist answers and the risk matrix.")
                     .arg(imported->checklist.size()));
        return ExitOk;
    }
    auto assessment = assess::Assessment::load(*store);
    if (!assessment) {
        printErr(assessment.error());
        return ExitFailure;
    }
    if (sub == QLatin1String("suggest")) {
        assess::Assessment a = *assessment;
        const auto evidence = a.suggestFromProject(*store);
        if (const QString err = a.save(*store); !err.isEmpty()) {
            printErr(err);
            return ExitFailure;
        }
        const assess::MatrixCell* mia =
            a.cell(QStringLiteral("membership-inference"), QStringLiteral("deployment"));
        printOut(CliText::tr("%1 measurements read; membership inference at deployment: suggested S%2, L%3.")
                     .arg(evidence.size())
                     .arg(mia->suggestedSeverity)
                     .arg(mia->suggestedLikelihood));
        for (const StoredText& r : mia->suggestionReasons)
            printOut(QStringLiteral("  ") + r.text());
        const auto printRow = [&](const char* threat, const QString& line) {
            const assess::MatrixCell* cell =
                a.cell(QString::fromLatin1(threat), QStringLiteral("deployment"));
            printOut(line.arg(cell->suggestedSeverity).arg(cell->suggestedLikelihood));
            for (const StoredText& r : cell->suggestionReasons)
                printOut(QStringLiteral("  ") + r.text());
        };
        if (!evidence.attribute.empty())
            printRow("attribute-inference",
                     CliText::tr("Attribute inference at deployment: suggested S%1, L%2."));
        if (evidence.hasMemorisation())
            printRow("memorisation", CliText::tr("Memorisation at deployment: suggested S%1, L%2."));
        if (!evidence.inversion.empty() || !evidence.miFace.empty())
            printRow("model-inversion",
                     CliText::tr("Model inversion and reconstruction at deployment: suggested S%1, L%2."));
        return ExitOk;
    }
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format == QLatin1String("json"))
        return writeOutput(parser, QJsonDocument(assessment->toJson(*packs)).toJson(QJsonDocument::Indented));
    if (format == QLatin1String("md")) return writeOutput(parser, assessment->markdown(*packs));
    if (format == QLatin1String("csv")) {
        const QString what = parser.value(QStringLiteral("what"));
        if (what != QLatin1String("checklist") && what != QLatin1String("matrix")) {
            printErr(CliText::tr("--what must be checklist or matrix, got '%1'").arg(what));
            return ExitUsage;
        }
        return writeOutput(parser, what == QLatin1String("matrix") ? assessment->matrixCsv()
                                                                   : assessment->checklistCsv(*packs));
    }
    printErr(CliText::tr("--format must be json, csv or md, got '%1'").arg(format));
    return ExitUsage;
}

} // namespace privaudit::cli
