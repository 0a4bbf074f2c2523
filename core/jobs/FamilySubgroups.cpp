// Attribute-inference and reconstruction runs per subgroup of a column: their per-record results split by
// the rows' values.
#include "jobs/FamilySubgroups.h"

#include "attack/attribute/AttributeInference.h"
#include "attack/inversion/ReconstructionRunSummary.h"
#include "jobs/SubgroupLabels.h"
#include "jobs/Subgroups.h"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <map>
#include <numeric>
#include <QJsonArray>
#include <QLocale>

namespace privaudit::jobs {

namespace {

double adjustedZ(std::size_t groups)
{
    const boost::math::normal normal;
    return boost::math::quantile(normal, 1.0 - 0.025 / double(std::max<std::size_t>(1, groups)));
}

/// Per group (in the labels' order) the indices of its records.
std::vector<std::pair<QString, std::vector<std::size_t>>> byGroup(const detail::GroupLabels& labels)
{
    std::map<QString, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < labels.label.size(); ++i)
        groups[labels.label[i]].push_back(i);
    std::vector<std::pair<QString, std::vector<std::size_t>>> ordered(groups.begin(), groups.end());
    std::stable_sort(ordered.begin(), ordered.end(), [&](const auto& x, const auto& y) {
        return labels.order.at(x.first) < labels.order.at(y.first);
    });
    return ordered;
}

} // namespace

FamilySubgroups::Interval FamilySubgroups::meanInterval(const std::vector<double>& values, std::size_t groups)
{
    Interval out;
    if (values.empty()) return out;
    const double n = double(values.size());
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / n;
    double ss = 0.0;
    for (const double v : values)
        ss += (v - mean) * (v - mean);
    const double se = values.size() > 1 ? std::sqrt(ss / (n - 1.0) / n) : 0.0;
    out.value = mean;
    if (values.size() > 1) {
        out.low = mean - 1.959963984540054 * se;
        out.high = mean + 1.959963984540054 * se;
        out.lowAdjusted = mean - adjustedZ(groups) * se;
    }
    return out;
}

FamilySubgroups::Interval FamilySubgroups::differenceInterval(double a, std::size_t n, double b,
                                                              std::size_t m, std::size_t groups)
{
    Interval out;
    if (n == 0 || m == 0) return out;
    const double p = a / double(n), q = b / double(m);
    const double se = std::sqrt(p * (1 - p) / double(n) + q * (1 - q) / double(m));
    out.value = p - q;
    out.low = out.value - 1.959963984540054 * se;
    out.high = out.value + 1.959963984540054 * se;
    out.lowAdjusted = out.value - adjustedZ(groups) * se;
    return out;
}

