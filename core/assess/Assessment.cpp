#include "assess/Assessment.h"

#include "assess/Review.h"
#include "attack/attribute/AttributeRunSummary.h"
#include "attack/canary/CanaryRunSummary.h"
#include "attack/inversion/MiFaceRunSummary.h"
#include "attack/inversion/ReconstructionRunSummary.h"
#include "attack/MembershipRunSummary.h"
#include "metrics/AttributeMetrics.h"
#include "metrics/MembershipMetrics.h"
#include "project/ProjectStore.h"

#include <cmath>
#include <QJsonDocument>

namespace privaudit::assess {

namespace {

QJsonArray storedReasons(const std::vector<StoredText>& reasons)
{
    QJsonArray out;
    for (const StoredText& r : reasons)
        out.append(r.toJson());
    return out;
}

const QString kSettingsKey = QStringLiteral("assessment/settings");
const QString kChecklistPrefix = QStringLiteral("checklist/");
const QString kMatrixPrefix = QStringLiteral("matrix/");

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray csvField(const QString& text)
{
    QString t = text;
    // Spreadsheet formula injection: a leading =, +, - or @ is neutralised.
    if (!t.isEmpty() && QStringLiteral("=+-@").contains(t.front()) && !t.front().isDigit())
        t.prepend(QLatin1Char('\''));
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n')) ||
        t.contains(QLatin1Char('\r')))
        return '"' + t.replace(QLatin1Char('"'), QStringLiteral("\"\"")).toUtf8() + '"';
    return t.toUtf8();
}

QString mdEscape(QString text)
{
    for (const char* c : {"\\", "|", "*", "_", "`", "[", "]", "<", ">", "#"})
        text.replace(QLatin1String(c), QLatin1Char('\\') + QLatin1String(c));
    return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString levelText(int level, char prefix)
{
    return level > 0 ? QStringLiteral("%1%2").arg(QLatin1Char(prefix)).arg(level) : QString();
}

} // namespace

QJsonObject ChecklistAnswer::toJson() const
{
    QJsonObject o{{QStringLiteral("answer"), answer},
                  {QStringLiteral("comment"), comment},
                  {QStringLiteral("owner"), owner},
                  {QStringLiteral("due"), due.isValid() ? due.toString(Qt::ISODate) : QString()},
                  {QStringLiteral("evidence"), evidence}};
    return o;
}

ChecklistAnswer ChecklistAnswer::fromJson(const QJsonObject& o)
{
    ChecklistAnswer a;
    a.answer = o.value(QStringLiteral("answer")).toString();
    a.comment = o.value(QStringLiteral("comment")).toString();
    a.owner = o.value(QStringLiteral("owner")).toString();
    a.due = QDate::fromString(o.value(QStringLiteral("due")).toString(), Qt::ISODate);
    a.evidence = o.value(QStringLiteral("evidence")).toArray();
    return a;
}

std::pair<int, int> MatrixCell::residual() const
{
    return RiskMatrix::residual(threat, stage, severity, likelihood, controls);
}

QJsonObject MatrixCell::toJson() const
{
    const auto [rs, rl] = residual();
    return QJsonObject{{QStringLiteral("threat"), threat},
                       {QStringLiteral("stage"), stage},
                       {QStringLiteral("severity"), severity},
                       {QStringLiteral("likelihood"), likelihood},
                       {QStringLiteral("risk"), RiskMatrix::riskLevel(severity, likelihood)},
                       {QStringLiteral("suggested_severity"), suggestedSeverity},
                       {QStringLiteral("suggested_likelihood"), suggestedLikelihood},
                       {QStringLiteral("suggestion"), QJsonArray::fromStringList(texts(suggestionReasons))},
                       {QStringLiteral("suggestion_stored"), storedReasons(suggestionReasons)},
                       {QStringLiteral("controls"), QJsonArray::fromStringList(controls)},
                       {QStringLiteral("residual_severity"), rs},
                       {QStringLiteral("residual_likelihood"), rl},
                       {QStringLiteral("residual_risk"), RiskMatrix::riskLevel(rs, rl)},
                       {QStringLiteral("ico_risk"), RiskMatrix::icoRisk(severity, likelihood)},
                       {QStringLiteral("rationale"), rationale},
                       {QStringLiteral("owner"), owner}};
}

MatrixCell MatrixCell::fromJson(const QJsonObject& o)
{
    MatrixCell c;
    c.threat = o.value(QStringLiteral("threat")).toString();
    c.stage = o.value(QStringLiteral("stage")).toString();
    c.severity = std::clamp(o.value(QStringLiteral("severity")).toInt(), 0, 4);
    c.likelihood = std::clamp(o.value(QStringLiteral("likelihood")).toInt(), 0, 4);
    c.suggestedSeverity = std::clamp(o.value(QStringLiteral("suggested_severity")).toInt(), 0, 4);
    c.suggestedLikelihood = std::clamp(o.value(QStringLiteral("suggested_likelihood")).toInt(), 0, 4);
    // The stored form renders in the reader's language; projects from before it have the text alone.
    const bool stored = o.contains(QStringLiteral("suggestion_stored"));
    for (const QJsonValue& v :
         o.value(stored ? QStringLiteral("suggestion_stored") : QStringLiteral("suggestion")).toArray())
        c.suggestionReasons.push_back(StoredText::fromJson(v));
    for (const QJsonValue& v : o.value(QStringLiteral("controls")).toArray())
        c.controls << v.toString();
    c.rationale = o.value(QStringLiteral("rationale")).toString();
    c.owner = o.value(QStringLiteral("owner")).toString();
    return c;
}

Assessment::Assessment()
{
    for (const Term& t : RiskMatrix::threats())
        for (const Term& s : RiskMatrix::stages()) {
            MatrixCell c;
            c.threat = t.id;
            c.stage = s.id;
            cells.push_back(c);
        }
}

MatrixCell* Assessment::cell(const QString& threat, const QString& stage)
{
    for (MatrixCell& c : cells)
        if (c.threat == threat && c.stage == stage) return &c;
    return nullptr;
}

const MatrixCell* Assessment::cell(const QString& threat, const QString& stage) const
{
    return const_cast<Assessment*>(this)->cell(threat, stage);
}

ClassificationInput Assessment::classificationInput(const QDate& today) const
{
    ClassificationInput input;
    input.role = role;
    input.today = today;
    for (auto it = checklist.begin(); it != checklist.end(); ++it)
        if (!it->answer.isEmpty()) input.answers.insert(it.key(), it->answer);
    return input;
}

QJsonObject Assessment::toJson(const std::vector<RulePack>& packs, const QDate& today) const
{
    QJsonObject checklistJson;
    for (auto it = checklist.begin(); it != checklist.end(); ++it)
        checklistJson.insert(it.key(), it->toJson());
    QJsonArray matrixJson;
    for (const MatrixCell& c : cells)
        matrixJson.append(c.toJson());
    QJsonArray packList;
    for (const RulePack& p : packs)
        packList.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("version"), p.version}});
    const Classification classification = Classification::classify(classificationInput(today), packs);
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("privaudit.assessment")},
                       {QStringLiteral("format_version"), kAssessmentFormatVersion},
                       {QStringLiteral("role"), role},
                       {QStringLiteral("access_mode"), accessMode},
                       {QStringLiteral("vulnerable_subjects"), vulnerableSubjects},
                       {QStringLiteral("membership_sensitive"), membershipSensitive},
                       {QStringLiteral("thresholds"), thresholds.toJson()},
                       {QStringLiteral("rule_packs"), packList},
                       {QStringLiteral("checklist"), checklistJson},
                       {QStringLiteral("matrix"), matrixJson},
                       {QStringLiteral("classification"), classification.toJson()}};
}

