#pragma once

#include "common/Expected.h"
#include "compute/ComputeSettings.h"
#include "data/DataSplit.h"
#include "data/TableEncoder.h"
#include "metrics/AttributeMetrics.h"
#include "metrics/Utility.h"
#include "model/Classifier.h"

#include <Eigen/Core>
#include <functional>
#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace privaudit::attack {

/// The attacks of the attribute-inference family, in report order. "imputation" is the baseline every
/// other one is judged against and always runs.
QStringList attributeAttackNames();
/// Translated display name of an attribute attack.
QString attributeAttackTitle(const QString& name);
/// The untranslated title (context privaudit::attack::AttributeInference), for texts stored without their
/// language; null for an unknown name.
const char* attributeAttackTitleSource(const QString& name);

/// What the attacker is after and what is given (Jayaraman & Evans 2022's setting): for each candidate
/// record the attacker knows every input except the sensitive column, and the record's true label; it
/// has auxiliary records of the same population (the split's population pool) with all columns.
struct AttributeConfig
{
    QString sensitiveColumn;      ///< empty = the table's first column with role sensitive
    QStringList attacks;          ///< empty = all; "imputation" runs whatever is asked
    int candidatesPerSide = 2500; ///< at most this many members and as many non-members
    double tolerance = 0.1;       ///< numeric column: a guess within +-tolerance * |true value| is right
    int numericGrid = 25;         ///< numeric column: candidate values, the auxiliary quantiles
    QString targetValue;          ///< PPV at top k for this value; empty = the rarest auxiliary value
    int ppvK = 100;               ///< k of PPV at top k
    int referenceModels = 2;      ///< mia-based: reference models on the auxiliary rows
    std::uint64_t seed = 1;
    /// A black-box target queried for logits instead of training one here (as in MiaConfig).
    std::function<Eigen::MatrixXf(const data::FeatureMatrix&)> externalTarget;
};

/// One attack's answer for every candidate.
struct AttributeGuesses
{
    QString attack;
    std::vector<int> guess;          ///< index into AttributeRun::values
    std::vector<double> targetScore; ///< how strongly it believes the target value (ranks PPV at top k)
    double seconds = 0.0;
};

struct AttributeRun
{
    QString column;
    bool numeric = false;
    QStringList values;        ///< candidate values (a numeric column's grid, as text)
    std::vector<double> grid;  ///< numeric column: the candidate values
    std::vector<double> prior; ///< the auxiliary rows' share of each value (numeric: nearest grid value)
    int targetValue = 0;       ///< index into values
    std::vector<std::int64_t> rowIds;
    std::vector<bool> members;
    std::vector<int> truth;          ///< categorical: index into values
    std::vector<double> trueNumbers; ///< numeric: the true value
    std::int64_t auxiliaryRows = 0;
    std::int64_t skippedCandidates = 0;    ///< missing, or a value the auxiliary rows never show
    std::vector<AttributeGuesses> attacks; ///< [0] is the imputation baseline

    model::TrainingResult targetTraining;
    QByteArray targetTorchScript;
    double targetTrainAccuracy = 0.0;
    double targetTestAccuracy = 0.0;
    metrics::UtilityCheck utility;
    double imputationAuxAccuracy = 0.0; ///< the baseline model's accuracy on the rows it learned from

    /// Whether @p attack's guess for candidate @p i is right (numeric: within the tolerance).
    [[nodiscard]] bool correct(const AttributeGuesses& attack, std::size_t i, double tolerance) const;
    /// What the statistics summarise for @p attack against the imputation baseline (attacks[0]): per
    /// candidate, right or not, the baseline right or not, and whether it holds the target value (a
    /// numeric column's target is a grid value: held when the true value is within the tolerance of it).
    [[nodiscard]] metrics::AttributeAnswers answers(const AttributeGuesses& attack, double tolerance) const;
};

/// The individual decisions of the attacks on per-value target outputs, as pure functions (tested
/// against hand-made outputs). @p logitsPerValue[v] holds the target's logits on every candidate with
/// the sensitive column set to value v; @p labels the candidates' true classes.
namespace attribute {
/// Fredrikson et al. 2014's MAP rule: argmax_v prior(v) * p(y | x, v).
AttributeGuesses marginalPrior(const std::vector<Eigen::MatrixXf>& logitsPerValue,
                               const std::vector<std::int64_t>& labels, const std::vector<double>& prior,
                               int targetValue);
/// Mehnaz et al. 2022's CSMIA: one value whose query predicts the true label is the guess; several:
/// the one with the highest confidence in the true label; none: the highest probability of the true
/// label over the full probability vector (for two classes Mehnaz's lowest wrong confidence).
AttributeGuesses confidenceScore(const std::vector<Eigen::MatrixXf>& logitsPerValue,
                                 const std::vector<std::int64_t>& labels, int targetValue);
/// Label-only: the values whose query predicts the true label, the likeliest of them by the prior; no
/// such value or all of them: the prior's likeliest (the predicted labels alone say nothing more).
AttributeGuesses labelOnly(const std::vector<Eigen::MatrixXf>& logitsPerValue,
                           const std::vector<std::int64_t>& labels, const std::vector<double>& prior,
                           int targetValue);
/// Membership-based (Yeom et al. 2018, with Watson et al. 2022's difficulty calibration): the value
/// whose record looks most like a member, log p_target(y | x, v) - mean_r log p_r(y | x, v).
AttributeGuesses membershipBased(const std::vector<Eigen::MatrixXf>& logitsPerValue,
                                 const std::vector<std::vector<Eigen::MatrixXf>>& referenceLogitsPerValue,
                                 const std::vector<std::int64_t>& labels, int targetValue);
/// The arg-max of a model's class probabilities over the values (imputation, black-box).
AttributeGuesses fromProbabilities(const QString& attack, const Eigen::MatrixXf& logits, int targetValue);
} // namespace attribute

/// Called with (fraction done, translated stage); return false to cancel.
using AttributeProgress = std::function<bool(double, const QString&)>;

/// Attribute inference on a target trained here on split.members (or config.externalTarget):
/// - candidates: up to config.candidatesPerSide members and non-members whose sensitive value is known;
/// - the auxiliary data: the population rows (never members, never candidates);
/// - imputation: a model of the target's family and recipe (without DP) trained on the auxiliary rows,
///   from the other inputs and the label, without any access to the target;
/// - marginal-prior, csmia, label-only: the target queried once per candidate value;
/// - black-box: the same family trained on the auxiliary rows with the target's probability vector on
///   each of them as extra inputs, then given the candidates' probability vectors;
/// - mia-based: config.referenceModels reference models with the target's recipe on random halves of
///   the auxiliary rows.
/// Everything is deterministic for config.seed and training.seed.
class AttributeInference
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::attack::AttributeInference)

public:
    static Expected<AttributeRun> run(const data::DataTable& table, const data::DataSplit& split,
                                      const data::TableEncoder& encoder, const model::ModelSpec& spec,
                                      const model::TrainingConfig& training, const AttributeConfig& config,
                                      const compute::ComputeSettings& settings,
                                      const AttributeProgress& progress = {});
    /// Empty when @p config can run; otherwise a translated message naming the option.
    static QString checkConfig(const AttributeConfig& config);
    /// The column attribute inference targets in @p table (config's, else the first sensitive one), or a
    /// translated error.
    static Expected<int> sensitiveColumnIndex(const data::DataTable& table, const QString& requested);
};

} // namespace privaudit::attack
