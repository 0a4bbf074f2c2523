#include "metrics/MembershipMetrics.h"

#include "compute/TaskPool.h"

#include <algorithm>
#include <boost/math/special_functions/beta.hpp>
#include <cmath>
#include <limits>
#include <numeric>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <random>

namespace privaudit::metrics {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

/// Records sorted by score, descending, with the boundaries of tie groups.
struct SortedScores
{
    std::vector<std::size_t> order;    ///< record indices, highest score first
    std::vector<std::size_t> groupEnd; ///< exclusive end (in order) of each tie group
    std::vector<std::uint8_t> member;  ///< membership by sorted position
    std::vector<std::uint8_t> isEnd;   ///< 1 at the last position of each tie group
};

/// The value a score is ranked by: NaN (a score that is not a number) ranks lowest, with -infinity, so
/// that sorting stays a strict weak order (NaN in a comparator is undefined behaviour: it hung the sort).
double rankKey(double score)
{
    return std::isnan(score) ? -std::numeric_limits<double>::infinity() : score;
}

SortedScores sortScores(const ScoredRecords& r)
{
    SortedScores s;
    s.order.resize(r.scores.size());
    std::iota(s.order.begin(), s.order.end(), std::size_t(0));
    std::sort(s.order.begin(), s.order.end(),
              [&](std::size_t a, std::size_t b) { return rankKey(r.scores[a]) > rankKey(r.scores[b]); });
    for (std::size_t i = 1; i <= s.order.size(); ++i)
        if (i == s.order.size() || rankKey(r.scores[s.order[i]]) != rankKey(r.scores[s.order[i - 1]]))
            s.groupEnd.push_back(i);
    s.member.resize(s.order.size());
    for (std::size_t k = 0; k < s.order.size(); ++k)
        s.member[k] = r.members[s.order[k]] ? 1 : 0;
    s.isEnd.assign(s.order.size(), 0);
    for (std::size_t end : s.groupEnd)
        s.isEnd[end - 1] = 1;
    return s;
}

/// splitmix64: a small, fast generator for bootstrap indices (statistical quality is ample here).
struct SplitMix64
{
    std::uint64_t state;
    std::uint64_t operator()()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, n) by Lemire's multiply-shift.
    std::uint64_t below(std::uint64_t n)
    {
        __extension__ using Wide = unsigned __int128;
        return static_cast<std::uint64_t>((static_cast<Wide>((*this)()) * n) >> 64);
    }
};

/// AUC, advantage and TPR at the FPR levels from per-record weights (bootstrap multiplicities), walking
/// the tie groups from the highest score down.
struct WeightedStats
{
    double auc = 0.0;
    double advantage = 0.0;
    std::vector<double> tpr;
};

