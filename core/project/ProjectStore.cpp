#include "project/ProjectStore.h"

#include "project/ChainHeads.h"
#include "project/ProjectDetail.h"
#include "project/ProjectFile.h"
#include "project/SqliteStatement.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <map>
#include <privaudit/Version.h>
#include <pwd.h>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QSysInfo>
#include <QtEndian>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace privaudit::project {

using detail::checkHeader;
using detail::checkPath;
using detail::readHeaderThroughSqlite;
using detail::Statement;
using detail::walWriter;

namespace {

const QString kGenesisHash = QString(64, QLatin1Char('0'));
/// How long a writer waits for another one (any process) before it reports the project as busy.
constexpr int kBusyTimeoutMs = 10000;

// Schema steps: kSchemaSteps[v - 1] takes a project from schema v - 1 to v.
const char* const kSchemaSteps[] = {
    // 0 -> 1
    R"sql(
CREATE TABLE project(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_with_version TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '');
CREATE TABLE datasets(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  fingerprint TEXT NOT NULL UNIQUE,
  rows INTEGER NOT NULL,
  columns INTEGER NOT NULL,
  schema_json TEXT NOT NULL,
  origin TEXT NOT NULL DEFAULT '',
  licence TEXT NOT NULL DEFAULT '',
  consent TEXT NOT NULL DEFAULT '',
  purpose TEXT NOT NULL DEFAULT '',
  added_at TEXT NOT NULL);
CREATE TABLE runs(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  spec_json TEXT NOT NULL,
  spec_sha256 TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'cancelled')),
  seed INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  seconds REAL,
  software_json TEXT NOT NULL,
  host TEXT NOT NULL,
  user TEXT NOT NULL,
  message TEXT NOT NULL DEFAULT '',
  summary_json TEXT NOT NULL DEFAULT '{}',
  dataset_id INTEGER REFERENCES datasets(id));
CREATE TABLE models(
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('trained', 'torchscript', 'predictions')),
  spec TEXT NOT NULL,
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  weights BLOB,
  dp_json TEXT NOT NULL,
  training_json TEXT NOT NULL,
  created_at TEXT NOT NULL);
CREATE INDEX models_run ON models(run_id);
CREATE TABLE results(
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  attack TEXT NOT NULL,
  variant TEXT NOT NULL,
  metrics_json TEXT NOT NULL,
  records INTEGER NOT NULL,
  scores BLOB NOT NULL,
  members BLOB NOT NULL,
  row_ids BLOB NOT NULL,
  sha256 TEXT NOT NULL,
  created_at TEXT NOT NULL);
CREATE INDEX results_run ON results(run_id);
CREATE TABLE audit_trail(
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user TEXT NOT NULL,
  host TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  details_json TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL);
CREATE TRIGGER audit_trail_append_only_update BEFORE UPDATE ON audit_trail
  BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_trail_append_only_delete BEFORE DELETE ON audit_trail
  BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
)sql",
    // 1 -> 2
    R"sql(
CREATE TABLE assessment(
  key TEXT PRIMARY KEY,
  value_json TEXT NOT NULL,
  updated_at TEXT NOT NULL);
CREATE TABLE evidence(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  content BLOB NOT NULL,
  added_at TEXT NOT NULL);
ALTER TABLE runs ADD COLUMN pid INTEGER NOT NULL DEFAULT 0;
)sql",
    // 2 -> 3: final reports, kept as immutable records.
    R"sql(
CREATE TABLE reports(
  id INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL,
  state TEXT NOT NULL,
  format TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  content BLOB NOT NULL);
CREATE TRIGGER reports_immutable_update BEFORE UPDATE ON reports
  BEGIN SELECT RAISE(ABORT, 'a final report is an immutable record'); END;
CREATE TRIGGER reports_immutable_delete BEFORE DELETE ON reports
  BEGIN SELECT RAISE(ABORT, 'a final report is an immutable record'); END;
)sql",
};
static_assert(std::size(kSchemaSteps) == kSchemaVersion, "one schema step per version");

QByteArray sha256Hex(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

/// One object of sqlite_schema: what the application creates, compared as text.
struct SchemaObject
{
    QString type, name, table, sql;
    bool operator==(const SchemaObject&) const = default;
};

std::vector<SchemaObject> readSchema(sqlite3* db)
{
    std::vector<SchemaObject> out;
    Statement st(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name");
    while (st.prepared() && st.step() == SQLITE_ROW)
        out.push_back({st.text(0), st.text(1), st.text(2), st.text(3)});
    return out;
}

/// The schema objects the application creates at @p version: the steps run on an empty in-memory database.
const std::vector<SchemaObject>& expectedSchema(int version)
{
    static QMutex mutex;
    static std::map<int, std::vector<SchemaObject>> cache;
    const QMutexLocker lock(&mutex);
    auto it = cache.find(version);
    if (it == cache.end()) {
        sqlite3* db = nullptr;
        std::vector<SchemaObject> objects;
        if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) ==
            SQLITE_OK) {
            bool ok = true;
            for (int v = 1; v <= version && ok; ++v)
                ok = sqlite3_exec(db, kSchemaSteps[v - 1], nullptr, nullptr, nullptr) == SQLITE_OK;
            if (ok) objects = readSchema(db);
        }
        sqlite3_close(db);
        it = cache.emplace(version, std::move(objects)).first;
    }
    return it->second;
}

/// The tables whose content the audit trail seals, and the large columns a seal leaves to the row's own
/// SHA-256 (which verify() checks against the content and which is itself sealed).
struct SealedTable
{
    const char* name;
    std::initializer_list<const char*> byHash;
};
const SealedTable kSealedTables[] = {
    {"project", {}},
    {"datasets", {}},
    {"runs", {}},
    {"models", {"weights"}},
    {"results", {"scores", "members", "row_ids"}},
    {"assessment", {}},
    {"evidence", {"content"}},
    {"reports", {"content"}},
};

} // namespace

