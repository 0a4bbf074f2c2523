#include "metrics/AttributeMetrics.h"

#include "common/JsonNumber.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <QJsonArray>
#include <random>

namespace privaudit::metrics {

ClassAgreement classAgreement(const std::vector<int>& truth, const std::vector<int>& guess, int values)
{
    ClassAgreement a;
    const auto k = std::size_t(std::max(values, 1));
    std::vector<double> trueCount(k, 0.0), predicted(k, 0.0), hits(k, 0.0);
    double n = 0.0, right = 0.0;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        const auto t = std::size_t(truth[i]);
        trueCount[t] += 1;
        if (guess[i] >= 0) predicted[std::size_t(guess[i])] += 1;
        if (guess[i] == truth[i]) {
            hits[t] += 1;
            right += 1;
        }
        n += 1;
    }
    double recallSum = 0.0, logRecall = 0.0;
    int present = 0;
    bool zeroRecall = false;
    for (std::size_t c = 0; c < k; ++c) {
        if (trueCount[c] == 0) continue;
        const double recall = hits[c] / trueCount[c];
        recallSum += recall;
        if (recall == 0.0)
            zeroRecall = true;
        else
            logRecall += std::log(recall);
        ++present;
    }
    a.balancedAccuracy = present ? recallSum / present : 0.0;
    a.gMean = present && !zeroRecall ? std::exp(logRecall / present) : 0.0;
    // Gorodkin's R_K: (c s - sum_k p_k t_k) / sqrt((s^2 - sum p_k^2)(s^2 - sum t_k^2)).
    double pt = 0.0, pp = 0.0, tt = 0.0;
    for (std::size_t c = 0; c < k; ++c) {
        pt += predicted[c] * trueCount[c];
        pp += predicted[c] * predicted[c];
        tt += trueCount[c] * trueCount[c];
    }
    const double denominator = std::sqrt((n * n - pp) * (n * n - tt));
    a.mcc = denominator > 0 ? (right * n - pt) / denominator : 0.0;
    return a;
}

namespace {

QJsonArray interval(const Interval& i)
{
    return {jsonNumber(i.low), jsonNumber(i.high)};
}

Interval readInterval(const QJsonValue& v)
{
    const QJsonArray a = v.toArray();
    return {a.at(0).toDouble(), a.at(1).toDouble()};
}

QJsonObject sideJson(const AttributeSide& s)
{
    QJsonObject o{{QStringLiteral("candidates"), qint64(s.candidates)},
                  {QStringLiteral("accuracy"), jsonNumber(s.accuracy)},
                  {QStringLiteral("accuracy_ci95"), interval(s.accuracyCi)},
                  {QStringLiteral("k"), qint64(s.k)},
                  {QStringLiteral("ppv_at_k"), jsonNumber(s.ppvAtK)},
                  {QStringLiteral("ppv_ci95"), interval(s.ppvCi)},
                  {QStringLiteral("vulnerable_only_with_model"), qint64(s.vulnerableOnlyWithModel)}};
    if (s.balancedAccuracy) o[QStringLiteral("balanced_accuracy")] = jsonNumber(*s.balancedAccuracy);
    if (s.gMean) o[QStringLiteral("g_mean")] = jsonNumber(*s.gMean);
    if (s.mcc) o[QStringLiteral("mcc")] = jsonNumber(*s.mcc);
    return o;
}

AttributeSide readSide(const QJsonObject& o)
{
    AttributeSide s;
    s.candidates = o.value(QStringLiteral("candidates")).toInteger();
    s.accuracy = o.value(QStringLiteral("accuracy")).toDouble();
    s.accuracyCi = readInterval(o.value(QStringLiteral("accuracy_ci95")));
    s.k = o.value(QStringLiteral("k")).toInteger();
    s.ppvAtK = o.value(QStringLiteral("ppv_at_k")).toDouble();
    s.ppvCi = readInterval(o.value(QStringLiteral("ppv_ci95")));
    s.vulnerableOnlyWithModel = o.value(QStringLiteral("vulnerable_only_with_model")).toInteger();
    if (o.contains(QStringLiteral("balanced_accuracy")))
        s.balancedAccuracy = o.value(QStringLiteral("balanced_accuracy")).toDouble();
    if (o.contains(QStringLiteral("g_mean"))) s.gMean = o.value(QStringLiteral("g_mean")).toDouble();
    if (o.contains(QStringLiteral("mcc"))) s.mcc = o.value(QStringLiteral("mcc")).toDouble();
    return s;
}

QJsonObject differenceJson(const AccuracyDifference& d)
{
    QJsonObject o{{QStringLiteral("value"), jsonNumber(d.value)}};
    o[QStringLiteral("ci95")] = d.ci95 ? QJsonValue(interval(*d.ci95)) : QJsonValue();
    return o;
}

AccuracyDifference readDifference(const QJsonObject& o)
{
    AccuracyDifference d;
    d.value = o.value(QStringLiteral("value")).toDouble();
    if (o.value(QStringLiteral("ci95")).isArray()) d.ci95 = readInterval(o.value(QStringLiteral("ci95")));
    return d;
}

} // namespace

QJsonObject AttributeMetrics::toJson() const
{
    QJsonArray rows;
    for (const auto r : vulnerableMemberRows)
        rows.append(qint64(r));
    return {{QStringLiteral("attack"), attack},
            {QStringLiteral("members"), sideJson(members)},
            {QStringLiteral("non_members"), sideJson(nonMembers)},
            {QStringLiteral("advantage_over_imputation"), differenceJson(advantageOverImputation)},
            {QStringLiteral("individual_leakage"), differenceJson(individualLeakage)},
            {QStringLiteral("distributional_leakage"), differenceJson(distributionalLeakage)},
            {QStringLiteral("vulnerable_member_rows"), rows},
            {QStringLiteral("seconds"), seconds}};
}

