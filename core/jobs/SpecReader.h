#pragma once

// Private to core/jobs: the strict reader of job-spec JSON that JobSpec::fromJson and the evaluation
// families (reading their own option sections) share.

#include "jobs/JobSpec.h"

#include <cmath>
#include <cstdint>
#include <optional>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace privaudit::jobs {

/// Reads a spec object strictly: unknown keys and wrong types are errors naming the JSON path.
class SpecReader
{
public:
    QString error;

    bool keys(const QJsonObject& o, const QString& where, const QStringList& allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                return fail(JobSpec::tr("%1: unknown key '%2' (allowed: %3)")
                                .arg(where, it.key(), allowed.join(QStringLiteral(", "))));
        return true;
    }
    bool fail(const QString& message)
    {
        if (error.isEmpty()) error = message;
        return false;
    }
    std::optional<QJsonObject> object(const QJsonObject& o, const QString& key, const QString& where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) return QJsonObject();
        if (!v.isObject()) {
            fail(JobSpec::tr("%1.%2 must be an object").arg(where, key));
            return std::nullopt;
        }
        return v.toObject();
    }
    std::optional<QString> string(const QJsonObject& o, const QString& key, const QString& where,
                                  const QString& fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) return fallback;
        if (!v.isString()) {
            fail(JobSpec::tr("%1.%2 must be a string").arg(where, key));
            return std::nullopt;
        }
        return v.toString();
    }
    std::optional<double> number(const QJsonObject& o, const QString& key, const QString& where,
                                 double fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) return fallback;
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(JobSpec::tr("%1.%2 must be a finite number").arg(where, key));
            return std::nullopt;
        }
        return v.toDouble();
    }
    std::optional<std::int64_t> integer(const QJsonObject& o, const QString& key, const QString& where,
                                        std::int64_t fallback, std::int64_t low, std::int64_t high)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) return fallback;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || d < double(low) || d > double(high)) {
            fail(
                JobSpec::tr("%1.%2 must be a whole number from %3 to %4").arg(where, key).arg(low).arg(high));
            return std::nullopt;
        }
        return std::int64_t(d);
    }
    std::optional<bool> boolean(const QJsonObject& o, const QString& key, const QString& where, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) return fallback;
        if (!v.isBool()) {
            fail(JobSpec::tr("%1.%2 must be true or false").arg(where, key));
            return std::nullopt;
        }
        return v.toBool();
    }
};

} // namespace privaudit::jobs
