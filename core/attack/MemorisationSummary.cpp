// Counterfactual memorisation of a membership run's members: the summary stored with the run and its
// findings.
#include "attack/MemorisationSummary.h"

#include "attack/MembershipInference.h"
#include "metrics/MembershipMetrics.h"

#include <algorithm>
#include <cmath>
#include <QJsonArray>
#include <QLocale>
#include <random>

namespace privaudit::attack {

namespace {

/// Mean and 95% percentile-bootstrap interval of @p v.
void meanWithInterval(const std::vector<double>& v, int bootstrap, std::uint64_t seed, double& mean,
                      double& low, double& high)
{
    mean = low = high = 0.0;
    if (v.empty()) return;
    double sum = 0.0;
    for (double x : v)
        sum += x;
    mean = low = high = sum / double(v.size());
    if (bootstrap <= 0 || v.size() < 2) return;
    std::mt19937_64 rng(seed ^ 0xC0FFEE5EEDULL);
    std::uniform_int_distribution<std::size_t> pick(0, v.size() - 1);
    std::vector<double> means(static_cast<std::size_t>(bootstrap));
    for (double& m : means) {
        double s = 0.0;
        for (std::size_t i = 0; i < v.size(); ++i)
            s += v[pick(rng)];
        m = s / double(v.size());
    }
    std::sort(means.begin(), means.end());
    const auto at = [&](double q) {
        return means[std::min(means.size() - 1, std::size_t(q * double(means.size() - 1) + 0.5))];
    };
    low = at(0.025);
    high = at(0.975);
}

/// Members LiRA flags when its threshold lets at most kLiraFpr of the non-members through.
std::vector<bool> exposedByLira(const AttackScores& lira)
{
    std::vector<double> outside;
    for (std::size_t j = 0; j < lira.records.scores.size(); ++j)
        if (!lira.records.members[j]) outside.push_back(lira.records.scores[j]);
    std::vector<bool> exposed(lira.records.scores.size(), false);
    if (outside.empty()) return exposed;
    std::sort(outside.begin(), outside.end(), std::greater<>());
    const auto allowed = std::size_t(std::floor(MemorisationSummary::kLiraFpr * double(outside.size())));
    const double threshold = outside[std::min(allowed, outside.size() - 1)];
    for (std::size_t j = 0; j < exposed.size(); ++j)
        exposed[j] = lira.records.members[j] && lira.records.scores[j] > threshold;
    return exposed;
}

} // namespace

MemorisationSummary MemorisationSummary::summarise(const metrics::MemorisationScores& scores,
                                                   const std::vector<bool>& isMember,
                                                   const std::vector<std::int64_t>& rowIds,
                                                   const std::vector<int>& copies, const AttackScores* lira,
                                                   int models, int bootstrap, std::uint64_t seed)
{
    MemorisationSummary s;
    s.models = models;
    s.permutations = scores.permutations;
    std::vector<bool> exposed;
    if (lira && lira->records.scores.size() == isMember.size()) {
        s.lira = true;
        exposed = exposedByLira(*lira);
    }
    std::vector<double> accuracy, loss;
    std::vector<std::size_t> scored;
    double dupSum = 0.0, uniqueSum = 0.0;
    std::int64_t dupMemorised = 0, uniqueMemorised = 0;
    for (std::size_t j = 0; j < isMember.size(); ++j) {
        if (!isMember[j] || !scores.scored(j)) continue;
        scored.push_back(j);
        accuracy.push_back(scores.accuracy[j]);
        loss.push_back(scores.loss[j]);
        const bool memorised = scores.pValue[j] <= kMemorisedP;
        s.memorised += memorised ? 1 : 0;
        const bool duplicated = j < copies.size() && copies[j] > 1;
        s.duplicatedMembers += duplicated ? 1 : 0;
        (duplicated ? dupSum : uniqueSum) += scores.accuracy[j];
        (duplicated ? dupMemorised : uniqueMemorised) += memorised ? 1 : 0;
        if (!exposed.empty() && exposed[j]) {
            ++s.liraExposed;
            s.exposedAndMemorised += memorised ? 1 : 0;
        }
    }
    s.members = std::int64_t(scored.size());
    meanWithInterval(accuracy, bootstrap, seed, s.meanAccuracy, s.meanAccuracyLow, s.meanAccuracyHigh);
    meanWithInterval(loss, bootstrap, seed + 1, s.meanLoss, s.meanLossLow, s.meanLossHigh);
    s.memorisedLow = metrics::clopperPearsonLower(s.memorised, s.members, 0.025);
    s.memorisedHigh = metrics::clopperPearsonUpper(s.memorised, s.members, 0.025);
    const std::int64_t unique = s.members - s.duplicatedMembers;
    if (s.duplicatedMembers > 0) {
        s.duplicatedMean = dupSum / double(s.duplicatedMembers);
        s.duplicatedMemorisedShare = double(dupMemorised) / double(s.duplicatedMembers);
    }
    if (unique > 0) {
        s.uniqueMean = uniqueSum / double(unique);
        s.uniqueMemorisedShare = double(uniqueMemorised) / double(unique);
    }
    std::sort(scored.begin(), scored.end(), [&](std::size_t a, std::size_t b) {
        if (scores.accuracy[a] != scores.accuracy[b]) return scores.accuracy[a] > scores.accuracy[b];
        if (scores.loss[a] != scores.loss[b]) return scores.loss[a] > scores.loss[b];
        return rowIds[a] < rowIds[b];
    });
    for (std::size_t i = 0; i < scored.size() && i < std::size_t(kTopRecords); ++i) {
        const std::size_t j = scored[i];
        s.top.push_back({rowIds[j], scores.accuracy[j], scores.loss[j], scores.standardError[j],
                         scores.pValue[j], j < copies.size() ? copies[j] : 1,
                         !exposed.empty() && exposed[j]});
    }
    return s;
}

QJsonObject MemorisationSummary::toJson() const
{
    QJsonArray records;
    for (const MemorisedRecord& r : top)
        records.append(
            QJsonObject{{QStringLiteral("data_row"), qint64(r.row + 1)}, // counted from 1, as shown
                        {QStringLiteral("memorisation"), r.accuracy},
                        {QStringLiteral("loss_memorisation"), r.loss},
                        {QStringLiteral("standard_error"), r.standardError},
                        {QStringLiteral("p_value"), r.pValue},
                        {QStringLiteral("copies"), r.copies},
                        {QStringLiteral("lira_exposed"), r.liraExposed}});
    return QJsonObject{
        {QStringLiteral("method"), QStringLiteral("counterfactual (Feldman & Zhang 2020)")},
        {QStringLiteral("reference_models"), models},
        {QStringLiteral("permutations"), permutations},
        {QStringLiteral("members"), qint64(members)},
        {QStringLiteral("mean_memorisation"), meanAccuracy},
        {QStringLiteral("mean_memorisation_ci95"), QJsonArray{meanAccuracyLow, meanAccuracyHigh}},
        {QStringLiteral("mean_loss_memorisation"), meanLoss},
        {QStringLiteral("mean_loss_memorisation_ci95"), QJsonArray{meanLossLow, meanLossHigh}},
        {QStringLiteral("memorised"), qint64(memorised)},
        {QStringLiteral("memorised_share"), memorisedShare()},
        {QStringLiteral("memorised_share_ci95"), QJsonArray{memorisedLow, memorisedHigh}},
        {QStringLiteral("chance_share"), kMemorisedP},
        {QStringLiteral("duplicated_members"), qint64(duplicatedMembers)},
        {QStringLiteral("duplicated_mean_memorisation"), duplicatedMean},
        {QStringLiteral("unique_mean_memorisation"), uniqueMean},
        {QStringLiteral("duplicated_memorised_share"), duplicatedMemorisedShare},
        {QStringLiteral("unique_memorised_share"), uniqueMemorisedShare},
        {QStringLiteral("lira"), lira},
        {QStringLiteral("lira_fpr"), kLiraFpr},
        {QStringLiteral("lira_exposed"), qint64(liraExposed)},
        {QStringLiteral("lira_exposed_and_memorised"), qint64(exposedAndMemorised)},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("most_memorised"), records}};
}

