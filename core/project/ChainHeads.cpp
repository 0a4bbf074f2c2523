#include "project/ChainHeads.h"

#include "common/FileRead.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace privaudit::project {

namespace {

constexpr qint64 kMaxFile = 16 << 20;

QJsonObject readHeads(const QString& file)
{
    if (!QFileInfo::exists(file)) return {};
    auto bytes = readRegularFile(file, kMaxFile);
    return bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
}

} // namespace

ChainHeads::ChainHeads(QString file) : m_file(std::move(file))
{
    if (m_file.isEmpty())
        m_file = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                     .filePath(QStringLiteral("privaudit/chain-heads.json"));
}

std::optional<ChainHead> ChainHeads::lastSeen(const QString& projectKey) const
{
    const QJsonObject entry = readHeads(m_file).value(projectKey).toObject();
    if (entry.isEmpty()) return std::nullopt;
    return ChainHead{entry.value(QStringLiteral("rows")).toInteger(),
                     entry.value(QStringLiteral("hash")).toString(),
                     entry.value(QStringLiteral("seen_at")).toString()};
}

void ChainHeads::record(const QString& projectKey, const ChainHead& head) const
{
    if (head.rows <= 0) return;
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QLockFile lock(m_file + QStringLiteral(".lock"));
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(2000)) return;
    QJsonObject heads = readHeads(m_file);
    const QJsonObject previous = heads.value(projectKey).toObject();
    if (previous.value(QStringLiteral("rows")).toInteger() > head.rows) return;
    if (previous.value(QStringLiteral("rows")).toInteger() == head.rows &&
        previous.value(QStringLiteral("hash")).toString() == head.hash)
        return;
    heads[projectKey] = QJsonObject{{QStringLiteral("rows"), qint64(head.rows)},
                                    {QStringLiteral("hash"), head.hash},
                                    {QStringLiteral("seen_at"), head.seenAt}};
    QSaveFile out(m_file);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(QJsonDocument(heads).toJson(QJsonDocument::Indented));
        out.commit();
    }
}

} // namespace privaudit::project