Expected<FamilySubgroups> FamilySubgroups::compute(const project::ProjectStore& store, qint64 runId,
                                                   const QString& column, int bands)
{
    using Result = Expected<FamilySubgroups>;
    if (bands < 2 || bands > 20)
        return Result::failure(SubgroupAnalysis::tr("--bands must be between 2 and 20, got %1").arg(bands));
    const auto run = store.run(runId);
    if (!run) return Result::failure(run.error());
    if (run->type() != project::RunKind::AttributeInference &&
        run->type() != project::RunKind::Reconstruction)
        return Result::failure(
            tr("Run %1 is neither an attribute-inference nor a reconstruction run.").arg(runId));
    const auto table = SubgroupAnalysis::runData(store, *run);
    if (!table) return Result::failure(table.error());
    QString error;
    const data::Column* col = detail::subgroupColumn(*table, column, &error);
    if (!col) return Result::failure(error);
    const auto checkRows = [&](const std::vector<std::int64_t>& rows) {
        for (const std::int64_t row : rows)
            if (row < 0 || std::size_t(row) >= table->rowCount())
                return SubgroupAnalysis::tr("Run %1's scores name row %2, which the data does not have.")
                    .arg(runId)
                    .arg(row + 1);
        return QString();
    };

    FamilySubgroups out;
    out.runId = runId;
    out.kind = run->type();
    out.column = column;
    out.numeric = col->type == data::ColumnType::Numeric;
    out.bands = out.numeric ? bands : 0;

    if (run->type() == project::RunKind::Reconstruction) {
        const attack::ReconstructionResult r =
            attack::ReconstructionRunSummary::fromJson(run->summary).result;
        std::vector<std::int64_t> rows;
        for (const attack::ReconstructedRow& x : r.rows)
            rows.push_back(x.row);
        if (const QString e = checkRows(rows); !e.isEmpty()) return Result::failure(e);
        const detail::GroupLabels labels = detail::groupLabels(*col, rows, bands);
        const auto groups = byGroup(labels);
        Measure m;
        m.attack = QStringLiteral("informed");
        m.runValue = r.advantage.mean;
        for (const auto& [name, index] : groups) {
            Group g;
            g.label = name;
            g.members = index.size();
            std::vector<double> gain;
            for (const std::size_t i : index)
                gain.push_back(r.rows[i].hitRate - r.rows[i].baselineHitRate);
            g.advantage = meanInterval(gain, groups.size());
            g.small = g.members < kSmallReconstruction;
            g.aboveRun = !g.small && g.advantage.lowAdjusted > m.runValue;
            m.groups.push_back(std::move(g));
        }
        out.measures.push_back(std::move(m));
        return out;
    }

    const auto results = store.results(runId);
    if (!results) return Result::failure(results.error());
    std::optional<project::RecordScores> imputation;
    std::vector<std::pair<QString, project::RecordScores>> attacks;
    for (const project::ResultRecord& r : *results) {
        auto scores = store.scores(r.id);
        if (!scores) return Result::failure(scores.error());
        if (const QString e = checkRows(scores->rowIds); !e.isEmpty()) return Result::failure(e);
        if (r.attack == QLatin1String("imputation"))
            imputation = std::move(scores).value();
        else
            attacks.emplace_back(r.attack, std::move(scores).value());
    }
    if (!imputation || attacks.empty())
        return Result::failure(tr("Run %1 has no stored imputation baseline or no attack.").arg(runId));
    const detail::GroupLabels labels = detail::groupLabels(*col, imputation->rowIds, bands);
    const auto groups = byGroup(labels);
    for (const auto& [attack, s] : attacks) {
        if (s.rowIds != imputation->rowIds)
            return Result::failure(tr("Run %1's attacks were scored on different candidates.").arg(runId));
        Measure m;
        m.attack = attack;
        double in = 0, notIn = 0;
        std::size_t nIn = 0, nNotIn = 0;
        for (std::size_t i = 0; i < s.scores.size(); ++i) {
            if (s.members[i]) {
                in += s.scores[i];
                ++nIn;
            } else {
                notIn += s.scores[i];
                ++nNotIn;
            }
        }
        m.runValue = nIn && nNotIn ? in / double(nIn) - notIn / double(nNotIn) : 0.0;
        for (const auto& [name, index] : groups) {
            Group g;
            g.label = name;
            double a = 0, b = 0;
            std::vector<double> paired;
            for (const std::size_t i : index) {
                if (s.members[i]) {
                    a += s.scores[i];
                    ++g.members;
                } else {
                    b += s.scores[i];
                    ++g.nonMembers;
                }
                paired.push_back(s.scores[i] - imputation->scores[i]);
            }
            if (g.members) g.memberAccuracy = a / double(g.members);
            if (g.nonMembers) g.nonMemberAccuracy = b / double(g.nonMembers);
            g.leakage = differenceInterval(a, g.members, b, g.nonMembers, groups.size());
            g.advantage = meanInterval(paired, groups.size());
            g.small = std::min(g.members, g.nonMembers) < kSmallAttribute;
            g.aboveRun = !g.small && g.leakage.lowAdjusted > m.runValue;
            m.groups.push_back(std::move(g));
        }
        out.measures.push_back(std::move(m));
    }
    return out;
}

QStringList FamilySubgroups::findings() const
{
    const QLocale locale;
    const auto num = [&](double v) { return locale.toString(v, 'f', 3); };
    const bool reconstruction = kind == project::RunKind::Reconstruction;
    const std::size_t smallSize = reconstruction ? kSmallReconstruction : kSmallAttribute;
    QStringList out;
    for (const Measure& m : measures) {
        const QString title =
            reconstruction ? tr("Informed reconstruction") : attack::attributeAttackTitle(m.attack);
        QStringList above, small;
        for (const Group& g : m.groups) {
            const Interval& i = reconstruction ? g.advantage : g.leakage;
            if (g.aboveRun)
                above << tr("%1 (%2, 95% CI %3 to %4)").arg(g.label, num(i.value), num(i.low), num(i.high));
            if (g.small) small << g.label;
        }
        if (!above.isEmpty())
            out << (reconstruction ? tr("%1: the risk concentrates in %2 = %3: its advantage over the "
                                        "baseline lies above "
                                        "the whole run's %4 even allowing for the %5 groups compared.")
                                   : tr("%1: the risk concentrates in %2 = %3: its individual leakage lies "
                                        "above the whole "
                                        "run's %4 even allowing for the %5 groups compared."))
                       .arg(title, column, above.join(QStringLiteral("; ")), num(m.runValue))
                       .arg(m.groups.size());
        else
            out << (reconstruction
                        ? tr("%1: no group of %2 with at least %3 reconstructed rows has an advantage "
                             "clearly "
                             "above the whole run's %4 (allowing for the %5 groups compared); the risk is "
                             "not "
                             "shown to concentrate in one of them, which is not proof that it does not.")
                        : tr("%1: no group of %2 with at least %3 members and non-members has an individual "
                             "leakage clearly above the whole run's %4 (allowing for the %5 groups "
                             "compared); "
                             "the risk is not shown to concentrate in one of them, which is not proof that "
                             "it "
                             "does not."))
                       .arg(title, column)
                       .arg(smallSize)
                       .arg(num(m.runValue))
                       .arg(m.groups.size());
        if (!small.isEmpty())
            out << tr("%1: groups too small to read (fewer than %2), indicative only: %3.")
                       .arg(title)
                       .arg(smallSize)
                       .arg(small.join(QStringLiteral(", ")));
    }
    return out;
}

