#include "jobs/DataRiskLink.h"

#include "governance/Duplicates.h"
#include "governance/PiiScan.h"
#include "governance/ReidentificationRisk.h"
#include "jobs/Subgroups.h"

#include <algorithm>
#include <boost/math/distributions/hypergeometric.hpp>
#include <cmath>
#include <numeric>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace privaudit::jobs {

Expected<DataRiskLink> DataRiskLink::compute(const project::ProjectStore& store, qint64 runId,
                                             const Options& options)
{
    using Result = Expected<DataRiskLink>;
    if (!(options.topShare > 0.0 && options.topShare <= 1.0))
        return Result::failure(tr("The share of most exposed members must be above 0 and at most 1, got %1.")
                                   .arg(options.topShare));
    const auto run = store.run(runId);
    if (!run) return Result::failure(run.error());
    if (run->type() != project::RunKind::MembershipInference)
        return Result::failure(tr("Run %1 is not a membership-inference run: its records have no membership "
                                  "exposure to compare with the data's risk.")
                                   .arg(runId));
    const auto table = SubgroupAnalysis::runData(store, *run);
    if (!table) return Result::failure(table.error());
    const auto results = store.results(runId);
    if (!results) return Result::failure(results.error());
    const project::ResultRecord* chosen = nullptr;
    double bestAuc = -1.0;
    QStringList attacks;
    for (const project::ResultRecord& r : *results) {
        attacks << r.attack;
        const double auc =
            QJsonDocument::fromJson(r.metricsJson).object().value(QStringLiteral("auc")).toDouble(0.5);
        if (options.attack.isEmpty() ? auc > bestAuc : r.attack == options.attack) {
            chosen = &r;
            bestAuc = auc;
            if (!options.attack.isEmpty()) break;
        }
    }
    if (!chosen)
        return Result::failure(options.attack.isEmpty()
                                   ? tr("Run %1 has no stored results.").arg(runId)
                                   : tr("Run %1 has no attack '%2'; it has: %3.")
                                         .arg(runId)
                                         .arg(options.attack, attacks.join(QStringLiteral(", "))));
    const auto scores = store.scores(chosen->id);
    if (!scores) return Result::failure(scores.error());

    governance::RiskOptions riskOptions;
    riskOptions.quasiIdentifiers =
        options.quasiIdentifiers.isEmpty()
            ? governance::PiiScan::quasiIdentifierColumns(governance::PiiScan::scan(*table))
            : options.quasiIdentifiers;
    if (riskOptions.quasiIdentifiers.isEmpty())
        return Result::failure(
            tr("The PII scan suggests no quasi-identifiers in the data of run %1; name them.").arg(runId));
    riskOptions.threshold = options.threshold;
    riskOptions.combinationSize = 0;
    const auto risk = governance::ReidentificationRisk::compute(*table, riskOptions);
    if (!risk) return Result::failure(risk.error());
    governance::DuplicateOptions duplicateOptions;
    duplicateOptions.threshold = options.duplicateThreshold;
    duplicateOptions.keepGroups = 0;
    for (const auto& scan : governance::PiiScan::scan(*table)) // record numbers make every row distinct
        if (std::none_of(scan.findings.begin(), scan.findings.end(),
                         [](const auto& f) { return f.kind == governance::PiiKind::RecordNumber; }))
            duplicateOptions.columns << scan.column;
    const auto duplicates = governance::Duplicates::within(*table, duplicateOptions);
    if (!duplicates) return Result::failure(duplicates.error());

    DataRiskLink out;
    out.runId = runId;
    out.attack = chosen->attack;
    out.attackAuc = bestAuc;
    out.quasiIdentifiers = risk->quasiIdentifiers;
    out.threshold = options.threshold;
    out.topShare = options.topShare;
    std::vector<std::size_t> members; // indices into the scores
    for (std::size_t i = 0; i < scores->rowIds.size(); ++i) {
        const std::int64_t row = scores->rowIds[i];
        if (row < 0 || std::size_t(row) >= table->rowCount())
            return Result::failure(
                tr("Run %1's scores name row %2, which the data does not have.").arg(runId).arg(row + 1));
        if (scores->members[i]) members.push_back(i);
    }
    out.members = std::int64_t(members.size());
    if (members.empty()) return Result::failure(tr("Run %1 scored no members.").arg(runId));
    std::stable_sort(members.begin(), members.end(),
                     [&](std::size_t a, std::size_t b) { return scores->scores[a] > scores->scores[b]; });
    out.exposed =
        std::max<std::int64_t>(1, std::int64_t(std::ceil(options.topShare * double(members.size()))));
    for (std::size_t k = 0; k < members.size(); ++k) {
        const std::size_t i = members[k];
        const auto row = std::size_t(scores->rowIds[i]);
        const bool exposed = std::int64_t(k) < out.exposed;
        const bool high = risk->recordRisk[row] > options.threshold;
        const bool duplicated = duplicates->recordGroupSize[row] > 1;
        out.highRisk += high ? 1 : 0;
        out.duplicated += duplicated ? 1 : 0;
        out.both += exposed && high ? 1 : 0;
        out.exposedDuplicated += exposed && duplicated ? 1 : 0;
        if (exposed && (high || duplicated))
            out.records.push_back({std::int64_t(row), scores->scores[i], risk->recordClassSize[row],
                                   risk->recordRisk[row], duplicates->recordGroupSize[row]});
    }
    out.expectedBoth = double(out.exposed) * double(out.highRisk) / double(out.members);
    // P(X >= both) for X ~ Hypergeometric(members, highRisk, exposed). At or below the smallest overlap
    // the margins allow (max(0, exposed + highRisk - members)) the overlap is certain: p = 1 (and Boost
    // refuses a k outside the support).
    const std::int64_t smallest = std::max<std::int64_t>(0, out.exposed + out.highRisk - out.members);
    if (out.both > smallest) {
        const boost::math::hypergeometric_distribution<double> h(
            unsigned(out.highRisk), unsigned(out.exposed), unsigned(out.members));
        out.pValue = boost::math::cdf(boost::math::complement(h, unsigned(out.both - 1)));
    }
    return out;
}

