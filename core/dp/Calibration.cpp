#include "dp/Calibration.h"

#include "dp/PldAccountant.h"
#include "dp/RdpAccountant.h"

#include <cmath>
#include <QCoreApplication>

namespace privaudit::dp {

namespace {

constexpr double kMaxNoiseMultiplier = 1e6;
constexpr std::int64_t kMaxSteps = 1000000000;

} // namespace

bool parseAccountantKind(const QString& text, AccountantKind* kind)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("rdp"))
        *kind = AccountantKind::Rdp;
    else if (t == QLatin1String("pld"))
        *kind = AccountantKind::Pld;
    else
        return false;
    return true;
}

QString accountantName(AccountantKind kind)
{
    return kind == AccountantKind::Rdp ? QStringLiteral("rdp") : QStringLiteral("pld");
}

double accountEpsilon(AccountantKind kind, const MechanismHistory& history, double delta,
                      const AccountingOptions& options)
{
    if (kind == AccountantKind::Rdp) return RdpAccountant().epsilon(history, delta).epsilon;
    return PldAccountant(options.pldInterval).epsilon(history, delta);
}

Expected<NoiseCalibration> calibrateNoiseMultiplier(AccountantKind kind, double targetEpsilon, double delta,
                                                    double samplingRate, std::int64_t steps,
                                                    double epsilonTolerance, const AccountingOptions& options)
{
    if (!std::isfinite(targetEpsilon) || targetEpsilon <= 0.0)
        return Expected<NoiseCalibration>::failure(
            QCoreApplication::translate("privaudit::dp::Calibration",
                                        "The target epsilon must be a positive number, got %1.")
                .arg(targetEpsilon));
    if (const QString err = validateDelta(delta); !err.isEmpty())
        return Expected<NoiseCalibration>::failure(err);
    if (const QString err = MechanismHistory::poissonGaussian(samplingRate, 1.0, steps).validate();
        !err.isEmpty())
        return Expected<NoiseCalibration>::failure(err);

    auto epsilonAt = [&](double sigma) {
        return accountEpsilon(kind, MechanismHistory::poissonGaussian(samplingRate, sigma, steps), delta,
                              options);
    };
    double sigmaLow = 0.0;
    double sigmaHigh = 10.0;
    double epsHigh = std::numeric_limits<double>::infinity();
    while (epsHigh > targetEpsilon) {
        sigmaHigh *= 2.0;
        if (sigmaHigh > kMaxNoiseMultiplier)
            return Expected<NoiseCalibration>::failure(
                QCoreApplication::translate(
                    "privaudit::dp::Calibration",
                    "The privacy budget epsilon = %1 is too small for %2 steps at sampling rate %3: "
                    "no noise multiplier up to %4 achieves it.")
                    .arg(targetEpsilon)
                    .arg(steps)
                    .arg(samplingRate)
                    .arg(kMaxNoiseMultiplier));
        epsHigh = epsilonAt(sigmaHigh);
    }
    // Bisection, bounded: a tolerance finer than the accountant resolves, or an epsilon so large that any
    // noise meets it, must not loop forever (sigmaHigh always meets the target, so stopping is safe).
    for (int iteration = 0; iteration < 200 && targetEpsilon - epsHigh > epsilonTolerance &&
                            sigmaHigh - sigmaLow > 1e-12 * sigmaHigh;
         ++iteration) {
        const double sigma = 0.5 * (sigmaLow + sigmaHigh);
        const double eps = epsilonAt(sigma);
        if (eps < targetEpsilon) {
            sigmaHigh = sigma;
            epsHigh = eps;
        } else {
            sigmaLow = sigma;
        }
    }
    return NoiseCalibration{sigmaHigh, epsHigh};
}

Expected<StepBudget> maxStepsForBudget(AccountantKind kind, double targetEpsilon, double delta,
                                       double samplingRate, double noiseMultiplier,
                                       const AccountingOptions& options)
{
    if (!std::isfinite(targetEpsilon) || targetEpsilon <= 0.0)
        return Expected<StepBudget>::failure(
            QCoreApplication::translate("privaudit::dp::Calibration",
                                        "The target epsilon must be a positive number, got %1.")
                .arg(targetEpsilon));
    if (const QString err = validateDelta(delta); !err.isEmpty()) return Expected<StepBudget>::failure(err);
    if (const QString err = MechanismHistory::poissonGaussian(samplingRate, noiseMultiplier, 1).validate();
        !err.isEmpty())
        return Expected<StepBudget>::failure(err);

    // RDP scales linearly in steps: compute the per-step curve once.
    const RdpAccountant rdp;
    const std::vector<double> perStep =
        rdp.rdp(MechanismHistory::poissonGaussian(samplingRate, noiseMultiplier, 1));
    auto epsilonAt = [&](std::int64_t steps) {
        if (kind == AccountantKind::Rdp) {
            std::vector<double> scaled(perStep);
            for (double& v : scaled)
                v *= static_cast<double>(steps);
            return RdpAccountant::epsilonFromRdp(rdp.orders(), scaled, delta).epsilon;
        }
        return accountEpsilon(kind, MechanismHistory::poissonGaussian(samplingRate, noiseMultiplier, steps),
                              delta, options);
    };

    if (epsilonAt(1) > targetEpsilon) return StepBudget{0, 0.0};
    std::int64_t good = 1;
    if (kind == AccountantKind::Pld) {
        // PLD epsilon <= RDP epsilon, so the RDP budget is a valid starting point for the search.
        const auto rdpBudget = maxStepsForBudget(AccountantKind::Rdp, targetEpsilon, delta, samplingRate,
                                                 noiseMultiplier, options);
        good = std::max<std::int64_t>(1, rdpBudget->steps);
    }
    std::int64_t bad = 2 * good;
    while (bad <= kMaxSteps && epsilonAt(bad) <= targetEpsilon) {
        good = bad;
        bad *= 2;
    }
    if (bad > kMaxSteps) {
        // The doubling passed the cap: the answer lies in (good, cap], or beyond the cap.
        if (epsilonAt(kMaxSteps) <= targetEpsilon) return StepBudget{kMaxSteps, epsilonAt(kMaxSteps), true};
        bad = kMaxSteps;
    }
    while (bad - good > 1) {
        const std::int64_t mid = good + (bad - good) / 2;
        (epsilonAt(mid) <= targetEpsilon ? good : bad) = mid;
    }
    return StepBudget{good, epsilonAt(good)};
}

} // namespace privaudit::dp