QJsonObject FamilySubgroups::toJson() const
{
    const auto number = detail::jsonNumber;
    const auto interval = [&](const Interval& i) { return QJsonArray{number(i.low), number(i.high)}; };
    const bool reconstruction = kind == project::RunKind::Reconstruction;
    QJsonArray list;
    for (const Measure& m : measures) {
        QJsonArray groups;
        for (const Group& g : m.groups) {
            QJsonObject o{{QStringLiteral("group"), g.label},
                          {QStringLiteral("members"), qint64(g.members)},
                          {QStringLiteral("advantage"), number(g.advantage.value)},
                          {QStringLiteral("advantage_ci95"), interval(g.advantage)},
                          {QStringLiteral("low_adjusted"),
                           number(reconstruction ? g.advantage.lowAdjusted : g.leakage.lowAdjusted)},
                          {QStringLiteral("small"), g.small},
                          {QStringLiteral("above_run"), g.aboveRun}};
            if (!reconstruction) {
                o[QStringLiteral("non_members")] = qint64(g.nonMembers);
                o[QStringLiteral("member_accuracy")] = number(g.memberAccuracy);
                o[QStringLiteral("non_member_accuracy")] = number(g.nonMemberAccuracy);
                o[QStringLiteral("individual_leakage")] = number(g.leakage.value);
                o[QStringLiteral("individual_leakage_ci95")] = interval(g.leakage);
            }
            groups.append(o);
        }
        list.append(QJsonObject{{QStringLiteral("attack"), m.attack},
                                {QStringLiteral("run_value"), m.runValue},
                                {QStringLiteral("groups"), groups}});
    }
    return QJsonObject{
        {QStringLiteral("run"), runId},
        {QStringLiteral("kind"), project::runKindName(kind)},
        {QStringLiteral("column"), column},
        {QStringLiteral("numeric"), numeric},
        {QStringLiteral("bands"), bands},
        {QStringLiteral("small_group"), qint64(reconstruction ? kSmallReconstruction : kSmallAttribute)},
        {QStringLiteral("measures"), list},
        {QStringLiteral("findings"), QJsonArray::fromStringList(findings())}};
}

FamilySubgroups FamilySubgroups::fromJson(const QJsonObject& json)
{
    const auto number = detail::numberFromJson;
    FamilySubgroups s;
    s.runId = json.value(QStringLiteral("run")).toInteger();
    s.kind = project::parseRunKind(json.value(QStringLiteral("kind")).toString());
    s.column = json.value(QStringLiteral("column")).toString();
    s.numeric = json.value(QStringLiteral("numeric")).toBool();
    s.bands = json.value(QStringLiteral("bands")).toInt();
    const bool reconstruction = s.kind == project::RunKind::Reconstruction;
    for (const QJsonValue& mv : json.value(QStringLiteral("measures")).toArray()) {
        const QJsonObject m = mv.toObject();
        Measure measure;
        measure.attack = m.value(QStringLiteral("attack")).toString();
        measure.runValue = m.value(QStringLiteral("run_value")).toDouble();
        for (const QJsonValue& gv : m.value(QStringLiteral("groups")).toArray()) {
            const QJsonObject o = gv.toObject();
            Group g;
            g.label = o.value(QStringLiteral("group")).toString();
            g.members = std::size_t(o.value(QStringLiteral("members")).toInteger());
            g.advantage.value = number(o.value(QStringLiteral("advantage")));
            const QJsonArray a = o.value(QStringLiteral("advantage_ci95")).toArray();
            g.advantage.low = number(a.at(0));
            g.advantage.high = number(a.at(1));
            (reconstruction ? g.advantage : g.leakage).lowAdjusted =
                number(o.value(QStringLiteral("low_adjusted")));
            g.small = o.value(QStringLiteral("small")).toBool();
            g.aboveRun = o.value(QStringLiteral("above_run")).toBool();
            if (!reconstruction) {
                g.nonMembers = std::size_t(o.value(QStringLiteral("non_members")).toInteger());
                g.memberAccuracy = number(o.value(QStringLiteral("member_accuracy")));
                g.nonMemberAccuracy = number(o.value(QStringLiteral("non_member_accuracy")));
                g.leakage.value = number(o.value(QStringLiteral("individual_leakage")));
                const QJsonArray l = o.value(QStringLiteral("individual_leakage_ci95")).toArray();
                g.leakage.low = number(l.at(0));
                g.leakage.high = number(l.at(1));
            }
            measure.groups.push_back(g);
        }
        s.measures.push_back(measure);
    }
    return s;
}

} // namespace privaudit::jobs