Expected<Assessment> Assessment::fromJson(const QByteArray& json, const std::vector<RulePack>& packs)
{
    using Result = Expected<Assessment>;
    QJsonParseError parseError{};
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Result::failure(tr("The assessment is not valid JSON: %1 at byte %2.")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("privaudit.assessment"))
        return Result::failure(tr(
            "This is not a PrivAudit assessment export (its \"format\" is not \"privaudit.assessment\")."));
    if (root.value(QStringLiteral("format_version")).toInt() != kAssessmentFormatVersion)
        return Result::failure(tr("The assessment has format version %1; this PrivAudit reads version %2.")
                                   .arg(root.value(QStringLiteral("format_version")).toVariant().toString())
                                   .arg(kAssessmentFormatVersion));
    Assessment a;
    a.role = root.value(QStringLiteral("role")).toString(a.role);
    a.accessMode = root.value(QStringLiteral("access_mode")).toString(a.accessMode);
    if (!RiskMatrix::accessModes().contains(a.accessMode))
        return Result::failure(tr("Unknown access mode '%1'.").arg(a.accessMode));
    a.vulnerableSubjects = root.value(QStringLiteral("vulnerable_subjects")).toBool();
    a.membershipSensitive = root.value(QStringLiteral("membership_sensitive")).toBool();
    a.thresholds = LikelihoodThresholds::fromJson(root.value(QStringLiteral("thresholds")).toObject());
    const QJsonObject checklistJson = root.value(QStringLiteral("checklist")).toObject();
    for (auto it = checklistJson.begin(); it != checklistJson.end(); ++it) {
        const RuleItem* item = findItem(packs, it.key());
        if (!item) return Result::failure(tr("Checklist item '%1' is in no rule pack.").arg(it.key()));
        ChecklistAnswer answer = ChecklistAnswer::fromJson(it.value().toObject());
        if (!answer.answer.isEmpty() && !item->answers.contains(answer.answer))
            return Result::failure(
                tr("Checklist item %1: '%2' is not one of %3.")
                    .arg(it.key(), answer.answer, item->answers.join(QStringLiteral(", "))));
        a.checklist.insert(it.key(), answer);
    }
    for (const QJsonValue& v : root.value(QStringLiteral("matrix")).toArray()) {
        const MatrixCell c = MatrixCell::fromJson(v.toObject());
        MatrixCell* target = a.cell(c.threat, c.stage);
        if (!target) return Result::failure(tr("Unknown matrix cell '%1' / '%2'.").arg(c.threat, c.stage));
        *target = c;
    }
    return a;
}

