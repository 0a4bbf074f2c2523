// The report's attribute-inference section: reading a run and the texts the HTML and the PDF share.
#include "attack/attribute/AttributeInference.h"
#include "report/ReportContent.h"

#include <QJsonDocument>
#include <QLocale>

namespace privaudit::report {

Expected<AttributeSection> AttributeSection::read(const project::ProjectStore& store,
                                                  const project::RunRecord& run)
{
    AttributeSection a;
    a.runId = run.id;
    a.name = project::builtInText(run.name);
    a.summary = attack::AttributeRunSummary::fromJson(run.summary);
    const auto results = store.results(run.id);
    if (!results) return Expected<AttributeSection>::failure(results.error());
    for (const auto& r : *results)
        a.attacks.push_back(
            metrics::AttributeMetrics::fromJson(QJsonDocument::fromJson(r.metricsJson).object()));
    a.findings = attack::attributeFindings(a.summary, a.attacks);
    return a;
}

QString attributeHeading(const AttributeSection& a)
{
    return ReportContent::tr("%1 (run %2): column '%3'%4")
        .arg(a.name)
        .arg(a.runId)
        .arg(a.summary.column,
             a.underReview ? QString() : ReportContent::tr(", a comparison, not the model under review"));
}

QString attributeScope(const AttributeSection& a)
{
    const QLocale locale;
    const QString kind = a.summary.numeric
                             ? ReportContent::tr("numeric: a guess within ±%1% of the true value is right")
                                   .arg(locale.toString(100.0 * a.summary.tolerance, 'g', 3))
                             : ReportContent::tr("%1 values").arg(a.summary.values.size());
    QString scope = ReportContent::tr("%1 (%2); %3 member and %4 non-member candidates; the attacker's "
                                      "auxiliary data: %5 population records.")
                        .arg(a.summary.column, kind)
                        .arg(a.summary.memberCandidates)
                        .arg(a.summary.nonMemberCandidates)
                        .arg(a.summary.auxiliaryRows);
    if (a.summary.base.dp)
        scope +=
            QLatin1Char(' ') + ReportContent::tr("The model was trained with DP-SGD (epsilon %1).")
                                   .arg(ReportContent::formatEpsilon(a.summary.base.accountantEpsilon()));
    return scope;
}

QStringList attributeColumns()
{
    return {ReportContent::tr("Attack"), ReportContent::tr("Members right"),
            ReportContent::tr("Non-members right"), ReportContent::tr("Advantage over imputation"),
            ReportContent::tr("Individual leakage")};
}

namespace {

QString withInterval(const metrics::AccuracyDifference& d)
{
    const QLocale locale;
    if (!d.ci95) return locale.toString(d.value, 'f', 3);
    return QStringLiteral("%1 [%2, %3]")
        .arg(locale.toString(d.value, 'f', 3), locale.toString(d.ci95->low, 'f', 3),
             locale.toString(d.ci95->high, 'f', 3));
}

} // namespace

std::vector<QStringList> attributeRows(const AttributeSection& a)
{
    const QLocale locale;
    std::vector<QStringList> rows;
    for (const metrics::AttributeMetrics& m : a.attacks)
        rows.push_back({attack::attributeAttackTitle(m.attack), locale.toString(m.members.accuracy, 'f', 3),
                        locale.toString(m.nonMembers.accuracy, 'f', 3),
                        withInterval(m.advantageOverImputation), withInterval(m.individualLeakage)});
    return rows;
}

QString attributeNone()
{
    return ReportContent::tr("No attribute-inference run: the report has no measurement of what the model "
                             "reveals about a sensitive column.");
}

QString attributeMethod()
{
    return ReportContent::tr(
        "Method: each attack guesses the column from the other columns and the model's answers; the "
        "imputation baseline guesses it from the other columns alone, with a model fit on the attacker's "
        "auxiliary data. Advantage over imputation is what access to the model adds; individual leakage "
        "(members right minus non-members right) is what the model gives away about the records it was "
        "trained on; the rest is what it learned about the population (Jayaraman & Evans, USENIX "
        "Security 2022). Intervals: 95% bootstrap.");
}

} // namespace privaudit::report
