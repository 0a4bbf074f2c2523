#pragma once

#include "common/Expected.h"
#include "compute/ComputeSettings.h"
#include "data/TableEncoder.h"
#include "model/ModelSpec.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QJsonObject>

namespace privaudit::model {

struct EpochReport
{
    int epoch = 0;
    double meanLoss = 0.0;
    double epsilon = 0.0; ///< RDP epsilon after this epoch (0 without DP)
    double seconds = 0.0;
};

struct TrainingResult
{
    double seconds = 0.0;
    std::int64_t steps = 0;
    double samplingRate = 0.0;    ///< DP: Poisson rate q = batch / n
    double noiseMultiplier = 0.0; ///< DP: the sigma used (calibrated when a target epsilon was given)
    double epsilon = 0.0;         ///< DP: RDP epsilon at delta after the last epoch
    double delta = 0.0;
    bool stoppedAtBudget = false; ///< DP: training ended early because the epsilon budget was reached
    std::vector<EpochReport> epochs;
};

struct Evaluation
{
    double accuracy = 0.0;
    double meanLoss = 0.0;
    std::vector<double> perExampleLoss;
    Eigen::MatrixXf logits; ///< rows x classes
};

/// Called after every epoch, and at most every 100 ms within one, with (epoch in progress, fraction of
/// training done); return false to cancel (honoured within one optimisation step).
using TrainingProgress = std::function<bool(int, double)>;

/// A classifier trained here (logistic regression or MLP on LibTorch), with or without DP-SGD.
/// Not thread-safe; distinct objects may train on different threads.
class Classifier
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::model::Classifier)

public:
    /// @p device CUDA needs a LibTorch build with CUDA and a GPU
    /// (compute::ComputeEnvironment::cudaAvailable()); otherwise the model stays on the CPU.
    static Expected<Classifier> create(const ModelSpec& spec, int inputWidth, int classes, std::uint64_t seed,
                                       compute::Device device = compute::Device::Cpu);
    ~Classifier();
    Classifier(Classifier&&) noexcept;
    Classifier& operator=(Classifier&&) noexcept;

    Expected<TrainingResult> train(const data::FeatureMatrix& features,
                                   const std::vector<std::int64_t>& labels, const TrainingConfig& config,
                                   const TrainingProgress& progress = {});

    [[nodiscard]] Evaluation evaluate(const data::FeatureMatrix& features,
                                      const std::vector<std::int64_t>& labels) const;

    /// Embeds @p encoderJson (data::TableEncoder::toJson()) in the TorchScript archive as the extra
    /// file "encoder.json" (torch.jit.load(path, _extra_files={"encoder.json": ""}) reads it).
    void attachEncoder(const QJsonObject& encoderJson);
    /// Saves the model as TorchScript (loadable with torch.jit.load, and by ExternalModel), atomically.
    [[nodiscard]] QString saveTorchScript(const QString& path) const;
    /// The same TorchScript archive in memory (for the project store).
    [[nodiscard]] Expected<QByteArray> torchScriptBytes() const;

    /// Every layer's parameters in double, input layer first, each as outputs x (inputs + 1): the weights
    /// then the bias (z_k = W_k . a + b_k). A logistic regression has one layer.
    [[nodiscard]] std::vector<Eigen::MatrixXd> layerParameters() const;
    /// White-box access for model inversion: the gradient of the log-probability of class @p cls with
    /// respect to the input, one row per row of @p x (rows x inputWidth), in evaluation mode (log-softmax:
    /// it does not vanish where the softmax saturates); the probabilities go to @p probability when given.
    /// The parameters' gradients are left untouched.
    [[nodiscard]] Eigen::MatrixXd logProbabilityGradient(const Eigen::MatrixXd& x, int cls,
                                                         Eigen::VectorXd* probability = nullptr) const;

    [[nodiscard]] const ModelSpec& spec() const;
    [[nodiscard]] int inputWidth() const;
    [[nodiscard]] int classes() const;

    class Impl;

private:
    explicit Classifier(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

/// The name of the encoder description inside a TorchScript archive written here.
inline constexpr const char* kEncoderExtraFile = "encoder.json";

/// A TorchScript model trained elsewhere, queried as a black box. A TorchScript file is code: it is
/// loaded and run only in a sandboxed child process (privaudit-model-host: no file system, no network,
/// no new processes, bounded memory, a time limit per call; sandboxJson() says what was in place), and a
/// graph with file or RPC operators is refused. Its outputs should be logits; a model that returns
/// probabilities is detected on the first batch it scores and its outputs are read as log-probabilities
/// (outputNote() says so).
class ExternalModel
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::model::ExternalModel)

public:
    enum class OutputKind
    {
        Undecided,
        Logits,
        Probabilities
    };
    /// Loads @p path (and the encoder.json it may carry) without checking its shape.
    static Expected<ExternalModel> open(const QString& path);
    /// Empty when the model maps [rows, @p inputWidth] to [rows, @p classes]; otherwise why not.
    [[nodiscard]] QString checkShape(int inputWidth, int classes) const;
    /// The encoder the model was trained with, when it carries one (models saved by PrivAudit do).
    [[nodiscard]] const std::optional<QJsonObject>& encoderJson() const;
    [[nodiscard]] OutputKind outputKind() const;
    /// Translated note when the outputs were probabilities (empty otherwise).
    [[nodiscard]] QString outputNote() const;
    /// {"kind": "probabilities", "saturated_rows": N, "rows": M} for a run summary.
    [[nodiscard]] QJsonObject outputJson() const;
    /// The note for a stored outputJson() (or a predictions file's {"kind": "probabilities"}).
    static QString probabilitiesNote(const QJsonObject& outputs);

    /// open() and checkShape(): @p path accepts @p inputWidth features and returns @p classes outputs.
    static Expected<ExternalModel> load(const QString& path, int inputWidth, int classes);
    ~ExternalModel();
    ExternalModel(ExternalModel&&) noexcept;
    ExternalModel& operator=(ExternalModel&&) noexcept;

    /// Queries the model. Every call's output is checked (shape, dtype, NaN and infinities, probabilities
    /// or logits); a model that fails or returns anything else throws std::runtime_error with a
    /// translated message (the job and the CLI report it as the run's error).
    [[nodiscard]] Evaluation evaluate(const data::FeatureMatrix& features,
                                      const std::vector<std::int64_t>& labels) const;
    [[nodiscard]] const QString& sha256() const;
    /// Polled while the model runs: when it turns true the model process is stopped and the call throws.
    void setCancelFlag(const std::atomic<bool>* cancel);
    /// What the sandbox put in place and what the model printed, for the run summary ("sandbox").
    [[nodiscard]] QJsonObject sandboxJson() const;
    /// Translated: what was and was not protected, for a stored sandboxJson().
    static QString sandboxNote(const QJsonObject& sandbox);

    class Impl;

private:
    explicit ExternalModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace privaudit::model
