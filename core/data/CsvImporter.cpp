#include "data/CsvImporter.h"

#include "common/FileRead.h"

#include <charconv>
#include <cmath>
#include <csv.h>
#include <limits>
#include <memory>
#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

namespace privaudit::data {

namespace {

constexpr qsizetype kChunk = 1 << 20;
/// A numeric column keeps a dictionary of its values only while it has few distinct ones (to spot
/// boolean 0/1 columns); beyond this it is numbers only.
constexpr int kNumericDictionaryLimit = 64;

bool isBooleanWord(const QString& s)
{
    static const QSet<QString> words = {
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"), QStringLiteral("no"),
        QStringLiteral("y"),    QStringLiteral("n"),     QStringLiteral("t"),   QStringLiteral("f"),
        QStringLiteral("0"),    QStringLiteral("1")};
    return words.contains(s.toLower());
}

/// Digits that are a code, not a quantity: a leading zero ("02134", a ZIP code; "0612345678", a phone
/// number) or more than 15 digits (a card number, which a double cannot hold exactly). Read as numbers
/// they would lose the zero or the last digits, and with them the PII scan's check digits.
bool isDigitCode(const QByteArray& text)
{
    if (text.size() < 2) return false;
    for (char ch : text)
        if (ch < '0' || ch > '9') return false;
    return text[0] == '0' || text.size() > 15;
}

struct ColumnBuilder
{
    QString name;
    std::optional<ColumnType> declared;
    bool allNumeric = true;
    bool sawValue = false;
    std::vector<double> numbers;
    bool dictionaryValid = true;
    QHash<QString, std::int32_t> dictionary;
    QStringList categories;
    std::vector<std::int32_t> codes;
    std::int64_t missing = 0;
    std::int64_t nanCells = 0; ///< cells reading NaN, taken as missing (and said so in a note)
};

struct ParseState
{
    const CsvImportOptions* options = nullptr;
    std::vector<ColumnBuilder> columns;
    QStringList header;
    bool inHeader = true;
    std::size_t field = 0;
    std::size_t rows = 0;     // data records completed
    QString error;            // first error: parsing stops
    QStringList recategorize; // columns that turned to text after their numbers were no longer kept
    QStringList renamed;      // duplicate header names made unique
    QStringDecoder decoder{QStringDecoder::Utf8};
};

void onField(void* data, size_t len, void* user)
{
    auto* st = static_cast<ParseState*>(user);
    if (!st->error.isEmpty()) return;
    const char* bytes = data ? static_cast<const char*>(data) : "";
    if (!data) len = 0;
    if (st->inHeader) {
        st->header << QString::fromUtf8(bytes, static_cast<qsizetype>(len)).trimmed();
        return;
    }
    const std::size_t col = st->field++;
    if (col >= st->columns.size()) return; // reported at the end of the record
    ColumnBuilder& c = st->columns[col];
    const QString text = QString::fromUtf8(bytes, static_cast<qsizetype>(len)).trimmed();
    if (st->options->missingMarkers.contains(text)) {
        ++c.missing;
        if (c.allNumeric) c.numbers.push_back(std::numeric_limits<double>::quiet_NaN());
        if (c.dictionaryValid) c.codes.push_back(-1);
        return;
    }
    if (c.allNumeric && c.declared != ColumnType::Categorical) {
        // "NaN" is missing; "inf", "-inf" and numbers beyond double range (1e309) are not values a model
        // can use: before, one such cell turned the column into a one-hot of every value.
        const QByteArray latin = text.toLatin1();
        double value = 0.0;
        const auto [ptr, ec] = std::from_chars(latin.constData(), latin.constData() + latin.size(), value);
        const bool whole = ptr == latin.constData() + latin.size() && !latin.isEmpty();
        if (whole && ec == std::errc() && std::isnan(value)) {
            ++c.missing;
            ++c.nanCells;
            c.numbers.push_back(std::numeric_limits<double>::quiet_NaN());
            if (c.dictionaryValid) c.codes.push_back(-1);
            return;
        }
        if (whole && (ec == std::errc::result_out_of_range || (ec == std::errc() && std::isinf(value)))) {
            st->error = CsvImporter::tr(
                            "Column '%1', data row %2: '%3' is not a finite number; write a finite value, "
                            "leave the cell empty (missing), or declare the column categorical.")
                            .arg(c.name)
                            .arg(st->rows + 1)
                            .arg(text.left(40));
            return;
        }
    }
    c.sawValue = true;
    if (c.allNumeric) {
        const QByteArray latin = text.toLatin1();
        double value = 0.0;
        const auto [ptr, ec] = std::from_chars(latin.constData(), latin.constData() + latin.size(), value);
        const bool numeric = ec == std::errc() && ptr == latin.constData() + latin.size() &&
                             std::isfinite(value) &&
                             (c.declared == ColumnType::Numeric || !isDigitCode(latin));
        if (numeric) {
            c.numbers.push_back(value);
        } else if (c.declared == ColumnType::Numeric) {
            st->error =
                CsvImporter::tr("Column '%1', data row %2: '%3' is not a number, but the column is numeric.")
                    .arg(c.name)
                    .arg(st->rows + 1)
                    .arg(text.left(40));
            return;
        } else {
            c.allNumeric = false;
            std::vector<double>().swap(c.numbers);
            if (!c.dictionaryValid && !st->recategorize.contains(c.name))
                st->recategorize << c.name; // categories of earlier rows were not kept: read again
        }
    }
    if (c.dictionaryValid) {
        auto it = c.dictionary.constFind(text);
        std::int32_t code = 0;
        if (it == c.dictionary.constEnd()) {
            code = static_cast<std::int32_t>(c.categories.size());
            c.dictionary.insert(text, code);
            c.categories << text;
        } else {
            code = it.value();
        }
        c.codes.push_back(code);
        if (c.allNumeric && c.categories.size() > kNumericDictionaryLimit &&
            c.declared != ColumnType::Categorical) {
            c.dictionaryValid = false;
            c.dictionary.clear();
            c.categories.clear();
            std::vector<std::int32_t>().swap(c.codes);
        }
    }
}

void onRecord(int, void* user)
{
    auto* st = static_cast<ParseState*>(user);
    if (!st->error.isEmpty()) return;
    if (st->inHeader) {
        st->inHeader = false;
        // Duplicate names (COMPAS has two decile_score columns) are made unique deterministically: the
        // first keeps its name, later ones get _2, _3, ... (skipping names the header already uses).
        QSet<QString> seen;
        QSet<QString> given;
        for (qsizetype i = 0; i < st->header.size(); ++i)
            given.insert(st->header[i].isEmpty() ? QStringLiteral("column_%1").arg(i + 1) : st->header[i]);
        for (qsizetype i = 0; i < st->header.size(); ++i) {
            QString name = st->header[i];
            if (name.isEmpty()) name = QStringLiteral("column_%1").arg(i + 1);
            if (seen.contains(name)) {
                QString unique;
                for (int k = 2;; ++k) {
                    unique = QStringLiteral("%1_%2").arg(name).arg(k);
                    if (!seen.contains(unique) && !given.contains(unique)) break;
                }
                st->renamed
                    << CsvImporter::tr("'%1' (column %2) is now '%3'").arg(name).arg(i + 1).arg(unique);
                name = unique;
            }
            seen.insert(name);
            ColumnBuilder b;
            b.name = name;
            if (auto it = st->options->declaredTypes.constFind(name);
                it != st->options->declaredTypes.constEnd())
                b.declared = it.value();
            st->columns.push_back(std::move(b));
        }
        return;
    }
    if (st->field != st->columns.size()) {
        st->error = CsvImporter::tr("Data row %1 has %2 fields, but the header has %3 columns (ragged rows).")
                        .arg(st->rows + 1)
                        .arg(st->field)
                        .arg(st->columns.size());
        return;
    }
    st->field = 0;
    ++st->rows;
}

Expected<DataTable> fail(const QString& message)
{
    return Expected<DataTable>::failure(message);
}

/// One pass of the parser over @p device. Hashes the bytes into @p hash when given.
Expected<DataTable> parse(QIODevice& device, qint64 totalBytes, const CsvImportOptions& options,
                          QChar delimiter, QCryptographicHash* hash, QStringList* recategorize)
{
    ParseState st;
    st.options = &options;
    csv_parser parser{};
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
        return fail(CsvImporter::tr("Out of memory while starting the CSV parser."));
    std::unique_ptr<csv_parser, void (*)(csv_parser*)> guard(&parser, csv_free);
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter.toLatin1()));
    if (delimiter == QLatin1Char('\t'))
        csv_set_space_func(&parser, [](unsigned char c) { return c == CSV_SPACE ? 1 : 0; });

