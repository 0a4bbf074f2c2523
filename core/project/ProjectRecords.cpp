// ProjectStore: runs, results, datasets, models, assessment values and evidence.
#include "project/ProjectDetail.h"
#include "project/ProjectStore.h"
#include "project/SqliteStatement.h"

#include <bit>
#include <cstring>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QtEndian>
#include <signal.h>
#include <vector>

namespace privaudit::project {

using detail::Statement;

namespace {

static_assert(std::endian::native == std::endian::little,
              "score blobs are stored in the machine's little-endian order");

QByteArray compactJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

std::optional<RunStatus> parseStatus(const QString& s)
{
    for (RunStatus st : {RunStatus::Running, RunStatus::Completed, RunStatus::Failed, RunStatus::Cancelled})
        if (runStatusName(st) == s) return st;
    return std::nullopt;
}

/// A run recorded as running whose process on this host is gone was interrupted (crash or kill).
bool processIsGone(const QString& host, std::int64_t pid)
{
    return pid > 0 && host == QSysInfo::machineHostName() && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

QByteArray ProjectStore::encodeScores(const RecordScores& s, QByteArray* members, QByteArray* rowIds)
{
    const std::size_t n = s.scores.size();
    QByteArray scores(qsizetype(n * sizeof(double)), Qt::Uninitialized);
    std::memcpy(scores.data(), s.scores.data(), n * sizeof(double));
    members->fill('\0', qsizetype((n + 7) / 8));
    for (std::size_t i = 0; i < n && i < s.members.size(); ++i)
        if (s.members[i]) (*members)[qsizetype(i / 8)] = char((*members)[qsizetype(i / 8)] | (1 << (i % 8)));
    // Row ids: a width byte (4 or 8), then the ids as little-endian integers of that width.
    bool narrow = true;
    for (std::int64_t id : s.rowIds)
        narrow = narrow && id >= INT32_MIN && id <= INT32_MAX;
    const int width = narrow ? 4 : 8;
    rowIds->resize(qsizetype(1 + s.rowIds.size() * std::size_t(width)));
    (*rowIds)[0] = char(width);
    char* out = rowIds->data() + 1;
    if (narrow) {
        for (std::size_t i = 0; i < s.rowIds.size(); ++i) {
            const auto v = std::int32_t(s.rowIds[i]);
            std::memcpy(out + i * 4, &v, 4);
        }
    } else {
        std::memcpy(out, s.rowIds.data(), s.rowIds.size() * 8);
    }
    return scores;
}

Expected<std::int64_t> ProjectStore::beginRun(const RunRecord& run)
{
    using Result = Expected<std::int64_t>;
    const QString specSha =
        QString::fromLatin1(QCryptographicHash::hash(run.specJson, QCryptographicHash::Sha256).toHex());
    std::int64_t id = 0;
    const QString err =
        writeTransaction(tr("Recording the start of run '%1'").arg(run.name), [&]() -> QString {
            Statement st(m_db,
                         "INSERT INTO runs(name, kind, spec_json, spec_sha256, status, seed, started_at, "
                         "software_json, host, user, pid) VALUES (?, ?, ?, ?, 'running', ?, ?, ?, ?, ?, ?)");
            st.bind(1, run.name);
            st.bind(2, run.kind);
            st.bindText(3, run.specJson);
            st.bind(4, specSha);
            st.bind(5, std::int64_t(run.seed));
            st.bind(6, detail::nowUtc());
            st.bindText(7, compactJson(run.software));
            st.bind(8, QSysInfo::machineHostName());
            st.bind(9, detail::currentUser());
            st.bind(10, std::int64_t(QCoreApplication::applicationPid()));
            if (st.step() != SQLITE_DONE) return QString::fromUtf8(sqlite3_errmsg(m_db));
            id = sqlite3_last_insert_rowid(m_db);
            return appendAuditInTransaction(QStringLiteral("run.started"), run.name,
                                            QJsonObject{{QStringLiteral("run"), qint64(id)},
                                                        {QStringLiteral("kind"), run.kind},
                                                        {QStringLiteral("spec_sha256"), specSha},
                                                        {QStringLiteral("seed"), QString::number(run.seed)}});
        });
    if (!err.isEmpty()) return Result::failure(err);
    return id;
}

QString ProjectStore::completeRun(std::int64_t runId, const RunOutcome& outcome, double seconds)
{
    return writeTransaction(tr("Saving the results of run %1").arg(runId), [&]() -> QString {
        const QString now = detail::nowUtc();
        QJsonObject details{{QStringLiteral("run"), qint64(runId)}, {QStringLiteral("seconds"), seconds}};
        std::optional<std::int64_t> datasetId;
        if (outcome.dataset) {
            const DatasetRecord& d = *outcome.dataset;
            const auto id = upsertDatasetInTransaction(d, false);
            if (!id) return id.error();
            datasetId = *id;
            details[QStringLiteral("dataset")] = QJsonObject{{QStringLiteral("id"), qint64(*datasetId)},
                                                             {QStringLiteral("fingerprint"), d.fingerprint},
                                                             {QStringLiteral("sha256"), d.sha256}};
        }

        QJsonArray modelHashes;
        for (const ModelRecord& m : outcome.models) {
            Statement st(
                m_db,
                "INSERT INTO models(run_id, name, kind, spec, path, sha256, weights, dp_json, training_json, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            st.bind(1, runId);
            st.bind(2, m.name);
            st.bind(3, m.kind);
            st.bind(4, m.spec);
            st.bind(5, m.path);
            st.bind(6, m.sha256);
            if (m.weights.isEmpty())
                st.bindNull(7);
            else
                st.bindBlob(7, m.weights.constData(), std::size_t(m.weights.size()));
            st.bindText(8, compactJson(m.dp));
            st.bindText(9, compactJson(m.training));
            st.bind(10, now);
            if (st.step() != SQLITE_DONE) return QString::fromUtf8(sqlite3_errmsg(m_db));
            modelHashes.append(QJsonObject{{QStringLiteral("id"), qint64(sqlite3_last_insert_rowid(m_db))},
                                           {QStringLiteral("name"), m.name},
                                           {QStringLiteral("sha256"), m.sha256}});
        }
        details[QStringLiteral("models")] = modelHashes;

        QJsonArray resultHashes;
        Statement insertResult(
            m_db, "INSERT INTO results(run_id, attack, variant, metrics_json, records, scores, members, "
                  "row_ids, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const RunOutcome::Result& r : outcome.results) {
            QByteArray members, rowIds;
            const QByteArray scores = encodeScores(r.scores, &members, &rowIds);
            const QByteArray attack = r.attack.toUtf8(), variant = r.variant.toUtf8();
            const QString sha = detail::resultHash(attack, variant, r.metricsJson, scores, members, rowIds);
            insertResult.reset();
            insertResult.bind(1, runId);
            insertResult.bindText(2, attack);
            insertResult.bindText(3, variant);
            insertResult.bindText(4, r.metricsJson);
            insertResult.bind(5, std::int64_t(r.scores.scores.size()));
            insertResult.bindBlob(6, scores.constData(), std::size_t(scores.size()));
            insertResult.bindBlob(7, members.constData(), std::size_t(members.size()));
            insertResult.bindBlob(8, rowIds.constData(), std::size_t(rowIds.size()));
            insertResult.bind(9, sha);
            insertResult.bind(10, now);
            if (insertResult.step() != SQLITE_DONE) return QString::fromUtf8(sqlite3_errmsg(m_db));
            resultHashes.append(QJsonObject{{QStringLiteral("id"), qint64(sqlite3_last_insert_rowid(m_db))},
                                            {QStringLiteral("attack"), r.attack},
                                            {QStringLiteral("sha256"), sha}});
        }
        details[QStringLiteral("results")] = resultHashes;

        Statement st(m_db,
                     "UPDATE runs SET status = 'completed', finished_at = ?, seconds = ?, summary_json = ?, "
                     "dataset_id = ? WHERE id = ? AND status = 'running'");
        st.bind(1, now);
        st.bind(2, seconds);
        st.bindText(3, compactJson(outcome.summary));
        if (datasetId)
            st.bind(4, *datasetId);
        else
            st.bindNull(4);
        st.bind(5, runId);
        if (st.step() != SQLITE_DONE) return QString::fromUtf8(sqlite3_errmsg(m_db));
        if (sqlite3_changes(m_db) != 1) return tr("run %1 is not running").arg(runId);
        return appendAuditInTransaction(QStringLiteral("run.completed"), QStringLiteral("run %1").arg(runId),
                                        details);
    });
}

QString ProjectStore::endRun(std::int64_t runId, RunStatus status, const QString& message, double seconds)
{
    if (status != RunStatus::Failed && status != RunStatus::Cancelled)
        return tr("endRun() records failed or cancelled runs only.");
    return writeTransaction(tr("Recording the end of run %1").arg(runId), [&]() -> QString {
        Statement st(m_db,
                     "UPDATE runs SET status = ?, finished_at = ?, seconds = ?, message = ? WHERE id = ? AND "
                     "status = 'running'");
        st.bind(1, runStatusName(status));
        st.bind(2, detail::nowUtc());
        st.bind(3, seconds);
        st.bind(4, message);
        st.bind(5, runId);
        if (st.step() != SQLITE_DONE) return QString::fromUtf8(sqlite3_errmsg(m_db));
        if (sqlite3_changes(m_db) !=
            1) // no such run, or it already ended: no audit row for a change that did not happen
            return tr("run %1 is not running").arg(runId);
        return appendAuditInTransaction(status == RunStatus::Failed ? QStringLiteral("run.failed")
                                                                    : QStringLiteral("run.cancelled"),
                                        QStringLiteral("run %1").arg(runId),
                                        QJsonObject{{QStringLiteral("run"), qint64(runId)},
                                                    {QStringLiteral("message"), message},
                                                    {QStringLiteral("seconds"), seconds}});
    });
}

namespace {

const char* const kRunColumns =
    "SELECT id, name, kind, spec_json, spec_sha256, status, seed, started_at, "
    "coalesce(finished_at, '') AS finished_at, coalesce(seconds, 0) AS seconds, software_json, host, user, "
    "message, summary_json, pid, coalesce(dataset_id, 0) AS dataset_id FROM runs";

RunRecord readRun(const Statement& st)
{
    RunRecord r;
    r.id = st.integer("id");
    r.name = st.text("name");
    r.kind = st.text("kind");
    r.specJson = st.rawText("spec_json");
    r.specSha256 = st.text("spec_sha256");
    r.status = parseStatus(st.text("status")).value_or(RunStatus::Failed);
    r.seed = std::uint64_t(st.integer("seed"));
    r.startedAt = st.text("started_at");
    r.finishedAt = st.text("finished_at");
    r.seconds = st.real("seconds");
    r.software = parseObject(st.rawText("software_json"));
    r.host = st.text("host");
    r.user = st.text("user");
    r.message = st.text("message");
    r.summary = parseObject(st.rawText("summary_json"));
    r.pid = st.integer("pid");
    r.datasetId = st.integer("dataset_id");
    r.interrupted = r.status == RunStatus::Running && processIsGone(r.host, r.pid);
    return r;
}

} // namespace

Expected<std::vector<RunRecord>> ProjectStore::runs() const
{
    Statement st(m_db, QByteArray(QByteArray(kRunColumns) + " ORDER BY id").constData());
    if (!st.prepared()) return Expected<std::vector<RunRecord>>::failure(sqlError(tr("Reading the runs")));
    std::vector<RunRecord> out;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW)
        out.push_back(readRun(st));
    if (rc != SQLITE_DONE) return Expected<std::vector<RunRecord>>::failure(sqlError(tr("Reading the runs")));
    return out;
}

Expected<RunRecord> ProjectStore::run(std::int64_t runId) const
{
    Statement st(m_db, QByteArray(QByteArray(kRunColumns) + " WHERE id = ?").constData());
    if (!st.prepared()) return Expected<RunRecord>::failure(sqlError(tr("Reading run %1").arg(runId)));
    st.bind(1, runId);
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return Expected<RunRecord>::failure(tr("The project '%1' has no run %2.").arg(m_path).arg(runId));
    if (rc != SQLITE_ROW) return Expected<RunRecord>::failure(sqlError(tr("Reading run %1").arg(runId)));
    return readRun(st);
}

Expected<std::vector<ResultRecord>> ProjectStore::results(std::int64_t runId) const
{
    using Result = Expected<std::vector<ResultRecord>>;
    Statement st(
        m_db,
        "SELECT id, run_id, attack, variant, metrics_json, records, sha256 FROM results WHERE run_id = ? "
        "ORDER BY id");
    if (!st.prepared()) return Result::failure(sqlError(tr("Reading the results")));
    st.bind(1, runId);
    std::vector<ResultRecord> out;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        ResultRecord r;
        r.id = st.integer("id");
        r.runId = st.integer("run_id");
        r.attack = st.text("attack");
        r.variant = st.text("variant");
        r.metricsJson = st.rawText("metrics_json");
        r.records = st.integer("records");
        r.sha256 = st.text("sha256");
        out.push_back(std::move(r));
    }
    if (rc != SQLITE_DONE) return Result::failure(sqlError(tr("Reading the results")));
    return out;
}

Expected<RecordScores> ProjectStore::scores(std::int64_t resultId) const
{
    using Result = Expected<RecordScores>;
    Statement st(m_db, "SELECT records, scores, members, row_ids FROM results WHERE id = ?");
    if (!st.prepared()) return Result::failure(sqlError(tr("Reading the scores")));
    st.bind(1, resultId);
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return Result::failure(tr("The project '%1' has no result %2.").arg(m_path).arg(resultId));
    if (rc != SQLITE_ROW) return Result::failure(sqlError(tr("Reading the scores")));
    const auto n = std::size_t(std::max<std::int64_t>(0, st.integer("records")));
    const QByteArray scores = st.blob("scores"), members = st.blob("members"), rowIds = st.blob("row_ids");
    const int width = rowIds.isEmpty() ? 0 : int(rowIds[0]);
    if (std::size_t(scores.size()) != n * 8 || std::size_t(members.size()) != (n + 7) / 8 ||
        (width != 4 && width != 8) || std::size_t(rowIds.size()) != 1 + n * std::size_t(width))
        return Result::failure(tr("Result %1 in '%2' is damaged: its score arrays have the wrong size.")
                                   .arg(resultId)
                                   .arg(m_path));
    RecordScores out;
    out.scores.resize(n);
    std::memcpy(out.scores.data(), scores.constData(), n * 8);
    out.members.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        out.members[i] = (members[qsizetype(i / 8)] >> (i % 8)) & 1;
    out.rowIds.resize(n);
    const char* in = rowIds.constData() + 1;
    for (std::size_t i = 0; i < n; ++i) {
        if (width == 4) {
            std::int32_t v;
            std::memcpy(&v, in + i * 4, 4);
            out.rowIds[i] = v;
        } else {
            std::memcpy(&out.rowIds[i], in + i * 8, 8);
        }
    }
    return out;
}

Expected<std::vector<DatasetRecord>> ProjectStore::datasets() const
{
    using Result = Expected<std::vector<DatasetRecord>>;
    Statement st(m_db,
                 "SELECT id, name, path, sha256, fingerprint, rows, columns, schema_json, origin, licence, "
                 "consent, purpose, added_at FROM datasets ORDER BY id");
    if (!st.prepared()) return Result::failure(sqlError(tr("Reading the datasets")));
    std::vector<DatasetRecord> out;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        DatasetRecord d;
        d.id = st.integer("id");
        d.name = st.text("name");
        d.path = st.text("path");
        d.sha256 = st.text("sha256");
        d.fingerprint = st.text("fingerprint");
        d.rows = st.integer("rows");
        d.columns = st.integer("columns");
        d.schemaJson = st.rawText("schema_json");
        d.origin = st.text("origin");
        d.licence = st.text("licence");
        d.consent = st.text("consent");
        d.purpose = st.text("purpose");
        d.addedAt = st.text("added_at");
        out.push_back(std::move(d));
    }
    if (rc != SQLITE_DONE) return Result::failure(sqlError(tr("Reading the datasets")));
    return out;
}

Expected<std::vector<ModelRecord>> ProjectStore::models(std::int64_t runId) const
{
    using Result = Expected<std::vector<ModelRecord>>;
    Statement st(
        m_db,
        "SELECT id, run_id, name, kind, spec, path, sha256, weights, dp_json, training_json FROM models "
        "WHERE run_id = ? ORDER BY id");
    if (!st.prepared()) return Result::failure(sqlError(tr("Reading the models")));
    st.bind(1, runId);
    std::vector<ModelRecord> out;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        ModelRecord m;
        m.id = st.integer("id");
        m.runId = st.integer("run_id");
        m.name = st.text("name");
        m.kind = st.text("kind");
        m.spec = st.text("spec");
        m.path = st.text("path");
        m.sha256 = st.text("sha256");
        m.weights = st.blob("weights");
        m.dp = parseObject(st.rawText("dp_json"));
        m.training = parseObject(st.rawText("training_json"));
        out.push_back(std::move(m));
    }
    if (rc != SQLITE_DONE) return Result::failure(sqlError(tr("Reading the models")));
    return out;
}

