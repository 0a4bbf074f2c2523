#pragma once

#include "attack/inversion/DenseNet.h"
#include "common/Expected.h"
#include "compute/ComputeSettings.h"
#include "data/TableEncoder.h"
#include "model/ModelSpec.h"

#include <Eigen/Core>
#include <functional>
#include <QCoreApplication>
#include <QJsonObject>
#include <vector>

namespace privaudit::attack {

/// The informed adversary of Balle, Cherubin & Hayes (2022, "Reconstructing training data with informed
/// adversaries", IEEE S&P), for a multinomial logistic regression with an L2 penalty: the adversary knows
/// every training row but one (the fixed set D-), the training objective and the released parameters,
/// and recovers the missing row.
///
/// The objective is L(T) = (1/n) sum_i CE(T z_i, y_i) + (lambda / 2) |T|^2 with z_i = (x_i, 1) and T the
/// classes x (inputs + 1) parameters. At its minimiser the gradient is zero, so the target's gradient is
/// g = (p_t - e_yt) z_t^T = -n (lambda T + (1/n) sum_{i in D-} (p_i - e_yi) z_i^T), which the adversary
/// computes. Its last column r = p_t - e_yt gives the label (the one negative entry) and the input is
/// x = G r / |r|^2 over the other columns (the closed form Balle et al. derive for convex models; IBM
/// ART's DatabaseReconstruction reaches the same row by refitting with a candidate row and L-BFGS).
///
/// Without DP the released model is that minimiser, found by Newton's method in double precision: the
/// worst case for a convex model, and what the paper's closed form assumes. With DP the model is trained
/// by the recipe's DP-SGD (model::Classifier, the same accountant) with the same lambda as its weight
/// decay, and the adversary applies the same computation to what DP-SGD released.
///
/// Small MLPs (smooth activation: tanh). The same identity holds at any stationary point, convex or not:
/// the target's gradient is g_t = -(n lambda theta + sum_{D-} grad CE_i(theta)), every layer of it. The
/// first layer's part is delta_1 (x_t, 1)^T for the target's first-layer output gradient delta_1, so x_t
/// is read off it exactly as above (Phong et al. 2018's observation for a layer with a bias), and the
/// label off the last layer's bias part p_t - e_yt. Balle et al. train a reconstructor network on shadow
/// models for neural networks because their models stop short of a stationary point; here the
/// non-DP release is fitted to one (L-BFGS, then Newton steps by MINRES: DenseNet::fitStationary), the worst
/// case, as for the logistic regression. ReLU is refused: with weight decay its minima sit on kinks,
/// where no gradient identity holds (measured: L-BFGS and Newton stall at |grad| ~ 1e-4).
struct ReconstructionConfig
{
    int targets = 20;         ///< rows reconstructed, each from its own training on D- plus that row
    int knownRows = 199;      ///< |D-|: the training set has knownRows + 1 rows
    double l2 = 1e-3;         ///< lambda (and the DP-SGD weight decay)
    double tolerance = 0.319; ///< TabLeak: a numeric value within this many standard deviations is a hit
    model::ModelSpec model;   ///< logistic regression (default) or an MLP with tanh and no dropout
    int bootstrap = 1000;     ///< resamples for the 95% percentile-bootstrap intervals (over the targets)
    std::uint64_t seed = 1;
};

/// One reconstructed row, judged against the true one and against the baseline that needs no model:
/// the class-conditional mean (numeric) or mode (categorical) of the population rows for its true label.
struct ReconstructedRow
{
    std::int64_t row = 0;              ///< the table row that was the missing training row
    double squaredError = 0.0;         ///< mean over the encoded inputs of (reconstructed - true)^2
    double hitRate = 0.0;              ///< fraction of the columns recovered (TabLeak's tolerance)
    double baselineHitRate = 0.0;      ///< the same for the population's class-conditional mean / mode
    double baselineSquaredError = 0.0; ///< squaredError of that baseline
    bool labelRecovered = false;
    double targetGradientNorm = 0.0; ///< |r|: how much the row still moved the model (0: nothing to find)
};

/// A mean over the targets with its 95% percentile-bootstrap interval (no interval without bootstrap).
struct MeanWithInterval
{
    double mean = 0.0;
    double low = 0.0;
    double high = 0.0;
    bool hasInterval = false;
    [[nodiscard]] QJsonObject toJson() const;
    static MeanWithInterval fromJson(const QJsonObject& json);
};

struct ReconstructionResult
{
    bool dp = false;
    QString model = QStringLiteral("logreg"); ///< model::ModelSpec::toString() of the released models
    std::int64_t parameters = 0;              ///< their parameter count
    std::int64_t trainingRows = 0;
    int inputWidth = 0;
    int columns = 0;
    double l2 = 0.0;
    double tolerance = 0.0;
    std::vector<ReconstructedRow> rows;
    MeanWithInterval squaredError;
    MeanWithInterval baselineSquaredError; ///< what the model-free baseline's guess is off by
    MeanWithInterval hitRate;
    MeanWithInterval baselineHitRate;
    MeanWithInterval advantage; ///< hit rate minus baseline hit rate, paired over the targets
    double medianSquaredError = 0.0;
    double labelRecovery = 0.0;
    int exactRows = 0;                                      ///< rows with every column recovered
    std::vector<std::pair<QString, double>> columnHitRates; ///< per column, over the targets
    double worstStationarity = 0.0; ///< without DP: the largest |gradient| left at a released minimiser
    double meanTrainAccuracy = 0.0;
    double majorityShare = 0.0; ///< the most common label's share of the training rows (what no model gets)
    double epsilon = 0.0;       ///< with DP: the accountant's epsilon of each training (all alike)
    double delta = 0.0;
    double noiseMultiplier = 0.0;
    double seconds = 0.0;

