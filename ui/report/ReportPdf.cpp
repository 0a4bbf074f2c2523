#include "ReportPdf.h"

#include "attack/AttackCatalogue.h"
#include "metrics/MembershipMetrics.h"
#include "metrics/Utility.h"
#include "Palette.h"
#include "project/ProjectStore.h"
#include "ReportPlots.h"

#include <cmath>
#include <functional>
#include <map>
#include <memory>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

namespace privaudit::ui {

namespace {

using report::AttackSection;
using report::ReportContent;
using report::RunSection;
using reportplots::drawAttribute;
using reportplots::drawExposure;
using reportplots::drawHeatMap;
using reportplots::drawHistogram;
using reportplots::drawMiFace;
using reportplots::drawReconstruction;
using reportplots::drawRoc;
using reportplots::drawSweep;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::ui::ReportPdf)
};

/// Hashes and identifiers must copy out of the PDF exactly: ligatures ("ff" -> U+FB00) would change them.
/// Qt 6.4 has no font-feature switch; a tiny letter spacing makes the shaper skip ligatures.
void noLigatures(QFont& f)
{
    f.setStyleStrategy(QFont::PreferOutline);
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
}

/// Control characters other than line breaks would be invisible or break the layout: shown as U+FFFD.
/// Printed user text: control characters shown as U+FFFD; bidirectional controls (embeddings, overrides,
/// isolates, marks) removed so that no text can reorder what follows it (a right-to-left override in a
/// project name reversed the footer's timestamp); line and paragraph separators become line breaks;
/// text beyond @p limit characters is cut with a visible note (the full text stays in the project).
QString printable(QString s, qsizetype limit = 50000)
{
    qsizetype cut = 0;
    if (s.size() > limit) {
        cut = s.size() - limit;
        s.truncate(limit);
    }
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F ||
            u == 0x061C)
            continue;
        if (u == 0x2028 || u == 0x2029)
            out += QLatin1Char('\n');
        else if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            out += QChar(0xFFFD);
        else
            out += c;
    }
    if (cut > 0)
        out +=
            QLatin1Char(' ') +
            Text::tr("[… %1 more characters are not printed here; the full text is in the project file and "
                     "the HTML report.]")
                .arg(cut);
    return out;
}

struct TocEntry
{
    QString title;
    int level = 1;
    int page = 0;
};

/// A flowing layout on a paged device: paragraphs, tables and figures, page breaks, footer.
class Layout
{
public:
    Layout(QPagedPaintDevice* device, QPainter* painter, const ReportContent& content, int totalPages)
        : m_device(device), m_p(painter), m_content(content), m_totalPages(totalPages)
    {
        m_width = device->width();
        m_bottom = device->height() - mm(10); // footer band
        const QString family = QFontDatabase::families().contains(QStringLiteral("DejaVu Sans"))
                                   ? QStringLiteral("DejaVu Sans")
                                   : QFont().family();
        m_body = QFont(family, 9);
        m_small = QFont(family, 7);
        m_h1 = QFont(family, 16, QFont::Bold);
        m_h2 = QFont(family, 12, QFont::Bold);
        m_h3 = QFont(family, 10, QFont::Bold);
        m_mono = QFont(QFontDatabase::families().contains(QStringLiteral("DejaVu Sans Mono"))
                           ? QStringLiteral("DejaVu Sans Mono")
                           : QStringLiteral("monospace"),
                       7);
        for (QFont* f : {&m_body, &m_small, &m_h1, &m_h2, &m_h3, &m_mono})
            noLigatures(*f);
    }

    std::vector<TocEntry> toc;
    [[nodiscard]] int page() const { return m_page; }
    [[nodiscard]] double width() const { return m_width; }
    [[nodiscard]] const QFont& body() const { return m_body; }
    [[nodiscard]] const QFont& small() const { return m_small; }
    [[nodiscard]] const QFont& mono() const { return m_mono; }
    [[nodiscard]] double mm(double v) const { return v * m_device->logicalDpiX() / 25.4; }
    [[nodiscard]] QFont font(int points, bool bold = false) const
    {
        QFont f(m_body.family(), points, bold ? QFont::Bold : QFont::Normal);
        noLigatures(f);
        return f;
    }

    void finish() { footer(); }

    void newPage()
    {
        footer();
        m_device->newPage();
        ++m_page;
        m_y = 0;
    }
    void ensure(double height)
    {
        if (m_y + height > m_bottom && m_y > 0) newPage();
    }
    void space(double millimetres) { m_y += mm(millimetres); }

    void heading(const QString& title, int level)
    {
        const QFont& f = level == 1 ? m_h1 : level == 2 ? m_h2 : m_h3;
        ensure(lineHeight(f) * 4);
        if (level <= 2) toc.push_back({title, level, m_page});
        space(level == 1 ? 4 : 2.5);
        paragraph(title, f);
        if (level == 1) {
            m_p->setPen(QPen(QColor(0, 114, 178), mm(0.4)));
            m_p->drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        }
        space(1.5);
    }

