#pragma once

#include <cstdint>
#include <map>
#include <QString>
#include <vector>

namespace privaudit::governance {

/// The equivalence-class size histogram of a sample: class size -> number of classes of that size.
using ClassSizeHistogram = std::map<std::int64_t, std::int64_t>;

enum class UniquenessModel
{
    None, ///< nothing to estimate: no sample uniques (0), or the sample is the whole population (counted)
    Pitman,
    Zayatz,
    Snb
};

QString uniquenessModelId(UniquenessModel model); ///< "pitman", "zayatz", "snb", "none"
/// The estimator by its authors' names ("Pitman", "Zayatz", "SNB"), or a translated "none".
QString uniquenessModelTitle(UniquenessModel model);

/// Estimates of the number of population uniques from a sample's class sizes, as ARX computes them:
/// Pitman (Hoshino 2001, maximum likelihood by Newton's method on the digamma closed forms), Zayatz
/// (1991, hypergeometric), SNB (Chen & Keller-McNulty 1998, with Haas & Stokes's Shlosser estimate of
/// the number of population classes), and Dankar et al.'s (2012) rule: at a sampling fraction up to
/// 0.1 Pitman (Zayatz where Pitman has no solution), above it the smaller of Zayatz and SNB.
/// Where ARX's code departs from the papers the papers are followed (see the .cpp). A model without a
/// solution gives NaN. Pure math.
struct PopulationUniqueness
{
    double pitman = 0.0;
    double zayatz = 0.0;
    double snb = 0.0;
    double dankar = 0.0;
    UniquenessModel dankarModel = UniquenessModel::None;

    /// @p sampleSize records with class sizes @p histogram, drawn from @p populationSize records.
    static PopulationUniqueness estimate(const ClassSizeHistogram& histogram, double sampleSize,
                                         double populationSize);

    static double pitmanUniques(const ClassSizeHistogram& histogram, double sampleSize,
                                double populationSize);
    static double zayatzUniques(const ClassSizeHistogram& histogram, double sampleSize,
                                double populationSize);
    static double snbUniques(const ClassSizeHistogram& histogram, double sampleSize, double populationSize);
};

} // namespace privaudit::governance
