#include "model/MlpNetwork.h"

#include <ATen/CPUGeneratorImpl.h>
#include <cmath>
#include <sstream>
#include <torch/script.h>

namespace privaudit::model {

MlpNetwork::MlpNetwork(const ModelSpec& spec, int inputWidth, int classes, std::uint64_t seed,
                       torch::Device device)
    : m_spec(spec), m_inputWidth(inputWidth), m_classes(classes),
      m_generator(at::make_generator<at::CPUGeneratorImpl>(seed)), m_device(device)
{
    std::vector<int> widths = {inputWidth};
    widths.insert(widths.end(), spec.hiddenWidths.begin(), spec.hiddenWidths.end());
    widths.push_back(classes);
    for (std::size_t l = 0; l + 1 < widths.size(); ++l) {
        // torch.nn.Linear's default initialisation: U(-1/sqrt(fan_in), 1/sqrt(fan_in)).
        const double bound = 1.0 / std::sqrt(static_cast<double>(widths[l]));
        auto w = torch::rand({widths[l + 1], widths[l]}, m_generator) * (2 * bound) - bound;
        auto b = torch::rand({widths[l + 1]}, m_generator) * (2 * bound) - bound;
        m_weights.push_back(w.to(m_device).set_requires_grad(true));
        m_biases.push_back(b.to(m_device).set_requires_grad(true));
    }
}

std::vector<torch::Tensor> MlpNetwork::parameters() const
{
    std::vector<torch::Tensor> p;
    for (std::size_t l = 0; l < m_weights.size(); ++l) {
        p.push_back(m_weights[l]);
        p.push_back(m_biases[l]);
    }
    return p;
}

torch::Tensor MlpNetwork::forward(const torch::Tensor& x, bool training, Trace* trace)
{
    torch::Tensor h = x;
    const std::size_t layers = m_weights.size();
    for (std::size_t l = 0; l < layers; ++l) {
        if (trace) trace->inputs.push_back(h.detach());
        torch::Tensor z = torch::addmm(m_biases[l], h, m_weights[l].t());
        if (trace) trace->outputs.push_back(z);
        if (l + 1 == layers) return z;
        h = m_spec.activation == Activation::Relu ? torch::relu(z) : torch::tanh(z);
        if (training && m_spec.dropout > 0.0) {
            const auto keep = (torch::rand(h.sizes(), m_generator) >= m_spec.dropout).to(h.device());
            h = h * keep.to(h.dtype()) / (1.0 - m_spec.dropout);
        }
    }
    return h;
}

std::vector<torch::Tensor> MlpNetwork::clippedGradientSum(const torch::Tensor& x, const torch::Tensor& y,
                                                          double clipNorm, torch::Tensor* norms)
{
    Trace trace;
    const torch::Tensor logits = forward(x, true, &trace);
    // Sum reduction: row i of each output gradient is the gradient of example i's own loss.
    const torch::Tensor loss = torch::nn::functional::cross_entropy(
        logits, y, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum));
    const std::vector<torch::Tensor> g = torch::autograd::grad({loss}, trace.outputs);

    torch::Tensor squaredNorms = torch::zeros({x.size(0)}, x.options().device(x.device()));
    for (std::size_t l = 0; l < g.size(); ++l)
        squaredNorms += g[l].square().sum(1) * (trace.inputs[l].square().sum(1) + 1.0);
    const torch::Tensor perExample = squaredNorms.sqrt();
    const torch::Tensor factors = (clipNorm / (perExample + 1e-6)).clamp_max(1.0);
    if (norms) *norms = perExample;

    std::vector<torch::Tensor> sums;
    for (std::size_t l = 0; l < g.size(); ++l) {
        const torch::Tensor scaled = g[l] * factors.unsqueeze(1);
        sums.push_back(scaled.t().mm(trace.inputs[l])); // weight: (G diag(c))^T A
        sums.push_back(scaled.sum(0));                  // bias
    }
    return sums;
}

torch::jit::Module MlpNetwork::toTorchScript() const
{
    torch::jit::Module module("PrivAuditClassifier");
    std::ostringstream src;
    src << "def forward(self, x):\n    h = x\n";
    const std::size_t layers = m_weights.size();
    for (std::size_t l = 0; l < layers; ++l) {
        std::string weightName = "w";
        weightName += std::to_string(l);
        std::string biasName = "b";
        biasName += std::to_string(l);
        module.register_parameter(weightName, m_weights[l].detach().to(torch::kCPU).clone(), false);
        module.register_parameter(biasName, m_biases[l].detach().to(torch::kCPU).clone(), false);
        src << "    h = torch.addmm(self.b" << l << ", h, self.w" << l << ".t())\n";
        if (l + 1 < layers)
            src << "    h = " << (m_spec.activation == Activation::Relu ? "torch.relu(h)" : "torch.tanh(h)")
                << "\n";
    }
    src << "    return h\n";
    module.register_attribute("privaudit_spec", c10::StringType::get(), m_spec.toString().toStdString());
    module.register_attribute("privaudit_input_width", c10::IntType::get(),
                              static_cast<int64_t>(m_inputWidth));
    module.define(src.str());
    return module;
}

} // namespace privaudit::model
