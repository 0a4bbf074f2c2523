#pragma once

#include <cstdint>
#include <optional>
#include <QCoreApplication>
#include <QString>

namespace privaudit::project {

/// The newest audit-trail row of a project: how many rows, and the hash of the last.
struct ChainHead
{
    std::int64_t rows = 0;
    QString hash;
    QString seenAt; ///< UTC, ISO 8601
};

/// The audit-trail heads last seen on this machine, kept outside the project files (one JSON file per
/// user, shared by the GUI and the CLI, guarded by a lock file). A project whose trail is shorter than,
/// or differs from, what was seen here has lost or rewritten history (a deleted WAL file, an older copy
/// put in its place) even when the file is consistent in itself. Best effort: when the file cannot be
/// read or written the check is skipped, never the project.
class ChainHeads
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::project::ChainHeads)

public:
    /// @p file: the JSON file; empty for the default (GenericDataLocation/privaudit/chain-heads.json).
    explicit ChainHeads(QString file = {});
    [[nodiscard]] std::optional<ChainHead> lastSeen(const QString& projectKey) const;
    /// Records @p head unless a longer head is recorded for @p projectKey (history never shrinks here).
    void record(const QString& projectKey, const ChainHead& head) const;
    [[nodiscard]] const QString& file() const { return m_file; }

private:
    QString m_file;
};

} // namespace privaudit::project
