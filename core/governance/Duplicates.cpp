#include "governance/Duplicates.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <QHash>
#include <QJsonArray>

namespace privaudit::governance {

namespace {

/// One set of records: a table, and the rows of it taken (all when null).
struct Source
{
    const data::DataTable* table = nullptr;
    const std::vector<std::int64_t>* rows = nullptr;
    [[nodiscard]] std::size_t size() const { return rows ? rows->size() : table->rowCount(); }
    [[nodiscard]] std::size_t row(std::size_t i) const { return rows ? std::size_t((*rows)[i]) : i; }
};

std::uint64_t mix(std::uint64_t h, std::uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h * 0xff51afd7ed558ccdULL;
}

std::uint64_t bitsOf(double x)
{
    if (std::isnan(x)) return 0x7ff8000000000000ULL; // every missing value alike
    if (x == 0.0) x = 0.0;                           // -0 and +0 alike
    std::uint64_t bits = 0;
    std::memcpy(&bits, &x, sizeof bits);
    return bits;
}

/// The compared columns of every record of the sources, categorical values as codes shared across the
/// sources (by their text) and numeric values scaled to [0, 1] by the range over all of them.
struct Encoded
{
    std::size_t n = 0;
    int nc = 0;
    int nn = 0;
    std::vector<std::int32_t> cat; ///< n x nc, -1 missing
    std::vector<double> num;       ///< n x nn, NaN missing
    std::vector<double> proj;      ///< sum of a record's scaled numeric values, missing as 0
    std::vector<std::uint64_t> hash;

    [[nodiscard]] int columns() const { return nc + nn; }
    [[nodiscard]] const std::int32_t* catRow(std::size_t i) const { return cat.data() + i * std::size_t(nc); }
    [[nodiscard]] const double* numRow(std::size_t i) const { return num.data() + i * std::size_t(nn); }

    [[nodiscard]] bool equal(std::size_t a, std::size_t b) const
    {
        if (!std::equal(catRow(a), catRow(a) + nc, catRow(b))) return false;
        const double* x = numRow(a);
        const double* y = numRow(b);
        for (int j = 0; j < nn; ++j)
            if (bitsOf(x[j]) != bitsOf(y[j])) return false;
        return true;
    }

