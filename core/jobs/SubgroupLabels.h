#pragma once

// Private to core/jobs: the groups of a subgroup analysis (Subgroups.cpp, FamilySubgroups.cpp).
#include "data/DataTable.h"

#include <cmath>
#include <limits>
#include <map>
#include <QJsonValue>
#include <QString>
#include <vector>

namespace privaudit::jobs::detail {

/// Categorical columns with more values than this keep the largest groups; the rest are "other".
inline constexpr int kMaxSubgroups = 20;

/// Every candidate's group: its value (the kMaxSubgroups - 1 largest values, the rest "other") or its
/// quantile band, and each group's place in the table (bands in order, missing last; values by size).
struct GroupLabels
{
    std::vector<QString> label;
    std::map<QString, double> order;
};

/// The groups of the rows @p rowIds by @p col: @p bands quantile bands of a numeric column.
GroupLabels groupLabels(const data::Column& col, const std::vector<std::int64_t>& rowIds, int bands);

/// The column of @p table to split by, or a translated error (not there, or the label).
const data::Column* subgroupColumn(const data::DataTable& table, const QString& column, QString* error);

/// A figure in the analyses' JSON: null where it is not a number (a group without members), and back.
inline QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}
inline double numberFromJson(const QJsonValue& v)
{
    return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

} // namespace privaudit::jobs::detail