/// @p memberWeights / @p nonMemberWeights are bootstrap multiplicities indexed by rank within their group
/// (the j-th member in sorted order has weight memberWeights[j]), so the walk reads both arrays in order.
/// Each array has one padding element past its group's size (the branch-free walk reads it, weight unused).
/// One tight pass: counts accumulate per element, statistics are taken at the end of each tie group. FPR
/// and TPR only grow along the walk, so the TPR at FPR <= level is the TPR at the last group end whose FPR
/// is still within the level.
WeightedStats weightedStats(const SortedScores& s, const std::uint8_t* memberWeights,
                            const std::uint8_t* nonMemberWeights, const std::vector<double>& levels)
{
    const std::size_t n = s.member.size();
    const std::uint8_t* member = s.member.data();
    const std::uint8_t* isEnd = s.isEnd.data();
    std::int64_t totalPos = 0, totalNeg = 0;
    {
        std::size_t jm = 0, jn = 0;
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t m = member[k];
            totalPos += std::int64_t(m * memberWeights[jm]);
            totalNeg += std::int64_t((1 - m) * nonMemberWeights[jn]);
            jm += m;
            jn += 1 - m;
        }
    }
    WeightedStats out;
    out.tpr.assign(levels.size(), 1.0); // a level never exceeded keeps the final TPR, 1
    if (totalPos == 0 || totalNeg == 0) {
        out.auc = 0.5;
        return out;
    }
    const double invP = 1.0 / double(totalPos), invN = 1.0 / double(totalNeg);
    std::int64_t tp = 0, fp = 0, tpStart = 0, fpStart = 0;
    double aucSum = 0.0, advantage = 0.0, previousTpr = 0.0;
    std::size_t level = 0, jm = 0, jn = 0;
    double nextLevel = levels.empty() ? 2.0 : levels[0];
    for (std::size_t k = 0; k < n; ++k) {
        // Branch-free: membership is a coin flip along the walk and would defeat the branch predictor.
        const std::size_t m = member[k];
        tp += std::int64_t(m * memberWeights[jm]);
        fp += std::int64_t((1 - m) * nonMemberWeights[jn]);
        jm += m;
        jn += 1 - m;
        if (!isEnd[k]) continue;
        // Trapezoid of this group's segment: members above every later non-member, ties count half.
        aucSum += double(fp - fpStart) * (double(tpStart) + 0.5 * double(tp - tpStart));
        tpStart = tp;
        fpStart = fp;
        const double tprNow = double(tp) * invP, fprNow = double(fp) * invN;
        advantage = std::max(advantage, tprNow - fprNow);
        // The first group end past a level fixes that level's TPR at the previous group end.
        while (fprNow > nextLevel) {
            out.tpr[level] = previousTpr;
            nextLevel = ++level < levels.size() ? levels[level] : 2.0;
        }
        previousTpr = tprNow;
    }
    out.auc = aucSum * invP * invN;
    out.advantage = advantage;
    return out;
}

RocCurve rocFromSorted(const ScoredRecords& r, const SortedScores& s)
{
    double P = 0, N = 0;
    for (auto m : s.member)
        (m ? P : N) += 1.0;
    RocCurve roc;
    roc.fpr.push_back(0.0);
    roc.tpr.push_back(0.0);
    roc.thresholds.push_back(kInf);
    double tp = 0.0, fp = 0.0;
    std::size_t start = 0;
    for (std::size_t end : s.groupEnd) {
        for (std::size_t k = start; k < end; ++k)
            (s.member[k] ? tp : fp) += 1.0;
        roc.fpr.push_back(N > 0 ? fp / N : 0.0);
        roc.tpr.push_back(P > 0 ? tp / P : 0.0);
        roc.thresholds.push_back(r.scores[s.order[start]]);
        start = end;
    }
    return roc;
}

EpsilonLowerBound epsilonLowerBoundFromRoc(const RocCurve& roc, std::int64_t P, std::int64_t N, double delta,
                                           double beta, int maxThresholds);

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) return std::nan("");
    std::sort(v.begin(), v.end());
    const double pos = p * double(v.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const auto hi = std::min(v.size() - 1, lo + 1);
    return v[lo] + (pos - double(lo)) * (v[hi] - v[lo]);
}

} // namespace

std::size_t ScoredRecords::positives() const
{
    return static_cast<std::size_t>(std::count(members.begin(), members.end(), true));
}

std::size_t ScoredRecords::negatives() const
{
    return members.size() - positives();
}

RocCurve rocCurve(const ScoredRecords& r)
{
    return rocFromSorted(r, sortScores(r));
}

double auc(const ScoredRecords& r)
{
    // Mid-ranks in ascending order: U = R_members - P(P+1)/2, AUC = U / (P N).
    const std::size_t n = r.scores.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return rankKey(r.scores[a]) < rankKey(r.scores[b]); });
    double rankSum = 0.0;
    std::size_t i = 0;
    while (i < n) {
        std::size_t j = i + 1; // NaN == NaN is false: the group always advances
        while (j < n && rankKey(r.scores[order[j]]) == rankKey(r.scores[order[i]]))
            ++j;
        const double midRank = 0.5 * double(i + 1 + j); // ranks i+1 .. j
        for (std::size_t k = i; k < j; ++k)
            if (r.members[order[k]]) rankSum += midRank;
        i = j;
    }
    const double P = double(r.positives()), N = double(r.negatives());
    if (P == 0 || N == 0) return 0.5;
    return (rankSum - P * (P + 1) / 2.0) / (P * N);
}