QByteArray Assessment::checklistCsv(const std::vector<RulePack>& packs, const QDate& today) const
{
    const Classification classification = Classification::classify(classificationInput(today), packs);
    QByteArray out = "pack,id,group,article,question,applies,answer,comment,owner,due,evidence,source\n";
    for (const RulePack& p : packs)
        for (const RuleItem& item : p.items) {
            const ChecklistAnswer a = checklist.value(item.id);
            QStringList evidence;
            for (const QJsonValue& e : a.evidence) {
                const QJsonObject o = e.toObject();
                evidence << (o.value(QStringLiteral("kind")).toString() == QLatin1String("run")
                                 ? QStringLiteral("run %1").arg(o.value(QStringLiteral("run")).toInteger())
                                 : QStringLiteral("%1 (sha256 %2)")
                                       .arg(o.value(QStringLiteral("name")).toString(),
                                            o.value(QStringLiteral("sha256")).toString()));
            }
            out += csvField(p.id) + ',' + csvField(item.id) + ',' + csvField(item.group) + ',' +
                   csvField(item.article) + ',' + csvField(item.question) + ',' +
                   (classification.applies(item) ? "yes" : "no") + ',' + csvField(a.answer) + ',' +
                   csvField(a.comment) + ',' + csvField(a.owner) + ',' +
                   csvField(a.due.isValid() ? a.due.toString(Qt::ISODate) : QString()) + ',' +
                   csvField(evidence.join(QStringLiteral("; "))) + ',' + csvField(item.source) + '\n';
        }
    return out;
}

QByteArray Assessment::matrixCsv() const
{
    QByteArray out =
        "threat,stage,severity,likelihood,risk,ico_risk,controls,residual_severity,residual_likelihood,"
        "residual_risk,suggested_severity,suggested_likelihood,suggestion,rationale,owner\n";
    for (const MatrixCell& c : cells) {
        const auto [rs, rl] = c.residual();
        out += csvField(c.threat) + ',' + csvField(c.stage) + ',' + levelText(c.severity, 'S').toUtf8() +
               ',' + levelText(c.likelihood, 'L').toUtf8() + ',' +
               RiskMatrix::riskLevel(c.severity, c.likelihood).toUtf8() + ',' +
               RiskMatrix::icoRisk(c.severity, c.likelihood).toUtf8() + ',' +
               csvField(c.controls.join(QLatin1Char(';'))) + ',' + levelText(rs, 'S').toUtf8() + ',' +
               levelText(rl, 'L').toUtf8() + ',' + RiskMatrix::riskLevel(rs, rl).toUtf8() + ',' +
               levelText(c.suggestedSeverity, 'S').toUtf8() + ',' +
               levelText(c.suggestedLikelihood, 'L').toUtf8() + ',' +
               csvField(texts(c.suggestionReasons).join(QLatin1Char(' '))) + ',' + csvField(c.rationale) +
               ',' + csvField(c.owner) + '\n';
    }
    return out;
}

