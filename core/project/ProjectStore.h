#pragma once

#include "common/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace privaudit::project {

/// The newest schema this build writes. Schema 1: project, datasets, models, runs, results, audit
/// trail. Schema 2: assessment values (checklist answers, risk matrix), evidence files, run process ids.
inline constexpr int kSchemaVersion = 3;
/// PRAGMA application_id of a .privaudit file ("PAUD").
inline constexpr std::int32_t kApplicationId = 0x50415544;

enum class RunStatus
{
    Running,
    Completed,
    Failed,
    Cancelled
};
QString runStatusName(RunStatus status);

struct ProjectInfo
{
    QString path;
    QString name;
    QString createdAt;
    QString createdBy;
    QString createdWithVersion;
    int schemaVersion = 0;
    bool readOnly = false;
    QString readOnlyReason;
    std::int64_t datasets = 0;
    std::int64_t models = 0;
    std::int64_t runs = 0;
    std::int64_t results = 0;
    std::int64_t auditRows = 0;
    QString auditHeadHash; ///< hash of the newest audit row: keep it with a signed report
};

/// A dataset a run used: where it came from, its hashes, schema and the datasheet fields an auditor asks for.
struct DatasetRecord
{
    std::int64_t id = 0;
    QString name;
    QString path;
    QString sha256;      ///< of the source bytes
    QString fingerprint; ///< content, schema and roles
    std::int64_t rows = 0;
    std::int64_t columns = 0;
    QByteArray schemaJson; ///< column names, types and roles
    QString origin;
    QString licence;
    QString consent;
    QString purpose;
    QString addedAt;
};

/// The stored name of a model trained here: language-neutral, translated for display by modelDisplayName().
inline constexpr const char* kTrainedModelName = "Target model";
/// A model's name in the interface language (the stored name for files and user-given names).
QString modelDisplayName(const QString& storedName);

/// A target model: trained here (spec and training recipe), a TorchScript file or a predictions file.
struct ModelRecord
{
    std::int64_t id = 0;
    std::int64_t runId = 0;
    QString name;
    QString kind; ///< "trained", "torchscript", "predictions"
    QString spec;
    QString path;
    QString sha256;
    QByteArray weights; ///< TorchScript bytes for models trained here (may be empty)
    QJsonObject dp;     ///< noise multiplier, sampling rate, steps, epsilon, delta, accountant
    QJsonObject training;
};

struct RunRecord
{
    std::int64_t id = 0;
    QString name;
    QString kind; ///< "membership-inference", ...
    QByteArray specJson;
    QString specSha256;
    RunStatus status = RunStatus::Running;
    std::uint64_t seed = 0;
    QString startedAt;
    QString finishedAt;
    double seconds = 0.0;
    QJsonObject software; ///< versions of PrivAudit, Qt, LibTorch, SQLite, BLAS
    QString host;
    QString user;
    std::int64_t pid = 0;
    QString message;      ///< failure or cancel reason
    QJsonObject summary;  ///< run-level figures (accuracies, epsilon, ...)
    bool interrupted = false; ///< status running, but its process on this host is gone (crash or kill)
    std::int64_t datasetId = 0; ///< the dataset a completed run used (0: none)
};

/// Per-record attack scores: stored compactly (little-endian doubles, packed membership bits, row ids).
struct RecordScores
{
    std::vector<double> scores;
    std::vector<bool> members;
    std::vector<std::int64_t> rowIds;
};

struct ResultRecord
{
    std::int64_t id = 0;
    std::int64_t runId = 0;
    QString attack;
    QString variant;
    QByteArray metricsJson;
    std::int64_t records = 0;
    QString sha256; ///< over attack, variant, metrics and the score blobs
};

/// What a finished run stores, written in one transaction with its audit row.
struct RunOutcome
{
    std::optional<DatasetRecord> dataset;
    std::vector<ModelRecord> models;
    struct Result
    {
        QString attack;
        QString variant;
        QByteArray metricsJson;
        RecordScores scores;
    };
    std::vector<Result> results;
    QJsonObject summary;
};

struct AuditEntry
{
    std::int64_t seq = 0;
    QString at; ///< ISO 8601, UTC
    QString user;
    QString host;
    QString action; ///< "project.created", "run.started", "run.completed", ...
    QString subject;
    QByteArray detailsJson;
    QString previousHash;
    QString hash;
};

/// A final report kept in the project (schema 3).
struct ReportRecord
{
    std::int64_t id = 0;
    QString createdAt;
    QString state; ///< "final"
    QString format;
    QString fileName;
    QString sha256;
    std::int64_t size = 0;
};

/// The old and the new value an audit row records (assessment edits, renames), as compact JSON text;
/// empty when the row records no change of a value.
struct AuditChange
{
    QString oldValue;
    QString newValue;
};
AuditChange auditChange(const AuditEntry& entry);

struct VerifyReport
{
    bool ok = true;
    QStringList problems;              ///< translated, one per finding
    std::int64_t firstBrokenAuditRow = 0; ///< 0 when the chain is intact
    std::int64_t auditRows = 0;
    std::int64_t resultsChecked = 0;
};

/// One .privaudit project file (SQLite, WAL, foreign keys, untrusted schema). One object is one
/// connection: use it from one thread at a time and open another object for another thread (SQLite
/// serialises the writers). Every write is one transaction together with its audit-trail row; the
/// audit trail is append-only (triggers refuse UPDATE and DELETE) and hash-chained.
class ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::project::ProjectStore)

