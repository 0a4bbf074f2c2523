#include "model/Classifier.h"

#include "common/FileRead.h"
#include "dp/Calibration.h"
#include "dp/RdpAccountant.h"
#include "model/HostProtocol.h"
#include "model/MlpNetwork.h"
#include "model/ModelProcess.h"
#include "model/PredictionsFile.h"

#include <ATen/CPUGeneratorImpl.h>
#include <chrono>
#include <cmath>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <sstream>
#include <sys/random.h>
#include <torch/script.h>

namespace privaudit::model {

namespace {

torch::Tensor asTensor(const data::FeatureMatrix& m)
{
    // A view, no copy: the matrix outlives every use inside a call.
    return torch::from_blob(const_cast<float*>(m.data()), {m.rows(), m.cols()}, torch::kFloat32);
}

torch::Tensor labelTensor(const std::vector<std::int64_t>& labels)
{
    return torch::from_blob(const_cast<std::int64_t*>(labels.data()), {static_cast<long>(labels.size())},
                            torch::kInt64);
}

/// Standard normal noise from the operating system's cryptographic random source (getrandom), by
/// Box-Muller on 53-bit uniforms.
torch::Tensor secureNormal(at::IntArrayRef sizes)
{
    torch::Tensor out = torch::empty(sizes, torch::kFloat64);
    const std::int64_t n = out.numel();
    std::vector<std::uint64_t> bits(static_cast<std::size_t>(n + 1));
    std::size_t filled = 0;
    const std::size_t bytes = bits.size() * sizeof(std::uint64_t);
    while (filled < bytes) {
        const ssize_t r = getrandom(reinterpret_cast<char*>(bits.data()) + filled, bytes - filled, 0);
        if (r > 0) filled += static_cast<std::size_t>(r);
    }
    double* o = out.data_ptr<double>();
    for (std::int64_t i = 0; i < n; i += 2) {
        const double u1 = (double(bits[std::size_t(i)] >> 11) + 1.0) * 0x1.0p-53;
        const double u2 = double(bits[std::size_t(i) + 1] >> 11) * 0x1.0p-53;
        const double r = std::sqrt(-2.0 * std::log(u1));
        o[i] = r * std::cos(2.0 * M_PI * u2);
        if (i + 1 < n) o[i + 1] = r * std::sin(2.0 * M_PI * u2);
    }
    return out.to(torch::kFloat32);
}

Evaluation evaluateLogits(const torch::Tensor& logits, const std::vector<std::int64_t>& labels)
{
    Evaluation e;
    const auto y = labelTensor(labels);
    // In double precision: float32 log-softmax rounds every loss below about 6e-8 to 0.
    const torch::Tensor losses = torch::nn::functional::cross_entropy(
        logits.to(torch::kFloat64), y,
        torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kNone));
    e.accuracy = labels.empty() ? 0.0 : logits.argmax(1).eq(y).to(torch::kFloat64).mean().item<double>();
    e.meanLoss = labels.empty() ? 0.0 : losses.mean().item<double>();
    const torch::Tensor l64 = losses.contiguous();
    e.perExampleLoss.assign(l64.data_ptr<double>(), l64.data_ptr<double>() + l64.numel());
    const torch::Tensor lc = logits.contiguous();
    e.logits = Eigen::Map<const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
        lc.data_ptr<float>(), lc.size(0), lc.size(1));
    return e;
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const std::vector<torch::Tensor>& params,
                                                       const TrainingConfig& c)
{
    if (c.optimizer == OptimizerKind::Sgd)
        return std::make_unique<torch::optim::SGD>(
            params, torch::optim::SGDOptions(c.learningRate).weight_decay(c.weightDecay));
    return std::make_unique<torch::optim::Adam>(
        params, torch::optim::AdamOptions(c.learningRate).weight_decay(c.weightDecay));
}

} // namespace

