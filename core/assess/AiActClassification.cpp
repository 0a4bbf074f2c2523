#include "assess/AiActClassification.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace privaudit::assess {

namespace {

QString dateText(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

Expected<ClassificationInput> ClassificationInput::fromJson(const QByteArray& json,
                                                            const std::vector<RulePack>& packs)
{
    using Result = Expected<ClassificationInput>;
    QJsonParseError parseError{};
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Result::failure(tr("The answers are not valid JSON: %1 at byte %2.")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
    ClassificationInput input;
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != QLatin1String("role") && it.key() != QLatin1String("today") &&
            it.key() != QLatin1String("answers"))
            return Result::failure(
                tr("Unknown key '%1' in the answers (allowed: role, today, answers).").arg(it.key()));
    if (root.contains(QStringLiteral("role"))) {
        input.role = root.value(QStringLiteral("role")).toString();
        const QStringList roles = {QStringLiteral("provider"), QStringLiteral("deployer"),
                                   QStringLiteral("importer"), QStringLiteral("distributor"),
                                   QStringLiteral("authorised-representative")};
        if (!roles.contains(input.role))
            return Result::failure(
                tr("role must be one of %1, got '%2'.").arg(roles.join(QStringLiteral(", ")), input.role));
    }
    if (root.contains(QStringLiteral("today"))) {
        input.today = QDate::fromString(root.value(QStringLiteral("today")).toString(), Qt::ISODate);
        if (!input.today.isValid()) return Result::failure(tr("'today' must be a date (YYYY-MM-DD)."));
    }
    const QJsonObject answers = root.value(QStringLiteral("answers")).toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const RuleItem* item = findItem(packs, it.key());
        if (!item) return Result::failure(tr("Unknown item '%1' in the answers.").arg(it.key()));
        const QString answer = it.value().toString();
        if (!item->answers.contains(answer))
            return Result::failure(tr("Item %1: '%2' is not one of %3.")
                                       .arg(it.key(), it.value().toVariant().toString(),
                                            item->answers.join(QStringLiteral(", "))));
        input.answers.insert(it.key(), answer);
    }
    return input;
}

QJsonObject ClassificationInput::toJson() const
{
    QJsonObject answersJson;
    for (auto it = answers.begin(); it != answers.end(); ++it)
        answersJson.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("role"), role},
                       {QStringLiteral("today"), dateText(today)},
                       {QStringLiteral("answers"), answersJson}};
}