namespace detail {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString currentUser()
{
    passwd pw{};
    passwd* result = nullptr;
    char buffer[4096];
    if (getpwuid_r(geteuid(), &pw, buffer, sizeof buffer, &result) == 0 && result && result->pw_name)
        return QString::fromLocal8Bit(result->pw_name);
    const QString env = qEnvironmentVariable("USER");
    return env.isEmpty() ? QStringLiteral("uid %1").arg(geteuid()) : env;
}

QString resultHash(const QByteArray& attack, const QByteArray& variant, const QByteArray& metricsJson,
                   const QByteArray& scores, const QByteArray& members, const QByteArray& rowIds)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QByteArray* bytes : {&attack, &variant, &metricsJson, &scores, &members, &rowIds}) {
        const quint64 size = qToLittleEndian(quint64(bytes->size()));
        h.addData(QByteArrayView(reinterpret_cast<const char*>(&size), sizeof size));
        h.addData(*bytes);
    }
    return QString::fromLatin1(h.result().toHex());
}

} // namespace detail

using detail::currentUser;
using detail::nowUtc;

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return QStringLiteral("running");
    case RunStatus::Completed:
        return QStringLiteral("completed");
    case RunStatus::Failed:
        return QStringLiteral("failed");
    case RunStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

ProjectStore::~ProjectStore()
{
    if (m_db) {
        if (m_trackHistory && m_historyProblem.isEmpty()) ChainHeads().record(historyKey(), chainHead());
        sqlite3_close_v2(m_db);
    }
}

ChainHead ProjectStore::chainHead() const
{
    ChainHead head;
    Statement st(m_db, "SELECT seq, hash FROM audit_trail ORDER BY seq DESC LIMIT 1");
    if (st.prepared() && st.step() == SQLITE_ROW) {
        head.rows = st.integer(0);
        head.hash = st.text(1);
    }
    head.seenAt = nowUtc();
    return head;
}

std::int64_t ProjectStore::auditRowWithHash(const QString& hash) const
{
    Statement st(m_db, "SELECT seq FROM audit_trail WHERE hash = ? ORDER BY seq LIMIT 1");
    st.bind(1, hash.trimmed().toLower());
    return st.prepared() && st.step() == SQLITE_ROW ? st.integer(0) : 0;
}

QString ProjectStore::historyKey() const
{
    Statement st(m_db, "SELECT created_at FROM project WHERE id = 1");
    const QString created = st.prepared() && st.step() == SQLITE_ROW ? st.text(0) : QString();
    return QFileInfo(m_path).canonicalFilePath() + QLatin1Char('|') + created;
}

void ProjectStore::checkHistory()
{
    // The end of the chain, against the head last seen on this machine (outside the file).
    m_trackHistory = true;
    const ChainHeads heads;
    const QString key = historyKey();
    const ChainHead now = chainHead();
    if (const auto seen = heads.lastSeen(key)) {
        if (now.rows < seen->rows) {
            m_historyProblem =
                tr("The audit trail has %1 rows, but it had %2 when PrivAudit last saw this project on this "
                   "machine (%3): committed history was lost (a deleted -wal file, or an older copy put in "
                   "its place).")
                    .arg(now.rows)
                    .arg(seen->rows)
                    .arg(seen->seenAt);
        } else {
            Statement st(m_db, "SELECT hash FROM audit_trail WHERE seq = ?");
            st.bind(1, seen->rows);
            if (st.prepared() && st.step() == SQLITE_ROW && st.text(0) != seen->hash)
                m_historyProblem =
                    tr("Audit trail row %1 is not the one PrivAudit saw on this machine (%2): the trail was "
                       "rewritten from there on.")
                        .arg(seen->rows)
                        .arg(seen->seenAt);
        }
    }
    if (!m_historyProblem.isEmpty())
        m_notices << tr("'%1': %2").arg(m_path, m_historyProblem);
    else
        heads.record(key, now);
}

QString ProjectStore::exec(const char* sql) const
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK) return {};
    const QString error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
    sqlite3_free(message);
    return error.isEmpty() ? QStringLiteral("SQLite error") : error;
}

ProjectStore::ReadSnapshot::ReadSnapshot(const ProjectStore& store) : m_db(store.m_db)
{
    // BEGIN DEFERRED takes its snapshot at the first read, and every later read in it sees the same state.
    m_owns = m_db && sqlite3_get_autocommit(m_db) != 0 &&
             sqlite3_exec(m_db, "BEGIN DEFERRED;", nullptr, nullptr, nullptr) == SQLITE_OK;
}

ProjectStore::ReadSnapshot::~ReadSnapshot()
{
    // A read transaction has nothing to write: ending it cannot fail in a way that loses data.
    if (m_owns && sqlite3_get_autocommit(m_db) == 0) sqlite3_exec(m_db, "COMMIT;", nullptr, nullptr, nullptr);
}

QString ProjectStore::sqlError(const QString& context) const
{
    const int code = sqlite3_errcode(m_db);
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        return tr("The project file '%1' is damaged (%2: %3). Restore it from a backup.")
            .arg(m_path, context, detail);
    if (code == SQLITE_READONLY) return tr("The project '%1' is open read-only (%2).").arg(m_path, detail);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
        const QString writer = walWriter(m_path);
        return writer.isEmpty()
                   ? tr("The project '%1' is busy: another process is writing to it and did not finish "
                        "within "
                        "%2 s, so %3 was not saved. Nothing stored was changed; try again when it has "
                        "finished.")
                         .arg(m_path)
                         .arg(kBusyTimeoutMs / 1000)
                         .arg(context)
                   : tr("The project '%1' is busy: it is being written by %2 on this host, which did not "
                        "finish "
                        "within %3 s, so %4 was not saved. Nothing stored was changed; try again when it has "
                        "finished.")
                         .arg(m_path, writer)
                         .arg(kBusyTimeoutMs / 1000)
                         .arg(context);
    }
    if (code == SQLITE_FULL)
        return tr("The disk is full: %1 was not saved; nothing already stored was changed.").arg(context);
    return tr("%1 failed in '%2': %3").arg(context, m_path, detail);
}

QString ProjectStore::requireWritable() const
{
    if (!m_readOnly) return {};
    return tr("The project '%1' is open read-only: %2").arg(m_path, m_readOnlyReason);
}

