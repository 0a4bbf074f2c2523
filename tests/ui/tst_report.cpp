// The audit report from real projects: PDF/A-1b that pdftotext reads, every heading and the stored
// numbers in it, a non-blank first page, an empty project, and user text shown literally.
#include "assess/Assessment.h"
#include "assess/Review.h"
#include "data/DemoData.h"
#include "jobs/JobExecutor.h"
#include "project/ProjectStore.h"
#include "report/ReportContent.h"
#include "ReportPdf.h"

#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace privaudit;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool haveTool(const char* name)
{
    return !QStandardPaths::findExecutable(QLatin1String(name)).isEmpty();
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;
    compute::ComputeSettings m_settings = compute::ComputeSettings::recommended();

private Q_SLOTS:
    void initTestCase()
    {
        compute::ComputeEnvironment::apply(m_settings);
        // A project like the demo's, smaller: a non-private and a DP run, and an assessment with hostile
        // text.
        m_project = m_dir.filePath(QStringLiteral("r.privaudit"));
        auto store = project::ProjectStore::create(m_project, QStringLiteral("Credit <model> & \"scores\""));
        QVERIFY(store);
        std::atomic<bool> cancel{false};
        for (const char* dp : {"", R"(, "dp": {"target_epsilon": 2})"}) {
            const QByteArray json =
                QByteArray(
                    R"({"schema_version": 1, "seed": 3, "dataset": {"source": "demo", "label": "readmitted",
                "member_rows": 800}, "target": {"model": "mlp:32", "epochs": 20)") +
                dp +
                R"(}, "attacks": {"names": ["loss", "lira"], "reference_models": 2}, "statistics": {"bootstrap": 20}})";
            auto spec = jobs::JobSpec::fromJson(json);
            QVERIFY2(spec, qPrintable(spec.error()));
            const auto result = jobs::JobExecutor::run(*spec, *store.value(), m_settings, cancel);
            QVERIFY2(result.outcome == jobs::JobOutcome::Completed, qPrintable(result.message));
        }
        QVERIFY(assess::ModelUnderReview::designate(*store.value(), 2).isEmpty()); // the DP model
        auto a = assess::Assessment::load(*store.value());
        assess::Assessment assessment = *a;
        assess::ChecklistAnswer answer;
        answer.answer = QStringLiteral("partial");
        answer.comment = QStringLiteral("<script>alert('x')</script> & <b>bold</b>") + QChar(0x07) +
                         QStringLiteral("bell");
        answer.owner = QStringLiteral("Eve <eve@example.org>");
        assessment.checklist.insert(QStringLiteral("RISK-MIA"), answer);
        assessment.checklist.insert(QStringLiteral("AIA-SCOPE-01"),
                                    assess::ChecklistAnswer{QStringLiteral("yes"), {}, {}, {}, {}});
        assessment.suggestFromProject(*store.value());
        assess::MatrixCell* cell =
            assessment.cell(QStringLiteral("membership-inference"), QStringLiteral("deployment"));
        cell->severity = 3;
        cell->likelihood = cell->suggestedLikelihood;
        cell->rationale = QStringLiteral("Rationale with <tags> & \"quotes\"");
        QVERIFY(assessment.save(*store.value()).isEmpty());
    }

    void pdfHasEverySectionAndTheStoredNumbers()
    {
        if (!haveTool("pdftotext") || !haveTool("pdftoppm"))
            QSKIP("poppler-utils (pdftotext, pdftoppm) are not installed; installer/setup-deps.sh installs "
                  "them");
        auto store = project::ProjectStore::open(m_project);
        report::ReportOptions options;
        options.assessor = QStringLiteral("<b>A. Auditor</b>");
        auto content = report::ReportContent::build(*store.value(), options);
        QVERIFY2(content, qPrintable(content.error()));
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        int pages = 0;
        QVERIFY(ui::ReportPdf::write(*content, pdf, &pages).isEmpty());
        QVERIFY(pages >= 6);
        const QString text = pdfText(pdf);
        for (const QString& id : report::sectionIds())
            QVERIFY2(text.contains(report::sectionTitle(id)), qPrintable(report::sectionTitle(id)));
        // Every stored AUC, TPR at 0.1% FPR and empirical epsilon, and the DP run's epsilon, as the report
        // formats them.
        const auto runs = store.value()->runs();
        for (const auto& run : *runs) {
            const auto results = store.value()->results(run.id);
            for (const auto& r : *results) {
                const QJsonObject m = QJsonDocument::fromJson(r.metricsJson).object();
                for (const QString& number :
                     {report::ReportContent::formatProbability(m.value(QStringLiteral("auc")).toDouble()),
                      report::ReportContent::formatProbability(m.value(QStringLiteral("tpr_at_fpr"))
                                                                   .toObject()
                                                                   .value(QStringLiteral("0.001"))
                                                                   .toDouble()),
                      report::ReportContent::formatEpsilon(
                          m.value(QStringLiteral("epsilon_lower_bound")).toDouble())})
                    QVERIFY2(text.contains(number), qPrintable(r.attack + QLatin1Char(' ') + number));
            }
            if (run.summary.value(QStringLiteral("dp")).toBool())
                QVERIFY(text.contains(report::ReportContent::formatEpsilon(
                    run.summary.value(QStringLiteral("epsilon")).toDouble())));
        }
        // The data section has the PII scan, the re-identification risk over the scan's quasi-identifiers
        // (k counted again here from the demo table) and the datasheet's completeness.
        QCOMPARE(content->data.size(), std::size_t(1));
        const report::DataSection& data = content->data.front();
        QVERIFY2(data.governanceNote.isEmpty(), qPrintable(data.governanceNote));
        QVERIFY(data.risk.has_value());
        QVERIFY(text.contains(QLatin1String("Personal data and re-identification risk")));
        QVERIFY(text.contains(QLatin1String("patient_id")));
        {
            const data::DataTable demo = data::DemoData::patients();
            QHash<QString, int> count;
            for (std::size_t r = 0; r < demo.rowCount(); ++r) {
                QStringList key;
                for (const QString& q : data.risk->quasiIdentifiers)
                    key << demo.column(std::size_t(demo.indexOf(q))).text(r);
                ++count[key.join(QLatin1Char('|'))];
            }
            int k = 1 << 30;
            for (int c : count)
                k = std::min(k, c);
            QCOMPARE(data.risk->kAnonymity, std::int64_t(k));
            QVERIFY(text.contains(QStringLiteral("k-anonymity %1").arg(k)));
        }
        QVERIFY(text.contains(QStringLiteral("Datasheet (Gebru et al.): ")));
        QVERIFY(text.contains(QStringLiteral("Unanswered (not 'no')")));
        // The demo data's sensitive diagnosis column has no attribute-inference run: a next step says so.
        QVERIFY(!content->nextSteps.filter(QStringLiteral("diagnosis")).isEmpty());
        // Hashes copy out exactly (no ligatures), and user text appears literally.
        QCOMPARE(content->modelSha256.size(), 64);
        QVERIFY(text.contains(content->modelSha256));
        QVERIFY(text.contains(QLatin1String("<b>A. Auditor</b>")));
        QVERIFY(text.contains(QLatin1String("Credit <model> & \"scores\"")));
        // Table cells wrap: compare without line breaks.
        QString flat = text;
        flat.replace(QLatin1Char('\n'), QString());
        QVERIFY2(flat.contains(QLatin1String("<script>alert('x')</script>")),
                 qPrintable(flat.mid(flat.indexOf(QLatin1String("<script")) - 20, 200)));
        QVERIFY(flat.contains(QLatin1String("<eve@example.org>")));
        // PDF/A-1b declared in the XMP metadata, fonts embedded.
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("pdfaid:part=\"1\""));
        QVERIFY(bytes.contains("pdfaid:conformance=\"B\""));
        QVERIFY(bytes.contains("/FontFile2"));
        // The first page, rendered, is not blank.
        QProcess render;
        render.start(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"), QStringLiteral("1"),
                      QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-png"), pdf,
                      m_dir.filePath(QStringLiteral("page"))});
        QVERIFY(render.waitForFinished(60000));
        QDir dir(m_dir.path());
        const QStringList pngs = dir.entryList({QStringLiteral("page*.png")});
        QCOMPARE(pngs.size(), 1);
        const QImage page(dir.filePath(pngs.first()));
        QVERIFY(!page.isNull());
        int dark = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x)
                dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY2(dark > page.width() * page.height() / 200, qPrintable(QString::number(dark)));
    }

    void htmlEscapesUserText()
    {
        auto store = project::ProjectStore::open(m_project);
        auto content = report::ReportContent::build(*store.value(), {});
        const QString html = QString::fromUtf8(report::reportHtml(*content));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")) ||
                html.contains(QLatin1String("&lt;script&gt;alert('x')&lt;/script&gt;")));
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(html.contains(QLatin1String("Credit &lt;model&gt; &amp; &quot;scores&quot;")));
    }

    void emptyProjectSaysWhatIsMissing()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.privaudit"));
        QVERIFY(project::ProjectStore::create(path, QStringLiteral("empty")));
        auto store = project::ProjectStore::open(path);
        auto content = report::ReportContent::build(*store.value(), {});
        QVERIFY2(content, qPrintable(content.error()));
        QVERIFY(!content->missing.isEmpty());
        const QString pdf = m_dir.filePath(QStringLiteral("empty.pdf"));
        QVERIFY(ui::ReportPdf::write(*content, pdf).isEmpty());
        if (!haveTool("pdftotext")) QSKIP("pdftotext is not installed");
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QLatin1String("No membership-inference run")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QLatin1String("has not been filled in")));
        QVERIFY(text.contains(report::sectionTitle(QStringLiteral("signoff"))));
    }

    void longAndBidiTextIsPrintedWhole()
    {
        // A 6,000-word comment flows over pages whole; a right-to-left override in the project name and a
        // comment cannot reorder the page; a 10 MB comment is cut with a note, in bounded time.
        if (!haveTool("pdftotext")) QSKIP("pdftotext is not installed");
        const QString path = m_dir.filePath(QStringLiteral("long.privaudit"));
        QVERIFY(project::ProjectStore::create(path, QStringLiteral("Credit") + QChar(0x202E) +
                                                        QStringLiteral("model")));
        auto store = project::ProjectStore::open(path);
        QStringList words;
        for (int i = 0; i < 6000; ++i)
            words << QStringLiteral("w%1").arg(i);
        auto a = assess::Assessment::load(*store.value());
        assess::Assessment assessment = *a;
        assess::ChecklistAnswer answer;
        answer.answer = QStringLiteral("partial");
        answer.comment = words.join(QLatin1Char(' ')) + QStringLiteral(" LASTWORD ") + QChar(0x202E) +
                         QStringLiteral("reversed");
        assessment.checklist.insert(QStringLiteral("RISK-MIA"), answer);
        answer.comment = QString(10'000'000, QLatin1Char('y'));
        assessment.checklist.insert(QStringLiteral("AIA-SCOPE-01"), answer);
        QVERIFY(assessment.save(*store.value()).isEmpty());
        auto content = report::ReportContent::build(*store.value(), {});
        QVERIFY2(content, qPrintable(content.error()));
        const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
        QElapsedTimer timer;
        timer.start();
        int pages = 0;
        QVERIFY(ui::ReportPdf::write(*content, pdf, &pages).isEmpty());
        qInfo("6,000-word and 10 MB comments: %d pages in %lld ms", pages, timer.elapsed());
        const QString text = pdfText(pdf);
        for (const QString& w : {QStringLiteral("w0"), QStringLiteral("w2999"), QStringLiteral("w5999"),
                                 QStringLiteral("LASTWORD")})
            QVERIFY2(text.contains(w), qPrintable(w));
        QVERIFY(text.simplified().contains(QLatin1String("more characters are not printed here")));
        QVERIFY(!text.contains(QChar(0x202E)));
        QVERIFY(text.contains(QLatin1String("Creditmodel")));
        QVERIFY(text.contains(content->generatedAt));
    }

    void sectionsCanBeLeftOut()
    {
        auto store = project::ProjectStore::open(m_project);
        report::ReportOptions options;
        options.sections = {QStringLiteral("summary"), QStringLiteral("signoff")};
        auto content = report::ReportContent::build(*store.value(), options);
        const QString pdf = m_dir.filePath(QStringLiteral("short.pdf"));
        int pages = 0;
        QVERIFY(ui::ReportPdf::write(*content, pdf, &pages).isEmpty());
        QVERIFY(pages <= 3);
        if (haveTool("pdftotext"))
            QVERIFY(!pdfText(pdf).contains(report::sectionTitle(QStringLiteral("checklists"))));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
