// The report as one HTML page (reportHtml): the same content and texts as the PDF, escaped.
#include "attack/AttackCatalogue.h"
#include "metrics/MembershipMetrics.h"
#include "report/ReportContent.h"

#include <cmath>
#include <privaudit/Version.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace privaudit::report {

namespace {

/// HTML-escaped, with bidirectional controls (embeddings, overrides, isolates, marks) removed: user text
/// cannot reorder the page around it.
QString esc(const QString& s)
{
    QString out = s;
    out.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F ||
               u == 0x061C;
    });
    return out.toHtmlEscaped();
}

/// A table of escaped cells under escaped column heads.
void appendHtmlTable(QString& h, const QString& cssClass, const QStringList& columns,
                     const std::vector<QStringList>& rows)
{
    h += QStringLiteral("<table class=\"%1\"><tr>").arg(cssClass);
    for (const QString& head : columns)
        h += QStringLiteral("<th>%1</th>").arg(esc(head));
    h += QStringLiteral("</tr>");
    for (const QStringList& row : rows) {
        h += QStringLiteral("<tr>");
        for (const QString& cell : row)
            h += QStringLiteral("<td>%1</td>").arg(esc(cell));
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>\n");
}

} // namespace

QByteArray reportHtml(const ReportContent& c)
{
    QString h;
    const QString lang = QLocale().name().left(2);
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                        "<style>body{font-family:sans-serif;max-width:60em;margin:2em "
                        "auto;}table{border-collapse:collapse;}"
                        "td,th{border:1px solid #999;padding:2px 6px;font-size:90%;}th{background:#eee;}"
                        ".blocker{color:#b00020;font-weight:bold}pre{white-space:pre-wrap;font-size:80%;}</"
                        "style></head><body>\n")
             .arg(lang, esc(ReportContent::tr("Privacy audit report: %1").arg(c.project.name)));
    h += QStringLiteral("<h1>%1</h1>\n")
             .arg(esc(ReportContent::tr("Privacy audit report: %1").arg(c.project.name)));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(esc(ReportContent::tr("Generated %1 by PrivAudit %2 from %3. Assessor: %4.")
                          .arg(c.generatedAt, c.softwareVersion, c.project.path,
                               c.options.assessor.isEmpty() ? ReportContent::tr("(not named)")
                                                            : c.options.assessor)));
    h += QStringLiteral("<p><b>%1</b></p>\n")
             .arg(esc(c.isFinal ? ReportContent::tr("Final report.")
                                : ReportContent::tr("DRAFT: not a final report.")));
    if (!c.modelSha256.isEmpty())
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(ReportContent::tr("Model under review: %1, SHA-256 %2.")
                              .arg(c.modelName, c.modelSha256)));
    else
        h +=
            QStringLiteral("<p>%1</p>\n").arg(esc(ReportContent::tr("No model under review is designated.")));
    h += QStringLiteral("<p>%1</p>\n").arg(esc(ReportContent::tr("Audit-trail head: %1.").arg(c.auditHead)));
    for (const QString& d : c.datasetFingerprints)
        h += QStringLiteral("<p>%1</p>\n").arg(esc(ReportContent::tr("Dataset %1").arg(d)));
    auto list = [&](const QStringList& items) {
        h += QStringLiteral("<ul>");
        for (const QString& i : items)
            h += QStringLiteral("<li>%1</li>").arg(esc(i));
        h += QStringLiteral("</ul>\n");
    };
    if (c.has(QStringLiteral("summary"))) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(sectionTitle(QStringLiteral("summary"))));
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(esc(ReportContent::tr("Overall privacy risk: %1.").arg(c.overallRisk)));
        list(c.findings);
        h += QStringLiteral("<h3>%1</h3>").arg(esc(ReportContent::tr("What to do next")));
        list(c.nextSteps);
        if (!c.missing.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3>").arg(esc(ReportContent::tr("Missing for a complete audit")));
            list(c.missing);
        }
        if (!c.isFinal && !c.finalMissing.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3>").arg(esc(ReportContent::tr("Missing for a final report")));
            list(c.finalMissing);
        }
        if (!c.comparisons.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3>")
                     .arg(esc(ReportContent::tr("Comparisons (not findings about the model under review)")));
            list(c.comparisons);
        }
    }
    if (c.has(QStringLiteral("data"))) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(sectionTitle(QStringLiteral("data"))));
        for (const DataSection& d : c.data) {
            h += QStringLiteral("<h3>%1</h3>\n").arg(esc(project::builtInText(d.dataset.name)));
            if (!d.governanceNote.isEmpty()) h += QStringLiteral("<p>%1</p>\n").arg(esc(d.governanceNote));
            h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                     .arg(esc(ReportContent::tr("Column")), esc(ReportContent::tr("Found by the PII scan")),
                          esc(ReportContent::tr("Suggested role")));
            for (const auto& s : d.scans) {
                if (s.findings.empty()) continue;
                QStringList found;
                for (const auto& f : s.findings)
                    found << governance::PiiScan::kindTitle(f.kind);
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                         .arg(esc(s.column), esc(found.join(QStringLiteral("; "))),
                              esc(governance::PiiScan::roleTitle(s.suggestedRole())));
            }
            h += QStringLiteral("</table>\n");
            if (d.risk)
                h += QStringLiteral("<p>%1</p>\n")
                         .arg(esc(ReportContent::tr(
                                      "Over the quasi-identifiers %1: k-anonymity %2, sample uniques %3 "
                                      "of %4 records, highest prosecutor risk %5.")
                                      .arg(d.risk->quasiIdentifiers.join(QStringLiteral(", ")))
                                      .arg(d.risk->kAnonymity)
                                      .arg(d.risk->sampleUniques)
                                      .arg(d.risk->records)
                                      .arg(ReportContent::formatProbability(d.risk->prosecutor.highest))));
            h += QStringLiteral("<p>%1</p>\n")
                     .arg(esc(ReportContent::tr("Datasheet: %1 of %2 answered; licence %3.")
                                  .arg(d.completeness.answered)
                                  .arg(d.completeness.required)
                                  .arg(d.datasheet.licence.isEmpty() ? ReportContent::tr("(not stated)")
                                                                     : d.datasheet.licence)));
        }
    }
    if (c.has(QStringLiteral("results"))) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(sectionTitle(QStringLiteral("results"))));
        for (const RunSection& r : c.runs) {
            h += QStringLiteral(
                     "<h3>%1</h3><table><tr><th>%2</th><th>AUC</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                     .arg(esc(ReportContent::tr("Run %1: %2")
                                  .arg(r.run.id)
                                  .arg(project::builtInText(r.run.name))),
                          esc(ReportContent::tr("Attack")), esc(ReportContent::tr("TPR at 0.1% FPR")),
                          esc(ReportContent::tr("TPR at 1% FPR")),
                          esc(ReportContent::tr("Empirical epsilon")));
            for (const AttackSection& a : r.attacks) {
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                         .arg(esc(attack::AttackCatalogue::title(a.attack)),
                              ReportContent::formatProbability(a.metrics.auc),
                              ReportContent::formatProbability(a.metrics.tprAt(0.001)),
                              ReportContent::formatProbability(a.metrics.tprAt(0.01)),
                              ReportContent::formatEpsilon(a.metrics.epsilonLowerBound.epsilon));
            }
            h += QStringLiteral("</table>\n");
            if (r.dp)
                h += QStringLiteral("<p>%1</p>")
                         .arg(esc(r.dpStatement).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        }
    }
    if (c.has(QStringLiteral("attribute"))) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(sectionTitle(QStringLiteral("attribute"))));
        if (c.attributes.empty()) h += QStringLiteral("<p>%1</p>\n").arg(esc(attributeNone()));
        for (const AttributeSection& a : c.attributes) {
            h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(attributeHeading(a)), esc(attributeScope(a)));
            appendHtmlTable(h, QStringLiteral("attribute"), attributeColumns(), attributeRows(a));
            for (const QString& f : a.findings)
                h += QStringLiteral("<p>%1</p>\n").arg(esc(f));
        }
        if (!c.attributes.empty())
            h += QStringLiteral("<p class=\"small\">%1</p>\n").arg(esc(attributeMethod()));
    }
    if (c.has(QStringLiteral("inversion"))) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(sectionTitle(QStringLiteral("inversion"))));
        if (c.inversions.empty()) h += QStringLiteral("<p>%1</p>\n").arg(esc(InversionSection::none()));
        for (const InversionSection& s : c.inversions) {
            h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(s.heading()), esc(s.scope()));
            appendHtmlTable(h, QStringLiteral("inversion"), InversionSection::columns(), s.rows());
            for (const QString& f : s.findings)
                h += QStringLiteral("<p>%1</p>\n").arg(esc(f));
        }
        if (!c.inversions.empty())
            h += QStringLiteral("<p class=\"small\">%1</p>\n").arg(esc(InversionSection::method()));
        if (c.miFaces.empty()) h += QStringLiteral("<p>%1</p>\n").arg(esc(MiFaceSection::none()));
        for (const MiFaceSection& s : c.miFaces) {
            h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(s.heading()), esc(s.scope()));
            appendHtmlTable(h, QStringLiteral("mi-face"), MiFaceSection::columns(), s.rows());
            appendHtmlTable(h, QStringLiteral("mi-face-classes"), MiFaceSection::classColumns(),
                            s.classRows());
            for (const QString& f : s.findings)
                h += QStringLiteral("<p>%1</p>\n").arg(esc(f));
        }
        if (!c.miFaces.empty())
            h += QStringLiteral("<p class=\"small\">%1</p>\n").arg(esc(MiFaceSection::method()));
    }
    if (c.has(QStringLiteral("subgroups"))) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(sectionTitle(QStringLiteral("subgroups"))));
        if (c.subgroups.empty()) h += QStringLiteral("<p>%1</p>\n").arg(esc(SubgroupSection::none()));
        for (const SubgroupSection& g : c.subgroups) {
            h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(g.heading()), esc(g.scope()));
            appendHtmlTable(h, QStringLiteral("subgroups"), g.columns(), g.rows());
            for (const QString& f : g.findings)
                h += QStringLiteral("<p>%1</p>\n").arg(esc(f));
        }
        if (!c.subgroups.empty())
            h += QStringLiteral("<p class=\"small\">%1</p>\n").arg(esc(SubgroupSection::method()));
    }
    if (c.has(QStringLiteral("memorisation"))) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(sectionTitle(QStringLiteral("memorisation"))));
        if (c.memorisation.empty())
            h += QStringLiteral("<p>%1</p>\n")
                     .arg(esc(c.counterfactual.empty() ? MemorisationSection::none()
                                                       : MemorisationSection::noCanaryRun()));
        for (const MemorisationSection& m : c.memorisation) {
            h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(m.heading()), esc(m.scope()));
            appendHtmlTable(h, QStringLiteral("memorisation"), MemorisationSection::columns(), m.rows());
            for (const QString& f : m.findings)
                h += QStringLiteral("<p>%1</p>\n").arg(esc(f));
        }
        if (!c.memorisation.empty())
            h += QStringLiteral("<p class=\"small\">%1</p>\n").arg(esc(MemorisationSection::method()));
        for (const CounterfactualSection& m : c.counterfactual) {
            h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(m.heading()), esc(m.scope()));
            appendHtmlTable(h, QStringLiteral("counterfactual"), CounterfactualSection::columns(), m.rows());
            for (const QString& f : m.findings)
                h += QStringLiteral("<p>%1</p>\n").arg(esc(f));
        }
        if (!c.counterfactual.empty())
            h += QStringLiteral("<p class=\"small\">%1</p>\n").arg(esc(CounterfactualSection::method()));
    }
    if (c.has(QStringLiteral("dp")))
        for (const AuditSection& a : c.audits) {
            const attack::OneRunAuditSummary& s = a.summary;
            h += QStringLiteral(
                     "<h3>%1</h3><table class=\"audit\"><tr><th>%2</th><th>%3</th><th>%4</th>"
                     "<th>%5</th></tr><tr><td>%6</td><td>%7</td><td>%8</td><td>%9</td></tr></table>")
                     .arg(esc(ReportContent::tr("One-run audit: %1 (run %2)").arg(a.name).arg(a.runId)),
                          esc(ReportContent::tr("Empirical epsilon ≥")), esc(ReportContent::tr("Confidence")),
                          esc(ReportContent::tr("Accountant's epsilon")),
                          esc(ReportContent::tr("Right guesses")),
                          ReportContent::formatEpsilon(s.epsilonLowerBound),
                          QLocale().toString(s.confidence, 'f', 2),
                          ReportContent::formatEpsilon(s.accountantEpsilon),
                          esc(ReportContent::tr("%1 of %2 (%3 canaries, %4 included)")
                                  .arg(s.correct)
                                  .arg(s.guesses)
                                  .arg(s.canaries)
                                  .arg(s.included)));
            h += QStringLiteral("<p%1>%2</p>\n")
                     .arg(s.exceedsAccountant() ? QStringLiteral(" class=\"warning\"") : QString(),
                          esc(s.verdict()));
        }
    if (c.has(QStringLiteral("dp")))
        for (const SweepSection& sweep : c.sweeps) {
            h +=
                QStringLiteral("<h3>%1</h3><table class=\"sweep\"><tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(esc(ReportContent::tr("Privacy-utility trade-off: %1 (run %2)")
                                 .arg(sweep.name)
                                 .arg(sweep.runId)),
                         esc(ReportContent::tr("Target epsilon")),
                         esc(ReportContent::tr("Mean test accuracy")),
                         esc(ReportContent::tr("Worst attack AUC")));
            for (std::size_t i = 0; i < sweep.epsilons.size(); ++i)
                h += QStringLiteral("<tr class=\"point\"><td>%1</td><td>%2</td><td>%3</td></tr>")
                         .arg(ReportContent::formatEpsilon(sweep.epsilons[i]),
                              ReportContent::formatProbability(sweep.accuracy[i]),
                              ReportContent::formatProbability(sweep.attackAuc[i]));
            h += QStringLiteral("</table>\n");
        }
    if (c.has(QStringLiteral("matrix"))) {
        h += QStringLiteral("<h2>%1</h2>\n<p>%2</p><table><tr><th>%3</th><th>%4</th><th>S</th><th>L</"
                            "th><th>%5</th><th>%6</th><th>%7</th></tr>")
                 .arg(esc(sectionTitle(QStringLiteral("matrix"))), esc(c.assessment.thresholds.describe()),
                      esc(ReportContent::tr("Threat")), esc(ReportContent::tr("Stage")),
                      esc(ReportContent::tr("Risk")), esc(ReportContent::tr("Residual")),
                      esc(ReportContent::tr("Rationale")));
        for (const auto& cell : c.assessment.cells) {
            if (cell.severity == 0 && cell.likelihood == 0) continue;
            const auto [rs, rl] = cell.residual();
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>S%3</td><td>L%4</td><td>%5</td><td>%6</"
                                "td><td>%7</td></tr>")
                     .arg(esc(assess::RiskMatrix::threatTitle(cell.threat)),
                          esc(assess::RiskMatrix::stageTitle(cell.stage)))
                     .arg(cell.severity)
                     .arg(cell.likelihood)
                     .arg(esc(assess::RiskMatrix::riskLevelTitle(
                              assess::RiskMatrix::riskLevel(cell.severity, cell.likelihood))),
                          esc(assess::RiskMatrix::riskLevelTitle(assess::RiskMatrix::riskLevel(rs, rl))),
                          esc(cell.rationale));
        }
        h += QStringLiteral("</table>\n");
    }
    if (c.has(QStringLiteral("checklists"))) {
        h += QStringLiteral(
                 "<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                 .arg(esc(sectionTitle(QStringLiteral("checklists"))), esc(ReportContent::tr("Item")),
                      esc(ReportContent::tr("Answer")), esc(ReportContent::tr("Owner")),
                      esc(ReportContent::tr("Comment")), esc(ReportContent::tr("Evidence")));
        for (const auto& pack : c.packs)
            for (const auto& item : pack.items) {
                if (!c.classification.applies(item)) continue;
                const auto a = c.assessment.checklist.value(item.id);
                QStringList evidence;
                for (const QJsonValue& e : a.evidence)
                    evidence << (e.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("run")
                                     ? ReportContent::tr("run %1").arg(
                                           e.toObject().value(QStringLiteral("run")).toInteger())
                                     : e.toObject().value(QStringLiteral("name")).toString() +
                                           QStringLiteral(" SHA-256 ") +
                                           e.toObject().value(QStringLiteral("sha256")).toString());
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                         .arg(esc(item.id), esc(a.answer.isEmpty() ? ReportContent::tr("open") : a.answer),
                              esc(a.owner), esc(a.comment), esc(evidence.join(QStringLiteral("; "))));
            }
        h += QStringLiteral("</table>\n");
    }
    if (c.has(QStringLiteral("audit"))) {
        h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>")
                 .arg(esc(sectionTitle(QStringLiteral("audit"))),
                      esc(c.verification.ok ? ReportContent::tr("Verified: %1 rows, hash chain intact.")
                                                  .arg(c.verification.auditRows)
                                            : ReportContent::tr("Verification FAILED: %1")
                                                  .arg(c.verification.problems.join(QLatin1Char(' ')))));
        if (!c.auditHead.isEmpty())
            h += QStringLiteral("<p>%1</p>\n<pre>%2</pre>\n")
                     .arg(esc(headCheckLead()), esc(headCheckCommand(c.project.path, c.auditHead)));
    }
    if (c.has(QStringLiteral("limitations"))) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(sectionTitle(QStringLiteral("limitations"))));
        list(c.limitations);
    }
    if (c.has(QStringLiteral("appendix"))) {
        h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>")
                 .arg(esc(sectionTitle(QStringLiteral("appendix"))), esc(c.environment));
        for (const RunSection& r : c.runs)
            h += QStringLiteral("<pre>%1</pre>\n").arg(esc(QString::fromUtf8(r.run.specJson)));
    }
    h += QStringLiteral("</body></html>\n");
    return h.toUtf8();
}

} // namespace privaudit::report