QByteArray Assessment::markdown(const std::vector<RulePack>& packs, const QDate& today) const
{
    const Classification classification = Classification::classify(classificationInput(today), packs);
    QString md;
    md += QLatin1String("# ") + tr("Privacy assessment") + QLatin1String("\n\n");
    md += QLatin1String("## ") + tr("AI Act classification") + QLatin1String("\n\n");
    md += tr("Role: %1. Result: **%2**.").arg(mdEscape(role), mdEscape(classification.tierText())) +
          QLatin1String("\n\n");
    for (const QString& b : classification.blockers)
        md += QLatin1String("- **") + tr("BLOCKER") + QLatin1String("**: ") + mdEscape(b) + QLatin1Char('\n');
    for (const ReasoningStep& r : classification.reasoning)
        md += QLatin1String("- ") + mdEscape(r.article) + QLatin1String(": ") + mdEscape(r.text) +
              QLatin1Char('\n');
    md += QLatin1String("\n## ") + tr("Obligations and dates") + QLatin1String("\n\n| ") + tr("Item") +
          QLatin1String(" | ") + tr("Article") + QLatin1String(" | ") + tr("When") +
          QLatin1String(" |\n|---|---|---|\n");
    for (const ApplicableObligation& o : classification.obligations)
        md += QLatin1String("| ") + mdEscape(o.itemId) + QLatin1String(" | ") + mdEscape(o.article) +
              QLatin1String(" | ") + mdEscape(o.status) + QLatin1String(" |\n");
    md += QLatin1String("\n## ") + tr("Risk matrix") + QLatin1String("\n\n") +
          mdEscape(thresholds.describe()) + QLatin1String("\n\n| ") + tr("Threat") + QLatin1String(" | ") +
          tr("Stage") + QLatin1String(" | S | L | ") + tr("Risk") + QLatin1String(" | ") + tr("Controls") +
          QLatin1String(" | ") + tr("Residual") + QLatin1String(" | ") + tr("Rationale") +
          QLatin1String(" |\n|---|---|---|---|---|---|---|---|\n");
    for (const MatrixCell& c : cells) {
        if (c.severity == 0 && c.likelihood == 0) continue;
        const auto [rs, rl] = c.residual();
        md += QLatin1String("| ") + mdEscape(RiskMatrix::threatTitle(c.threat)) + QLatin1String(" | ") +
              mdEscape(RiskMatrix::stageTitle(c.stage)) + QLatin1String(" | ") + levelText(c.severity, 'S') +
              QLatin1String(" | ") + levelText(c.likelihood, 'L') + QLatin1String(" | ") +
              RiskMatrix::riskLevelTitle(RiskMatrix::riskLevel(c.severity, c.likelihood)) +
              QLatin1String(" | ") + mdEscape(c.controls.join(QStringLiteral(", "))) + QLatin1String(" | ") +
              RiskMatrix::riskLevelTitle(RiskMatrix::riskLevel(rs, rl)) + QLatin1String(" | ") +
              mdEscape(c.rationale) + QLatin1String(" |\n");
    }
    for (const RulePack& p : packs) {
        md += QLatin1String("\n## ") + mdEscape(p.title) + QLatin1String(" (") + mdEscape(p.version) +
              QLatin1String(")\n\n| ") + tr("Item") + QLatin1String(" | ") + tr("Question") +
              QLatin1String(" | ") + tr("Answer") + QLatin1String(" | ") + tr("Owner") +
              QLatin1String(" | ") + tr("Comment") + QLatin1String(" |\n|---|---|---|---|---|\n");
        for (const RuleItem& item : p.items) {
            if (!classification.applies(item)) continue;
            const ChecklistAnswer a = checklist.value(item.id);
            md += QLatin1String("| ") + mdEscape(item.id) + QLatin1String(" | ") + mdEscape(item.question) +
                  QLatin1String(" | ") + mdEscape(a.answer.isEmpty() ? tr("(open)") : a.answer) +
                  QLatin1String(" | ") + mdEscape(a.owner) + QLatin1String(" | ") + mdEscape(a.comment) +
                  QLatin1String(" |\n");
        }
    }
    return md.toUtf8();
}

