#pragma once

#include "attack/AttackCatalogue.h"
#include "common/Expected.h"
#include "compute/ComputeSettings.h"
#include "data/DataSplit.h"
#include "data/TableEncoder.h"
#include "metrics/CounterfactualMemorisation.h"
#include "metrics/MembershipMetrics.h"
#include "metrics/Utility.h"
#include "model/Classifier.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QStringList>

namespace privaudit::attack {

/// Per-example signals from a model's logits (Song & Mittal 2021; Carlini et al. 2022), oriented so
/// that a higher value means "more likely a member". All are computed from the logits in double
/// precision in a form that does not round away a large margin: log p_y = -softplus(-phi) with
/// phi = z_y - LSE_{j != y} z_j (as LiRA's reference code does), log-sum-exp with log1p, 1 - p with expm1.
/// Double precision holds e^-745; so LOSS and entropy still tie beyond a margin of about 745 and modified
/// entropy (about e^-2 margin) beyond about 372, where the logit scale does not.
enum class Signal
{
    Loss,                 ///< log p_y (minus the cross-entropy)
    Confidence,           ///< p_y on the logit scale, log(p_y / (1 - p_y)): the order of p_y, which itself
                          ///< rounds to 1 in double precision once the margin passes about 37
    Entropy,              ///< -H(p)
    ModifiedEntropy,      ///< -Mentr (Song & Mittal)
    LogitScaledConfidence ///< log(p_y / (1 - p_y)) computed from logits (LiRA's statistic)
};

std::vector<double> membershipSignal(const Eigen::MatrixXf& logits, const std::vector<std::int64_t>& labels,
                                     Signal signal);

/// One attack's scores on the candidate records, with the ground truth and the dataset row ids.
struct AttackScores
{
    QString attack;  ///< "loss", "confidence", "entropy", "modified-entropy", "lira", "rmia", ...
    QString variant; ///< e.g. "online, fixed variance"
    metrics::ScoredRecords records;
    std::vector<std::int64_t> rowIds;
    double seconds = 0.0;
};

struct MiaConfig
{
    QStringList attacks = AttackCatalogue::defaults(); ///< names from the AttackCatalogue
    int referenceModels = 16;
    bool liraOnline = true;
    bool liraFixedVariance = true; ///< one global variance (recommended below ~64 reference models)
    double rmiaOfflineA = 0.33;   ///< RMIA's P_IN ~ a P_OUT + (1 - a) correction (offline), LeakPro's default
    int populationSamples = 5000; ///< RMIA's z records, from the population pool
    int memorisationPermutations = 200; ///< of each record's permutation test (counterfactual memorisation)
    std::uint64_t seed = 1;
    /// A black-box target (for example a TorchScript model) queried for logits instead of training one
    /// here; the members are then the split's members, as when the same seed and row counts trained it.
    std::function<Eigen::MatrixXf(const data::FeatureMatrix&)> externalTarget;
};

/// Called with (fraction done, translated stage text); return false to cancel.
using AttackProgress = std::function<bool(double, const QString&)>;

struct MiaRun
{
    model::TrainingResult targetTraining;
    QByteArray targetTorchScript; ///< the target trained here, as TorchScript (empty for an external target)
    double targetTrainAccuracy = 0.0;
    double targetTestAccuracy = 0.0;
    double targetTestLoss = 0.0;   ///< mean cross-entropy on the non-members
    double targetTestAuc = 0.0;    ///< task AUC on the non-members (binary; macro one-vs-rest otherwise)
    metrics::UtilityCheck utility; ///< the target against the majority-class baseline
    std::vector<AttackScores> attacks;
    int referenceModels = 0;
    double referenceSeconds = 0.0; ///< wall time spent training reference models
    /// Counterfactual memorisation of every candidate (members, then non-members) from the reference
    /// models, when they were trained (no extra training); with each candidate's copies among them.
    std::optional<metrics::MemorisationScores> memorisation;
    std::vector<int> candidateCopies;
    double memorisationSeconds = 0.0;
};

/// Known attack names (AttackCatalogue::names() of the membership family).
QStringList availableAttacks();

/// The membership-inference suite on a target trained here: trains the target on split.members with
/// (spec, training), then for every requested attack scores split.members (members) and
/// split.nonMembers (non-members). LiRA and RMIA train reference models with the same recipe on random
/// halves of the candidates (each candidate is IN for exactly half of them, Carlini et al.'s
/// keep-matrix), on the shared compute::TaskPool: settings.jobWorkers models at a time with the cores
/// split between them. Which attacks need what is the AttackCatalogue's; each attack is one file of
/// core/attack/membership/. @p progress may be called from the pool's threads (one call at a time);
/// returning false cancels within about 100 ms of training.
class MembershipInference
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::attack::MembershipInference)

public:
    static Expected<MiaRun> run(const data::DataTable& table, const data::DataSplit& split,
                                const data::TableEncoder& encoder, const model::ModelSpec& spec,
                                const model::TrainingConfig& training, const MiaConfig& config,
                                const compute::ComputeSettings& settings,
                                const AttackProgress& progress = {});

    /// Empty when @p config can run; otherwise, translated, what is wrong (an unknown attack, too few
    /// reference models).
    static QString checkConfig(const MiaConfig& config);

    /// Threshold attacks on given outputs (a model queried here, or a predictions file).
    static AttackScores thresholdAttack(const QString& name, const Eigen::MatrixXf& logits,
                                        const std::vector<std::int64_t>& labels,
                                        const std::vector<bool>& members,
                                        const std::vector<std::int64_t>& rowIds);
};

} // namespace privaudit::attack
