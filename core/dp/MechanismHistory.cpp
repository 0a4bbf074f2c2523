#include "dp/MechanismHistory.h"

#include <algorithm>
#include <cmath>

namespace privaudit::dp {

SgdSchedule sgdSchedule(std::int64_t datasetSize, double batchSize, double epochs)
{
    SgdSchedule s;
    if (datasetSize <= 0 || !(batchSize > 0) || !(epochs > 0)) return s;
    const double batch = std::min(batchSize, double(datasetSize));
    s.samplingRate = batch / double(datasetSize);
    s.stepsPerEpoch = std::max<std::int64_t>(1, std::int64_t(std::ceil(double(datasetSize) / batch - 1e-9)));
    s.steps = std::max<std::int64_t>(1, std::int64_t(std::ceil(double(s.stepsPerEpoch) * epochs - 1e-9)));
    return s;
}

std::int64_t MechanismHistory::totalSteps() const
{
    std::int64_t total = 0;
    for (const auto& p : m_phases)
        total += p.steps;
    return total;
}

QString MechanismHistory::validate() const
{
    if (m_phases.empty()) return tr("The mechanism history is empty: at least one training phase is needed.");
    for (const auto& p : m_phases) {
        if (!std::isfinite(p.samplingRate) || p.samplingRate <= 0.0 || p.samplingRate > 1.0)
            return tr("The sampling rate must be in (0, 1], got %1.").arg(p.samplingRate);
        if (!std::isfinite(p.noiseMultiplier) || p.noiseMultiplier <= 0.0)
            return tr("The noise multiplier must be a positive number, got %1.").arg(p.noiseMultiplier);
        if (p.steps < 1) return tr("The number of steps must be at least 1, got %1.").arg(p.steps);
    }
    return {};
}

QString validateDelta(double delta)
{
    if (!std::isfinite(delta) || delta <= 0.0 || delta >= 1.0)
        return QCoreApplication::translate("privaudit::dp::MechanismHistory",
                                           "Delta must be in (0, 1), got %1.")
            .arg(delta);
    return {};
}

} // namespace privaudit::dp