Expected<std::unique_ptr<ProjectStore>> ProjectStore::openConnection(const QString& path, bool create,
                                                                     bool readOnly)
{
    std::unique_ptr<ProjectStore> store(new ProjectStore);
    store->m_path = path;
    store->m_readOnly = readOnly;
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
                      (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &store->m_db, flags, nullptr) != SQLITE_OK)
        return Expected<std::unique_ptr<ProjectStore>>::failure(
            tr("Cannot open '%1': %2").arg(path, QString::fromUtf8(sqlite3_errmsg(store->m_db))));
    // A project file is untrusted input: no functions with side effects from its schema, no schema tricks.
    sqlite3_db_config(store->m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(store->m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_busy_timeout(store->m_db, kBusyTimeoutMs);
    if (const QString err = store->exec("PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF;");
        !err.isEmpty())
        return Expected<std::unique_ptr<ProjectStore>>::failure(store->sqlError(tr("Opening")));
    return store;
}

Expected<std::unique_ptr<ProjectStore>> ProjectStore::create(const QString& path, const QString& name)
{
    return createAtSchemaVersion(path, name, kSchemaVersion);
}

Expected<std::unique_ptr<ProjectStore>> ProjectStore::createAtSchemaVersion(const QString& path,
                                                                            const QString& name, int version)
{
    using Result = Expected<std::unique_ptr<ProjectStore>>;
    if (version < 1 || version > kSchemaVersion)
        return Result::failure(tr("Unknown schema version %1.").arg(version));
    if (QFileInfo::exists(path))
        return Result::failure(tr("'%1' already exists; choose another name or open it.").arg(path));
    const QFileInfo info(path);
    if (!info.dir().exists())
        return Result::failure(tr("The folder '%1' does not exist.").arg(info.dir().path()));
    // Built under a temporary name and renamed when complete, so a crash never leaves half a project.
    // Temporary files of earlier attempts whose process is gone (killed mid-creation) are removed.
    const QString prefix = info.fileName() + QStringLiteral(".creating-");
    for (const QString& stale : info.dir().entryList({prefix + QLatin1Char('*')}, QDir::Files)) {
        bool ok = false;
        const qint64 pid = stale.mid(prefix.size()).toLongLong(&ok);
        if (ok && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QFile::remove(info.dir().filePath(stale));
    }
    const QString temporary = path + QStringLiteral(".creating-%1").arg(QCoreApplication::applicationPid());
    QFile::remove(temporary);
    {
        auto made = openConnection(temporary, true, false);
        if (!made) return made;
        ProjectStore& s = *made.value();
        QString err = s.exec("PRAGMA journal_mode = DELETE; BEGIN IMMEDIATE;");
        for (int v = 1; v <= version && err.isEmpty(); ++v)
            err = s.exec(kSchemaSteps[v - 1]);
        if (err.isEmpty())
            err = s.exec(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                             .arg(kApplicationId)
                             .arg(version)
                             .toUtf8()
                             .constData());
        if (err.isEmpty()) {
            Statement st(s.m_db,
                         "INSERT INTO project(id, name, created_at, created_by, created_with_version) "
                         "VALUES (1, ?, ?, ?, ?)");
            st.bind(1, name);
            st.bind(2, nowUtc());
            st.bind(3, currentUser());
            st.bind(4, QStringLiteral(PRIVAUDIT_VERSION_STRING));
            if (st.step() != SQLITE_DONE) err = QString::fromUtf8(sqlite3_errmsg(s.m_db));
        }
        if (err.isEmpty())
            err = s.appendAuditInTransaction(
                QStringLiteral("project.created"), name,
                QJsonObject{{QStringLiteral("schema_version"), version},
                            {QStringLiteral("software_version"), QStringLiteral(PRIVAUDIT_VERSION_STRING)}});
        if (err.isEmpty()) err = s.exec("COMMIT;");
        if (!err.isEmpty()) {
            made.value().reset();
            QFile::remove(temporary);
            return Result::failure(tr("Cannot create the project '%1': %2").arg(path, err));
        }
    }
    // A write-ahead log and shared-memory index left beside the name by a database deleted without them
    // (a project removed while, or after, a process was killed) would be replayed into the new file when
    // it opens: SQLite cannot tell that they belong to another database, and the new project would show
    // the old one's content under a broken seal. Without their database they can never be recovered.
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        if (QFileInfo::exists(path + QLatin1String(suffix)) && !QFile::remove(path + QLatin1String(suffix))) {
            QFile::remove(temporary);
            return Result::failure(
                tr("Cannot create the project '%1': a leftover '%2' of an earlier database "
                   "by that name cannot be removed.")
                    .arg(path, path + QLatin1String(suffix)));
        }
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Result::failure(
            tr("Cannot create the project '%1': the file could not be moved into place.").arg(path));
    }
    if (version == kSchemaVersion) return open(path);
    // An old-schema file for migration tests: opened without upgrading it.
    auto old = openConnection(path, false, false);
    if (old) old.value()->m_schemaVersion = version;
    return old;
}

Expected<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString& path, Access access)
{
    auto store = openFile(path, access);
    if (store) store.value()->checkHistory();
    return store;
}

Expected<std::unique_ptr<ProjectStore>> ProjectStore::reopenReadOnly(std::unique_ptr<ProjectStore> store,
                                                                     bool alreadyReadOnly, int schemaVersion,
                                                                     const QString& reason)
{
    // Before anything was written: a read-write connection is replaced by a read-only one.
    if (!alreadyReadOnly) {
        const QString path = store->m_path;
        store.reset();
        auto again = openConnection(path, false, true);
        if (!again) return again;
        store = std::move(again).value();
    }
    store->m_schemaVersion = schemaVersion;
    store->m_readOnly = true;
    store->m_readOnlyReason = reason;
    store->m_notices << tr("'%1': %2.").arg(store->m_path, reason);
    return store;
}

