#include "report/MemorisationSection.h"

#include "report/ReportContent.h"

#include <cmath>
#include <QLocale>

namespace privaudit::report {

Expected<MemorisationSection> MemorisationSection::read(const project::ProjectStore& store,
                                                        const project::RunRecord& run)
{
    (void)store;
    MemorisationSection m;
    m.runId = run.id;
    m.name = project::builtInText(run.name);
    m.summary = attack::CanaryRunSummary::fromJson(run.summary);
    m.findings = attack::canaryFindings(m.summary);
    return m;
}

QString MemorisationSection::heading() const
{
    return underReview
               ? tr("%1 (run %2): canary exposure of the recipe of the model under review")
                     .arg(name)
                     .arg(runId)
               : tr("%1 (run %2): canary exposure of a training recipe, a comparison").arg(name).arg(runId);
}

QString MemorisationSection::scope() const
{
    const QLocale locale;
    QString s = tr("%1 canaries per level (%2 labels) inserted into %3 members (%4 rows added), the recipe "
                   "retrained once on them; each canary ranked among %5 never-inserted references from the "
                   "same generator. Chance is %6 bits; %5 references measure at most %7 bits.")
                    .arg(summary.canariesPerLevel)
                    .arg(summary.label == QLatin1String("random") ? tr("random") : tr("flipped"))
                    .arg(summary.base.members)
                    .arg(summary.insertedRows)
                    .arg(summary.references)
                    .arg(locale.toString(summary.chance, 'f', 2))
                    .arg(locale.toString(summary.references > 0 ? std::log2(double(summary.references)) : 0.0,
                                         'f', 2));
    if (summary.base.dp)
        s += QLatin1Char(' ') + tr("Trained with DP-SGD (epsilon %1 for one row).")
                                    .arg(ReportContent::formatEpsilon(summary.base.accountantEpsilon()));
    return s;
}

QStringList MemorisationSection::columns()
{
    return {tr("Canaries"), tr("Exposure (bits)"), tr("95% interval"), tr("Extrapolated (bits)")};
}

std::vector<QStringList> MemorisationSection::rows() const
{
    const QLocale locale;
    std::vector<QStringList> out;
    for (const metrics::ExposureLevel& l : summary.levels)
        out.push_back(
            {l.repetitions == 0 ? tr("controls, never inserted") : tr("inserted %1 times").arg(l.repetitions),
             locale.toString(l.meanInterpolated, 'f', 2),
             l.hasInterval ? QStringLiteral("[%1, %2]")
                                 .arg(locale.toString(l.low, 'f', 2), locale.toString(l.high, 'f', 2))
                           : tr("none"),
             locale.toString(l.meanExtrapolated, 'f', 2)});
    return out;
}

QString MemorisationSection::method()
{
    return tr("Method (Carlini et al. 2019, the Secret Sharer): exposure is log2(references) - log2(rank) of "
              "a canary's loss among the references' losses, about 1.44 bits for a canary the model did not "
              "memorise; the extrapolated exposure reads the canary's loss off a skew-normal fitted to the "
              "logarithms of the "
              "references' losses and can exceed what the references measure. The canaries' labels are the "
              "ones the recipe trained without them finds least likely (flipped), so that only a memorised "
              "canary has a small loss. The model measured is the recipe retrained with the canaries, not "
              "the model under review itself.");
}

QString MemorisationSection::none()
{
    return tr("No canary-exposure run: the report has no measurement of how much the training recipe "
              "memorises individual rows.");
}

QString MemorisationSection::noCanaryRun()
{
    return tr("No canary-exposure run: how much the recipe memorises rows repeated 1, 10 or 100 times is not "
              "measured.");
}

} // namespace privaudit::report
