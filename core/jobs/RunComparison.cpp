#include "jobs/RunComparison.h"

#include "attack/AttackCatalogue.h"
#include "attack/MembershipRunSummary.h"
#include "common/JsonNumber.h"

#include <algorithm>
#include <cmath>
#include <QJsonArray>
#include <QLocale>

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

} // namespace

Expected<RunComparison> RunComparison::compute(const project::ProjectStore& store,
                                               const QList<qint64>& runIds)
{
    using Result = Expected<RunComparison>;
    if (runIds.size() < 2) return Result::failure(tr("A comparison needs at least two runs."));
    RunComparison c;
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
        for (const project::ResultRecord& result : *results)
            r.attacks.emplace_back(result.attack, metrics::AttackMetrics::fromJson(result.metricsJson));
        c.runs.push_back(std::move(r));
    }
    const Run& base = c.runs.front();
    for (std::size_t i = 1; i < c.runs.size(); ++i)
        for (const auto& [attack, m] : c.runs[i].attacks)
            for (const auto& [baseAttack, b] : base.attacks) {
                if (baseAttack != attack) continue;
                Difference d;
                d.attack = attack;
                d.runId = c.runs[i].id;
                d.baselineId = base.id;
                difference(b.auc, b.aucCi, m.auc, m.aucCi, d.auc, d.aucLow, d.aucHigh);
                difference(b.tprAt(0.01), b.tprCiAt(0.01), m.tprAt(0.01), m.tprCiAt(0.01), d.tpr, d.tprLow,
                           d.tprHigh);
                c.differences.push_back(d);
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
                        {QStringLiteral("clear"), d.aucClear()}});
    return QJsonObject{{QStringLiteral("runs"), runList},
                       {QStringLiteral("differences"), diffs},
                       {QStringLiteral("findings"), QJsonArray::fromStringList(findings())}};
}

} // namespace privaudit::jobs
