#pragma once

#include "data/DataTable.h"

#include <QCoreApplication>

namespace privaudit::data {

/// The built-in demo: a synthetic table of hospital patient records. Entirely generated (no real
/// person's data), deterministic for a seed. Quasi-identifiers (age, sex, postcode), a sensitive
/// diagnosis, clinical features, a readmission label driven by them, a few outliers and duplicated
/// records, as real extracts have.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::data::DemoData)

public:
    static DataTable patients(std::size_t rows = 20000, std::uint64_t seed = 2026);
    /// A sentence for the GUI, the CLI and the report saying that the data is synthetic.
    static QString notice();
    /// The notice in English, as stored in a project (translated when shown, project::builtInText).
    static const char* noticeSource();
};

/// One RFC 4180 field: quoted (quotes doubled) when it holds a comma, a quote or a line break.
QString csvField(const QString& text);
/// Writes a table as RFC 4180 CSV (UTF-8, comma, quoted where needed, missing cells empty).
bool writeCsv(const DataTable& table, const QString& path, QString* error = nullptr);

} // namespace privaudit::data