class Classifier::Impl
{
public:
    Impl(const ModelSpec& spec, int inputWidth, int classes, std::uint64_t seed, torch::Device device)
        : network(spec, inputWidth, classes, seed, device)
    {
    }
    MlpNetwork network;
    torch::jit::ExtraFilesMap extraFiles;
};

Classifier::Classifier(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
Classifier::~Classifier() = default;
Classifier::Classifier(Classifier&&) noexcept = default;
Classifier& Classifier::operator=(Classifier&&) noexcept = default;

Expected<Classifier> Classifier::create(const ModelSpec& spec, int inputWidth, int classes,
                                        std::uint64_t seed, compute::Device device)
{
    if (inputWidth < 1)
        return Expected<Classifier>::failure(tr("The model needs at least one input feature."));
    if (classes < 2)
        return Expected<Classifier>::failure(
            tr("The model needs at least two classes, got %1.").arg(classes));
    const bool cuda = device == compute::Device::Cuda && torch::cuda::is_available();
    return Classifier(std::make_unique<Impl>(
        spec, inputWidth, classes, seed, cuda ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU)));
}

std::vector<Eigen::MatrixXd> Classifier::layerParameters() const
{
    const auto params = d->network.parameters(); // weight, bias, weight, bias, ...
    std::vector<Eigen::MatrixXd> layers;
    for (std::size_t l = 0; l + 1 < params.size(); l += 2) {
        const torch::Tensor w = params[l].detach().to(torch::kCPU, torch::kFloat64).contiguous();
        const torch::Tensor b = params[l + 1].detach().to(torch::kCPU, torch::kFloat64).contiguous();
        const auto outputs = Eigen::Index(w.size(0));
        const auto inputs = Eigen::Index(w.size(1));
        Eigen::MatrixXd layer(outputs, inputs + 1);
        layer.leftCols(inputs) =
            Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
                w.data_ptr<double>(), outputs, inputs);
        layer.col(inputs) = Eigen::Map<const Eigen::VectorXd>(b.data_ptr<double>(), outputs);
        layers.push_back(std::move(layer));
    }
    return layers;
}

Eigen::MatrixXd Classifier::logProbabilityGradient(const Eigen::MatrixXd& x, int cls,
                                                   Eigen::VectorXd* probability) const
{
    const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> xf = x.cast<float>();
    torch::Tensor input =
        torch::from_blob(const_cast<float*>(xf.data()), {xf.rows(), xf.cols()}, torch::kFloat32)
            .clone()
            .to(d->network.device())
            .set_requires_grad(true);
    const torch::Tensor logP = torch::log_softmax(d->network.forward(input, false), 1).select(1, cls);
    const torch::Tensor p = logP.exp();
    // autograd::grad, not backward(): nothing accumulates in the parameters' .grad.
    const torch::Tensor g =
        torch::autograd::grad({logP.sum()}, {input})[0].to(torch::kCPU, torch::kFloat64).contiguous();
    Eigen::MatrixXd out(x.rows(), x.cols());
    const double* gp = g.data_ptr<double>();
    for (Eigen::Index i = 0; i < out.rows(); ++i)
        for (Eigen::Index j = 0; j < out.cols(); ++j)
            out(i, j) = gp[i * out.cols() + j];
    if (probability) {
        const torch::Tensor pc = p.detach().to(torch::kCPU, torch::kFloat64).contiguous();
        probability->resize(x.rows());
        for (Eigen::Index i = 0; i < x.rows(); ++i)
            (*probability)(i) = pc.data_ptr<double>()[i];
    }
    return out;
}

const ModelSpec& Classifier::spec() const
{
    return d->network.spec();
}
int Classifier::inputWidth() const
{
    return d->network.inputWidth();
}
int Classifier::classes() const
{
    return d->network.classes();
}

