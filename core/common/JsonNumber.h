#pragma once

#include <cmath>
#include <limits>
#include <QJsonValue>
#include <QString>

namespace privaudit {

/// A number for stored and printed JSON, which has no infinity: finite values as numbers, infinities as
/// the strings "inf" and "-inf" (an accountant's epsilon without DP is +inf).
inline QJsonValue jsonNumber(double value)
{
    if (std::isfinite(value)) return value;
    return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
}

/// The inverse of jsonNumber(): a number, or the infinity its string stands for; anything else is +inf
/// (how stored epsilons of runs without DP read).
inline double numberFromJson(const QJsonValue& v)
{
    if (v.isDouble()) return v.toDouble();
    return v.toString() == QLatin1String("-inf") ? -std::numeric_limits<double>::infinity()
                                                 : std::numeric_limits<double>::infinity();
}

} // namespace privaudit
