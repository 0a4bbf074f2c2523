#include "report/CounterfactualSection.h"

#include <QLocale>

namespace privaudit::report {

QString CounterfactualSection::heading() const
{
    return underReview ? tr("%1 (run %2): counterfactual memorisation of the model under review's members")
                             .arg(name)
                             .arg(runId)
                       : tr("%1 (run %2): counterfactual memorisation, a comparison").arg(name).arg(runId);
}

QString CounterfactualSection::scope() const
{
    return tr("%1 members, each trained on by %2 of the run's %3 reference models (the recipe of the target, "
              "as LiRA trains them) and left out by the others; each record's permutation test re-splits the "
              "models %4 times. The most memorised members:")
        .arg(QLocale().toString(qint64(summary.members)))
        .arg(summary.models / 2)
        .arg(summary.models)
        .arg(summary.permutations);
}

QStringList CounterfactualSection::columns()
{
    return {tr("Data row"), tr("Memorisation"), tr("Loss form (nats)"),
            tr("p-value"),  tr("Copies"),       tr("Exposed by LiRA")};
}

std::vector<QStringList> CounterfactualSection::rows() const
{
    const QLocale locale;
    std::vector<QStringList> out;
    for (const attack::MemorisedRecord& r : summary.top)
        out.push_back({QString::number(r.row + 1), // one model per side has no spread for an error
                       summary.models >= 4 ? tr("%1 ± %2").arg(locale.toString(r.accuracy, 'f', 3),
                                                               locale.toString(r.standardError, 'f', 3))
                                           : locale.toString(r.accuracy, 'f', 3),
                       locale.toString(r.loss, 'f', 3), locale.toString(r.pValue, 'f', 3),
                       QString::number(r.copies), r.liraExposed ? tr("yes") : tr("no")});
    return out;
}

QString CounterfactualSection::method()
{
    return tr(
        "Method (Feldman & Zhang 2020): a record's memorisation is the reference models' accuracy on it "
        "when they trained on it minus when they did not, in [-1, 1] (the loss form: the mean "
        "cross-entropy when left out minus when trained on); records with identical encoded features and "
        "label are trained on or left out together. Its p-value is a one-sided permutation test of the "
        "loss form; with no memorisation about 5% of records reach p <= 0.05 by chance. The reference "
        "models are retrained with the target's recipe, so this measures the recipe on this data, not "
        "the target model itself.");
}

} // namespace privaudit::report
