// A membership run's statistics per subgroup of a column: the stored scores split by the rows' values.
#include "jobs/Subgroups.h"

#include "attack/AttackCatalogue.h"
#include "jobs/JobSpec.h"
#include "jobs/SubgroupLabels.h"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <QJsonArray>
#include <QLocale>

namespace privaudit::jobs {

namespace {

using detail::groupLabels;
using detail::GroupLabels;

/// One attack's statistics per group. Risk concentrates in a group when its AUC lies above the whole
/// run's even after allowing for the number of groups compared: the Hanley & McNeil (1982) standard
/// error, a one-sided Bonferroni bound at 2.5% / groups. Small groups are never claimed.
SubgroupAnalysis::Attack attackGroups(const project::ResultRecord& result,
                                      const project::RecordScores& scores, const GroupLabels& labels,
                                      const metrics::MetricsOptions& options)
{
    SubgroupAnalysis::Attack a;
    a.attack = result.attack;
    a.run = metrics::AttackMetrics::fromJson(result.metricsJson);
    std::map<QString, metrics::ScoredRecords> byGroup;
    for (std::size_t i = 0; i < scores.scores.size(); ++i) {
        metrics::ScoredRecords& g = byGroup[labels.label[i]];
        g.scores.push_back(scores.scores[i]);
        g.members.push_back(scores.members[i]);
    }
    std::vector<std::pair<QString, metrics::ScoredRecords>> ordered(byGroup.begin(), byGroup.end());
    std::stable_sort(ordered.begin(), ordered.end(), [&](const auto& x, const auto& y) {
        return labels.order.at(x.first) < labels.order.at(y.first);
    });
    const boost::math::normal normal;
    const double z =
        boost::math::quantile(normal, 1.0 - 0.025 / double(std::max<std::size_t>(1, ordered.size())));
    for (const auto& [name, records] : ordered) {
        SubgroupAnalysis::Group g;
        g.label = name;
        const auto members = std::size_t(std::count(records.members.begin(), records.members.end(), true));
        const std::size_t nonMembers = records.members.size() - members;
        g.small = std::min(members, nonMembers) < SubgroupAnalysis::kSmallGroup;
        if (members > 0 && nonMembers > 0) {
            g.metrics = metrics::MembershipMetrics::compute(records, options);
            const double A = g.metrics.auc, m = double(members), k = double(nonMembers);
            const double q1 = A / (2.0 - A), q2 = 2.0 * A * A / (1.0 + A);
            const double variance = (A * (1 - A) + (m - 1) * (q1 - A * A) + (k - 1) * (q2 - A * A)) / (m * k);
            g.aucLowAdjusted = A - z * std::sqrt(std::max(0.0, variance));
            g.aboveRun = !g.small && g.aucLowAdjusted > a.run.auc;
        } else {
            g.metrics.members = members;
            g.metrics.nonMembers = nonMembers;
            g.metrics.auc = std::numeric_limits<double>::quiet_NaN();
        }
        a.groups.push_back(std::move(g));
    }
    return a;
}

} // namespace

Expected<data::DataTable> SubgroupAnalysis::runData(const project::ProjectStore& store,
                                                    const project::RunRecord& run)
{
    using Result = Expected<data::DataTable>;
    if (run.type() != project::RunKind::MembershipInference &&
        run.type() != project::RunKind::AttributeInference && run.type() != project::RunKind::Reconstruction)
        return Result::failure(tr("Run %1 is not a membership-inference, attribute-inference or "
                                  "reconstruction run; subgroups are computed from such a run's per-record "
                                  "results.")
                                   .arg(run.id));
    if (run.status != project::RunStatus::Completed)
        return Result::failure(tr("Run %1 did not complete.").arg(run.id));
    const auto spec = JobSpec::fromJson(run.specJson);
    if (!spec)
        return Result::failure(tr("Run %1's stored spec cannot be read: %2").arg(run.id).arg(spec.error()));
    if (spec->targetKind == TargetKind::Predictions)
        return Result::failure(
            tr("Run %1 read a predictions file: its rows are not rows of a dataset, so they "
               "have no column to split by.")
                .arg(run.id));
    auto table = spec->columnPlan().load(spec->dataSource);
    if (!table)
        return Result::failure(tr("The data of run %1 ('%2') cannot be read: %3")
                                   .arg(run.id)
                                   .arg(spec->dataSource, table.error()));
    if (const auto datasets = store.datasets())
        for (const auto& d : *datasets)
            if (d.id == run.datasetId && !d.fingerprint.isEmpty() && d.fingerprint != table->fingerprint())
                return Result::failure(tr("'%1' is no longer the data run %2 read (its fingerprint changed): "
                                          "its rows cannot be matched to the stored scores.")
                                           .arg(spec->dataSource)
                                           .arg(run.id));
    return table;
}

Expected<SubgroupAnalysis> SubgroupAnalysis::compute(const project::ProjectStore& store, qint64 runId,
                                                     const QString& column, int bands, int bootstrap,
                                                     int threads)
{
    using Result = Expected<SubgroupAnalysis>;
    if (bands < 2 || bands > 20)
        return Result::failure(tr("--bands must be between 2 and 20, got %1").arg(bands));
    const auto run = store.run(runId);
    if (!run) return Result::failure(run.error());
    const auto table = runData(store, *run);
    if (!table) return Result::failure(table.error());
    QString error;
    const data::Column* split = detail::subgroupColumn(*table, column, &error);
    if (!split) return Result::failure(error);
    const data::Column& col = *split;
    if (run->type() != project::RunKind::MembershipInference)
        return Result::failure(tr("Run %1 is not a membership-inference run.").arg(runId));
    const auto results = store.results(runId);
    if (!results) return Result::failure(results.error());
    if (results->empty()) return Result::failure(tr("Run %1 has no stored results.").arg(runId));

    SubgroupAnalysis out;
    out.runId = runId;
    out.column = column;
    out.numeric = col.type == data::ColumnType::Numeric;
    out.bands = out.numeric ? bands : 0;
    metrics::MetricsOptions options;
    options.bootstrapResamples = bootstrap;
    options.threads = threads;
    options.seed = run->seed;
    std::optional<GroupLabels> labels;
    std::vector<std::int64_t> labelledRows;
    for (const project::ResultRecord& r : *results) {
        const auto scores = store.scores(r.id);
        if (!scores) return Result::failure(scores.error());
        for (const std::int64_t row : scores->rowIds)
            if (row < 0 || std::size_t(row) >= table->rowCount())
                return Result::failure(
                    tr("Run %1's scores name row %2, which the data does not have.").arg(runId).arg(row + 1));
        // The attacks of a run score the same candidates: their groups are found once.
        if (!labels || scores->rowIds != labelledRows) {
            labels = groupLabels(col, scores->rowIds, bands);
            labelledRows = scores->rowIds;
        }
        out.attacks.push_back(attackGroups(r, *scores, *labels, options));
    }
    return out;
}

QStringList SubgroupAnalysis::findings() const
{
    const QLocale locale;
    auto num = [&](double v) { return locale.toString(v, 'f', 3); };
    QStringList out;
    for (const Attack& a : attacks) {
        QStringList above, small;
        for (const Group& g : a.groups) {
            if (g.aboveRun)
                above << tr("%1 (AUC %2, 95% CI %3 to %4)")
                             .arg(g.label, num(g.metrics.auc), num(g.metrics.aucCi.low),
                                  num(g.metrics.aucCi.high));
            if (g.small) small << g.label;
        }
        if (!above.isEmpty())
            out << tr("%1: the risk concentrates in %2 = %3: its AUC lies above the whole run's AUC %4 even "
                      "allowing for the %5 groups compared.")
                       .arg(attack::AttackCatalogue::title(a.attack), column,
                            above.join(QStringLiteral("; ")), num(a.run.auc))
                       .arg(a.groups.size());
        else
            out << tr("%1: no group of %2 with at least %3 members and non-members has an AUC clearly above "
                      "the whole run's AUC %4 (allowing for the %5 groups compared); the risk is not shown "
                      "to "
                      "concentrate in one of them, which is not proof that it does not.")
                       .arg(attack::AttackCatalogue::title(a.attack), column)
                       .arg(kSmallGroup)
                       .arg(num(a.run.auc))
                       .arg(a.groups.size());
        if (!small.isEmpty())
            out << tr("%1: groups with fewer than %2 members or non-members, whose figures are indicative "
                      "only: "
                      "%3.")
                       .arg(attack::AttackCatalogue::title(a.attack))
                       .arg(kSmallGroup)
                       .arg(small.join(QStringLiteral(", ")));
    }
    return out;
}

QJsonObject SubgroupAnalysis::toJson() const
{
    const auto number = detail::jsonNumber;
    QJsonArray list;
    for (const Attack& a : attacks) {
        QJsonArray groups;
        for (const Group& g : a.groups)
            groups.append(QJsonObject{{QStringLiteral("group"), g.label},
                                      {QStringLiteral("members"), qint64(g.metrics.members)},
                                      {QStringLiteral("non_members"), qint64(g.metrics.nonMembers)},
                                      {QStringLiteral("auc"), number(g.metrics.auc)},
                                      {QStringLiteral("auc_ci95"),
                                       QJsonArray{number(g.metrics.aucCi.low), number(g.metrics.aucCi.high)}},
                                      {QStringLiteral("advantage"), number(g.metrics.advantage)},
                                      {QStringLiteral("tpr_at_1pct_fpr"), number(g.metrics.tprAt(0.01))},
                                      {QStringLiteral("auc_low_adjusted"), number(g.aucLowAdjusted)},
                                      {QStringLiteral("small"), g.small},
                                      {QStringLiteral("above_run"), g.aboveRun}});
        list.append(QJsonObject{{QStringLiteral("attack"), a.attack},
                                {QStringLiteral("run_auc"), a.run.auc},
                                {QStringLiteral("groups"), groups}});
    }
    return QJsonObject{{QStringLiteral("run"), runId},
                       {QStringLiteral("column"), column},
                       {QStringLiteral("numeric"), numeric},
                       {QStringLiteral("bands"), bands},
                       {QStringLiteral("small_group"), qint64(kSmallGroup)},
                       {QStringLiteral("attacks"), list},
                       {QStringLiteral("findings"), QJsonArray::fromStringList(findings())}};
}

SubgroupAnalysis SubgroupAnalysis::fromJson(const QJsonObject& json)
{
    SubgroupAnalysis s;
    s.runId = json.value(QStringLiteral("run")).toInteger();
    s.column = json.value(QStringLiteral("column")).toString();
    s.numeric = json.value(QStringLiteral("numeric")).toBool();
    s.bands = json.value(QStringLiteral("bands")).toInt();
    for (const QJsonValue& av : json.value(QStringLiteral("attacks")).toArray()) {
        const QJsonObject a = av.toObject();
        Attack attack;
        attack.attack = a.value(QStringLiteral("attack")).toString();
        attack.run.auc = detail::numberFromJson(a.value(QStringLiteral("run_auc")));
        for (const QJsonValue& gv : a.value(QStringLiteral("groups")).toArray()) {
            const QJsonObject o = gv.toObject();
            Group g;
            g.label = o.value(QStringLiteral("group")).toString();
            g.metrics.members = o.value(QStringLiteral("members")).toInteger();
            g.metrics.nonMembers = o.value(QStringLiteral("non_members")).toInteger();
            g.metrics.auc = detail::numberFromJson(o.value(QStringLiteral("auc")));
            const QJsonArray ci = o.value(QStringLiteral("auc_ci95")).toArray();
            g.metrics.aucCi.low = detail::numberFromJson(ci.at(0));
            g.metrics.aucCi.high = detail::numberFromJson(ci.at(1));
            g.metrics.advantage = detail::numberFromJson(o.value(QStringLiteral("advantage")));
            g.metrics.fprLevels = {0.01};
            g.metrics.tprAtFpr = {detail::numberFromJson(o.value(QStringLiteral("tpr_at_1pct_fpr")))};
            g.aucLowAdjusted = detail::numberFromJson(o.value(QStringLiteral("auc_low_adjusted")));
            g.small = o.value(QStringLiteral("small")).toBool();
            g.aboveRun = o.value(QStringLiteral("above_run")).toBool();
            attack.groups.push_back(g);
        }
        s.attacks.push_back(attack);
    }
    return s;
}

} // namespace privaudit::jobs