    /// The summed per-column distance of two records; stops as soon as it exceeds @p budget.
    [[nodiscard]] double distance(std::size_t a, std::size_t b, double budget) const
    {
        double sum = 0.0;
        const std::int32_t* ca = catRow(a);
        const std::int32_t* cb = catRow(b);
        for (int j = 0; j < nc; ++j)
            if (ca[j] != cb[j] && (sum += 1.0) > budget) return sum;
        const double* x = numRow(a);
        const double* y = numRow(b);
        for (int j = 0; j < nn; ++j) {
            const bool mx = std::isnan(x[j]);
            const bool my = std::isnan(y[j]);
            sum += mx || my ? (mx == my ? 0.0 : 1.0) : std::fabs(x[j] - y[j]);
            if (sum > budget) return sum;
        }
        return sum;
    }
};

Expected<Encoded> encode(const std::vector<Source>& sources, const QStringList& columns)
{
    using Result = Expected<Encoded>;
    Encoded e;
    for (const Source& s : sources)
        e.n += s.size();
    struct Resolved
    {
        bool numeric = false;
        std::vector<int> index; ///< per source
    };
    std::vector<Resolved> resolved;
    for (const QString& name : columns) {
        Resolved r;
        for (std::size_t k = 0; k < sources.size(); ++k) {
            const int i = sources[k].table->indexOf(name);
            if (i < 0)
                return Result::failure(
                    Duplicates::tr("There is no column '%1'; the columns are: %2.")
                        .arg(name, sources[k].table->columnNames().join(QStringLiteral(", "))));
            const bool numeric = sources[k].table->column(std::size_t(i)).type == data::ColumnType::Numeric;
            if (k == 0)
                r.numeric = numeric;
            else if (numeric != r.numeric)
                return Result::failure(
                    Duplicates::tr(
                        "The column '%1' is numeric in one table and not in the other; declare the "
                        "same type in both to compare them.")
                        .arg(name));
            r.index.push_back(i);
        }
        resolved.push_back(std::move(r));
        (resolved.back().numeric ? e.nn : e.nc) += 1;
    }
    if (resolved.empty()) return Result::failure(Duplicates::tr("No columns to compare."));
    e.cat.assign(e.n * std::size_t(e.nc), -1);
    e.num.assign(e.n * std::size_t(e.nn), std::nan(""));
    int cj = 0;
    int nj = 0;
    for (const Resolved& r : resolved) {
        if (r.numeric) {
            double lo = std::numeric_limits<double>::infinity();
            double hi = -lo;
            for (std::size_t k = 0; k < sources.size(); ++k) {
                const auto& values = sources[k].table->column(std::size_t(r.index[k])).numbers;
                for (std::size_t i = 0; i < sources[k].size(); ++i)
                    if (const double v = values[sources[k].row(i)]; !std::isnan(v)) {
                        lo = std::min(lo, v);
                        hi = std::max(hi, v);
                    }
            }
            const double range = hi > lo ? hi - lo : 0.0;
            std::size_t at = 0;
            for (std::size_t k = 0; k < sources.size(); ++k) {
                const auto& values = sources[k].table->column(std::size_t(r.index[k])).numbers;
                for (std::size_t i = 0; i < sources[k].size(); ++i, ++at) {
                    const double v = values[sources[k].row(i)];
                    e.num[at * std::size_t(e.nn) + std::size_t(nj)] =
                        std::isnan(v) ? v : (range > 0.0 ? (v - lo) / range : 0.0);
                }
            }
            ++nj;
        } else {
            QHash<QString, std::int32_t> dictionary;
            std::size_t at = 0;
            for (std::size_t k = 0; k < sources.size(); ++k) {
                const data::Column& c = sources[k].table->column(std::size_t(r.index[k]));
                std::vector<std::int32_t> shared(std::size_t(c.categories.size()));
                for (qsizetype v = 0; v < c.categories.size(); ++v) {
                    // QHash::emplace replaces an existing value: look up first.
                    auto it = dictionary.constFind(c.categories[v]);
                    if (it == dictionary.constEnd())
                        it = dictionary.insert(c.categories[v], std::int32_t(dictionary.size()));
                    shared[std::size_t(v)] = it.value();
                }
                for (std::size_t i = 0; i < sources[k].size(); ++i, ++at) {
                    const std::int32_t code = c.codes[sources[k].row(i)];
                    e.cat[at * std::size_t(e.nc) + std::size_t(cj)] =
                        code < 0 ? -1 : shared[std::size_t(code)];
                }
            }
            ++cj;
        }
    }
    e.proj.assign(e.n, 0.0);
    e.hash.assign(e.n, 0);
    for (std::size_t i = 0; i < e.n; ++i) {
        std::uint64_t h = 0x12345;
        for (int j = 0; j < e.nc; ++j)
            h = mix(h, std::uint64_t(std::int64_t(e.catRow(i)[j])));
        double sum = 0.0;
        for (int j = 0; j < e.nn; ++j) {
            const double v = e.numRow(i)[j];
            h = mix(h, bitsOf(v));
            if (!std::isnan(v)) sum += v;
        }
        e.hash[i] = h;
        e.proj[i] = sum;
    }
    return e;
}

/// Exact classes: records identical on every compared column, each class's records ascending.
struct Classes
{
    std::vector<std::vector<std::size_t>> members;
    std::vector<std::size_t> of; ///< class of each record
};

Classes exactClasses(const Encoded& e)
{
    std::vector<std::size_t> order(e.n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&e](std::size_t a, std::size_t b) { return e.hash[a] < e.hash[b]; });
    Classes c;
    c.of.assign(e.n, 0);
    for (std::size_t start = 0; start < order.size();) {
        std::size_t end = start;
        while (end < order.size() && e.hash[order[end]] == e.hash[order[start]])
            ++end;
        const std::size_t first = c.members.size();
        for (std::size_t i = start; i < end; ++i) {
            const std::size_t r = order[i];
            std::size_t k = first;
            while (k < c.members.size() && !e.equal(c.members[k].front(), r))
                ++k; // a hash collision between different records: rare
            if (k == c.members.size()) c.members.emplace_back();
            c.members[k].push_back(r);
            c.of[r] = k;
        }
        start = end;
    }
    return c;
}

/// Calls @p onPair(a, b, distance) once for every pair of the records @p reps whose summed distance is
/// at most @p budget (see the class comment for why no pair is missed).
template <typename OnPair>
QString nearPairs(const Encoded& e, const std::vector<std::size_t>& reps, double budget,
                  std::int64_t maxComparisons, OnPair onPair)
{
    const double slack = 1e-9;
    const int mismatches = int(std::floor(budget + slack));
    const bool pigeonhole = e.nc > mismatches;
    const int groups = pigeonhole ? mismatches + 1 : 1;
    std::vector<std::vector<int>> groupColumns{std::size_t(groups)};
    if (pigeonhole)
        for (int j = 0; j < e.nc; ++j)
            groupColumns[std::size_t(j % groups)].push_back(j);
    const auto agree = [&](std::size_t a, std::size_t b, int g) {
        for (int j : groupColumns[std::size_t(g)])
            if (e.catRow(a)[j] != e.catRow(b)[j]) return false;
        return true;
    };
    std::int64_t comparisons = 0;
    std::vector<std::pair<std::uint64_t, std::size_t>> keyed(reps.size());
    for (int g = 0; g < groups; ++g) {
        for (std::size_t i = 0; i < reps.size(); ++i) {
            std::uint64_t h = 0;
            if (pigeonhole)
                for (int j : groupColumns[std::size_t(g)])
                    h = mix(h, std::uint64_t(std::int64_t(e.catRow(reps[i])[j])));
            keyed[i] = {h, reps[i]};
        }
        std::sort(keyed.begin(), keyed.end(), [&e](const auto& x, const auto& y) {
            return x.first != y.first ? x.first < y.first : e.proj[x.second] < e.proj[y.second];
        });
        for (std::size_t i = 0; i < keyed.size(); ++i) {
            const std::size_t a = keyed[i].second;
            for (std::size_t j = i + 1; j < keyed.size() && keyed[j].first == keyed[i].first; ++j) {
                const std::size_t b = keyed[j].second;
                if (e.proj[b] - e.proj[a] > budget + slack) break;
                if (++comparisons > maxComparisons)
                    return Duplicates::tr(
                               "The near-duplicate search stopped after %1 comparisons: at this "
                               "threshold most records are near each other. Lower the threshold or "
                               "compare fewer columns.")
                        .arg(maxComparisons);
                if (pigeonhole) {
                    if (!agree(a, b, g)) continue; // same bucket by a hash collision
                    bool seen = false;             // found in an earlier group already
                    for (int earlier = 0; earlier < g && !seen; ++earlier)
                        seen = agree(a, b, earlier);
                    if (seen) continue;
                }
                if (const double d = e.distance(a, b, budget + slack); d <= budget + slack) onPair(a, b, d);
            }
        }
    }
    return {};
}

struct UnionFind
{
    std::vector<std::size_t> parent;
    explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), std::size_t(0)); }
    std::size_t find(std::size_t x)
    {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    }
    void join(std::size_t a, std::size_t b)
    {
        a = find(a);
        b = find(b);
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
};

