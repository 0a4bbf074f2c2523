// Thread policy: why OpenBLAS is held to one thread. Times a small MLP training step (the typical
// workload) and a 256^3 multiply right after elementwise work, with OpenBLAS at one thread and at its
// default (all cores), LibTorch at all cores in both.
#include "BenchUtil.h"
#include "compute/ComputeSettings.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <dlfcn.h>
#include <string>
#include <torch/torch.h>
#include <vector>

using namespace privaudit;

namespace {

void setBlasThreads(int n)
{
    if (auto f = reinterpret_cast<void (*)(int)>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"))) f(n);
}

void measure(const char* label)
{
    torch::manual_seed(0);
    auto net =
        torch::nn::Sequential(torch::nn::Linear(108, 256), torch::nn::ReLU(), torch::nn::Linear(256, 256),
                              torch::nn::ReLU(), torch::nn::Linear(256, 2));
    torch::optim::Adam opt(net->parameters(), 1e-3);
    const auto x = torch::randn({256, 108});
    const auto y = torch::randint(0, 2, {256}, torch::kLong);
    const double step = bench::medianSeconds(300, [&] {
        opt.zero_grad();
        auto loss = torch::nn::functional::cross_entropy(net->forward(x), y);
        loss.backward();
        opt.step();
    });
    char what[128];
    std::snprintf(what, sizeof what, "MLP 108-256-256-2 Adam step, batch 256 (%s)", label);
    bench::report(what, step * 1e3, "ms", "-");

    const auto a = torch::randn({256, 256});
    const auto b = torch::randn({256, 256});
    const auto e = torch::randn({512, 512});
    std::vector<double> times;
    for (int i = 0; i < 200; ++i) {
        auto z = torch::relu(e * 2.0); // leaves LibTorch's OpenMP workers spinning, as training does
        const auto start = std::chrono::steady_clock::now();
        auto c = torch::mm(a, b);
        times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    const double mm = times[times.size() / 2];
    std::snprintf(what, sizeof what, "256^3 matmul right after elementwise work (%s)", label);
    bench::report(what, mm * 1e3, "ms", "-");
}

} // namespace

int main(int argc, char* argv[])
{
    auto settings = compute::ComputeSettings::recommended();
    compute::ComputeEnvironment::apply(settings);
    if (argc > 1) {
        // One policy per process: OpenBLAS keeps its worker threads once started, so measuring both
        // policies in one process would let the first distort the second.
        const int blasThreads = std::atoi(argv[1]);
        setBlasThreads(blasThreads);
        measure(blasThreads == 1 ? "OpenBLAS threads = 1, chosen" : "OpenBLAS threads = cores");
        if (blasThreads == 1)
            bench::report("Matmul 1024^3 float32 with the chosen settings",
                          compute::ComputeEnvironment::measureMatmulGflops(1024, 5), "GF", "> 50 GFLOP/s");
        return 0;
    }
    bench::header("Compute settings (LibTorch intra-op threads = all cores)");
    std::fflush(stdout);
    const std::string self = argv[0];
    int status = std::system((self + " " + std::to_string(settings.cores)).c_str());
    status |= std::system((self + " 1").c_str());
    return status == 0 ? 0 : 1;
}
