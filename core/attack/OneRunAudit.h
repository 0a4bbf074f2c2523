#pragma once

#include "common/Expected.h"
#include "data/DataSplit.h"
#include "data/TableEncoder.h"
#include "model/Classifier.h"

#include <QCoreApplication>

namespace privaudit::attack {

struct OneRunAuditConfig
{
    int canaries = 1000; ///< m records from the population pool, each included with probability 1/2
    int guesses =
        200; ///< r: guess IN for the r/2 highest scores and OUT for the r/2 lowest (fixed in advance)
    bool mislabel = true; ///< canaries carry a wrong label, which makes membership far easier to detect
    double beta = 0.05;   ///< confidence 1 - beta
    std::uint64_t seed = 1;
    compute::Device device = compute::Device::Cpu;
};

struct OneRunAuditResult
{
    int canaries = 0;
    int included = 0;
    int guesses = 0;
    int correct = 0;
    double epsilonLowerBound = 0.0;
    double accountantEpsilon = 0.0; ///< +inf without DP
    double delta = 0.0;
    double trainAccuracy = 0.0; ///< on the training rows without the canaries
    model::TrainingResult training;
    /// Per canary (population row order): its table row, whether it was included, and its score
    /// (negated loss; the guesses are the r/2 highest IN and the r/2 lowest OUT), so that anyone can
    /// recompute the count of right guesses and the bound from what is stored.
    std::vector<std::int64_t> canaryRows;
    std::vector<bool> inTraining;
    std::vector<double> scores;
};

/// Privacy auditing with one training run (Steinke, Nasr & Jagielski 2023): canaries are added to the
/// training set independently with probability 1/2, the model is trained once with the given recipe, the
/// canaries are scored by their loss, and the guesses give an epsilon lower bound with confidence
/// 1 - beta. For a DP-trained model it must never exceed the accountant's epsilon.
class OneRunAudit
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::attack::OneRunAudit)

public:
    static Expected<OneRunAuditResult> run(const data::DataTable& table, const data::DataSplit& split,
                                           const data::TableEncoder& encoder, const model::ModelSpec& spec,
                                           const model::TrainingConfig& training,
                                           const OneRunAuditConfig& config,
                                           const model::TrainingProgress& progress = {});
};

} // namespace privaudit::attack
