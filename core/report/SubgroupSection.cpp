#include "report/SubgroupSection.h"

#include "attack/AttackCatalogue.h"
#include "attack/attribute/AttributeInference.h"
#include "jobs/FamilySubgroups.h"
#include "jobs/Subgroups.h"

#include <cmath>
#include <QLocale>

namespace privaudit::report {

namespace {

QString number(double v)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', 3) : SubgroupSection::tr("n/a");
}

QString withInterval(double v, double low, double high)
{
    if (!std::isfinite(v)) return SubgroupSection::tr("n/a");
    if (!std::isfinite(low) || !std::isfinite(high)) return number(v);
    return SubgroupSection::tr("%1 [%2, %3]").arg(number(v), number(low), number(high));
}

QString flag(bool small, bool above)
{
    if (small) return SubgroupSection::tr("small group");
    if (above) return SubgroupSection::tr("risk concentrates");
    return {};
}

std::vector<QStringList> membershipRows(const jobs::SubgroupAnalysis& a)
{
    std::vector<QStringList> out;
    for (const auto& attack : a.attacks)
        for (const auto& g : attack.groups)
            out.push_back({attack::AttackCatalogue::title(attack.attack), g.label,
                           QString::number(g.metrics.members), QString::number(g.metrics.nonMembers),
                           withInterval(g.metrics.auc, g.metrics.aucCi.low, g.metrics.aucCi.high),
                           number(g.metrics.tprAt(0.01)), flag(g.small, g.aboveRun)});
    return out;
}

std::vector<QStringList> familyRows(const jobs::FamilySubgroups& f)
{
    std::vector<QStringList> out;
    for (const auto& m : f.measures)
        for (const auto& g : m.groups) {
            if (f.kind == project::RunKind::AttributeInference)
                out.push_back({attack::attributeAttackTitle(m.attack), g.label, QString::number(g.members),
                               QString::number(g.nonMembers),
                               withInterval(g.leakage.value, g.leakage.low, g.leakage.high),
                               withInterval(g.advantage.value, g.advantage.low, g.advantage.high),
                               flag(g.small, g.aboveRun)});
            else
                out.push_back({g.label, QString::number(g.members),
                               withInterval(g.advantage.value, g.advantage.low, g.advantage.high),
                               flag(g.small, g.aboveRun)});
        }
    return out;
}

} // namespace

Expected<SubgroupSection> SubgroupSection::read(const jobs::SavedSubgroups& saved,
                                                const project::RunRecord& run)
{
    SubgroupSection s;
    s.runId = run.id;
    s.runName = project::builtInText(run.name);
    s.saved = saved;
    switch (saved.kind) {
    case project::RunKind::MembershipInference: {
        const auto a = jobs::SubgroupAnalysis::fromJson(saved.analysis);
        s.findings = a.findings();
        s.tableRows = membershipRows(a);
        break;
    }
    case project::RunKind::AttributeInference:
    case project::RunKind::Reconstruction: {
        const auto f = jobs::FamilySubgroups::fromJson(saved.analysis);
        s.findings = f.findings();
        s.tableRows = familyRows(f);
        break;
    }
    default:
        return Expected<SubgroupSection>::failure(
            tr("The saved subgroup analysis of run %1 is of a run kind without subgroups.").arg(run.id));
    }
    return s;
}

Expected<std::vector<SubgroupSection>> SubgroupSection::readAll(const project::ProjectStore& store,
                                                                const std::vector<project::RunRecord>& runs,
                                                                const QList<qint64>& reviewRuns)
{
    using Result = Expected<std::vector<SubgroupSection>>;
    const auto saved = jobs::SavedSubgroups::load(store);
    if (!saved) return Result::failure(saved.error());
    std::vector<SubgroupSection> out;
    for (const jobs::SavedSubgroups& g : *saved)
        for (const auto& run : runs)
            if (run.id == g.runId && run.status == project::RunStatus::Completed) {
                auto section = read(g, run);
                if (!section) return Result::failure(section.error());
                out.push_back(std::move(section.value()));
                out.back().underReview = reviewRuns.contains(run.id);
            }
    return out;
}

