#include "attack/inversion/InformedReconstruction.h"

#include "attack/inversion/ColumnJudge.h"
#include "model/Classifier.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <Eigen/Cholesky>
#include <numeric>
#include <QJsonArray>
#include <random>

namespace privaudit::attack {

namespace {

Eigen::MatrixXd withBias(const Eigen::MatrixXd& x)
{
    Eigen::MatrixXd z(x.rows(), x.cols() + 1);
    z.leftCols(x.cols()) = x;
    z.col(x.cols()).setOnes();
    return z;
}

/// Row-wise softmax of z theta^T.
Eigen::MatrixXd probabilities(const Eigen::MatrixXd& theta, const Eigen::MatrixXd& z)
{
    Eigen::MatrixXd logits = z * theta.transpose();
    for (Eigen::Index i = 0; i < logits.rows(); ++i) {
        const double m = logits.row(i).maxCoeff();
        logits.row(i) = (logits.row(i).array() - m).exp().matrix();
        logits.row(i) /= logits.row(i).sum();
    }
    return logits;
}

Eigen::MatrixXd oneHot(const std::vector<std::int64_t>& y, Eigen::Index classes)
{
    Eigen::MatrixXd e = Eigen::MatrixXd::Zero(Eigen::Index(y.size()), classes);
    for (std::size_t i = 0; i < y.size(); ++i)
        e(Eigen::Index(i), Eigen::Index(y[i])) = 1.0;
    return e;
}

double objective(const Eigen::MatrixXd& theta, const Eigen::MatrixXd& z, const std::vector<std::int64_t>& y,
                 double l2)
{
    const Eigen::MatrixXd logits = z * theta.transpose();
    double loss = 0.0;
    for (Eigen::Index i = 0; i < logits.rows(); ++i) {
        const double m = logits.row(i).maxCoeff();
        const double lse = m + std::log((logits.row(i).array() - m).exp().sum());
        loss += lse - logits(i, Eigen::Index(y[std::size_t(i)]));
    }
    return loss / double(z.rows()) + 0.5 * l2 * theta.squaredNorm();
}

Eigen::MatrixXd gradientOf(const Eigen::MatrixXd& theta, const Eigen::MatrixXd& z,
                           const std::vector<std::int64_t>& y, double l2)
{
    const Eigen::MatrixXd residual = probabilities(theta, z) - oneHot(y, theta.rows());
    return residual.transpose() * z / double(z.rows()) + l2 * theta;
}

/// 95% percentile bootstrap of the mean of @p values (resampled together with nothing else).
MeanWithInterval meanWithInterval(const std::vector<double>& values, int resamples, std::uint64_t seed)
{
    MeanWithInterval m;
    if (values.empty()) return m;
    m.mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    if (resamples < 2 || values.size() < 2) return m;
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::size_t> pick(0, values.size() - 1);
    std::vector<double> means(static_cast<std::size_t>(resamples));
    for (double& mean : means) {
        double sum = 0.0;
        for (std::size_t i = 0; i < values.size(); ++i)
            sum += values[pick(rng)];
        mean = sum / double(values.size());
    }
    std::sort(means.begin(), means.end());
    const auto at = [&](double q) {
        return means[std::min(means.size() - 1, std::size_t(std::floor(q * double(means.size() - 1))))];
    };
    m.low = at(0.025);
    m.high = at(0.975);
    m.hasInterval = true;
    return m;
}

} // namespace

Eigen::MatrixXd InformedReconstruction::gradient(const Eigen::MatrixXd& theta, const Eigen::MatrixXd& x,
                                                 const std::vector<std::int64_t>& y, double l2)
{
    return gradientOf(theta, withBias(x), y, l2);
}

Eigen::MatrixXd InformedReconstruction::fitExact(const Eigen::MatrixXd& x, const std::vector<std::int64_t>& y,
                                                 int classes, double l2, const Eigen::MatrixXd& start)
{
    const Eigen::MatrixXd z = withBias(x);
    const Eigen::Index width = z.cols();
    const Eigen::Index size = classes * width;
    Eigen::MatrixXd theta = start.size() == classes * width ? start : Eigen::MatrixXd::Zero(classes, width);
    const double n = double(z.rows());
    for (int step = 0; step < 100; ++step) {
        const Eigen::MatrixXd p = probabilities(theta, z);
        const Eigen::MatrixXd g = (p - oneHot(y, classes)).transpose() * z / n + l2 * theta;
        if (g.cwiseAbs().maxCoeff() < 1e-12) break;
        // Hessian blocks (k, l): (1/n) Z^T diag(p_k (delta_kl - p_l)) Z + lambda delta_kl I.
        Eigen::MatrixXd h = Eigen::MatrixXd::Zero(size, size);
        for (int k = 0; k < classes; ++k)
            for (int l = k; l < classes; ++l) {
                Eigen::VectorXd w = -p.col(k).cwiseProduct(p.col(l));
                if (k == l) w += p.col(k);
                const Eigen::MatrixXd block = z.transpose() * (w.asDiagonal() * z) / n;
                h.block(k * width, l * width, width, width) = block;
                if (k != l) h.block(l * width, k * width, width, width) = block.transpose();
            }
        h.diagonal().array() += l2;
        Eigen::VectorXd gv(size);
        for (int k = 0; k < classes; ++k)
            gv.segment(k * width, width) = g.row(k).transpose();
        const Eigen::VectorXd dv = h.ldlt().solve(gv);
        Eigen::MatrixXd d(classes, width);
        for (int k = 0; k < classes; ++k)
            d.row(k) = dv.segment(k * width, width).transpose();
        // Backtracking (Armijo) keeps the damped step a descent step far from the optimum. Near it the
        // objective's decrease falls below double precision: a full step that shrinks the gradient is
        // taken then, which is where Newton's method converges quadratically.
        const double gradientMax = g.cwiseAbs().maxCoeff();
        const Eigen::MatrixXd full = theta - d;
        if (gradientMax < 1e-6 && gradientOf(full, z, y, l2).cwiseAbs().maxCoeff() < gradientMax) {
            theta = full;
            continue;
        }
        const double f0 = objective(theta, z, y, l2);
        const double slope = gv.dot(dv);
        double t = 1.0;
        while (t > 1e-10 && objective(theta - t * d, z, y, l2) > f0 - 1e-4 * t * slope)
            t *= 0.5;
        theta -= t * d;
    }
    return theta;
}

std::pair<Eigen::VectorXd, std::int64_t>
InformedReconstruction::reconstruct(const Eigen::MatrixXd& theta, const Eigen::MatrixXd& known,
                                    const std::vector<std::int64_t>& knownLabels, double l2,
                                    Eigen::VectorXd* r)
{
    DenseNet net;
    net.layers.push_back(theta);
    return reconstruct(net, known, knownLabels, l2, r);
}

std::pair<Eigen::VectorXd, std::int64_t>
InformedReconstruction::reconstruct(const DenseNet& net, const Eigen::MatrixXd& known,
                                    const std::vector<std::int64_t>& knownLabels, double l2,
                                    Eigen::VectorXd* r)
{
    const double n = double(known.rows() + 1);
    // g_t = -(n lambda theta + sum_{D-} grad CE_i), layer by layer
    std::vector<Eigen::MatrixXd> sum;
    net.lossSum(known, knownLabels, &sum);
    const Eigen::Index width = known.cols();
    const Eigen::MatrixXd first = -(n * l2 * net.layers.front() + sum.front());
    const Eigen::VectorXd bias = first.col(width);
    const double norm2 = bias.squaredNorm();
    Eigen::VectorXd x = Eigen::VectorXd::Zero(width);
    if (norm2 > 0.0) x = first.leftCols(width).transpose() * bias / norm2;
    const Eigen::MatrixXd& lastLayer = net.layers.back();
    const Eigen::VectorXd lastBias =
        -(n * l2 * lastLayer.col(lastLayer.cols() - 1) + sum.back().col(lastLayer.cols() - 1));
    Eigen::Index label = 0;
    lastBias.minCoeff(&label);
    if (r) *r = bias;
    return {x, std::int64_t(label)};
}

QString InformedReconstruction::unsupported(const model::ModelSpec& spec)
{
    if (spec.isLogisticRegression()) return {};
    if (spec.activation != model::Activation::Tanh)
        return tr("The informed adversary reads the row off a stationary point's gradient, which a ReLU "
                  "network with weight decay does not have (its minima sit on kinks): use a logistic "
                  "regression or an MLP with tanh, for example mlp:16:tanh.");
    if (spec.dropout > 0.0)
        return tr("The informed adversary needs the training objective itself; dropout makes it random: "
                  "use an MLP without dropout.");
    return {};
}

namespace {

/// The model released for target @p t (trained on D- plus that row, @p x and @p y): without DP the exact
/// minimiser (logistic regression) or a stationary point (MLP), each started where the previous
/// target's fit ended (@p warm, updated); with DP the recipe's DP-SGD model. Its stationarity or its
/// DP figures go to @p result.
Expected<DenseNet> releasedModel(const Eigen::MatrixXd& x, const std::vector<std::int64_t>& y, int classes,
                                 int t, DenseNet& warm, const model::TrainingConfig& training,
                                 const ReconstructionConfig& config, const compute::ComputeSettings& settings,
                                 const std::function<bool(double)>& progress, ReconstructionResult& result)
{
    DenseNet net;
    if (!training.dp) {
        if (config.model.isLogisticRegression()) {
            net.layers = {InformedReconstruction::fitExact(
                x, y, classes, config.l2, warm.layers.empty() ? Eigen::MatrixXd() : warm.layers.front())};
            result.worstStationarity = std::max(
                result.worstStationarity,
                InformedReconstruction::gradient(net.layers.front(), x, y, config.l2).cwiseAbs().maxCoeff());
        } else {
            net = warm.layers.empty() ? DenseNet::initial(config.model, int(x.cols()), classes, training.seed)
                                      : warm;
            result.worstStationarity = std::max(result.worstStationarity, net.fitStationary(x, y, config.l2));
        }
        warm = net;
        return net;
    }
    model::TrainingConfig recipe = training;
    recipe.weightDecay = config.l2;
    recipe.seed = training.seed + std::uint64_t(t);
    auto model =
        model::Classifier::create(config.model, int(x.cols()), classes, recipe.seed, settings.device);
    if (!model) return Expected<DenseNet>::failure(model.error());
    const data::FeatureMatrix features = x.cast<float>();
    auto trained = model.value().train(features, y, recipe, [&](int, double f) {
        return !progress || progress((double(t) + f) / double(config.targets));
    });
    if (!trained) return Expected<DenseNet>::failure(trained.error());
    result.epsilon = trained->epsilon;
    result.delta = trained->delta;
    result.noiseMultiplier = trained->noiseMultiplier;
    net.activation = config.model.activation;
    net.layers = model.value().layerParameters();
    return net;
}

} // namespace

Expected<ReconstructionResult> InformedReconstruction::run(
    const data::DataTable& table, const data::TableEncoder& encoder, const std::vector<std::int64_t>& members,
    const std::vector<std::int64_t>& population, const model::TrainingConfig& training,
    const ReconstructionConfig& config, const compute::ComputeSettings& settings,
    const std::function<bool(double)>& progress)
{
    using Result = Expected<ReconstructionResult>;
    const auto started = std::chrono::steady_clock::now();
    if (config.targets < 1 || config.knownRows < 1)
        return Result::failure(tr("The reconstruction needs at least one target and one known row."));
    if (const QString why = unsupported(config.model); !why.isEmpty()) return Result::failure(why);
    if (!(config.l2 > 0.0) || !std::isfinite(config.l2))
        return Result::failure(tr("The L2 penalty must be a positive number, got %1.").arg(config.l2));
    const std::size_t needed = std::size_t(config.knownRows) + std::size_t(config.targets);
    if (members.size() < needed)
        return Result::failure(tr("The reconstruction needs %1 member rows (%2 known and %3 targets); the "
                                  "split has %4.")
                                   .arg(needed)
                                   .arg(config.knownRows)
                                   .arg(config.targets)
                                   .arg(members.size()));
    if (population.empty())
        return Result::failure(
            tr("The baseline needs population rows outside training; the split has none."));

    std::vector<std::int64_t> pool = members;
    std::mt19937_64 rng(config.seed);
    std::shuffle(pool.begin(), pool.end(), rng);
    const std::vector<std::int64_t> knownIds(pool.begin(), pool.begin() + config.knownRows);
    const std::vector<std::int64_t> targetIds(pool.begin() + config.knownRows, pool.begin() + long(needed));

    const data::EncodedRows knownRows = encoder.encode(table, knownIds);
    const data::EncodedRows targetRows = encoder.encode(table, targetIds);
    const data::EncodedRows populationRows = encoder.encode(table, population);
    const Eigen::MatrixXd known = knownRows.features.cast<double>();
    const Eigen::MatrixXd targets = targetRows.features.cast<double>();
    const Eigen::MatrixXd pop = populationRows.features.cast<double>();
    const int classes = encoder.classCount();
    const int width = encoder.inputWidth();
    const ColumnJudge judge(encoder.inputGroups(), pop, config.tolerance);

    std::vector<Eigen::VectorXd> baseline(static_cast<std::size_t>(classes));
    for (int c = 0; c < classes; ++c) {
        std::vector<Eigen::Index> ofClass;
        for (std::size_t i = 0; i < populationRows.labels.size(); ++i)
            if (populationRows.labels[i] == c) ofClass.push_back(Eigen::Index(i));
        baseline[std::size_t(c)] =
            ofClass.empty() ? judge.centre(pop) : judge.centre(pop(ofClass, Eigen::all));
    }

    ReconstructionResult result;
    result.dp = training.dp;
    result.model = config.model.toString();
    result.trainingRows = config.knownRows + 1;
    result.inputWidth = width;
    result.columns = int(judge.columns());
    result.l2 = config.l2;
    result.tolerance = config.tolerance;
    std::vector<int> columnHits(judge.columns(), 0);
    DenseNet warm;
    double accuracySum = 0.0;
    for (int t = 0; t < config.targets; ++t) {
        Eigen::MatrixXd x(config.knownRows + 1, width);
        x.topRows(config.knownRows) = known;
        x.row(config.knownRows) = targets.row(t);
        std::vector<std::int64_t> y = knownRows.labels;
        y.push_back(targetRows.labels[std::size_t(t)]);

        auto released = releasedModel(x, y, classes, t, warm, training, config, settings, progress, result);
        if (!released) return Result::failure(released.error());
        const DenseNet& net = *released;
        result.parameters = std::int64_t(net.parameterCount());
        {
            const Eigen::MatrixXd logits = net.logits(x);
            int right = 0;
            for (Eigen::Index i = 0; i < logits.rows(); ++i) {
                Eigen::Index best = 0;
                logits.row(i).maxCoeff(&best);
                right += best == y[std::size_t(i)] ? 1 : 0;
            }
            accuracySum += double(right) / double(logits.rows());
        }

        Eigen::VectorXd r;
        const auto [guess, label] = reconstruct(net, known, knownRows.labels, config.l2, &r);
        const Eigen::VectorXd truth = targets.row(t).transpose();
        const std::int64_t trueLabel = targetRows.labels[std::size_t(t)];
        ReconstructedRow row;
        row.row = targetIds[std::size_t(t)];
        row.squaredError = (guess - truth).squaredNorm() / double(width);
        row.baselineSquaredError = (baseline[std::size_t(trueLabel)] - truth).squaredNorm() / double(width);
        row.labelRecovered = label == trueLabel;
        row.targetGradientNorm = r.norm();
        int hits = 0;
        int baselineHits = 0;
        for (std::size_t k = 0; k < judge.columns(); ++k) {
            const bool hit = judge.hit(k, guess, truth);
            hits += hit ? 1 : 0;
            columnHits[k] += hit ? 1 : 0;
            baselineHits += judge.hit(k, baseline[std::size_t(trueLabel)], truth) ? 1 : 0;
        }
        row.hitRate = double(hits) / double(judge.columns());
        row.baselineHitRate = double(baselineHits) / double(judge.columns());
        result.exactRows += hits == int(judge.columns()) ? 1 : 0;
        result.rows.push_back(row);
        if (progress && !progress(double(t + 1) / double(config.targets)))
            return Result::failure(tr("Cancelled."));
    }

    std::vector<double> errors, baselineErrors, hitRates, baselineRates, advantages;
    double labels = 0.0;
    for (const ReconstructedRow& row : result.rows) {
        errors.push_back(row.squaredError);
        baselineErrors.push_back(row.baselineSquaredError);
        hitRates.push_back(row.hitRate);
        baselineRates.push_back(row.baselineHitRate);
        advantages.push_back(row.hitRate - row.baselineHitRate);
        labels += row.labelRecovered ? 1.0 : 0.0;
    }
    result.squaredError = meanWithInterval(errors, config.bootstrap, config.seed + 1);
    result.baselineSquaredError = meanWithInterval(baselineErrors, config.bootstrap, config.seed + 5);
    result.hitRate = meanWithInterval(hitRates, config.bootstrap, config.seed + 2);
    result.baselineHitRate = meanWithInterval(baselineRates, config.bootstrap, config.seed + 3);
    result.advantage = meanWithInterval(advantages, config.bootstrap, config.seed + 4);
    std::vector<double> sorted = errors;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t m = sorted.size();
    result.medianSquaredError = m % 2 == 1 ? sorted[m / 2] : 0.5 * (sorted[m / 2 - 1] + sorted[m / 2]);
    result.labelRecovery = labels / double(result.rows.size());
    for (std::size_t k = 0; k < judge.columns(); ++k)
        result.columnHitRates.emplace_back(judge.group(k).column,
                                           double(columnHits[k]) / double(config.targets));
    result.meanTrainAccuracy = accuracySum / double(config.targets);
    std::vector<int> labelCounts(static_cast<std::size_t>(classes), 0);
    for (const std::int64_t y : knownRows.labels)
        ++labelCounts[std::size_t(y)];
    result.majorityShare =
        double(*std::max_element(labelCounts.begin(), labelCounts.end())) / double(knownRows.labels.size());
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

} // namespace privaudit::attack