QString ProjectStore::setAssessmentValue(const QString& key, const QByteArray& json, const QString& action)
{
    return setAssessmentValues({{key, json}}, action);
}

QString ProjectStore::setAssessmentValues(const std::vector<std::pair<QString, QByteArray>>& values,
                                          const QString& action)
{
    for (const auto& [key, json] : values) {
        QJsonParseError parseError{};
        QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return tr("The assessment value for '%1' is not valid JSON: %2.")
                .arg(key, parseError.errorString());
    }
    if (values.empty()) return {};
    const QString context = values.size() == 1
                                ? tr("Saving the assessment value '%1'").arg(values.front().first)
                                : tr("Saving %1 assessment values").arg(values.size());
    return writeTransaction(context, [&]() -> QString {
        for (const auto& [key, json] : values)
            if (const QString err = setAssessmentValueInTransaction(key, json, action); !err.isEmpty())
                return err;
        return {};
    });
}

QString ProjectStore::setAssessmentValueInTransaction(const QString& key, const QByteArray& json,
                                                      const QString& action)
{
    // The audit row keeps the old and the new value, so the trail shows what each edit changed.
    QJsonValue oldValue = QJsonValue::Null;
    {
        Statement old(m_db, "SELECT value_json FROM assessment WHERE key = ?");
        old.bind(1, key);
        if (old.step() == SQLITE_ROW) {
            const QJsonDocument doc = QJsonDocument::fromJson(old.rawText(0));
            oldValue = doc.isObject()  ? QJsonValue(doc.object())
                       : doc.isArray() ? QJsonValue(doc.array())
                                       : QJsonValue::Null;
        }
    }
    const QJsonDocument newDoc = QJsonDocument::fromJson(json);
    const QJsonValue newValue = newDoc.isObject()  ? QJsonValue(newDoc.object())
                                : newDoc.isArray() ? QJsonValue(newDoc.array())
                                                   : QJsonValue::Null;
    Statement st(
        m_db,
        "INSERT INTO assessment(key, value_json, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at");
    st.bind(1, key);
    st.bindText(2, json);
    st.bind(3, detail::nowUtc());
    if (st.step() != SQLITE_DONE) return QString::fromUtf8(sqlite3_errmsg(m_db));
    return appendAuditInTransaction(
        action, key,
        QJsonObject{{QStringLiteral("sha256"),
                     QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex())},
                    {QStringLiteral("old"), oldValue},
                    {QStringLiteral("new"), newValue}});
}

