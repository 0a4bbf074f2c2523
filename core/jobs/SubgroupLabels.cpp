// The groups of a subgroup analysis: a categorical column's values or a numeric column's quantile bands.
#include "jobs/SubgroupLabels.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace privaudit::jobs::detail {

namespace {

QString subgroupText(const char* text)
{
    return QCoreApplication::translate("privaudit::jobs::SubgroupAnalysis", text);
}

/// Quantile band edges of @p values (finite ones), at most @p bands bands; equal edges merge.
std::vector<double> bandEdges(std::vector<double> values, int bands)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
                 values.end());
    std::sort(values.begin(), values.end());
    std::vector<double> edges;
    if (values.empty()) return edges;
    for (int b = 1; b < bands; ++b) {
        const double e = values[std::size_t(double(b) / bands * double(values.size() - 1) + 0.5)];
        if (edges.empty() || e > edges.back()) edges.push_back(e);
    }
    if (!edges.empty() && edges.back() >= values.back()) edges.pop_back(); // no empty top band
    return edges;
}

} // namespace

GroupLabels groupLabels(const data::Column& col, const std::vector<std::int64_t>& rowIds, int bands)
{
    const QLocale locale;
    const std::size_t n = rowIds.size();
    GroupLabels g;
    g.label.resize(n);
    if (col.type == data::ColumnType::Numeric) {
        std::vector<double> values(n);
        for (std::size_t i = 0; i < n; ++i)
            values[i] = col.numbers[std::size_t(rowIds[i])];
        const std::vector<double> edges = bandEdges(values, bands);
        for (std::size_t i = 0; i < n; ++i) {
            if (!std::isfinite(values[i])) {
                g.label[i] =
                    subgroupText(QT_TRANSLATE_NOOP("privaudit::jobs::SubgroupAnalysis", "(missing)"));
                g.order[g.label[i]] = 1e9;
                continue;
            }
            const auto b =
                std::size_t(std::upper_bound(edges.begin(), edges.end(), values[i]) - edges.begin());
            const QString low = b == 0 ? QStringLiteral("-inf") : locale.toString(edges[b - 1], 'g', 4);
            const QString high =
                b == edges.size() ? QStringLiteral("inf") : locale.toString(edges[b], 'g', 4);
            g.label[i] = QStringLiteral("[%1, %2)").arg(low, high);
            g.order[g.label[i]] = double(b);
        }
        return g;
    }
    std::map<QString, std::size_t> counts;
    for (std::size_t i = 0; i < n; ++i) {
        const auto row = std::size_t(rowIds[i]);
        g.label[i] = col.isMissing(row)
                         ? subgroupText(QT_TRANSLATE_NOOP("privaudit::jobs::SubgroupAnalysis", "(missing)"))
                         : col.text(row);
        ++counts[g.label[i]];
    }
    if (int(counts.size()) > kMaxSubgroups) {
        std::vector<std::pair<std::size_t, QString>> bySize;
        for (const auto& [k, v] : counts)
            bySize.push_back({v, k});
        std::sort(bySize.begin(), bySize.end(), std::greater<>());
        QStringList keep;
        for (int k = 0; k < kMaxSubgroups - 1; ++k)
            keep << bySize[std::size_t(k)].second;
        counts.clear();
        for (QString& l : g.label) {
            if (!keep.contains(l))
                l = subgroupText(QT_TRANSLATE_NOOP("privaudit::jobs::SubgroupAnalysis", "(other values)"));
            ++counts[l];
        }
    }
    for (const auto& [k, v] : counts)
        g.order[k] = -double(v);
    return g;
}

const data::Column* subgroupColumn(const data::DataTable& table, const QString& column, QString* error)
{
    const int c = table.indexOf(column);
    if (c < 0) {
        *error = QCoreApplication::translate("privaudit::jobs::SubgroupAnalysis",
                                             "The data has no column '%1'; columns: %2")
                     .arg(column, table.columnNames().join(QStringLiteral(", ")));
        return nullptr;
    }
    const data::Column& col = table.column(std::size_t(c));
    if (col.role == data::ColumnRole::Label) {
        *error = QCoreApplication::translate("privaudit::jobs::SubgroupAnalysis",
                                             "'%1' is the label: split by a feature, a sensitive or a "
                                             "protected column.")
                     .arg(column);
        return nullptr;
    }
    return &col;
}

} // namespace privaudit::jobs::detail