QStringList DataRiskLink::findings() const
{
    const QLocale locale;
    QStringList out;
    out << tr("Of the %1 members of run %2, the %3 most exposed to %4 (AUC %5) were compared with the %6 at "
              "re-identification risk above %7 over %8.")
               .arg(members)
               .arg(runId)
               .arg(exposed)
               .arg(attack, locale.toString(attackAuc, 'f', 3))
               .arg(highRisk)
               .arg(locale.toString(threshold * 100.0, 'f', 0) + QStringLiteral(" %"),
                    quasiIdentifiers.join(QStringLiteral(", ")));
    if (both == 0)
        out << tr("None of the most exposed members is at high re-identification risk.");
    else if (pValue < 0.05)
        out << tr("%1 records are both, against %2 expected by chance (p = %3): high-risk records are "
                  "over-represented among the most exposed. The model may reveal that a person whom an "
                  "attacker "
                  "can single out in the data was in its training set.")
                   .arg(both)
                   .arg(locale.toString(expectedBoth, 'f', 1), locale.toString(pValue, 'g', 2));
    else
        out << tr("%1 records are both, about what chance gives (%2 expected, p = %3); each of them is still "
                  "a "
                  "person an attacker can single out and whose membership the model exposes.")
                   .arg(both)
                   .arg(locale.toString(expectedBoth, 'f', 1), locale.toString(pValue, 'g', 2));
    if (exposedDuplicated > 0)
        out << tr("%1 of the most exposed members have a copy elsewhere in the data (%2 members in all): "
                  "a copy among the non-members makes the attack look weaker than it is, a copy among the "
                  "members "
                  "makes the record more memorised.")
                   .arg(exposedDuplicated)
                   .arg(duplicated);
    if (attackAuc < 0.55)
        out << tr("The attack is close to chance on this run (AUC %1): its 'most exposed' records are mostly "
                  "noise, so the overlap says little.")
                   .arg(locale.toString(attackAuc, 'f', 3));
    return out;
}

QJsonObject DataRiskLink::toJson() const
{
    QJsonArray list;
    for (const Record& r : records)
        list.append(QJsonObject{{QStringLiteral("row"), qint64(r.row + 1)},
                                {QStringLiteral("score"), r.score},
                                {QStringLiteral("class_size"), qint64(r.classSize)},
                                {QStringLiteral("reidentification_risk"), r.reidentificationRisk},
                                {QStringLiteral("duplicates"), qint64(r.duplicates)}});
    return QJsonObject{{QStringLiteral("run"), runId},
                       {QStringLiteral("attack"), attack},
                       {QStringLiteral("attack_auc"), attackAuc},
                       {QStringLiteral("quasi_identifiers"), QJsonArray::fromStringList(quasiIdentifiers)},
                       {QStringLiteral("threshold"), threshold},
                       {QStringLiteral("top_share"), topShare},
                       {QStringLiteral("members"), qint64(members)},
                       {QStringLiteral("exposed"), qint64(exposed)},
                       {QStringLiteral("high_risk"), qint64(highRisk)},
                       {QStringLiteral("both"), qint64(both)},
                       {QStringLiteral("expected_both"), expectedBoth},
                       {QStringLiteral("p_value"), pValue},
                       {QStringLiteral("duplicated"), qint64(duplicated)},
                       {QStringLiteral("exposed_duplicated"), qint64(exposedDuplicated)},
                       {QStringLiteral("records"), list}};
}

} // namespace privaudit::jobs
