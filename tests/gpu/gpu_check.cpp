// The engine's CUDA path, checked on a machine with a GPU and a CUDA LibTorch (tests/gpu/device-check.sh).
//
// 1. The device: LibTorch sees CUDA and ComputeSettings::recommended() chooses it.
// 2. The same training on the CPU and on the GPU, without DP and with DP-SGD: the random draws (initial
//    weights, shuffles, Poisson batches, dropout masks, noise) come from the CPU generator, so the two
//    runs see the same batches and the same noise and differ only by float rounding; losses, logits and
//    predictions must agree, and the DP accountant's epsilon must be identical.
// 3. A model trained on the GPU exports TorchScript that a CPU process loads and that scores the same.
// 4. Throughput: one epoch on the CPU (all cores) and on the GPU, without DP and with DP-SGD.
//
// Usage: gpu_check [--allow-cpu] [--quick] [--json FILE]
//   --allow-cpu  run where there is no GPU (the "GPU" runs then fall back to the CPU): tries the logic
//   --quick      small throughput sizes
// Exit status 0 when every check passed, 1 otherwise.
#include "compute/ComputeSettings.h"
#include "data/DataSplit.h"
#include "data/DemoData.h"
#include "data/TableEncoder.h"
#include "model/Classifier.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <sstream>
#include <string>
#include <torch/script.h>

using namespace privaudit;

