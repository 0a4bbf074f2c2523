#include "attack/attribute/AttributeInference.h"
#include "attack/MembershipInference.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace privaudit::attack {

QStringList attributeAttackNames()
{
    return {QStringLiteral("imputation"), QStringLiteral("marginal-prior"), QStringLiteral("csmia"),
            QStringLiteral("label-only"), QStringLiteral("black-box"),      QStringLiteral("mia-based")};
}

namespace {

struct AttackTitle
{
    const char* name;
    const char* title;
};

constexpr AttackTitle kTitles[] = {
    {"imputation",
     QT_TRANSLATE_NOOP("privaudit::attack::AttributeInference", "Imputation baseline (no model access)")},
    {"marginal-prior",
     QT_TRANSLATE_NOOP("privaudit::attack::AttributeInference", "Marginal prior (Fredrikson et al. 2014)")},
    {"csmia", QT_TRANSLATE_NOOP("privaudit::attack::AttributeInference",
                                "Confidence score (CSMIA, Mehnaz et al. 2022)")},
    {"label-only", QT_TRANSLATE_NOOP("privaudit::attack::AttributeInference", "Label only")},
    {"black-box",
     QT_TRANSLATE_NOOP("privaudit::attack::AttributeInference", "Black-box attack model on probabilities")},
    {"mia-based", QT_TRANSLATE_NOOP("privaudit::attack::AttributeInference",
                                    "Membership-inference based (calibrated loss)")},
};

} // namespace

const char* attributeAttackTitleSource(const QString& name)
{
    for (const AttackTitle& t : kTitles)
        if (name == QLatin1String(t.name)) return t.title;
    return nullptr;
}

QString attributeAttackTitle(const QString& name)
{
    const char* source = attributeAttackTitleSource(name);
    return source ? AttributeInference::tr(source) : name;
}

