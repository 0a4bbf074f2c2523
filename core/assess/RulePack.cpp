#include "assess/RulePack.h"

#include "common/Translations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace privaudit::assess {

namespace {

const QStringList kItemKeys = {QStringLiteral("id"),
                               QStringLiteral("group"),
                               QStringLiteral("article"),
                               QStringLiteral("question"),
                               QStringLiteral("applies_to"),
                               QStringLiteral("answers"),
                               QStringLiteral("evidence"),
                               QStringLiteral("source"),
                               QStringLiteral("applicable_when"),
                               QStringLiteral("kind"),
                               QStringLiteral("applies_from"),
                               QStringLiteral("applies_from_annex_i"),
                               QStringLiteral("applies_from_legacy"),
                               QStringLiteral("blocker_answers"),
                               QStringLiteral("links_runs")};
const QStringList kConditions = {QStringLiteral("always"),     QStringLiteral("high-risk"),
                                 QStringLiteral("derogation"), QStringLiteral("personal-data"),
                                 QStringLiteral("gpai"),       QStringLiteral("gpai-systemic"),
                                 QStringLiteral("art50-1"),    QStringLiteral("art50-2"),
                                 QStringLiteral("art50-3"),    QStringLiteral("art50-4")};
const QStringList kAnswerScale = {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("partial"),
                                  QStringLiteral("n.a.")};

/// Reads one item; the first problem becomes the error, naming the field.
class ItemReader
{
public:
    QString error;

    QString text(const QJsonObject& o, const char* key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required) return {};
        if (!v.isString() || (required && v.toString().trimmed().isEmpty()))
            fail(RulePack::tr("'%1' must be a non-empty string").arg(QLatin1String(key)));
        return v.toString();
    }
    QStringList list(const QJsonObject& o, const char* key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required) return {};
        QStringList out;
        if (!v.isArray() || (required && v.toArray().isEmpty())) {
            fail(RulePack::tr("'%1' must be a non-empty list of strings").arg(QLatin1String(key)));
            return out;
        }
        for (const QJsonValue& e : v.toArray()) {
            if (!e.isString()) fail(RulePack::tr("'%1' must contain only strings").arg(QLatin1String(key)));
            out << e.toString();
        }
        return out;
    }
    std::optional<ApplicationDates> dates(const QJsonObject& o, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) return std::nullopt;
        const QJsonObject d = v.toObject();
        ApplicationDates out;
        const QJsonValue original = d.value(QStringLiteral("original"));
        if (!original.isNull() && !original.isUndefined()) {
            out.original = QDate::fromString(original.toString(), Qt::ISODate);
            if (!out.original->isValid())
                fail(RulePack::tr("'%1.original' must be a date (YYYY-MM-DD) or null")
                         .arg(QLatin1String(key)));
        }
        out.amended = QDate::fromString(d.value(QStringLiteral("amended")).toString(), Qt::ISODate);
        if (!v.isObject() || !out.amended.isValid())
            fail(RulePack::tr("'%1.amended' must be a date (YYYY-MM-DD)").arg(QLatin1String(key)));
        return out;
    }
    void fail(const QString& message)
    {
        if (error.isEmpty()) error = message;
    }
};

} // namespace

