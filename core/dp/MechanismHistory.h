#pragma once

#include <cstdint>
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace privaudit::dp {

/// How DP-SGD's training steps follow from the data size, the (expected) batch size and the epochs: the
/// one definition the trainer, the run dialog's live epsilon, the privacy calculator and the report use.
/// stepsPerEpoch = ceil(n / batch), steps = ceil(stepsPerEpoch * epochs), q = batch / n (both capped at n).
struct SgdSchedule
{
    double samplingRate = 1.0;
    std::int64_t stepsPerEpoch = 1;
    std::int64_t steps = 1;
};
SgdSchedule sgdSchedule(std::int64_t datasetSize, double batchSize, double epochs);

/// One phase of training: `steps` identical applications of the Poisson-subsampled Gaussian mechanism
/// with sampling rate q (each example joins a batch independently with probability q) and noise
/// multiplier sigma (noise standard deviation divided by the L2 sensitivity / clipping norm).
/// q = 1 is the plain Gaussian mechanism.
struct GaussianPhase
{
    double samplingRate = 1.0;
    double noiseMultiplier = 1.0;
    std::int64_t steps = 1;

    friend bool operator==(const GaussianPhase&, const GaussianPhase&) = default;
};

/// The composition of phases a training run went through, under add/remove-one adjacency at the level
/// of single examples. Plain value type; cheap to copy.
class MechanismHistory
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::dp::MechanismHistory)

public:
    MechanismHistory() = default;
    explicit MechanismHistory(std::vector<GaussianPhase> phases) : m_phases(std::move(phases)) {}

    static MechanismHistory poissonGaussian(double samplingRate, double noiseMultiplier, std::int64_t steps)
    {
        return MechanismHistory({GaussianPhase{samplingRate, noiseMultiplier, steps}});
    }
    static MechanismHistory gaussian(double noiseMultiplier, std::int64_t steps = 1)
    {
        return poissonGaussian(1.0, noiseMultiplier, steps);
    }

    MechanismHistory& add(const GaussianPhase& phase)
    {
        m_phases.push_back(phase);
        return *this;
    }

    [[nodiscard]] const std::vector<GaussianPhase>& phases() const { return m_phases; }
    [[nodiscard]] bool isEmpty() const { return m_phases.empty(); }
    [[nodiscard]] std::int64_t totalSteps() const;

    /// An empty string when every phase is valid, else a translated message naming the bad parameter.
    [[nodiscard]] QString validate() const;

private:
    std::vector<GaussianPhase> m_phases;
};

/// A translated message naming the parameter when delta is outside (0, 1), else empty.
QString validateDelta(double delta);

} // namespace privaudit::dp
