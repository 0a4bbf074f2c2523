#pragma once

// Shared by the fuzz harnesses: each defines LLVMFuzzerTestOneInput. Built with clang and libFuzzer
// (PRIVAUDIT_FUZZ=ON, tests/fuzz/run-fuzzers.sh) they fuzz; built with any compiler and ReplayMain.cpp
// they replay the corpus kept in tests/fuzz/corpus/ (a ctest test in every CI run).

#include <cstddef>
#include <cstdint>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <unistd.h>

namespace privaudit::fuzz {

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// A file holding @p content in a per-process scratch folder (for APIs that read paths).
inline QString scratchFile(const char* name, const QByteArray& content)
{
    static const QString dir = [] {
        const QString d = QDir::temp().filePath(QStringLiteral("privaudit-fuzz-%1").arg(getpid()));
        QDir().mkpath(d);
        return d;
    }();
    const QString path = QDir(dir).filePath(QString::fromLatin1(name));
    QFile::remove(path);
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) f.write(content);
    return path;
}

} // namespace privaudit::fuzz