Expected<std::unique_ptr<ProjectStore>> ProjectStore::openFile(const QString& path, Access access)
{
    using Result = Expected<std::unique_ptr<ProjectStore>>;
    // This is the one place that opens an existing project file, and it opens it only through SQLite.
    if (const QString err = checkPath(path); !err.isEmpty()) return Result::failure(err);
    bool readOnly = access == Access::ReadOnly;
    QString readOnlyReason = readOnly ? tr("opened for reading only") : QString();
    if (!readOnly && ::access(QFile::encodeName(path).constData(), W_OK) != 0) {
        readOnly = true;
        readOnlyReason = tr("the file is not writable");
    }
    auto opened = openConnection(path, false, readOnly);
    if (!opened) return opened;
    std::unique_ptr<ProjectStore> store = std::move(opened).value();
    {
        QByteArray header;
        qint64 size = 0;
        QString err = readHeaderThroughSqlite(store->m_db, path, &header, &size);
        if (err.isEmpty()) err = checkHeader(path, header, size);
        if (!err.isEmpty()) return Result::failure(err);
        // Shorter than its header says, with a write-ahead log (checkHeader let it through): a checkpoint
        // stopped, by a full disk say. SQLite reads the missing pages from the log; quick_check proves it.
        if (header.size() >= 32) {
            const auto* h = reinterpret_cast<const unsigned char*>(header.constData());
            const qint64 pageSize = ((h[16] << 8) | h[17]) == 1 ? 65536 : ((h[16] << 8) | h[17]);
            const qint64 pages =
                (qint64(h[28]) << 24) | (qint64(h[29]) << 16) | (qint64(h[30]) << 8) | qint64(h[31]);
            if (pages * pageSize > size) {
                Statement check(store->m_db, "PRAGMA quick_check");
                const bool ok =
                    check.prepared() && check.step() == SQLITE_ROW && check.text(0) == QLatin1String("ok");
                if (!ok)
                    return Result::failure(
                        tr("'%1' is damaged: it is shorter than its header says and its write-ahead "
                           "log does not hold the missing pages (%2). Keep '%1' and '%1-wal' together, "
                           "do not delete either, and restore the project from a backup.")
                            .arg(path, check.prepared() ? check.text(0) : store->sqlError(tr("Checking"))));
            }
        }
    }

    std::int64_t applicationId = 0, userVersion = 0;
    {
        Statement st(store->m_db, "PRAGMA application_id");
        if (!st.prepared() || st.step() != SQLITE_ROW)
            return Result::failure(store->sqlError(tr("Reading the file header")));
        applicationId = st.integer(0);
    }
    {
        Statement st(store->m_db, "PRAGMA user_version");
        if (!st.prepared() || st.step() != SQLITE_ROW)
            return Result::failure(store->sqlError(tr("Reading the schema version")));
        userVersion = st.integer(0);
    }
    if (applicationId != kApplicationId)
        return Result::failure(tr("'%1' is an SQLite database but not a PrivAudit project.").arg(path));
    if (userVersion < 1)
        return Result::failure(
            tr("'%1' is not a complete PrivAudit project (schema version %2).").arg(path).arg(userVersion));
    store->m_schemaVersion = int(userVersion);

    // Before anything is written: a trigger, view or index the application did not create (or one it
    // did, changed) could rewrite what every later write stores, so such a file is only read.
    if (userVersion <= kSchemaVersion) {
        if (const QStringList foreign = store->schemaProblems(int(userVersion)); !foreign.isEmpty()) {
            return reopenReadOnly(
                std::move(store), readOnly, int(userVersion),
                tr("it contains database objects that PrivAudit did not create or that were changed "
                   "(%1); they could rewrite what is stored, so it opens read-only")
                    .arg(foreign.join(QLatin1String("; "))));
        }
    }

    if (userVersion > kSchemaVersion) {
        return reopenReadOnly(
            std::move(store), readOnly, int(userVersion),
            tr("it was written by a newer PrivAudit (schema %1; this version knows up to %2), so it "
               "opens read-only")
                .arg(userVersion)
                .arg(kSchemaVersion));
    }
    store->m_readOnly = readOnly;
    store->m_readOnlyReason = readOnlyReason;
    if (userVersion < kSchemaVersion) {
        if (readOnly) {
            // Read as it is: information and verification work on the old schema; writing needs an upgrade.
            store->m_notices
                << tr("'%1' was written by an older PrivAudit (schema %2); it is read as it is and is "
                      "upgraded when it is opened for writing.")
                       .arg(path)
                       .arg(userVersion);
            return store;
        }
        if (const QString err = store->migrate(int(userVersion), kSchemaVersion); !err.isEmpty())
            return Result::failure(err);
    }
    if (!readOnly) {
        // WAL: readers never block the writer, and a killed process leaves the last commit intact.
        if (const QString err = store->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
            !err.isEmpty())
            return Result::failure(store->sqlError(tr("Opening")));
    }
    return store;
}

QString ProjectStore::migrate(int from, int to)
{
    // All steps in one transaction: a failure (or a crash) leaves the file at its old version.
    QString err = exec("BEGIN IMMEDIATE;");
    for (int v = from + 1; v <= to && err.isEmpty(); ++v)
        err = exec(kSchemaSteps[v - 1]);
    if (err.isEmpty()) err = exec(QStringLiteral("PRAGMA user_version = %1;").arg(to).toUtf8().constData());
    if (err.isEmpty())
        err = appendAuditInTransaction(
            QStringLiteral("project.migrated"), QStringLiteral("schema"),
            QJsonObject{{QStringLiteral("from"), from},
                        {QStringLiteral("to"), to},
                        {QStringLiteral("software_version"), QStringLiteral(PRIVAUDIT_VERSION_STRING)}});
    if (err.isEmpty()) err = exec("COMMIT;");
    if (!err.isEmpty()) {
        exec("ROLLBACK;");
        return tr("Cannot upgrade '%1' from schema %2 to %3: %4. The file was not changed.")
            .arg(m_path)
            .arg(from)
            .arg(to)
            .arg(err);
    }
    m_schemaVersion = to;
    m_notices << tr("'%1' was upgraded from schema %2 to %3.").arg(m_path).arg(from).arg(to);
    return {};
}

