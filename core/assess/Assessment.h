#pragma once

#include "assess/AiActClassification.h"
#include "assess/RiskMatrix.h"
#include "assess/RulePack.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <vector>

namespace privaudit::project {
class ProjectStore;
}

namespace privaudit::assess {

/// The assessment export format ("format_version").
inline constexpr int kAssessmentFormatVersion = 1;

struct ChecklistAnswer
{
    QString answer; ///< yes, no, partial, n.a.; empty = unanswered
    QString comment;
    QString owner;
    QDate due;
    /// Attachments: {"kind": "file", "evidence": id, "name", "sha256"} or {"kind": "run", "run": id}.
    QJsonArray evidence;

    [[nodiscard]] QJsonObject toJson() const;
    static ChecklistAnswer fromJson(const QJsonObject& o);
    bool operator==(const ChecklistAnswer& other) const = default;
};

struct MatrixCell
{
    QString threat;
    QString stage;
    int severity = 0;   ///< 1-4, 0 = not assessed
    int likelihood = 0; ///< 1-4, 0 = not assessed
    int suggestedSeverity = 0;
    int suggestedLikelihood = 0;
    std::vector<StoredText> suggestionReasons; ///< rendered in the reader's language
    QStringList controls;
    QString rationale;
    QString owner;

    [[nodiscard]] std::pair<int, int> residual() const;
    [[nodiscard]] QJsonObject toJson() const;
    static MatrixCell fromJson(const QJsonObject& o);
};

/// A matrix cell whose stored suggestion the current evidence would change.
struct StaleSuggestion
{
    QString threat, stage;
    QString reason; ///< translated
};

/// The measurements a suggestion read, by family.
struct ProjectEvidence
{
    std::vector<AttackEvidence> membership;
    std::vector<AttributeEvidence> attribute;
    std::vector<MemorisationEvidence> memorisation;     ///< one per repetition level of a canary run
    std::vector<CounterfactualEvidence> counterfactual; ///< one per membership run with reference models
    std::vector<ReconstructionEvidence> inversion;      ///< one per informed-reconstruction run
    std::vector<MiFaceEvidence> miFace;                 ///< one per MI-Face run
    [[nodiscard]] std::size_t size() const
    {
        return membership.size() + attribute.size() + memorisation.size() + counterfactual.size() +
               inversion.size() + miFace.size();
    }
    /// Measurements the memorisation row reads (canary levels, counterfactual memorisation).
    [[nodiscard]] bool hasMemorisation() const { return !memorisation.empty() || !counterfactual.empty(); }
};

/// A project's privacy assessment: the checklist answers (the screening answers drive the AI Act
/// classification), the risk matrix and its settings. Stored in the project's assessment table, one key
/// per item and per cell, every change in the audit trail; exported as JSON (stable, documented),
/// CSV and Markdown.
class Assessment
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::assess::Assessment)

public:
    Assessment(); ///< every matrix cell present, not assessed

    QString role = QStringLiteral("provider");
    QString accessMode = QStringLiteral("api-full-scores");
    bool vulnerableSubjects = false;
    bool membershipSensitive = false;
    LikelihoodThresholds thresholds;
    QMap<QString, ChecklistAnswer> checklist;
    std::vector<MatrixCell> cells;

    [[nodiscard]] MatrixCell* cell(const QString& threat, const QString& stage);
    [[nodiscard]] const MatrixCell* cell(const QString& threat, const QString& stage) const;
    [[nodiscard]] ClassificationInput classificationInput(const QDate& today = QDate::currentDate()) const;

    [[nodiscard]] QJsonObject toJson(const std::vector<RulePack>& packs,
                                     const QDate& today = QDate::currentDate()) const;
    static Expected<Assessment> fromJson(const QByteArray& json, const std::vector<RulePack>& packs);
    [[nodiscard]] QByteArray checklistCsv(const std::vector<RulePack>& packs,
                                          const QDate& today = QDate::currentDate()) const;
    [[nodiscard]] QByteArray matrixCsv() const;
    [[nodiscard]] QByteArray markdown(const std::vector<RulePack>& packs,
                                      const QDate& today = QDate::currentDate()) const;

    static Expected<Assessment> load(const project::ProjectStore& store);
    /// Writes what differs from the stored assessment (one audited change per item or cell).
    QString save(project::ProjectStore& store) const;

    /// Fills the suggested likelihoods of the membership-inference cells from the project's completed
    /// membership runs and those of the attribute-inference cells from its attribute-inference runs (both
    /// at training and deployment), and the suggested severities from its datasets' sensitive
    /// columns. @p runIds limits the evidence to those runs (empty: every completed run, for example
    /// when only the released model's runs should count). Returns the evidence used.
    ProjectEvidence suggestFromProject(const project::ProjectStore& store, const QList<qint64>& runIds = {});
    /// The cells whose stored suggested likelihood differs from what the model under review's current
    /// runs suggest (a newer run, a changed designation): out of date until suggested again. Empty when no
    /// model under review is designated.
    [[nodiscard]] std::vector<StaleSuggestion> staleSuggestions(const project::ProjectStore& store) const;
};

} // namespace privaudit::assess