AttributeMetrics AttributeMetrics::fromJson(const QJsonObject& json)
{
    AttributeMetrics m;
    m.attack = json.value(QStringLiteral("attack")).toString();
    m.members = readSide(json.value(QStringLiteral("members")).toObject());
    m.nonMembers = readSide(json.value(QStringLiteral("non_members")).toObject());
    m.advantageOverImputation =
        readDifference(json.value(QStringLiteral("advantage_over_imputation")).toObject());
    m.individualLeakage = readDifference(json.value(QStringLiteral("individual_leakage")).toObject());
    m.distributionalLeakage = readDifference(json.value(QStringLiteral("distributional_leakage")).toObject());
    for (const QJsonValue& r : json.value(QStringLiteral("vulnerable_member_rows")).toArray())
        m.vulnerableMemberRows.push_back(r.toInteger());
    m.seconds = json.value(QStringLiteral("seconds")).toDouble();
    return m;
}

AttributeMetrics computeAttributeMetrics(const QString& attack, const AttributeAnswers& a,
                                         const AttributeMetricsOptions& options)
{
    AttributeMetrics m;
    m.attack = attack;
    std::vector<std::size_t> sides[2]; // [0] members, [1] non-members
    for (std::size_t i = 0; i < a.members.size(); ++i)
        sides[a.members[i] ? 0 : 1].push_back(i);

    double attackRate[2] = {0, 0}, imputationRate[2] = {0, 0};
    for (int side = 0; side < 2; ++side) {
        AttributeSide& out = side == 0 ? m.members : m.nonMembers;
        const auto& idx = sides[side];
        out.candidates = std::int64_t(idx.size());
        std::int64_t right = 0, imputationRight = 0;
        for (const auto i : idx) {
            right += a.correct[i] ? 1 : 0;
            imputationRight += a.imputationCorrect[i] ? 1 : 0;
            if (a.correct[i] && !a.imputationCorrect[i]) {
                out.vulnerableOnlyWithModel++;
                if (side == 0) m.vulnerableMemberRows.push_back(a.rowIds[i]);
            }
        }
        const double n = std::max<double>(1.0, double(idx.size()));
        attackRate[side] = double(right) / n;
        imputationRate[side] = double(imputationRight) / n;
        out.accuracy = attackRate[side];
        out.accuracyCi = {clopperPearsonLower(right, out.candidates, 0.025),
                          clopperPearsonUpper(right, out.candidates, 0.025)};
        if (!a.truth.empty()) {
            std::vector<int> truth, guess;
            for (const auto i : idx) {
                truth.push_back(a.truth[i]);
                guess.push_back(a.guess[i]);
            }
            const ClassAgreement c = classAgreement(truth, guess, a.values);
            out.balancedAccuracy = c.balancedAccuracy;
            out.gMean = c.gMean;
            out.mcc = c.mcc;
        }
        // PPV at top k: the candidates ranked by the attack's belief in the target value (ties by row).
        std::vector<std::size_t> ranked = idx;
        std::stable_sort(ranked.begin(), ranked.end(),
                         [&](std::size_t x, std::size_t y) { return a.targetScore[x] > a.targetScore[y]; });
        out.k = std::min<std::int64_t>(options.ppvK, std::int64_t(ranked.size()));
        std::int64_t hits = 0;
        for (std::int64_t j = 0; j < out.k; ++j)
            hits += a.holdsTarget[ranked[std::size_t(j)]] ? 1 : 0;
        out.ppvAtK = out.k ? double(hits) / double(out.k) : 0.0;
        out.ppvCi = {clopperPearsonLower(hits, out.k, 0.025), clopperPearsonUpper(hits, out.k, 0.025)};
    }
    const double nm = double(sides[0].size()), nn = double(sides[1].size());
    auto pooled = [&](const double* rate) { return (rate[0] * nm + rate[1] * nn) / std::max(1.0, nm + nn); };
    m.advantageOverImputation.value = pooled(attackRate) - pooled(imputationRate);
    m.individualLeakage.value = attackRate[0] - attackRate[1];
    m.distributionalLeakage.value = attackRate[1] - imputationRate[1];

    if (options.bootstrap > 0 && nm > 0 && nn > 0) {
        std::mt19937_64 rng(options.seed ^ 0xB0075712AULL);
        std::vector<double> adv, ind, dist;
        for (int b = 0; b < options.bootstrap; ++b) {
            double att[2], imp[2];
            for (int side = 0; side < 2; ++side) {
                const auto& idx = sides[side];
                std::uniform_int_distribution<std::size_t> pick(0, idx.size() - 1);
                double right = 0, impRight = 0;
                for (std::size_t j = 0; j < idx.size(); ++j) {
                    const auto i = idx[pick(rng)];
                    right += a.correct[i] ? 1 : 0;
                    impRight += a.imputationCorrect[i] ? 1 : 0;
                }
                att[side] = right / double(idx.size());
                imp[side] = impRight / double(idx.size());
            }
            adv.push_back(pooled(att) - pooled(imp));
            ind.push_back(att[0] - att[1]);
            dist.push_back(att[1] - imp[1]);
        }
        auto percentile = [&](std::vector<double>& v) {
            std::sort(v.begin(), v.end());
            const auto at = [&](double q) {
                return v[std::min(v.size() - 1, std::size_t(std::floor(q * double(v.size() - 1) + 0.5)))];
            };
            return Interval{at(0.025), at(0.975)};
        };
        m.advantageOverImputation.ci95 = percentile(adv);
        m.individualLeakage.ci95 = percentile(ind);
        m.distributionalLeakage.ci95 = percentile(dist);
    }
    return m;
}

} // namespace privaudit::metrics
