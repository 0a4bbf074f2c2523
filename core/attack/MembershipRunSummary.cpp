#include "attack/MembershipRunSummary.h"

#include "common/JsonNumber.h"

#include <cmath>
#include <QJsonArray>

namespace privaudit::attack {

namespace {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

} // namespace

QJsonObject MembershipRunSummary::toJson() const
{
    QJsonObject o{{QStringLiteral("schema_version"), kVersion},
                  {QStringLiteral("members"), qint64(members)},
                  {QStringLiteral("non_members"), qint64(nonMembers)},
                  {QStringLiteral("dp"), dp}};
    if (target) {
        const TargetFigures& t = *target;
        o[QStringLiteral("target_train_accuracy")] = t.trainAccuracy;
        o[QStringLiteral("target_test_accuracy")] = t.testAccuracy;
        o[QStringLiteral("target_test_loss")] = t.testLoss;
        o[QStringLiteral("target_test_auc")] = t.testAuc;
        o[QStringLiteral("reference_models")] = t.referenceModels;
        o[QStringLiteral("reference_seconds")] = t.referenceSeconds;
        o[QStringLiteral("epsilon")] = jsonNumber(t.epsilon);
        o[QStringLiteral("delta")] = t.delta;
        o[QStringLiteral("noise_multiplier")] = t.noiseMultiplier;
        o[QStringLiteral("sampling_rate")] = t.samplingRate;
        o[QStringLiteral("steps")] = qint64(t.steps);
        if (t.epochs) o[QStringLiteral("epochs")] = *t.epochs;
        o[QStringLiteral("input_width")] = t.inputWidth;
        o[QStringLiteral("encoder")] = t.encoder;
        o[QStringLiteral("utility")] = t.utility;
    }
    if (memorisation) o[QStringLiteral("memorisation")] = memorisation->toJson();
    if (!dataNotes.isEmpty()) o[QStringLiteral("data_notes")] = QJsonArray::fromStringList(dataNotes);
    if (!notRun.isEmpty()) o[QStringLiteral("not_run")] = QJsonArray::fromStringList(notRun);
    if (!targetOutputs.isEmpty()) o[QStringLiteral("target_outputs")] = targetOutputs;
    if (!sandbox.isEmpty()) o[QStringLiteral("sandbox")] = sandbox;
    if (!labelCounts.isEmpty()) {
        QJsonObject balance;
        for (auto it = labelCounts.begin(); it != labelCounts.end(); ++it)
            balance[it.key()] = qint64(it.value());
        o[QStringLiteral("label_counts")] = balance;
    }
    return o;
}

MembershipRunSummary MembershipRunSummary::fromJson(const QJsonObject& o)
{
    MembershipRunSummary s;
    s.members = o.value(QStringLiteral("members")).toInteger();
    s.nonMembers = o.value(QStringLiteral("non_members")).toInteger();
    s.dp = o.value(QStringLiteral("dp")).toBool();
    if (o.contains(QStringLiteral("target_test_accuracy"))) {
        TargetFigures t;
        t.trainAccuracy = o.value(QStringLiteral("target_train_accuracy")).toDouble();
        t.testAccuracy = o.value(QStringLiteral("target_test_accuracy")).toDouble();
        t.testLoss = o.value(QStringLiteral("target_test_loss")).toDouble();
        t.testAuc = o.value(QStringLiteral("target_test_auc")).toDouble();
        t.referenceModels = o.value(QStringLiteral("reference_models")).toInt();
        t.referenceSeconds = o.value(QStringLiteral("reference_seconds")).toDouble();
        t.epsilon = numberFromJson(o.value(QStringLiteral("epsilon")));
        t.delta = o.value(QStringLiteral("delta")).toDouble();
        t.noiseMultiplier = o.value(QStringLiteral("noise_multiplier")).toDouble();
        t.samplingRate = o.value(QStringLiteral("sampling_rate")).toDouble();
        t.steps = o.value(QStringLiteral("steps")).toInteger();
        if (o.contains(QStringLiteral("epochs"))) t.epochs = o.value(QStringLiteral("epochs")).toInt();
        t.inputWidth = o.value(QStringLiteral("input_width")).toInt();
        t.encoder = o.value(QStringLiteral("encoder")).toObject();
        t.utility = o.value(QStringLiteral("utility")).toObject();
        s.target = t;
    }
    if (o.value(QStringLiteral("memorisation")).isObject())
        s.memorisation = MemorisationSummary::fromJson(o.value(QStringLiteral("memorisation")).toObject());
    s.dataNotes = strings(o.value(QStringLiteral("data_notes")));
    s.notRun = strings(o.value(QStringLiteral("not_run")));
    s.targetOutputs = o.value(QStringLiteral("target_outputs")).toObject();
    s.sandbox = o.value(QStringLiteral("sandbox")).toObject();
    const QJsonObject balance = o.value(QStringLiteral("label_counts")).toObject();
    for (auto it = balance.begin(); it != balance.end(); ++it)
        s.labelCounts[it.key()] = it.value().toInteger();
    return s;
}

} // namespace privaudit::attack
