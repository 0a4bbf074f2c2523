#include "attack/canary/CanaryRunSummary.h"

#include "attack/canary/CanaryExposure.h"

#include <algorithm>
#include <cmath>
#include <QJsonArray>
#include <QLocale>

namespace privaudit::attack {

QJsonObject CanaryRunSummary::toJson() const
{
    QJsonObject o = base.toJson();
    QJsonArray rows;
    for (const metrics::ExposureLevel& l : levels) {
        QJsonObject row = l.toJson();
        row.remove(QStringLiteral("loss_bits"));
        row.remove(QStringLiteral("exposures"));
        row.remove(QStringLiteral("exposures_extrapolated"));
        rows.append(row);
    }
    o[QStringLiteral("canary")] = QJsonObject{
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("label"), label},
        {QStringLiteral("canaries_per_level"), canariesPerLevel},
        {QStringLiteral("references"), qint64(references)},
        {QStringLiteral("inserted_rows"), qint64(insertedRows)},
        {QStringLiteral("space_bits"), spaceBits},
        {QStringLiteral("input_columns"), inputColumns},
        {QStringLiteral("chance_exposure"), chance},
        {QStringLiteral("skew_normal"), QJsonObject{{QStringLiteral("location"), fit.location},
                                                    {QStringLiteral("scale"), fit.scale},
                                                    {QStringLiteral("shape"), fit.shape},
                                                    {QStringLiteral("ks_distance"), fitDistance}}},
        {QStringLiteral("flip_model_accuracy"), flipModelAccuracy},
        {QStringLiteral("scoring_seconds"), scoringSeconds},
        {QStringLiteral("levels"), rows}};
    return o;
}

CanaryRunSummary CanaryRunSummary::fromJson(const QJsonObject& json)
{
    CanaryRunSummary s;
    s.base = MembershipRunSummary::fromJson(json);
    const QJsonObject c = json.value(QStringLiteral("canary")).toObject();
    s.label = c.value(QStringLiteral("label")).toString();
    s.canariesPerLevel = c.value(QStringLiteral("canaries_per_level")).toInt();
    s.references = c.value(QStringLiteral("references")).toInteger();
    s.insertedRows = c.value(QStringLiteral("inserted_rows")).toInteger();
    s.spaceBits = c.value(QStringLiteral("space_bits")).toDouble();
    s.inputColumns = c.value(QStringLiteral("input_columns")).toInt();
    s.chance = c.value(QStringLiteral("chance_exposure")).toDouble();
    const QJsonObject fit = c.value(QStringLiteral("skew_normal")).toObject();
    s.fit = {fit.value(QStringLiteral("location")).toDouble(),
             fit.value(QStringLiteral("scale")).toDouble(1.0), fit.value(QStringLiteral("shape")).toDouble()};
    s.fitDistance = fit.value(QStringLiteral("ks_distance")).toDouble();
    s.flipModelAccuracy = c.value(QStringLiteral("flip_model_accuracy")).toDouble();
    s.scoringSeconds = c.value(QStringLiteral("scoring_seconds")).toDouble();
    for (const QJsonValue& v : c.value(QStringLiteral("levels")).toArray())
        s.levels.push_back(metrics::ExposureLevel::fromJson(v.toObject()));
    return s;
}

const metrics::ExposureLevel* CanaryRunSummary::level(int repetitions) const
{
    for (const metrics::ExposureLevel& l : levels)
        if (l.repetitions == repetitions) return &l;
    return nullptr;
}

QStringList canaryFindings(const CanaryRunSummary& summary)
{
    QStringList out;
    const QLocale locale;
    const auto bits = [&](double v) { return locale.toString(v, 'f', 2); };
    const double ceiling = summary.references > 0 ? std::log2(double(summary.references)) : 0.0;
    // A level is clear when its interval sits above chance and above the controls' mean (what canaries
    // the model never saw reach on these data), by kCanaryClearExcessBits.
    const metrics::ExposureLevel* control = summary.level(0);
    const double floor = std::max(summary.chance, control ? control->meanInterpolated : 0.0);
    int firstClear = 0;
    bool anyInserted = false;
    bool atCeiling = false;
    for (const metrics::ExposureLevel& l : summary.levels) {
        if (l.repetitions <= 0) continue;
        anyInserted = true;
        const bool clear = l.hasInterval && l.low > floor + kCanaryClearExcessBits;
        if (clear && firstClear == 0) firstClear = l.repetitions;
        atCeiling = atCeiling || l.meanInterpolated > ceiling - 1.0;
    }
    if (!anyInserted) return out;
    if (firstClear == 1)
        out << CanaryExposure::tr("Rows seen once in training are memorised: canaries inserted once rank "
                                  "clearly above chance (%1 bits) and above the never-inserted controls.")
                   .arg(bits(summary.chance));
    else if (firstClear > 1)
        out << CanaryExposure::tr("Rows repeated %1 times or more are memorised: their canaries rank clearly "
                                  "above chance (%2 bits) and above the never-inserted controls; rows "
                                  "repeated less often are not shown to be.")
                   .arg(firstClear)
                   .arg(bits(summary.chance));
    else
        out << CanaryExposure::tr("No repetition level ranks clearly above chance (%1 bits) and the "
                                  "never-inserted controls: this run shows no memorisation of the canaries "
                                  "(which is not proof that there is "
                                  "none; more canaries per level narrow the intervals).")
                   .arg(bits(summary.chance));
    if (control && control->hasInterval && control->low > summary.chance + kCanaryClearExcessBits)
        out << CanaryExposure::tr(
            "The control canaries, never inserted, also rank above chance: the test is "
            "not measuring memorisation alone on these data (its references differ from "
            "the canaries).");
    if (atCeiling)
        out << CanaryExposure::tr(
                   "At least one level reaches the ceiling of %1 bits that %2 references can "
                   "measure; the extrapolated exposure estimates beyond it, and more references "
                   "raise the ceiling.")
                   .arg(bits(ceiling))
                   .arg(summary.references);
    if (summary.fitDistance > metrics::kPoorFitDistance)
        out << CanaryExposure::tr("The skew-normal fits the references' losses poorly (Kolmogorov-Smirnov "
                                  "distance %1): read the extrapolated exposures as indicative only; the "
                                  "interpolated ones rest on the ranks alone.")
                   .arg(locale.toString(summary.fitDistance, 'f', 3));
    if (summary.base.dp)
        out << CanaryExposure::tr(
            "With DP-SGD a row inserted r times is protected as a group of r: roughly r "
            "times the run's epsilon, so repeated rows can show exposure within the "
            "guarantee.");
    return out;
}

} // namespace privaudit::attack
