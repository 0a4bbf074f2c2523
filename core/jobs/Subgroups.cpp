// A membership run's statistics per subgroup of a column: the stored scores split by the rows' values.
#include "jobs/Subgroups.h"

#include "attack/AttackCatalogue.h"
#include "jobs/JobSpec.h"

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

/// Quantile band edges of @p values (finite ones), at most @p bands bands; equal edges merge.
std::vector<double> bandEdges(std::vector<double> values, int bands)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
                 values.end());
    std::sort(values.begin(), values.end());
    std::vector<double> edges;
    if (values.empty()) return edges;
    for (int b = 1; b < bands; ++b) {
        const double e = values[std::size_t(double(b) / bands * double(values.size() - 1) + 0.5)];
        if (edges.empty() || e > edges.back()) edges.push_back(e);
    }
    if (!edges.empty() && edges.back() >= values.back()) edges.pop_back(); // no empty top band
    return edges;
}

} // namespace

namespace {

/// Every candidate's group: its value (the kMaxGroups - 1 largest values, the rest "other") or its
/// quantile band, and each group's place in the table (bands in order, missing last; values by size).
struct GroupLabels
{
    std::vector<QString> label;
    std::map<QString, double> order;
};

GroupLabels groupLabels(const data::Column& col, const std::vector<std::int64_t>& rowIds, int bands)
{
    const QLocale locale;
    const std::size_t n = rowIds.size();
    GroupLabels g;
    g.label.resize(n);
    if (col.type == data::ColumnType::Numeric) {
        std::vector<double> values(n);
        for (std::size_t i = 0; i < n; ++i)
            values[i] = col.numbers[std::size_t(rowIds[i])];
        const std::vector<double> edges = bandEdges(values, bands);
        for (std::size_t i = 0; i < n; ++i) {
            if (!std::isfinite(values[i])) {
                g.label[i] = SubgroupAnalysis::tr("(missing)");
                g.order[g.label[i]] = 1e9;
                continue;
            }
            const auto b =
                std::size_t(std::upper_bound(edges.begin(), edges.end(), values[i]) - edges.begin());
            const QString low = b == 0 ? QStringLiteral("-inf") : locale.toString(edges[b - 1], 'g', 4);
            const QString high =
                b == edges.size() ? QStringLiteral("inf") : locale.toString(edges[b], 'g', 4);
            g.label[i] = QStringLiteral("[%1, %2)").arg(low, high);
            g.order[g.label[i]] = double(b);
        }
        return g;
    }
    std::map<QString, std::size_t> counts;
    for (std::size_t i = 0; i < n; ++i) {
        const auto row = std::size_t(rowIds[i]);
        g.label[i] = col.isMissing(row) ? SubgroupAnalysis::tr("(missing)") : col.text(row);
        ++counts[g.label[i]];
    }
    if (int(counts.size()) > SubgroupAnalysis::kMaxGroups) {
        std::vector<std::pair<std::size_t, QString>> bySize;
        for (const auto& [k, v] : counts)
            bySize.push_back({v, k});
        std::sort(bySize.begin(), bySize.end(), std::greater<>());
        QStringList keep;
        for (int k = 0; k < SubgroupAnalysis::kMaxGroups - 1; ++k)
            keep << bySize[std::size_t(k)].second;
        counts.clear();
        for (QString& l : g.label) {
            if (!keep.contains(l)) l = SubgroupAnalysis::tr("(other values)");
            ++counts[l];
        }
    }
    for (const auto& [k, v] : counts)
        g.order[k] = -double(v);
    return g;
}

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
    if (run.type() != project::RunKind::MembershipInference)
        return Result::failure(tr("Run %1 is not a membership-inference run; subgroups are computed from a "
                                  "membership run's per-record scores.")
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
    const int c = table->indexOf(column);
    if (c < 0)
        return Result::failure(tr("The data has no column '%1'; columns: %2")
                                   .arg(column, table->columnNames().join(QStringLiteral(", "))));
    const data::Column& col = table->column(std::size_t(c));
    if (col.role == data::ColumnRole::Label)
        return Result::failure(
            tr("'%1' is the label: split by a feature, a sensitive or a protected column.").arg(column));
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
    auto number = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); };
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

} // namespace privaudit::jobs
