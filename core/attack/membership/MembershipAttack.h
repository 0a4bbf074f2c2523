#pragma once

// Private to core/attack: what every membership attack gets, the shared reference models, and the numeric
// helpers the attacks share. One attack is one function of this shape in its own file, plus one row in
// AttackCatalogue.cpp.

#include "attack/MembershipInference.h"

#include <chrono>
#include <functional>
#include <QCoreApplication>
#include <vector>

namespace privaudit::attack::membership {

/// Outputs of one reference model on the candidates and the population records.
struct ReferenceOutputs
{
    Eigen::MatrixXf candidateLogits;    ///< kept only when an attack asks for them (the shadow attack)
    std::vector<double> candidatePhi;   ///< logit-scaled confidence phi; p_y = sigmoid(phi)
    std::vector<bool> candidateCorrect; ///< arg-max equals the label (counterfactual memorisation)
    std::vector<double> populationPhi;
};

/// K reference models trained with the target's recipe on halves of the candidates: keep[k][j] is true
/// when candidate j was IN for model k; every candidate is IN for exactly K/2 of them (Carlini et al.'s
/// keep-matrix), shared by LiRA, RMIA and the shadow attack.
struct ReferenceModels
{
    int count = 0;
    std::vector<std::vector<bool>> keep;
    std::vector<ReferenceOutputs> outputs;
    double seconds = 0.0;
};

/// Everything a membership attack may use. The candidates are the target's members, then its
/// non-members; isMember is the ground truth the attack must not read.
struct MembershipContext
{
    const data::DataTable& table;
    const data::TableEncoder& encoder;
    const model::ModelSpec& spec;
    const model::TrainingConfig& training;
    const MiaConfig& config;
    const compute::ComputeSettings& settings;
    const std::vector<std::int64_t>& candidates;
    const std::vector<bool>& isMember;
    const data::EncodedRows& candidateRows;
    const data::EncodedRows& populationRows;
    const Eigen::MatrixXf& targetLogits;                                    ///< the target on the candidates
    std::function<Eigen::MatrixXf(const data::FeatureMatrix&)> queryTarget; ///< the target on new inputs
    const ReferenceModels* references = nullptr; ///< set when the attack's catalogue row asks for them
    /// metrics::DuplicateGroups::group of the candidates (identical ones are IN or OUT together); empty:
    /// all distinct
    std::vector<std::size_t> duplicateGroup = {};
};

/// One attack: scores for every candidate (higher: more likely a member), or why it could not run.
using AttackFunction = Expected<AttackScores> (*)(const MembershipContext&);

// One declaration per catalogue row (AttackRows.h names the function): an attack's file defines it.
#define PRIVAUDIT_ATTACK(name, family, access, referenceModels, queriesNewInputs, population, sensitive,     \
                         isDefault, title, function)                                                         \
    Expected<AttackScores> function(const MembershipContext& context);
#include "attack/membership/AttackRows.h"
#undef PRIVAUDIT_ATTACK

/// The function of a catalogue row (nullptr for a name the catalogue does not know).
AttackFunction attackFunction(const QString& name);

/// Trains the reference models on the shared TaskPool (settings.jobWorkers at a time, the cores split
/// between them). @p progress is called from the pool's threads, one call at a time, after each epoch
/// and each finished model; returning false cancels.
Expected<ReferenceModels> trainReferenceModels(const MembershipContext& context, bool keepCandidateLogits,
                                               const std::function<bool(double, const QString&)>& progress);

// Numeric helpers (MembershipMath.cpp).
using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t);
double softplus(double x);
std::vector<double> logSoftmaxRow(const Eigen::MatrixXf& logits, Eigen::Index row);
double logitScaledConfidence(const Eigen::MatrixXf& logits, Eigen::Index row, Eigen::Index y);
double log1mExp(double logP);
double median(std::vector<double> v);
double populationStd(const std::vector<double>& v);
double logNormalPdf(double x, double mean, double sd);
double logNormalCdf(double x);

} // namespace privaudit::attack::membership