namespace attribute {

namespace {

/// log p(y | x, v) for every value v (columns) and candidate (rows), in double precision.
Eigen::MatrixXd logTrueLabel(const std::vector<Eigen::MatrixXf>& logitsPerValue,
                             const std::vector<std::int64_t>& labels)
{
    const auto n = Eigen::Index(labels.size());
    Eigen::MatrixXd out(n, Eigen::Index(logitsPerValue.size()));
    for (std::size_t v = 0; v < logitsPerValue.size(); ++v) {
        const std::vector<double> lp = membershipSignal(logitsPerValue[v], labels, Signal::Loss);
        for (Eigen::Index i = 0; i < n; ++i)
            out(i, Eigen::Index(v)) = lp[std::size_t(i)];
    }
    return out;
}

/// Normalises a row of log-weights to probabilities (stable).
Eigen::RowVectorXd softmaxRow(const Eigen::RowVectorXd& logWeights)
{
    const double top = logWeights.maxCoeff();
    Eigen::RowVectorXd w = (logWeights.array() - top).exp();
    return w / w.sum();
}

bool predictsLabel(const Eigen::MatrixXf& logits, Eigen::Index row, std::int64_t label)
{
    Eigen::Index best = 0;
    logits.row(row).maxCoeff(&best);
    return best == label;
}

} // namespace

AttributeGuesses marginalPrior(const std::vector<Eigen::MatrixXf>& logitsPerValue,
                               const std::vector<std::int64_t>& labels, const std::vector<double>& prior,
                               int targetValue)
{
    AttributeGuesses g;
    g.attack = QStringLiteral("marginal-prior");
    const Eigen::MatrixXd lp = logTrueLabel(logitsPerValue, labels);
    Eigen::RowVectorXd logPrior(lp.cols());
    for (Eigen::Index v = 0; v < lp.cols(); ++v)
        logPrior(v) = prior[std::size_t(v)] > 0 ? std::log(prior[std::size_t(v)])
                                                : -std::numeric_limits<double>::infinity();
    for (Eigen::Index i = 0; i < lp.rows(); ++i) {
        const Eigen::RowVectorXd post = softmaxRow(lp.row(i) + logPrior);
        Eigen::Index best = 0;
        post.maxCoeff(&best);
        g.guess.push_back(int(best));
        g.targetScore.push_back(post(targetValue));
    }
    return g;
}

AttributeGuesses confidenceScore(const std::vector<Eigen::MatrixXf>& logitsPerValue,
                                 const std::vector<std::int64_t>& labels, int targetValue)
{
    AttributeGuesses g;
    g.attack = QStringLiteral("csmia");
    const Eigen::MatrixXd lp = logTrueLabel(logitsPerValue, labels);
    for (Eigen::Index i = 0; i < lp.rows(); ++i) {
        std::vector<int> matches;
        for (std::size_t v = 0; v < logitsPerValue.size(); ++v)
            if (predictsLabel(logitsPerValue[v], i, labels[std::size_t(i)])) matches.push_back(int(v));
        int best = 0;
        if (matches.size() == 1) {
            best = matches.front();
        } else {
            // Several matches: the highest confidence in the true label among them; none: the highest
            // probability of the true label over all values (the full vector, not only its arg-max).
            double top = -std::numeric_limits<double>::infinity();
            const std::vector<int>* pool = &matches;
            std::vector<int> all;
            if (matches.empty()) {
                for (std::size_t v = 0; v < logitsPerValue.size(); ++v)
                    all.push_back(int(v));
                pool = &all;
            }
            for (const int v : *pool)
                if (lp(i, v) > top) {
                    top = lp(i, v);
                    best = v;
                }
        }
        g.guess.push_back(best);
        // Ranks the target value: a unique match first, then by its share of the true label's probability.
        const double share = softmaxRow(lp.row(i))(targetValue);
        g.targetScore.push_back((matches.size() == 1 && best == targetValue ? 1.0 : 0.0) + share);
    }
    return g;
}

AttributeGuesses labelOnly(const std::vector<Eigen::MatrixXf>& logitsPerValue,
                           const std::vector<std::int64_t>& labels, const std::vector<double>& prior,
                           int targetValue)
{
    AttributeGuesses g;
    g.attack = QStringLiteral("label-only");
    const auto n = Eigen::Index(labels.size());
    const std::size_t values = logitsPerValue.size();
    for (Eigen::Index i = 0; i < n; ++i) {
        std::vector<bool> match(values, false);
        std::size_t count = 0;
        for (std::size_t v = 0; v < values; ++v) {
            match[v] = predictsLabel(logitsPerValue[v], i, labels[std::size_t(i)]);
            count += match[v] ? 1 : 0;
        }
        const bool informative = count > 0 && count < values;
        int best = -1;
        double bestPrior = -1.0, massMatched = 0.0;
        for (std::size_t v = 0; v < values; ++v) {
            if (informative && !match[v]) continue;
            massMatched += prior[v];
            if (prior[v] > bestPrior) {
                bestPrior = prior[v];
                best = int(v);
            }
        }
        g.guess.push_back(best);
        const bool targetIn = !informative || match[std::size_t(targetValue)];
        g.targetScore.push_back(targetIn && massMatched > 0 ? prior[std::size_t(targetValue)] / massMatched
                                                            : 0.0);
    }
    return g;
}

AttributeGuesses membershipBased(const std::vector<Eigen::MatrixXf>& logitsPerValue,
                                 const std::vector<std::vector<Eigen::MatrixXf>>& referenceLogitsPerValue,
                                 const std::vector<std::int64_t>& labels, int targetValue)
{
    AttributeGuesses g;
    g.attack = QStringLiteral("mia-based");
    Eigen::MatrixXd score = logTrueLabel(logitsPerValue, labels);
    if (!referenceLogitsPerValue.empty()) {
        Eigen::MatrixXd reference = Eigen::MatrixXd::Zero(score.rows(), score.cols());
        for (const auto& r : referenceLogitsPerValue)
            reference += logTrueLabel(r, labels);
        score -= reference / double(referenceLogitsPerValue.size());
    }
    for (Eigen::Index i = 0; i < score.rows(); ++i) {
        Eigen::Index best = 0;
        score.row(i).maxCoeff(&best);
        g.guess.push_back(int(best));
        g.targetScore.push_back(softmaxRow(score.row(i))(targetValue));
    }
    return g;
}

AttributeGuesses fromProbabilities(const QString& attack, const Eigen::MatrixXf& logits, int targetValue)
{
    AttributeGuesses g;
    g.attack = attack;
    for (Eigen::Index i = 0; i < logits.rows(); ++i) {
        const Eigen::RowVectorXd p = softmaxRow(logits.row(i).cast<double>());
        Eigen::Index best = 0;
        p.maxCoeff(&best);
        g.guess.push_back(int(best));
        g.targetScore.push_back(p(targetValue));
    }
    return g;
}

} // namespace attribute

bool AttributeRun::correct(const AttributeGuesses& attack, std::size_t i, double tolerance) const
{
    const int guess = attack.guess[i];
    if (guess < 0) return false;
    if (!numeric) return guess == truth[i];
    const double t = trueNumbers[i];
    return std::abs(grid[std::size_t(guess)] - t) <= tolerance * std::abs(t) + 1e-12;
}

metrics::AttributeAnswers AttributeRun::answers(const AttributeGuesses& attack, double tolerance) const
{
    metrics::AttributeAnswers a;
    a.members = members;
    a.truth = truth;
    a.guess = attack.guess;
    a.values = int(values.size());
    a.targetScore = attack.targetScore;
    a.rowIds = rowIds;
    const AttributeGuesses& imputation = attacks.front();
    for (std::size_t i = 0; i < members.size(); ++i) {
        a.correct.push_back(correct(attack, i, tolerance));
        a.imputationCorrect.push_back(correct(imputation, i, tolerance));
        a.holdsTarget.push_back(numeric ? std::abs(grid[std::size_t(targetValue)] - trueNumbers[i]) <=
                                              tolerance * std::abs(trueNumbers[i]) + 1e-12
                                        : truth[i] == targetValue);
    }
    return a;
}

} // namespace privaudit::attack
