#include "project/ProjectStore.h"

#include "project/ProjectDetail.h"
#include "project/ProjectFile.h"
#include "project/SqliteStatement.h"

#include <privaudit/Version.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QtEndian>

#include <map>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <sys/stat.h>
#include <pwd.h>
#include <signal.h>
#include <unistd.h>

namespace privaudit::project {

using detail::Statement;
using detail::checkHeader;
using detail::checkPath;
using detail::readHeaderThroughSqlite;
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
    case RunStatus::Running: return QStringLiteral("running");
    case RunStatus::Completed: return QStringLiteral("completed");
    case RunStatus::Failed: return QStringLiteral("failed");
    case RunStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

ProjectStore::~ProjectStore()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

QString ProjectStore::exec(const char* sql) const
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
    sqlite3_free(message);
    return error.isEmpty() ? QStringLiteral("SQLite error") : error;
}

QString ProjectStore::sqlError(const QString& context) const
{
    const int code = sqlite3_errcode(m_db);
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        return tr("The project file '%1' is damaged (%2: %3). Restore it from a backup.").arg(m_path, context, detail);
    if (code == SQLITE_READONLY)
        return tr("The project '%1' is open read-only (%2).").arg(m_path, detail);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
        const QString writer = walWriter(m_path);
        return writer.isEmpty()
                   ? tr("The project '%1' is busy: another process is writing to it and did not finish within "
                        "%2 s, so %3 was not saved. Nothing stored was changed; try again when it has finished.")
                         .arg(m_path)
                         .arg(kBusyTimeoutMs / 1000)
                         .arg(context)
                   : tr("The project '%1' is busy: it is being written by %2 on this host, which did not finish "
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
    if (!m_readOnly)
        return {};
    return tr("The project '%1' is open read-only: %2").arg(m_path, m_readOnlyReason);
}

Expected<std::unique_ptr<ProjectStore>> ProjectStore::openConnection(const QString& path, bool create, bool readOnly)
{
    std::unique_ptr<ProjectStore> store(new ProjectStore);
    store->m_path = path;
    store->m_readOnly = readOnly;
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | (create ? SQLITE_OPEN_CREATE : 0) |
                      SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &store->m_db, flags, nullptr) != SQLITE_OK)
        return Expected<std::unique_ptr<ProjectStore>>::failure(
            tr("Cannot open '%1': %2").arg(path, QString::fromUtf8(sqlite3_errmsg(store->m_db))));
    // A project file is untrusted input: no functions with side effects from its schema, no schema tricks.
    sqlite3_db_config(store->m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(store->m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_busy_timeout(store->m_db, kBusyTimeoutMs);
    if (const QString err = store->exec("PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF;"); !err.isEmpty())
        return Expected<std::unique_ptr<ProjectStore>>::failure(store->sqlError(tr("Opening")));
    return store;
}

Expected<std::unique_ptr<ProjectStore>> ProjectStore::create(const QString& path, const QString& name)
{
    return createAtSchemaVersion(path, name, kSchemaVersion);
}

Expected<std::unique_ptr<ProjectStore>> ProjectStore::createAtSchemaVersion(const QString& path, const QString& name,
                                                                            int version)
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
        if (!made)
            return made;
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
            Statement st(s.m_db, "INSERT INTO project(id, name, created_at, created_by, created_with_version) "
                                 "VALUES (1, ?, ?, ?, ?)");
            st.bind(1, name);
            st.bind(2, nowUtc());
            st.bind(3, currentUser());
            st.bind(4, QStringLiteral(PRIVAUDIT_VERSION_STRING));
            if (st.step() != SQLITE_DONE)
                err = QString::fromUtf8(sqlite3_errmsg(s.m_db));
        }
        if (err.isEmpty())
            err = s.appendAuditInTransaction(QStringLiteral("project.created"), name,
                                             QJsonObject{{QStringLiteral("schema_version"), version},
                                                         {QStringLiteral("software_version"),
                                                          QStringLiteral(PRIVAUDIT_VERSION_STRING)}});
        if (err.isEmpty())
            err = s.exec("COMMIT;");
        if (!err.isEmpty()) {
            made.value().reset();
            QFile::remove(temporary);
            return Result::failure(tr("Cannot create the project '%1': %2").arg(path, err));
        }
    }
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Result::failure(tr("Cannot create the project '%1': the file could not be moved into place.").arg(path));
    }
    if (version == kSchemaVersion)
        return open(path);
    // An old-schema file for migration tests: opened without upgrading it.
    auto old = openConnection(path, false, false);
    if (old)
        old.value()->m_schemaVersion = version;
    return old;
}

