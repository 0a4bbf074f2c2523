#include "data/DataSplit.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace privaudit::data {

Expected<DataSplit> DataSplit::make(const DataTable& table, const SplitSpec& spec)
{
    const int labelIndex = table.labelIndex();
    std::vector<std::int64_t> usable;
    usable.reserve(table.rowCount());
    for (std::size_t r = 0; r < table.rowCount(); ++r)
        if (labelIndex < 0 || !table.column(static_cast<std::size_t>(labelIndex)).isMissing(r))
            usable.push_back(static_cast<std::int64_t>(r));
    const auto n = static_cast<std::int64_t>(usable.size());
    const std::int64_t members = spec.memberRows > 0 ? spec.memberRows : (n * 2) / 5;
    const std::int64_t nonMembers = spec.nonMemberRows > 0
                                        ? spec.nonMemberRows
                                        : std::min<std::int64_t>(members, std::max<std::int64_t>(1, n / 5));
    if (members < 1 || members + nonMembers > n)
        return Expected<DataSplit>::failure(
            tr("Cannot take %1 member and %2 non-member rows from %3 rows with a label.")
                .arg(members)
                .arg(nonMembers)
                .arg(n));
    // std::shuffle's result depends on the standard library; this Fisher-Yates with mt19937_64 does not.
    std::mt19937_64 rng(spec.seed);
    for (std::int64_t i = n - 1; i > 0; --i) {
        const auto j = static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(i + 1));
        std::swap(usable[static_cast<std::size_t>(i)], usable[static_cast<std::size_t>(j)]);
    }
    DataSplit split;
    split.seed = spec.seed;
    split.members.assign(usable.begin(), usable.begin() + members);
    split.nonMembers.assign(usable.begin() + members, usable.begin() + members + nonMembers);
    split.population.assign(usable.begin() + members + nonMembers, usable.end());
    return split;
}

} // namespace privaudit::data