Expected<std::optional<QByteArray>> ProjectStore::assessmentValue(const QString& key) const
{
    using Result = Expected<std::optional<QByteArray>>;
    Statement st(m_db, "SELECT value_json FROM assessment WHERE key = ?");
    if (!st.prepared()) return Result::failure(sqlError(tr("Reading the assessment")));
    st.bind(1, key);
    const int rc = st.step();
    if (rc == SQLITE_DONE) return Result(std::optional<QByteArray>());
    if (rc != SQLITE_ROW) return Result::failure(sqlError(tr("Reading the assessment")));
    return Result(std::optional<QByteArray>(st.rawText(0)));
}

Expected<std::int64_t> ProjectStore::upsertDatasetInTransaction(const DatasetRecord& d, bool updateDatasheet)
{
    using Result = Expected<std::int64_t>;
    // A dataset is known by its fingerprint (content, schema, roles): stored once, shared by runs.
    Statement st(
        m_db, updateDatasheet
                  ? "INSERT INTO datasets(name, path, sha256, fingerprint, rows, columns, schema_json, "
                    "origin, licence, "
                    "consent, purpose, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON "
                    "CONFLICT(fingerprint) DO "
                    "UPDATE SET name = excluded.name, origin = excluded.origin, licence = excluded.licence, "
                    "consent = excluded.consent, purpose = excluded.purpose"
                  : "INSERT INTO datasets(name, path, sha256, fingerprint, rows, columns, schema_json, "
                    "origin, licence, "
                    "consent, purpose, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON "
                    "CONFLICT(fingerprint) DO "
                    "NOTHING");
    st.bind(1, d.name);
    st.bind(2, d.path);
    st.bind(3, d.sha256);
    st.bind(4, d.fingerprint);
    st.bind(5, d.rows);
    st.bind(6, d.columns);
    st.bindText(7, d.schemaJson);
    st.bind(8, d.origin);
    st.bind(9, d.licence);
    st.bind(10, d.consent);
    st.bind(11, d.purpose);
    st.bind(12, detail::nowUtc());
    if (st.step() != SQLITE_DONE) return Result::failure(QString::fromUtf8(sqlite3_errmsg(m_db)));
    Statement find(m_db, "SELECT id FROM datasets WHERE fingerprint = ?");
    find.bind(1, d.fingerprint);
    if (find.step() != SQLITE_ROW) return Result::failure(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return find.integer(0);
}

Expected<std::int64_t> ProjectStore::addDataset(const DatasetRecord& d)
{
    return addDatasetVersion(d, 0);
}

Expected<std::int64_t> ProjectStore::addDatasetVersion(const DatasetRecord& d, std::int64_t parentId,
                                                       const QJsonObject& derivation)
{
    using Result = Expected<std::int64_t>;
    std::int64_t id = 0;
    const QString err = writeTransaction(tr("Adding the dataset '%1'").arg(d.name), [&]() -> QString {
        if (parentId > 0) {
            Statement parent(m_db, "SELECT count(*) FROM datasets WHERE id = ?");
            parent.bind(1, parentId);
            if (parent.step() != SQLITE_ROW || parent.integer(0) != 1)
                return tr("There is no dataset %1 to make a new version of.").arg(parentId);
        }
        const auto stored = upsertDatasetInTransaction(d, true);
        if (!stored) return stored.error();
        id = *stored;
        QJsonObject details{{QStringLiteral("dataset"), qint64(id)},
                            {QStringLiteral("sha256"), d.sha256},
                            {QStringLiteral("fingerprint"), d.fingerprint},
                            {QStringLiteral("path"), d.path}};
        if (parentId > 0) {
            details[QStringLiteral("version_of")] = qint64(parentId);
            details[QStringLiteral("schema")] = QJsonDocument::fromJson(d.schemaJson).object();
        }
        if (!derivation.isEmpty()) details[QStringLiteral("derivation")] = derivation;
        return appendAuditInTransaction(QStringLiteral("dataset.added"), d.name, details);
    });
    if (!err.isEmpty()) return Result::failure(err);
    return id;
}

Expected<QStringList> ProjectStore::assessmentKeys() const
{
    Statement st(m_db, "SELECT key FROM assessment ORDER BY key");
    if (!st.prepared()) return Expected<QStringList>::failure(sqlError(tr("Reading the assessment")));
    QStringList keys;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW)
        keys << st.text(0);
    if (rc != SQLITE_DONE) return Expected<QStringList>::failure(sqlError(tr("Reading the assessment")));
    return keys;
}