    void paragraph(const QString& text, const QFont& font, const QColor& colour = Qt::black,
                   double indent = 0)
    {
        m_p->setPen(colour);
        for (const QString& block : printable(text).split(QLatin1Char('\n'))) {
            QTextLayout layout(block, font, m_device);
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            double height = 0;
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(m_width - indent);
                line.setPosition(QPointF(0, height));
                height += line.height();
            }
            layout.endLayout();
            for (int i = 0; i < layout.lineCount(); ++i) {
                const QTextLine line = layout.lineAt(i);
                ensure(line.height());
                line.draw(m_p, QPointF(indent, m_y - line.y()));
                m_y += line.height();
            }
            if (block.isEmpty()) m_y += lineHeight(font);
        }
        space(1);
    }

    void bullets(const QStringList& items, const QColor& colour = Qt::black)
    {
        for (const QString& item : items) {
            ensure(lineHeight(m_body));
            m_p->setPen(colour);
            m_p->setFont(m_body);
            m_p->drawText(QPointF(mm(1), m_y + QFontMetricsF(m_body, m_device).ascent()),
                          QStringLiteral("•"));
            paragraph(item, m_body, colour, mm(5));
        }
    }

    /// A table with wrapping cells; the header repeats after a page break. @p fill colours cells.
    void table(const QStringList& header, const std::vector<QStringList>& rows,
               const std::vector<double>& weights, const std::function<QColor(int, int)>& fill = {},
               const QFont* font = nullptr)
    {
        const QFont& f = font ? *font : m_small;
        double total = 0;
        for (double w : weights)
            total += w;
        std::vector<double> widths;
        for (double w : weights)
            widths.push_back(m_width * w / total);
        const double pad = mm(1);
        auto cellHeight = [&](const QString& text, double w, const QFont& cf) {
            QTextLayout layout(printable(text), cf, m_device);
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            double h = 0;
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(w - 2 * pad);
                line.setPosition(QPointF(0, h));
                h += line.height();
            }
            layout.endLayout();
            return h + 2 * pad;
        };
        std::function<void(const QStringList&, bool, int)> drawRow;
        drawRow = [&](const QStringList& cells, bool isHeader, int rowIndex) {
            // Each cell is laid out once; a row taller than the space left continues on the next page
            // (under the repeated header), so long text flows instead of running off the page.
            QFont cf = f;
            cf.setBold(isHeader);
            const std::size_t n = std::min(std::size_t(cells.size()), widths.size());
            std::vector<std::unique_ptr<QTextLayout>> layouts;
            std::vector<double> heights;
            for (std::size_t k = 0; k < n; ++k) {
                auto layout = std::make_unique<QTextLayout>(printable(cells[int(k)]), cf, m_device);
                QTextOption option;
                option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
                layout->setTextOption(option);
                layout->beginLayout();
                double y = 0;
                for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
                    line.setLineWidth(widths[k] - 2 * pad);
                    line.setPosition(QPointF(0, y));
                    y += line.height();
                }
                layout->endLayout();
                heights.push_back(y);
                layouts.push_back(std::move(layout));
            }
            std::vector<int> next(n, 0); // the first line of each cell not drawn yet
            for (;;) {
                double remaining = 0;
                for (std::size_t k = 0; k < n; ++k) {
                    const QTextLayout& l = *layouts[k];
                    const double top = next[k] < l.lineCount() ? l.lineAt(next[k]).y() : heights[k];
                    remaining = std::max(remaining, heights[k] - top);
                }
                const double available = m_bottom - m_y - 2 * pad;
                const bool last = remaining <= available;
                const double sliceHeight = last ? remaining : available;
                std::vector<int> upTo(n, 0);
                for (std::size_t k = 0; k < n; ++k) {
                    const QTextLayout& l = *layouts[k];
                    int i = next[k];
                    const double top = i < l.lineCount() ? l.lineAt(i).y() : 0;
                    while (i < l.lineCount() &&
                           l.lineAt(i).y() + l.lineAt(i).height() - top <= sliceHeight + 0.01)
                        ++i;
                    upTo[k] = i;
                }
                double x = 0;
                for (std::size_t k = 0; k < n; ++k) {
                    const QRectF r(x, m_y, widths[k], sliceHeight + 2 * pad);
                    QColor bg = isHeader ? QColor(230, 230, 230) : Qt::white;
                    if (!isHeader && fill)
                        if (const QColor c = fill(rowIndex, int(k)); c.isValid()) bg = c;
                    m_p->fillRect(r, bg);
                    m_p->setPen(QPen(QColor(160, 160, 160), mm(0.15)));
                    m_p->drawRect(r);
                    m_p->setPen(bg.lightness() < 120 ? Qt::white : Qt::black);
                    const QTextLayout& l = *layouts[k];
                    const double top = next[k] < l.lineCount() ? l.lineAt(next[k]).y() : 0;
                    for (int i = next[k]; i < upTo[k]; ++i)
                        l.lineAt(i).draw(m_p, QPointF(x + pad, m_y + pad - top));
                    next[k] = upTo[k];
                    x += widths[k];
                }
                m_y += sliceHeight + 2 * pad;
                if (last) return;
                newPage();
                if (!isHeader) drawRow(header, true, -1);
            }
        };
        QFont hf = f;
        hf.setBold(true);
        double headerHeight = 0;
        for (int k = 0; k < header.size(); ++k)
            headerHeight = std::max(headerHeight, cellHeight(header[k], widths[std::size_t(k)], hf));
        ensure(headerHeight + lineHeight(f) * 2);
        drawRow(header, true, -1);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            double h = 0;
            for (int k = 0; k < rows[i].size() && k < int(widths.size()); ++k)
                h = std::max(h, cellHeight(rows[i][k], widths[std::size_t(k)], f));
            // A row that fits on a page starts on a new one rather than being split; a taller one is split
            // where it is (drawRow), once a few lines fit.
            if (m_y + h > m_bottom &&
                (h < (m_bottom - headerHeight) * 0.5 || m_bottom - m_y < lineHeight(f) * 4)) {
                newPage();
                drawRow(header, true, -1);
            }
            drawRow(rows[i], false, int(i));
        }
        space(2);
    }

    void figure(double heightMm, const std::function<void(QPainter&, const QRectF&)>& draw)
    {
        const double h = mm(heightMm);
        ensure(h);
        m_p->save();
        draw(*m_p, QRectF(0, m_y, m_width, h));
        m_p->restore();
        m_y += h;
        space(2);
    }

