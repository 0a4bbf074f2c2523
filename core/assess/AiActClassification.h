#pragma once

#include "assess/RulePack.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <vector>

namespace privaudit::assess {

/// The screening answers a classification reads: item id -> yes, no, partial or n.a., and the role.
struct ClassificationInput
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::assess::ClassificationInput)

public:
    QString role = QStringLiteral("provider"); ///< provider, deployer, importer, distributor
    QMap<QString, QString> answers;
    QDate today = QDate::currentDate();

    /// {"role": "provider", "today": "2026-11-24" (optional), "answers": {"AIA-ART5-F": "no", ...}}
    static Expected<ClassificationInput> fromJson(const QByteArray& json, const std::vector<RulePack>& packs);
    [[nodiscard]] QJsonObject toJson() const;
};

struct ReasoningStep
{
    QString article;
    QString text; ///< translated
};

struct ApplicableObligation
{
    QString itemId;
    QString article;
    QString question;
    std::optional<QDate> originalDate;
    QDate date;     ///< the date that applies now (amended text); invalid when the item has none
    QString status; ///< translated: "applies since ...", "applies from ... (in N days)"
};

/// Where the system falls under the AI Act (tiers stack: high-risk and transparency, GPAI), why, and
/// what it must do by when. Art 5 findings are blockers.
struct Classification
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::assess::Classification)

public:
    bool inScope = true;
    bool prohibited = false;
    bool highRisk = false;
    QString highRiskRoute;   ///< "annex-i", "annex-iii", "annex-i+annex-iii" or empty
    bool derogation = false; ///< Annex III system relying on Art 6(3)
    bool transparency = false;
    bool transparencyDuty[4] = {false, false, false, false}; ///< Art 50(1)-(4)
    bool gpai = false;
    bool gpaiSystemic = false;
    bool personalData = true;
    QString role = QStringLiteral("provider");
    /// "out-of-scope", "prohibited", "high-risk", "transparency", "minimal" (all answered) or
    /// "provisional" (nothing established yet), "gpai", "gpai-systemic"
    QStringList tiers;
    QStringList blockers;   ///< translated Art 5 findings
    QStringList unanswered; ///< relevant screening items without an answer: the classification is provisional
    int screeningTotal = 0; ///< relevant screening items (answered or not)
    bool provisional = false; ///< some relevant screening question is unanswered: no tier is asserted from it
    std::vector<ReasoningStep> reasoning;
    std::vector<ApplicableObligation> obligations;

    static Classification classify(const ClassificationInput& input, const std::vector<RulePack>& packs);
    /// Whether a checklist item applies to a system classified like this.
    [[nodiscard]] bool applies(const RuleItem& item) const;
    [[nodiscard]] QString tierText() const;
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace privaudit::assess