Expected<RulePack> RulePack::parse(const QByteArray& json, const QString& name)
{
    using Result = Expected<RulePack>;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result::failure(tr("Rule pack '%1' is not valid JSON: %2 at byte %3.")
                                   .arg(name, parseError.errorString())
                                   .arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("privaudit.rulepack"))
        return Result::failure(
            tr("'%1' is not a PrivAudit rule pack (its \"format\" is not \"privaudit.rulepack\").")
                .arg(name));
    const int version = root.value(QStringLiteral("format_version")).toInt(-1);
    if (version != kRulePackFormatVersion)
        return Result::failure(tr("Rule pack '%1' has format version %2; this PrivAudit reads version %3.")
                                   .arg(name)
                                   .arg(root.value(QStringLiteral("format_version")).toVariant().toString())
                                   .arg(kRulePackFormatVersion));
    RulePack pack;
    pack.id = root.value(QStringLiteral("id")).toString();
    pack.title = root.value(QStringLiteral("title")).toString();
    pack.version = root.value(QStringLiteral("version")).toString();
    pack.sourceNote = root.value(QStringLiteral("source_note")).toString();
    if (pack.id.isEmpty() || pack.title.isEmpty() || pack.version.isEmpty())
        return Result::failure(tr("Rule pack '%1' needs an id, a title and a version.").arg(name));
    const QJsonObject sources = root.value(QStringLiteral("sources")).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it)
        pack.sources.insert(it.key(), it.value().toString());
    const QJsonValue items = root.value(QStringLiteral("items"));
    if (!items.isArray() || items.toArray().isEmpty())
        return Result::failure(tr("Rule pack '%1' has no items.").arg(name));
    QSet<QString> seen;
    int position = 0;
    for (const QJsonValue& value : items.toArray()) {
        ++position;
        const QJsonObject o = value.toObject();
        const QString label = o.value(QStringLiteral("id")).isString()
                                  ? o.value(QStringLiteral("id")).toString()
                                  : tr("number %1").arg(position);
        auto itemError = [&](const QString& message) {
            return Result::failure(tr("Rule pack '%1', item %2: %3.").arg(name, label, message));
        };
        if (!value.isObject()) return itemError(tr("an item must be a JSON object"));
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!kItemKeys.contains(it.key())) return itemError(tr("unknown field '%1'").arg(it.key()));
        ItemReader r;
        RuleItem item;
        item.id = r.text(o, "id", true);
        item.group = r.text(o, "group", true);
        item.article = r.text(o, "article", true);
        item.question = r.text(o, "question", true);
        item.appliesTo = r.list(o, "applies_to", true);
        item.answers = r.list(o, "answers", true);
        item.evidence = r.list(o, "evidence", false);
        item.source = r.text(o, "source", true);
        item.applicableWhen = r.text(o, "applicable_when", false);
        if (item.applicableWhen.isEmpty()) item.applicableWhen = QStringLiteral("always");
        item.kind = r.text(o, "kind", false);
        if (item.kind.isEmpty()) item.kind = QStringLiteral("obligation");
        item.appliesFrom = r.dates(o, "applies_from");
        item.appliesFromAnnexI = r.dates(o, "applies_from_annex_i");
        item.appliesFromLegacy = r.dates(o, "applies_from_legacy");
        item.blockerAnswers = r.list(o, "blocker_answers", false);
        item.linksRuns = r.text(o, "links_runs", false);
        if (!r.error.isEmpty()) return itemError(r.error);
        if (seen.contains(item.id)) return itemError(tr("the id is used twice"));
        seen.insert(item.id);
        for (const QString& a : item.answers)
            if (!kAnswerScale.contains(a))
                return itemError(tr("answer '%1' is not on the scale yes, no, partial, n.a.").arg(a));
        for (const QString& a : item.blockerAnswers)
            if (!item.answers.contains(a))
                return itemError(tr("blocker answer '%1' is not one of the item's answers").arg(a));
        if (!kConditions.contains(item.applicableWhen))
            return itemError(tr("applicable_when '%1' is not one of %2")
                                 .arg(item.applicableWhen, kConditions.join(QStringLiteral(", "))));
        if (item.kind != QLatin1String("screening") && item.kind != QLatin1String("obligation"))
            return itemError(tr("kind must be screening or obligation, got '%1'").arg(item.kind));
        pack.items.push_back(std::move(item));
    }
    return pack;
}

namespace {

/// The article and annex references a text cites, in order, language-neutral: "Art 5(1)(f)" stays
/// "Art 5(1)(f)" in every language and "Annex III" / "Anhang III" / "annexe III" become "Annex III".
QStringList citedReferences(const QString& text)
{
    static const QRegularExpression article(QStringLiteral(R"(\bArt\.? ?\d+[a-z]?(?:\(\w+\))*)"));
    static const QRegularExpression annex(
        QStringLiteral(R"(\b(?:Annex|Anhang|annexe|Annexe)e?s? ([IVX]+)\b)"));
    QStringList out;
    for (auto it = article.globalMatch(text); it.hasNext();)
        out << it.next()
                   .captured(0)
                   .remove(QLatin1Char('.'))
                   .replace(QStringLiteral("Art"), QStringLiteral("Art "))
                   .simplified();
    for (auto it = annex.globalMatch(text); it.hasNext();)
        out << QStringLiteral("Annex ") + it.next().captured(1);
    out.sort();
    return out;
}

} // namespace