private:
    double lineHeight(const QFont& f) const { return QFontMetricsF(f, m_device).lineSpacing(); }

    void footer()
    {
        if (!m_content.isFinal) {
            // A draft says so on every page: a diagonal mark in light grey over the page.
            // Drawn as an outline over the page, so the text under it stays readable (PDF/A-1 has no
            // transparency), and named in the footer as text, so it survives text extraction.
            m_p->save();
            QFont mark = font(80, true);
            const QString text = Text::tr("DRAFT");
            QPainterPath path;
            path.addText(0, 0, mark, text);
            const QRectF box = path.boundingRect();
            m_p->translate(m_width / 2, m_device->height() / 2);
            m_p->rotate(-45);
            m_p->translate(-box.center());
            m_p->setBrush(Qt::NoBrush);
            m_p->setPen(QPen(QColor(190, 60, 60), mm(0.35)));
            m_p->drawPath(path);
            m_p->restore();
        }
        m_p->save();
        m_p->setFont(m_small);
        m_p->setPen(QColor(90, 90, 90));
        const double y = m_device->height() - mm(4);
        m_p->drawLine(QPointF(0, y - mm(4)), QPointF(m_width, y - mm(4)));
        m_p->drawText(QPointF(0, y),
                      (m_content.isFinal ? QString() : Text::tr("DRAFT") + QStringLiteral(" · ")) +
                          Text::tr("PrivAudit privacy audit: %1 · %2")
                              .arg(printable(m_content.project.name), m_content.generatedAt));
        const QString pageText = m_totalPages > 0 ? Text::tr("Page %1 of %2").arg(m_page).arg(m_totalPages)
                                                  : Text::tr("Page %1").arg(m_page);
        const double w = QFontMetricsF(m_small, m_device).horizontalAdvance(pageText);
        m_p->drawText(QPointF(m_width - w, y), pageText);
        m_p->restore();
    }

    QPagedPaintDevice* m_device;
    QPainter* m_p;
    const ReportContent& m_content;
    int m_totalPages = 0;
    int m_page = 1;
    double m_y = 0;
    double m_width = 0;
    double m_bottom = 0;
    QFont m_body, m_small, m_h1, m_h2, m_h3, m_mono;
};

QString metricWithCi(double v, const metrics::Interval& ci)
{
    return QStringLiteral("%1 [%2, %3]")
        .arg(ReportContent::formatProbability(v), ReportContent::formatProbability(ci.low),
             ReportContent::formatProbability(ci.high));
}

/// A dataset's personal data, re-identification risk and datasheet (issue 18).
void renderDataGovernance(Layout& L, const report::DataSection& d)
{
    const QLocale locale;
    const auto percent = [&locale](double share) -> QString {
        return locale.toString(share * 100.0, 'f', share > 0 && share < 0.001 ? 3 : 1) + QStringLiteral(" %");
    };
    L.heading(Text::tr("Personal data and re-identification risk"), 3);
    if (!d.governanceNote.isEmpty()) L.paragraph(d.governanceNote, L.body(), QColor(176, 0, 32));
    std::vector<QStringList> rows;
    for (const auto& s : d.scans) {
        if (s.findings.empty()) continue;
        QStringList found, legal;
        for (const auto& f : s.findings) {
            found << Text::tr("%1 (%2)").arg(governance::PiiScan::kindTitle(f.kind),
                                             locale.toString(f.confidence, 'f', 2));
            if (const QString ref = governance::PiiScan::legalReference(f.kind);
                !ref.isEmpty() && !legal.contains(ref))
                legal << ref;
        }
        rows.push_back({s.column, found.join(QStringLiteral("; ")),
                        governance::PiiScan::roleTitle(s.suggestedRole()), legal.join(QStringLiteral(", "))});
    }
    if (!d.scans.empty()) {
        if (rows.empty())
            L.paragraph(
                Text::tr("The PII scan found no personal data in these columns; a scan that finds nothing is "
                         "not proof that there is none."),
                L.body());
        else
            L.table({Text::tr("Column"), Text::tr("Found by the PII scan"), Text::tr("Suggested role"),
                     Text::tr("Legal reference")},
                    rows, {1.6, 3.4, 1.8, 1.4});
    }
    if (d.risk) {
        const governance::ReidentificationRisk& r = *d.risk;
        L.paragraph(
            Text::tr("Over the quasi-identifiers %1 (%2 records, %3 equivalence classes): k-anonymity %4, "
                     "sample uniques %5 (%6). Prosecutor risk: highest %7, average %8, records above %9: "
                     "%10. Expected re-identifications (sdcMicro individual risk): %11.")
                .arg(r.quasiIdentifiers.join(QStringLiteral(", ")))
                .arg(r.records)
                .arg(r.classes)
                .arg(r.kAnonymity)
                .arg(r.sampleUniques)
                .arg(percent(r.sampleUniquesShare), percent(r.prosecutor.highest),
                     percent(r.prosecutor.average), percent(r.threshold),
                     percent(r.prosecutor.shareAboveThreshold),
                     locale.toString(r.expectedReidentifications, 'f', 1)),
            L.body());
        if (!r.populationSize)
            L.paragraph(
                Text::tr(
                    "The table is taken as the whole population (no population size is registered): "
                    "journalist risk equals prosecutor risk, and the curve shows what the uniques would be "
                    "if the table were that fraction of a larger population."),
                L.small());
        std::vector<QStringList> combinations;
        qsizetype size = 0;
        int shown = 0;
        for (const auto& c : r.combinations) {
            if (c.columns.size() != size) {
                size = c.columns.size();
                shown = 0;
            }
            if (shown++ >= 3) continue;
            combinations.push_back({c.columns.join(QStringLiteral(", ")), QString::number(c.classes),
                                    locale.toString(c.distinction, 'f', 3),
                                    locale.toString(c.separation, 'f', 3), percent(c.uniquesShare),
                                    percent(c.highestRisk)});
        }
        if (!combinations.empty())
            L.table({Text::tr("Most identifying quasi-identifiers"), Text::tr("Classes"),
                     Text::tr("Distinction"), Text::tr("Separation"), Text::tr("Sample uniques"),
                     Text::tr("Highest risk")},
                    combinations, {3, 1, 1.1, 1.1, 1.2, 1.2});
        L.figure(55, [&](QPainter& painter, const QRectF& rect) {
            const QRectF left(rect.left(), rect.top(), rect.width() / 2 - 2, rect.height());
            const QRectF right(rect.left() + rect.width() / 2 + 2, rect.top(), rect.width() / 2 - 2,
                               rect.height());
            reportplots::drawRiskDistribution(painter, left, r, L.small());
            reportplots::drawUniqueness(painter, right, r, L.small());
        });
    }
    const auto& c = d.completeness;
    L.paragraph(
        Text::tr("Datasheet (Gebru et al.): %1 complete, %2 of %3 answered%4. Licence: %5. Lawful basis: %6.")
            .arg(percent(c.score()))
            .arg(c.answered)
            .arg(c.required)
            .arg(d.datasheetStored ? QString() : Text::tr(" (never saved: started from the import's fields)"),
                 d.datasheet.licence.isEmpty() ? Text::tr("(not stated)") : d.datasheet.licence,
                 d.datasheet.lawfulBasis.isEmpty()
                     ? Text::tr("(not stated)")
                     : governance::Datasheet::groundTitle(d.datasheet.lawfulBasis)),
        L.body(), c.score() < 1.0 ? QColor(138, 83, 0) : QColor(Qt::black));
    for (const QString& problem : c.problems)
        L.paragraph(problem, L.small(), QColor(176, 0, 32));
    if (!c.missing.isEmpty())
        L.paragraph(
            Text::tr("Unanswered (not 'no'): %1.").arg(d.datasheet.openSummary(c).join(QStringLiteral("; "))),
            L.small());
}

