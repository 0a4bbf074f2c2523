#pragma once

// Private to core/project: checks of a project file that never open a second descriptor on it.

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace privaudit::project::detail {

/// What stat and access can tell about @p path (exists, a regular readable non-empty file); "" when fine.
QString checkPath(const QString& path);
/// Reads up to 100 header bytes and the size through the connection's own file handle.
QString readHeaderThroughSqlite(sqlite3* db, const QString& path, QByteArray* header, qint64* size);
/// Checks the SQLite header (magic, truncation) with messages that name the problem.
QString checkHeader(const QString& path, const QByteArray& header, qint64 size);
/// Who holds the WAL write lock of @p path ("PID 1234 (privaudit-cli)"), from /proc/locks; "" when unknown.
QString walWriter(const QString& path);

} // namespace privaudit::project::detail
