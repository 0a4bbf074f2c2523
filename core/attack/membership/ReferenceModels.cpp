// Reference models, shared by LiRA, RMIA and the shadow attack: trained with the target's recipe on
// halves of the candidates, on the shared TaskPool.
#include "attack/membership/MembershipAttack.h"
#include "compute/TaskPool.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <numeric>
#include <random>

namespace privaudit::attack::membership {

namespace {

/// Every candidate is IN for exactly K/2 reference models (argsort of uniforms per candidate). Identical
/// candidates (group[j] != j: the same encoded features and label as an earlier one) share the draw of
/// their first copy: a model either saw that record, in all its copies, or did not, so OUT means unseen
/// (for LiRA's OUT distribution and for counterfactual memorisation). Without duplicates the draws are the
/// ones every earlier release made.
std::vector<std::vector<bool>> keepMatrix(int K, const std::vector<std::size_t>& group, std::uint64_t seed)
{
    const std::size_t n = group.size();
    std::vector<std::vector<bool>> keep(std::size_t(K), std::vector<bool>(n, false));
    std::mt19937_64 rng(seed ^ 0x5DEECE66DULL);
    std::vector<std::pair<double, int>> draw(static_cast<std::size_t>(K));
    for (std::size_t j = 0; j < n; ++j) {
        if (group[j] != j) {
            for (int k = 0; k < K; ++k)
                keep[std::size_t(k)][j] = keep[std::size_t(k)][group[j]];
            continue;
        }
        for (int k = 0; k < K; ++k)
            draw[std::size_t(k)] = {double(rng() >> 11) * 0x1.0p-53, k};
        std::sort(draw.begin(), draw.end());
        for (int r = 0; r < K / 2; ++r)
            keep[std::size_t(draw[std::size_t(r)].second)][j] = true;
    }
    return keep;
}

QString trainingStage(int model, int count)
{
    return QCoreApplication::translate("privaudit::attack::MembershipInference",
                                       "Training reference model %1 of %2")
        .arg(model)
        .arg(count);
}

} // namespace

Expected<ReferenceModels> trainReferenceModels(const MembershipContext& c, bool keepCandidateLogits,
                                               const std::function<bool(double, const QString&)>& progress)
{
    const int K = c.config.referenceModels;
    const std::size_t n = c.candidates.size();
    ReferenceModels refs;
    refs.count = K;
    std::vector<std::size_t> group = c.duplicateGroup;
    if (group.size() != n) { // every candidate its own record
        group.resize(n);
        std::iota(group.begin(), group.end(), std::size_t(0));
    }
    refs.keep = keepMatrix(K, group, c.config.seed);
    refs.outputs.resize(std::size_t(K));

    const auto start = Clock::now();
    const compute::ComputeSettings pool =
        c.settings.forParallelWorkers(std::min(K, std::max(1, c.settings.cores)));
    std::atomic<bool> stop{false};
    std::mutex mutex; // serialises progress calls and guards done and error
    int done = 0;
    double shown = 0.0; // never moves back when two models report in turn
    QString error;
    auto report = [&](double withinModel) {
        std::lock_guard lock(mutex);
        if (stop.load()) return false;
        shown = std::max(
            shown, (double(done) + std::clamp(withinModel, 0.0, 0.99) / std::max(1, pool.jobWorkers)) / K);
        if (progress && !progress(shown, trainingStage(std::min(K, done + 1), K))) stop = true;
        return !stop.load();
    };
    if (!report(0.0))
        return Expected<ReferenceModels>::failure(
            QCoreApplication::translate("privaudit::attack::MembershipInference", "Cancelled."));

    compute::TaskPool::run(
        K, pool.jobWorkers,
        [&](int k, int) {
            std::vector<std::int64_t> rows;
            for (std::size_t j = 0; j < n; ++j)
                if (refs.keep[std::size_t(k)][j]) rows.push_back(c.candidates[j]);
            const data::EncodedRows train = c.encoder.encode(c.table, rows);
            const std::uint64_t seed = c.training.seed + 1000003ULL * std::uint64_t(k + 1);
            auto ref = model::Classifier::create(c.spec, c.encoder.inputWidth(), c.encoder.classCount(), seed,
                                                 c.settings.device);
            model::TrainingConfig refTraining = c.training;
            refTraining.seed = seed;
            auto result = ref.value().train(train.features, train.labels, refTraining,
                                            [&](int, double fraction) { return report(fraction); });
            if (!result) {
                std::lock_guard lock(mutex);
                if (error.isEmpty() && !stop.load()) error = result.error();
                stop = true;
                return;
            }
            const auto onCandidates = ref->evaluate(c.candidateRows.features, c.candidateRows.labels);
            ReferenceOutputs& o = refs.outputs[std::size_t(k)];
            if (keepCandidateLogits) o.candidateLogits = onCandidates.logits;
            o.candidateCorrect.resize(n);
            for (Eigen::Index i = 0; i < onCandidates.logits.rows(); ++i) {
                Eigen::Index best = 0;
                onCandidates.logits.row(i).maxCoeff(&best);
                o.candidateCorrect[std::size_t(i)] = best == c.candidateRows.labels[std::size_t(i)];
            }
            o.candidatePhi =
                membershipSignal(onCandidates.logits, c.candidateRows.labels, Signal::LogitScaledConfidence);
            if (c.populationRows.features.rows() > 0) {
                const auto onPopulation = ref->evaluate(c.populationRows.features, c.populationRows.labels);
                o.populationPhi = membershipSignal(onPopulation.logits, c.populationRows.labels,
                                                   Signal::LogitScaledConfidence);
            }
            {
                std::lock_guard lock(mutex);
                ++done;
            }
            report(0.0);
        },
        &stop, pool.intraOpThreads);

    if (!error.isEmpty()) return Expected<ReferenceModels>::failure(error);
    if (stop.load() || done < K)
        return Expected<ReferenceModels>::failure(
            QCoreApplication::translate("privaudit::attack::MembershipInference", "Cancelled."));
    refs.seconds = secondsSince(start);
    return refs;
}

} // namespace privaudit::attack::membership
