#pragma once

#include "common/Expected.h"
#include "compute/ComputeSettings.h"
#include "data/DataSplit.h"
#include "data/TableEncoder.h"
#include "metrics/CanaryExposure.h"
#include "metrics/Utility.h"
#include "model/Classifier.h"

#include <functional>
#include <QCoreApplication>
#include <QStringList>
#include <random>
#include <unordered_set>
#include <vector>

namespace privaudit::attack {

/// Canary rows from an enumerable space: each input column (role feature or sensitive) takes one of
/// the values the table holds in it, drawn from the column's empirical marginal (a uniform draw over its
/// distinct values would put most canaries far outside the data, where a model's extrapolation is
/// confident and arbitrary, and their losses would say nothing about memorisation), and,
/// with @p randomLabel, the label is a class drawn uniformly; without it the label is left to the
/// caller (CanaryLabel::Flipped) and is not part of the space. Identifier and ignored columns are left
/// missing (no model sees them).
class CanaryGenerator
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::attack::CanaryGenerator)

public:
    static Expected<CanaryGenerator> fromTable(const data::DataTable& table);

    /// log2 of the number of distinct canaries (the product of the domains and the classes).
    [[nodiscard]] double spaceBits(bool randomLabel = true) const;
    [[nodiscard]] int inputColumns() const { return int(m_domains.size()); }

    /// @p count canaries, none equal to one whose key is in @p avoid (the canaries drawn before) nor to
    /// another of this draw; each drawn key is added to @p avoid. Fails when the space is too small.
    [[nodiscard]] Expected<data::DataTable> draw(std::size_t count, std::mt19937_64& rng,
                                                 std::unordered_set<std::uint64_t>& avoid,
                                                 bool randomLabel = true) const;

private:
    struct Domain
    {
        std::size_t column = 0;
        std::vector<double> numbers;     ///< numeric column: its values (with repeats: the marginal)
        std::vector<std::int32_t> codes; ///< categorical / boolean: its codes (with repeats)
        std::size_t distinct = 0;
    };
    data::DataTable m_schema; ///< the table's columns without rows
    std::vector<Domain> m_domains;
    std::size_t m_label = 0;
    std::vector<std::int32_t> m_classes;
};

/// The canaries' label. A classifier gives only p(label | features), so a canary's loss is small
/// whenever its label is the one its features predict, memorised or not: with random labels about
/// 1 / classes of the references have a small loss too, and exposure cannot exceed about
/// log2(classes) bits plus what the model's confidence separates. Flipped labels (the default, Privacy
/// Meter's mislabelled canaries made deterministic) give every canary and reference the class that the
/// target's counterfactual (its recipe and seed trained on the members alone, without any canary) finds
/// least likely: only a memorised canary then has a small loss. It costs one more training.
enum class CanaryLabel
{
    Flipped,
    Random
};

struct CanaryConfig
{
    CanaryLabel label = CanaryLabel::Flipped;
    std::vector<int> repetitions{1, 10, 100}; ///< how often each secret canary is inserted, per level
    int canariesPerLevel = 10;                ///< secret canaries per level (and never-inserted controls)
    int references = 65536;                   ///< never-inserted reference canaries (2^16)
    int bootstrap = 1000;
    std::uint64_t seed = 1;
};

struct CanaryRunResult
{
    model::TrainingResult training;
    QByteArray targetTorchScript;  ///< the model trained with the canaries
    double trainAccuracy = 0.0;    ///< on the members, without the canaries
    double testAccuracy = 0.0;     ///< on the non-members
    metrics::UtilityCheck utility; ///< on the non-members: did the model learn the task
    std::int64_t insertedRows = 0;
    double spaceBits = 0.0;         ///< log2 of the canary space (features, and the label when random)
    double flipModelAccuracy = 0.0; ///< Flipped: the counterfactual model's accuracy on the members
    int inputColumns = 0;
    std::int64_t references = 0;
    metrics::SkewNormal fit;  ///< of the reference losses
    double fitDistance = 0.0; ///< Kolmogorov-Smirnov distance of that fit from the reference losses
    double chance = 0.0;      ///< metrics::chanceExposure(references)
    /// The controls (repetitions 0, never inserted) first, then one level per configured repetition count.
    std::vector<metrics::ExposureLevel> levels;
    double scoringSeconds = 0.0; ///< scoring every canary and the references, the fit and the exposures
};

/// The Secret Sharer's exposure test on a tabular model (Carlini et al. 2019): secret canaries are
/// inserted into the members 1, 10 or 100 times each, the target is trained once on members plus copies
/// with the given recipe (with DP-SGD the accountant counts every copy as a row; a canary inserted r
/// times is a group of r, protected at about r times the epsilon), and each canary's loss in bits is
/// ranked among references from the same generator that were never inserted. Controls: canaries of
/// the same generator, not inserted, measured the same way (their exposure is chance, about 1.44 bits).
class CanaryExposure
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::attack::CanaryExposure)

public:
    static Expected<CanaryRunResult> run(const data::DataTable& table, const data::DataSplit& split,
                                         const data::TableEncoder& encoder, const model::ModelSpec& spec,
                                         const model::TrainingConfig& training, const CanaryConfig& config,
                                         const compute::ComputeSettings& settings,
                                         const std::function<bool(double, const QString&)>& progress = {});
    /// Empty when @p config can run, else a translated message naming the option.
    static QString validate(const CanaryConfig& config);
};

} // namespace privaudit::attack