namespace {

int g_failures = 0;
QJsonArray g_checks;

void check(bool ok, const std::string& what, const std::string& detail = {})
{
    std::printf("%s  %s%s%s\n", ok ? "PASS" : "FAIL", what.c_str(), detail.empty() ? "" : ": ",
                detail.c_str());
    std::fflush(stdout);
    g_checks.append(QJsonObject{{QStringLiteral("check"), QString::fromStdString(what)},
                                {QStringLiteral("passed"), ok},
                                {QStringLiteral("detail"), QString::fromStdString(detail)}});
    if (!ok) ++g_failures;
}

std::string fmt(const char* format, double a, double b = 0.0, double c = 0.0)
{
    char buf[256];
    std::snprintf(buf, sizeof buf, format, a, b, c);
    return buf;
}

struct Data
{
    data::EncodedRows train;
    data::EncodedRows test;
};

Data demo(std::size_t rows, std::int64_t members, std::uint64_t seed)
{
    const data::DataTable table = data::DemoData::patients(rows, seed);
    auto split = data::DataSplit::make(table, {members, std::int64_t(rows) - members, seed});
    auto enc = data::TableEncoder::fit(table, split->members);
    return {enc->encode(table, split->members), enc->encode(table, split->nonMembers)};
}

struct Trained
{
    model::TrainingResult result;
    model::Evaluation test;
    QByteArray torchScript;
};

Trained train(const Data& d, const QString& spec, const model::TrainingConfig& config, compute::Device device)
{
    auto model = model::Classifier::create(*model::ModelSpec::parse(spec), int(d.train.features.cols()), 2,
                                           config.seed, device);
    if (!model) throw std::runtime_error(model.error().toStdString());
    auto result = model.value().train(d.train.features, d.train.labels, config);
    if (!result) throw std::runtime_error(result.error().toStdString());
    Trained t{*result, model->evaluate(d.test.features, d.test.labels), {}};
    if (auto bytes = model->torchScriptBytes()) t.torchScript = *bytes;
    return t;
}

double maxAbsDiff(const Eigen::MatrixXf& a, const Eigen::MatrixXf& b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() ? double((a - b).cwiseAbs().maxCoeff()) : INFINITY;
}

double agreement(const Eigen::MatrixXf& a, const Eigen::MatrixXf& b)
{
    std::int64_t same = 0;
    for (Eigen::Index r = 0; r < a.rows(); ++r) {
        Eigen::Index ia = 0, ib = 0;
        a.row(r).maxCoeff(&ia);
        b.row(r).maxCoeff(&ib);
        same += ia == ib;
    }
    return a.rows() ? double(same) / double(a.rows()) : 0.0;
}

QJsonObject compareDevices(const Data& d, bool dp)
{
    model::TrainingConfig c = model::TrainingConfig::recommended(dp, std::int64_t(d.train.labels.size()));
    c.epochs = 3;
    c.seed = 11;
    if (dp) c.noiseMultiplier = 1.0;
    const QString spec = QStringLiteral("mlp:64,64");
    const Trained cpu = train(d, spec, c, compute::Device::Cpu);
    const Trained gpu = train(d, spec, c, compute::Device::Cuda);
    double lossDiff = 0.0;
    for (std::size_t e = 0; e < cpu.result.epochs.size() && e < gpu.result.epochs.size(); ++e)
        lossDiff =
            std::max(lossDiff, std::abs(cpu.result.epochs[e].meanLoss - gpu.result.epochs[e].meanLoss) /
                                   std::max(1e-12, std::abs(cpu.result.epochs[e].meanLoss)));
    const double logitDiff = maxAbsDiff(cpu.test.logits, gpu.test.logits);
    const double agree = agreement(cpu.test.logits, gpu.test.logits);
    const std::string what = dp ? "DP-SGD (sigma 1, 3 epochs)" : "non-private training (3 epochs)";
    check(cpu.result.epochs.size() == 3 && gpu.result.epochs.size() == 3,
          what + ": both devices trained 3 epochs");
    check(lossDiff < 1e-3, what + ": epoch losses agree on CPU and GPU",
          fmt("max relative difference %.2e", lossDiff));
    check(logitDiff < 1e-2, what + ": held-out logits agree", fmt("max absolute difference %.2e", logitDiff));
    check(agree >= 0.995, what + ": held-out predictions agree", fmt("%.2f%% of rows", 100.0 * agree));
    check(std::abs(cpu.test.accuracy - gpu.test.accuracy) < 0.005, what + ": held-out accuracy agrees",
          fmt("CPU %.4f, GPU %.4f", cpu.test.accuracy, gpu.test.accuracy));
    if (dp)
        check(cpu.result.epsilon == gpu.result.epsilon && cpu.result.epsilon > 0.0,
              what + ": the accountant's epsilon is the same",
              fmt("CPU %.6f, GPU %.6f", cpu.result.epsilon, gpu.result.epsilon));

    // The GPU model's TorchScript, loaded on the CPU, scores as the GPU model did.
    check(!gpu.torchScript.isEmpty(), what + ": the GPU model exports TorchScript");
    if (!gpu.torchScript.isEmpty()) {
        std::istringstream in(gpu.torchScript.toStdString());
        torch::jit::Module m = torch::jit::load(in, torch::kCPU);
        const torch::Tensor x =
            torch::from_blob(const_cast<float*>(d.test.features.data()),
                             {d.test.features.rows(), d.test.features.cols()}, torch::kFloat32);
        const torch::Tensor out = m.forward({x}).toTensor().contiguous();
        Eigen::MatrixXf logits(out.size(0), out.size(1));
        const auto acc = out.accessor<float, 2>();
        for (Eigen::Index r = 0; r < logits.rows(); ++r)
            for (Eigen::Index k = 0; k < logits.cols(); ++k)
                logits(r, k) = acc[r][k];
        const double diff = maxAbsDiff(logits, gpu.test.logits);
        check(diff < 1e-3, what + ": its TorchScript scores the same on the CPU",
              fmt("max absolute difference %.2e", diff));
    }
    return QJsonObject{{QStringLiteral("dp"), dp},
                       {QStringLiteral("max_relative_loss_difference"), lossDiff},
                       {QStringLiteral("max_logit_difference"), logitDiff},
                       {QStringLiteral("prediction_agreement"), agree},
                       {QStringLiteral("accuracy_cpu"), cpu.test.accuracy},
                       {QStringLiteral("accuracy_gpu"), gpu.test.accuracy},
                       {QStringLiteral("epsilon_cpu"), cpu.result.epsilon},
                       {QStringLiteral("epsilon_gpu"), gpu.result.epsilon}};
}

/// Median seconds of one epoch over @p repetitions (after one warm-up epoch).
double epochSeconds(const Data& d, const QString& spec, int batch, bool dp, compute::Device device,
                    int repetitions)
{
    model::TrainingConfig c = model::TrainingConfig::recommended(dp);
    c.epochs = 1;
    c.batchSize = batch;
    if (dp) c.noiseMultiplier = 1.0;
    auto model =
        model::Classifier::create(*model::ModelSpec::parse(spec), int(d.train.features.cols()), 2, 1, device);
    (void)model.value().train(d.train.features, d.train.labels, c);
    std::vector<double> times;
    for (int i = 0; i < repetitions; ++i)
        times.push_back(model.value().train(d.train.features, d.train.labels, c)->seconds);
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool allowCpu = args.contains(QStringLiteral("--allow-cpu"));
    const bool quick = args.contains(QStringLiteral("--quick"));
    const qsizetype jsonAt = args.indexOf(QStringLiteral("--json"));
    const QString jsonPath = jsonAt > 0 && jsonAt + 1 < args.size() ? args.at(jsonAt + 1) : QString();

    const auto settings = compute::ComputeSettings::recommended();
    compute::ComputeEnvironment::apply(settings);
    const auto rt = compute::ComputeEnvironment::runtimeInfo();
    std::printf("LibTorch %s, Qt %s, %d cores, %d LibTorch threads, CUDA devices: %d\n",
                qPrintable(rt.torchVersion), qPrintable(rt.qtVersion), settings.cores, rt.torchThreads,
                rt.cudaDevices);
    check(rt.cudaAvailable || allowCpu, "LibTorch sees CUDA", rt.cudaAvailable ? "yes" : "no");
    check(settings.device == compute::Device::Cuda || (allowCpu && !rt.cudaAvailable),
          "ComputeSettings::recommended() chooses CUDA", qPrintable(settings.deviceName()));
    QJsonObject report{{QStringLiteral("torch"), rt.torchVersion},
                       {QStringLiteral("cuda_available"), rt.cudaAvailable},
                       {QStringLiteral("cuda_devices"), rt.cudaDevices},
                       {QStringLiteral("cores"), settings.cores},
                       {QStringLiteral("torch_threads"), rt.torchThreads}};

    int status = 0;
    try {
        const Data small = demo(6000, 4000, 7);
        report.insert(QStringLiteral("same_seed_non_private"), compareDevices(small, false));
        report.insert(QStringLiteral("same_seed_dp_sgd"), compareDevices(small, true));

        const std::size_t rows = quick ? 4000 : 60000;
        const Data big = demo(rows, std::int64_t(rows * 5 / 6), 3);
        const int reps = quick ? 1 : 3;
        QJsonArray speed;
        std::printf("\nOne epoch on %zu training rows (median of %d after a warm-up):\n",
                    big.train.labels.size(), reps);
        std::printf("%-14s %-6s %-9s %10s %10s %9s\n", "model", "batch", "training", "CPU s", "GPU s",
                    "speed-up");
        struct Case
        {
            const char* spec;
            int batch;
            bool dp;
        };
        for (const Case& k : {Case{"mlp:256,256", 256, false}, Case{"mlp:256,256", 256, true},
                              Case{"mlp:256,256", 1024, false}, Case{"mlp:256,256", 1024, true}}) {
            const QString spec = QString::fromLatin1(k.spec);
            const double cpu = epochSeconds(big, spec, k.batch, k.dp, compute::Device::Cpu, reps);
            const double gpu = epochSeconds(big, spec, k.batch, k.dp, compute::Device::Cuda, reps);
            std::printf("%-14s %-6d %-9s %10.3f %10.3f %8.1fx\n", k.spec, k.batch, k.dp ? "DP-SGD" : "plain",
                        cpu, gpu, cpu / gpu);
            speed.append(QJsonObject{{QStringLiteral("model"), spec},
                                     {QStringLiteral("batch"), k.batch},
                                     {QStringLiteral("dp"), k.dp},
                                     {QStringLiteral("rows"), qint64(big.train.labels.size())},
                                     {QStringLiteral("cpu_seconds"), cpu},
                                     {QStringLiteral("gpu_seconds"), gpu}});
        }
        report.insert(QStringLiteral("epoch_seconds"), speed);
    } catch (const std::exception& e) {
        check(false, "the checks ran to the end", e.what());
        status = 1;
    }
    report.insert(QStringLiteral("checks"), g_checks);
    report.insert(QStringLiteral("failures"), g_failures);
    if (!jsonPath.isEmpty()) {
        QFile f(jsonPath);
        if (f.open(QIODevice::WriteOnly)) f.write(QJsonDocument(report).toJson());
    }
    std::printf("\n%d check(s) failed\n", g_failures);
    return g_failures || status ? 1 : 0;
}