QString SubgroupSection::heading() const
{
    return underReview
               ? tr("%1 (run %2) by %3, the model under review").arg(runName).arg(runId).arg(saved.column)
               : tr("%1 (run %2) by %3, a comparison").arg(runName).arg(runId).arg(saved.column);
}

QString SubgroupSection::scope() const
{
    const bool numeric = saved.analysis.value(QStringLiteral("numeric")).toBool();
    const int bands = saved.analysis.value(QStringLiteral("bands")).toInt();
    const QString groups = numeric
                               ? tr("%1 quantile bands of the numeric column %2").arg(bands).arg(saved.column)
                               : tr("the values of the column %1").arg(saved.column);
    switch (saved.kind) {
    case project::RunKind::MembershipInference:
        return tr("Membership inference split by %1: each group's AUC with its bootstrap 95% interval and "
                  "its "
                  "TPR at 1% FPR; a group with fewer than %2 members or non-members is small.")
            .arg(groups)
            .arg(jobs::SubgroupAnalysis::kSmallGroup);
    case project::RunKind::AttributeInference:
        return tr("Attribute inference split by %1: each attack's individual leakage (accuracy on members "
                  "minus on non-members) and advantage over imputation, with 95% intervals; a group with "
                  "fewer than %2 members or non-members is small.")
            .arg(groups)
            .arg(jobs::FamilySubgroups::kSmallAttribute);
    default:
        return tr("Informed reconstruction split by %1: each group's advantage over the model-free baseline "
                  "(columns recovered minus the baseline's) with its 95% interval; a group with fewer than "
                  "%2 reconstructed rows is small.")
            .arg(groups)
            .arg(jobs::FamilySubgroups::kSmallReconstruction);
    }
}

QStringList SubgroupSection::columns() const
{
    switch (saved.kind) {
    case project::RunKind::MembershipInference:
        return {tr("Attack"),       tr("Group"),         tr("Members"), tr("Non-members"),
                tr("AUC [95% CI]"), tr("TPR at 1% FPR"), tr("Note")};
    case project::RunKind::AttributeInference:
        return {tr("Attack"),
                tr("Group"),
                tr("Members"),
                tr("Non-members"),
                tr("Individual leakage [95% CI]"),
                tr("Advantage over imputation [95% CI]"),
                tr("Note")};
    default:
        return {tr("Group"), tr("Rows"), tr("Advantage over the baseline [95% CI]"), tr("Note")};
    }
}

std::vector<double> SubgroupSection::columnWidths() const
{
    switch (saved.kind) {
    case project::RunKind::MembershipInference:
        return {1.4, 1.6, 0.8, 0.9, 1.6, 0.9, 1.0};
    case project::RunKind::AttributeInference:
        return {1.4, 1.5, 0.8, 0.9, 1.6, 1.6, 1.0};
    default:
        return {2.0, 0.8, 2.2, 1.2};
    }
}

QString SubgroupSection::method()
{
    return tr(
        "Method: the run's per-record results are split by the column's value in the rows the run used "
        "(read again from its data, which must be unchanged; numeric columns in quantile bands). The "
        "risk is said to concentrate in a group only when the lower end of its interval at 2.5% divided "
        "by the number of groups (Bonferroni, one-sided) lies above the whole run's value; small groups "
        "are never claimed. A group not flagged is not shown to be safe.");
}

QString SubgroupSection::none()
{
    return tr("No subgroup analysis was saved: where the risk concentrates (for example by a sensitive or a "
              "protected attribute) is not measured in this report. Save one with privaudit-cli subgroups "
              "--save or from a run's subgroup panel.");
}

} // namespace privaudit::report
