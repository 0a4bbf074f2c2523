#pragma once

#include "assess/Assessment.h"
#include "assess/Review.h"
#include "attack/attribute/AttributeRunSummary.h"
#include "attack/MembershipRunSummary.h"
#include "attack/OneRunAuditSummary.h"
#include "common/Expected.h"
#include "governance/Datasheet.h"
#include "governance/PiiScan.h"
#include "governance/ReidentificationRisk.h"
#include "metrics/AttributeMetrics.h"
#include "metrics/MembershipMetrics.h"
#include "project/ProjectStore.h"
#include "report/CounterfactualSection.h"
#include "report/InversionSection.h"
#include "report/MemorisationSection.h"
#include "report/MiFaceSection.h"
#include "report/SubgroupSection.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <vector>

namespace privaudit::report {

/// Section ids, in report order.
QStringList sectionIds();
QString sectionTitle(const QString& id); ///< translated
QSet<QString> allSections();
/// How a reader checks later that a project still holds the history a report quotes: a translated lead
/// and the shell command (two lines joined by a backslash, so that it copies whole from a PDF).
QString headCheckLead();
QString headCheckCommand(const QString& projectPath, const QString& head);

struct ReportOptions
{
    QSet<QString> sections = allSections();
    QString assessor;
    QDate date = QDate::currentDate();
    bool final = false; ///< asked for a final report: allowed only when ReportContent::finalMissing is empty
};

/// A dataset of the model under review, as the report's data section shows it.
struct DataSection
{
    project::DatasetRecord dataset;
    struct ColumnInfo
    {
        QString name, type, role;
        qint64 missing = 0;
        QString excludedBecause; ///< translated; empty when the column is a model input or the label
    };
    std::vector<ColumnInfo> columns;
    QMap<QString, qint64> classBalance; ///< label value -> rows the run used
    QStringList notes;                  ///< what the import decided (from the run)

    // Dataset governance (issue 18), computed from the file when it is still the registered one.
    QString governanceNote; ///< translated: why the scan and the risk are missing; empty when present
    std::vector<governance::ColumnScan> scans;
    std::optional<governance::ReidentificationRisk> risk; ///< over the scan's quasi-identifiers
    governance::Datasheet datasheet;
    bool datasheetStored = false; ///< false: started from the import's fields, never saved
    governance::Datasheet::Completeness completeness;
};

/// A risk-matrix cell whose suggestion the current evidence would change.
struct StaleCell
{
    QString threat, stage;
    QString reason; ///< translated
};

struct CurvePoint
{
    double x = 0.0;
    double y = 0.0;
};

/// One attack on one run: its stored statistics and what the report draws.
struct AttackSection
{
    qint64 resultId = 0;
    QString attack;
    QString variant;
    metrics::AttackMetrics metrics;   ///< as stored
    std::vector<CurvePoint> roc;      ///< (FPR, TPR), thinned for drawing in log-log scale
    std::vector<int> memberHistogram; ///< score histograms on a shared grid
    std::vector<int> nonMemberHistogram;
    double histogramLow = 0.0;
    double histogramHigh = 1.0;
    struct Exposed
    {
        qint64 row = 0;
        double score = 0.0;
        bool member = false;
    };
    std::vector<Exposed> mostExposed; ///< row ids and scores only: no dataset values
};

struct RunSection
{
    project::RunRecord run;
    attack::MembershipRunSummary summary; ///< run.summary, typed
    QString model;                        ///< spec text
    QString modelSha256;
    QString datasetName;
    QString datasetFingerprint;
    bool dp = false;
    bool underReview = false; ///< a run of the model under review (else a comparison)
    QStringList warnings; ///< translated: a recipe that cannot learn, a target no better than the baseline
    QString dpStatement;  ///< translated paragraphs
    std::vector<AttackSection> attacks;
};

struct SweepSection
{
    qint64 runId = 0;
    QString name;
    double delta = 1e-5;
    /// Per target epsilon (infinity last): mean accuracy and the worst attack AUC.
    std::vector<double> epsilons;
    std::vector<double> accuracy;
    std::vector<double> attackAuc;
};

/// A one-run privacy audit of the project (differential privacy section): what it measured and its
/// verdict against the accountant.
struct AuditSection
{
    qint64 runId = 0;
    QString name;
    attack::OneRunAuditSummary summary;
};

/// An attribute-inference run (attribute section): what was inferred, each attack against the imputation
/// baseline, and the findings the intervals allow.
struct AttributeSection
{
    qint64 runId = 0;
    QString name;
    bool underReview = false;
    attack::AttributeRunSummary summary;
    std::vector<metrics::AttributeMetrics> attacks; ///< stored order, the imputation baseline among them
    QStringList findings;                           ///< translated

