// privaudit-cli encode: a CSV turned into the model inputs an encoder.json describes, so a user can feed
// a model trained by PrivAudit (or check their own model's inputs against the contract).
#include "CommandLine.h"
#include "Commands.h"
#include "data/CsvImporter.h"
#include "data/DemoData.h"
#include "model/Classifier.h"

#include <numeric>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace privaudit::cli {

namespace {

/// The encoder from an encoder.json, or from the encoder.json inside a TorchScript model saved here.
Expected<data::TableEncoder> readEncoder(const QString& path)
{
    using Result = Expected<data::TableEncoder>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(CliText::tr("cannot read '%1': %2").arg(path, file.errorString()));
    const QByteArray head = file.peek(4);
    if (head.startsWith("PK")) { // a TorchScript archive is a zip file
        file.close();
        auto model = model::ExternalModel::open(path);
        if (!model) return Result::failure(model.error());
        if (!model->encoderJson())
            return Result::failure(
                CliText::tr("'%1' carries no encoder.json (only models saved by PrivAudit do); give "
                            "the encoder file instead.")
                    .arg(path));
        return data::TableEncoder::fromJson(*model->encoderJson());
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return Result::failure(CliText::tr("'%1' is not JSON: %2").arg(path, error.errorString()));
    auto enc = data::TableEncoder::fromJson(doc.object());
    if (!enc) return Result::failure(QStringLiteral("'%1': %2").arg(path, enc.error()));
    return enc;
}

} // namespace

int runEncode(const CommandContext& context)
{
    CommandLine cli(
        context.arguments,
        CliText::tr("Encode a CSV file as a model's inputs: one float per input of the encoder (its "
                    "input_names, in order), "
                    "as the TorchScript models saved by 'privaudit-cli train' expect them. The encoder is "
                    "the MODEL.encoder.json "
                    "written beside the model, or the model itself (it carries the same file)."));
    QCommandLineParser& parser = cli.parser();
    parser.addOptions({
        {QStringLiteral("data"), CliText::tr("CSV file to encode, or 'demo'."), QStringLiteral("file")},
        {QStringLiteral("encoder"), CliText::tr("encoder.json, or a TorchScript model saved by PrivAudit."),
         QStringLiteral("file")},
        {QStringLiteral("out"), CliText::tr("Where to write the encoded CSV."), QStringLiteral("file")},
        {QStringLiteral("labels"),
         CliText::tr(
             "Add a final 'label' column with the class index (0-based, in the encoder's class order).")},
    });
    if (const auto stop = cli.parse()) return *stop;
    for (const char* required : {"data", "encoder", "out"})
        if (!parser.isSet(QLatin1String(required))) {
            printErr(CliText::tr("missing required option --%1").arg(QLatin1String(required)));
            return ExitUsage;
        }
    auto encoder = readEncoder(parser.value(QStringLiteral("encoder")));
    if (!encoder) {
        printErr(encoder.error());
        return ExitUsage;
    }
    const bool withLabels = parser.isSet(QStringLiteral("labels"));
    const QString source = parser.value(QStringLiteral("data"));
    data::DataTable table;
    if (source == QLatin1String("demo")) {
        table = data::DemoData::patients();
    } else {
        data::CsvImportOptions options;
        options.declaredTypes = encoder->inputTypes();
        options.declaredTypes.insert(encoder->labelColumn(), data::ColumnType::Categorical);
        auto imported = data::CsvImporter::importFile(source, options);
        if (!imported) {
            printErr(imported.error());
            return ExitUsage;
        }
        table = std::move(imported).value();
    }
    if (const QString problem = encoder->checkApplies(table, withLabels); !problem.isEmpty()) {
        printErr(CliText::tr("'%1' does not fit the encoder: %2.").arg(source, problem));
        return ExitUsage;
    }
    std::vector<std::int64_t> rows(table.rowCount());
    std::iota(rows.begin(), rows.end(), std::int64_t(0));
    if (withLabels) {
        const auto& label = table.column(std::size_t(table.indexOf(encoder->labelColumn())));
        for (std::size_t r = 0; r < table.rowCount(); ++r)
            if (!encoder->classes().contains(label.text(r))) {
                printErr(CliText::tr("Row %1: the label '%2' is not one of the encoder's classes (%3).")
                             .arg(r + 1)
                             .arg(label.text(r), encoder->classes().join(QStringLiteral(", "))));
                return ExitUsage;
            }
    }
    const data::EncodedRows encoded = encoder->encode(table, rows);

    const QString outPath = parser.value(QStringLiteral("out"));
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly)) {
        printErr(CliText::tr("cannot write '%1': %2").arg(outPath, out.errorString()));
        return ExitFailure;
    }
    QStringList header;
    for (const QString& name : encoder->inputNames())
        header << data::csvField(name);
    if (withLabels) header << QStringLiteral("label");
    out.write(header.join(QLatin1Char(',')).toUtf8() + '\n');
    QByteArray line;
    for (Eigen::Index r = 0; r < encoded.features.rows(); ++r) {
        line.clear();
        for (Eigen::Index c = 0; c < encoded.features.cols(); ++c) {
            if (c > 0) line += ',';
            line +=
                QByteArray::number(double(encoded.features(r, c)), 'g', 9); // float32 round-trips in 9 digits
        }
        if (withLabels) line += ',' + QByteArray::number(qint64(encoded.labels[std::size_t(r)]));
        line += '\n';
        out.write(line);
    }
    if (!out.commit()) {
        printErr(CliText::tr("cannot write '%1': %2").arg(outPath, out.errorString()));
        return ExitFailure;
    }
    const QJsonObject summary{{QStringLiteral("rows"), qint64(encoded.features.rows())},
                              {QStringLiteral("input_width"), encoder->inputWidth()},
                              {QStringLiteral("encoder_sha256"), encoder->sha256()},
                              {QStringLiteral("out"), outPath}};
    if (cli.json())
        printJson(summary);
    else
        printOut(CliText::tr("Encoded %1 rows into %2 inputs: %3")
                     .arg(encoded.features.rows())
                     .arg(encoder->inputWidth())
                     .arg(outPath));
    return ExitOk;
}

} // namespace privaudit::cli