double advantage(const RocCurve& roc)
{
    double best = 0.0;
    for (std::size_t i = 0; i < roc.fpr.size(); ++i)
        best = std::max(best, roc.tpr[i] - roc.fpr[i]);
    return best;
}

double tprAtFpr(const RocCurve& roc, double alpha)
{
    double best = 0.0;
    for (std::size_t i = 0; i < roc.fpr.size(); ++i)
        if (roc.fpr[i] <= alpha) best = std::max(best, roc.tpr[i]);
    return best;
}

double clopperPearsonUpper(std::int64_t k, std::int64_t n, double beta)
{
    if (n <= 0) return 1.0;
    if (k >= n) return 1.0;
    return boost::math::ibeta_inv(double(k + 1), double(n - k), 1.0 - beta);
}

double clopperPearsonLower(std::int64_t k, std::int64_t n, double beta)
{
    if (n <= 0 || k <= 0) return 0.0;
    return boost::math::ibeta_inv(double(k), double(n - k + 1), beta);
}

QStringList MembershipMetrics::warnings(double advantage, double advantagePValue, std::size_t nonMembers,
                                        const std::vector<double>& fprLevels)
{
    QStringList out;
    if (advantagePValue >= 0.05)
        out << tr("The advantage %1 is not significantly above chance (one-sided Kolmogorov-Smirnov p = %2): "
                  "random scores of this many records reach it too.")
                   .arg(QLocale().toString(advantage, 'f', 4), QLocale().toString(advantagePValue, 'g', 3));
    for (double level : fprLevels) {
        if (double(nonMembers) < 3.0 / level)
            out << tr("Only %1 non-members: a TPR at %2% FPR cannot be certified (at least %3 are needed "
                      "even "
                      "with no false positive); treat it as indicative.")
                       .arg(QLocale().toString(qulonglong(nonMembers)), QLocale().toString(level * 100.0),
                            QLocale().toString(std::ceil(3.0 / level)));
        else if (double(nonMembers) < 10.0 / level)
            out << tr("Only %1 non-members: the TPR at %2% FPR rests on fewer than 10 expected false "
                      "positives (%3 non-members recommended).")
                       .arg(QLocale().toString(qulonglong(nonMembers)), QLocale().toString(level * 100.0),
                            QLocale().toString(std::ceil(10.0 / level)));
    }
    return out;
}

QStringList MembershipMetrics::warningsFor(const AttackMetrics& m)
{
    if (!m.hasAdvantagePValue) return m.warnings;
    return warnings(m.advantage, m.advantagePValue, m.nonMembers, m.fprLevels);
}

namespace {

QJsonObject intervalJson(const Interval& i)
{
    return QJsonObject{{QStringLiteral("low"), i.low}, {QStringLiteral("high"), i.high}};
}

Interval intervalFromJson(const QJsonValue& v)
{
    const QJsonObject o = v.toObject();
    return Interval{o.value(QStringLiteral("low")).toDouble(), o.value(QStringLiteral("high")).toDouble()};
}

} // namespace

double AttackMetrics::tprAt(double level) const
{
    for (std::size_t l = 0; l < fprLevels.size() && l < tprAtFpr.size(); ++l)
        if (std::fabs(fprLevels[l] - level) <= 1e-12 * level) return tprAtFpr[l];
    return 0.0;
}

Interval AttackMetrics::tprCiAt(double level) const
{
    for (std::size_t l = 0; l < fprLevels.size() && l < tprAtFprCi.size(); ++l)
        if (std::fabs(fprLevels[l] - level) <= 1e-12 * level) return tprAtFprCi[l];
    return {};
}