QStringList comparedColumns(const data::DataTable& table, const DuplicateOptions& options)
{
    return options.columns.isEmpty() ? table.columnNames() : options.columns;
}

QString checkOptions(const DuplicateOptions& options)
{
    if (!(options.threshold >= 0.0 && options.threshold < 1.0))
        return Duplicates::tr(
                   "The near-duplicate threshold must be at least 0 and below 1 (a Gower distance), "
                   "got %1.")
            .arg(options.threshold);
    return {};
}

Expected<OverlapReport> overlap(const std::vector<Source>& sources, const DuplicateOptions& options)
{
    using Result = Expected<OverlapReport>;
    if (const QString err = checkOptions(options); !err.isEmpty()) return Result::failure(err);
    OverlapReport out;
    out.columns = comparedColumns(*sources[0].table, options);
    out.threshold = options.threshold;
    auto encoded = encode(sources, out.columns);
    if (!encoded) return Result::failure(encoded.error());
    const Encoded& e = *encoded;
    const std::size_t nFirst = sources[0].size();
    out.firstRecords = std::int64_t(nFirst);
    out.secondRecords = std::int64_t(sources[1].size());
    out.secondOverlaps.assign(sources[1].size(), false);
    const Classes classes = exactClasses(e);
    // Per class: a record of the first set, if any.
    std::vector<std::int64_t> firstOf(classes.members.size(), -1);
    for (std::size_t k = 0; k < classes.members.size(); ++k)
        if (classes.members[k].front() < nFirst) firstOf[k] = std::int64_t(classes.members[k].front());
    const auto mark = [&](std::size_t k, std::size_t firstRecord, double distance) {
        for (std::size_t r : classes.members[k]) {
            if (r < nFirst || out.secondOverlaps[r - nFirst]) continue;
            out.secondOverlaps[r - nFirst] = true;
            (distance == 0.0 ? out.exact : out.near) += 1;
            if (std::int64_t(out.examples.size()) < options.keepExamples)
                out.examples.push_back({std::int64_t(r - nFirst), std::int64_t(firstRecord), distance});
        }
    };
    for (std::size_t k = 0; k < classes.members.size(); ++k)
        if (firstOf[k] >= 0) mark(k, std::size_t(firstOf[k]), 0.0);
    if (options.threshold > 0.0) {
        std::vector<std::size_t> reps;
        for (const auto& m : classes.members)
            reps.push_back(m.front());
        const double p = double(e.columns());
        const QString err = nearPairs(e, reps, options.threshold * p, options.maxComparisons,
                                      [&](std::size_t a, std::size_t b, double d) {
                                          const std::size_t ka = classes.of[a];
                                          const std::size_t kb = classes.of[b];
                                          if (firstOf[ka] >= 0) mark(kb, std::size_t(firstOf[ka]), d / p);
                                          if (firstOf[kb] >= 0) mark(ka, std::size_t(firstOf[kb]), d / p);
                                      });
        if (!err.isEmpty()) return Result::failure(err);
    }
    std::sort(out.examples.begin(), out.examples.end(),
              [](const OverlapExample& x, const OverlapExample& y) { return x.second < y.second; });
    return out;
}

} // namespace

