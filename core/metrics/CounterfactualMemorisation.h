#pragma once

#include <cstdint>
#include <vector>

namespace privaudit::metrics {

/// What a bank of K reference models, each trained on a random half of n records, gives on those
/// records: keep[k][j] is true when model k trained on record j; correct[k][j] when model k classified
/// record j right (arg-max); logProb[k][j] is its log-probability of record j's label.
struct ReferenceBankOutputs
{
    std::vector<std::vector<bool>> keep;
    std::vector<std::vector<bool>> correct;
    std::vector<std::vector<double>> logProb;
};

/// Counterfactual memorisation of every record (Feldman & Zhang, "What Neural Networks Memorize and Why",
/// NeurIPS 2020, estimator of their section 3 on the subsampled models; the loss form as in Zhang et al.,
/// "Counterfactual Memorization in Neural Language Models", 2021):
///   accuracy[j] = P(correct | j IN) - P(correct | j OUT), in [-1, 1]
///   loss[j]     = mean cross-entropy when OUT - mean cross-entropy when IN (nats; > 0: fitted when seen)
///   standardError[j] of accuracy[j] = sqrt(a (1 - a) / n_in + b (1 - b) / n_out)
///   pValue[j]: one-sided permutation test of loss[j], the K outputs re-split at random into n_in IN and
///       n_out OUT (exchangeable when the record has no influence on the models that see it);
///       (1 + #{permuted >= observed}) / (1 + permutations). Under "no memorisation" it is uniform or
///       larger, so about 5% of records reach p <= 0.05 by chance.
/// A record that no model (or every model) trained on has no estimate: NaN, pValue 1, inModels 0 or K.
struct MemorisationScores
{
    std::vector<double> accuracy;
    std::vector<double> loss;
    std::vector<double> standardError;
    std::vector<double> pValue;
    std::vector<int> inModels;
    int permutations = 0;

    [[nodiscard]] bool scored(std::size_t j) const { return accuracy[j] == accuracy[j]; }
};

/// Deterministic given @p seed (each record draws its permutations from its own stream).
MemorisationScores counterfactualMemorisation(const ReferenceBankOutputs& bank, int permutations,
                                              std::uint64_t seed);

/// Groups of identical rows: group[j] is the index of the first row equal to row j (its own index when
/// unique), and copies[j] how many rows share it. Rows are compared as given (encoded features and label).
struct DuplicateGroups
{
    std::vector<std::size_t> group;
    std::vector<int> copies;
};

DuplicateGroups duplicateGroups(const float* features, std::size_t rows, std::size_t width,
                                const std::int64_t* labels);

} // namespace privaudit::metrics