MemorisationSummary MemorisationSummary::fromJson(const QJsonObject& j)
{
    MemorisationSummary s;
    auto pair = [&](const char* key, double& low, double& high) {
        const QJsonArray a = j.value(QLatin1String(key)).toArray();
        low = a.at(0).toDouble();
        high = a.at(1).toDouble();
    };
    s.models = j.value(QStringLiteral("reference_models")).toInt();
    s.permutations = j.value(QStringLiteral("permutations")).toInt();
    s.members = j.value(QStringLiteral("members")).toInteger();
    s.meanAccuracy = j.value(QStringLiteral("mean_memorisation")).toDouble();
    pair("mean_memorisation_ci95", s.meanAccuracyLow, s.meanAccuracyHigh);
    s.meanLoss = j.value(QStringLiteral("mean_loss_memorisation")).toDouble();
    pair("mean_loss_memorisation_ci95", s.meanLossLow, s.meanLossHigh);
    s.memorised = j.value(QStringLiteral("memorised")).toInteger();
    pair("memorised_share_ci95", s.memorisedLow, s.memorisedHigh);
    s.duplicatedMembers = j.value(QStringLiteral("duplicated_members")).toInteger();
    s.duplicatedMean = j.value(QStringLiteral("duplicated_mean_memorisation")).toDouble();
    s.uniqueMean = j.value(QStringLiteral("unique_mean_memorisation")).toDouble();
    s.duplicatedMemorisedShare = j.value(QStringLiteral("duplicated_memorised_share")).toDouble();
    s.uniqueMemorisedShare = j.value(QStringLiteral("unique_memorised_share")).toDouble();
    s.lira = j.value(QStringLiteral("lira")).toBool();
    s.liraExposed = j.value(QStringLiteral("lira_exposed")).toInteger();
    s.exposedAndMemorised = j.value(QStringLiteral("lira_exposed_and_memorised")).toInteger();
    s.seconds = j.value(QStringLiteral("seconds")).toDouble();
    for (const QJsonValue& v : j.value(QStringLiteral("most_memorised")).toArray()) {
        const QJsonObject r = v.toObject();
        s.top.push_back({r.value(QStringLiteral("data_row")).toInteger() - 1,
                         r.value(QStringLiteral("memorisation")).toDouble(),
                         r.value(QStringLiteral("loss_memorisation")).toDouble(),
                         r.value(QStringLiteral("standard_error")).toDouble(),
                         r.value(QStringLiteral("p_value")).toDouble(1.0),
                         r.value(QStringLiteral("copies")).toInt(1),
                         r.value(QStringLiteral("lira_exposed")).toBool()});
    }
    return s;
}