Expected<DuplicateReport> Duplicates::within(const data::DataTable& table, const DuplicateOptions& options)
{
    using Result = Expected<DuplicateReport>;
    if (const QString err = checkOptions(options); !err.isEmpty()) return Result::failure(err);
    DuplicateReport out;
    out.columns = comparedColumns(table, options);
    out.threshold = options.threshold;
    out.records = std::int64_t(table.rowCount());
    auto encoded = encode({Source{&table, nullptr}}, out.columns);
    if (!encoded) return Result::failure(encoded.error());
    const Encoded& e = *encoded;
    const Classes classes = exactClasses(e);
    const std::size_t nClasses = classes.members.size();
    out.distinctRecords = std::int64_t(nClasses);
    std::vector<bool> nearFlag(nClasses, false);
    UnionFind groups(nClasses);
    if (options.threshold > 0.0) {
        std::vector<std::size_t> reps;
        for (const auto& m : classes.members)
            reps.push_back(m.front());
        const QString err = nearPairs(e, reps, options.threshold * double(e.columns()),
                                      options.maxComparisons, [&](std::size_t a, std::size_t b, double) {
                                          const std::size_t ka = classes.of[a];
                                          const std::size_t kb = classes.of[b];
                                          out.nearPairs += std::int64_t(classes.members[ka].size() *
                                                                        classes.members[kb].size());
                                          nearFlag[ka] = nearFlag[kb] = true;
                                          groups.join(ka, kb);
                                      });
        if (!err.isEmpty()) return Result::failure(err);
    }
    std::vector<std::int64_t> groupSize(nClasses, 0);
    std::vector<std::int64_t> groupClasses(nClasses, 0);
    for (std::size_t k = 0; k < nClasses; ++k) {
        const auto size = std::int64_t(classes.members[k].size());
        if (size >= 2) {
            ++out.exactGroups;
            out.exactRecords += size;
        } else if (nearFlag[k]) {
            ++out.nearRecords;
        }
        groupSize[groups.find(k)] += size;
        groupClasses[groups.find(k)] += 1;
    }
    out.recordGroupSize.assign(table.rowCount(), 1);
    std::vector<std::size_t> roots;
    for (std::size_t k = 0; k < nClasses; ++k) {
        const std::size_t root = groups.find(k);
        for (std::size_t r : classes.members[k])
            out.recordGroupSize[r] = groupSize[root];
        if (root == k && groupSize[k] >= 2) {
            ++out.groups;
            out.duplicatedRecords += groupSize[k];
            roots.push_back(k);
        }
    }
    std::sort(roots.begin(), roots.end(), [&](std::size_t a, std::size_t b) {
        return groupSize[a] != groupSize[b] ? groupSize[a] > groupSize[b] : a < b;
    });
    if (roots.size() > std::size_t(std::max(0, options.keepGroups)))
        roots.resize(std::size_t(options.keepGroups));
    std::vector<std::size_t> keptIndex(nClasses, std::size_t(-1));
    for (std::size_t i = 0; i < roots.size(); ++i) {
        keptIndex[roots[i]] = i;
        out.largestGroups.push_back({{}, groupClasses[roots[i]] == 1});
    }
    for (std::size_t k = 0; k < nClasses; ++k)
        if (const std::size_t i = keptIndex[groups.find(k)]; i != std::size_t(-1))
            for (std::size_t r : classes.members[k])
                out.largestGroups[i].rows.push_back(std::int64_t(r));
    for (auto& g : out.largestGroups)
        std::sort(g.rows.begin(), g.rows.end());
    // The same order however the classes were found: by size, then by the first record.
    std::stable_sort(out.largestGroups.begin(), out.largestGroups.end(), [](const auto& a, const auto& b) {
        return a.rows.size() != b.rows.size() ? a.rows.size() > b.rows.size()
                                              : a.rows.front() < b.rows.front();
    });
    return out;
}

