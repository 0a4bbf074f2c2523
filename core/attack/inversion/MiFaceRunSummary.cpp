#include "attack/inversion/MiFaceRunSummary.h"

#include "metrics/Utility.h"

#include <QLocale>

namespace privaudit::attack {

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