Classification Classification::classify(const ClassificationInput& input, const std::vector<RulePack>& packs)
{
    Classification c;
    c.role = input.role;
    auto answer = [&](const QString& id) { return input.answers.value(id); };
    auto yes = [&](const QString& id) { return answer(id) == QLatin1String("yes"); };
    auto step = [&](const QString& article, const QString& text) { c.reasoning.push_back({article, text}); };
    // The screening questions that matter for this system given the answers so far: nothing after an
    // answered "out of scope", the Art 6(3) questions only for an Annex III area, systemic risk only for
    // a GPAI model. An unanswered one makes the classification provisional; it is never read as "no".
    const bool answeredOutOfScope = answer(QStringLiteral("AIA-SCOPE-01")) == QLatin1String("no") ||
                                    yes(QStringLiteral("AIA-SCOPE-EXCL"));
    bool anyArea = false;
    for (int n = 1; n <= 8; ++n)
        anyArea = anyArea || yes(QStringLiteral("AIA-ART6-2-A%1").arg(n));
    auto relevant = [&](const RuleItem& item) {
        if (item.kind != QLatin1String("screening")) return false;
        if (answeredOutOfScope && item.id.startsWith(QLatin1String("AIA-")))
            return input.answers.contains(item.id); // answered scope questions still count as answered
        if (item.id == QLatin1String("AIA-ART6-3") || item.id == QLatin1String("AIA-ART6-3-PROF"))
            return anyArea;
        if (item.id == QLatin1String("AIA-GPAI-SYSTEMIC")) return yes(QStringLiteral("AIA-GPAI-MODEL"));
        return true;
    };
    int art5Open = 0, art5Total = 0, art6Open = 0;
    for (const RulePack& pack : packs)
        for (const RuleItem& item : pack.items) {
            if (!relevant(item)) continue;
            ++c.screeningTotal;
            const bool open = !input.answers.contains(item.id);
            if (open) c.unanswered << item.id;
            if (!item.blockerAnswers.isEmpty()) {
                ++art5Total;
                art5Open += open ? 1 : 0;
            }
            if (open &&
                (item.id == QLatin1String("AIA-ART6-1") || item.id.startsWith(QLatin1String("AIA-ART6-2-"))))
                ++art6Open;
        }
    c.provisional = !c.unanswered.isEmpty();

    // Scope.
    if (answer(QStringLiteral("AIA-SCOPE-01")) == QLatin1String("no")) {
        c.inScope = false;
        step(QStringLiteral("Art 2, 3(1)"), tr("Not an AI system or GPAI model placed on the EU market or "
                                               "used in the EU: the AI Act does not apply."));
    } else if (yes(QStringLiteral("AIA-SCOPE-EXCL"))) {
        c.inScope = false;
        step(QStringLiteral("Art 2"),
             tr("An Art 2 exclusion applies (defence, research, personal use or open source); note that the "
                "open-source exclusion does not cover high-risk systems, Art 5 or Art 50."));
    } else if (!input.answers.contains(QStringLiteral("AIA-SCOPE-01")) ||
               !input.answers.contains(QStringLiteral("AIA-SCOPE-EXCL"))) {
        step(QStringLiteral("Art 2, 3(1)"),
             tr("Scope not answered: the AI Act duties are listed as if the system were in scope, "
                "but whether the AI Act applies is not established."));
    } else {
        step(QStringLiteral("Art 2, 3(1)"),
             tr("In scope: an AI system (or GPAI model) on the EU market; role: %1.").arg(input.role));
    }
    c.personalData = answer(QStringLiteral("GDPR-PD")) != QLatin1String("no");

    if (c.inScope) {
        // Art 5 screening: any yes or partial is a blocker.
        for (const RulePack& pack : packs)
            for (const RuleItem& item : pack.items) {
                if (item.blockerAnswers.isEmpty() || !item.blockerAnswers.contains(answer(item.id))) continue;
                c.prohibited = true;
                QString finding = tr("%1: answered '%2' to \"%3\" — a prohibited practice.")
                                      .arg(item.article, answer(item.id), item.question);
                if (item.appliesFrom && input.today < item.appliesFrom->amended)
                    finding +=
                        QLatin1Char(' ') +
                        tr("The prohibition applies from %1.").arg(dateText(item.appliesFrom->amended));
                c.blockers << finding;
                step(item.article, finding);
            }
        if (!c.prohibited && art5Open > 0)
            step(QStringLiteral("Art 5"), tr("%1 of %2 Art 5 screening questions are unanswered: a "
                                             "prohibited practice is not ruled out.")
                                              .arg(art5Open)
                                              .arg(art5Total));
        else if (!c.prohibited)
            step(QStringLiteral("Art 5"), tr("No prohibited practice: every Art 5 screening question was "
                                             "answered and none reports one."));

        // Art 6(1): Annex I products.
        const bool annexI = yes(QStringLiteral("AIA-ART6-1"));
        if (annexI)
            step(QStringLiteral("Art 6(1), Annex I"),
                 tr("Safety component of (or itself) an Annex I product that needs third-party conformity "
                    "assessment: high-risk."));
        // Art 6(2), Annex III, with the Art 6(3) derogation and the profiling override.
        QStringList areas;
        for (int n = 1; n <= 8; ++n)
            if (yes(QStringLiteral("AIA-ART6-2-A%1").arg(n))) areas << QString::number(n);
        bool annexIII = false;
        if (!areas.isEmpty()) {
            step(QStringLiteral("Art 6(2), Annex III"),
                 tr("Intended purpose in Annex III point(s) %1.").arg(areas.join(QStringLiteral(", "))));
            if (yes(QStringLiteral("AIA-ART6-3-PROF"))) {
                annexIII = true;
                step(QStringLiteral("Art 6(3) third subparagraph"),
                     yes(QStringLiteral("AIA-ART6-3"))
                         ? tr("The system profiles natural persons, so the Art 6(3) derogation is "
                              "unavailable even though a "
                              "derogation condition is met: high-risk.")
                         : tr("The system profiles natural persons: high-risk."));
            } else if (yes(QStringLiteral("AIA-ART6-3"))) {
                c.derogation = true;
                step(QStringLiteral("Art 6(3), 6(4), 49(2)"),
                     tr("Art 6(3) derogation: a condition (a)-(d) holds and no significant risk is reasoned, "
                        "so not high-risk; "
                        "the assessment must be documented before placing on the market and the system "
                        "registered."));
            } else {
                annexIII = true;
                step(QStringLiteral("Art 6(2)"), tr("No Art 6(3) derogation claimed: high-risk."));
            }
        } else if (art6Open > 0) {
            step(QStringLiteral("Art 6, Annex III"),
                 tr("%n Art 6 screening question(s) unanswered: high risk is not ruled out.", nullptr,
                    art6Open));
        } else {
            step(QStringLiteral("Annex III"), tr("No Annex III area reported."));
        }
        c.highRisk = annexI || annexIII;
        c.highRiskRoute = annexI && annexIII ? QStringLiteral("annex-i+annex-iii")
                          : annexI           ? QStringLiteral("annex-i")
                          : annexIII         ? QStringLiteral("annex-iii")
                                             : QString();

        // Art 50 transparency, stacking with the other tiers.
        const char* facts[] = {"AIA-ART50-1-FACT", "AIA-ART50-2-FACT", "AIA-ART50-3-FACT",
                               "AIA-ART50-4-FACT"};
        const QString duties[] = {
            tr("tell people they interact with AI"), tr("mark synthetic output machine-readably"),
            tr("inform people exposed to emotion recognition or biometric categorisation"),
            tr("disclose deepfakes and AI-generated public-interest text")};
        for (int k = 0; k < 4; ++k)
            if (yes(QLatin1String(facts[k]))) {
                c.transparency = c.transparencyDuty[k] = true;
                step(QStringLiteral("Art 50(%1)").arg(k + 1), tr("Transparency duty: %1.").arg(duties[k]));
            }
        // GPAI models: a separate track.
        c.gpai = yes(QStringLiteral("AIA-GPAI-MODEL"));
        c.gpaiSystemic = c.gpai && yes(QStringLiteral("AIA-GPAI-SYSTEMIC"));
        if (c.gpai)
            step(QStringLiteral("Art 51-55"),
                 c.gpaiSystemic ? tr("General-purpose AI model with systemic risk: Art 53 and Art 55 duties.")
                                : tr("General-purpose AI model: Art 53 duties."));
    }

    if (!c.inScope) c.tiers << QStringLiteral("out-of-scope");
    if (c.prohibited) c.tiers << QStringLiteral("prohibited");
    if (c.highRisk) c.tiers << QStringLiteral("high-risk");
    if (c.transparency) c.tiers << QStringLiteral("transparency");
    if (c.inScope && !c.prohibited && !c.highRisk && !c.transparency)
        c.tiers << (c.provisional ? QStringLiteral("provisional") : QStringLiteral("minimal"));
    if (c.gpai) c.tiers << (c.gpaiSystemic ? QStringLiteral("gpai-systemic") : QStringLiteral("gpai"));
    if (c.tiers.contains(QStringLiteral("minimal")))
        step(QStringLiteral("Art 4, 95"),
             tr("Minimal risk: AI literacy (Art 4) still applies; codes of conduct are voluntary."));

    // Obligations that apply, with their dates relative to today.
    for (const RulePack& pack : packs)
        for (const RuleItem& item : pack.items) {
            if (item.kind != QLatin1String("obligation") || !c.applies(item)) continue;
            ApplicableObligation o;
            o.itemId = item.id;
            o.article = item.article;
            o.question = item.question;
            std::optional<ApplicationDates> dates = item.appliesFrom;
            if (c.highRiskRoute == QLatin1String("annex-i") && item.appliesFromAnnexI)
                dates = item.appliesFromAnnexI;
            if (dates) {
                o.originalDate = dates->original;
                o.date = dates->amended;
                const qint64 days = input.today.daysTo(o.date);
                o.status = days <= 0 ? tr("applies since %1").arg(dateText(o.date))
                                     : tr("applies from %1 (in %2 days)").arg(dateText(o.date)).arg(days);
                if (o.originalDate && *o.originalDate != o.date)
                    o.status += QLatin1Char(' ') + tr("(originally %1; moved by Regulation (EU) 2026/1744)")
                                                       .arg(dateText(*o.originalDate));
            } else {
                o.status = tr("applies now");
            }
            c.obligations.push_back(o);
        }
    return c;
}