double MemorisationSummary::smallestPValue() const
{
    double splits = 1.0;
    for (int i = 1; i <= models / 2; ++i)
        splits = splits * double(models - models / 2 + i) / double(i);
    return std::max(1.0 / splits, 1.0 / (1.0 + std::max(0, permutations)));
}

QStringList MemorisationSummary::findings() const
{
    const QLocale locale;
    auto num = [&](double v, int decimals = 3) { return locale.toString(v, 'f', decimals); };
    auto pct = [&](double v) -> QString { return locale.toString(100.0 * v, 'f', 1) + QLatin1Char('%'); };
    QStringList out;
    if (members == 0) {
        out << tr("No member has a memorisation estimate: every reference model trained on all of them or on "
                  "none.");
        return out;
    }
    out << tr("Counterfactual memorisation of %1 members from %2 reference models (each record trained on by "
              "half of them): mean %3 (95% CI %4 to %5) in accuracy, %6 nats (95% CI %7 to %8) in loss.")
               .arg(locale.toString(qint64(members)))
               .arg(models)
               .arg(num(meanAccuracy), num(meanAccuracyLow), num(meanAccuracyHigh), num(meanLoss),
                    num(meanLossLow), num(meanLossHigh));
    const double smallestP = smallestPValue();
    if (smallestP > kMemorisedP) {
        out << tr("With %1 reference models no record's permutation test can go below p = %2, so this run "
                  "cannot show memorisation beyond chance either way; use at least 8 reference models (16 "
                  "for "
                  "claims about single records).")
                   .arg(models)
                   .arg(num(smallestP, 3));
    } else {
        const QString share =
            tr("%1 of the members (%2, 95% CI %3 to %4) are memorised beyond chance "
               "(permutation test of the loss form, p <= %5); about %6 would be if none were.")
                .arg(locale.toString(qint64(memorised)), pct(memorisedShare()), pct(memorisedLow),
                     pct(memorisedHigh), num(kMemorisedP, 2), pct(kMemorisedP));
        out << share + QLatin1Char(' ') +
                   (beyondChance() ? tr("More members are memorised than chance explains.")
                    : memorisedHigh < kMemorisedP + 0.02
                        ? tr("This is within what chance explains: no evidence of memorisation.")
                        : tr("The interval includes chance: no clear evidence either way."));
    }
    if (duplicatedMembers > 0)
        out << tr("%1 members have exact copies in the data (same encoded features and label): their mean "
                  "memorisation is %2 against %3 for unique members; %4 of them against %5 are memorised "
                  "beyond chance. The reference models saw or missed all copies of a record together.")
                   .arg(locale.toString(qint64(duplicatedMembers)), num(duplicatedMean), num(uniqueMean),
                        pct(duplicatedMemorisedShare), pct(uniqueMemorisedShare));
    if (lira && smallestP <= kMemorisedP)
        out << tr("LiRA exposes %1 members at %2 false positives; %3 of them are memorised beyond chance.")
                   .arg(locale.toString(qint64(liraExposed)), pct(kLiraFpr),
                        locale.toString(qint64(exposedAndMemorised)));
    else if (lira)
        out << tr("LiRA exposes %1 members at %2 false positives.")
                   .arg(locale.toString(qint64(liraExposed)), pct(kLiraFpr));
    if (models < 16 && smallestP <= kMemorisedP)
        out << tr("With %1 reference models a record's accuracy-form estimate moves in steps of %2 and its "
                  "permutation test cannot go below p = %3; use at least 16 for claims about single records.")
                   .arg(models)
                   .arg(num(2.0 / std::max(1, models), 2), num(smallestP, 3));
    return out;
}

} // namespace privaudit::attack