Expected<Assessment> Assessment::load(const project::ProjectStore& store)
{
    Assessment a;
    const auto settings = store.assessmentValue(kSettingsKey);
    if (!settings) return Expected<Assessment>::failure(settings.error());
    if (settings->has_value()) {
        const QJsonObject o = QJsonDocument::fromJson(**settings).object();
        a.role = o.value(QStringLiteral("role")).toString(a.role);
        a.accessMode = o.value(QStringLiteral("access_mode")).toString(a.accessMode);
        a.vulnerableSubjects = o.value(QStringLiteral("vulnerable_subjects")).toBool();
        a.membershipSensitive = o.value(QStringLiteral("membership_sensitive")).toBool();
        a.thresholds = LikelihoodThresholds::fromJson(o.value(QStringLiteral("thresholds")).toObject());
    }
    const auto keys = store.assessmentKeys();
    if (!keys) return Expected<Assessment>::failure(keys.error());
    for (const QString& key : *keys) {
        const auto value = store.assessmentValue(key);
        if (!value || !value->has_value()) continue;
        const QJsonObject o = QJsonDocument::fromJson(**value).object();
        if (key.startsWith(kChecklistPrefix))
            a.checklist.insert(key.mid(kChecklistPrefix.size()), ChecklistAnswer::fromJson(o));
        else if (key.startsWith(kMatrixPrefix))
            if (MatrixCell* c = a.cell(o.value(QStringLiteral("threat")).toString(),
                                       o.value(QStringLiteral("stage")).toString()))
                *c = MatrixCell::fromJson(o);
    }
    return a;
}

QString Assessment::save(project::ProjectStore& store) const
{
    // Every changed value is written in one transaction: an import that is killed or fails midway
    // leaves the assessment as it was, not with some of its keys.
    std::vector<std::pair<QString, QByteArray>> changes;
    auto write = [&](const QString& key, const QByteArray& json) -> QString {
        const auto current = store.assessmentValue(key);
        if (!current) return current.error();
        if (current->has_value() && QJsonDocument::fromJson(**current) == QJsonDocument::fromJson(json))
            return {};
        changes.emplace_back(key, json);
        return {};
    };
    QString err =
        write(kSettingsKey, compact(QJsonObject{{QStringLiteral("role"), role},
                                                {QStringLiteral("access_mode"), accessMode},
                                                {QStringLiteral("vulnerable_subjects"), vulnerableSubjects},
                                                {QStringLiteral("membership_sensitive"), membershipSensitive},
                                                {QStringLiteral("thresholds"), thresholds.toJson()}}));
    for (auto it = checklist.begin(); it != checklist.end() && err.isEmpty(); ++it)
        err = write(kChecklistPrefix + it.key(), compact(it->toJson()));
    for (const MatrixCell& c : cells) {
        if (!err.isEmpty()) break;
        const QString key = kMatrixPrefix + c.threat + QLatin1Char('/') + c.stage;
        const bool empty = c.severity == 0 && c.likelihood == 0 && c.suggestedLikelihood == 0 &&
                           c.suggestedSeverity == 0 && c.rationale.isEmpty() && c.controls.isEmpty() &&
                           c.owner.isEmpty();
        if (empty) {
            // An untouched cell is not stored, but a cell that was stored and is now cleared is.
            const auto stored = store.assessmentValue(key);
            if (!stored || !stored->has_value()) continue;
        }
        err = write(key, compact(c.toJson()));
    }
    if (!err.isEmpty()) return err;
    return store.setAssessmentValues(changes);
}