    /// The section of a completed attribute-inference run (underReview left false).
    static Expected<AttributeSection> read(const project::ProjectStore& store, const project::RunRecord& run);
};

/// Everything the audit report shows, read from one project: the data behind the PDF and the HTML,
/// so every number is traceable to the file. User-entered text is kept as entered; the renderers
/// escape it.
struct ReportContent
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::report::ReportContent)

public:
    ReportOptions options;
    QString generatedAt;
    QString softwareVersion;
    project::ProjectInfo project;
    QString modelName;
    QString modelSha256;
    QStringList datasetFingerprints;
    QString overallRisk; ///< translated risk level of the highest residual cell, or "not assessed"
    QStringList findings;
    QStringList nextSteps;
    QStringList missing;     ///< what the project lacks for a complete audit (translated)
    QStringList comparisons; ///< translated: one line per comparison run (not findings)
    assess::ModelUnderReview review;
    QString auditHead;        ///< hash of the newest audit row when the report was built
    QStringList finalMissing; ///< what a final report still needs (empty: it can be final)
    bool isFinal = false;     ///< options.final and nothing missing
    std::vector<DataSection> data;
    std::vector<StaleCell> staleCells;
    std::vector<RunSection> runs;
    std::vector<SweepSection> sweeps;
    std::vector<AuditSection> audits;
    std::vector<AttributeSection> attributes;
    std::vector<MemorisationSection> memorisation;
    std::vector<InversionSection> inversions;          ///< informed-reconstruction runs
    std::vector<SubgroupSection> subgroups;            ///< saved subgroup analyses (jobs::SavedSubgroups)
    std::vector<MiFaceSection> miFaces;                ///< MI-Face runs
    std::vector<CounterfactualSection> counterfactual; ///< membership runs with reference models
    std::vector<assess::RulePack> packs;
    assess::Assessment assessment;
    assess::Classification classification;
    project::VerifyReport verification;
    std::vector<project::AuditEntry> auditTrail;
    QMap<QString, int> auditActions;
    QStringList limitations;
    QString environment; ///< software versions of the newest run (or this process)

    static Expected<ReportContent> build(const project::ProjectStore& store, const ReportOptions& options);
    [[nodiscard]] bool has(const QString& section) const { return options.sections.contains(section); }
    /// Takes @p changed's sections, assessor and final request without reading the project again (what
    /// the report dialog's check boxes change); the date stays the one the content was built for.
    void applyOptions(const ReportOptions& changed);

    /// Number formats shared by the renderers and the tests.
    static QString formatProbability(double v); ///< 4 decimals
    static QString formatEpsilon(double v);     ///< 2 decimals, "∞" for infinity
};

/// The attribute section's texts, shared by the HTML and the PDF (translated).
QString attributeHeading(const AttributeSection& a);
QString attributeScope(const AttributeSection& a);
QStringList attributeColumns();
std::vector<QStringList> attributeRows(const AttributeSection& a);
QString attributeMethod();
QString attributeNone(); ///< the section's text when the project has no attribute run

/// The same content as a self-contained HTML page (user text escaped).
QByteArray reportHtml(const ReportContent& content);

} // namespace privaudit::report
