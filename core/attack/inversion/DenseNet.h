#pragma once

#include "model/ModelSpec.h"

#include <cstdint>
#include <Eigen/Core>
#include <functional>
#include <vector>

namespace privaudit::attack {

/// A feed-forward classifier in double precision with model::MlpNetwork's layout, for the informed
/// adversary: layer l maps its input a to a W_l^T + b_l, stored as one matrix [W_l | b_l] (outputs x
/// (inputs + 1)); ReLU or tanh between layers, softmax cross-entropy on the last. Logistic regression is
/// the network with one layer. No LibTorch: the attack's arithmetic must be exact enough to read a row
/// off a gradient, and readers of stored results must not link torch.
struct DenseNet
{
    std::vector<Eigen::MatrixXd> layers;
    model::Activation activation = model::Activation::Relu;

    /// PyTorch nn.Linear's default initialisation (weights and biases uniform in +-1/sqrt(inputs)), drawn
    /// from @p seed.
    static DenseNet initial(const model::ModelSpec& spec, int inputs, int classes, std::uint64_t seed);

    [[nodiscard]] Eigen::Index parameterCount() const;
    [[nodiscard]] Eigen::MatrixXd logits(const Eigen::MatrixXd& x) const;
    /// Sum over the rows of the cross-entropy loss; @p gradient (when given) receives the sum of the
    /// per-row gradients, one matrix per layer in the layers' layout.
    double lossSum(const Eigen::MatrixXd& x, const std::vector<std::int64_t>& y,
                   std::vector<Eigen::MatrixXd>* gradient = nullptr) const;
    /// The training objective (1/n) sum CE + (l2 / 2) |theta|^2 (biases included, as torch's weight decay)
    /// and its gradient.
    double objective(const Eigen::MatrixXd& x, const std::vector<std::int64_t>& y, double l2,
                     std::vector<Eigen::MatrixXd>* gradient = nullptr) const;

    /// Fits objective() to a stationary point from the current parameters: L-BFGS (libLBFGS, More-Thuente
    /// line search, at most @p maxIterations) to a largest gradient entry of 1e-7, then Newton steps for a
    /// zero of the gradient (MINRES: a saddle is as stationary as a minimum) until it is below
    /// @p tolerance; returns the largest gradient entry left.
    double fitStationary(const Eigen::MatrixXd& x, const std::vector<std::int64_t>& y, double l2,
                         double tolerance = 1e-11, int maxIterations = 20000);

    [[nodiscard]] std::vector<double> flatten() const;
    void unflatten(const double* values);
};

/// MINRES (Paige & Saunders 1975, as scipy.sparse.linalg.minres without a preconditioner): solves the
/// symmetric, possibly indefinite, system A x = b given A's products @p apply, until the residual norm is
/// below @p tolerance or @p limit iterations.
Eigen::VectorXd minres(const std::function<Eigen::VectorXd(const Eigen::VectorXd&)>& apply,
                       const Eigen::VectorXd& b, double tolerance, Eigen::Index limit);

} // namespace privaudit::attack