Expected<TrainingResult> Classifier::train(const data::FeatureMatrix& features,
                                           const std::vector<std::int64_t>& labels,
                                           const TrainingConfig& config, const TrainingProgress& progress)
{
    if (const QString err = config.validate(); !err.isEmpty()) return Expected<TrainingResult>::failure(err);
    if (features.rows() != static_cast<Eigen::Index>(labels.size()) || features.rows() == 0)
        return Expected<TrainingResult>::failure(
            tr("There are no training rows, or features and labels differ in "
               "length."));
    if (features.cols() != d->network.inputWidth())
        return Expected<TrainingResult>::failure(tr("The features have %1 columns but the model expects %2.")
                                                     .arg(features.cols())
                                                     .arg(d->network.inputWidth()));
    if (!features.allFinite())
        return Expected<TrainingResult>::failure(tr("The features contain NaN or infinite values."));

    const auto start = std::chrono::steady_clock::now();
    MlpNetwork& net = d->network;
    const torch::Device device = net.device();
    const torch::Tensor x = asTensor(features).to(device);
    const torch::Tensor y = labelTensor(labels).to(device);
    const std::int64_t n = x.size(0);
    const auto params = net.parameters();
    auto optimizer = makeOptimizer(params, config);

    TrainingResult result;
    result.delta = config.delta;
    const std::int64_t batch = std::min<std::int64_t>(config.batchSize, n);
    const dp::SgdSchedule schedule = dp::sgdSchedule(n, double(config.batchSize), config.epochs);
    const std::int64_t stepsPerEpoch = schedule.stepsPerEpoch;
    const double q = schedule.samplingRate;
    double sigma = config.noiseMultiplier;
    if (config.dp) {
        result.samplingRate = q;
        if (config.targetEpsilon) {
            const auto cal = dp::calibrateNoiseMultiplier(dp::AccountantKind::Rdp, *config.targetEpsilon,
                                                          config.delta, q, stepsPerEpoch * config.epochs);
            if (!cal) return Expected<TrainingResult>::failure(cal.error());
            sigma = cal->noiseMultiplier;
        }
        result.noiseMultiplier = sigma;
    }
    // DP noise never shares a generator with sampling, shuffling or dropout.
    torch::Generator noiseGenerator =
        at::make_generator<at::CPUGeneratorImpl>(config.seed * 0x9E3779B97F4A7C15ULL + 0xD1B54A32D192ED03ULL);
    const dp::RdpAccountant accountant;
    const std::vector<double> rdpPerStep =
        config.dp && sigma > 0.0 ? accountant.rdp(dp::MechanismHistory::poissonGaussian(q, sigma, 1))
                                 : std::vector<double>();

    auto epsilonAfter = [&](std::int64_t steps) {
        if (sigma <= 0.0) return std::numeric_limits<double>::infinity();
        std::vector<double> rdp = rdpPerStep;
        for (double& v : rdp)
            v *= double(steps);
        return dp::RdpAccountant::epsilonFromRdp(accountant.orders(), rdp, config.delta).epsilon;
    };
    auto lastReport = std::chrono::steady_clock::now();
    for (int epoch = 1; epoch <= config.epochs; ++epoch) {
        if (config.dp && config.epsilonBudget &&
            epsilonAfter(result.steps + stepsPerEpoch) > *config.epsilonBudget) {
            result.stoppedAtBudget = true; // the next epoch would exceed the budget
            break;
        }
        const auto epochStart = std::chrono::steady_clock::now();
        double lossSum = 0.0;
        std::int64_t lossCount = 0;
        const torch::Tensor order =
            config.dp ? torch::Tensor() : torch::randperm(n, net.generator()).to(device);
        for (std::int64_t step = 0; step < stepsPerEpoch; ++step) {
            if (progress && std::chrono::steady_clock::now() - lastReport > std::chrono::milliseconds(100)) {
                lastReport = std::chrono::steady_clock::now();
                if (!progress(epoch,
                              (double(epoch - 1) + double(step) / double(stepsPerEpoch)) / config.epochs))
                    return Expected<TrainingResult>::failure(tr("Training was cancelled."));
            }
            optimizer->zero_grad();
            if (!config.dp) {
                const auto idx = order.slice(0, step * batch, std::min(n, (step + 1) * batch));
                const auto xb = x.index_select(0, idx);
                const auto yb = y.index_select(0, idx);
                const auto loss = torch::nn::functional::cross_entropy(net.forward(xb, true), yb);
                loss.backward();
                lossSum += loss.item<double>() * double(idx.size(0));
                lossCount += idx.size(0);
            } else {
                // Poisson sampling: every example joins this step's batch independently with probability q.
                const auto idx = (torch::rand({n}, net.generator()) < q).nonzero().squeeze(1).to(device);
                std::vector<torch::Tensor> sums;
                if (idx.size(0) > 0) {
                    const auto xb = x.index_select(0, idx);
                    const auto yb = y.index_select(0, idx);
                    sums = net.clippedGradientSum(xb, yb, config.maxGradNorm);
                } else {
                    for (const auto& p : params)
                        sums.push_back(torch::zeros_like(p));
                }
                const double expectedBatch = q * double(n);
                const double noiseStd = sigma * config.maxGradNorm;
                torch::NoGradGuard noGrad;
                for (std::size_t k = 0; k < params.size(); ++k) {
                    torch::Tensor g = sums[k];
                    if (noiseStd > 0.0) {
                        const auto noise = (config.secureNoise ? secureNormal(g.sizes())
                                                               : torch::randn(g.sizes(), noiseGenerator))
                                               .to(device);
                        g = g + noise * noiseStd;
                    }
                    params[k].mutable_grad() = g / expectedBatch;
                }
            }
            optimizer->step();
        }
        // A diverged model (a huge learning rate, or DP noise that swamps the gradients) is an error here,
        // not NaN scores downstream.
        for (const auto& p : params)
            if (!torch::isfinite(p).all().item<bool>())
                return Expected<TrainingResult>::failure(
                    tr("Training diverged in epoch %1: the model's weights are no longer finite numbers "
                       "(learning rate "
                       "%2%3). Use a smaller learning rate%4.")
                        .arg(epoch)
                        .arg(config.learningRate)
                        .arg(config.dp ? tr(", noise multiplier %1").arg(sigma) : QString())
                        .arg(config.dp ? tr(" or less noise") : QString()));
        EpochReport report;
        report.epoch = epoch;
        report.meanLoss = lossCount > 0 ? lossSum / double(lossCount) : std::nan("");
        report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - epochStart).count();
        result.steps += stepsPerEpoch;
        if (config.dp) {
            report.epsilon = epsilonAfter(result.steps);
            result.epsilon = report.epsilon;
        }
        result.epochs.push_back(report);
        if (progress && !progress(epoch, double(epoch) / config.epochs))
            return Expected<TrainingResult>::failure(tr("Training was cancelled."));
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

Evaluation Classifier::evaluate(const data::FeatureMatrix& features,
                                const std::vector<std::int64_t>& labels) const
{
    torch::NoGradGuard noGrad;
    const torch::Tensor logits =
        d->network.forward(asTensor(features).to(d->network.device()), false).to(torch::kCPU);
    return evaluateLogits(logits, labels);
}

Expected<QByteArray> Classifier::torchScriptBytes() const
{
    try {
        std::ostringstream out;
        d->network.toTorchScript().save(out, d->extraFiles);
        const std::string bytes = out.str();
        return QByteArray(bytes.data(), qsizetype(bytes.size()));
    } catch (const std::exception& e) {
        return Expected<QByteArray>::failure(
            tr("Could not serialise the model: %1")
                .arg(QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0)));
    }
}

