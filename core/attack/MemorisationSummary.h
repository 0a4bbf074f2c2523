#pragma once

#include "metrics/CounterfactualMemorisation.h"

#include <cstdint>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace privaudit::attack {

struct AttackScores; // attack/MembershipInference.h

/// One of the most memorised members.
struct MemorisedRecord
{
    std::int64_t row = 0; ///< dataset row id (from 0; stored and shown as the data row, from 1)
    double accuracy = 0.0;
    double loss = 0.0;
    double standardError = 0.0;
    double pValue = 1.0;
    int copies = 1;           ///< rows among the candidates with the same encoded features and label
    bool liraExposed = false; ///< LiRA flags it at kLiraFpr false positives
};

/// Counterfactual memorisation of a membership run's members from its reference models (stored in the
/// run's summary, key "memorisation"): how much the members are memorised on average and how many beyond
/// chance, duplicated against unique records, the overlap with the members LiRA exposes, and the most
/// memorised records.
struct MemorisationSummary
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::attack::MemorisationSummary)

public:
    static constexpr double kMemorisedP = 0.05;
    static constexpr double kLiraFpr = 0.01;
    static constexpr int kTopRecords = 10;

    int models = 0;
    int permutations = 0;
    std::int64_t members = 0; ///< members with an estimate
    double meanAccuracy = 0.0;
    double meanAccuracyLow = 0.0; ///< 95% percentile bootstrap over the members
    double meanAccuracyHigh = 0.0;
    double meanLoss = 0.0;
    double meanLossLow = 0.0;
    double meanLossHigh = 0.0;
    std::int64_t memorised = 0; ///< members with p <= kMemorisedP
    double memorisedLow = 0.0;  ///< Clopper-Pearson 95% interval of memorised / members
    double memorisedHigh = 0.0;
    std::int64_t duplicatedMembers = 0; ///< members with at least one identical candidate
    double duplicatedMean = 0.0;        ///< mean accuracy-form memorisation of those
    double uniqueMean = 0.0;
    double duplicatedMemorisedShare = 0.0;
    double uniqueMemorisedShare = 0.0;
    bool lira = false; ///< the run had LiRA's scores
    std::int64_t liraExposed = 0;
    std::int64_t exposedAndMemorised = 0;
    double seconds = 0.0;
    std::vector<MemorisedRecord> top; ///< by accuracy form, then loss form

    [[nodiscard]] double memorisedShare() const { return members > 0 ? double(memorised) / members : 0.0; }
    /// Memorised beyond chance: the share's interval lies above kMemorisedP.
    [[nodiscard]] bool beyondChance() const { return members > 0 && memorisedLow > kMemorisedP; }
    /// The smallest p-value a record's test can reach: a record is IN for half the models, so of the
    /// C(K, K/2) splits the observed one is one (and at least 1 / (permutations + 1)).
    [[nodiscard]] double smallestPValue() const;
    /// Enough reference models and permutations for a record to reach p <= kMemorisedP.
    [[nodiscard]] bool conclusive() const { return members > 0 && smallestPValue() <= kMemorisedP; }

    [[nodiscard]] QJsonObject toJson() const;
    static MemorisationSummary fromJson(const QJsonObject& json);

    /// @p scores are the candidates' (isMember, rowIds, copies in the same order); @p liraScores, when the
    /// run had LiRA, its scores on the same candidates.
    static MemorisationSummary summarise(const metrics::MemorisationScores& scores,
                                         const std::vector<bool>& isMember,
                                         const std::vector<std::int64_t>& rowIds,
                                         const std::vector<int>& copies, const AttackScores* liraScores,
                                         int models, int bootstrap, std::uint64_t seed);

    /// What it shows, in the current language, claiming no more than the intervals allow.
    [[nodiscard]] QStringList findings() const;
};

} // namespace privaudit::attack
