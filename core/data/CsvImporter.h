#pragma once

#include "common/Expected.h"
#include "data/DataTable.h"

#include <functional>
#include <QHash>

namespace privaudit::data {

struct CsvImportOptions
{
    /// ',', ';' or '\t'; a null QChar detects it from the first lines.
    QChar delimiter;
    /// Cell texts (after trimming) that mean "missing".
    QStringList missingMarkers = {QString(), QStringLiteral("?"), QStringLiteral("NA")};
    /// Types the user declared; a value that does not fit a declared numeric column is an error.
    QHash<QString, ColumnType> declaredTypes;
    /// Called with the fraction of bytes read; return false to cancel.
    std::function<bool(double)> progress;
};

/// Reads RFC 4180 CSV files (header row, quoted fields with embedded delimiters, quotes and newlines,
/// UTF-8 with or without BOM) with Debian's libcsv, streaming: the file is never held in memory, each
/// column is stored once in its final typed form. Types are inferred (numeric, categorical, boolean)
/// unless declared. Errors name the problem, the record and the column.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::data::CsvImporter)

public:
    static Expected<DataTable> importFile(const QString& path, const CsvImportOptions& options = {});
    /// The same parser on bytes in memory (tests, pasted data).
    static Expected<DataTable> importBytes(const QByteArray& bytes, const CsvImportOptions& options = {});

    /// Detects the delimiter (',', ';' or tab) from the first lines of @p sample.
    static QChar detectDelimiter(const QByteArray& sample);
};

} // namespace privaudit::data
