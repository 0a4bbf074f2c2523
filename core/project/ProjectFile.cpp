// Private to core/project: what the store checks about a project file before and while it opens it,
// without ever opening a second descriptor on it (see checkPath).
#include "project/ProjectFile.h"

#include "project/ProjectStore.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace privaudit::project::detail {

namespace {

std::uint32_t bigEndian32(const unsigned char* p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

} // namespace

/// Checks what can be known of @p path without opening it (stat and access only). No descriptor on a
/// project file is ever opened here: closing any descriptor on a file drops every POSIX lock this
/// process holds on it, including those of live SQLite connections on other threads, and another
/// process would then believe it is the last user, checkpoint and delete the WAL under them ("How To
/// Corrupt An SQLite Database File", section 2.2). The header is read through SQLite's own file handle
/// (readHeaderThroughSqlite) instead.
QString checkPath(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) return ProjectStore::tr("No project file at '%1'.").arg(path);
    if (info.isDir()) return ProjectStore::tr("'%1' is a folder, not a PrivAudit project file.").arg(path);
    if (!info.isFile())
        return ProjectStore::tr(
                   "'%1' is not a regular file (a device, pipe or socket), so it is not a PrivAudit "
                   "project.")
            .arg(path);
    if (::access(QFile::encodeName(path).constData(), R_OK) != 0)
        return ProjectStore::tr("Cannot read '%1': %2.")
            .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    if (info.size() == 0) return ProjectStore::tr("'%1' is empty: it is not a PrivAudit project.").arg(path);
    return {};
}

/// Reads up to 100 bytes of the database header and the file size through the connection's own file
/// handle, so that no second descriptor on the file is opened and closed beside live connections.
QString readHeaderThroughSqlite(sqlite3* db, const QString& path, QByteArray* header, qint64* size)
{
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        !file->pMethods)
        return ProjectStore::tr("Cannot read '%1': SQLite gave no handle on the file.").arg(path);
    sqlite3_int64 bytes = 0;
    if (file->pMethods->xFileSize(file, &bytes) != SQLITE_OK)
        return ProjectStore::tr("Cannot read '%1': its size is unknown.").arg(path);
    *size = bytes;
    header->fill('\0', int(std::min<sqlite3_int64>(bytes, 100)));
    if (!header->isEmpty() &&
        file->pMethods->xRead(file, header->data(), int(header->size()), 0) != SQLITE_OK)
        return ProjectStore::tr("Cannot read the header of '%1'.").arg(path);
    return {};
}

/// Checks the 100-byte SQLite header before any statement runs, for messages that name the problem.
QString checkHeader(const QString& path, const QByteArray& header, qint64 size)
{
    if (size == 0) return ProjectStore::tr("'%1' is empty: it is not a PrivAudit project.").arg(path);
    if (header.size() < 16 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return ProjectStore::tr("'%1' is not a PrivAudit project: it is not an SQLite database file.")
            .arg(path);
    if (header.size() < 100)
        return ProjectStore::tr(
                   "'%1' is truncated: its %2 bytes do not even hold the database header. Restore "
                   "it from a backup.")
            .arg(path)
            .arg(size);
    const auto* h = reinterpret_cast<const unsigned char*>(header.constData());
    std::uint32_t pageSize = (std::uint32_t(h[16]) << 8) | h[17];
    if (pageSize == 1) pageSize = 65536;
    const std::uint32_t pages = bigEndian32(h + 28);
    // The in-header size is valid only when the version-valid-for number matches the change counter. With
    // a write-ahead log beside the file the pages may still be in the log: a checkpoint that ran out of disk
    // space leaves the file shorter than its header says, and SQLite completes it from the log (the open
    // then checks the pages with quick_check).
    const qint64 wal = QFileInfo(path + QStringLiteral("-wal")).size(); // stat only: no descriptor is opened
    if (pages > 0 && bigEndian32(h + 92) == bigEndian32(h + 24) && qint64(pages) * pageSize > size &&
        wal <= 32)
        return ProjectStore::tr(
                   "'%1' is truncated: it has %2 bytes but its header describes %3. Restore it from "
                   "a backup.")
            .arg(path)
            .arg(size)
            .arg(qint64(pages) * pageSize);
    return {};
}

/// Who holds the WAL write lock of @p path, from /proc/locks (read without opening the project's files):
/// "PID 1234 (privaudit-cli)" or empty when unknown.
QString walWriter(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path + QStringLiteral("-shm")).constData(), &st) != 0) return {};
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text)) return {};
    const QString inode = QStringLiteral(":%1").arg(qulonglong(st.st_ino));
    // "1: POSIX  ADVISORY  WRITE 12345 08:01:1234567 120 120": SQLite's WAL write lock is byte 120 of -shm.
    for (const QByteArray& line : locks.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 8 || f[1] != "POSIX" || f[3] != "WRITE" || !f[5].endsWith(inode.toLatin1())) continue;
        bool okStart = false, okEnd = false;
        const qint64 start = f[6].toLongLong(&okStart);
        const qint64 end = f[7] == "EOF" ? std::numeric_limits<qint64>::max() : f[7].toLongLong(&okEnd);
        if (!okStart || (f[7] != "EOF" && !okEnd) || start > 120 || end < 120) continue;
        const QByteArray pid = f[4];
        QFile comm(QStringLiteral("/proc/%1/comm").arg(QString::fromLatin1(pid)));
        QString name;
        if (comm.open(QIODevice::ReadOnly)) name = QString::fromLocal8Bit(comm.readAll()).trimmed();
        return name.isEmpty() ? QStringLiteral("PID %1").arg(QString::fromLatin1(pid))
                              : QStringLiteral("PID %1 (%2)").arg(QString::fromLatin1(pid), name);
    }
    return {};
}

} // namespace privaudit::project::detail
