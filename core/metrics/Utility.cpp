#include "metrics/Utility.h"

#include "metrics/MembershipMetrics.h"

#include <algorithm>
#include <boost/math/special_functions/beta.hpp>
#include <cmath>
#include <map>
#include <QLocale>

namespace privaudit::metrics {

double binomialUpperTail(std::int64_t k, std::int64_t n, double p)
{
    if (k <= 0) return 1.0;
    if (k > n) return 0.0;
    if (p <= 0.0) return 0.0;
    if (p >= 1.0) return 1.0;
    // P(X >= k) = I_p(k, n - k + 1), the regularised incomplete beta function.
    return boost::math::ibeta(double(k), double(n - k + 1), p);
}

UtilityCheck UtilityCheck::compute(std::int64_t correct, std::int64_t n, double baselineAccuracy,
                                   double taskAuc, std::int64_t positives, std::int64_t negatives,
                                   double alpha)
{
    UtilityCheck u;
    u.accuracy = n > 0 ? double(correct) / double(n) : 0.0;
    u.baselineAccuracy = baselineAccuracy;
    u.accuracyPValue = n > 0 ? binomialUpperTail(correct, n, baselineAccuracy) : 1.0;
    u.taskAuc = taskAuc;
    bool aucAboveChance = false;
    if (positives > 0 && negatives > 0) {
        // Hanley and McNeil (1982), Radiology 143:29-36, eq. 2.
        const double a = std::clamp(taskAuc, 0.0, 1.0);
        const double q1 = a / (2.0 - a), q2 = 2.0 * a * a / (1.0 + a);
        const double var =
            (a * (1.0 - a) + double(positives - 1) * (q1 - a * a) + double(negatives - 1) * (q2 - a * a)) /
            (double(positives) * double(negatives));
        u.taskAucLow = a - 1.959963984540054 * std::sqrt(std::max(0.0, var));
        aucAboveChance = u.taskAucLow > 0.5;
    }
    u.learned = u.accuracyPValue < alpha || aucAboveChance;
    return u;
}

UtilityCheck UtilityCheck::evaluate(const Eigen::MatrixXf& testLogits,
                                    const std::vector<std::int64_t>& testLabels,
                                    const std::vector<std::int64_t>& memberLabels)
{
    const auto n = std::int64_t(testLabels.size());
    const Eigen::Index classes = testLogits.cols();
    std::int64_t correct = 0;
    for (Eigen::Index i = 0; i < testLogits.rows() && i < Eigen::Index(n); ++i) {
        Eigen::Index best = 0;
        testLogits.row(i).maxCoeff(&best);
        correct += best == testLabels[std::size_t(i)] ? 1 : 0;
    }
    double aucSum = 0.0;
    int aucCount = 0;
    for (Eigen::Index c = classes == 2 ? 1 : 0; c < classes; ++c) {
        ScoredRecords task;
        for (Eigen::Index i = 0; i < testLogits.rows(); ++i) {
            // The log-odds of class c against the rest, from the logits (monotone in p_c).
            const Eigen::VectorXf row = testLogits.row(i).transpose();
            const float top = row.maxCoeff();
            double rest = 0.0;
            for (Eigen::Index j = 0; j < classes; ++j)
                if (j != c) rest += std::exp(double(row[j] - top));
            task.scores.push_back(double(row[c] - top) - std::log(rest));
            task.members.push_back(testLabels[std::size_t(i)] == c);
        }
        const bool hasBoth =
            std::find(task.members.begin(), task.members.end(), true) != task.members.end() &&
            std::find(task.members.begin(), task.members.end(), false) != task.members.end();
        if (hasBoth) {
            aucSum += auc(task);
            ++aucCount;
        }
    }
    const double taskAuc = aucCount > 0 ? aucSum / aucCount : 0.5;
    // The majority class of the members (ties: the smallest label), predicted for every non-member.
    std::map<std::int64_t, std::int64_t> counts;
    for (std::int64_t y : memberLabels)
        counts[y]++;
    std::int64_t majority = 0, majorityCount = -1;
    for (const auto& [label, count] : counts)
        if (count > majorityCount) {
            majority = label;
            majorityCount = count;
        }
    const auto baselineRight = std::count(testLabels.begin(), testLabels.end(), majority);
    const auto positives =
        classes == 2 ? std::count(testLabels.begin(), testLabels.end(), std::int64_t(1)) : 0;
    return compute(correct, n, n > 0 ? double(baselineRight) / double(n) : 0.0, taskAuc, positives,
                   classes == 2 ? n - positives : 0);
}

QString UtilityCheck::warning() const
{
    if (learned) return {};
    return tr("The target model is not clearly better than predicting the majority class (test accuracy %1 "
              "against a "
              "baseline of %2, one-sided binomial p = %3; task AUC %4). An attack on a model that learned "
              "nothing "
              "understates the risk of a useful model: these results are not evidence of low risk.")
        .arg(QLocale().toString(accuracy, 'f', 4), QLocale().toString(baselineAccuracy, 'f', 4),
             QLocale().toString(accuracyPValue, 'g', 3), QLocale().toString(taskAuc, 'f', 4));
}

QJsonObject UtilityCheck::toJson() const
{
    return QJsonObject{{QStringLiteral("test_accuracy"), accuracy},
                       {QStringLiteral("majority_baseline_accuracy"), baselineAccuracy},
                       {QStringLiteral("accuracy_p_value"), accuracyPValue},
                       {QStringLiteral("task_auc"), taskAuc},
                       {QStringLiteral("task_auc_ci_low"), taskAucLow},
                       {QStringLiteral("learned"), learned}};
}

UtilityCheck UtilityCheck::fromJson(const QJsonObject& o)
{
    UtilityCheck u;
    u.accuracy = o.value(QStringLiteral("test_accuracy")).toDouble();
    u.baselineAccuracy = o.value(QStringLiteral("majority_baseline_accuracy")).toDouble();
    u.accuracyPValue = o.value(QStringLiteral("accuracy_p_value")).toDouble(1.0);
    u.taskAuc = o.value(QStringLiteral("task_auc")).toDouble(0.5);
    u.taskAucLow = o.value(QStringLiteral("task_auc_ci_low")).toDouble();
    u.learned = o.value(QStringLiteral("learned")).toBool(true);
    return u;
}

} // namespace privaudit::metrics
