// Orchestration of the membership-inference family: the target (trained here or queried), the shared
// reference models when a requested attack needs them, then each requested attack from its catalogue row
// (core/attack/membership/). The attacks themselves live one per file next to the catalogue.
#include "attack/MembershipInference.h"

#include "attack/AttackCatalogue.h"
#include "attack/membership/MembershipAttack.h"

#include <algorithm>
#include <numeric>
#include <optional>

namespace privaudit::attack {

QStringList availableAttacks()
{
    return AttackCatalogue::names(EvaluationFamily::Membership);
}

QString MembershipInference::checkConfig(const MiaConfig& config)
{
    if (const QString unknown = AttackCatalogue::checkNames(config.attacks); !unknown.isEmpty())
        return unknown;
    const bool wantShadow = config.attacks.contains(QStringLiteral("shadow"));
    if (AttackCatalogue::anyNeedsReferenceModels(config.attacks) &&
        config.referenceModels < (config.liraOnline || wantShadow ? 2 : 1))
        return tr("LiRA and RMIA need at least %1 reference models, got %2.")
            .arg(config.liraOnline ? 2 : 1)
            .arg(config.referenceModels);
    return {};
}

Expected<MiaRun> MembershipInference::run(const data::DataTable& table, const data::DataSplit& split,
                                          const data::TableEncoder& encoder, const model::ModelSpec& spec,
                                          const model::TrainingConfig& training, const MiaConfig& config,
                                          const compute::ComputeSettings& settings,
                                          const AttackProgress& progress)
{
    using namespace membership;
    if (const QString problem = checkConfig(config); !problem.isEmpty())
        return Expected<MiaRun>::failure(problem);
    if (split.members.empty() || split.nonMembers.empty())
        return Expected<MiaRun>::failure(tr("Membership inference needs both members and non-members."));
    auto report = [&](double f, const QString& stage) { return !progress || progress(f, stage); };

    // Candidates: the target's members, then its non-members.
    std::vector<std::int64_t> candidates = split.members;
    candidates.insert(candidates.end(), split.nonMembers.begin(), split.nonMembers.end());
    std::vector<bool> isMember(candidates.size(), false);
    std::fill(isMember.begin(), isMember.begin() + std::ptrdiff_t(split.members.size()), true);
    const data::EncodedRows candidateRows = encoder.encode(table, candidates);
    const data::EncodedRows memberRows = encoder.encode(table, split.members);
    const std::size_t zCount =
        std::min<std::size_t>(std::size_t(std::max(0, config.populationSamples)), split.population.size());
    const std::vector<std::int64_t> zIds(split.population.begin(),
                                         split.population.begin() + std::ptrdiff_t(zCount));
    const data::EncodedRows populationRows = encoder.encode(table, zIds);

    // The target.
    MiaRun run;
    if (!report(0.0,
                config.externalTarget ? tr("Querying the target model") : tr("Training the target model")))
        return Expected<MiaRun>::failure(tr("Cancelled."));
    std::optional<model::Classifier> target;
    model::Evaluation targetOnCandidates;
    if (config.externalTarget) {
        targetOnCandidates.logits = config.externalTarget(candidateRows.features);
    } else {
        auto created = model::Classifier::create(spec, encoder.inputWidth(), encoder.classCount(),
                                                 training.seed, settings.device);
        if (!created) return Expected<MiaRun>::failure(created.error());
        target.emplace(std::move(created).value());
        auto trained =
            target->train(memberRows.features, memberRows.labels, training, [&](int epoch, double f) {
                return report(
                    0.1 * f, tr("Training the target model, epoch %1 of %2").arg(epoch).arg(training.epochs));
            });
        if (!trained) return Expected<MiaRun>::failure(trained.error());
        run.targetTraining = *trained;
        target->attachEncoder(encoder.toJson());
        auto bytes = target->torchScriptBytes();
        if (!bytes) return Expected<MiaRun>::failure(bytes.error());
        run.targetTorchScript = std::move(bytes).value();
        targetOnCandidates = target->evaluate(candidateRows.features, candidateRows.labels);
    }
    auto queryTarget = [&](const data::FeatureMatrix& x) {
        return config.externalTarget
                   ? config.externalTarget(x)
                   : Eigen::MatrixXf(
                         target->evaluate(x, std::vector<std::int64_t>(std::size_t(x.rows()), 0)).logits);
    };
    {
        const auto members = static_cast<Eigen::Index>(split.members.size());
        double correctIn = 0, correctOut = 0;
        for (Eigen::Index i = 0; i < targetOnCandidates.logits.rows(); ++i) {
            Eigen::Index best = 0;
            targetOnCandidates.logits.row(i).maxCoeff(&best);
            const bool correct = best == candidateRows.labels[std::size_t(i)];
            (i < members ? correctIn : correctOut) += correct ? 1 : 0;
        }
        run.targetTrainAccuracy = correctIn / double(split.members.size());
        run.targetTestAccuracy = correctOut / double(split.nonMembers.size());
        // Utility on the held-out non-members: cross-entropy and the task AUC.
        const Eigen::MatrixXf testLogits =
            targetOnCandidates.logits.bottomRows(Eigen::Index(split.nonMembers.size()));
        const std::vector<std::int64_t> testLabels(
            candidateRows.labels.begin() + std::ptrdiff_t(split.members.size()), candidateRows.labels.end());
        const std::vector<double> negativeLoss = membershipSignal(testLogits, testLabels, Signal::Loss);
        run.targetTestLoss =
            -std::accumulate(negativeLoss.begin(), negativeLoss.end(), 0.0) / double(negativeLoss.size());
        const std::vector<std::int64_t> memberLabels(candidateRows.labels.begin(),
                                                     candidateRows.labels.begin() +
                                                         std::ptrdiff_t(split.members.size()));
        run.utility = metrics::UtilityCheck::evaluate(testLogits, testLabels, memberLabels);
        run.targetTestAuc = run.utility.taskAuc;
    }

    MembershipContext context{table,
                              encoder,
                              spec,
                              training,
                              config,
                              settings,
                              candidates,
                              isMember,
                              candidateRows,
                              populationRows,
                              targetOnCandidates.logits,
                              queryTarget,
                              nullptr};
    const metrics::DuplicateGroups duplicates =
        metrics::duplicateGroups(candidateRows.features.data(), candidates.size(),
                                 std::size_t(candidateRows.features.cols()), candidateRows.labels.data());
    context.duplicateGroup = duplicates.group;

    // Attacks on the target alone first, in the order asked; then those that need reference models.
    auto runAttacks = [&](bool withReferences) -> QString {
        for (const QString& name : config.attacks) {
            if (AttackCatalogue::needsReferenceModels(name) != withReferences) continue;
            auto scores = attackFunction(name)(context);
            if (!scores) return scores.error();
            run.attacks.push_back(std::move(scores).value());
        }
        return {};
    };
    if (const QString error = runAttacks(false); !error.isEmpty()) return Expected<MiaRun>::failure(error);
    if (!AttackCatalogue::anyNeedsReferenceModels(config.attacks)) {
        report(1.0, tr("Done"));
        return run;
    }

    auto references =
        trainReferenceModels(context, config.attacks.contains(QStringLiteral("shadow")),
                             [&](double f, const QString& stage) { return report(0.1 + 0.85 * f, stage); });
    if (!references) return Expected<MiaRun>::failure(references.error());
    run.referenceModels = references->count;
    run.referenceSeconds = references->seconds;
    context.references = &*references;
    report(0.95, tr("Scoring"));
    {
        const auto start = Clock::now();
        metrics::ReferenceBankOutputs bank;
        bank.keep = references->keep;
        for (const ReferenceOutputs& o : references->outputs) {
            bank.correct.push_back(o.candidateCorrect);
            std::vector<double> logProb(o.candidatePhi.size());
            for (std::size_t j = 0; j < logProb.size(); ++j)
                logProb[j] = -softplus(-o.candidatePhi[j]); // log p_y = log sigmoid(phi)
            bank.logProb.push_back(std::move(logProb));
        }
        run.memorisation =
            metrics::counterfactualMemorisation(bank, config.memorisationPermutations, config.seed);
        run.candidateCopies = duplicates.copies;
        run.memorisationSeconds = secondsSince(start);
    }
    if (const QString error = runAttacks(true); !error.isEmpty()) return Expected<MiaRun>::failure(error);
    report(1.0, tr("Done"));
    return run;
}

} // namespace privaudit::attack