void Classifier::attachEncoder(const QJsonObject& encoderJson)
{
    d->extraFiles[kEncoderExtraFile] =
        QJsonDocument(encoderJson).toJson(QJsonDocument::Indented).toStdString();
}

QString Classifier::saveTorchScript(const QString& path) const
{
    auto bytes = torchScriptBytes();
    if (!bytes) return bytes.error();
    // Written whole or not at all: a crash or a full disk leaves the previous file, not half a model.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return tr("Could not save the model to '%1': %2").arg(path, file.errorString());
    return {};
}

class ExternalModel::Impl
{
public:
    std::unique_ptr<ModelProcess> process; ///< the sandboxed host holding the model
    QString sha256;
    std::optional<QJsonObject> encoder;
    QStringList printing; ///< printing operators in the graph (allowed; their output is captured)
    OutputKind outputs = OutputKind::Undecided;
    std::int64_t saturatedRows = 0;
    std::int64_t decidedOnRows = 0;
    std::int64_t classes = 0; ///< set by checkShape(); every later output must have as many columns
};

ExternalModel::ExternalModel(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
ExternalModel::~ExternalModel() = default;
ExternalModel::ExternalModel(ExternalModel&&) noexcept = default;
ExternalModel& ExternalModel::operator=(ExternalModel&&) noexcept = default;

const QString& ExternalModel::sha256() const
{
    return d->sha256;
}

Expected<ExternalModel> ExternalModel::open(const QString& path)
{
    auto read = readRegularFile(path, 4LL << 30); // a tabular model of more than 4 GiB is not one
    if (!read)
        return Expected<ExternalModel>::failure(tr("The model file cannot be read: %1").arg(read.error()));
    const QByteArray bytes = std::move(read).value();
    auto impl = std::make_unique<Impl>();
    impl->sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    // A TorchScript file is code: it is loaded and run only inside the sandboxed host process.
    SandboxLimits limits = SandboxLimits::fromEnvironment();
    if (limits.memoryBytes == 0)
        limits.memoryBytes = (std::uint64_t(4) << 30) + 4 * std::uint64_t(bytes.size());
    auto process = ModelProcess::start(limits);
    if (!process) return Expected<ExternalModel>::failure(tr("'%1': %2").arg(path, process.error()));
    impl->process = std::move(process).value();
    auto loaded = impl->process->load(bytes);
    if (!loaded) return Expected<ExternalModel>::failure(tr("'%1': %2").arg(path, loaded.error()));
    if (!loaded->refusedOperators.isEmpty())
        return Expected<ExternalModel>::failure(
            tr("'%1' contains operators that read or write files or reach other processes (%2): PrivAudit "
               "does not run it.")
                .arg(path, loaded->refusedOperators.join(QLatin1String(", "))));
    if (!loaded->modelError.isEmpty())
        return Expected<ExternalModel>::failure(tr("'%1' is not a TorchScript model (save it with "
                                                   "torch.jit.save of a scripted or traced module): %2")
                                                    .arg(path, loaded->modelError));
    impl->printing = loaded->printingOperators;
    if (!loaded->encoderJson.isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(loaded->encoderJson, &error);
        if (!doc.isObject())
            return Expected<ExternalModel>::failure(
                tr("The encoder.json inside '%1' is not valid JSON: %2").arg(path, error.errorString()));
        impl->encoder = doc.object();
    }
    return ExternalModel(std::move(impl));
}

QString ExternalModel::checkShape(int inputWidth, int classes) const
{
    const std::vector<float> zeros(std::size_t(2 * std::max(inputWidth, 0)), 0.0f);
    auto out = d->process->forward(zeros.data(), 2, inputWidth, host::kMaxOutputsPerRow);
    if (!out) return out.error();
    if (!out->modelError.isEmpty())
        return tr("The model does not accept inputs of width %1 (the dataset's encoding): %2")
            .arg(inputWidth)
            .arg(out->modelError);
    d->classes = classes;
    if (out->sizes.size() != 2 || out->sizes[0] != 2 || out->sizes[1] != classes) {
        QStringList sizes;
        for (const auto s : out->sizes)
            sizes << QString::number(s);
        return tr("The model returns outputs of shape [%1] for %2 inputs; expected %3 logits per row.")
            .arg(sizes.join(QLatin1String(", ")))
            .arg(inputWidth)
            .arg(classes);
    }
    return {};
}

void ExternalModel::setCancelFlag(const std::atomic<bool>* cancel)
{
    d->process->setCancelFlag(cancel);
}

QJsonObject ExternalModel::sandboxJson() const
{
    QJsonObject j = d->process->sandboxJson();
    if (!d->printing.isEmpty())
        j[QStringLiteral("printing_operators")] = QJsonArray::fromStringList(d->printing);
    return j;
}

QString ExternalModel::sandboxNote(const QJsonObject& sandbox)
{
    if (sandbox.value(QStringLiteral("isolation")).toString() != QLatin1String("process")) return {};
    QStringList protectedBy;
    if (sandbox.value(QStringLiteral("landlock_file_system")).toBool())
        protectedBy << tr("no file could be opened (Landlock ABI %1)")
                           .arg(sandbox.value(QStringLiteral("landlock_abi")).toInt());
    else
        protectedBy << tr(
            "opening files was refused by the system-call filter only (the kernel has no Landlock)");
    if (sandbox.value(QStringLiteral("network_namespace")).toBool() ||
        sandbox.value(QStringLiteral("landlock_network")).toBool())
        protectedBy << tr("no network");
    if (sandbox.value(QStringLiteral("seccomp")).toBool())
        protectedBy << tr("no sockets, new processes, exec or debugging of other processes (seccomp)");
    if (const qint64 mem = sandbox.value(QStringLiteral("memory_bytes")).toInteger(); mem > 0)
        protectedBy << tr("at most %1 MiB of memory").arg(mem >> 20);
    protectedBy
        << tr("at most %1 s per call").arg(sandbox.value(QStringLiteral("call_timeout_s")).toDouble());
    QString note =
        tr("The model ran in a separate sandboxed process: %1. Not protected against: a model that computes "
           "wrong or deliberately misleading outputs, or that behaves differently outside the audit.")
            .arg(protectedBy.join(QLatin1String("; ")));
    if (const qint64 printed = sandbox.value(QStringLiteral("printed_bytes")).toInteger(); printed > 0)
        note += QLatin1Char(' ') +
                tr("The model printed %1 bytes; they were captured and not used.").arg(printed);
    return note;
}

Expected<ExternalModel> ExternalModel::load(const QString& path, int inputWidth, int classes)
{
    auto model = open(path);
    if (!model) return model;
    if (const QString err = model->checkShape(inputWidth, classes); !err.isEmpty())
        return Expected<ExternalModel>::failure(tr("'%1': %2").arg(path, err));
    return model;
}

const std::optional<QJsonObject>& ExternalModel::encoderJson() const
{
    return d->encoder;
}
ExternalModel::OutputKind ExternalModel::outputKind() const
{
    return d->outputs;
}

QJsonObject ExternalModel::outputJson() const
{
    if (d->outputs != OutputKind::Probabilities) return {};
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("probabilities")},
                       {QStringLiteral("saturated_rows"), qint64(d->saturatedRows)},
                       {QStringLiteral("rows"), qint64(d->decidedOnRows)}};
}

