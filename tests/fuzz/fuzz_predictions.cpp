// Predictions files (per-class scores, label, membership): imported or refused with a message.
#include "FuzzSupport.h"
#include "model/PredictionsFile.h"

#include <cmath>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using privaudit::model::PredictionsFile;
    const QString path = privaudit::fuzz::scratchFile("predictions.csv", privaudit::fuzz::bytes(data, size));
    const auto p = PredictionsFile::import(path);
    if (!p) {
        if (p.error().isEmpty()) __builtin_trap();
        return 0;
    }
    // What is accepted is finite and consistent: the statistics downstream rely on it.
    if (p->logits.rows() != Eigen::Index(p->labels.size())) __builtin_trap();
    for (Eigen::Index i = 0; i < p->logits.size(); ++i)
        if (!std::isfinite(p->logits.data()[i])) __builtin_trap();
    return 0;
}
