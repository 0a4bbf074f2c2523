#pragma once

#include "common/Expected.h"
#include "data/DataTable.h"

#include <cstdint>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace privaudit::governance {

struct DuplicateOptions
{
    /// Columns compared; empty: every column of the table.
    QStringList columns;
    /// Near duplicates: Gower distance at most this (0 = exact duplicates only). Gower's distance is the
    /// mean over the columns of |x - y| / range for numeric columns (the range over every record
    /// compared) and 0 or 1 for categorical ones; a missing cell is a value of its own (missing against
    /// missing 0, against a value 1), as the re-identification risk treats it.
    double threshold = 0.01;
    int keepGroups = 50;   ///< largest groups kept with their records, for views and JSON
    int keepExamples = 50; ///< near pairs / overlapping records kept as examples
    /// Candidate pairs the near search may verify before it stops with an error (a threshold so loose
    /// that most records are near each other is not a duplicate search).
    std::int64_t maxComparisons = 2'000'000'000;
};

struct DuplicateGroup
{
    std::vector<std::int64_t> rows; ///< record indices (0-based), ascending
    bool exact = true;              ///< every record identical on the compared columns
};

/// Exact and near duplicates within one table. Near duplicates link records single-linkage: a group is
/// the records joined by chains of pairs within the threshold.
struct DuplicateReport
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::governance::DuplicateReport)

public:
    QStringList columns;
    double threshold = 0.0;
    std::int64_t records = 0;
    std::int64_t distinctRecords = 0; ///< records once each exact copy is dropped
    std::int64_t exactGroups = 0;     ///< sets of two or more identical records
    std::int64_t exactRecords = 0;    ///< records with at least one identical copy
    std::int64_t nearPairs = 0;       ///< pairs of distinct records within the threshold
    std::int64_t nearRecords = 0;     ///< records with a near but no exact copy
    std::int64_t groups = 0;          ///< exact and near groups of two or more records
    std::int64_t duplicatedRecords = 0;
    std::vector<DuplicateGroup> largestGroups;
    std::vector<std::int64_t> recordGroupSize; ///< per record: size of its group (1: no duplicate)

    /// columns, threshold, records, distinct_records, exact {groups, records, redundant}, near {pairs,
    /// records}, groups, duplicated_records, duplicated_share, largest_groups [{size, exact, records}]
    /// with record numbers counted from 1 (the header is not a record).
    [[nodiscard]] QJsonObject toJson() const;
};

struct OverlapExample
{
    std::int64_t second = 0; ///< record index in the second set (in the table, for two sets of one table)
    std::int64_t first = 0;  ///< a record of the first set it duplicates (likewise)
    double distance = 0.0;
};

/// Records of a second set (non-members, a new dataset version) that also occur, exactly or within the
/// threshold, in a first set (members, the earlier version): train/test contamination, or what a new
/// version shares with an old one.
struct OverlapReport
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::governance::OverlapReport)

public:
    QString firstName;
    QString secondName;
    QStringList columns;
    double threshold = 0.0;
    std::int64_t firstRecords = 0;
    std::int64_t secondRecords = 0;
    std::int64_t exact = 0; ///< second-set records with an identical record in the first
    std::int64_t near = 0;  ///< second-set records with a near but no identical record in the first
    std::vector<OverlapExample> examples;
    std::vector<bool> secondOverlaps; ///< per second-set record: exact or near copy in the first

    [[nodiscard]] double share() const
    {
        return secondRecords > 0 ? double(exact + near) / double(secondRecords) : 0.0;
    }
    /// first, second, first_records, second_records, exact, near, share, threshold, examples [{second,
    /// first, distance}] (record numbers from 1 in their own set).
    [[nodiscard]] QJsonObject toJson() const;
};

/// Duplicate search over mixed-type records. Exact duplicates by hashing; near duplicates without a
/// missed pair: records are bucketed by pigeonhole on the categorical columns (a pair within the
/// threshold differs in at most floor(threshold x columns) of them, so it agrees on one of that many
/// plus one column groups), sorted in a bucket by the sum of their normalised numeric values (which
/// differs by at most the pair's summed distance) and compared within that window with early exit.
/// Thread-safe, no I/O.
class Duplicates
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::governance::Duplicates)

public:
    static Expected<DuplicateReport> within(const data::DataTable& table, const DuplicateOptions& options);
    /// Two tables with the compared columns under the same names and kinds (numeric or not).
    static Expected<OverlapReport> between(const data::DataTable& first, const data::DataTable& second,
                                           const DuplicateOptions& options);
    /// Two sets of rows of one table (a run's members and non-members); the examples name records of the
    /// table, secondOverlaps follows @p second.
    static Expected<OverlapReport> between(const data::DataTable& table,
                                           const std::vector<std::int64_t>& first,
                                           const std::vector<std::int64_t>& second,
                                           const DuplicateOptions& options);
};

} // namespace privaudit::governance
