#include "dp/DpStatement.h"

#include <cmath>
#include <QLocale>
#include <QStringList>

namespace privaudit::dp {

namespace {

QString number(double v, int precision = 4)
{
    return QLocale().toString(v, 'g', precision);
}

} // namespace

QString DpStatement::text(const DpStatementInput& in)
{
    QStringList paragraphs;
    const auto& phases = in.history.phases();

    // 1. What was run.
    QStringList runParts;
    for (const auto& p : phases) {
        if (p.samplingRate >= 1.0)
            runParts << tr("%n step(s) of the Gaussian mechanism with noise multiplier %1", nullptr,
                           static_cast<int>(std::min<std::int64_t>(p.steps, INT32_MAX)))
                            .arg(number(p.noiseMultiplier));
        else
            runParts << tr("%1 steps with sampling rate q = %2 and noise multiplier %3")
                            .arg(QLocale().toString(static_cast<qint64>(p.steps)), number(p.samplingRate),
                                 number(p.noiseMultiplier));
    }
    QString run =
        tr("The model was trained with differentially private stochastic gradient descent (DP-SGD): %1.")
            .arg(runParts.join(tr("; then ")));
    if (in.datasetSize)
        run += QLatin1Char(' ') +
               tr("The training set had %1 examples.").arg(QLocale().toString(*in.datasetSize));
    if (in.datasetSize && phases.size() == 1 && phases.front().samplingRate < 1.0)
        run += QLatin1Char(' ') +
               tr("The expected batch size was %1 examples.")
                   .arg(number(phases.front().samplingRate * static_cast<double>(*in.datasetSize)));
    if (in.epochs) run += QLatin1Char(' ') + tr("This corresponds to %1 epochs.").arg(number(*in.epochs, 3));
    if (in.clippingNorm)
        run += QLatin1Char(' ') + tr("Each example's gradient was clipped to an L2 norm of at most %1 before "
                                     "the noise was added.")
                                      .arg(number(*in.clippingNorm));
    paragraphs << run;

    // 2. The guarantee.
    const QString eps = std::isfinite(in.epsilon) ? number(in.epsilon) : tr("infinity");
    QString guarantee =
        tr("Guarantee: the training procedure satisfies (epsilon = %1, delta = %2)-differential privacy at "
           "the "
           "level of single examples under add-or-remove-one adjacency, computed with the %3 accountant. "
           "Informally: adding or removing any one training example changes the probability of any outcome "
           "of training by at most a factor of e^epsilon = %4, except with probability at most delta.")
            .arg(eps, number(in.delta, 3), in.accountant.toUpper(),
                 std::isfinite(in.epsilon) ? number(std::exp(in.epsilon)) : tr("infinity"));
    if (in.rdpEpsilon && in.pldEpsilon)
        guarantee +=
            QLatin1Char(' ') + tr("For comparison: RDP accountant epsilon = %1, PLD accountant epsilon = "
                                  "%2 (the PLD value is tighter; both are upper bounds).")
                                   .arg(number(*in.rdpEpsilon), number(*in.pldEpsilon));
    paragraphs << guarantee;

    // 3. Scope in time.
    paragraphs << tr("The guarantee covers the final model and every intermediate checkpoint, because the "
                     "accountant composes every training step.");

    // 4. Assumptions.
    paragraphs << tr("Assumptions: batches are formed by Poisson sampling (each example joins each batch "
                     "independently with probability q); shuffling into fixed-size batches is a different "
                     "mechanism whose guarantee can be substantially weaker. Each person contributes at most "
                     "one training example; where people contribute several, the guarantee per person is "
                     "weaker (group privacy) and is not stated here.");

    // 5. What is not covered.
    paragraphs << tr(
        "Not covered: hyper-parameter search or model selection on the same private data; "
        "data-dependent preprocessing such as normalisation statistics, category vocabularies or "
        "feature selection computed on the training data; any public or pre-training data; and "
        "faults in the implementation or in floating-point arithmetic. An empirical attack on the "
        "model can only give a lower bound on epsilon, never confirm this upper bound.");
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace privaudit::dp