QJsonObject AttackMetrics::toJson() const
{
    QJsonObject tpr, tprCi;
    for (std::size_t l = 0; l < fprLevels.size(); ++l) {
        const QString key = QString::number(fprLevels[l]);
        tpr[key] = tprAtFpr[l];
        tprCi[key] = intervalJson(tprAtFprCi[l]);
    }
    return QJsonObject{
        {QStringLiteral("auc"), auc},
        {QStringLiteral("advantage"), advantage},
        {QStringLiteral("advantage_p_value"), advantagePValue},
        {QStringLiteral("tpr_at_fpr"), tpr},
        {QStringLiteral("ci95"), QJsonObject{{QStringLiteral("auc"), intervalJson(aucCi)},
                                             {QStringLiteral("advantage"), intervalJson(advantageCi)},
                                             {QStringLiteral("tpr_at_fpr"), tprCi}}},
        {QStringLiteral("epsilon_lower_bound"), epsilonLowerBound.epsilon},
        // Where the bound was found, so that anyone can recompute it from the exported scores.
        {QStringLiteral("epsilon_lower_bound_at"),
         QJsonObject{{QStringLiteral("threshold"), std::isfinite(epsilonLowerBound.threshold)
                                                       ? QJsonValue(epsilonLowerBound.threshold)
                                                       : QJsonValue()},
                     {QStringLiteral("thresholds_tried"), epsilonLowerBound.thresholdsTried},
                     {QStringLiteral("rule"), QStringLiteral("member when score >= threshold")}}},
        {QStringLiteral("members"), static_cast<qint64>(members)},
        {QStringLiteral("non_members"), static_cast<qint64>(nonMembers)},
        {QStringLiteral("bootstrap_resamples"), bootstrapResamples},
        {QStringLiteral("tpr_convention"), QStringLiteral("largest TPR with FPR <= level")},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("seconds"), seconds},
    };
}

AttackMetrics AttackMetrics::fromJson(const QJsonObject& o)
{
    AttackMetrics m;
    m.auc = o.value(QStringLiteral("auc")).toDouble(0.5);
    m.advantage = o.value(QStringLiteral("advantage")).toDouble();
    m.hasAdvantagePValue = o.contains(QStringLiteral("advantage_p_value"));
    m.advantagePValue = o.value(QStringLiteral("advantage_p_value")).toDouble(1.0);
    const QJsonObject tpr = o.value(QStringLiteral("tpr_at_fpr")).toObject();
    const QJsonObject ci = o.value(QStringLiteral("ci95")).toObject();
    const QJsonObject tprCi = ci.value(QStringLiteral("tpr_at_fpr")).toObject();
    m.fprLevels.clear();
    for (auto it = tpr.begin(); it != tpr.end(); ++it)
        m.fprLevels.push_back(it.key().toDouble());
    std::sort(m.fprLevels.begin(), m.fprLevels.end());
    for (const double level : m.fprLevels) {
        const QString key = QString::number(level);
        m.tprAtFpr.push_back(tpr.value(key).toDouble());
        m.tprAtFprCi.push_back(intervalFromJson(tprCi.value(key)));
    }
    m.aucCi = intervalFromJson(ci.value(QStringLiteral("auc")));
    m.advantageCi = intervalFromJson(ci.value(QStringLiteral("advantage")));
    m.epsilonLowerBound.epsilon = o.value(QStringLiteral("epsilon_lower_bound")).toDouble();
    const QJsonObject at = o.value(QStringLiteral("epsilon_lower_bound_at")).toObject();
    m.epsilonLowerBound.threshold =
        at.value(QStringLiteral("threshold")).toDouble(std::numeric_limits<double>::infinity());
    m.epsilonLowerBound.thresholdsTried = at.value(QStringLiteral("thresholds_tried")).toInt();
    m.members = std::size_t(std::max<qint64>(0, o.value(QStringLiteral("members")).toInteger()));
    m.nonMembers = std::size_t(std::max<qint64>(0, o.value(QStringLiteral("non_members")).toInteger()));
    m.bootstrapResamples = o.value(QStringLiteral("bootstrap_resamples")).toInt();
    for (const QJsonValue& w : o.value(QStringLiteral("warnings")).toArray())
        m.warnings << w.toString();
    m.seconds = o.value(QStringLiteral("seconds")).toDouble();
    return m;
}

