#include "model/ModelSpec.h"

#include "dp/MechanismHistory.h"

#include <cmath>
#include <QLocale>
#include <QStringList>

namespace privaudit::model {

Expected<ModelSpec> ModelSpec::parse(const QString& text)
{
    const QString t = text.trimmed().toLower();
    ModelSpec spec;
    if (t == QLatin1String("logreg") || t == QLatin1String("logistic")) return spec;
    if (!t.startsWith(QLatin1String("mlp"))) {
        return Expected<ModelSpec>::failure(
            tr("Unknown model '%1': use logreg or mlp:WIDTH[,WIDTH...][:relu|tanh][:DROPOUT].").arg(text));
    }
    const QStringList parts = t.split(QLatin1Char(':'));
    if (parts[0] != QLatin1String("mlp")) // "mlp,/0" was read as the default MLP (fuzz_jobspec)
        return Expected<ModelSpec>::failure(
            tr("Unknown model '%1': use logreg or mlp:WIDTH[,WIDTH...][:relu|tanh][:DROPOUT].").arg(text));
    const QString widths = parts.size() > 1 ? parts[1] : QStringLiteral("256,256");
    for (const QString& w : widths.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int width = w.toInt(&ok);
        if (!ok || width < 1 || width > 65536)
            return Expected<ModelSpec>::failure(
                tr("Hidden layer width '%1' in '%2' must be a whole number from 1 "
                   "to 65536.")
                    .arg(w, text));
        spec.hiddenWidths.push_back(width);
    }
    if (spec.hiddenWidths.empty())
        return Expected<ModelSpec>::failure(tr("The MLP '%1' has no hidden layer widths.").arg(text));
    if (parts.size() > 2) {
        if (parts[2] == QLatin1String("relu"))
            spec.activation = Activation::Relu;
        else if (parts[2] == QLatin1String("tanh"))
            spec.activation = Activation::Tanh;
        else
            return Expected<ModelSpec>::failure(
                tr("Unknown activation '%1': use relu or tanh.").arg(parts[2]));
    }
    if (parts.size() > 3) {
        bool ok = false;
        spec.dropout = parts[3].toDouble(&ok);
        if (!ok || spec.dropout < 0.0 || spec.dropout >= 1.0)
            return Expected<ModelSpec>::failure(tr("Dropout '%1' must be in [0, 1).").arg(parts[3]));
    }
    return spec;
}

QString ModelSpec::toString() const
{
    if (hiddenWidths.empty()) return QStringLiteral("logreg");
    QStringList w;
    for (int x : hiddenWidths)
        w << QString::number(x);
    QString s = QStringLiteral("mlp:") + w.join(QLatin1Char(','));
    s += activation == Activation::Relu ? QStringLiteral(":relu") : QStringLiteral(":tanh");
    if (dropout > 0.0) s += QLatin1Char(':') + QString::number(dropout);
    return s;
}

QString TrainingConfig::validate() const
{
    if (!(learningRate > 0.0) || !std::isfinite(learningRate))
        return QCoreApplication::translate("privaudit::model::TrainingConfig",
                                           "The learning rate must be a positive number, got %1.")
            .arg(learningRate);
    if (epochs < 1)
        return QCoreApplication::translate("privaudit::model::TrainingConfig",
                                           "The number of epochs must be at least 1, got %1.")
            .arg(epochs);
    if (batchSize < 1)
        return QCoreApplication::translate("privaudit::model::TrainingConfig",
                                           "The batch size must be at least 1, got %1.")
            .arg(batchSize);
    if (weightDecay < 0.0 || !std::isfinite(weightDecay))
        return QCoreApplication::translate("privaudit::model::TrainingConfig",
                                           "The weight decay must not be negative, got %1.")
            .arg(weightDecay);
    if (dp) {
        if (!(maxGradNorm > 0.0) || !std::isfinite(maxGradNorm))
            return QCoreApplication::translate(
                       "privaudit::model::TrainingConfig",
                       "The clipping norm (max grad norm) must be a positive number, got %1.")
                .arg(maxGradNorm);
        if (!(delta > 0.0 && delta < 1.0))
            return QCoreApplication::translate("privaudit::model::TrainingConfig",
                                               "Delta must be in (0, 1), got %1.")
                .arg(delta);
        if (epsilonBudget && (!(*epsilonBudget > 0.0) || !std::isfinite(*epsilonBudget)))
            return QCoreApplication::translate("privaudit::model::TrainingConfig",
                                               "The epsilon budget must be a positive number, got %1.")
                .arg(*epsilonBudget);
        if (targetEpsilon) {
            if (!(*targetEpsilon > 0.0) || !std::isfinite(*targetEpsilon))
                return QCoreApplication::translate("privaudit::model::TrainingConfig",
                                                   "The target epsilon must be a positive number, got %1.")
                    .arg(*targetEpsilon);
        } else if (!(noiseMultiplier >= 0.0) || !std::isfinite(noiseMultiplier)) {
            return QCoreApplication::translate("privaudit::model::TrainingConfig",
                                               "The noise multiplier must not be negative, got %1.")
                .arg(noiseMultiplier);
        }
    }
    return {};
}

Expected<TrainingConfig> TrainingConfig::afterPreprocessing(double epsilon) const
{
    TrainingConfig c = *this;
    if (!dp || !(epsilon > 0.0)) return c;
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("privaudit::model::TrainingConfig", text);
    };
    for (std::optional<double>* total : {&c.targetEpsilon, &c.epsilonBudget}) {
        if (!*total) continue;
        if (!(**total > epsilon))
            return Expected<TrainingConfig>::failure(
                tr("The encoder's DP estimates spend epsilon %1 of the run's total of %2, which leaves "
                   "nothing for DP-SGD: give a larger total or a smaller encoder epsilon.")
                    .arg(QLocale().toString(epsilon, 'g', 3), QLocale().toString(**total, 'g', 3)));
        **total -= epsilon;
    }
    return c;
}

