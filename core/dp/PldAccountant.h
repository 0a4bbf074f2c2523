#pragma once

#include "dp/MechanismHistory.h"
#include "dp/PrivacyLossDistribution.h"

namespace privaudit::dp {

/// Exact privacy profile of the Gaussian mechanism with noise multiplier sigma (Balle & Wang 2018):
/// delta(eps) = Phi(-eps*sigma + 1/(2 sigma)) - e^eps Phi(-eps*sigma - 1/(2 sigma)).
double gaussianDelta(double noiseMultiplier, double epsilon);
/// Inverse of gaussianDelta in epsilon (bisection to 1e-12), epsilon >= 0.
double gaussianEpsilon(double noiseMultiplier, double delta);

/// Which neighbouring pair of the add/remove relation a PLD describes.
enum class PldDirection
{
    Remove, ///< upper distribution: mixture with the example present
    Add     ///< upper distribution: the example absent
};

/// Exact hockey-stick divergence of one Poisson-subsampled Gaussian step in the given direction.
double subsampledGaussianDelta(double samplingRate, double noiseMultiplier, double epsilon,
                               PldDirection direction);

/// Privacy-loss-distribution accountant (Koskela et al. 2020; Google dp_accounting) for compositions of
/// Poisson-subsampled Gaussian mechanisms under add/remove adjacency. Both directions are composed
/// separately and the larger delta (or epsilon) is reported. Discretisation is pessimistic
/// (connect-the-dots), composition is by FFT (FFTW) with repeated squaring for identical steps.
///
/// Cost grows with the loss range / interval; one accountant object may be used from several threads.
class PldAccountant
{
public:
    explicit PldAccountant(double discretizationInterval = 1e-4);

    [[nodiscard]] double discretizationInterval() const { return m_interval; }

    /// The composed PLD of the history in one direction.
    [[nodiscard]] PrivacyLossDistribution composedPld(const MechanismHistory& history,
                                                      PldDirection direction) const;
    /// The PLD of a single step of a phase in one direction.
    [[nodiscard]] PrivacyLossDistribution stepPld(const GaussianPhase& phase, PldDirection direction) const;

    [[nodiscard]] double epsilon(const MechanismHistory& history, double delta) const;
    [[nodiscard]] double delta(const MechanismHistory& history, double epsilon) const;

private:
    double m_interval;
};

} // namespace privaudit::dp