QJsonObject ProjectStore::stateSeal() const
{
    // One SHA-256 per table over every row (rowid order) and every column (name, type, bytes), the large
    // blobs by their row's own hash; and one over the schema. Recorded in every audit row ("state"), so
    // that verify() sees any edit made after PrivAudit's last write: a deleted run, an epsilon, a status,
    // a datasheet field, an answer, results moved between runs, a trigger.
    QJsonObject seal;
    const auto schema = readSchema(m_db);
    QSet<QString> tables;
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const SchemaObject& o : schema) {
            if (o.type == QLatin1String("table")) tables.insert(o.name);
            h.addData(
                QJsonDocument(QJsonArray{o.type, o.name, o.table, o.sql}).toJson(QJsonDocument::Compact));
        }
        seal[QStringLiteral("schema")] = QString::fromLatin1(h.result().toHex());
    }
    for (const SealedTable& t : kSealedTables) {
        if (!tables.contains(QLatin1String(t.name))) continue;
        QCryptographicHash h(QCryptographicHash::Sha256);
        // Every column but the large blobs, selected by name so that SQLite never reads their pages.
        QByteArray select;
        {
            const QByteArray info = QByteArrayLiteral("PRAGMA table_info(") + t.name + ')';
            Statement columnsOf(m_db, info.constData());
            while (columnsOf.prepared() && columnsOf.step() == SQLITE_ROW) {
                const QByteArray name = columnsOf.rawText(1);
                bool byHash = false;
                for (const char* b : t.byHash)
                    byHash = byHash || name == b;
                if (!select.isEmpty()) select += ", ";
                select += byHash ? QByteArray("NULL AS \"" + name + '"') : QByteArray('"' + name + '"');
            }
        }
        const QByteArray sql = "SELECT " + select + " FROM " + t.name + " ORDER BY rowid";
        sqlite3_stmt* st = nullptr;
        if (select.isEmpty() || sqlite3_prepare_v2(m_db, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
            sqlite3_finalize(st);
            seal[QLatin1String(t.name)] = QStringLiteral("unreadable");
            continue;
        }
        const int columns = sqlite3_column_count(st);
        std::vector<bool> skip(std::size_t(columns), false);
        for (int c = 0; c < columns; ++c)
            for (const char* byHash : t.byHash)
                skip[std::size_t(c)] =
                    skip[std::size_t(c)] || std::strcmp(sqlite3_column_name(st, c), byHash) == 0;
        auto addSized = [&h](const void* data, qint64 size) {
            const quint64 n = qToLittleEndian(quint64(size));
            h.addData(QByteArrayView(reinterpret_cast<const char*>(&n), sizeof n));
            if (size > 0) h.addData(QByteArrayView(static_cast<const char*>(data), size));
        };
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c) {
                const char* name = sqlite3_column_name(st, c);
                addSized(name, qint64(std::strlen(name)));
                const int type = sqlite3_column_type(st, c);
                const char tag = skip[std::size_t(c)] ? 'h' : char('0' + type);
                h.addData(QByteArrayView(&tag, 1));
                if (skip[std::size_t(c)] || type == SQLITE_NULL) continue;
                if (type == SQLITE_INTEGER) {
                    const qint64 v = qToLittleEndian(qint64(sqlite3_column_int64(st, c)));
                    h.addData(QByteArrayView(reinterpret_cast<const char*>(&v), sizeof v));
                } else if (type == SQLITE_FLOAT) {
                    const double v = sqlite3_column_double(st, c);
                    h.addData(QByteArrayView(reinterpret_cast<const char*>(&v), sizeof v));
                } else {
                    const void* data = type == SQLITE_TEXT
                                           ? static_cast<const void*>(sqlite3_column_text(st, c))
                                           : sqlite3_column_blob(st, c);
                    addSized(data, sqlite3_column_bytes(st, c));
                }
            }
        }
        sqlite3_finalize(st);
        seal[QLatin1String(t.name)] =
            rc == SQLITE_DONE ? QString::fromLatin1(h.result().toHex()) : QStringLiteral("unreadable");
    }
    return seal;
}

QStringList ProjectStore::sealDifferences(const QJsonObject& recorded) const
{
    QStringList differing;
    const QJsonObject now = stateSeal();
    QStringList keys = recorded.keys();
    for (const QString& k : now.keys())
        if (!keys.contains(k)) keys << k;
    for (const QString& k : keys)
        if (recorded.value(k) != now.value(k)) differing << k;
    return differing;
}

QString ProjectStore::tableDescription(const QString& table)
{
    if (table == QLatin1String("project")) return tr("the project record");
    if (table == QLatin1String("datasets"))
        return tr("datasets (hashes, datasheet: origin, licence, consent, purpose)");
    if (table == QLatin1String("runs")) return tr("runs (status, name, specification, summary)");
    if (table == QLatin1String("models"))
        return tr("models (hashes, DP parameters and epsilon, training settings)");
    if (table == QLatin1String("results"))
        return tr("results (which run each belongs to, metrics, hashes of the scores)");
    if (table == QLatin1String("assessment"))
        return tr("the assessment (checklist answers, risk matrix, model under review)");
    if (table == QLatin1String("evidence")) return tr("evidence files");
    if (table == QLatin1String("reports")) return tr("final reports");
    if (table == QLatin1String("schema")) return tr("the database schema (tables, triggers, indexes, views)");
    return table;
}

QStringList ProjectStore::schemaProblems(int version) const
{
    QStringList problems;
    if (version < 1 || version > kSchemaVersion) return problems;
    const auto& expected = expectedSchema(version);
    const auto actual = readSchema(m_db);
    auto kind = [](const QString& type) {
        if (type == QLatin1String("table")) return tr("table");
        if (type == QLatin1String("trigger")) return tr("trigger");
        if (type == QLatin1String("index")) return tr("index");
        if (type == QLatin1String("view")) return tr("view");
        return type;
    };
    auto find = [](const std::vector<SchemaObject>& in, const SchemaObject& o) {
        return std::find_if(in.begin(), in.end(),
                            [&](const SchemaObject& x) { return x.type == o.type && x.name == o.name; });
    };
    for (const SchemaObject& o : actual) {
        const auto e = find(expected, o);
        if (e == expected.end())
            problems << tr("the %1 '%2' (on '%3') was not created by PrivAudit")
                            .arg(kind(o.type), o.name, o.table);
        else if (!(*e == o))
            problems << tr("the %1 '%2' differs from the one PrivAudit creates").arg(kind(o.type), o.name);
    }
    for (const SchemaObject& o : expected)
        if (find(actual, o) == actual.end())
            problems << tr("the %1 '%2' is missing").arg(kind(o.type), o.name);
    return problems;
}