Expected<std::int64_t> ProjectStore::addEvidence(const QString& filePath, const QString& description)
{
    using Result = Expected<std::int64_t>;
    if (QString err = requireWritable(); !err.isEmpty()) return Result::failure(err);
    QFile f(filePath);
    if (!f.open(QIODevice::ReadOnly))
        return Result::failure(tr("Cannot read the evidence file '%1': %2.").arg(filePath, f.errorString()));
    if (f.size() > 256LL * 1024 * 1024)
        return Result::failure(
            tr("The evidence file '%1' is larger than 256 MiB; store a reference to it instead.")
                .arg(filePath));
    const QByteArray content = f.readAll();
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const QString name = QFileInfo(filePath).fileName();
    std::int64_t id = 0;
    const QString err = writeTransaction(tr("Adding the evidence file '%1'").arg(name), [&]() -> QString {
        Statement st(m_db, "INSERT INTO evidence(name, description, sha256, size, content, added_at) VALUES "
                           "(?, ?, ?, ?, ?, ?)");
        st.bind(1, name);
        st.bind(2, description);
        st.bind(3, sha);
        st.bind(4, std::int64_t(content.size()));
        st.bindBlob(5, content.constData(), std::size_t(content.size()));
        st.bind(6, detail::nowUtc());
        if (st.step() != SQLITE_DONE) return QString::fromUtf8(sqlite3_errmsg(m_db));
        id = sqlite3_last_insert_rowid(m_db);
        return appendAuditInTransaction(QStringLiteral("evidence.added"), name,
                                        QJsonObject{{QStringLiteral("evidence"), qint64(id)},
                                                    {QStringLiteral("sha256"), sha},
                                                    {QStringLiteral("size"), qint64(content.size())}});
    });
    if (!err.isEmpty()) return Result::failure(err);
    return id;
}

