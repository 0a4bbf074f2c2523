#pragma once

#include "common/Expected.h"
#include "data/DataTable.h"

#include <cstdint>
#include <QCoreApplication>
#include <vector>

namespace privaudit::data {

struct SplitSpec
{
    std::int64_t memberRows = 0; ///< target-train rows; 0 = 40% of the usable rows
    std::int64_t nonMemberRows =
        0; ///< target-holdout rows; 0 = as many as members (at most 20% of rows left)
    std::uint64_t seed = 2026;
};

/// Deterministic, seeded partition of the rows that have a label: members (the target model's training
/// set), non-members (held out, same distribution) and the population pool for reference models.
struct DataSplit
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::data::DataSplit)

public:
    std::vector<std::int64_t> members;
    std::vector<std::int64_t> nonMembers;
    std::vector<std::int64_t> population;
    std::uint64_t seed = 0;

    static Expected<DataSplit> make(const DataTable& table, const SplitSpec& spec);
};

} // namespace privaudit::data
