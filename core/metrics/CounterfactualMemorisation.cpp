#include "metrics/CounterfactualMemorisation.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <random>
#include <string>
#include <unordered_map>

namespace privaudit::metrics {

MemorisationScores counterfactualMemorisation(const ReferenceBankOutputs& bank, int permutations,
                                              std::uint64_t seed)
{
    const std::size_t K = bank.keep.size();
    const std::size_t n = K > 0 ? bank.keep.front().size() : 0;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    MemorisationScores s;
    s.permutations = std::max(0, permutations);
    s.accuracy.assign(n, nan);
    s.loss.assign(n, nan);
    s.standardError.assign(n, nan);
    s.pValue.assign(n, 1.0);
    s.inModels.assign(n, 0);
    std::vector<double> losses(K);
    std::vector<std::size_t> order(K);
    for (std::size_t j = 0; j < n; ++j) {
        int in = 0, correctIn = 0, correctOut = 0;
        double lossIn = 0.0, lossOut = 0.0, lossAll = 0.0;
        for (std::size_t k = 0; k < K; ++k) {
            const bool isIn = bank.keep[k][j];
            const bool right = bank.correct[k][j];
            losses[k] = -bank.logProb[k][j];
            lossAll += losses[k];
            if (isIn) {
                ++in;
                correctIn += right ? 1 : 0;
                lossIn += losses[k];
            } else {
                correctOut += right ? 1 : 0;
                lossOut += losses[k];
            }
        }
        s.inModels[j] = in;
        const int out = int(K) - in;
        if (in == 0 || out == 0) continue;
        const double a = double(correctIn) / in, b = double(correctOut) / out;
        s.accuracy[j] = a - b;
        s.standardError[j] = std::sqrt(a * (1.0 - a) / in + b * (1.0 - b) / out);
        s.loss[j] = lossOut / out - lossIn / in;
        if (s.permutations == 0) continue;
        // Re-split the K losses: a random n_in of them are IN. mean_out - mean_in depends on the IN sum
        // alone: (all - sumIn) / out - sumIn / in.
        std::mt19937_64 rng(seed ^ (0x9E3779B97F4A7C15ULL * (std::uint64_t(j) + 1)));
        std::iota(order.begin(), order.end(), std::size_t(0));
        const double tolerance = 1e-12 * (1.0 + std::abs(s.loss[j]));
        int atLeast = 0;
        for (int p = 0; p < s.permutations; ++p) {
            double sumIn = 0.0;
            for (int r = 0; r < in; ++r) { // partial Fisher-Yates
                std::uniform_int_distribution<std::size_t> pick(std::size_t(r), K - 1);
                std::swap(order[std::size_t(r)], order[pick(rng)]);
                sumIn += losses[order[std::size_t(r)]];
            }
            const double permuted = (lossAll - sumIn) / out - sumIn / in;
            if (permuted >= s.loss[j] - tolerance) ++atLeast;
        }
        s.pValue[j] = double(1 + atLeast) / double(1 + s.permutations);
    }
    return s;
}

DuplicateGroups duplicateGroups(const float* features, std::size_t rows, std::size_t width,
                                const std::int64_t* labels)
{
    DuplicateGroups d;
    d.group.resize(rows);
    d.copies.assign(rows, 1);
    std::unordered_map<std::string, std::size_t> first;
    first.reserve(rows);
    std::vector<int> count(rows, 0);
    std::string key(width * sizeof(float) + sizeof(std::int64_t), '\0');
    for (std::size_t j = 0; j < rows; ++j) {
        // -0.0 and 0.0 are the same input; NaN never reaches an encoded row.
        for (std::size_t c = 0; c < width; ++c) {
            const float v = features[j * width + c] == 0.0f ? 0.0f : features[j * width + c];
            std::memcpy(key.data() + c * sizeof(float), &v, sizeof(float));
        }
        std::memcpy(key.data() + width * sizeof(float), labels + j, sizeof(std::int64_t));
        const auto [it, inserted] = first.emplace(key, j);
        d.group[j] = it->second;
        ++count[it->second];
    }
    for (std::size_t j = 0; j < rows; ++j)
        d.copies[j] = count[d.group[j]];
    return d;
}

} // namespace privaudit::metrics