void render(Layout& L, QPainter& p, const ReportContent& c, const std::vector<TocEntry>& previousToc)
{
    // Cover.
    L.space(25);
    L.paragraph(Text::tr("Privacy audit report"), L.font(24, true), QColor(0, 84, 148));
    L.paragraph(c.project.name, L.font(16));
    L.space(6);
    std::vector<QStringList> cover = {
        {Text::tr("Report state"),
         c.isFinal ? Text::tr("Final") : Text::tr("Draft (see “Missing for a final report”)")},
        {Text::tr("Project file"), c.project.path},
        {Text::tr("Model under review"),
         c.modelName.isEmpty() ? Text::tr("None designated: this report describes no release candidate.")
                               : c.modelName},
        {Text::tr("Model SHA-256"), c.modelSha256.isEmpty() ? QStringLiteral("—") : c.modelSha256},
        {Text::tr("Audit-trail head"), c.auditHead.isEmpty() ? QStringLiteral("—") : c.auditHead},
        {Text::tr("Datasets"), c.datasetFingerprints.isEmpty()
                                   ? QStringLiteral("—")
                                   : c.datasetFingerprints.join(QLatin1Char('\n'))},
        {Text::tr("Date"),
         c.options.date.toString(Qt::ISODate) + QStringLiteral(" (") + c.generatedAt + QLatin1Char(')')},
        {Text::tr("Software"), Text::tr("PrivAudit %1").arg(c.softwareVersion)},
        {Text::tr("Assessor"), c.options.assessor.isEmpty() ? Text::tr("(not named)") : c.options.assessor},
        {Text::tr("AI Act classification"), c.classification.tierText()},
        {Text::tr("Overall privacy risk"), c.overallRisk},
    };
    // The value column holds a 64-digit hash on one line (9 pt DejaVu Sans: about 129 mm of 136).
    L.table({Text::tr("Item"), Text::tr("Value")}, cover, {1, 4}, {}, &L.body());
    L.space(4);
    L.paragraph(Text::tr("Contents"), L.font(12, true));
    std::vector<QStringList> tocRows;
    for (const TocEntry& e : previousToc)
        tocRows.push_back(
            {(e.level == 2 ? QStringLiteral("    ") : QString()) + e.title, QString::number(e.page)});
    if (tocRows.empty()) tocRows.push_back({QString(), QString()});
    L.table({Text::tr("Section"), Text::tr("Page")}, tocRows, {6, 1}, {}, &L.body());
    L.newPage();

    if (c.has(QStringLiteral("summary"))) {
        L.heading(report::sectionTitle(QStringLiteral("summary")), 1);
        L.paragraph(Text::tr("Overall privacy risk after controls: %1. AI Act classification: %2.")
                        .arg(c.overallRisk, c.classification.tierText()),
                    L.font(10, true));
        L.paragraph(Text::tr("Key findings"), L.font(10, true));
        L.bullets(c.findings);
        L.paragraph(Text::tr("What to do next"), L.font(10, true));
        L.bullets(c.nextSteps.isEmpty()
                      ? QStringList{Text::tr("Keep the assessment current when the model or data change.")}
                      : c.nextSteps);
        if (!c.missing.isEmpty()) {
            L.paragraph(Text::tr("Missing for a complete audit"), L.font(10, true), QColor(176, 0, 32));
            L.bullets(c.missing, QColor(176, 0, 32));
        }
        if (!c.isFinal && !c.finalMissing.isEmpty()) {
            L.paragraph(Text::tr("Missing for a final report"), L.font(10, true), QColor(176, 0, 32));
            L.bullets(c.finalMissing, QColor(176, 0, 32));
        }
        if (!c.comparisons.isEmpty()) {
            L.paragraph(Text::tr("Comparisons (other models; not findings about the model under review)"),
                        L.font(10, true));
            L.bullets(c.comparisons);
        }
    }
    if (c.has(QStringLiteral("scope"))) {
        L.heading(report::sectionTitle(QStringLiteral("scope")), 1);
        L.paragraph(Text::tr("Threat model: the attacker queries the model as a black box (access mode: %1), "
                             "knows the training "
                             "recipe and has data from the same population, and tries to tell whether a "
                             "given person's record was "
                             "in the training data (membership inference). Members and non-members are drawn "
                             "at random from the same "
                             "data, so an attack's success is a property of the model.")
                        .arg(c.assessment.accessMode),
                    L.body());
        std::vector<QStringList> rows;
        for (const RunSection& r : c.runs) {
            const QJsonObject spec = QJsonDocument::fromJson(r.run.specJson).object();
            const QJsonObject attacks = spec.value(QStringLiteral("attacks")).toObject();
            QStringList names;
            for (const AttackSection& a : r.attacks)
                names << attack::AttackCatalogue::title(a.attack);
            rows.push_back({QString::number(r.run.id), project::builtInText(r.run.name), r.model,
                            names.join(QStringLiteral(", ")),
                            QString::number(attacks.value(QStringLiteral("reference_models")).toInt()),
                            QString::number(r.run.seed),
                            QStringLiteral("%1 / %2").arg(r.summary.members).arg(r.summary.nonMembers)});
        }
        if (rows.empty())
            L.paragraph(Text::tr("No membership-inference run is stored in this project."), L.body(),
                        QColor(176, 0, 32));
        else
            L.table({Text::tr("Run"), Text::tr("Name"), Text::tr("Model"), Text::tr("Attacks"),
                     Text::tr("Reference models"), Text::tr("Seed"), Text::tr("Members / non-members")},
                    rows, {0.6, 3, 1.6, 2, 1.2, 0.8, 1.6});
    }
    if (c.has(QStringLiteral("data"))) {
        L.heading(report::sectionTitle(QStringLiteral("data")), 1);
        if (c.data.empty())
            L.paragraph(Text::tr("No dataset: no model under review with a completed run."), L.body(),
                        QColor(176, 0, 32));
        auto orUnstated = [](const QString& v) {
            return v.trimmed().isEmpty() ? Text::tr("(not stated)") : v;
        };
        for (const report::DataSection& d : c.data) {
            L.heading(project::builtInText(d.dataset.name), 2);
            L.table({Text::tr("Datasheet"), Text::tr("Value")},
                    {{Text::tr("Origin"), orUnstated(project::builtInText(d.dataset.origin))},
                     {Text::tr("Licence"), orUnstated(project::builtInText(d.dataset.licence))},
                     {Text::tr("Consent / legal basis"), orUnstated(project::builtInText(d.dataset.consent))},
                     {Text::tr("Purpose"), orUnstated(project::builtInText(d.dataset.purpose))},
                     {Text::tr("Rows and columns"),
                      Text::tr("%1 rows, %2 columns").arg(d.dataset.rows).arg(d.dataset.columns)},
                     {Text::tr("SHA-256 of the file"), d.dataset.sha256}},
                    {1.2, 4});
            std::vector<QStringList> rows;
            for (const auto& col : d.columns)
                rows.push_back(
                    {col.name, col.type, col.role, QString::number(col.missing),
                     !col.excludedBecause.isEmpty() ? Text::tr("excluded: %1").arg(col.excludedBecause)
                     : col.role == QLatin1String("sensitive")
                         ? Text::tr("used; sensitive: its values are hidden in views and in this report")
                         : Text::tr("used")});
            L.table({Text::tr("Column"), Text::tr("Type"), Text::tr("Role"), Text::tr("Missing"),
                     Text::tr("In training")},
                    rows, {2, 1.2, 1.2, 0.9, 3.5});
            if (!d.classBalance.isEmpty()) {
                qint64 total = 0;
                for (qint64 n : d.classBalance)
                    total += n;
                QStringList parts;
                for (auto it = d.classBalance.begin(); it != d.classBalance.end(); ++it)
                    parts << Text::tr("%1: %2 (%3%)")
                                 .arg(it.key())
                                 .arg(it.value())
                                 .arg(QLocale().toString(100.0 * double(it.value()) /
                                                             double(std::max<qint64>(1, total)),
                                                         'f', 1));
                L.paragraph(Text::tr("Class balance of the label over the %1 rows the runs used: %2.")
                                .arg(total)
                                .arg(parts.join(QStringLiteral(", "))),
                            L.body());
            }
            for (const QString& n : d.notes)
                L.paragraph(Text::tr("Import: %1").arg(n), L.small());
            renderDataGovernance(L, d);
        }
    }
    if (c.has(QStringLiteral("results"))) {
        L.heading(report::sectionTitle(QStringLiteral("results")), 1);
        if (c.runs.empty())
            L.paragraph(
                Text::tr("No results: run a membership-inference test and generate the report again."),
                L.body(), QColor(176, 0, 32));
        for (const RunSection& r : c.runs) {
            L.heading(Text::tr("Run %1: %2").arg(r.run.id).arg(project::builtInText(r.run.name)) +
                          QStringLiteral(" — ") +
                          (r.underReview ? Text::tr("model under review") : Text::tr("comparison")),
                      2);
            const attack::TargetFigures t = r.summary.target.value_or(attack::TargetFigures{});
            if (!t.utility.isEmpty()) {
                const auto utility = metrics::UtilityCheck::fromJson(t.utility);
                L.paragraph(
                    Text::tr("Majority-class baseline accuracy %1; task AUC %2 (95% interval from %3).")
                        .arg(ReportContent::formatProbability(utility.baselineAccuracy),
                             ReportContent::formatProbability(utility.taskAuc),
                             ReportContent::formatProbability(utility.taskAucLow)),
                    L.body());
            }
            for (const QString& w : r.warnings)
                L.paragraph(Text::tr("Warning: %1").arg(w), L.body(), QColor(176, 0, 32));
            L.paragraph(Text::tr("Target accuracy: train %1, test %2. %3")
                            .arg(ReportContent::formatProbability(t.trainAccuracy),
                                 ReportContent::formatProbability(t.testAccuracy),
                                 r.dp ? Text::tr("Trained with DP-SGD: epsilon %1 at delta %2.")
                                            .arg(ReportContent::formatEpsilon(t.epsilon))
                                            .arg(QLocale().toString(t.delta, 'g', 3))
                                      : Text::tr("Trained without differential privacy.")),
                        L.body());
            std::vector<QStringList> rows;
            QStringList warnings;
            for (const AttackSection& a : r.attacks) {
                const metrics::AttackMetrics& m = a.metrics;
                rows.push_back({attack::AttackCatalogue::title(a.attack), metricWithCi(m.auc, m.aucCi),
                                metricWithCi(m.advantage, m.advantageCi),
                                metricWithCi(m.tprAt(0.001), m.tprCiAt(0.001)),
                                metricWithCi(m.tprAt(0.01), m.tprCiAt(0.01)),
                                ReportContent::formatEpsilon(m.epsilonLowerBound.epsilon)});
                for (const QString& w :
                     metrics::MembershipMetrics::warningsFor(m)) // in the report's language
                    if (!warnings.contains(w)) warnings << w;
            }
            L.table({Text::tr("Attack"), Text::tr("AUC [95% CI]"), Text::tr("Advantage"),
                     Text::tr("TPR at 0.1% FPR"), Text::tr("TPR at 1% FPR"), Text::tr("Empirical epsilon ≥")},
                    rows, {1.3, 2.2, 2.2, 2.2, 2.2, 1.3});
            for (const QString& w : warnings)
                L.paragraph(w, L.small(), QColor(120, 70, 0));
            L.figure(70,
                     [&](QPainter& painter, const QRectF& rect) { drawRoc(painter, rect, r, L.small()); });
            const AttackSection* shown = nullptr;
            for (const AttackSection& a : r.attacks)
                if (!shown || a.metrics.auc > shown->metrics.auc) shown = &a;
            if (shown && !shown->memberHistogram.empty()) {
                L.ensure(L.mm(70)); // the caption stays with its figure
                L.paragraph(Text::tr("Score distribution of the strongest attack (%1): the more the two "
                                     "curves differ, the more the "
                                     "model reveals membership.")
                                .arg(shown->attack),
                            L.small());
                L.figure(55, [&](QPainter& painter, const QRectF& rect) {
                    drawHistogram(painter, rect, *shown, L.small());
                });
                std::vector<QStringList> exposed;
                for (const auto& e : shown->mostExposed)
                    exposed.push_back({QString::number(e.row + 1), QLocale().toString(e.score, 'g', 6)});
                if (!exposed.empty()) {
                    L.paragraph(Text::tr("Most exposed training records (data rows counted from 1, the "
                                         "header not counted; their "
                                         "values, including sensitive columns, are deliberately not shown):"),
                                L.small());
                    L.table({Text::tr("Data row"), Text::tr("Attack score")}, exposed, {1, 1});
                }
            }
        }
    }
    if (c.has(QStringLiteral("attribute"))) {
        L.heading(report::sectionTitle(QStringLiteral("attribute")), 1);
        if (c.attributes.empty()) L.paragraph(report::attributeNone(), L.body());
        for (const report::AttributeSection& a : c.attributes) {
            L.heading(report::attributeHeading(a), 2);
            L.paragraph(report::attributeScope(a), L.body());
            L.table(report::attributeColumns(), report::attributeRows(a), {1.9, 1.1, 1.4, 1.5, 1.5});
            L.figure(20.0 + 9.0 * double(a.attacks.size()), [&](QPainter& painter, const QRectF& rect) {
                drawAttribute(painter, rect, a, L.small());
            });
            for (const QString& f : a.findings)
                L.paragraph(f, L.body());
        }
        if (!c.attributes.empty()) L.paragraph(report::attributeMethod(), L.small());
    }
    if (c.has(QStringLiteral("memorisation"))) {
        L.heading(report::sectionTitle(QStringLiteral("memorisation")), 1);
        if (c.memorisation.empty())
            L.paragraph(c.counterfactual.empty() ? report::MemorisationSection::none()
                                                 : report::MemorisationSection::noCanaryRun(),
                        L.body());
        for (const report::MemorisationSection& m : c.memorisation) {
            L.heading(m.heading(), 2);
            L.paragraph(m.scope(), L.body());
            L.table(report::MemorisationSection::columns(), m.rows(), {2.0, 1.3, 1.6, 1.5});
            L.figure(
                20.0 + 9.0 * double(m.summary.levels.size()),
                [&](QPainter& painter, const QRectF& rect) { drawExposure(painter, rect, m, L.small()); });
            for (const QString& f : m.findings)
                L.paragraph(f, L.body());
        }
        if (!c.memorisation.empty()) L.paragraph(report::MemorisationSection::method(), L.small());
        for (const report::CounterfactualSection& m : c.counterfactual) {
            L.heading(m.heading(), 2);
            L.paragraph(m.scope(), L.body());
            L.table(report::CounterfactualSection::columns(), m.rows(), {1.0, 1.3, 1.2, 0.9, 0.8, 1.1});
            for (const QString& f : m.findings)
                L.paragraph(f, L.body());
        }
        if (!c.counterfactual.empty()) L.paragraph(report::CounterfactualSection::method(), L.small());
    }
    if (c.has(QStringLiteral("inversion"))) {
        L.heading(report::sectionTitle(QStringLiteral("inversion")), 1);
        if (c.inversions.empty()) L.paragraph(report::InversionSection::none(), L.body());
        for (const report::InversionSection& s : c.inversions) {
            L.heading(s.heading(), 2);
            L.paragraph(s.scope(), L.body());
            L.table(report::InversionSection::columns(), s.rows(), {2.0, 1.3, 1.6, 1.4});
            L.figure(55, [&](QPainter& painter, const QRectF& rect) {
                drawReconstruction(painter, rect, s, L.small());
            });
            for (const QString& f : s.findings)
                L.paragraph(f, L.body());
        }
        if (!c.inversions.empty()) L.paragraph(report::InversionSection::method(), L.small());
        if (c.miFaces.empty()) L.paragraph(report::MiFaceSection::none(), L.body());
        for (const report::MiFaceSection& s : c.miFaces) {
            L.heading(s.heading(), 2);
            L.paragraph(s.scope(), L.body());
            L.table(report::MiFaceSection::columns(), s.rows(), {2.4, 1.2, 1.8});
            L.table(report::MiFaceSection::classColumns(), s.classRows(), {1.4, 1.1, 1.1, 1.1, 1.0});
            L.figure(70,
                     [&](QPainter& painter, const QRectF& rect) { drawMiFace(painter, rect, s, L.small()); });
            for (const QString& f : s.findings)
                L.paragraph(f, L.body());
        }
        if (!c.miFaces.empty()) L.paragraph(report::MiFaceSection::method(), L.small());
    }
    if (c.has(QStringLiteral("subgroups"))) {
        L.heading(report::sectionTitle(QStringLiteral("subgroups")), 1);
        if (c.subgroups.empty()) L.paragraph(report::SubgroupSection::none(), L.body());
        for (const report::SubgroupSection& g : c.subgroups) {
            L.heading(g.heading(), 2);
            L.paragraph(g.scope(), L.body());
            L.table(g.columns(), g.rows(), g.columnWidths());
            for (const QString& f : g.findings)
                L.paragraph(f, L.body());
        }
        if (!c.subgroups.empty()) L.paragraph(report::SubgroupSection::method(), L.small());
    }
    if (c.has(QStringLiteral("dp"))) {
        L.heading(report::sectionTitle(QStringLiteral("dp")), 1);
        bool any = false;
        for (const RunSection& r : c.runs) {
            if (!r.dp) continue;
            any = true;
            L.heading(Text::tr("Run %1: %2").arg(r.run.id).arg(project::builtInText(r.run.name)), 2);
            const attack::TargetFigures t = r.summary.target.value_or(attack::TargetFigures{});
            L.table({Text::tr("Accountant"), Text::tr("Epsilon"), Text::tr("Delta"),
                     Text::tr("Noise multiplier σ"), Text::tr("Sampling rate q"), Text::tr("Steps")},
                    {{QStringLiteral("RDP"), ReportContent::formatEpsilon(t.epsilon),
                      QLocale().toString(t.delta, 'g', 6), QLocale().toString(t.noiseMultiplier, 'f', 4),
                      QLocale().toString(t.samplingRate, 'g', 6), QString::number(t.steps)}},
                    {1, 1, 1, 1.3, 1.3, 1});
            L.paragraph(r.dpStatement, L.body());
            double worst = 0;
            for (const AttackSection& a : r.attacks)
                worst = std::max(worst, a.metrics.epsilonLowerBound.epsilon);
            const double accountant = t.epsilon;
            if (worst <= accountant)
                L.paragraph(
                    Text::tr("The largest empirical lower bound measured on this model is %1, against the "
                             "accountant's %2: "
                             "the measurement is consistent with the guarantee.")
                        .arg(ReportContent::formatEpsilon(worst), ReportContent::formatEpsilon(accountant)),
                    L.body());
            else
                L.paragraph(
                    Text::tr("The largest empirical lower bound measured on this model, %1, EXCEEDS the "
                             "accountant's %2: "
                             "the guarantee does not hold as stated. Check the training implementation and "
                             "the accounting "
                             "before relying on it.")
                        .arg(ReportContent::formatEpsilon(worst), ReportContent::formatEpsilon(accountant)),
                    L.body(), QColor(176, 0, 32));
        }
        if (!any)
            L.paragraph(Text::tr("No model in this project was trained with differential privacy."),
                        L.body());
        for (const report::AuditSection& a : c.audits) {
            const attack::OneRunAuditSummary& s = a.summary;
            L.heading(Text::tr("One-run audit: %1 (run %2)").arg(a.name).arg(a.runId), 2);
            L.table(
                {Text::tr("Empirical epsilon ≥"), Text::tr("Confidence"), Text::tr("Accountant's epsilon"),
                 Text::tr("Right guesses"), Text::tr("Canaries (included)")},
                {{ReportContent::formatEpsilon(s.epsilonLowerBound), QLocale().toString(s.confidence, 'f', 2),
                  ReportContent::formatEpsilon(s.accountantEpsilon),
                  Text::tr("%1 of %2").arg(s.correct).arg(s.guesses),
                  QStringLiteral("%1 (%2)").arg(s.canaries).arg(s.included)}},
                {1.3, 1, 1.3, 1, 1.3});
            L.paragraph(s.verdict(), L.body(),
                        s.exceedsAccountant() ? QColor(176, 0, 32) : QColor(Qt::black));
            L.paragraph(
                Text::tr("Method: privacy auditing with one training run (Steinke, Nasr & Jagielski, "
                         "NeurIPS 2023); mislabelled canaries from the population pool, each included "
                         "with probability 1/2, scored by their loss; the guesses were fixed in "
                         "advance. The canaries' scores are stored with the run."),
                L.small());
        }
        for (const report::SweepSection& sweep : c.sweeps) {
            L.heading(Text::tr("Privacy-utility trade-off: %1 (run %2)").arg(sweep.name).arg(sweep.runId), 2);
            L.figure(70, [&](QPainter& painter, const QRectF& rect) {
                drawSweep(painter, rect, sweep, L.small());
            });
        }
    }
    if (c.has(QStringLiteral("matrix"))) {
        L.heading(report::sectionTitle(QStringLiteral("matrix")), 1);
        L.figure(95,
                 [&](QPainter& painter, const QRectF& rect) { drawHeatMap(painter, rect, c, L.small()); });
        L.paragraph(c.assessment.thresholds.describe(), L.small());
        std::vector<QStringList> rows;
        std::vector<QString> levels;
        for (const auto& cell : c.assessment.cells) {
            if (cell.severity == 0 && cell.likelihood == 0) continue;
            const auto [rs, rl] = cell.residual();
            levels.push_back(assess::RiskMatrix::riskLevel(rs, rl));
            rows.push_back({assess::RiskMatrix::threatTitle(cell.threat),
                            assess::RiskMatrix::stageTitle(cell.stage),
                            QStringLiteral("S%1 L%2").arg(cell.severity).arg(cell.likelihood),
                            cell.controls.join(QStringLiteral(", ")),
                            QStringLiteral("S%1 L%2 %3")
                                .arg(rs)
                                .arg(rl)
                                .arg(assess::RiskMatrix::riskLevelTitle(levels.back())),
                            cell.rationale, cell.owner});
        }
        for (const report::StaleCell& stale : c.staleCells)
            L.paragraph(Text::tr("Out of date: %1").arg(stale.reason), L.body(), QColor(176, 0, 32));
        if (rows.empty())
            L.paragraph(Text::tr("The matrix has not been filled in."), L.body(), QColor(176, 0, 32));
        else
            L.table({Text::tr("Threat"), Text::tr("Stage"), Text::tr("Inherent"), Text::tr("Controls"),
                     Text::tr("Residual"), Text::tr("Rationale"), Text::tr("Owner")},
                    rows, {2, 2, 1, 2, 1.6, 3.5, 1.3}, [&](int row, int col) {
                        return col == 4 ? riskLevelColour(levels[std::size_t(row)]) : QColor();
                    });
    }
    if (c.has(QStringLiteral("checklists"))) {
        L.heading(report::sectionTitle(QStringLiteral("checklists")), 1);
        L.paragraph(Text::tr("AI Act classification: %1 (role %2).")
                        .arg(c.classification.tierText(), c.assessment.role),
                    L.body());
        std::vector<QStringList> reasoning;
        for (const auto& r : c.classification.reasoning)
            reasoning.push_back({r.article, r.text});
        L.table({Text::tr("Article"), Text::tr("Reasoning")}, reasoning, {1, 4});
        for (const auto& pack : c.packs) {
            std::vector<QStringList> rows;
            for (const auto& item : pack.items) {
                if (!c.classification.applies(item)) continue;
                const auto a = c.assessment.checklist.value(item.id);
                QStringList evidence;
                for (const QJsonValue& e : a.evidence)
                    evidence << (e.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("run")
                                     ? Text::tr("run %1").arg(
                                           e.toObject().value(QStringLiteral("run")).toInteger())
                                     : e.toObject().value(QStringLiteral("name")).toString() +
                                           QStringLiteral(" SHA-256 ") +
                                           e.toObject().value(QStringLiteral("sha256")).toString());
                QString when;
                for (const auto& o : c.classification.obligations)
                    if (o.itemId == item.id) when = o.status;
                rows.push_back(
                    {item.id, item.question, a.answer.isEmpty() ? Text::tr("open") : a.answer,
                     a.owner + (a.due.isValid() ? QStringLiteral("\n") +
                                                      Text::tr("due %1").arg(a.due.toString(Qt::ISODate))
                                                : QString()),
                     a.comment, evidence.join(QLatin1Char('\n')), when});
            }
            if (rows.empty()) continue;
            L.heading(pack.title, 2);
            L.table({Text::tr("Item"), Text::tr("Question"), Text::tr("Answer"), Text::tr("Owner"),
                     Text::tr("Comment"), Text::tr("Evidence"), Text::tr("Applies")},
                    rows, {1.6, 4, 1.2, 1.3, 2.1, 2.0, 1.8});
        }
    }
    if (c.has(QStringLiteral("audit"))) {
        L.heading(report::sectionTitle(QStringLiteral("audit")), 1);
        L.paragraph(
            c.verification.ok
                ? Text::tr(
                      "Verified when this report was generated: the SQLite integrity check passed, the %1 "
                      "audit-trail "
                      "rows chain correctly and all %2 stored results match the hashes recorded for them.")
                      .arg(c.verification.auditRows)
                      .arg(c.verification.resultsChecked)
                : Text::tr("Verification FAILED: %1").arg(c.verification.problems.join(QLatin1Char(' '))),
            L.body(), c.verification.ok ? QColor(0, 100, 0) : QColor(176, 0, 32));
        if (!c.auditTrail.empty())
            L.paragraph(
                Text::tr(
                    "First entry %1, last entry %2. Hash of the last entry (keep it with this report): %3")
                    .arg(c.auditTrail.front().at, c.auditTrail.back().at, c.auditTrail.back().hash),
                L.small());
        if (!c.auditHead.isEmpty()) {
            L.paragraph(report::headCheckLead(), L.small());
            L.paragraph(report::headCheckCommand(c.project.path, c.auditHead), L.mono());
        }
        std::vector<QStringList> rows;
        for (auto it = c.auditActions.begin(); it != c.auditActions.end(); ++it)
            rows.push_back({it.key(), QString::number(it.value())});
        L.table({Text::tr("Action"), Text::tr("Entries")}, rows, {3, 1});
    }
    if (c.has(QStringLiteral("limitations"))) {
        L.heading(report::sectionTitle(QStringLiteral("limitations")), 1);
        L.bullets(c.limitations);
    }
    if (c.has(QStringLiteral("signoff"))) {
        L.heading(report::sectionTitle(QStringLiteral("signoff")), 1);
        L.paragraph(
            Text::tr("I have reviewed the evidence in this report and the project file it was generated from "
                     "(audit-trail hash above)."),
            L.body());
        L.table({Text::tr("Role"), Text::tr("Name"), Text::tr("Date"), Text::tr("Signature")},
                {{Text::tr("Assessor"), c.options.assessor, QString(), QString()},
                 {Text::tr("Data protection officer"), QString(), QString(), QString()},
                 {Text::tr("Accountable manager"), QString(), QString(), QString()}},
                {2, 3, 1.5, 3}, {}, &L.body());
    }
    if (c.has(QStringLiteral("appendix"))) {
        L.heading(report::sectionTitle(QStringLiteral("appendix")), 1);
        L.paragraph(Text::tr("Environment: %1").arg(c.environment), L.small());
        for (const RunSection& r : c.runs) {
            L.paragraph(Text::tr("Job spec of run %1 (SHA-256 %2):").arg(r.run.id).arg(r.run.specSha256),
                        L.small());
            L.paragraph(QString::fromUtf8(r.run.specJson), L.mono());
        }
    }
    Q_UNUSED(p)
}

} // namespace

