#include "attack/OneRunAudit.h"

#include "attack/MembershipInference.h"
#include "metrics/OneRunAudit.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace privaudit::attack {

Expected<OneRunAuditResult> OneRunAudit::run(const data::DataTable& table, const data::DataSplit& split,
                                             const data::TableEncoder& encoder, const model::ModelSpec& spec,
                                             const model::TrainingConfig& training,
                                             const OneRunAuditConfig& config,
                                             const model::TrainingProgress& progress)
{
    if (config.canaries < 2 || std::size_t(config.canaries) > split.population.size())
        return Expected<OneRunAuditResult>::failure(
            tr("The audit needs between 2 and %1 canaries (the population pool), got %2.")
                .arg(split.population.size())
                .arg(config.canaries));
    if (config.guesses < 2 || config.guesses > config.canaries)
        return Expected<OneRunAuditResult>::failure(
            tr("The number of guesses must be between 2 and the number of canaries (%1), got %2.")
                .arg(config.canaries)
                .arg(config.guesses));

    const std::vector<std::int64_t> canaryRows(split.population.begin(),
                                               split.population.begin() + config.canaries);
    data::EncodedRows canaries = encoder.encode(table, canaryRows);
    if (config.mislabel)
        for (auto& y : canaries.labels)
            y = (y + 1) % encoder.classCount();

    // Each canary joins the training set independently with probability 1/2.
    std::mt19937_64 rng(config.seed ^ 0xCA4A2135ULL);
    std::vector<bool> in(std::size_t(config.canaries));
    for (auto&& b : in)
        b = (rng() >> 63) != 0;
    const data::EncodedRows members = encoder.encode(table, split.members);
    const auto included = static_cast<Eigen::Index>(std::count(in.begin(), in.end(), true));
    data::FeatureMatrix x(members.features.rows() + included, members.features.cols());
    std::vector<std::int64_t> y = members.labels;
    x.topRows(members.features.rows()) = members.features;
    Eigen::Index r = members.features.rows();
    for (std::size_t i = 0; i < in.size(); ++i)
        if (in[i]) {
            x.row(r++) = canaries.features.row(Eigen::Index(i));
            y.push_back(canaries.labels[i]);
        }

    auto model = model::Classifier::create(spec, encoder.inputWidth(), encoder.classCount(), training.seed,
                                           config.device);
    if (!model) return Expected<OneRunAuditResult>::failure(model.error());
    auto trained = model.value().train(x, y, training, progress);
    if (!trained) return Expected<OneRunAuditResult>::failure(trained.error());

    // Score the canaries by their (negated) loss; guesses fixed in advance: top half IN, bottom half OUT.
    const auto eval = model->evaluate(canaries.features, canaries.labels);
    const std::vector<double> score = membershipSignal(eval.logits, canaries.labels, Signal::Loss);
    std::vector<std::size_t> order(score.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });
    const int half = config.guesses / 2;
    int correct = 0;
    for (int g = 0; g < half; ++g) {
        correct += in[order[std::size_t(g)]] ? 1 : 0;                    // guessed IN
        correct += in[order[order.size() - 1 - std::size_t(g)]] ? 0 : 1; // guessed OUT
    }

    OneRunAuditResult result;
    result.canaries = config.canaries;
    result.included = int(included);
    result.guesses = 2 * half;
    result.correct = correct;
    result.delta = training.dp ? training.delta : 0.0;
    result.epsilonLowerBound =
        metrics::oneRunEpsilonLowerBound(config.canaries, result.guesses, correct, result.delta, config.beta);
    result.accountantEpsilon = training.dp ? trained->epsilon : std::numeric_limits<double>::infinity();
    result.training = *trained;
    result.trainAccuracy = model->evaluate(members.features, members.labels).accuracy;
    result.canaryRows = canaryRows;
    result.inTraining = std::move(in);
    result.scores = score;
    return result;
}

} // namespace privaudit::attack