Expected<std::int64_t> ProjectStore::datasetRunCount(std::int64_t datasetId) const
{
    Statement st(m_db, "SELECT count(*) FROM runs WHERE dataset_id = ?");
    st.bind(1, datasetId);
    if (!st.prepared() || st.step() != SQLITE_ROW)
        return Expected<std::int64_t>::failure(sqlError(tr("Reading the runs of dataset %1").arg(datasetId)));
    return st.integer(0);
}

QString ProjectStore::renameDataset(std::int64_t datasetId, const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) return tr("A dataset needs a name.");
    return writeTransaction(tr("Renaming dataset %1").arg(datasetId), [&]() -> QString {
        Statement old(m_db, "SELECT name FROM datasets WHERE id = ?");
        old.bind(1, datasetId);
        if (old.step() != SQLITE_ROW) return tr("There is no dataset %1.").arg(datasetId);
        const QString previous = old.text(0);
        Statement st(m_db, "UPDATE datasets SET name = ? WHERE id = ?");
        st.bind(1, trimmed);
        st.bind(2, datasetId);
        if (st.step() != SQLITE_DONE) return QString::fromUtf8(sqlite3_errmsg(m_db));
        return appendAuditInTransaction(QStringLiteral("dataset.renamed"), trimmed,
                                        QJsonObject{{QStringLiteral("dataset"), qint64(datasetId)},
                                                    {QStringLiteral("from"), previous},
                                                    {QStringLiteral("to"), trimmed}});
    });
}

