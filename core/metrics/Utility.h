#pragma once

#include <cstdint>
#include <Eigen/Core>
#include <QCoreApplication>
#include <QJsonObject>
#include <vector>

namespace privaudit::metrics {

/// Did the target learn anything? Its test accuracy against the majority-class baseline (the class most
/// frequent among the members, predicted for every non-member) with a one-sided exact binomial test, and
/// its task AUC against chance with the Hanley-McNeil standard error. An attack on a model that learned
/// nothing understates the risk of a useful model: the runs, the report and the CLI say so.
struct UtilityCheck
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::metrics::UtilityCheck)

public:
    double accuracy = 0.0;
    double baselineAccuracy = 0.0; ///< majority class of the members, on the non-members
    double accuracyPValue = 1.0;   ///< P(X >= correct) for X ~ Binomial(n, baselineAccuracy)
    double taskAuc = 0.5;
    double taskAucLow = 0.0; ///< lower end of the 95% interval (binary tasks; 0 otherwise)
    bool learned = false;    ///< accuracy significantly above the baseline, or AUC significantly above 0.5

    /// @p correct of @p n non-members right; @p positives / @p negatives: the non-members of the positive
    /// and the other class (binary tasks; pass 0 for multi-class, whose AUC is then not tested).
    static UtilityCheck compute(std::int64_t correct, std::int64_t n, double baselineAccuracy, double taskAuc,
                                std::int64_t positives, std::int64_t negatives, double alpha = 0.05);

    /// From the target's logits on the non-members and their labels, with the majority class taken from
    /// the members' labels: accuracy, the task AUC (binary; macro one-vs-rest otherwise) and the tests.
    static UtilityCheck evaluate(const Eigen::MatrixXf& testLogits,
                                 const std::vector<std::int64_t>& testLabels,
                                 const std::vector<std::int64_t>& memberLabels);

    /// The warning for a model that did not learn (translated); empty when it did.
    [[nodiscard]] QString warning() const;
    [[nodiscard]] QJsonObject toJson() const;
    static UtilityCheck fromJson(const QJsonObject& utility); ///< the inverse of toJson()
};

/// Upper tail of the binomial distribution, P(X >= k), X ~ Binomial(n, p).
double binomialUpperTail(std::int64_t k, std::int64_t n, double p);

} // namespace privaudit::metrics
