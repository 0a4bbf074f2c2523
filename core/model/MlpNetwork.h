#pragma once
// Private header: includes LibTorch. Only core/model, core/attack and core/jobs sources (and tests of
// the DP-SGD internals) include it.

#include "model/ModelSpec.h"

#include <torch/torch.h>
#include <vector>

namespace privaudit::model {

/// A feed-forward classifier written out layer by layer so that DP-SGD can see every linear layer's
/// input A and output gradient G (PyTorch convention z = a W^T + b). Logistic regression is the
/// network without hidden layers. Owns its parameters and its own random generator (no global torch
/// RNG), so several networks can train on different threads reproducibly.
class MlpNetwork
{
public:
    /// Parameters are initialised on the CPU from @p seed (identical on every device), then moved to @p
    /// device.
    MlpNetwork(const ModelSpec& spec, int inputWidth, int classes, std::uint64_t seed,
               torch::Device device = torch::kCPU);
    [[nodiscard]] torch::Device device() const { return m_device; }

    [[nodiscard]] std::vector<torch::Tensor> parameters() const;
    [[nodiscard]] const ModelSpec& spec() const { return m_spec; }
    [[nodiscard]] int inputWidth() const { return m_inputWidth; }
    [[nodiscard]] int classes() const { return m_classes; }
    torch::Generator& generator() { return m_generator; }

    struct Trace
    {
        std::vector<torch::Tensor> inputs;  ///< A_l, detached
        std::vector<torch::Tensor> outputs; ///< Z_l, in the graph
    };
    /// Logits. With @p training, dropout is active; with @p trace, every layer's input and output are kept.
    torch::Tensor forward(const torch::Tensor& x, bool training, Trace* trace = nullptr);

    /// Per-example clipped gradient sums for DP-SGD without a per-example backward loop ("book-keeping",
    /// Bu et al. 2023): one backward pass to the layer outputs gives G_l; the per-example gradient norm is
    /// sqrt(sum_l |g_il|^2 (|a_il|^2 + 1)) (weights and bias); the clipped sum of layer l is
    /// (G_l diag(c))^T A_l with c_i = min(1, C / (norm_i + 1e-6)). Returns one tensor per parameter, in
    /// parameters() order, and writes the per-example norms to @p norms when given.
    std::vector<torch::Tensor> clippedGradientSum(const torch::Tensor& x, const torch::Tensor& y,
                                                  double clipNorm, torch::Tensor* norms = nullptr);

    /// A TorchScript module with the same weights and forward (eval mode), loadable with torch.jit.load.
    [[nodiscard]] torch::jit::Module toTorchScript() const;

private:
    ModelSpec m_spec;
    int m_inputWidth;
    int m_classes;
    std::vector<torch::Tensor> m_weights;
    std::vector<torch::Tensor> m_biases;
    torch::Generator m_generator; ///< CPU generator: draws are made on the CPU and moved, for reproducibility
    torch::Device m_device;
};

} // namespace privaudit::model
