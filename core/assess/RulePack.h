#pragma once

#include "common/Expected.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace privaudit::assess {

/// The rule-pack format this build reads ("format_version").
inline constexpr int kRulePackFormatVersion = 1;

/// When an obligation applies: the date in the 2024 text and the date after Regulation (EU) 2026/1744.
/// An original date is absent for provisions the amendment created.
struct ApplicationDates
{
    std::optional<QDate> original;
    QDate amended;
};

/// One checklist item of a rule pack.
struct RuleItem
{
    QString id;
    QString group;   ///< heading the checklist groups by ("Art 5 Prohibited practices", "GDPR", ...)
    QString article; ///< article reference ("Art 5(1)(f)")
    QString question;
    QStringList appliesTo; ///< "provider", "deployer", "controller", "all", ...
    QStringList answers;   ///< the answer scale: yes, no, partial, n.a.
    QStringList evidence;  ///< kinds of evidence that can be attached
    QString source;        ///< citation, resolved through the pack's sources (S1, S2, ...)
    /// always, high-risk, derogation, personal-data, gpai, gpai-systemic, art50-1 .. art50-4
    QString applicableWhen;
    QString kind; ///< "screening" (a fact the classification reads) or "obligation"
    std::optional<ApplicationDates> appliesFrom;
    std::optional<ApplicationDates> appliesFromAnnexI; ///< high-risk items reached through Art 6(1)
    std::optional<ApplicationDates>
        appliesFromLegacy;      ///< Art 50(2) for systems on the market before 2 Aug 2026
    QStringList blockerAnswers; ///< answers that make the system prohibited (Art 5)
    QString linksRuns;          ///< run kind whose results count as evidence ("membership-inference")
};

/// A versioned, validated set of items (EU AI Act, GDPR, NIST AI RMF, privacy risk).
struct RulePack
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::assess::RulePack)

public:
    QString id;
    QString title;
    QString version;
    QString sourceNote;
    QMap<QString, QString> sources; ///< S1 -> full citation
    std::vector<RuleItem> items;

    /// Parses and validates a pack; errors name the file, the item (by id or position) and the field.
    static Expected<RulePack> parse(const QByteArray& json, const QString& name);
    /// Applies a translation file (resources/rulepacks/i18n/<pack>.<language>.json) to a parsed pack:
    /// title, source note, group headings and questions; ids, articles, answers and dates stay as
    /// they are. It must name this pack and version, translate every item and group and nothing else,
    /// and keep every article reference ("Art 5(1)(f)", "Annex III") a question cites.
    static Expected<RulePack> translated(const RulePack& pack, const QByteArray& json, const QString& name);
    /// The packs built into the application (resources/rulepacks), in `language` where a translation
    /// ships ("de", "fr"); English otherwise. The default is the interface language.
    static Expected<std::vector<RulePack>> builtIn(const QString& language = {});
    [[nodiscard]] const RuleItem* find(const QString& itemId) const;
};

/// Looks an item up across packs.
const RuleItem* findItem(const std::vector<RulePack>& packs, const QString& itemId);

} // namespace privaudit::assess