ProjectEvidence Assessment::suggestFromProject(const project::ProjectStore& store,
                                               const QList<qint64>& runIds)
{
    ProjectEvidence evidence;
    const auto runs = store.runs();
    if (!runs) return evidence;
    // Without an explicit list the evidence is the model under review's runs: a comparison (for example a
    // non-private baseline) must not decide the likelihood of the model to be released.
    QList<qint64> use = runIds;
    if (use.isEmpty())
        if (const auto review = ModelUnderReview::load(store); review && review->isSet()) use = review->runs;
    for (const auto& run : *runs) {
        if (run.status != project::RunStatus::Completed || !project::runKindInfo(run.type()).evidence ||
            (!use.isEmpty() && !use.contains(run.id)))
            continue;
        if (run.type() == project::RunKind::CanaryExposure) {
            const attack::CanaryRunSummary canary = attack::CanaryRunSummary::fromJson(run.summary);
            const metrics::ExposureLevel* control = canary.level(0);
            const double floor = std::max(canary.chance, control ? control->meanInterpolated : 0.0);
            for (const metrics::ExposureLevel& l : canary.levels) {
                if (l.repetitions < 1) continue;
                evidence.memorisation.push_back({run.id, l.repetitions, l.meanInterpolated, l.hasInterval,
                                                 l.low, l.high, floor, canary.base.dp,
                                                 canary.base.accountantEpsilon()});
            }
            continue;
        }
        if (run.type() == project::RunKind::Reconstruction) {
            const attack::ReconstructionResult r =
                attack::ReconstructionRunSummary::fromJson(run.summary).result;
            evidence.inversion.push_back({run.id, int(r.rows.size()), r.exactRows, r.advantage.mean,
                                          r.advantage.hasInterval, r.advantage.low, r.advantage.high, r.dp,
                                          r.dp ? r.epsilon : std::numeric_limits<double>::infinity()});
            continue;
        }
        if (run.type() == project::RunKind::ModelInversion) {
            const attack::MiFaceRunSummary m = attack::MiFaceRunSummary::fromJson(run.summary);
            evidence.miFace.push_back({run.id, int(m.result.records.size()), m.result.closerToMembers,
                                       m.result.pValue, m.base.dp, m.base.accountantEpsilon()});
            continue;
        }
        const auto results = store.results(run.id);
        if (!results) continue;
        const attack::MembershipRunSummary summary = attack::MembershipRunSummary::fromJson(run.summary);
        if (run.type() == project::RunKind::MembershipInference && summary.memorisation) {
            const attack::MemorisationSummary& m = *summary.memorisation;
            CounterfactualEvidence e;
            e.runId = run.id;
            e.models = m.models;
            e.members = m.members;
            e.share = m.memorisedShare();
            e.low = m.memorisedLow;
            e.high = m.memorisedHigh;
            e.chance = attack::MemorisationSummary::kMemorisedP;
            e.conclusive = m.conclusive();
            e.dp = summary.dp;
            e.accountantEpsilon = summary.accountantEpsilon();
            evidence.counterfactual.push_back(e);
        }
        const QString column = run.type() == project::RunKind::AttributeInference
                                   ? attack::AttributeRunSummary::fromJson(run.summary).column
                                   : QString();
        for (const auto& r : *results) {
            if (run.type() == project::RunKind::AttributeInference) {
                const metrics::AttributeMetrics m =
                    metrics::AttributeMetrics::fromJson(QJsonDocument::fromJson(r.metricsJson).object());
                AttributeEvidence e;
                e.runId = run.id;
                e.attack = r.attack;
                e.column = column;
                e.individualLeakage = m.individualLeakage.value;
                e.hasInterval = m.individualLeakage.ci95.has_value();
                if (e.hasInterval) {
                    e.leakageLow = m.individualLeakage.ci95->low;
                    e.leakageHigh = m.individualLeakage.ci95->high;
                }
                e.distributionalLeakage = m.distributionalLeakage.value;
                e.distributionalClear = m.distributionalLeakage.clear();
                e.dp = summary.dp;
                e.accountantEpsilon = summary.accountantEpsilon();
                evidence.attribute.push_back(e);
                continue;
            }
            if (run.type() != project::RunKind::MembershipInference) continue;
            const metrics::AttackMetrics m = metrics::AttackMetrics::fromJson(r.metricsJson);
            AttackEvidence e;
            e.runId = run.id;
            e.attack = r.attack;
            e.auc = m.auc;
            e.tprAtLowFpr = m.tprAt(0.001);
            e.epsilonLowerBound = m.epsilonLowerBound.epsilon;
            e.dp = summary.dp;
            e.accountantEpsilon = summary.accountantEpsilon();
            evidence.membership.push_back(e);
        }
    }
    const Suggestion likelihood = RiskMatrix::suggestLikelihood(evidence.membership, thresholds, accessMode);
    const Suggestion attributeLikelihood =
        RiskMatrix::suggestAttributeLikelihood(evidence.attribute, thresholds, accessMode);
    const Suggestion memorisationLikelihood =
        RiskMatrix::suggestMemorisationLikelihood(evidence.memorisation, thresholds, evidence.counterfactual);
    const Suggestion inversionLikelihood =
        RiskMatrix::suggestInversionLikelihood(evidence.inversion, thresholds, evidence.miFace);
    QStringList sensitive;
    if (const auto datasets = store.datasets())
        for (const auto& d : *datasets)
            for (const QJsonValue& c :
                 QJsonDocument::fromJson(d.schemaJson).object().value(QStringLiteral("columns")).toArray())
                if (c.toObject().value(QStringLiteral("role")).toString() == QLatin1String("sensitive"))
                    sensitive << c.toObject().value(QStringLiteral("name")).toString();
    sensitive.removeDuplicates();
    const Suggestion severity =
        RiskMatrix::suggestSeverity(sensitive, membershipSensitive, vulnerableSubjects);
    for (MatrixCell& c : cells) {
        c.suggestedSeverity = severity.level;
        c.suggestionReasons = severity.reasons;
        const bool measuredStage =
            c.stage == QLatin1String("deployment") || c.stage == QLatin1String("training");
        const Suggestion* measured = nullptr;
        if (measuredStage && c.threat == QLatin1String("membership-inference")) measured = &likelihood;
        if (measuredStage && c.threat == QLatin1String("attribute-inference"))
            measured = &attributeLikelihood;
        if (measuredStage && c.threat == QLatin1String("memorisation")) measured = &memorisationLikelihood;
        if (measuredStage && c.threat == QLatin1String("model-inversion")) measured = &inversionLikelihood;
        if (measured && measured->level > 0) {
            c.suggestedLikelihood = measured->level;
            c.suggestionReasons.insert(c.suggestionReasons.end(), measured->reasons.begin(),
                                       measured->reasons.end());
        } else {
            c.suggestedLikelihood = 0;
            // A measurement that suggests no level (an MI-Face run that found nothing) says why.
            if (measured)
                c.suggestionReasons.insert(c.suggestionReasons.end(), measured->reasons.begin(),
                                           measured->reasons.end());
        }
    }
    return evidence;
}

