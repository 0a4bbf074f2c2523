#pragma once

#include "common/Expected.h"
#include "data/DataTable.h"

#include <cstdint>
#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace privaudit::governance {

/// One generalisation or removal of a column (GDPR Art 5(1)(c), data minimisation), as written on the
/// command line: "age=bin:10", "dob=year", "postcode=truncate:3", "income=top:100000",
/// "income=bottom:1000", "name=drop".
struct MinimisationStep
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::governance::MinimisationStep)

public:
    enum class Kind
    {
        Drop,       ///< the column is removed
        Bin,        ///< numeric: [lo, lo + width) intervals starting at multiples of width
        Year,       ///< dates (ISO, German, French/UK, US order): the year only
        Truncate,   ///< text: the first n characters and "*" (postcodes: "SW1*", "021*")
        TopCode,    ///< numeric: values above the limit become the limit
        BottomCode, ///< numeric: values below the limit become the limit
    };
    QString column;
    Kind kind = Kind::Drop;
    double value = 0.0; ///< the bin width, or the top/bottom limit
    int length = 0;     ///< characters kept by Truncate

    /// Parses "COLUMN=drop|year|bin:W|truncate:N|top:X|bottom:X"; the error names what is wrong.
    static Expected<MinimisationStep> parse(const QString& text);
    /// The step written back as parse() reads it (stored in the audit trail).
    [[nodiscard]] QString spec() const;
};

struct ColumnChange
{
    QString column;
    QString step;
    std::int64_t distinctBefore = 0;
    std::int64_t distinctAfter = 0; ///< 0 for a dropped column
    std::int64_t cellsChanged = 0;
};

struct Minimised
{
    QByteArray csv; ///< the new version, comma-separated with a header, RFC 4180 quoting
    data::DataTable table;
    std::vector<ColumnChange> changes;
};

/// Applies minimisation steps to a table and gives the new version as a CSV file's bytes and as the
/// table read back from them (so the new version is exactly what a later import reads). Thread-safe,
/// no I/O.
class Minimisation
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::governance::Minimisation)

public:
    static Expected<Minimised> apply(const data::DataTable& table,
                                     const std::vector<MinimisationStep>& steps);
    /// changes [{column, step, distinct_before, distinct_after, cells_changed}].
    static QJsonObject toJson(const Minimised& result);
};

} // namespace privaudit::governance
