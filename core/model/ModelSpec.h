#pragma once

#include "common/Expected.h"

#include <cstdint>
#include <optional>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace privaudit::model {

enum class Activation
{
    Relu,
    Tanh
};

/// Architecture of a classifier trained here: logistic regression (no hidden layer) or an MLP.
struct ModelSpec
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::model::ModelSpec)

public:
    std::vector<int> hiddenWidths; ///< empty = logistic regression
    Activation activation = Activation::Relu;
    double dropout = 0.0;

    /// "logreg", "mlp:256,256", "mlp:128:tanh", "mlp:256,256:relu:0.1" (widths, activation, dropout).
    static Expected<ModelSpec> parse(const QString& text);
    [[nodiscard]] QString toString() const;
    [[nodiscard]] bool isLogisticRegression() const { return hiddenWidths.empty(); }
};

enum class OptimizerKind
{
    Sgd,
    Adam
};

/// Fewer optimiser steps than this draw a warning (TrainingConfig::warnings).
inline constexpr std::int64_t kMinimumUsefulSteps = 100;
/// Below this many training rows the DP recipe takes the larger learning rate (TrainingConfig::recommended).
inline constexpr std::int64_t kSmallDataRows = 2000;

/// How to train. With dp = true the model is trained with DP-SGD: Poisson sampling at rate
/// batchSize / n, per-example clipping to maxGradNorm, Gaussian noise noiseMultiplier * maxGradNorm on
/// the sum, division by the expected batch size.
struct TrainingConfig
{
    OptimizerKind optimizer = OptimizerKind::Adam;
    double learningRate = 1e-3; ///< recommended(false)
    int epochs = 10;
    int batchSize = 128;
    double weightDecay = 0.0;
    std::uint64_t seed = 1;

    bool dp = false;
    double noiseMultiplier = 0.0;
    std::optional<double> targetEpsilon; ///< calibrate noiseMultiplier for this epsilon before training
    std::optional<double> epsilonBudget; ///< stop before the epoch that would take epsilon above this
    double maxGradNorm = 1.0;
    double delta = 1e-5;
    bool secureNoise = false; ///< DP noise from the operating system's cryptographic source

    /// The default recipe of train, attack, sweep, job specs, the run dialog and the demo's DP job,
    /// chosen from measurements on Adult, Wisconsin breast cancer, German credit and the demo data
    /// (README, "Default recipe"; tests/benchmarks/recipe-defaults.sh): without DP Adam at 0.001 in
    /// batches of 128 for 10 epochs; with DP-SGD Adam in (expected) batches of 64 for 30 epochs, because
    /// the noise wants more, smaller steps and a larger rate: 0.003, or 0.01 when the caller knows there
    /// are fewer than kSmallDataRows training rows (0 < @p trainRows < kSmallDataRows).
    static TrainingConfig recommended(bool dp, std::int64_t trainRows = 0);

    /// The recipe for DP-SGD once @p epsilon of the run's budget was spent before training (by the
    /// encoder's DP estimates): a target epsilon or an epsilon budget is the run's total, so DP-SGD gets
    /// what is left (sequential composition: the run is (epsilon + SGD epsilon, delta)-DP). Fails, naming
    /// both, when nothing is left. Unchanged without DP or for epsilon 0.
    [[nodiscard]] Expected<TrainingConfig> afterPreprocessing(double epsilon) const;

    /// An empty string when consistent, else a translated message naming the parameter.
    [[nodiscard]] QString validate() const;
    /// Recipes that are valid but unwise for @p trainRows training rows (translated, one per problem):
    /// too few optimiser steps to learn, DP-SGD without subsampling amplification, delta >= 1/n.
    [[nodiscard]] QStringList warnings(std::int64_t trainRows) const;
};

} // namespace privaudit::model