QString ProjectStore::checkSealInTransaction() const
{
    // Before PrivAudit writes, the file must still be as its last audit row sealed it: otherwise this
    // write would seal an edit made outside PrivAudit into the trail.
    Statement last(m_db, "SELECT seq, details_json FROM audit_trail ORDER BY seq DESC LIMIT 1");
    if (!last.prepared() || last.step() != SQLITE_ROW) return {};
    const QJsonObject recorded =
        QJsonDocument::fromJson(last.rawText(1)).object().value(QStringLiteral("state")).toObject();
    if (recorded.isEmpty()) return {}; // written by a PrivAudit that did not seal; this write seals it
    const QStringList differing = sealDifferences(recorded);
    if (differing.isEmpty()) return {};
    QStringList described;
    for (const QString& t : differing)
        described << tableDescription(t);
    return tr("'%1' was changed outside PrivAudit after audit trail row %2 (%3), so nothing was written: "
              "writing "
              "now would seal that change into the audit trail. Run 'privaudit-cli project verify' and "
              "restore "
              "the project from a copy you trust.")
        .arg(m_path)
        .arg(last.integer(0))
        .arg(described.join(QLatin1String("; ")));
}

QString ProjectStore::auditRowHash(const AuditEntry& e)
{
    const QJsonArray canonical{
        QString::number(e.seq),           e.at,          e.user, e.host, e.action, e.subject,
        QString::fromUtf8(e.detailsJson), e.previousHash};
    return QString::fromLatin1(sha256Hex(QJsonDocument(canonical).toJson(QJsonDocument::Compact)));
}

QString ProjectStore::appendAuditInTransaction(const QString& action, const QString& subject,
                                               const QJsonObject& details)
{
    AuditEntry e;
    e.previousHash = kGenesisHash;
    {
        Statement last(m_db, "SELECT seq, hash FROM audit_trail ORDER BY seq DESC LIMIT 1");
        if (!last.prepared()) return QString::fromUtf8(sqlite3_errmsg(m_db));
        if (last.step() == SQLITE_ROW) {
            e.seq = last.integer(0);
            e.previousHash = last.text(1);
        }
    }
    e.seq += 1;
    e.at = nowUtc();
    e.user = currentUser();
    e.host = QSysInfo::machineHostName();
    e.action = action;
    e.subject = subject;
    QJsonObject sealed = details;
    sealed[QStringLiteral("state")] = stateSeal(); // the file as this transaction leaves it
    e.detailsJson = QJsonDocument(sealed).toJson(QJsonDocument::Compact);
    e.hash = auditRowHash(e);
    Statement st(m_db,
                 "INSERT INTO audit_trail(seq, at, user, host, action, subject, details_json, previous_hash, "
                 "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, e.seq);
    st.bind(2, e.at);
    st.bind(3, e.user);
    st.bind(4, e.host);
    st.bind(5, e.action);
    st.bind(6, e.subject);
    st.bindText(7, e.detailsJson);
    st.bind(8, e.previousHash);
    st.bind(9, e.hash);
    if (st.step() != SQLITE_DONE) return QString::fromUtf8(sqlite3_errmsg(m_db));
    return {};
}

QString ProjectStore::writeTransaction(const QString& context, const std::function<QString()>& body)
{
    if (QString err = requireWritable(); !err.isEmpty()) return err;
    QString err = exec("BEGIN IMMEDIATE;");
    if (err.isEmpty()) {
        if (QString changed = checkSealInTransaction(); !changed.isEmpty()) {
            exec("ROLLBACK;");
            return changed;
        }
        err = body();
    }
    if (err.isEmpty()) err = exec("COMMIT;");
    if (err.isEmpty()) return {};
    // The message is taken before the rollback, which would replace SQLite's error.
    const int code = sqlite3_errcode(m_db);
    const QString message = code != SQLITE_OK && code != SQLITE_ROW && code != SQLITE_DONE
                                ? sqlError(context)
                                : tr("%1 failed in '%2': %3").arg(context, m_path, err);
    exec("ROLLBACK;");
    return message;
}

QString ProjectStore::appendAudit(const QString& action, const QString& subject, const QJsonObject& details)
{
    return writeTransaction(tr("Recording '%1' in the audit trail").arg(action),
                            [&] { return appendAuditInTransaction(action, subject, details); });
}

QString ProjectStore::saveCopy(const QString& path)
{
    if (QFileInfo::exists(path)) return tr("'%1' already exists; choose another name.").arg(path);
    if (!m_readOnly) {
        if (QString err =
                appendAudit(QStringLiteral("project.copied"), QFileInfo(path).fileName(),
                            QJsonObject{{QStringLiteral("to"), QFileInfo(path).absoluteFilePath()}});
            !err.isEmpty())
            return err;
    }
    Statement st(m_db, "VACUUM INTO ?");
    st.bind(1, QFileInfo(path).absoluteFilePath());
    if (!st.prepared() || st.step() != SQLITE_DONE) {
        const QString err = sqlError(tr("Saving a copy to '%1'").arg(path));
        QFile::remove(path);
        return err;
    }
    return {};
}

Expected<std::vector<AuditEntry>> ProjectStore::auditTrail() const
{
    Statement st(m_db, "SELECT seq, at, user, host, action, subject, details_json, previous_hash, hash "
                       "FROM audit_trail ORDER BY seq");
    if (!st.prepared())
        return Expected<std::vector<AuditEntry>>::failure(sqlError(tr("Reading the audit trail")));
    std::vector<AuditEntry> out;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        AuditEntry e;
        e.seq = st.integer(0);
        e.at = st.text(1);
        e.user = st.text(2);
        e.host = st.text(3);
        e.action = st.text(4);
        e.subject = st.text(5);
        e.detailsJson = st.rawText(6);
        e.previousHash = st.text(7);
        e.hash = st.text(8);
        out.push_back(std::move(e));
    }
    if (rc != SQLITE_DONE)
        return Expected<std::vector<AuditEntry>>::failure(sqlError(tr("Reading the audit trail")));
    return out;
}

