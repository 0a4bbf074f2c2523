#pragma once

#include "common/Expected.h"
#include "data/DataTable.h"
#include "governance/PopulationUniqueness.h"

#include <cstdint>
#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace privaudit::governance {

struct RiskOptions
{
    QStringList quasiIdentifiers;
    QStringList sensitive; ///< columns for l-diversity and t-closeness
    /// Size of the population the table was drawn from; without it the table is taken as the whole
    /// population (journalist risk = prosecutor risk, no population-uniqueness estimate).
    std::optional<double> populationSize;
    /// Highest acceptable re-identification probability of one record (0.2 = at most 1 in 5; ARX's
    /// default): "share above threshold" counts the records above it.
    double threshold = 0.2;
    double recursiveC = 2.0; ///< c of recursive (c,l)-diversity (sdcMicro's l_recurs_c default)
    /// Quasi-identifier combinations analysed (every subset of at most this many columns, fewer when
    /// that would exceed 500 subsets); 0: none.
    int combinationSize = 3;
};

/// One set of quasi-identifiers and how identifying it is on its own (ARX's attribute risks; distinction
/// and separation after Motwani & Xu, VLDB 2007).
struct QuasiIdentifierCombination
{
    QStringList columns;
    std::int64_t classes = 0;
    double distinction = 0.0;  ///< classes / records (also the average prosecutor risk)
    double separation = 0.0;   ///< share of record pairs that differ on these columns
    double uniquesShare = 0.0; ///< records alone in their class
    double highestRisk = 0.0;  ///< 1 / the smallest class
};

/// El Emam's summary of one attacker model (ARX RiskModelSampleSummary).
struct AttackerRisk
{
    double highest = 0.0;             ///< the largest re-identification probability of a record
    double average = 0.0;             ///< the share of records re-identified on average (success rate)
    double shareAboveThreshold = 0.0; ///< records whose probability exceeds the threshold
};

struct DiversityFigures
{
    QString column;
    std::int64_t distinctL = 0;  ///< smallest number of distinct sensitive values in a class
    double entropyL = 0.0;       ///< smallest exp(entropy) of a class
    std::int64_t recursiveL = 0; ///< largest l with every class recursive (c,l)-diverse
    double tCloseness = 0.0;     ///< largest earth mover's distance of a class to the whole table
    QString tDistance;           ///< "ordered" (numeric) or "equal" (categorical)
};

struct UniquenessPoint
{
    double samplingFraction = 0.0;
    PopulationUniqueness estimate; ///< as shares of the population
};

/// Re-identification risk of a table over its quasi-identifiers (ARX and sdcMicro's measures):
/// equivalence classes (missing is a value of its own, as ARX treats suppressed cells), k-anonymity,
/// sample uniques, prosecutor, journalist and marketer risk, sdcMicro's individual risk and expected
/// re-identifications, population uniques by Dankar's rule and the uniqueness curve over sampling
/// fractions, l-diversity and t-closeness of sensitive columns. Per-record risks are kept for linking
/// them to a model's measured risk. Thread-safe, no I/O; linear in rows (hashing) apart from sorting.
struct ReidentificationRisk
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::governance::ReidentificationRisk)

public:
    QStringList quasiIdentifiers;
    std::int64_t records = 0;
    std::int64_t classes = 0;
    std::int64_t kAnonymity = 0;
    std::int64_t sampleUniques = 0;
    double sampleUniquesShare = 0.0;
    double threshold = 0.2;
    std::optional<double> populationSize;
    AttackerRisk prosecutor;
    AttackerRisk journalist;
    AttackerRisk marketer;
    /// sdcMicro measure_risk: the individual risk of each record's class and their sum.
    double expectedReidentifications = 0.0;
    std::optional<PopulationUniqueness> populationUniques; ///< counts, with --population-size
    std::vector<UniquenessPoint> uniquenessCurve;          ///< shares of the population per fraction
    ClassSizeHistogram classSizes;
    std::vector<DiversityFigures> diversity;
    /// Subsets of the quasi-identifiers, by size, riskiest (most sample uniques) first within a size.
    std::vector<QuasiIdentifierCombination> combinations;
    std::vector<std::int64_t> recordClassSize; ///< f_k of each record's class
    std::vector<double> recordRisk;            ///< journalist-model risk of each record

    static Expected<ReidentificationRisk> compute(const data::DataTable& table, const RiskOptions& options);

    /// sdcMicro's individual risk of a class of @p classSize records whose sampling weights sum to
    /// @p weight (measure_risk's compute_risk, Franconi & Polettini's approximation; exact for 1 and 2).
    static double individualRisk(std::int64_t classSize, double weight);

    /// Record share per prosecutor-risk band (0-10%, ..., 90-100%), for the histogram view.
    [[nodiscard]] std::vector<double> riskDistribution() const;

    /// k_anonymity, sample_uniques_share, prosecutor_risk, journalist_risk, marketer_risk
    /// ({highest, average, share_above_threshold}), population_uniques_estimate, l_diversity,
    /// t_closeness, expected_reidentifications, uniqueness_curve, risk_distribution,
    /// quasi_identifier_combinations ([{columns, classes, distinction, separation, sample_uniques_share,
    /// highest_risk}]).
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace privaudit::governance