Expected<RulePack> RulePack::translated(const RulePack& pack, const QByteArray& json, const QString& name)
{
    using Result = Expected<RulePack>;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result::failure(tr("Rule-pack translation '%1' is not valid JSON: %2 at byte %3.")
                                   .arg(name, parseError.errorString())
                                   .arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("privaudit.rulepack-translation") ||
        root.value(QStringLiteral("format_version")).toInt(-1) != 1)
        return Result::failure(
            tr("'%1' is not a PrivAudit rule-pack translation of format version 1.").arg(name));
    if (root.value(QStringLiteral("pack")).toString() != pack.id ||
        root.value(QStringLiteral("pack_version")).toString() != pack.version)
        return Result::failure(tr("Rule-pack translation '%1' is for %2 version %3, not for %4 version %5.")
                                   .arg(name, root.value(QStringLiteral("pack")).toString(),
                                        root.value(QStringLiteral("pack_version")).toString(), pack.id,
                                        pack.version));
    RulePack out = pack;
    out.title = root.value(QStringLiteral("title")).toString();
    out.sourceNote = root.value(QStringLiteral("source_note")).toString();
    if (out.title.trimmed().isEmpty() || (!pack.sourceNote.isEmpty() && out.sourceNote.trimmed().isEmpty()))
        return Result::failure(tr("Rule-pack translation '%1' needs a title and a source note.").arg(name));
    const QJsonObject groups = root.value(QStringLiteral("groups")).toObject();
    const QJsonObject questions = root.value(QStringLiteral("questions")).toObject();
    QSet<QString> ids;
    for (RuleItem& item : out.items) {
        ids.insert(item.id);
        const QString question = questions.value(item.id).toString();
        if (question.trimmed().isEmpty())
            return Result::failure(
                tr("Rule-pack translation '%1' has no question for item %2.").arg(name, item.id));
        if (citedReferences(question) != citedReferences(item.question))
            return Result::failure(
                tr("Rule-pack translation '%1', item %2: the question cites %3, the original cites %4.")
                    .arg(name, item.id, citedReferences(question).join(QStringLiteral(", ")),
                         citedReferences(item.question).join(QStringLiteral(", "))));
        const QString group = groups.value(item.group).toString();
        if (group.trimmed().isEmpty())
            return Result::failure(
                tr("Rule-pack translation '%1' has no heading for the group '%2'.").arg(name, item.group));
        item.question = question;
        item.group = group;
    }
    for (auto it = questions.begin(); it != questions.end(); ++it)
        if (!ids.contains(it.key()))
            return Result::failure(
                tr("Rule-pack translation '%1' names item %2, which the pack does not have.")
                    .arg(name, it.key()));
    return out;
}

Expected<std::vector<RulePack>> RulePack::builtIn(const QString& language)
{
    using Result = Expected<std::vector<RulePack>>;
    const QString lang = language.isEmpty() ? interfaceLanguage() : language;
    std::vector<RulePack> packs;
    for (const char* id : {"eu-ai-act", "gdpr", "nist-ai-rmf", "privacy-risk"}) {
        const QString file = QLatin1String(id) + QStringLiteral(".json");
        QFile f(QStringLiteral(":/rulepacks/") + file);
        if (!f.open(QIODevice::ReadOnly))
            return Result::failure(tr("The built-in rule pack %1 is missing.").arg(file));
        auto pack = parse(f.readAll(), file);
        if (!pack) return Result::failure(pack.error());
        if (lang != QLatin1String("en")) {
            const QString i18n = QLatin1String(id) + QLatin1Char('.') + lang + QStringLiteral(".json");
            QFile t(QStringLiteral(":/rulepacks/i18n/") + i18n);
            if (t.open(QIODevice::ReadOnly)) {
                auto localised = translated(pack.value(), t.readAll(), i18n);
                if (!localised) return Result::failure(localised.error());
                pack = std::move(localised);
            }
        }
        packs.push_back(std::move(pack).value());
    }
    return packs;
}

const RuleItem* RulePack::find(const QString& itemId) const
{
    for (const RuleItem& item : items)
        if (item.id == itemId) return &item;
    return nullptr;
}

const RuleItem* findItem(const std::vector<RulePack>& packs, const QString& itemId)
{
    for (const RulePack& p : packs)
        if (const RuleItem* item = p.find(itemId)) return item;
    return nullptr;
}

} // namespace privaudit::assess