int ReportPdf::paint(const report::ReportContent& content, QPagedPaintDevice* device)
{
    // Measuring passes on a scratch writer with the same page layout: first how many contents entries there
    // are, then (with that many placeholder rows on the cover) where each section starts and the page count.
    std::vector<TocEntry> toc;
    int pages = 0;
    for (int pass = 0; pass < 2; ++pass) {
        QBuffer scratch;
        scratch.open(QIODevice::WriteOnly);
        QPdfWriter measure(&scratch);
        measure.setPageLayout(device->pageLayout());
        measure.setResolution(device->logicalDpiX());
        QPainter p(&measure);
        Layout L(&measure, &p, content, 0);
        render(L, p, content,
               pass == 0 ? std::vector<TocEntry>()
                         : std::vector<TocEntry>(toc.size(), TocEntry{QStringLiteral("x"), 1, 99}));
        L.finish();
        toc = L.toc;
        pages = L.page();
    }
    QPainter p(device);
    Layout L(device, &p, content, pages);
    render(L, p, content, toc);
    L.finish();
    return L.page();
}

QString ReportPdf::write(const report::ReportContent& content, const QString& path, int* pages)
{
    // Written to a temporary file and renamed over the target: a report is never half written.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Text::tr("Could not write the report to '%1': %2.").arg(path, file.errorString());
    QPdfWriter writer(&file);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(Text::tr("Privacy audit report: %1").arg(content.project.name));
    writer.setCreator(QStringLiteral("PrivAudit %1").arg(content.softwareVersion));
    int n = 0;
    {
        n = paint(content, &writer);
    }
    if (pages) *pages = n;
    if (file.size() == 0 || !file.commit())
        return Text::tr("Could not write the report to '%1': %2.").arg(path, file.errorString());
    return {};
}

} // namespace privaudit::ui