bool Classification::applies(const RuleItem& item) const
{
    const QString& when = item.applicableWhen;
    const bool aiAct = item.id.startsWith(QLatin1String("AIA-"));
    if (aiAct && !inScope && item.kind != QLatin1String("screening")) return false;
    // AI Act duties follow the role (an importer or distributor acting as provider is recorded as provider).
    const bool roleBound = item.appliesTo.contains(QLatin1String("provider")) ||
                           item.appliesTo.contains(QLatin1String("deployer"));
    if (aiAct && roleBound && !item.appliesTo.contains(role) && item.kind != QLatin1String("screening"))
        return false;
    if (when == QLatin1String("always")) return true;
    if (when == QLatin1String("high-risk")) return highRisk;
    if (when == QLatin1String("derogation")) return derogation;
    if (when == QLatin1String("personal-data")) return personalData;
    if (when == QLatin1String("gpai")) return gpai;
    if (when == QLatin1String("gpai-systemic")) return gpaiSystemic;
    for (int k = 0; k < 4; ++k)
        if (when == QStringLiteral("art50-%1").arg(k + 1)) return transparencyDuty[k];
    return false;
}

QString Classification::tierText() const
{
    QStringList parts;
    for (const QString& t : tiers) {
        if (t == QLatin1String("provisional")) continue;
        if (t == QLatin1String("out-of-scope"))
            parts << tr("outside the AI Act");
        else if (t == QLatin1String("prohibited"))
            parts << tr("prohibited practice (blocker)");
        else if (t == QLatin1String("high-risk"))
            parts << tr("high-risk");
        else if (t == QLatin1String("transparency"))
            parts << tr("transparency duties");
        else if (t == QLatin1String("minimal"))
            parts << tr("minimal risk");
        else if (t == QLatin1String("gpai"))
            parts << tr("general-purpose AI model");
        else if (t == QLatin1String("gpai-systemic"))
            parts << tr("general-purpose AI model with systemic risk");
    }
    if (!provisional) return parts.join(QStringLiteral(" + "));
    const QString open =
        tr("provisional: %1 of %2 screening questions unanswered").arg(unanswered.size()).arg(screeningTotal);
    return parts.isEmpty() ? open
                           : tr("%1 (established so far: %2)").arg(open, parts.join(QStringLiteral(" + ")));
}