QString ExternalModel::outputNote() const
{
    return probabilitiesNote(outputJson());
}

QString ExternalModel::probabilitiesNote(const QJsonObject& outputs)
{
    if (outputs.value(QStringLiteral("kind")).toString() != QLatin1String("probabilities")) return {};
    QString note =
        tr("The model's outputs are probabilities (every row lies in [0, 1] and sums to 1), not logits; "
           "PrivAudit reads their logarithms as logits, and a probability rounded to 0 or 1 loses the "
           "margin: give logits to measure the risk fully.");
    const qint64 saturated = outputs.value(QStringLiteral("saturated_rows")).toInteger();
    if (saturated > 0)
        note += QLatin1Char(' ') +
                tr("Here %1 of %2 rows have a probability of exactly 0 or 1, so their scores tie.")
                    .arg(saturated)
                    .arg(outputs.value(QStringLiteral("rows")).toInteger());
    return note;
}

Evaluation ExternalModel::evaluate(const data::FeatureMatrix& features,
                                   const std::vector<std::int64_t>& labels) const
{
    // Every call's output is checked: the model is untrusted, and one that behaves differently at other
    // batch sizes must give a clear error, never a crash or a silently wrong score.
    auto fail = [](const QString& why) { throw std::runtime_error(why.toStdString()); };
    const auto rows = static_cast<std::int64_t>(features.rows());
    auto out = d->process->forward(features.data(), rows, features.cols(),
                                   d->classes > 0 ? d->classes : host::kMaxOutputsPerRow);
    if (!out) fail(out.error());
    if (!out->modelError.isEmpty())
        fail(tr("The model failed on a batch of %1 rows: %2").arg(rows).arg(out->modelError));
    if (!out->floating)
        fail(tr("The model returned %1 outputs; expected floating-point logits.").arg(out->scalarTypeName));
    torch::Tensor logits = torch::from_blob(out.value().values.data(), out->sizes, torch::kFloat32).clone();
    if (logits.dim() != 2 || logits.size(0) != rows || (d->classes > 0 && logits.size(1) != d->classes))
        fail(tr("The model returned outputs of shape [%1] for a batch of %2 rows; expected [%2, %3].")
                 .arg(QString::fromStdString(c10::str(logits.sizes())))
                 .arg(rows)
                 .arg(d->classes));
    logits = logits.contiguous();
    if (const auto bad = logits.isfinite().logical_not().sum().item<std::int64_t>(); bad > 0)
        fail(tr("The model returned %1 NaN or infinite outputs for a batch of %2 rows.").arg(bad).arg(rows));
    // Probabilities or logits, for this batch, by the rule predictions files use (readOutputs).
    OutputKind batchKind = OutputKind::Logits;
    if (rows >= 2 || d->outputs == OutputKind::Probabilities) {
        const auto l64 = logits.to(torch::kFloat64);
        const bool inRange = l64.ge(0.0).all().item<bool>() && l64.le(1.0).all().item<bool>();
        const double deviation = rows > 0 ? (l64.sum(1) - 1.0).abs().max().item<double>() : 0.0;
        const OutputReading reading = readOutputs(inRange, deviation);
        if (reading == OutputReading::Probabilities)
            batchKind = OutputKind::Probabilities;
        else if (reading == OutputReading::Ambiguous && d->outputs != OutputKind::Logits &&
                 logits.size(1) > 1)
            fail(tr("The model's outputs all lie in [0, 1] but their rows do not sum to 1 (off by up to %1): "
                    "neither "
                    "logits nor probabilities of one class each. Return logits.")
                     .arg(deviation, 0, 'g', 3));
    }
    if (d->outputs == OutputKind::Undecided && rows >= 2) {
        // Decided on the first real batch (the candidates): read as logits, probabilities would order
        // records by p, not log p, and saturate.
        d->outputs = batchKind;
        d->decidedOnRows = rows;
        if (batchKind == OutputKind::Probabilities)
            d->saturatedRows = (logits.eq(0.0f) | logits.eq(1.0f)).any(1).sum().item<std::int64_t>();
    } else if (d->outputs == OutputKind::Probabilities && batchKind != OutputKind::Probabilities) {
        fail(tr("The model returned probabilities for its first batch and other values for a batch of %1 "
                "rows.")
                 .arg(rows));
    }
    if (d->outputs == OutputKind::Probabilities) {
        logits = logits / logits.sum(1, true).clamp_min(std::numeric_limits<float>::min()); // rounded rows
        logits = logits.clamp_min(std::numeric_limits<float>::denorm_min()).log();
    }
    return evaluateLogits(logits, labels);
}

} // namespace privaudit::model