QString ProjectStore::deleteDataset(std::int64_t datasetId)
{
    return writeTransaction(tr("Deleting dataset %1").arg(datasetId), [&]() -> QString {
        Statement old(m_db, "SELECT name, fingerprint, sha256 FROM datasets WHERE id = ?");
        old.bind(1, datasetId);
        if (old.step() != SQLITE_ROW) return tr("There is no dataset %1.").arg(datasetId);
        Statement used(m_db, "SELECT id FROM runs WHERE dataset_id = ? ORDER BY id");
        used.bind(1, datasetId);
        QStringList runs;
        while (used.step() == SQLITE_ROW)
            runs << QString::number(used.integer(0));
        if (!runs.isEmpty())
            return tr("The dataset '%1' is used by run %2, so it is kept: the runs' evidence refers to it.")
                .arg(old.text(0), runs.join(QStringLiteral(", ")));
        const QJsonObject details{{QStringLiteral("dataset"), qint64(datasetId)},
                                  {QStringLiteral("name"), old.text(0)},
                                  {QStringLiteral("fingerprint"), old.text(1)},
                                  {QStringLiteral("sha256"), old.text(2)}};
        Statement st(m_db, "DELETE FROM datasets WHERE id = ?");
        st.bind(1, datasetId);
        if (st.step() != SQLITE_DONE) return QString::fromUtf8(sqlite3_errmsg(m_db));
        return appendAuditInTransaction(QStringLiteral("dataset.deleted"),
                                        details.value(QStringLiteral("name")).toString(), details);
    });
}