    qint64 read = 0;
    bool first = true;
    while (true) {
        QByteArray chunk = device.read(kChunk);
        if (chunk.isEmpty()) break;
        if (hash) hash->addData(chunk);
        if (first) {
            if (chunk.startsWith("\xEF\xBB\xBF")) chunk.remove(0, 3);
            first = false;
        }
        const qsizetype nul = chunk.indexOf('\0');
        if (nul >= 0)
            return fail(
                CsvImporter::tr("This is not a text file: it contains binary data (a NUL byte at byte %1). "
                                "Choose a CSV file.")
                    .arg(read + nul + 1));
        [[maybe_unused]] const QString decoded = st.decoder.decode(chunk); // decoding sets hasError()
        if (st.decoder.hasError())
            return fail(CsvImporter::tr("The file is not valid UTF-8 text (near byte %1).").arg(read + 1));
        const size_t parsed =
            csv_parse(&parser, chunk.constData(), static_cast<size_t>(chunk.size()), onField, onRecord, &st);
        if (parsed != static_cast<size_t>(chunk.size()))
            return fail(
                CsvImporter::tr("Malformed quoting in data row %1: a quote inside an unquoted field, or text "
                                "after a closing quote.")
                    .arg(st.rows + 1));
        if (!st.error.isEmpty()) return fail(st.error);
        read += chunk.size();
        if (options.progress && totalBytes > 0 && !options.progress(double(read) / double(totalBytes)))
            return fail(CsvImporter::tr("The import was cancelled."));
    }
    if (csv_fini(&parser, onField, onRecord, &st) != 0)
        return fail(
            CsvImporter::tr("Unterminated quoted field: a quote opened in data row %1 is never closed.")
                .arg(st.rows + 1));
    if (!st.error.isEmpty()) return fail(st.error);
    if (st.header.isEmpty()) return fail(CsvImporter::tr("The file is empty."));
    if (st.rows == 0) return fail(CsvImporter::tr("The file has a header but no data rows."));

