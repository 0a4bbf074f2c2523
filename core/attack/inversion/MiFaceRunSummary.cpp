#include "attack/inversion/MiFaceRunSummary.h"

#include "metrics/Utility.h"

#include <QJsonArray>
#include <QLocale>

namespace privaudit::attack {

// MiFaceResult's JSON lives here, not in MiFace.cpp: readers of stored runs (the assessment, the report)
// must not link the attack's LibTorch code.
QJsonObject MiFaceResult::toJson() const
{
    QJsonArray rows;
    for (const MiFaceRecord& r : records)
        rows.append(QJsonObject{{QStringLiteral("class"), classes.value(r.cls)},
                                {QStringLiteral("class_index"), r.cls},
                                {QStringLiteral("restart"), r.restart},
                                {QStringLiteral("confidence"), r.confidence},
                                {QStringLiteral("iterations"), r.iterations},
                                {QStringLiteral("stop"), r.stop},
                                {QStringLiteral("member_distance"), r.memberDistance},
                                {QStringLiteral("held_out_distance"), r.nonMemberDistance},
                                {QStringLiteral("prior_agreement"), r.priorAgreement},
                                {QStringLiteral("member_hit_rate"), r.memberHitRate},
                                {QStringLiteral("held_out_hit_rate"), r.nonMemberHitRate},
                                {QStringLiteral("values"), QJsonArray::fromStringList(r.values)}});
    return QJsonObject{{QStringLiteral("classes"), QJsonArray::fromStringList(classes)},
                       {QStringLiteral("pool_rows"), poolRows},
                       {QStringLiteral("mean_distance_gap"), meanGap},
                       {QStringLiteral("closer_to_members"), closerToMembers},
                       {QStringLiteral("p_value"), pValue},
                       {QStringLiteral("permutations"), permutations},
                       {QStringLiteral("prior_agreement"), priorAgreement},
                       {QStringLiteral("member_hit_rate"), memberHitRate},
                       {QStringLiteral("held_out_hit_rate"), nonMemberHitRate},
                       {QStringLiteral("mean_confidence"), meanConfidence},
                       {QStringLiteral("tolerance_sd"), tolerance},
                       {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("representatives"), rows}};
}

MiFaceResult MiFaceResult::fromJson(const QJsonObject& o)
{
    MiFaceResult s;
    for (const QJsonValue& v : o.value(QStringLiteral("classes")).toArray())
        s.classes << v.toString();
    s.poolRows = o.value(QStringLiteral("pool_rows")).toInt();
    s.meanGap = o.value(QStringLiteral("mean_distance_gap")).toDouble();
    s.closerToMembers = o.value(QStringLiteral("closer_to_members")).toDouble();
    s.pValue = o.value(QStringLiteral("p_value")).toDouble(1.0);
    s.permutations = o.value(QStringLiteral("permutations")).toInt();
    s.priorAgreement = o.value(QStringLiteral("prior_agreement")).toDouble();
    s.memberHitRate = o.value(QStringLiteral("member_hit_rate")).toDouble();
    s.nonMemberHitRate = o.value(QStringLiteral("held_out_hit_rate")).toDouble();
    s.meanConfidence = o.value(QStringLiteral("mean_confidence")).toDouble();
    s.tolerance = o.value(QStringLiteral("tolerance_sd")).toDouble();
    s.seconds = o.value(QStringLiteral("seconds")).toDouble();
    for (const QJsonValue& v : o.value(QStringLiteral("representatives")).toArray()) {
        const QJsonObject r = v.toObject();
        MiFaceRecord x;
        x.cls = r.value(QStringLiteral("class_index")).toInt();
        x.restart = r.value(QStringLiteral("restart")).toInt();
        x.confidence = r.value(QStringLiteral("confidence")).toDouble();
        x.iterations = r.value(QStringLiteral("iterations")).toInt();
        x.stop = r.value(QStringLiteral("stop")).toString();
        x.memberDistance = r.value(QStringLiteral("member_distance")).toDouble();
        x.nonMemberDistance = r.value(QStringLiteral("held_out_distance")).toDouble();
        x.priorAgreement = r.value(QStringLiteral("prior_agreement")).toDouble();
        x.memberHitRate = r.value(QStringLiteral("member_hit_rate")).toDouble();
        x.nonMemberHitRate = r.value(QStringLiteral("held_out_hit_rate")).toDouble();
        for (const QJsonValue& t : r.value(QStringLiteral("values")).toArray())
            x.values << t.toString();
        s.records.push_back(x);
    }
    return s;
}

QJsonObject MiFaceRunSummary::toJson() const
{
    QJsonObject o = base.toJson();
    QJsonObject r = result.toJson();
    r[QStringLiteral("version")] = kVersion;
    o[QStringLiteral("mi_face")] = r;
    return o;
}

MiFaceRunSummary MiFaceRunSummary::fromJson(const QJsonObject& json)
{
    MiFaceRunSummary s;
    s.base = MembershipRunSummary::fromJson(json);
    s.result = MiFaceResult::fromJson(json.value(QStringLiteral("mi_face")).toObject());
    return s;
}

QStringList miFaceFindings(const MiFaceRunSummary& summary)
{
    const MiFaceResult& r = summary.result;
    QStringList out;
    if (r.records.empty()) return out;
    const QLocale locale;
    const auto percent = [&](double v) { return locale.toString(100.0 * v, 'f', 0); };
    const int representatives = int(r.records.size());
    int confident = 0;
    for (const MiFaceRecord& x : r.records)
        confident += x.stop == QLatin1String("confidence") ? 1 : 0;
    out << MiFace::tr("MI-Face found %1 class representatives (%2 classes); the model gives them a mean "
                      "confidence of %3% in their class, and %4 reached the stopping confidence.")
               .arg(representatives)
               .arg(r.classes.size())
               .arg(percent(r.meanConfidence))
               .arg(confident);
    const QString p = locale.toString(r.pValue, 'f', 3);
    if (r.pValue < kMiFaceSignificance) {
        out << MiFace::tr("The representatives sit closer to training rows than to held-out rows of their "
                          "class (mean gap %1, %2% of them nearer a member; permutation test p = %3): the "
                          "inversion recovers something specific to the members.")
                   .arg(locale.toString(r.meanGap, 'g', 3), percent(r.closerToMembers), p);
    } else if (r.pValue < kMiFaceWeak) {
        out << MiFace::tr(
                   "Weak evidence that the representatives sit closer to training rows than to held-out "
                   "rows of their class (mean gap %1, %2% nearer a member; permutation test p = %3): "
                   "one run in twenty gets this far by chance. Repeat with more starts or another "
                   "seed before acting on it.")
                   .arg(locale.toString(r.meanGap, 'g', 3), percent(r.closerToMembers), p);
    } else {
        out << MiFace::tr("No evidence that the representatives sit closer to training rows than to held-out "
                          "rows of their class (mean gap %1, %2% nearer a member; permutation test p = %3): "
                          "they describe the class, not its members. This does not show that no inversion "
                          "works against the model, only that this one did not.")
                   .arg(locale.toString(r.meanGap, 'g', 3), percent(r.closerToMembers), p);
    }
    out << MiFace::tr("A representative agrees with the class-conditional mean or mode on %1% of the "
                      "columns; it recovers %2% of the columns of its closest member and %3% of its "
                      "closest held-out row (numeric within %4 standard deviations, categorical exactly).")
               .arg(percent(r.priorAgreement), percent(r.memberHitRate), percent(r.nonMemberHitRate),
                    locale.toString(r.tolerance, 'f', 3));
    if (summary.base.dp && summary.base.target)
        out << MiFace::tr("The target was trained with DP-SGD at epsilon %1.")
                   .arg(locale.toString(summary.base.target->epsilon, 'f', 2));
    if (summary.base.target && !summary.base.target->utility.isEmpty()) {
        const metrics::UtilityCheck u = metrics::UtilityCheck::fromJson(summary.base.target->utility);
        if (!u.learned)
            out << MiFace::tr("The target learned nothing measurable: an inversion that finds nothing in a "
                              "model that learned nothing says nothing about a useful one.");
    }
    if (confident * 2 < representatives)
        out << MiFace::tr("Most representatives stopped before the model was confident of their class: "
                          "the model's confidence is bounded on the box, or the step budget ran out.");
    if (representatives < 10 || r.poolRows < 30)
        out << MiFace::tr("Only %1 representatives against %2 rows on each side: the test has little power.")
                   .arg(representatives)
                   .arg(r.poolRows);
    return out;
}

} // namespace privaudit::attack
