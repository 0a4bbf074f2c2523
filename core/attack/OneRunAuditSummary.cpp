#include "attack/OneRunAuditSummary.h"

#include "common/JsonNumber.h"

#include <cmath>
#include <QJsonArray>
#include <QLocale>

namespace privaudit::attack {

QString OneRunAuditSummary::verdict() const
{
    const QLocale locale;
    const QString bound = locale.toString(epsilonLowerBound, 'f', 2);
    const QString level = locale.toString(100.0 * confidence, 'f', 0);
    if (!dp)
        return tr("Without DP there is no privacy claim to check: the audit shows epsilon >= %1 with %2% "
                  "confidence (%3 of %4 guesses right).")
            .arg(bound, level)
            .arg(correct)
            .arg(guesses);
    const QString accountant = locale.toString(accountantEpsilon, 'f', 2);
    if (exceedsAccountant())
        return tr("The empirical epsilon (>= %1 with %2% confidence) exceeds the accountant's epsilon %3: "
                  "the DP training or its accounting is broken; the accountant's figure must not be "
                  "relied on.")
            .arg(bound, level, accountant);
    if (epsilonLowerBound <= 0.0)
        return tr("No privacy loss was detected (epsilon lower bound 0 with %1% confidence). This does "
                  "not confirm the accountant's epsilon %2; it only finds no contradiction.")
            .arg(level, accountant);
    return tr("Consistent with the accountant: epsilon >= %1 measured with %2% confidence, at most %3 "
              "claimed. The audit can only refute a claim, not prove it.")
        .arg(bound, level, accountant);
}

QJsonObject OneRunAuditSummary::toJson() const
{
    QJsonObject o{{QStringLiteral("schema_version"), kVersion},
                  {QStringLiteral("canaries"), canaries},
                  {QStringLiteral("included"), included},
                  {QStringLiteral("guesses"), guesses},
                  {QStringLiteral("correct"), correct},
                  {QStringLiteral("mislabelled"), mislabelled},
                  {QStringLiteral("confidence"), confidence},
                  {QStringLiteral("epsilon_lower_bound"), epsilonLowerBound},
                  {QStringLiteral("accountant_epsilon"), jsonNumber(accountantEpsilon)},
                  {QStringLiteral("delta"), delta},
                  {QStringLiteral("dp"), dp},
                  {QStringLiteral("members"), qint64(members)},
                  {QStringLiteral("train_accuracy"), trainAccuracy},
                  {QStringLiteral("noise_multiplier"), noiseMultiplier},
                  {QStringLiteral("sampling_rate"), samplingRate},
                  {QStringLiteral("steps"), qint64(steps)},
                  {QStringLiteral("epochs"), epochs}};
    if (!dataNotes.isEmpty()) o[QStringLiteral("data_notes")] = QJsonArray::fromStringList(dataNotes);
    return o;
}

OneRunAuditSummary OneRunAuditSummary::fromJson(const QJsonObject& o)
{
    OneRunAuditSummary s;
    s.canaries = o.value(QStringLiteral("canaries")).toInt();
    s.included = o.value(QStringLiteral("included")).toInt();
    s.guesses = o.value(QStringLiteral("guesses")).toInt();
    s.correct = o.value(QStringLiteral("correct")).toInt();
    s.mislabelled = o.value(QStringLiteral("mislabelled")).toBool(true);
    s.confidence = o.value(QStringLiteral("confidence")).toDouble(0.95);
    s.epsilonLowerBound = o.value(QStringLiteral("epsilon_lower_bound")).toDouble();
    s.accountantEpsilon = numberFromJson(o.value(QStringLiteral("accountant_epsilon")));
    s.delta = o.value(QStringLiteral("delta")).toDouble();
    s.dp = o.value(QStringLiteral("dp")).toBool();
    s.members = o.value(QStringLiteral("members")).toInteger();
    s.trainAccuracy = o.value(QStringLiteral("train_accuracy")).toDouble();
    s.noiseMultiplier = o.value(QStringLiteral("noise_multiplier")).toDouble();
    s.samplingRate = o.value(QStringLiteral("sampling_rate")).toDouble();
    s.steps = o.value(QStringLiteral("steps")).toInteger();
    s.epochs = o.value(QStringLiteral("epochs")).toInt();
    for (const QJsonValue& v : o.value(QStringLiteral("data_notes")).toArray())
        s.dataNotes << v.toString();
    return s;
}

} // namespace privaudit::attack