Expected<ProjectInfo> ProjectStore::info() const
{
    const ReadSnapshot snapshot(*this);
    ProjectInfo info;
    info.path = m_path;
    info.schemaVersion = m_schemaVersion;
    info.readOnly = m_readOnly;
    info.readOnlyReason = m_readOnlyReason;
    {
        Statement st(m_db,
                     "SELECT name, created_at, created_by, created_with_version FROM project WHERE id = 1");
        if (!st.prepared() || st.step() != SQLITE_ROW)
            return Expected<ProjectInfo>::failure(sqlError(tr("Reading the project")));
        info.name = st.text(0);
        info.createdAt = st.text(1);
        info.createdBy = st.text(2);
        info.createdWithVersion = st.text(3);
    }
    const std::pair<const char*, std::int64_t*> counts[] = {
        {"SELECT count(*) FROM datasets", &info.datasets},
        {"SELECT count(*) FROM models", &info.models},
        {"SELECT count(*) FROM runs", &info.runs},
        {"SELECT count(*) FROM results", &info.results},
        {"SELECT count(*) FROM audit_trail", &info.auditRows}};
    for (const auto& [sql, target] : counts) {
        Statement st(m_db, sql);
        if (!st.prepared() || st.step() != SQLITE_ROW)
            return Expected<ProjectInfo>::failure(sqlError(tr("Reading the project")));
        *target = st.integer(0);
    }
    Statement head(m_db, "SELECT hash FROM audit_trail ORDER BY seq DESC LIMIT 1");
    if (head.prepared() && head.step() == SQLITE_ROW) info.auditHeadHash = head.text(0);
    return info;
}