QJsonObject Classification::toJson() const
{
    QJsonArray reasoningJson, obligationsJson;
    for (const auto& r : reasoning)
        reasoningJson.append(
            QJsonObject{{QStringLiteral("article"), r.article}, {QStringLiteral("text"), r.text}});
    for (const auto& o : obligations)
        obligationsJson.append(QJsonObject{
            {QStringLiteral("id"), o.itemId},
            {QStringLiteral("article"), o.article},
            {QStringLiteral("date"), o.date.isValid() ? dateText(o.date) : QString()},
            {QStringLiteral("original_date"), o.originalDate ? dateText(*o.originalDate) : QString()},
            {QStringLiteral("status"), o.status}});
    return QJsonObject{{QStringLiteral("tiers"), QJsonArray::fromStringList(tiers)},
                       {QStringLiteral("tier_text"), tierText()},
                       {QStringLiteral("in_scope"), inScope},
                       {QStringLiteral("high_risk_route"), highRiskRoute},
                       {QStringLiteral("derogation"), derogation},
                       {QStringLiteral("blockers"), QJsonArray::fromStringList(blockers)},
                       {QStringLiteral("unanswered"), QJsonArray::fromStringList(unanswered)},
                       {QStringLiteral("provisional"), provisional},
                       {QStringLiteral("screening_questions"), screeningTotal},
                       {QStringLiteral("reasoning"), reasoningJson},
                       {QStringLiteral("obligations"), obligationsJson}};
}

} // namespace privaudit::assess