std::vector<StaleSuggestion> Assessment::staleSuggestions(const project::ProjectStore& store) const
{
    std::vector<StaleSuggestion> out;
    const auto review = ModelUnderReview::load(store);
    if (!review || !review->isSet()) return out;
    Assessment fresh = *this;
    fresh.suggestFromProject(store, review->runs);
    QStringList ids;
    for (qint64 id : review->runs)
        ids << QString::number(id);
    for (const MatrixCell& cell : cells) {
        const MatrixCell* now = fresh.cell(cell.threat, cell.stage);
        if (!now || (cell.suggestedLikelihood == 0 && cell.likelihood == 0) ||
            now->suggestedLikelihood == cell.suggestedLikelihood)
            continue;
        out.push_back({cell.threat, cell.stage,
                       tr("%1 (%2): the matrix holds a suggested likelihood L%3, but the current runs of the "
                          "model under review "
                          "(%4) suggest L%5; suggest from evidence again.")
                           .arg(RiskMatrix::threatTitle(cell.threat), RiskMatrix::stageTitle(cell.stage))
                           .arg(cell.suggestedLikelihood)
                           .arg(ids.join(QStringLiteral(", ")))
                           .arg(now->suggestedLikelihood)});
    }
    return out;
}

} // namespace privaudit::assess
