#include "report/InversionSection.h"

#include "report/ReportContent.h"

#include <QLocale>

namespace privaudit::report {

Expected<InversionSection> InversionSection::read(const project::ProjectStore& store,
                                                  const project::RunRecord& run)
{
    (void)store;
    InversionSection s;
    s.runId = run.id;
    s.name = project::builtInText(run.name);
    s.summary = attack::ReconstructionRunSummary::fromJson(run.summary);
    s.findings = attack::reconstructionFindings(s.summary);
    return s;
}

QString InversionSection::heading() const
{
    return underReview
               ? tr("%1 (run %2): informed reconstruction, the model class under review").arg(name).arg(runId)
               : tr("%1 (run %2): informed reconstruction of training rows, a comparison")
                     .arg(name)
                     .arg(runId);
}

QString InversionSection::scope() const
{
    const attack::ReconstructionResult& r = summary.result;
    const QLocale locale;
    QString s =
        tr("%1 rows reconstructed, each left out of %2 rows the adversary knows; the %6 with L2 penalty %3 "
           "trained on the %4 rows, once per reconstructed row, on %5 input columns.")
            .arg(r.rows.size())
            .arg(r.trainingRows - 1)
            .arg(locale.toString(r.l2, 'g', 3))
            .arg(r.trainingRows)
            .arg(r.columns)
            .arg(attack::reconstructionModelName(r));
    s += QLatin1Char(' ') + (r.dp ? tr("Trained with DP-SGD (epsilon %1 for one row).")
                                        .arg(ReportContent::formatEpsilon(r.epsilon))
                             : attack::reconstructionIsLinear(r)
                                 ? tr("Without DP: the released model is the exact minimiser.")
                                 : tr("Without DP: the released model is a stationary point of the "
                                      "objective (largest gradient entry %1).")
                                       .arg(locale.toString(r.worstStationarity, 'g', 2)));
    return s;
}

QStringList InversionSection::columns()
{
    return {tr("Measure"), tr("Reconstruction"), tr("95% interval"), tr("Baseline (no model)")};
}

std::vector<QStringList> InversionSection::rows() const
{
    const attack::ReconstructionResult& r = summary.result;
    const QLocale locale;
    const auto percent = [&](double v) -> QString {
        return locale.toString(100.0 * v, 'f', 1) + QLatin1Char('%');
    };
    const auto interval = [&](const attack::MeanWithInterval& m, bool asPercent) {
        if (!m.hasInterval) return tr("none");
        return asPercent ? QStringLiteral("[%1, %2]").arg(percent(m.low), percent(m.high))
                         : QStringLiteral("[%1, %2]")
                               .arg(locale.toString(m.low, 'g', 3), locale.toString(m.high, 'g', 3));
    };
    const QString blank = QStringLiteral("-");
    std::vector<QStringList> out;
    out.push_back({tr("Columns recovered"), percent(r.hitRate.mean), interval(r.hitRate, true),
                   percent(r.baselineHitRate.mean)});
    out.push_back(
        {tr("Advantage over the baseline"), percent(r.advantage.mean), interval(r.advantage, true), blank});
    out.push_back(
        {tr("Rows fully recovered"), tr("%1 of %2").arg(r.exactRows).arg(r.rows.size()), blank, blank});
    out.push_back({tr("Mean squared error"), locale.toString(r.squaredError.mean, 'g', 3),
                   interval(r.squaredError, false), locale.toString(r.baselineSquaredError.mean, 'g', 3)});
    out.push_back({tr("Labels recovered"), percent(r.labelRecovery), blank, percent(r.majorityShare)});
    return out;
}

QString InversionSection::method()
{
    return tr(
        "Method (Balle, Cherubin & Hayes 2022, informed adversaries): at the minimiser of an L2-penalised "
        "logistic regression, and at any stationary point of a smooth MLP, the gradients sum to zero, so "
        "an adversary who knows every training row but one and the released parameters computes the "
        "missing row's gradient, and from its first layer the row (that layer's gradient is the row "
        "times its output gradient) and from its last the label. A numeric column counts as recovered within "
        "0.319 standard deviations, a "
        "categorical one when exact (TabLeak's tolerance); the baseline guesses each column's "
        "class-conditional mean or mode from the population rows, and for the label the commonest "
        "class. The models measured are the recipe retrained per row, not the model under review "
        "itself.");
}

QString InversionSection::none()
{
    return tr("No reconstruction run: the report has no measurement of whether training rows can be "
              "reconstructed from the model.");
}

} // namespace privaudit::report