Expected<std::int64_t> ProjectStore::addFinalReport(const QString& fileName, const QString& format,
                                                    const QByteArray& content, const QJsonObject& details)
{
    using Result = Expected<std::int64_t>;
    if (m_schemaVersion < 3)
        return Result::failure(tr("This project has schema %1; final reports need schema 3 (open it for "
                                  "writing once to upgrade).")
                                   .arg(m_schemaVersion));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    std::int64_t id = 0;
    const QString err = writeTransaction(tr("Storing the final report '%1'").arg(fileName), [&]() -> QString {
        Statement st(m_db, "INSERT INTO reports(created_at, state, format, file_name, sha256, size, content) "
                           "VALUES (?, 'final', ?, ?, ?, ?, ?)");
        st.bind(1, detail::nowUtc());
        st.bind(2, format);
        st.bind(3, fileName);
        st.bind(4, sha);
        st.bind(5, std::int64_t(content.size()));
        st.bindBlob(6, content.constData(), std::size_t(content.size()));
        if (st.step() != SQLITE_DONE) return QString::fromUtf8(sqlite3_errmsg(m_db));
        id = sqlite3_last_insert_rowid(m_db);
        QJsonObject d = details;
        d[QStringLiteral("report")] = qint64(id);
        d[QStringLiteral("sha256")] = sha;
        d[QStringLiteral("size")] = qint64(content.size());
        d[QStringLiteral("format")] = format;
        return appendAuditInTransaction(QStringLiteral("report.finalised"), fileName, d);
    });
    if (!err.isEmpty()) return Result::failure(err);
    return id;
}