public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    /// Creates a new project; refuses to overwrite an existing file.
    static Expected<std::unique_ptr<ProjectStore>> create(const QString& path, const QString& name);
    /// Opens a project. A file that is not SQLite, is truncated, or is SQLite but not a PrivAudit
    /// project gives an error naming the problem; a project from a newer schema opens read-only (see
    /// readOnlyReason()); an older one is migrated stepwise in one transaction.
    static Expected<std::unique_ptr<ProjectStore>> open(const QString& path, Access access = Access::ReadWrite);
    /// For migration tests: a project created at an older schema @p version (1 .. kSchemaVersion).
    static Expected<std::unique_ptr<ProjectStore>> createAtSchemaVersion(const QString& path, const QString& name,
                                                                         int version);

    ~ProjectStore();
    ProjectStore(const ProjectStore&) = delete;
    ProjectStore& operator=(const ProjectStore&) = delete;

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    [[nodiscard]] const QString& readOnlyReason() const { return m_readOnlyReason; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    /// Messages from opening (for example a migration that ran), translated.
    [[nodiscard]] const QStringList& notices() const { return m_notices; }

    Expected<ProjectInfo> info() const;

    // Runs. beginRun() records the start (status running); completeRun() and endRun() close it.
    Expected<std::int64_t> beginRun(const RunRecord& run);
    QString completeRun(std::int64_t runId, const RunOutcome& outcome, double seconds);
    QString endRun(std::int64_t runId, RunStatus status, const QString& message, double seconds);

    Expected<std::vector<RunRecord>> runs() const;
    Expected<RunRecord> run(std::int64_t runId) const;
    Expected<std::vector<ResultRecord>> results(std::int64_t runId) const;
    Expected<RecordScores> scores(std::int64_t resultId) const;
    Expected<std::vector<DatasetRecord>> datasets() const;
    Expected<std::vector<ModelRecord>> models(std::int64_t runId) const;

    /// Registers a dataset (imported in the GUI) with its datasheet; an already registered fingerprint
    /// returns its id and updates the datasheet. Audited.
    Expected<std::int64_t> addDataset(const DatasetRecord& dataset);
    /// Registers a new version of dataset @p parentId (the same file with other types or roles); the
    /// audit row names the version it replaces. The parent stays for the runs that used it.
    Expected<std::int64_t> addDatasetVersion(const DatasetRecord& dataset, std::int64_t parentId);
    /// Renames a dataset (audited with the old and the new name).
    QString renameDataset(std::int64_t datasetId, const QString& name);
    /// Removes a dataset that no run uses (audited); refused with a message naming the runs otherwise.
    QString deleteDataset(std::int64_t datasetId);
    /// How many runs used the dataset.
    Expected<std::int64_t> datasetRunCount(std::int64_t datasetId) const;

    // Assessment data (key -> JSON) and evidence files, each change audited.
    /// Audited as @p action with the old and the new value.
    QString setAssessmentValue(const QString& key, const QByteArray& json,
                               const QString& action = QStringLiteral("assessment.changed"));
    Expected<std::optional<QByteArray>> assessmentValue(const QString& key) const;
    Expected<QStringList> assessmentKeys() const;
    Expected<std::int64_t> addEvidence(const QString& filePath, const QString& description);

    /// Stores a final report as an immutable record (the file's bytes; audited with its SHA-256 as
    /// "report.finalised" with @p details added). Returns its id.
    Expected<std::int64_t> addFinalReport(const QString& fileName, const QString& format, const QByteArray& content,
                                          const QJsonObject& details);
    Expected<std::vector<ReportRecord>> finalReports() const; ///< without their content
    Expected<QByteArray> finalReportContent(std::int64_t reportId) const;

    /// Writes a consistent copy of the project to @p path (which must not exist), recording it in the
    /// audit trail first so the copy carries the record too.
    QString saveCopy(const QString& path);

    /// Appends an audit row for an event without other data (for example "report.exported").
    QString appendAudit(const QString& action, const QString& subject, const QJsonObject& details);
    Expected<std::vector<AuditEntry>> auditTrail() const;

    /// Integrity check, foreign keys, the append-only triggers, the audit hash chain, and every stored
    /// result, run spec and dataset against the hash its audit row recorded. Names the first broken row.
    VerifyReport verify() const;

    /// The SHA-256 (hex) of an audit row's content; exposed for tests and external verifiers.
    static QString auditRowHash(const AuditEntry& entry);
    static QByteArray encodeScores(const RecordScores& scores, QByteArray* members, QByteArray* rowIds);

private:
    ProjectStore() = default;
    static Expected<std::unique_ptr<ProjectStore>> openConnection(const QString& path, bool create, bool readOnly);
    QString migrate(int from, int to);
    QString exec(const char* sql) const;
    QString sqlError(const QString& context) const;
    /// Inside an open transaction: appends one chained audit row.
    QString appendAuditInTransaction(const QString& action, const QString& subject, const QJsonObject& details);
    QString requireWritable() const;
    /// One write transaction around @p body (which returns an error message or ""): committed when the
    /// body succeeds, rolled back otherwise, with a message naming @p context. Refused when read-only.
    QString writeTransaction(const QString& context, const std::function<QString()>& body);
    /// Inside an open transaction: inserts a dataset, or finds it by fingerprint (then updating its
    /// datasheet when @p updateDatasheet). Returns its id.
    Expected<std::int64_t> upsertDatasetInTransaction(const DatasetRecord& dataset, bool updateDatasheet);

    sqlite3* m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
    QStringList m_notices;
};

} // namespace privaudit::project