VerifyReport ProjectStore::verify() const
{
    const ReadSnapshot snapshot(*this);
    VerifyReport report;
    auto problem = [&](const QString& text) {
        report.ok = false;
        report.problems << text;
    };
    {
        Statement st(m_db, "PRAGMA integrity_check");
        int rc = SQLITE_ROW;
        while (st.prepared() && (rc = st.step()) == SQLITE_ROW)
            if (st.text(0) != QLatin1String("ok")) problem(tr("SQLite integrity check: %1").arg(st.text(0)));
        if (!st.prepared() || rc != SQLITE_DONE) problem(sqlError(tr("The integrity check")));
    }
    {
        Statement st(m_db, "PRAGMA foreign_key_check");
        while (st.prepared() && st.step() == SQLITE_ROW)
            problem(tr("Table %1, row %2 refers to a missing row in %3.")
                        .arg(st.text(0))
                        .arg(st.integer(1))
                        .arg(st.text(2)));
    }
    {
        Statement st(m_db,
                     "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_trail' "
                     "AND name IN ('audit_trail_append_only_update', 'audit_trail_append_only_delete')");
        if (!st.prepared() || st.step() != SQLITE_ROW || st.integer(0) != 2)
            problem(tr(
                "The triggers that keep the audit trail append-only are missing: the file was edited outside "
                "PrivAudit."));
    }

    const auto trail = auditTrail();
    if (!trail) {
        problem(trail.error());
        return report;
    }
    report.auditRows = std::int64_t(trail->size());
    QString previous = kGenesisHash;
    std::int64_t expectedSeq = 1;
    std::map<std::int64_t, QString> specHashByRun, resultHashById, datasetFingerprintById;
    std::map<std::int64_t, std::int64_t> auditRowOfResult;
    std::map<std::int64_t, QString> evidenceHashById, reportHashById;
    for (const AuditEntry& e : *trail) {
        if (report.firstBrokenAuditRow == 0) {
            QString broken;
            if (e.seq != expectedSeq)
                broken = tr("Audit trail row %1: expected row %2 here; rows were removed or inserted.")
                             .arg(e.seq)
                             .arg(expectedSeq);
            else if (e.previousHash != previous)
                broken = tr("Audit trail row %1: it does not chain to the row before it (the row before was "
                            "changed, "
                            "removed or inserted).")
                             .arg(e.seq);
            else if (auditRowHash(e) != e.hash)
                broken =
                    tr("Audit trail row %1 (%2, %3): its content does not match its hash; it was changed "
                       "after it was written.")
                        .arg(e.seq)
                        .arg(e.action, e.at);
            if (!broken.isEmpty()) {
                report.firstBrokenAuditRow = e.seq;
                problem(broken);
            }
        }
        previous = e.hash;
        expectedSeq = e.seq + 1;
        const QJsonObject d = QJsonDocument::fromJson(e.detailsJson).object();
        const auto runId = d.value(QStringLiteral("run")).toInteger();
        if (e.action == QLatin1String("dataset.added"))
            datasetFingerprintById[d.value(QStringLiteral("dataset")).toInteger()] =
                d.value(QStringLiteral("fingerprint")).toString() + QLatin1Char('/') +
                d.value(QStringLiteral("sha256")).toString();
        if (e.action == QLatin1String("evidence.added"))
            evidenceHashById[d.value(QStringLiteral("evidence")).toInteger()] =
                d.value(QStringLiteral("sha256")).toString();
        if (e.action == QLatin1String("report.finalised"))
            reportHashById[d.value(QStringLiteral("report")).toInteger()] =
                d.value(QStringLiteral("sha256")).toString();
        if (e.action == QLatin1String("run.started"))
            specHashByRun[runId] = d.value(QStringLiteral("spec_sha256")).toString();
        if (e.action == QLatin1String("run.completed")) {
            for (const QJsonValue& r : d.value(QStringLiteral("results")).toArray()) {
                const QJsonObject o = r.toObject();
                resultHashById[o.value(QStringLiteral("id")).toInteger()] =
                    o.value(QStringLiteral("sha256")).toString();
                auditRowOfResult[o.value(QStringLiteral("id")).toInteger()] = e.seq;
            }
            const QJsonObject ds = d.value(QStringLiteral("dataset")).toObject();
            if (!ds.isEmpty())
                datasetFingerprintById[ds.value(QStringLiteral("id")).toInteger()] =
                    ds.value(QStringLiteral("fingerprint")).toString() + QLatin1Char('/') +
                    ds.value(QStringLiteral("sha256")).toString();
        }
    }

    {
        Statement st(m_db, "SELECT id, spec_json, spec_sha256 FROM runs ORDER BY id");
        while (st.prepared() && st.step() == SQLITE_ROW) {
            const std::int64_t id = st.integer(0);
            const QString actual = QString::fromLatin1(sha256Hex(st.rawText(1)));
            const auto it = specHashByRun.find(id);
            if (it == specHashByRun.end())
                problem(tr("Run %1 has no start record in the audit trail: it was added outside PrivAudit.")
                            .arg(id));
            else if (actual != it->second || st.text(2) != it->second)
                problem(
                    tr("Run %1: its job specification does not match the hash recorded in the audit trail.")
                        .arg(id));
        }
    }
    {
        Statement st(m_db,
                     "SELECT id, run_id, attack, variant, metrics_json, scores, members, row_ids, sha256 "
                     "FROM results ORDER BY id");
        while (st.prepared() && st.step() == SQLITE_ROW) {
            ++report.resultsChecked;
            const std::int64_t id = st.integer(0);
            const QString actual = detail::resultHash(st.rawText(2), st.rawText(3), st.rawText(4), st.blob(5),
                                                      st.blob(6), st.blob(7));
            const auto it = resultHashById.find(id);
            if (it == resultHashById.end())
                problem(tr("Result %1 (run %2, %3) has no record in the audit trail: it was added outside "
                           "PrivAudit.")
                            .arg(id)
                            .arg(st.integer(1))
                            .arg(st.text(2)));
            else if (actual != it->second || st.text(8) != it->second)
                problem(tr("Result %1 (run %2, %3): its content does not match the hash recorded in audit "
                           "trail row "
                           "%4; it was changed after it was stored.")
                            .arg(id)
                            .arg(st.integer(1))
                            .arg(st.text(2))
                            .arg(auditRowOfResult[id]));
        }
    }
    {
        Statement st(m_db, "SELECT id, fingerprint, sha256, name FROM datasets ORDER BY id");
        while (st.prepared() && st.step() == SQLITE_ROW) {
            const auto it = datasetFingerprintById.find(st.integer(0));
            if (it != datasetFingerprintById.end() &&
                it->second != st.text(1) + QLatin1Char('/') + st.text(2))
                problem(tr("Dataset %1 (%2): its hashes do not match the audit trail.")
                            .arg(st.integer(0))
                            .arg(st.text(3)));
        }
    }
    for (const QString& p : schemaProblems(m_schemaVersion))
        problem(tr("Schema: %1.").arg(p));
    if (!m_historyProblem.isEmpty()) problem(m_historyProblem);
    if (!trail->empty()) {
        // The content as PrivAudit's last write left it (its audit row's seal) against the content now.
        const AuditEntry& lastRow = trail->back();
        const QJsonObject recorded =
            QJsonDocument::fromJson(lastRow.detailsJson).object().value(QStringLiteral("state")).toObject();
        if (recorded.isEmpty())
            report.notes << tr("The last write (audit trail row %1) was made by a PrivAudit that did not "
                               "seal the project's "
                               "content: edits made outside PrivAudit since then cannot be detected until "
                               "the next write "
                               "seals it.")
                                .arg(lastRow.seq);
        else
            for (const QString& t : sealDifferences(recorded))
                problem(tr("Changed after audit trail row %1, PrivAudit's last recorded write: %2. The file "
                           "was edited "
                           "outside PrivAudit.")
                            .arg(lastRow.seq)
                            .arg(tableDescription(t)));
    }
    {
        Statement st(m_db, "SELECT id, name, kind, sha256, weights FROM models ORDER BY id");
        while (st.prepared() && st.step() == SQLITE_ROW) {
            const QByteArray weights = st.blob(4);
            if (st.text(2) == QLatin1String("trained") && !weights.isEmpty() &&
                QString::fromLatin1(sha256Hex(weights)) != st.text(3))
                problem(tr("Model %1 (%2): its stored weights do not match its SHA-256; they were replaced.")
                            .arg(st.integer(0))
                            .arg(st.text(1)));
        }
    }
    if (m_schemaVersion >= 2) {
        Statement st(m_db, "SELECT id, name, sha256, content FROM evidence ORDER BY id");
        while (st.prepared() && st.step() == SQLITE_ROW) {
            const QString actual = QString::fromLatin1(sha256Hex(st.blob(3)));
            const auto it = evidenceHashById.find(st.integer(0));
            if (it == evidenceHashById.end() || actual != it->second || st.text(2) != it->second)
                problem(tr("Evidence file %1 (%2) does not match the hash recorded in the audit trail.")
                            .arg(st.integer(0))
                            .arg(st.text(1)));
        }
    }
    if (m_schemaVersion >= 3) {
        Statement triggers(
            m_db, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'reports' "
                  "AND name IN ('reports_immutable_update', 'reports_immutable_delete')");
        if (!triggers.prepared() || triggers.step() != SQLITE_ROW || triggers.integer(0) != 2)
            problem(tr("The triggers that keep final reports immutable are missing: the file was edited "
                       "outside PrivAudit."));
        Statement st(m_db, "SELECT id, file_name, sha256, content FROM reports ORDER BY id");
        std::size_t stored = 0;
        while (st.prepared() && st.step() == SQLITE_ROW) {
            ++stored;
            const QString actual = QString::fromLatin1(sha256Hex(st.blob(3)));
            const auto it = reportHashById.find(st.integer(0));
            if (it == reportHashById.end() || actual != it->second || st.text(2) != it->second)
                problem(tr("Final report %1 (%2) does not match the hash recorded in the audit trail.")
                            .arg(st.integer(0))
                            .arg(st.text(1)));
        }
        if (stored < reportHashById.size())
            problem(
                tr("The audit trail records %1 final reports but the project holds %2: a report was removed.")
                    .arg(reportHashById.size())
                    .arg(stored));
    }
    return report;
}

} // namespace privaudit::project
