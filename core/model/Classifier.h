#pragma once

#include "common/Expected.h"
#include "compute/ComputeSettings.h"
#include "data/TableEncoder.h"
#include "model/ModelSpec.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

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
    double samplingRate = 0.0;     ///< DP: Poisson rate q = batch / n
    double noiseMultiplier = 0.0;  ///< DP: the sigma used (calibrated when a target epsilon was given)
    double epsilon = 0.0;          ///< DP: RDP epsilon at delta after the last epoch
    double delta = 0.0;
    bool stoppedAtBudget = false;  ///< DP: training ended early because the epsilon budget was reached
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
    /// @p device CUDA needs a LibTorch build with CUDA and a GPU (compute::ComputeEnvironment::cudaAvailable());
    /// otherwise the model stays on the CPU.
    static Expected<Classifier> create(const ModelSpec& spec, int inputWidth, int classes, std::uint64_t seed,
                                       compute::Device device = compute::Device::Cpu);
    ~Classifier();
    Classifier(Classifier&&) noexcept;
    Classifier& operator=(Classifier&&) noexcept;

    Expected<TrainingResult> train(const data::FeatureMatrix& features, const std::vector<std::int64_t>& labels,
                                   const TrainingConfig& config, const TrainingProgress& progress = {});

    [[nodiscard]] Evaluation evaluate(const data::FeatureMatrix& features, const std::vector<std::int64_t>& labels) const;

    /// Saves the model as TorchScript (loadable with torch.jit.load, and by ExternalModel).
    [[nodiscard]] QString saveTorchScript(const QString& path) const;
    /// The same TorchScript archive in memory (for the project store).
    [[nodiscard]] Expected<QByteArray> torchScriptBytes() const;

    [[nodiscard]] const ModelSpec& spec() const;
    [[nodiscard]] int inputWidth() const;
    [[nodiscard]] int classes() const;

    class Impl;

private:
    explicit Classifier(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

/// A TorchScript model trained elsewhere, queried as a black box (logits only).
class ExternalModel
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::model::ExternalModel)

public:
    /// Loads @p path and checks that it accepts @p inputWidth features and returns @p classes logits.
    static Expected<ExternalModel> load(const QString& path, int inputWidth, int classes);
    ~ExternalModel();
    ExternalModel(ExternalModel&&) noexcept;
    ExternalModel& operator=(ExternalModel&&) noexcept;

    [[nodiscard]] Evaluation evaluate(const data::FeatureMatrix& features, const std::vector<std::int64_t>& labels) const;
    [[nodiscard]] const QString& sha256() const;

    class Impl;

private:
    explicit ExternalModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace privaudit::model
