#pragma once

// Private to core/project: helpers shared by the store's source files.

#include <QByteArray>
#include <QString>

namespace privaudit::project::detail {

/// SHA-256 (hex) of a stored result: attack, variant, metrics JSON and the three score blobs, each
/// preceded by its length as a 64-bit little-endian number. verify() recomputes it.
QString resultHash(const QByteArray& attack, const QByteArray& variant, const QByteArray& metricsJson,
                   const QByteArray& scores, const QByteArray& members, const QByteArray& rowIds);

QString nowUtc();
QString currentUser();

} // namespace privaudit::project::detail
