#pragma once

#include "common/Expected.h"
#include "dp/MechanismHistory.h"

#include <cstdint>

namespace privaudit::dp {

enum class AccountantKind
{
    Rdp,
    Pld
};

/// Parses "rdp" / "pld" (case-insensitive).
bool parseAccountantKind(const QString& text, AccountantKind* kind);
QString accountantName(AccountantKind kind);

struct AccountingOptions
{
    double pldInterval = 1e-4;
};

/// Epsilon of @p history at @p delta with the chosen accountant (RDP: improved conversion, default grid).
double accountEpsilon(AccountantKind kind, const MechanismHistory& history, double delta,
                      const AccountingOptions& options = {});

struct NoiseCalibration
{
    double noiseMultiplier = 0.0;
    double epsilon = 0.0; ///< the epsilon the returned noise multiplier actually gives (<= target)
};

/// The smallest noise multiplier (to an epsilon tolerance) whose epsilon does not exceed
/// @p targetEpsilon for @p steps steps at sampling rate @p samplingRate. Same bracketing and bisection
/// as Opacus' get_noise_multiplier: start at sigma 20, double until the target holds, then bisect on
/// [0, sigma] until target - epsilon(sigma) <= tolerance; the returned sigma always meets the target.
Expected<NoiseCalibration> calibrateNoiseMultiplier(AccountantKind kind, double targetEpsilon, double delta,
                                                    double samplingRate, std::int64_t steps,
                                                    double epsilonTolerance = 0.01,
                                                    const AccountingOptions& options = {});

struct StepBudget
{
    std::int64_t steps = 0;
    double epsilon = 0.0; ///< epsilon after that many steps
    bool beyondCap =
        false; ///< even the cap (10^9 steps) stays within the budget: steps is the cap, a lower bound
};

/// The largest number of steps whose epsilon stays within @p targetEpsilon (0 when even one step
/// exceeds it), by exponential search and integer bisection. Capped at 10^9 steps.
Expected<StepBudget> maxStepsForBudget(AccountantKind kind, double targetEpsilon, double delta,
                                       double samplingRate, double noiseMultiplier,
                                       const AccountingOptions& options = {});

} // namespace privaudit::dp