Expected<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString& path, Access access)
{
    using Result = Expected<std::unique_ptr<ProjectStore>>;
    // This is the one place that opens an existing project file, and it opens it only through SQLite.
    if (const QString err = checkPath(path); !err.isEmpty())
        return Result::failure(err);
    bool readOnly = access == Access::ReadOnly;
    QString readOnlyReason = readOnly ? tr("opened for reading only") : QString();
    if (!readOnly && ::access(QFile::encodeName(path).constData(), W_OK) != 0) {
        readOnly = true;
        readOnlyReason = tr("the file is not writable");
    }
    auto opened = openConnection(path, false, readOnly);
    if (!opened)
        return opened;
    std::unique_ptr<ProjectStore> store = std::move(opened).value();
    {
        QByteArray header;
        qint64 size = 0;
        QString err = readHeaderThroughSqlite(store->m_db, path, &header, &size);
        if (err.isEmpty())
            err = checkHeader(path, header, size);
        if (!err.isEmpty())
            return Result::failure(err);
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
        return Result::failure(tr("'%1' is not a complete PrivAudit project (schema version %2).").arg(path).arg(userVersion));
    store->m_schemaVersion = int(userVersion);

    if (userVersion > kSchemaVersion) {
        const QString reason = tr("it was written by a newer PrivAudit (schema %1; this version knows up to %2), so it "
                                  "opens read-only")
                                   .arg(userVersion)
                                   .arg(kSchemaVersion);
        if (!readOnly) {
            store.reset();
            auto again = openConnection(path, false, true);
            if (!again)
                return again;
            store = std::move(again).value();
            store->m_schemaVersion = int(userVersion);
        }
        store->m_readOnly = true;
        store->m_readOnlyReason = reason;
        store->m_notices << tr("'%1': %2.").arg(path, reason);
        return store;
    }
    store->m_readOnly = readOnly;
    store->m_readOnlyReason = readOnlyReason;
    if (userVersion < kSchemaVersion) {
        if (readOnly) {
            // Read as it is: information and verification work on the old schema; writing needs an upgrade.
            store->m_notices << tr("'%1' was written by an older PrivAudit (schema %2); it is read as it is and is "
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
        if (const QString err = store->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"); !err.isEmpty())
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
    if (err.isEmpty())
        err = exec(QStringLiteral("PRAGMA user_version = %1;").arg(to).toUtf8().constData());
    if (err.isEmpty())
        err = appendAuditInTransaction(QStringLiteral("project.migrated"), QStringLiteral("schema"),
                                       QJsonObject{{QStringLiteral("from"), from},
                                                   {QStringLiteral("to"), to},
                                                   {QStringLiteral("software_version"),
                                                    QStringLiteral(PRIVAUDIT_VERSION_STRING)}});
    if (err.isEmpty())
        err = exec("COMMIT;");
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

QString ProjectStore::auditRowHash(const AuditEntry& e)
{
    const QJsonArray canonical{QString::number(e.seq), e.at,  e.user, e.host, e.action, e.subject,
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
        if (!last.prepared())
            return QString::fromUtf8(sqlite3_errmsg(m_db));
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
    e.detailsJson = QJsonDocument(details).toJson(QJsonDocument::Compact);
    e.hash = auditRowHash(e);
    Statement st(m_db, "INSERT INTO audit_trail(seq, at, user, host, action, subject, details_json, previous_hash, "
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
    if (st.step() != SQLITE_DONE)
        return QString::fromUtf8(sqlite3_errmsg(m_db));
    return {};
}

QString ProjectStore::writeTransaction(const QString& context, const std::function<QString()>& body)
{
    if (QString err = requireWritable(); !err.isEmpty())
        return err;
    QString err = exec("BEGIN IMMEDIATE;");
    if (err.isEmpty())
        err = body();
    if (err.isEmpty())
        err = exec("COMMIT;");
    if (err.isEmpty())
        return {};
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
    if (QFileInfo::exists(path))
        return tr("'%1' already exists; choose another name.").arg(path);
    if (!m_readOnly) {
        if (QString err = appendAudit(QStringLiteral("project.copied"), QFileInfo(path).fileName(),
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
    ProjectInfo info;
    info.path = m_path;
    info.schemaVersion = m_schemaVersion;
    info.readOnly = m_readOnly;
    info.readOnlyReason = m_readOnlyReason;
    {
        Statement st(m_db, "SELECT name, created_at, created_by, created_with_version FROM project WHERE id = 1");
        if (!st.prepared() || st.step() != SQLITE_ROW)
            return Expected<ProjectInfo>::failure(sqlError(tr("Reading the project")));
        info.name = st.text(0);
        info.createdAt = st.text(1);
        info.createdBy = st.text(2);
        info.createdWithVersion = st.text(3);
    }
    const std::pair<const char*, std::int64_t*> counts[] = {
        {"SELECT count(*) FROM datasets", &info.datasets}, {"SELECT count(*) FROM models", &info.models},
        {"SELECT count(*) FROM runs", &info.runs},         {"SELECT count(*) FROM results", &info.results},
        {"SELECT count(*) FROM audit_trail", &info.auditRows}};
    for (const auto& [sql, target] : counts) {
        Statement st(m_db, sql);
        if (!st.prepared() || st.step() != SQLITE_ROW)
            return Expected<ProjectInfo>::failure(sqlError(tr("Reading the project")));
        *target = st.integer(0);
    }
    Statement head(m_db, "SELECT hash FROM audit_trail ORDER BY seq DESC LIMIT 1");
    if (head.prepared() && head.step() == SQLITE_ROW)
        info.auditHeadHash = head.text(0);
    return info;
}

VerifyReport ProjectStore::verify() const
{
    VerifyReport report;
    auto problem = [&](const QString& text) {
        report.ok = false;
        report.problems << text;
    };
    {
        Statement st(m_db, "PRAGMA integrity_check");
        int rc = SQLITE_ROW;
        while (st.prepared() && (rc = st.step()) == SQLITE_ROW)
            if (st.text(0) != QLatin1String("ok"))
                problem(tr("SQLite integrity check: %1").arg(st.text(0)));
        if (!st.prepared() || rc != SQLITE_DONE)
            problem(sqlError(tr("The integrity check")));
    }
    {
        Statement st(m_db, "PRAGMA foreign_key_check");
        while (st.prepared() && st.step() == SQLITE_ROW)
            problem(tr("Table %1, row %2 refers to a missing row in %3.").arg(st.text(0)).arg(st.integer(1)).arg(st.text(2)));
    }
    {
        Statement st(m_db, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_trail' "
                           "AND name IN ('audit_trail_append_only_update', 'audit_trail_append_only_delete')");
        if (!st.prepared() || st.step() != SQLITE_ROW || st.integer(0) != 2)
            problem(tr("The triggers that keep the audit trail append-only are missing: the file was edited outside "
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
                broken = tr("Audit trail row %1: expected row %2 here; rows were removed or inserted.").arg(e.seq).arg(expectedSeq);
            else if (e.previousHash != previous)
                broken = tr("Audit trail row %1: it does not chain to the row before it (the row before was changed, "
                            "removed or inserted).")
                             .arg(e.seq);
            else if (auditRowHash(e) != e.hash)
                broken = tr("Audit trail row %1 (%2, %3): its content does not match its hash; it was changed "
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
                d.value(QStringLiteral("fingerprint")).toString() + QLatin1Char('/') + d.value(QStringLiteral("sha256")).toString();
        if (e.action == QLatin1String("evidence.added"))
            evidenceHashById[d.value(QStringLiteral("evidence")).toInteger()] = d.value(QStringLiteral("sha256")).toString();
        if (e.action == QLatin1String("report.finalised"))
            reportHashById[d.value(QStringLiteral("report")).toInteger()] = d.value(QStringLiteral("sha256")).toString();
        if (e.action == QLatin1String("run.started"))
            specHashByRun[runId] = d.value(QStringLiteral("spec_sha256")).toString();
        if (e.action == QLatin1String("run.completed")) {
            for (const QJsonValue& r : d.value(QStringLiteral("results")).toArray()) {
                const QJsonObject o = r.toObject();
                resultHashById[o.value(QStringLiteral("id")).toInteger()] = o.value(QStringLiteral("sha256")).toString();
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
                problem(tr("Run %1 has no start record in the audit trail: it was added outside PrivAudit.").arg(id));
            else if (actual != it->second || st.text(2) != it->second)
                problem(tr("Run %1: its job specification does not match the hash recorded in the audit trail.").arg(id));
        }
    }
    {
        Statement st(m_db, "SELECT id, run_id, attack, variant, metrics_json, scores, members, row_ids, sha256 "
                           "FROM results ORDER BY id");
        while (st.prepared() && st.step() == SQLITE_ROW) {
            ++report.resultsChecked;
            const std::int64_t id = st.integer(0);
            const QString actual =
                detail::resultHash(st.rawText(2), st.rawText(3), st.rawText(4), st.blob(5), st.blob(6), st.blob(7));
            const auto it = resultHashById.find(id);
            if (it == resultHashById.end())
                problem(tr("Result %1 (run %2, %3) has no record in the audit trail: it was added outside PrivAudit.")
                            .arg(id)
                            .arg(st.integer(1))
                            .arg(st.text(2)));
            else if (actual != it->second || st.text(8) != it->second)
                problem(tr("Result %1 (run %2, %3): its content does not match the hash recorded in audit trail row "
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
            if (it != datasetFingerprintById.end() && it->second != st.text(1) + QLatin1Char('/') + st.text(2))
                problem(tr("Dataset %1 (%2): its hashes do not match the audit trail.").arg(st.integer(0)).arg(st.text(3)));
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
        Statement triggers(m_db, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'reports' "
                                 "AND name IN ('reports_immutable_update', 'reports_immutable_delete')");
        if (!triggers.prepared() || triggers.step() != SQLITE_ROW || triggers.integer(0) != 2)
            problem(tr("The triggers that keep final reports immutable are missing: the file was edited outside PrivAudit."));
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
            problem(tr("The audit trail records %1 final reports but the project holds %2: a report was removed.")
                        .arg(reportHashById.size())
                        .arg(stored));
    }
    return report;
}

} // namespace privaudit::project
