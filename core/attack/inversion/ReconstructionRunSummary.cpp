#include "attack/inversion/ReconstructionRunSummary.h"

#include <QJsonArray>
#include <QLocale>

namespace privaudit::attack {

// The stored results' JSON lives here, not in InformedReconstruction.cpp: readers of stored runs (the
// assessment, the report) must not link the attack's LibTorch code.
QJsonObject MeanWithInterval::toJson() const
{
    QJsonObject o{{QStringLiteral("mean"), mean}};
    if (hasInterval) {
        o[QStringLiteral("low")] = low;
        o[QStringLiteral("high")] = high;
    }
    return o;
}

MeanWithInterval MeanWithInterval::fromJson(const QJsonObject& json)
{
    MeanWithInterval m;
    m.mean = json.value(QStringLiteral("mean")).toDouble();
    m.hasInterval = json.contains(QStringLiteral("low"));
    m.low = json.value(QStringLiteral("low")).toDouble();
    m.high = json.value(QStringLiteral("high")).toDouble();
    return m;
}

QJsonObject ReconstructionResult::toJson() const
{
    QJsonArray rowArray;
    for (const ReconstructedRow& r : rows)
        rowArray.append(QJsonObject{{QStringLiteral("row"), qint64(r.row)},
                                    {QStringLiteral("squared_error"), r.squaredError},
                                    {QStringLiteral("hit_rate"), r.hitRate},
                                    {QStringLiteral("baseline_hit_rate"), r.baselineHitRate},
                                    {QStringLiteral("baseline_squared_error"), r.baselineSquaredError},
                                    {QStringLiteral("label_recovered"), r.labelRecovered},
                                    {QStringLiteral("target_gradient_norm"), r.targetGradientNorm}});
    QJsonObject columnsObject;
    for (const auto& [name, rate] : columnHitRates)
        columnsObject[name] = rate;
    QJsonObject o{{QStringLiteral("dp"), dp},
                  {QStringLiteral("model"), model},
                  {QStringLiteral("parameters"), qint64(parameters)},
                  {QStringLiteral("training_rows"), qint64(trainingRows)},
                  {QStringLiteral("input_width"), inputWidth},
                  {QStringLiteral("columns"), columns},
                  {QStringLiteral("l2"), l2},
                  {QStringLiteral("tolerance_sd"), tolerance},
                  {QStringLiteral("targets"), int(rows.size())},
                  {QStringLiteral("mean_squared_error"), squaredError.toJson()},
                  {QStringLiteral("median_squared_error"), medianSquaredError},
                  {QStringLiteral("baseline_mean_squared_error"), baselineSquaredError.toJson()},
                  {QStringLiteral("hit_rate"), hitRate.toJson()},
                  {QStringLiteral("baseline_hit_rate"), baselineHitRate.toJson()},
                  {QStringLiteral("advantage_over_baseline"), advantage.toJson()},
                  {QStringLiteral("label_recovery"), labelRecovery},
                  {QStringLiteral("exact_rows"), exactRows},
                  {QStringLiteral("column_hit_rates"), columnsObject},
                  {QStringLiteral("mean_train_accuracy"), meanTrainAccuracy},
                  {QStringLiteral("majority_share"), majorityShare},
                  {QStringLiteral("seconds"), seconds},
                  {QStringLiteral("rows"), rowArray}};
    if (dp) {
        o[QStringLiteral("epsilon")] = epsilon;
        o[QStringLiteral("delta")] = delta;
        o[QStringLiteral("noise_multiplier")] = noiseMultiplier;
    } else {
        o[QStringLiteral("worst_stationarity")] = worstStationarity;
    }
    return o;
}

QJsonObject ReconstructionRunSummary::toJson() const
{
    QJsonObject o = base.toJson();
    QJsonObject r = result.toJson();
    r[QStringLiteral("version")] = kVersion;
    o[QStringLiteral("reconstruction")] = r;
    return o;
}

ReconstructionResult reconstructionFromJson(const QJsonObject& r)
{
    ReconstructionResult s;
    s.dp = r.value(QStringLiteral("dp")).toBool();
    s.model = r.value(QStringLiteral("model")).toString(QStringLiteral("logreg")); // runs before MLPs: logreg
    s.parameters = r.value(QStringLiteral("parameters")).toInteger();
    s.trainingRows = r.value(QStringLiteral("training_rows")).toInteger();
    s.inputWidth = r.value(QStringLiteral("input_width")).toInt();
    s.columns = r.value(QStringLiteral("columns")).toInt();
    s.l2 = r.value(QStringLiteral("l2")).toDouble();
    s.tolerance = r.value(QStringLiteral("tolerance_sd")).toDouble();
    s.squaredError = MeanWithInterval::fromJson(r.value(QStringLiteral("mean_squared_error")).toObject());
    s.baselineSquaredError =
        MeanWithInterval::fromJson(r.value(QStringLiteral("baseline_mean_squared_error")).toObject());
    s.medianSquaredError = r.value(QStringLiteral("median_squared_error")).toDouble();
    s.hitRate = MeanWithInterval::fromJson(r.value(QStringLiteral("hit_rate")).toObject());
    s.baselineHitRate = MeanWithInterval::fromJson(r.value(QStringLiteral("baseline_hit_rate")).toObject());
    s.advantage = MeanWithInterval::fromJson(r.value(QStringLiteral("advantage_over_baseline")).toObject());
    s.labelRecovery = r.value(QStringLiteral("label_recovery")).toDouble();
    s.exactRows = r.value(QStringLiteral("exact_rows")).toInt();
    const QJsonObject columns = r.value(QStringLiteral("column_hit_rates")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it)
        s.columnHitRates.emplace_back(it.key(), it.value().toDouble());
    s.meanTrainAccuracy = r.value(QStringLiteral("mean_train_accuracy")).toDouble();
    s.majorityShare = r.value(QStringLiteral("majority_share")).toDouble();
    s.seconds = r.value(QStringLiteral("seconds")).toDouble();
    s.worstStationarity = r.value(QStringLiteral("worst_stationarity")).toDouble();
    s.epsilon = r.value(QStringLiteral("epsilon")).toDouble();
    s.delta = r.value(QStringLiteral("delta")).toDouble();
    s.noiseMultiplier = r.value(QStringLiteral("noise_multiplier")).toDouble();
    for (const QJsonValue& v : r.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = v.toObject();
        ReconstructedRow x;
        x.row = row.value(QStringLiteral("row")).toInteger();
        x.squaredError = row.value(QStringLiteral("squared_error")).toDouble();
        x.hitRate = row.value(QStringLiteral("hit_rate")).toDouble();
        x.baselineHitRate = row.value(QStringLiteral("baseline_hit_rate")).toDouble();
        x.baselineSquaredError = row.value(QStringLiteral("baseline_squared_error")).toDouble();
        x.labelRecovered = row.value(QStringLiteral("label_recovered")).toBool();
        x.targetGradientNorm = row.value(QStringLiteral("target_gradient_norm")).toDouble();
        s.rows.push_back(x);
    }
    return s;
}

ReconstructionRunSummary ReconstructionRunSummary::fromJson(const QJsonObject& json)
{
    ReconstructionRunSummary s;
    s.base = MembershipRunSummary::fromJson(json);
    s.result = reconstructionFromJson(json.value(QStringLiteral("reconstruction")).toObject());
    return s;
}

bool reconstructionIsLinear(const ReconstructionResult& result)
{
    const auto spec = model::ModelSpec::parse(result.model);
    return !spec || spec->isLogisticRegression();
}

QString reconstructionModelName(const ReconstructionResult& result)
{
    const auto spec = model::ModelSpec::parse(result.model);
    if (!spec || spec->isLogisticRegression()) return InformedReconstruction::tr("logistic regression");
    QStringList widths;
    for (const int w : spec->hiddenWidths)
        widths << QString::number(w);
    return InformedReconstruction::tr("MLP (hidden layers %1, %2)")
        .arg(widths.join(QStringLiteral(", ")),
             spec->activation == model::Activation::Tanh ? QStringLiteral("tanh") : QStringLiteral("ReLU"));
}

QStringList reconstructionFindings(const ReconstructionRunSummary& summary)
{
    const ReconstructionResult& r = summary.result;
    QStringList out;
    if (r.rows.empty()) return out;
    const QLocale locale;
    const auto percent = [&](double v) { return locale.toString(100.0 * v, 'f', 0); };
    const auto interval = [&](const MeanWithInterval& m) {
        return m.hasInterval
                   ? InformedReconstruction::tr("[%1, %2] points")
                         .arg(locale.toString(100.0 * m.low, 'f', 0), locale.toString(100.0 * m.high, 'f', 0))
                   : InformedReconstruction::tr("(no interval)");
    };
    const int targets = int(r.rows.size());
    out << InformedReconstruction::tr(
               "The adversary who knows every training row but one recovered %1 of %2 missing rows "
               "completely and %3% of their columns (numeric within %4 standard deviations, categorical "
               "exactly); the guess that needs no model, each column's class-conditional mean or mode, "
               "gets %5%.")
               .arg(r.exactRows)
               .arg(targets)
               .arg(percent(r.hitRate.mean), locale.toString(r.tolerance, 'f', 3),
                    percent(r.baselineHitRate.mean));
    const bool clearLeak = r.advantage.hasInterval && r.advantage.low > 0.0;
    const bool noAdvantage = r.advantage.hasInterval && r.advantage.high < kReconstructionNoAdvantage;
    if (!r.dp) {
        out << InformedReconstruction::tr(
                   "Without DP the trained %1 gives its training rows away to such an adversary: the "
                   "model's parameters determine the missing row (mean squared error %2 in standardised "
                   "inputs, advantage over the baseline %3).")
                   .arg(reconstructionModelName(r), locale.toString(r.squaredError.mean, 'g', 2),
                        interval(r.advantage));
        if (r.worstStationarity > 1e-8)
            out << InformedReconstruction::tr(
                       "The released minimiser was reached only to a gradient of %1: part of the error is "
                       "the optimiser's, not the model's protection.")
                       .arg(locale.toString(r.worstStationarity, 'g', 2));
    } else if (noAdvantage) {
        out << InformedReconstruction::tr(
                   "With DP-SGD at epsilon %1 the reconstruction is no better than the baseline: its "
                   "advantage %2 stays below %3 points.")
                   .arg(locale.toString(r.epsilon, 'f', 2), interval(r.advantage),
                        locale.toString(100.0 * kReconstructionNoAdvantage, 'f', 0));
    } else if (clearLeak) {
        out << InformedReconstruction::tr(
                   "With DP-SGD at epsilon %1 the reconstruction still beats the baseline, advantage %2: "
                   "the DP model lets this adversary recover part of the missing row.")
                   .arg(locale.toString(r.epsilon, 'f', 2), interval(r.advantage));
    } else {
        out << InformedReconstruction::tr(
                   "With DP-SGD at epsilon %1 the advantage over the baseline is %2: too wide an interval "
                   "to say whether the reconstruction beats the baseline; more targets narrow it.")
                   .arg(locale.toString(r.epsilon, 'f', 2), interval(r.advantage));
    }
    out << InformedReconstruction::tr(
               "This is a worst case: the adversary knows the other %1 training rows, the objective and its "
               "L2 penalty %2%3.")
               .arg(r.trainingRows - 1)
               .arg(locale.toString(r.l2, 'g', 3))
               .arg(r.dp ? QString()
                    : reconstructionIsLinear(r)
                        ? InformedReconstruction::tr(
                              ", and the model is the exact minimiser of that objective (a model stopped "
                              "earlier is not covered by this closed form)")
                        : InformedReconstruction::tr(
                              ", and the model is a stationary point of that objective (an MLP stopped "
                              "earlier, as training usually is, is not covered: that needs Balle et "
                              "al.'s reconstructor network)"));
    if (r.dp && r.meanTrainAccuracy <= r.majorityShare + 0.01)
        out << InformedReconstruction::tr(
                   "The DP models learned little: training accuracy %1% against %2% for always answering the "
                   "commonest label. A reconstruction that fails against a model that learned nothing says "
                   "little about a model that is useful.")
                   .arg(percent(r.meanTrainAccuracy), percent(r.majorityShare));
    if (targets < 10)
        out << InformedReconstruction::tr("Only %1 rows were reconstructed: the intervals are wide.")
                   .arg(targets);
    return out;
}

} // namespace privaudit::attack