Expected<OverlapReport> Duplicates::between(const data::DataTable& first, const data::DataTable& second,
                                            const DuplicateOptions& options)
{
    return overlap({Source{&first, nullptr}, Source{&second, nullptr}}, options);
}

Expected<OverlapReport> Duplicates::between(const data::DataTable& table,
                                            const std::vector<std::int64_t>& first,
                                            const std::vector<std::int64_t>& second,
                                            const DuplicateOptions& options)
{
    for (const auto* rows : {&first, &second})
        for (std::int64_t r : *rows)
            if (r < 0 || std::size_t(r) >= table.rowCount())
                return Expected<OverlapReport>::failure(
                    tr("Record %1 is outside the table (%2 records).").arg(r + 1).arg(table.rowCount()));
    auto found = overlap({Source{&table, &first}, Source{&table, &second}}, options);
    if (!found) return found;
    OverlapReport out = std::move(found).value();
    for (auto& x : out.examples) { // as records of the table
        x.second = second[std::size_t(x.second)];
        x.first = first[std::size_t(x.first)];
    }
    return out;
}

QJsonObject DuplicateReport::toJson() const
{
    QJsonArray kept;
    for (const auto& g : largestGroups) {
        QJsonArray rows;
        for (std::int64_t r : g.rows)
            rows.append(qint64(r + 1));
        kept.append(QJsonObject{{QStringLiteral("size"), qint64(g.rows.size())},
                                {QStringLiteral("exact"), g.exact},
                                {QStringLiteral("records"), rows}});
    }
    return QJsonObject{
        {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
        {QStringLiteral("threshold"), threshold},
        {QStringLiteral("records"), qint64(records)},
        {QStringLiteral("distinct_records"), qint64(distinctRecords)},
        {QStringLiteral("exact"),
         QJsonObject{{QStringLiteral("groups"), qint64(exactGroups)},
                     {QStringLiteral("records"), qint64(exactRecords)},
                     {QStringLiteral("redundant"), qint64(records - distinctRecords)}}},
        {QStringLiteral("near"), QJsonObject{{QStringLiteral("pairs"), qint64(nearPairs)},
                                             {QStringLiteral("records"), qint64(nearRecords)}}},
        {QStringLiteral("groups"), qint64(groups)},
        {QStringLiteral("duplicated_records"), qint64(duplicatedRecords)},
        {QStringLiteral("duplicated_share"), records > 0 ? double(duplicatedRecords) / double(records) : 0.0},
        {QStringLiteral("largest_groups"), kept}};
}

QJsonObject OverlapReport::toJson() const
{
    QJsonArray list;
    for (const auto& x : examples)
        list.append(QJsonObject{{QStringLiteral("second"), qint64(x.second + 1)},
                                {QStringLiteral("first"), qint64(x.first + 1)},
                                {QStringLiteral("distance"), x.distance}});
    return QJsonObject{{QStringLiteral("first"), firstName},
                       {QStringLiteral("second"), secondName},
                       {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
                       {QStringLiteral("threshold"), threshold},
                       {QStringLiteral("first_records"), qint64(firstRecords)},
                       {QStringLiteral("second_records"), qint64(secondRecords)},
                       {QStringLiteral("exact"), qint64(exact)},
                       {QStringLiteral("near"), qint64(near)},
                       {QStringLiteral("share"), share()},
                       {QStringLiteral("examples"), list}};
}

} // namespace privaudit::governance
