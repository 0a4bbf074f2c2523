#pragma once

#include "common/Expected.h"
#include "compute/ComputeSettings.h"
#include "data/DataSplit.h"
#include "data/TableEncoder.h"
#include "metrics/Utility.h"
#include "model/Classifier.h"

#include <Eigen/Core>
#include <functional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace privaudit::attack {

/// MI-Face (Fredrikson, Jha & Ristenpart, CCS 2015, Algorithm 1) on a mixed-type table: for a class t,
/// gradient descent over the model's inputs, x <- Process(x - lambda grad c), from x0 = 0 (every numeric
/// input at its mean, every categorical column uniform) and from random starts, stopping after maxIterations,
/// when c has not fallen below the largest of its last `window` values, or when p_t reaches `confidence`; the
/// lowest-cost point is returned.
///
/// The paper's cost is c(x) = 1 - p_t(x), kept for the stopping rules and the best point; the step
/// follows -log p_t instead, which has the same minimiser but a gradient that does not vanish where the
/// softmax saturates (a random start the model is sure belongs to another class stalled at p_t = 0).
///
/// Adapted to tables: a categorical column's one-hot slots are the softmax of free logits (the gradient
/// flows through the softmax), decoded by arg-max; numeric inputs are clipped to the range of the members
/// and held-out rows together (the box the adversary is given, which favours neither side); whole-number
/// columns are rounded when decoded; missing indicators stay 0 (values present).
///
/// A class representative is judged only against baselines: its agreement with the population's
/// class-conditional mean or mode; its distance to the closest training row against the closest held-out
/// row of the same class (pools of equal size per class), with a permutation test that reassigns the
/// pooled rows to the two sides (reconstructions that sit closer to members are the leak); and TabLeak's
/// per-column hit rates against those closest rows.
struct MiFaceConfig
{
    int restarts = 10;        ///< representatives per class: the paper's start x0 = 0, then random starts
    int maxIterations = 5000; ///< alpha
    int window = 100;         ///< beta
    double confidence = 0.99; ///< stop once p_t reaches this (the paper's gamma, read as a confidence)
    double stepSize = 0.1;    ///< lambda
    double tolerance = 0.319; ///< TabLeak's numeric tolerance, in standard deviations
    int poolRows = 2000;      ///< at most this many members and as many held-out rows
    int permutations = 1000;
    std::uint64_t seed = 1;
};

/// The model's probability of a class and the gradient of its logarithm at one encoded row (the white-box
/// access).
using ClassGradient = std::function<double(const Eigen::VectorXd& x, int cls, Eigen::VectorXd* gradient)>;

/// One representative.
struct MiFaceRecord
{
    int cls = 0;
    int restart = 0;
    double confidence = 0.0; ///< p_t at the representative
    int iterations = 0;
    QString stop;                   ///< "confidence", "no-improvement" or "iterations"
    double memberDistance = 0.0;    ///< to the closest member of its class (columns, see ColumnJudge)
    double nonMemberDistance = 0.0; ///< to the closest held-out row of its class
    double priorAgreement = 0.0;    ///< columns agreeing with the class-conditional mean or mode
    double memberHitRate = 0.0;     ///< columns recovered of the closest member (TabLeak's tolerance)
    double nonMemberHitRate = 0.0;  ///< the same for the closest held-out row
    QStringList values;             ///< decoded, "column=value", in column order
};

struct MiFaceResult
{
    std::vector<MiFaceRecord> records;
    QStringList classes;
    int poolRows = 0;             ///< rows on each side
    double meanGap = 0.0;         ///< mean over representatives of (held-out distance - member distance)
    double closerToMembers = 0.0; ///< share of representatives strictly closer to a member
    double pValue = 1.0;          ///< one-sided: as close to members as this by reassigning the pools
    int permutations = 0;
    double priorAgreement = 0.0;
    double memberHitRate = 0.0;
    double nonMemberHitRate = 0.0;
    double meanConfidence = 0.0;
    double tolerance = 0.0;
    double seconds = 0.0;
    // The target trained here (the recipe on the members), as the other families store it.
    model::TrainingResult training;
    double trainAccuracy = 0.0;
    double testAccuracy = 0.0;
    metrics::UtilityCheck utility;
    QByteArray torchScript;

    /// Everything but the model; defined in MiFaceRunSummary.cpp, without LibTorch.
    [[nodiscard]] QJsonObject toJson() const;
    static MiFaceResult fromJson(const QJsonObject& json);
};

class MiFace
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::attack::MiFace)

public:
    /// Trains @p spec with @p training on the split's members and inverts it for every class.
    /// @p progress gets the fraction done and returns false to cancel.
    static Expected<MiFaceResult> run(const data::DataTable& table, const data::DataSplit& split,
                                      const data::TableEncoder& encoder, const model::ModelSpec& spec,
                                      const model::TrainingConfig& training, const MiFaceConfig& config,
                                      const compute::ComputeSettings& settings,
                                      const std::function<bool(double)>& progress = {});

    /// Algorithm 1 for class @p cls from @p start (encoded; categorical slots are read as logits) within
    /// [@p low, @p high] (numeric inputs only). Returns the lowest-cost point, encoded (one-hot slots as
    /// softmax probabilities), with its iterations, confidence and stop reason in @p record.
    static Eigen::VectorXd invert(const ClassGradient& model, int cls, const Eigen::VectorXd& start,
                                  const std::vector<data::InputGroup>& groups, const Eigen::VectorXd& low,
                                  const Eigen::VectorXd& high, const MiFaceConfig& config,
                                  MiFaceRecord* record);

    /// The permutation test: @p distances is representatives x pooled rows (squared distances), @p side
    /// says which pooled rows are members and @p stratum each pooled row's class, and @p cls each
    /// representative's class. The statistic is the mean over representatives of (closest held-out -
    /// closest member) within their class; the pooled rows of each class are reassigned at random to the
    /// two sides (sizes kept) @p permutations times. Returns (statistic, one-sided p-value).
    static std::pair<double, double> poolPermutationTest(const Eigen::MatrixXd& distances,
                                                         const std::vector<bool>& side,
                                                         const std::vector<int>& stratum,
                                                         const std::vector<int>& cls, int permutations,
                                                         std::uint64_t seed);
};

} // namespace privaudit::attack
