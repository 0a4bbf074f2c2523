#include "report/MiFaceSection.h"

#include "report/ReportContent.h"

#include <QLocale>

namespace privaudit::report {

Expected<MiFaceSection> MiFaceSection::read(const project::ProjectStore& store, const project::RunRecord& run)
{
    (void)store;
    MiFaceSection s;
    s.runId = run.id;
    s.name = project::builtInText(run.name);
    s.summary = attack::MiFaceRunSummary::fromJson(run.summary);
    s.findings = attack::miFaceFindings(s.summary);
    return s;
}

QString MiFaceSection::heading() const
{
    return underReview ? tr("%1 (run %2): MI-Face inversion of the model under review").arg(name).arg(runId)
                       : tr("%1 (run %2): MI-Face inversion, a comparison").arg(name).arg(runId);
}

QString MiFaceSection::scope() const
{
    const attack::MiFaceResult& r = summary.result;
    const QLocale locale;
    QString s = tr("%1 representatives for %2 classes of a target trained on %3 rows; each compared with "
                   "%4 training rows and as many held-out rows of the same classes.")
                    .arg(r.records.size())
                    .arg(r.classes.size())
                    .arg(summary.base.members)
                    .arg(r.poolRows);
    if (summary.base.target)
        s += QLatin1Char(' ') + tr("Target accuracy %1% on its training rows, %2% on held-out rows.")
                                    .arg(locale.toString(100.0 * summary.base.target->trainAccuracy, 'f', 1),
                                         locale.toString(100.0 * summary.base.target->testAccuracy, 'f', 1));
    if (summary.base.dp && summary.base.target)
        s += QLatin1Char(' ') + tr("Trained with DP-SGD (epsilon %1).")
                                    .arg(ReportContent::formatEpsilon(summary.base.target->epsilon));
    return s;
}

QStringList MiFaceSection::columns()
{
    return {tr("Measure"), tr("Representatives"), tr("Reference")};
}

std::vector<QStringList> MiFaceSection::rows() const
{
    const attack::MiFaceResult& r = summary.result;
    const QLocale locale;
    const auto percent = [&](double v) -> QString {
        return locale.toString(100.0 * v, 'f', 1) + QLatin1Char('%');
    };
    const QString blank = QStringLiteral("-");
    std::vector<QStringList> out;
    out.push_back({tr("Nearer a training row than a held-out row"), percent(r.closerToMembers),
                   tr("about 50% when they reveal no member")});
    out.push_back(
        {tr("Mean distance gap (held-out minus member)"), locale.toString(r.meanGap, 'g', 3), tr("about 0")});
    out.push_back({tr("Permutation test, one-sided p"), locale.toString(r.pValue, 'f', 3),
                   tr("%1 reassignments").arg(r.permutations)});
    out.push_back({tr("Columns of the closest member recovered"), percent(r.memberHitRate),
                   tr("closest held-out row: %1").arg(percent(r.nonMemberHitRate))});
    out.push_back(
        {tr("Agreement with the class-conditional mean or mode"), percent(r.priorAgreement), blank});
    out.push_back({tr("Mean confidence in the class"), percent(r.meanConfidence), blank});
    return out;
}

QStringList MiFaceSection::classColumns()
{
    return {tr("Class"), tr("Representatives"), tr("Mean confidence"), tr("Nearer a member"), tr("Mean gap")};
}

std::vector<QStringList> MiFaceSection::classRows() const
{
    const attack::MiFaceResult& r = summary.result;
    const QLocale locale;
    std::vector<QStringList> out;
    for (int c = 0; c < r.classes.size(); ++c) {
        int n = 0, nearer = 0;
        double confidence = 0.0, gap = 0.0;
        for (const attack::MiFaceRecord& x : r.records) {
            if (x.cls != c) continue;
            ++n;
            confidence += x.confidence;
            gap += x.nonMemberDistance - x.memberDistance;
            nearer += x.memberDistance < x.nonMemberDistance ? 1 : 0;
        }
        if (n == 0) continue;
        out.push_back({r.classes[c], QString::number(n),
                       locale.toString(100.0 * confidence / n, 'f', 1) + QLatin1Char('%'),
                       tr("%1 of %2").arg(nearer).arg(n), locale.toString(gap / n, 'g', 3)});
    }
    return out;
}

QString MiFaceSection::method()
{
    return tr("Method (Fredrikson, Jha & Ristenpart 2015, MI-Face, adapted to tables): gradient descent on "
              "the model's input to maximise one class's probability, categorical columns relaxed to a "
              "softmax over their values and decoded by the largest, numeric columns kept in the range of "
              "the training and held-out rows and whole numbers rounded, from the average row and from "
              "random starts. A "
              "representative is a leak only where it sits nearer the class's training rows than its "
              "held-out rows: the permutation test reassigns the pooled rows of each class between the "
              "two sides. Columns are compared in standardised units; a numeric column counts as "
              "recovered within 0.319 standard deviations, a categorical one when exact (TabLeak's "
              "tolerance).");
}

QString MiFaceSection::none()
{
    return tr("No MI-Face run: the report has no measurement of whether inverting the model for a class "
              "reveals its training rows.");
}

} // namespace privaudit::report