AttackMetrics AttackMetrics::fromJson(const QByteArray& json)
{
    return fromJson(QJsonDocument::fromJson(json).object());
}

EpsilonLowerBound empiricalEpsilonLowerBound(const ScoredRecords& r, double delta, double beta,
                                             int maxThresholds)
{
    return epsilonLowerBoundFromRoc(rocCurve(r), static_cast<std::int64_t>(r.positives()),
                                    static_cast<std::int64_t>(r.negatives()), delta, beta, maxThresholds);
}

namespace {

EpsilonLowerBound epsilonLowerBoundFromRoc(const RocCurve& roc, std::int64_t P, std::int64_t N, double delta,
                                           double beta, int maxThresholds)
{
    EpsilonLowerBound best;
    if (P == 0 || N == 0) return best;
    // Candidate vertices, evenly spaced along the curve (the first and last are trivial).
    std::vector<std::size_t> candidates;
    const std::size_t vertices = roc.fpr.size();
    const std::size_t wanted =
        std::min<std::size_t>(std::size_t(std::max(1, maxThresholds)), vertices - 2 > 0 ? vertices - 2 : 1);
    for (std::size_t c = 0; c < wanted; ++c) {
        const std::size_t v = 1 + (c * (vertices - 2)) / std::max<std::size_t>(1, wanted);
        if (candidates.empty() || candidates.back() != v) candidates.push_back(std::min(v, vertices - 1));
    }
    const int K = static_cast<int>(candidates.size());
    const double perSide = beta / (2.0 * K);
    best.thresholdsTried = K;
    for (std::size_t v : candidates) {
        const auto fp = static_cast<std::int64_t>(std::llround(roc.fpr[v] * double(N)));
        const auto tp = static_cast<std::int64_t>(std::llround(roc.tpr[v] * double(P)));
        const double fprHi = clopperPearsonUpper(fp, N, perSide);
        const double fnrHi = clopperPearsonUpper(P - tp, P, perSide);
        double eps = 0.0;
        if (1.0 - fnrHi - delta > 0.0 && fprHi > 0.0)
            eps = std::max(eps, std::log((1.0 - fnrHi - delta) / fprHi));
        if (1.0 - fprHi - delta > 0.0 && fnrHi > 0.0)
            eps = std::max(eps, std::log((1.0 - fprHi - delta) / fnrHi));
        if (eps > best.epsilon) {
            best.epsilon = eps;
            best.threshold = roc.thresholds[v];
        }
    }
    return best;
}

} // namespace