    *recategorize = st.recategorize;
    if (!recategorize->isEmpty())
        return fail(QString()); // the caller reads again with these columns categorical
    std::vector<Column> columns;
    columns.reserve(st.columns.size());
    for (ColumnBuilder& b : st.columns) {
        Column c;
        c.name = b.name;
        c.missing = b.missing;
        ColumnType type = ColumnType::Categorical;
        if (b.declared)
            type = *b.declared;
        else if (b.allNumeric && b.sawValue)
            type = (b.dictionaryValid && b.categories.size() == 2 && isBooleanWord(b.categories[0]) &&
                    isBooleanWord(b.categories[1]))
                       ? ColumnType::Boolean
                       : ColumnType::Numeric;
        else if (b.categories.size() == 2 && isBooleanWord(b.categories[0]) && isBooleanWord(b.categories[1]))
            type = ColumnType::Boolean;
        c.type = type;
        if (type == ColumnType::Numeric) {
            if (!b.allNumeric)
                return fail(CsvImporter::tr("Column '%1' is declared numeric but holds text.").arg(b.name));
            c.numbers = std::move(b.numbers);
        } else {
            if (!b.dictionaryValid)
                return fail(CsvImporter::tr("Column '%1' has too many distinct numbers to be categorical.")
                                .arg(b.name));
            c.codes = std::move(b.codes);
            c.categories = std::move(b.categories);
        }
        columns.push_back(std::move(c));
    }
    DataTable table;
    table.setColumns(std::move(columns), st.rows);
    if (!st.renamed.isEmpty())
        table.addNote(CsvImporter::tr("The header names some columns more than once; they were renamed: %1.")
                          .arg(st.renamed.join(QStringLiteral("; "))));
    for (const ColumnBuilder& b : st.columns)
        if (b.nanCells > 0)
            table.addNote(
                CsvImporter::tr("Column '%1': %2 cells read 'NaN' and were taken as missing values.")
                    .arg(b.name)
                    .arg(b.nanCells));
    return table;
}

