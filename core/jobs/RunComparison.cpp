#include "jobs/RunComparison.h"

#include "attack/AttackCatalogue.h"
#include "attack/MembershipRunSummary.h"
#include "common/JsonNumber.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <QJsonArray>
#include <QLocale>
#include <random>

namespace privaudit::jobs {

namespace {

/// Difference of two estimates with the normal interval from their 95% intervals.
void difference(double a, metrics::Interval ai, double b, metrics::Interval bi, double& d, double& low,
                double& high)
{
    const double se =
        std::sqrt(std::pow((ai.high - ai.low) / 3.92, 2) + std::pow((bi.high - bi.low) / 3.92, 2));
    d = b - a;
    low = d - 1.96 * se;
    high = d + 1.96 * se;
}

/// AUC from a ROC curve's trapezoids (equal to the mid-rank AUC on the curve's tie-aware vertices).
double rocAuc(const metrics::RocCurve& roc)
{
    double area = 0.0;
    for (std::size_t i = 1; i < roc.fpr.size(); ++i)
        area += (roc.fpr[i] - roc.fpr[i - 1]) * (roc.tpr[i] + roc.tpr[i - 1]) / 2.0;
    return area;
}

/// The paired bootstrap of two runs that scored the same candidates: percentile intervals of the
/// differences (later minus baseline) in AUC and TPR at 1% FPR.
void pairedDifference(const project::RecordScores& base, const project::RecordScores& later,
                      std::uint64_t seed, RunComparison::Difference& d)
{
    std::vector<std::size_t> in, out;
    for (std::size_t i = 0; i < base.members.size(); ++i)
        (base.members[i] ? in : out).push_back(i);
    std::mt19937_64 rng(seed);
    std::vector<double> auc, tpr;
    metrics::ScoredRecords a, b;
    for (int k = 0; k < RunComparison::kPairedResamples; ++k) {
        a.scores.clear();
        a.members.clear();
        b.scores.clear();
        b.members.clear();
        for (const std::vector<std::size_t>* side : {&in, &out}) {
            std::uniform_int_distribution<std::size_t> pick(0, side->size() - 1);
            for (std::size_t n = 0; n < side->size(); ++n) {
                const std::size_t i = (*side)[pick(rng)];
                a.scores.push_back(base.scores[i]);
                b.scores.push_back(later.scores[i]);
                a.members.push_back(base.members[i]);
                b.members.push_back(base.members[i]);
            }
        }
        const metrics::RocCurve ra = metrics::rocCurve(a), rb = metrics::rocCurve(b);
        auc.push_back(rocAuc(rb) - rocAuc(ra));
        tpr.push_back(metrics::tprAtFpr(rb, 0.01) - metrics::tprAtFpr(ra, 0.01));
    }
    const auto percentile = [](std::vector<double>& v, double q) {
        std::sort(v.begin(), v.end());
        const double at = q * double(v.size() - 1);
        const auto lo = std::size_t(std::floor(at));
        const std::size_t hi = std::min(v.size() - 1, lo + 1);
        return v[lo] + (at - double(lo)) * (v[hi] - v[lo]);
    };
    d.aucLow = percentile(auc, 0.025);
    d.aucHigh = percentile(auc, 0.975);
    d.tprLow = percentile(tpr, 0.025);
    d.tprHigh = percentile(tpr, 0.975);
    d.paired = true;
}

} // namespace

Expected<RunComparison> RunComparison::compute(const project::ProjectStore& store,
                                               const QList<qint64>& runIds)
{
    using Result = Expected<RunComparison>;
    if (runIds.size() < 2) return Result::failure(tr("A comparison needs at least two runs."));
    RunComparison c;
    std::vector<std::vector<qint64>> resultIds; // per run, its results' ids in the order of its attacks
    for (const qint64 id : runIds) {
        if (std::any_of(c.runs.begin(), c.runs.end(), [id](const Run& r) { return r.id == id; }))
            return Result::failure(tr("Run %1 is named twice.").arg(id));
        const auto run = store.run(id);
        if (!run) return Result::failure(run.error());
        if (run->type() != project::RunKind::MembershipInference)
            return Result::failure(
                tr("Run %1 is not a membership-inference run; the comparison sets membership "
                   "runs side by side.")
                    .arg(id));
        if (run->status != project::RunStatus::Completed)
            return Result::failure(tr("Run %1 did not complete.").arg(id));
        const auto results = store.results(id);
        if (!results) return Result::failure(results.error());
        const attack::MembershipRunSummary summary = attack::MembershipRunSummary::fromJson(run->summary);
        Run r;
        r.id = id;
        r.name = project::builtInText(run->name);
        r.dp = summary.dp;
        r.epsilon = summary.accountantEpsilon();
        r.hasTarget = summary.target.has_value();
        r.testAccuracy = summary.target ? summary.target->testAccuracy : 0.0;
        r.datasetId = run->datasetId;
        r.candidates = summary.members + summary.nonMembers;
        resultIds.emplace_back();
        for (const project::ResultRecord& result : *results) {
            r.attacks.emplace_back(result.attack, metrics::AttackMetrics::fromJson(result.metricsJson));
            resultIds.back().push_back(result.id);
        }
        c.runs.push_back(std::move(r));
    }
    const Run& base = c.runs.front();
    // Each result's scores read once: the baseline's are paired with every later run's.
    std::map<qint64, Expected<project::RecordScores>> scores;
    const auto scoresOf = [&](qint64 resultId) -> const Expected<project::RecordScores>& {
        auto it = scores.find(resultId);
        if (it == scores.end()) it = scores.emplace(resultId, store.scores(resultId)).first;
        return it->second;
    };
    for (std::size_t i = 1; i < c.runs.size(); ++i)
        for (std::size_t k = 0; k < c.runs[i].attacks.size(); ++k) {
            const auto& [attack, m] = c.runs[i].attacks[k];
            for (std::size_t j = 0; j < base.attacks.size(); ++j) {
                const auto& [baseAttack, b] = base.attacks[j];
                if (baseAttack != attack) continue;
                Difference d;
                d.attack = attack;
                d.runId = c.runs[i].id;
                d.baselineId = base.id;
                difference(b.auc, b.aucCi, m.auc, m.aucCi, d.auc, d.aucLow, d.aucHigh);
                difference(b.tprAt(0.01), b.tprCiAt(0.01), m.tprAt(0.01), m.tprCiAt(0.01), d.tpr, d.tprLow,
                           d.tprHigh);
                // The same candidates in both runs: the paired bootstrap replaces the independent interval.
                const auto& sb = scoresOf(resultIds[0][j]);
                const auto& sm = scoresOf(resultIds[i][k]);
                if (sb && sm && !sb->rowIds.empty() && sb->rowIds == sm->rowIds &&
                    sb->members == sm->members &&
                    std::find(sb->members.begin(), sb->members.end(), true) != sb->members.end() &&
                    std::find(sb->members.begin(), sb->members.end(), false) != sb->members.end())
                    pairedDifference(*sb, *sm,
                                     std::uint64_t(base.id) * 1000003ULL + std::uint64_t(d.runId) + k, d);
                c.differences.push_back(d);
            }
        }
    return c;
}

QStringList RunComparison::findings() const
{
    const QLocale locale;
    auto num = [&](double v) { return locale.toString(v, 'f', 3); };
    QStringList out;
    if (differences.empty()) {
        out << tr("The runs share no attack: there is nothing to compare directly.");
        return out;
    }
    for (std::size_t i = 1; i < runs.size(); ++i)
        if (runs[i].datasetId != runs.front().datasetId || runs[i].candidates != runs.front().candidates)
            out << tr("Runs %1 and %2 were measured on different data or different numbers of candidates: "
                      "their difference is one of populations as well as of models.")
                       .arg(runs.front().id)
                       .arg(runs[i].id);
    for (std::size_t i = 1; i < runs.size(); ++i)
        if (std::any_of(differences.begin(), differences.end(),
                        [&](const Difference& d) { return d.runId == runs[i].id && d.paired; }))
            out << tr("Runs %1 and %2 scored the same candidates: the intervals of their differences come "
                      "from "
                      "a paired bootstrap over them (%3 resamples).")
                       .arg(runs.front().id)
                       .arg(runs[i].id)
                       .arg(kPairedResamples);
    for (const Difference& d : differences) {
        const QString title = attack::AttackCatalogue::title(d.attack);
        const QString figures =
            tr("AUC %1 (95% CI %2 to %3), TPR at 1% FPR %4 (%5 to %6)")
                .arg(num(d.auc), num(d.aucLow), num(d.aucHigh), num(d.tpr), num(d.tprLow), num(d.tprHigh));
        if (d.aucHigh < 0.0)
            out << tr("%1: run %2 is less exposed than run %3 (its AUC is lower): %4.")
                       .arg(title)
                       .arg(d.runId)
                       .arg(d.baselineId)
                       .arg(figures);
        else if (d.aucLow > 0.0)
            out << tr("%1: run %2 is more exposed than run %3 (its AUC is higher): %4.")
                       .arg(title)
                       .arg(d.runId)
                       .arg(d.baselineId)
                       .arg(figures);
        else
            out << tr("%1: runs %2 and %3 cannot be told apart in AUC: %4; the interval includes no "
                      "difference.")
                       .arg(title)
                       .arg(d.runId)
                       .arg(d.baselineId)
                       .arg(figures);
    }
    return out;
}

QJsonObject RunComparison::toJson() const
{
    QJsonArray runList;
    for (const Run& r : runs) {
        QJsonArray attacks;
        for (const auto& [name, m] : r.attacks) {
            QJsonObject o = m.toJson();
            o[QStringLiteral("attack")] = name;
            attacks.append(o);
        }
        QJsonObject o{{QStringLiteral("id"), r.id},
                      {QStringLiteral("name"), r.name},
                      {QStringLiteral("dp"), r.dp},
                      {QStringLiteral("epsilon"), jsonNumber(r.epsilon)},
                      {QStringLiteral("attacks"), attacks}};
        if (r.hasTarget) o[QStringLiteral("test_accuracy")] = r.testAccuracy;
        runList.append(o);
    }
    QJsonArray diffs;
    for (const Difference& d : differences)
        diffs.append(
            QJsonObject{{QStringLiteral("attack"), d.attack},
                        {QStringLiteral("run"), d.runId},
                        {QStringLiteral("baseline"), d.baselineId},
                        {QStringLiteral("auc_difference"), d.auc},
                        {QStringLiteral("auc_difference_ci95"), QJsonArray{d.aucLow, d.aucHigh}},
                        {QStringLiteral("tpr_at_1pct_fpr_difference"), d.tpr},
                        {QStringLiteral("tpr_at_1pct_fpr_difference_ci95"), QJsonArray{d.tprLow, d.tprHigh}},
                        {QStringLiteral("paired"), d.paired},
                        {QStringLiteral("clear"), d.aucClear()}});
    return QJsonObject{{QStringLiteral("runs"), runList},
                       {QStringLiteral("differences"), diffs},
                       {QStringLiteral("findings"), QJsonArray::fromStringList(findings())}};
}

} // namespace privaudit::jobs
