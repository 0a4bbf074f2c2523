#include "attack/inversion/DenseNet.h"

#include <algorithm>
#include <cmath>
#include <lbfgs.h>
#include <random>

namespace privaudit::attack {

DenseNet DenseNet::initial(const model::ModelSpec& spec, int inputs, int classes, std::uint64_t seed)
{
    DenseNet net;
    net.activation = spec.activation;
    std::mt19937_64 rng(seed);
    std::vector<int> widths{inputs};
    widths.insert(widths.end(), spec.hiddenWidths.begin(), spec.hiddenWidths.end());
    widths.push_back(classes);
    for (std::size_t l = 0; l + 1 < widths.size(); ++l) {
        const double bound = 1.0 / std::sqrt(double(widths[l]));
        std::uniform_real_distribution<double> draw(-bound, bound);
        Eigen::MatrixXd layer(widths[l + 1], widths[l] + 1);
        for (Eigen::Index j = 0; j < layer.cols(); ++j)
            for (Eigen::Index i = 0; i < layer.rows(); ++i)
                layer(i, j) = draw(rng);
        net.layers.push_back(std::move(layer));
    }
    return net;
}

Eigen::Index DenseNet::parameterCount() const
{
    Eigen::Index n = 0;
    for (const Eigen::MatrixXd& layer : layers)
        n += layer.size();
    return n;
}

namespace {

Eigen::MatrixXd affine(const Eigen::MatrixXd& a, const Eigen::MatrixXd& layer)
{
    const Eigen::Index inputs = layer.cols() - 1;
    Eigen::MatrixXd z = a * layer.leftCols(inputs).transpose();
    z.rowwise() += layer.col(inputs).transpose();
    return z;
}

} // namespace

Eigen::MatrixXd DenseNet::logits(const Eigen::MatrixXd& x) const
{
    Eigen::MatrixXd a = x;
    for (std::size_t l = 0; l < layers.size(); ++l) {
        Eigen::MatrixXd z = affine(a, layers[l]);
        if (l + 1 == layers.size()) return z;
        a = activation == model::Activation::Relu ? Eigen::MatrixXd(z.cwiseMax(0.0))
                                                  : Eigen::MatrixXd(z.array().tanh().matrix());
    }
    return a;
}

namespace {

/// Which ReLU units are on, per layer before the last (rows x units); empty for tanh.
using Masks = std::vector<Eigen::ArrayXXd>;

/// lossSum with the ReLU units' on/off pattern taken from @p fixed when given (the function is then
/// smooth in the parameters: what finite-difference Hessian products need) and written to @p pattern.
double forwardBackward(const DenseNet& net, const Eigen::MatrixXd& x, const std::vector<std::int64_t>& y,
                       std::vector<Eigen::MatrixXd>* gradient, const Masks* fixed, Masks* pattern)
{
    const bool relu = net.activation == model::Activation::Relu;
    const std::vector<Eigen::MatrixXd>& layers = net.layers;
    // Forward, keeping every layer's input and (ReLU) the units' pattern.
    std::vector<Eigen::MatrixXd> inputs{x};
    Masks masks;
    Eigen::MatrixXd z;
    for (std::size_t l = 0; l < layers.size(); ++l) {
        z = affine(inputs.back(), layers[l]);
        if (l + 1 == layers.size()) break;
        if (relu) {
            masks.push_back(fixed ? (*fixed)[l] : (z.array() > 0.0).cast<double>().eval());
            inputs.push_back((z.array() * masks.back()).matrix());
        } else {
            inputs.push_back(z.array().tanh().matrix());
        }
    }
    // Softmax cross-entropy; delta = p - e_y is the last layer's output gradient.
    double loss = 0.0;
    Eigen::MatrixXd delta(z.rows(), z.cols());
    for (Eigen::Index i = 0; i < z.rows(); ++i) {
        const double m = z.row(i).maxCoeff();
        const Eigen::RowVectorXd e = (z.row(i).array() - m).exp().matrix();
        const double sum = e.sum();
        const Eigen::Index label = Eigen::Index(y[std::size_t(i)]);
        loss += m + std::log(sum) - z(i, label);
        delta.row(i) = e / sum;
        delta(i, label) -= 1.0;
    }
    if (gradient) {
        gradient->assign(layers.size(), Eigen::MatrixXd());
        for (std::size_t l = layers.size(); l-- > 0;) {
            const Eigen::MatrixXd& a = inputs[l];
            Eigen::MatrixXd& g = (*gradient)[l];
            g.resize(layers[l].rows(), layers[l].cols());
            g.leftCols(a.cols()) = delta.transpose() * a;
            g.col(a.cols()) = delta.colwise().sum().transpose();
            if (l == 0) break;
            // Back through the activation: relu' is the pattern, tanh' = 1 - a^2 (a is tanh's output).
            Eigen::MatrixXd back = delta * layers[l].leftCols(a.cols());
            if (relu)
                back.array() *= masks[l - 1];
            else
                back.array() *= 1.0 - a.array().square();
            delta = std::move(back);
        }
    }
    if (pattern) *pattern = std::move(masks);
    return loss;
}

} // namespace

double DenseNet::lossSum(const Eigen::MatrixXd& x, const std::vector<std::int64_t>& y,
                         std::vector<Eigen::MatrixXd>* gradient) const
{
    return forwardBackward(*this, x, y, gradient, nullptr, nullptr);
}

double DenseNet::objective(const Eigen::MatrixXd& x, const std::vector<std::int64_t>& y, double l2,
                           std::vector<Eigen::MatrixXd>* gradient) const
{
    const double n = double(x.rows());
    double value = lossSum(x, y, gradient) / n;
    for (std::size_t l = 0; l < layers.size(); ++l) {
        value += 0.5 * l2 * layers[l].squaredNorm();
        if (gradient) (*gradient)[l] = (*gradient)[l] / n + l2 * layers[l];
    }
    return value;
}

std::vector<double> DenseNet::flatten() const
{
    std::vector<double> v;
    v.reserve(std::size_t(parameterCount()));
    for (const Eigen::MatrixXd& layer : layers)
        v.insert(v.end(), layer.data(), layer.data() + layer.size());
    return v;
}

void DenseNet::unflatten(const double* values)
{
    for (Eigen::MatrixXd& layer : layers) {
        std::copy(values, values + layer.size(), layer.data());
        values += layer.size();
    }
}

namespace {

struct FitState
{
    DenseNet* net;
    const Eigen::MatrixXd* x;
    const std::vector<std::int64_t>* y;
    double l2;
    double tolerance;
    double gradientMax = 0.0;
};

lbfgsfloatval_t evaluate(void* instance, const lbfgsfloatval_t* values, lbfgsfloatval_t* gradient, int,
                         lbfgsfloatval_t)
{
    auto* s = static_cast<FitState*>(instance);
    s->net->unflatten(values);
    std::vector<Eigen::MatrixXd> g;
    const double f = s->net->objective(*s->x, *s->y, s->l2, &g);
    for (const Eigen::MatrixXd& layer : g) {
        std::copy(layer.data(), layer.data() + layer.size(), gradient);
        gradient += layer.size();
    }
    return f;
}

int progress(void* instance, const lbfgsfloatval_t*, const lbfgsfloatval_t* gradient, lbfgsfloatval_t,
             lbfgsfloatval_t, lbfgsfloatval_t, lbfgsfloatval_t, int n, int, int)
{
    auto* s = static_cast<FitState*>(instance);
    double largest = 0.0;
    for (int i = 0; i < n; ++i)
        largest = std::max(largest, std::abs(gradient[i]));
    s->gradientMax = largest;
    return largest < s->tolerance ? 1 : 0; // non-zero stops: stationary enough
}

/// The objective's gradient at the flat parameters @p theta (ReLU pattern from @p fixed when given).
Eigen::VectorXd flatGradient(DenseNet& net, const Eigen::VectorXd& theta, const Eigen::MatrixXd& x,
                             const std::vector<std::int64_t>& y, double l2, const Masks* fixed,
                             Masks* pattern, double* value)
{
    net.unflatten(theta.data());
    std::vector<Eigen::MatrixXd> g;
    const double loss = forwardBackward(net, x, y, &g, fixed, pattern);
    const double n = double(x.rows());
    Eigen::VectorXd out(theta.size());
    Eigen::Index at = 0;
    for (std::size_t l = 0; l < g.size(); ++l) {
        const Eigen::MatrixXd layer = g[l] / n + l2 * net.layers[l];
        out.segment(at, layer.size()) = Eigen::Map<const Eigen::VectorXd>(layer.data(), layer.size());
        at += layer.size();
    }
    if (value) *value = loss / n + 0.5 * l2 * theta.squaredNorm();
    return out;
}

} // namespace

// Conjugate gradients break down where the Hessian has negative curvature (measured: on Adult a tanh MLP's
// L-BFGS end point sat near a saddle and CG's steps stalled at |grad| 3e-8); the attack needs a stationary
// point, not a minimum, so Newton's step solves H d = -g by MINRES.
Eigen::VectorXd minres(const std::function<Eigen::VectorXd(const Eigen::VectorXd&)>& apply,
                       const Eigen::VectorXd& b, double tolerance, Eigen::Index limit)
{
    Eigen::VectorXd x = Eigen::VectorXd::Zero(b.size());
    Eigen::VectorXd r1 = b, r2 = b, y = b;
    Eigen::VectorXd w = Eigen::VectorXd::Zero(b.size()), w1 = w, w2 = w;
    const double beta1 = b.norm();
    if (beta1 == 0.0) return x;
    double oldb = 0.0, beta = beta1, dbar = 0.0, epsln = 0.0, phibar = beta1, cs = -1.0, sn = 0.0;
    for (Eigen::Index it = 1; it <= limit; ++it) {
        const Eigen::VectorXd v = y / beta;
        y = apply(v);
        if (it >= 2) y -= (beta / oldb) * r1;
        const double alfa = v.dot(y);
        y -= (alfa / beta) * r2;
        r1 = r2;
        r2 = y;
        oldb = beta;
        beta = r2.norm();
        const double oldeps = epsln;
        const double delta = cs * dbar + sn * alfa;
        const double gbar = sn * dbar - cs * alfa;
        epsln = sn * beta;
        dbar = -cs * beta;
        const double gamma = std::max(std::hypot(gbar, beta), 1e-300);
        cs = gbar / gamma;
        sn = beta / gamma;
        const double phi = cs * phibar;
        phibar = sn * phibar;
        w1 = w2;
        w2 = w;
        w = (v - oldeps * w1 - delta * w2) / gamma;
        x += phi * w;
        if (phibar < tolerance || beta == 0.0) break;
    }
    return x;
}

namespace {

/// Newton steps for a zero of the gradient from L-BFGS's end point: H d = -g by MINRES with Hessian
/// products by central differences of the gradient (ReLU pattern held fixed, where the objective is
/// smooth), a step taken when it shrinks |g| (halved until it does). Near a stationary point the
/// objective's decrease is below rounding, so |g| is the measure; Newton's method converges
/// quadratically there, to a minimum or a saddle alike.
void newtonPolish(DenseNet& net, const Eigen::MatrixXd& x, const std::vector<std::int64_t>& y, double l2,
                  double tolerance)
{
    const std::vector<double> start = net.flatten();
    Eigen::VectorXd theta = Eigen::Map<const Eigen::VectorXd>(start.data(), Eigen::Index(start.size()));
    const Eigen::Index size = theta.size();
    for (int outer = 0; outer < 60; ++outer) {
        Masks masks;
        const Eigen::VectorXd g = flatGradient(net, theta, x, y, l2, nullptr, &masks, nullptr);
        if (g.cwiseAbs().maxCoeff() < tolerance) break;
        const auto hessianTimes = [&](const Eigen::VectorXd& v) {
            const double h = 1e-5 * std::max(1.0, theta.norm()) / std::max(v.norm(), 1e-300);
            const Eigen::VectorXd up = flatGradient(net, theta + h * v, x, y, l2, &masks, nullptr, nullptr);
            const Eigen::VectorXd down = flatGradient(net, theta - h * v, x, y, l2, &masks, nullptr, nullptr);
            return Eigen::VectorXd((up - down) / (2.0 * h));
        };
        const double gNorm = g.norm();
        const Eigen::VectorXd d = minres(hessianTimes, -g, std::min(0.5, std::sqrt(gNorm)) * gNorm, 2 * size);
        bool moved = false;
        for (double t = 1.0; t > 1e-10; t *= 0.5) {
            const Eigen::VectorXd candidate = theta + t * d;
            if (flatGradient(net, candidate, x, y, l2, nullptr, nullptr, nullptr).norm() < gNorm) {
                theta = candidate;
                moved = true;
                break;
            }
        }
        if (!moved) break;
    }
    net.unflatten(theta.data());
}

} // namespace

double DenseNet::fitStationary(const Eigen::MatrixXd& x, const std::vector<std::int64_t>& y, double l2,
                               double tolerance, int maxIterations)
{
    // L-BFGS gets near a stationary point; with ReLU the objective has kinks and L-BFGS stalls there, so
    // truncated Newton steps (which see one smooth piece at a time) take it the rest of the way.
    const int n = int(parameterCount());
    lbfgsfloatval_t* values = lbfgs_malloc(n);
    const std::vector<double> start = flatten();
    std::copy(start.begin(), start.end(), values);
    FitState state{this, &x, &y, l2, std::max(tolerance, 1e-7)};
    lbfgs_parameter_t parameters;
    lbfgs_parameter_init(&parameters);
    parameters.m = 20;
    parameters.epsilon = 0.0; // the progress callback stops on the largest gradient entry instead
    parameters.past = 0;
    parameters.max_iterations = maxIterations;
    parameters.linesearch = LBFGS_LINESEARCH_MORETHUENTE;
    lbfgsfloatval_t fx = 0.0;
    lbfgs(n, values, &fx, evaluate, progress, &state, &parameters);
    unflatten(values);
    lbfgs_free(values);
    newtonPolish(*this, x, y, l2, tolerance);
    std::vector<Eigen::MatrixXd> g;
    objective(x, y, l2, &g);
    double largest = 0.0;
    for (const Eigen::MatrixXd& layer : g)
        largest = std::max(largest, layer.cwiseAbs().maxCoeff());
    return largest;
}

} // namespace privaudit::attack