    [[nodiscard]] QJsonObject toJson() const;
};

class InformedReconstruction
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::attack::InformedReconstruction)

public:
    /// @p members are the rows training sets are drawn from (D- and the targets, disjoint), @p population
    /// the rows the baseline is computed from. With @p training.dp the models are DP-SGD logistic
    /// regressions (@p training as given, its weight decay replaced by config.l2); otherwise exact
    /// minimisers. @p progress gets the fraction done and returns false to cancel.
    static Expected<ReconstructionResult>
    run(const data::DataTable& table, const data::TableEncoder& encoder,
        const std::vector<std::int64_t>& members, const std::vector<std::int64_t>& population,
        const model::TrainingConfig& training, const ReconstructionConfig& config,
        const compute::ComputeSettings& settings, const std::function<bool(double)>& progress = {});

    /// The L2-penalised multinomial logistic regression's minimiser on (@p x, @p y), by damped Newton
    /// steps from @p start (zero when empty) until the largest gradient entry is below 1e-11 (or 100
    /// steps). Classes x (inputs + 1).
    static Eigen::MatrixXd fitExact(const Eigen::MatrixXd& x, const std::vector<std::int64_t>& y, int classes,
                                    double l2, const Eigen::MatrixXd& start = {});
    /// The objective's gradient at @p theta (same layout).
    static Eigen::MatrixXd gradient(const Eigen::MatrixXd& theta, const Eigen::MatrixXd& x,
                                    const std::vector<std::int64_t>& y, double l2);
    /// The adversary's step for a logistic regression @p theta (classes x (inputs + 1)): reconstruct() of
    /// the one-layer network.
    static std::pair<Eigen::VectorXd, std::int64_t> reconstruct(const Eigen::MatrixXd& theta,
                                                                const Eigen::MatrixXd& known,
                                                                const std::vector<std::int64_t>& knownLabels,
                                                                double l2, Eigen::VectorXd* r = nullptr);
    /// The adversary's step: from @p net trained to a stationary point on D- (@p known, @p knownLabels)
    /// plus one row, that row's input and label. @p r receives the first layer's bias part of the
    /// target's gradient (p_t - e_yt for a logistic regression; zero: nothing to read off).
    static std::pair<Eigen::VectorXd, std::int64_t> reconstruct(const DenseNet& net,
                                                                const Eigen::MatrixXd& known,
                                                                const std::vector<std::int64_t>& knownLabels,
                                                                double l2, Eigen::VectorXd* r = nullptr);
    /// Why @p spec cannot be attacked this way (empty: it can).
    static QString unsupported(const model::ModelSpec& spec);
};

} // namespace privaudit::attack