TrainingConfig TrainingConfig::recommended(bool dp, std::int64_t trainRows)
{
    TrainingConfig c;
    c.optimizer = OptimizerKind::Adam;
    c.dp = dp;
    if (dp) {
        // Measured: on 228 (breast cancer) and 400 (German credit) training rows 0.01 learns more than
        // 0.003 at epsilon 1 and 4; on Adult's 19,500 it learns less.
        c.learningRate = trainRows > 0 && trainRows < kSmallDataRows ? 1e-2 : 3e-3;
        c.batchSize = 64;
        c.epochs = 30;
    } else {
        c.learningRate = 1e-3;
        c.batchSize = 128;
        c.epochs = 10;
    }
    return c;
}

QStringList TrainingConfig::warnings(std::int64_t trainRows) const
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("privaudit::model::TrainingConfig", text);
    };
    // Numbers in the reader's convention (a German reader sees 0,564), as every displayed number.
    const auto n = [](double v, int digits) { return QLocale().toString(v, 'g', digits); };
    QStringList out;
    if (trainRows <= 0) return out;
    const dp::SgdSchedule schedule = dp::sgdSchedule(trainRows, double(batchSize), double(epochs));
    // Below ~100 optimiser steps a small network on tabular data rarely gets past the majority class, and
    // under DP-SGD the noise per step is larger still: the run would measure a model that learned nothing.
    if (schedule.steps < kMinimumUsefulSteps)
        out << tr("Only %1 optimiser steps (%2 per epoch for %3 rows in batches of %4, %5 epochs, sampling "
                  "rate %6): too "
                  "few for the model to learn, and an attack on a model that learned nothing understates the "
                  "risk. Use "
                  "a smaller batch or more epochs (at least %7 steps).")
                   .arg(schedule.steps)
                   .arg(schedule.stepsPerEpoch)
                   .arg(trainRows)
                   .arg(batchSize)
                   .arg(epochs)
                   .arg(n(schedule.samplingRate, 3))
                   .arg(kMinimumUsefulSteps);
    if (dp && schedule.samplingRate > 0.5)
        out << tr("DP-SGD with sampling rate %1: batches of more than half the data give almost no privacy "
                  "amplification "
                  "by subsampling, so the noise needed for a given epsilon is large. Use a batch of a few "
                  "percent of "
                  "the data.")
                   .arg(n(schedule.samplingRate, 3));
    if (dp && trainRows < kSmallDataRows && learningRate < 0.5 * recommended(true, trainRows).learningRate)
        out << tr("DP-SGD on %1 training rows at learning rate %2: on small data sets (fewer than %3 rows) "
                  "PrivAudit's measurements learned more at %4 (README, \"Default recipe\").")
                   .arg(trainRows)
                   .arg(n(learningRate, 3))
                   .arg(kSmallDataRows)
                   .arg(n(recommended(true, trainRows).learningRate, 3));
    if (dp && delta >= 1.0 / double(trainRows))
        out << tr("delta = %1 is not below 1/n = %2 (n = %3 training rows): a mechanism that publishes one "
                  "random record "
                  "in full meets this guarantee. Choose delta well below 1/n, for example %4.")
                   .arg(n(delta, 3))
                   .arg(n(1.0 / double(trainRows), 3))
                   .arg(trainRows)
                   .arg(n(std::pow(10.0, std::floor(std::log10(0.1 / double(trainRows)))), 1));
    return out;
}

} // namespace privaudit::model