Expected<DataTable> importDevice(QIODevice& device, qint64 size, const CsvImportOptions& options,
                                 const QString& path)
{
    const QByteArray sample = device.peek(64 * 1024);
    if (sample.isEmpty()) return fail(CsvImporter::tr("The file is empty."));
    const QChar delimiter =
        options.delimiter.isNull() ? CsvImporter::detectDelimiter(sample) : options.delimiter;

    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList recategorize;
    auto result = parse(device, size, options, delimiter, &hash, &recategorize);
    if (!recategorize.isEmpty()) {
        // A column looked numeric for many rows and then held text: read again with it categorical.
        CsvImportOptions again = options;
        for (const QString& name : recategorize)
            again.declaredTypes.insert(name, ColumnType::Categorical);
        device.seek(0);
        result = parse(device, size, again, delimiter, nullptr, &recategorize);
    }
    if (!result) return result;
    DataTable table = std::move(result).value();
    table.setContentSha256(QString::fromLatin1(hash.result().toHex()));
    table.setSourcePath(path);
    return table;
}

} // namespace

QChar CsvImporter::detectDelimiter(const QByteArray& sample)
{
    // Count each candidate outside quotes on the first lines; the delimiter is the one that appears,
    // the same number of times, on most lines.
    const QList<char> candidates = {',', ';', '\t'};
    char best = ',';
    int bestScore = -1;
    for (char d : candidates) {
        QList<int> counts;
        int count = 0;
        bool quoted = false;
        for (char ch : sample) {
            if (ch == '"')
                quoted = !quoted;
            else if (ch == d && !quoted)
                ++count;
            else if (ch == '\n' && !quoted) {
                counts << count;
                count = 0;
                if (counts.size() >= 20) break;
            }
        }
        if (count > 0) counts << count;
        if (counts.isEmpty() || counts.first() == 0) continue;
        const int consistent = static_cast<int>(std::count(counts.begin(), counts.end(), counts.first()));
        const int score = consistent * 1000 + counts.first();
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return QLatin1Char(best);
}

Expected<DataTable> CsvImporter::importFile(const QString& path, const CsvImportOptions& options)
{
    QFile file(path);
    if (!QFileInfo::exists(path)) return fail(tr("The file '%1' does not exist.").arg(path));
    if (const QString problem = checkRegularFile(path); !problem.isEmpty())
        return fail(problem); // a FIFO would block the import forever
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The file '%1' cannot be read: %2").arg(path, file.errorString()));
    return importDevice(file, file.size(), options, QFileInfo(path).absoluteFilePath());
}

Expected<DataTable> CsvImporter::importBytes(const QByteArray& bytes, const CsvImportOptions& options)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(buffer, bytes.size(), options, {});
}

} // namespace privaudit::data