AttackMetrics MembershipMetrics::compute(const ScoredRecords& r, const MetricsOptions& options)
{
    AttackMetrics m;
    m.members = r.positives();
    m.nonMembers = r.negatives();
    m.bootstrapResamples = options.bootstrapResamples;
    m.seed = options.seed;
    const SortedScores sorted = sortScores(r);
    const std::vector<std::uint8_t> ones(sorted.member.size() + 1, std::uint8_t(1));
    const WeightedStats point = weightedStats(sorted, ones.data(), ones.data(), m.fprLevels);
    m.auc = point.auc;
    m.advantage = point.advantage;
    if (m.members > 0 && m.nonMembers > 0) {
        const double nm = double(m.members) * double(m.nonMembers) / double(m.members + m.nonMembers);
        m.advantagePValue = std::min(1.0, std::exp(-2.0 * m.advantage * m.advantage * nm));
    }
    m.tprAtFpr = point.tpr;
    m.epsilonLowerBound =
        epsilonLowerBoundFromRoc(rocFromSorted(r, sorted), std::int64_t(m.members),
                                 std::int64_t(m.nonMembers), options.delta, options.beta, 200);

    m.warnings = warnings(m.advantage, m.advantagePValue, m.nonMembers, m.fprLevels);
    if (const auto nan =
            std::count_if(r.scores.begin(), r.scores.end(), [](double v) { return std::isnan(v); });
        nan > 0)
        m.warnings << tr("%1 of %2 scores are not numbers (the model's outputs were not finite); they were "
                         "ranked as the "
                         "least member-like.")
                          .arg(nan)
                          .arg(r.scores.size());

    // Seeded percentile bootstrap: members and non-members resampled separately (P, N fixed). Each
    // resample is a vector of multiplicities over the one sorted order; resample b uses its own
    // generator seeded from (seed, b), so results do not depend on the thread count.
    std::size_t memberCount = 0;
    for (std::uint8_t isMember : sorted.member)
        memberCount += isMember;
    const std::size_t nonMemberCount = sorted.member.size() - memberCount;
    const int B = std::max(0, options.bootstrapResamples);
    std::vector<WeightedStats> samples(static_cast<std::size_t>(B));
    // Multiplicities fit a byte (a multinomial count above 255 has probability far below 1e-100) and
    // keep the arrays cache-resident: the random increments dominate the cost. One pair per worker.
    const int threads = std::clamp(options.threads, 1, std::max(1, B));
    std::vector<std::vector<std::uint8_t>> memberBuffers(std::size_t(threads),
                                                         std::vector<std::uint8_t>(memberCount + 1));
    std::vector<std::vector<std::uint8_t>> nonMemberBuffers(std::size_t(threads),
                                                            std::vector<std::uint8_t>(nonMemberCount + 1));
    compute::TaskPool::run(B, threads, [&](int b, int worker) {
        std::vector<std::uint8_t>& memberWeights = memberBuffers[std::size_t(worker)];
        std::vector<std::uint8_t>& nonMemberWeights = nonMemberBuffers[std::size_t(worker)];
        {
            SplitMix64 rng{options.seed ^ (0xD1B54A32D192ED03ULL * std::uint64_t(b + 1))};
            for (auto* weights : {&memberWeights, &nonMemberWeights}) {
                std::fill(weights->begin(), weights->end(), std::uint8_t(0));
                const std::uint64_t n = weights->size() - 1; // the last element is padding
                std::uint8_t* w = weights->data();
                std::uint64_t k = 0;
                if (n <= 0xFFFFFFFFULL) {
                    // Two draws per 64-bit number: Lemire's multiply-shift on each 32-bit half.
                    for (; k + 1 < n; k += 2) {
                        const std::uint64_t x = rng();
                        ++w[((x & 0xFFFFFFFFULL) * n) >> 32];
                        ++w[((x >> 32) * n) >> 32];
                    }
                }
                for (; k < n; ++k)
                    ++w[rng.below(n)];
            }
            samples[std::size_t(b)] =
                weightedStats(sorted, memberWeights.data(), nonMemberWeights.data(), m.fprLevels);
        }
    });

    if (B > 0 && memberCount > 0 && nonMemberCount > 0) {
        std::vector<double> aucs, advs;
        std::vector<std::vector<double>> tprs(m.fprLevels.size());
        for (const auto& s : samples) {
            aucs.push_back(s.auc);
            advs.push_back(s.advantage);
            for (std::size_t l = 0; l < tprs.size(); ++l)
                tprs[l].push_back(s.tpr[l]);
        }
        m.aucCi = {percentile(aucs, 0.025), percentile(aucs, 0.975)};
        m.advantageCi = {percentile(advs, 0.025), percentile(advs, 0.975)};
        for (const auto& t : tprs)
            m.tprAtFprCi.push_back({percentile(t, 0.025), percentile(t, 0.975)});
    } else {
        m.tprAtFprCi.assign(m.fprLevels.size(), {});
    }
    return m;
}

std::vector<std::size_t> mostExposed(const ScoredRecords& r, std::size_t count)
{
    std::vector<std::size_t> order(r.scores.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    count = std::min(count, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(count), order.end(),
                      [&](std::size_t a, std::size_t b) { return r.scores[a] > r.scores[b]; });
    order.resize(count);
    return order;
}

} // namespace privaudit::metrics
