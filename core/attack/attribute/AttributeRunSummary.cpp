#include "attack/attribute/AttributeRunSummary.h"

#include "attack/attribute/AttributeInference.h"

#include <QJsonArray>
#include <QLocale>

namespace privaudit::attack {

QJsonObject AttributeRunSummary::toJson() const
{
    QJsonObject o = base.toJson();
    QJsonArray shares;
    for (const double p : prior)
        shares.append(p);
    o[QStringLiteral("attribute")] =
        QJsonObject{{QStringLiteral("version"), kVersion},
                    {QStringLiteral("column"), column},
                    {QStringLiteral("numeric"), numeric},
                    {QStringLiteral("values"), QJsonArray::fromStringList(values)},
                    {QStringLiteral("prior"), shares},
                    {QStringLiteral("target_value"), targetValue},
                    {QStringLiteral("tolerance"), tolerance},
                    {QStringLiteral("ppv_k"), ppvK},
                    {QStringLiteral("member_candidates"), qint64(memberCandidates)},
                    {QStringLiteral("non_member_candidates"), qint64(nonMemberCandidates)},
                    {QStringLiteral("auxiliary_rows"), qint64(auxiliaryRows)},
                    {QStringLiteral("skipped_candidates"), qint64(skippedCandidates)},
                    {QStringLiteral("imputation_aux_accuracy"), imputationAuxAccuracy},
                    {QStringLiteral("strongest_attack"), strongestAttack}};
    return o;
}

AttributeRunSummary AttributeRunSummary::fromJson(const QJsonObject& json)
{
    AttributeRunSummary s;
    s.base = MembershipRunSummary::fromJson(json);
    const QJsonObject a = json.value(QStringLiteral("attribute")).toObject();
    s.column = a.value(QStringLiteral("column")).toString();
    s.numeric = a.value(QStringLiteral("numeric")).toBool();
    for (const QJsonValue& v : a.value(QStringLiteral("values")).toArray())
        s.values << v.toString();
    for (const QJsonValue& v : a.value(QStringLiteral("prior")).toArray())
        s.prior.push_back(v.toDouble());
    s.targetValue = a.value(QStringLiteral("target_value")).toString();
    s.tolerance = a.value(QStringLiteral("tolerance")).toDouble(0.1);
    s.ppvK = a.value(QStringLiteral("ppv_k")).toInt(100);
    s.memberCandidates = a.value(QStringLiteral("member_candidates")).toInteger();
    s.nonMemberCandidates = a.value(QStringLiteral("non_member_candidates")).toInteger();
    s.auxiliaryRows = a.value(QStringLiteral("auxiliary_rows")).toInteger();
    s.skippedCandidates = a.value(QStringLiteral("skipped_candidates")).toInteger();
    s.imputationAuxAccuracy = a.value(QStringLiteral("imputation_aux_accuracy")).toDouble();
    s.strongestAttack = a.value(QStringLiteral("strongest_attack")).toString();
    return s;
}

QStringList attributeFindings(const AttributeRunSummary& summary,
                              const std::vector<metrics::AttributeMetrics>& metrics)
{
    QStringList out;
    const QLocale locale;
    const auto figure = [&](const metrics::AccuracyDifference& d) {
        return d.ci95 ? AttributeInference::tr("%1 [%2, %3]")
                            .arg(locale.toString(d.value, 'f', 3), locale.toString(d.ci95->low, 'f', 3),
                                 locale.toString(d.ci95->high, 'f', 3))
                      : AttributeInference::tr("%1 (no interval: the run used no bootstrap)")
                            .arg(locale.toString(d.value, 'f', 3));
    };
    const metrics::AttributeMetrics* bestAdvantage = nullptr;
    const metrics::AttributeMetrics* bestIndividual = nullptr;
    for (const auto& m : metrics) {
        if (m.attack == QLatin1String("imputation")) continue;
        if (!bestAdvantage || m.advantageOverImputation.value > bestAdvantage->advantageOverImputation.value)
            bestAdvantage = &m;
        if (!bestIndividual || m.individualLeakage.value > bestIndividual->individualLeakage.value)
            bestIndividual = &m;
    }
    if (!bestAdvantage) {
        out << AttributeInference::tr(
            "Only the imputation baseline ran: nothing about the model was measured.");
        return out;
    }
    const auto wide = [](const metrics::AccuracyDifference& d) {
        return !d.ci95 || d.ci95->high - d.ci95->low > kAttributeWideInterval;
    };
    const auto& adv = bestAdvantage->advantageOverImputation;
    if (adv.clear() && adv.value > 0)
        out << AttributeInference::tr(
                   "With access to the model, '%1' is inferred better than by imputation from "
                   "the other columns: advantage %2 (%3).")
                   .arg(summary.column, figure(adv), attributeAttackTitle(bestAdvantage->attack));
    else
        out << AttributeInference::tr("No attack infers '%1' better than the imputation baseline beyond its "
                                      "interval (largest advantage %2, %3).")
                   .arg(summary.column, figure(adv), attributeAttackTitle(bestAdvantage->attack));
    const auto& ind = bestIndividual->individualLeakage;
    if (ind.clear() && ind.value > 0)
        out << AttributeInference::tr("Members' values are inferred more often than non-members': individual "
                                      "leakage %1 (%2). The model leaks about the records it was trained on.")
                   .arg(figure(ind), attributeAttackTitle(bestIndividual->attack));
    else
        out << AttributeInference::tr("No attack infers members' values more often than non-members' beyond "
                                      "its interval (largest individual leakage %1, %2).")
                   .arg(figure(ind), attributeAttackTitle(bestIndividual->attack));
    if ((!adv.clear() && wide(adv)) || (!ind.clear() && wide(ind)))
        out << AttributeInference::tr(
                   "An interval is wider than %1: too wide to rule out a leak of that size; "
                   "more candidates narrow it.")
                   .arg(locale.toString(kAttributeWideInterval, 'f', 2));
    return out;
}

} // namespace privaudit::attack