Expected<std::vector<ReportRecord>> ProjectStore::finalReports() const
{
    using Result = Expected<std::vector<ReportRecord>>;
    std::vector<ReportRecord> out;
    if (m_schemaVersion < 3) return out;
    Statement st(m_db,
                 "SELECT id, created_at, state, format, file_name, sha256, size FROM reports ORDER BY id");
    if (!st.prepared()) return Result::failure(sqlError(tr("Reading the final reports")));
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW)
        out.push_back({st.integer("id"), st.text("created_at"), st.text("state"), st.text("format"),
                       st.text("file_name"), st.text("sha256"), st.integer("size")});
    if (rc != SQLITE_DONE) return Result::failure(sqlError(tr("Reading the final reports")));
    return out;
}

Expected<QByteArray> ProjectStore::finalReportContent(std::int64_t reportId) const
{
    using Result = Expected<QByteArray>;
    if (m_schemaVersion < 3) return Result::failure(tr("This project holds no final reports."));
    Statement st(m_db, "SELECT content FROM reports WHERE id = ?");
    st.bind(1, reportId);
    const int rc = st.step();
    if (rc == SQLITE_DONE) return Result::failure(tr("There is no final report %1.").arg(reportId));
    if (rc != SQLITE_ROW) return Result::failure(sqlError(tr("Reading the final report")));
    return st.blob(0);
}

AuditChange auditChange(const AuditEntry& entry)
{
    const QJsonObject d = QJsonDocument::fromJson(entry.detailsJson).object();
    auto text = [](const QJsonValue& v) -> QString {
        if (v.isObject())
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        if (v.isArray()) return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        if (v.isNull()) return QStringLiteral("null");
        return v.toVariant().toString();
    };
    AuditChange c;
    if (d.contains(QStringLiteral("old")) || d.contains(QStringLiteral("new"))) {
        c.oldValue = text(d.value(QStringLiteral("old")));
        c.newValue = text(d.value(QStringLiteral("new")));
    } else if (d.contains(QStringLiteral("old_name")) || d.contains(QStringLiteral("new_name"))) {
        c.oldValue = d.value(QStringLiteral("old_name")).toString();
        c.newValue = d.value(QStringLiteral("new_name")).toString();
    }
    return c;
}

} // namespace privaudit::project
