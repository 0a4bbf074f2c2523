// The audit a compliance officer signs, through the real CLI: the German credit journey (two runs, the
// DP model under review, draft, final, two signatures checked by poppler's pdfsig, a flipped byte
// detected), a project with no answers, the majority-class baseline warning, and sweep identity across
// interface languages.
#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <random>

using privaudit::test::runCli;
using Run = privaudit::test::CliResult;

namespace {

/// Shaped like the public German credit data: label "credit" in {1, 2}, the duration drives it.
QByteArray germanCredit(int rows, bool signal)
{
    QByteArray csv = "checking_status,duration,credit_history,purpose,credit_amount,savings,age,credit\n";
    std::mt19937 gen(777);
    const auto next = [&gen](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(gen)); };
    for (int i = 0; i < rows; ++i) {
        const int checking = 1 + next(4), duration = 6 + next(60), history = next(5), purpose = next(10);
        const int amount = 500 + next(15000), savings = 1 + next(5), age = 19 + next(56);
        // Without signal the label is noise at 85/15: the best a model can do is the majority class.
        const bool bad = signal ? (duration > 36) != (next(5) == 0) : next(100) < 15;
        csv += "A1" + QByteArray::number(checking) + ',' + QByteArray::number(duration) + ",A3" +
               QByteArray::number(history) + ",A4" + QByteArray::number(purpose) + ',' +
               QByteArray::number(amount) + ",A6" + QByteArray::number(savings) + ',' +
               QByteArray::number(age) + ',' + (bad ? "2" : "1") + '\n';
    }
    return csv;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfsig(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfsig"), {pdf});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
}

/// A self-signed certificate and key in a PKCS#12 bundle, made by the openssl tool.
bool makeKey(const QString& dir, const QString& who)
{
    QProcess req;
    req.start(QStringLiteral("openssl"),
              {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
               QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
               dir + QLatin1Char('/') + who + QStringLiteral(".key"), QStringLiteral("-out"),
               dir + QLatin1Char('/') + who + QStringLiteral(".crt"), QStringLiteral("-days"),
               QStringLiteral("30"), QStringLiteral("-subj"),
               QStringLiteral("/CN=Test %1/O=PrivAudit test").arg(who)});
    if (!req.waitForFinished(60000) || req.exitCode() != 0) return false;
    QProcess p12;
    p12.start(QStringLiteral("openssl"),
              {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
               dir + QLatin1Char('/') + who + QStringLiteral(".key"), QStringLiteral("-in"),
               dir + QLatin1Char('/') + who + QStringLiteral(".crt"), QStringLiteral("-out"),
               dir + QLatin1Char('/') + who + QStringLiteral(".p12"), QStringLiteral("-passout"),
               QStringLiteral("pass:secret")});
    return p12.waitForFinished(60000) && p12.exitCode() == 0;
}

QJsonObject json(const Run& r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* tool : {"pdftotext", "pdfsig", "pdfinfo", "pdffonts", "openssl"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is missing: run installer/setup-deps.sh")
                                    .arg(QString::fromLatin1(tool))));
    }

    void germanCreditJourney()
    {
        QTemporaryDir dir;
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("PRIVAUDIT_KEEP"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("german_credit.csv")), germanCredit(1000, true)));
        const QString project = dir.filePath(QStringLiteral("credit.privaudit"));
        const QByteArray base =
            R"({"schema_version": 1, "seed": 3, "name": "NAME", "dataset": {"source": "german_credit.csv", "label": "credit"},
            "target": {"model": "mlp:32", "epochs": 30, "batch_size": 32DP}, "attacks": {"names": ["loss"], "reference_models": 1},
            "statistics": {"bootstrap": 20}})";
        QVERIFY(writeFile(dir.filePath(QStringLiteral("baseline.json")),
                          QByteArray(base).replace("NAME", "baseline").replace("DP", "")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("dp.json")),
                          QByteArray(base)
                              .replace("NAME", "dp-sgd")
                              .replace("DP", R"(, "dp": {"target_epsilon": 4, "delta": 1e-4})")));
        for (const char* spec : {"baseline.json", "dp.json"}) {
            const Run r = runCli({QStringLiteral("run"), dir.filePath(QString::fromLatin1(spec)),
                                  QStringLiteral("--project"), project, QStringLiteral("--json")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }

        // A draft before anything is designated: it says so and does not pick a model.
        const QString draft = dir.filePath(QStringLiteral("draft.pdf"));
        Run r = runCli({QStringLiteral("report"), QStringLiteral("--project"), project,
                        QStringLiteral("--out"), draft, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
        QString text = pdfText(draft);
        QVERIFY(text.contains(QLatin1String("DRAFT")));
        QVERIFY(text.contains(QLatin1String("Missing for a final report")));
        QVERIFY(text.contains(QLatin1String("No model under review is designated")));
        QVERIFY2(!text.contains(QLatin1String("designated from run")),
                 "a model was chosen without a designation");

        // The DP model under review; the non-private baseline becomes a comparison.
        r = runCli({QStringLiteral("assess"), QStringLiteral("review"), QStringLiteral("--project"), project,
                    QStringLiteral("--run"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(QStringLiteral("runs")).toArray(), QJsonArray{2});
        QCOMPARE(json(r).value(QStringLiteral("comparisons")).toArray(), QJsonArray{1});
        const QString modelSha = json(r).value(QStringLiteral("model_sha256")).toString();
        QCOMPARE(modelSha.size(), 64);
        r = runCli({QStringLiteral("assess"), QStringLiteral("review"), QStringLiteral("--project"), project,
                    QStringLiteral("--run"), QStringLiteral("9")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("run 9")), qPrintable(r.err));

        // A final report is refused with the list of what is missing, and nothing is written.
        const QString final = dir.filePath(QStringLiteral("final.pdf"));
        r = runCli({QStringLiteral("report"), QStringLiteral("--project"), project, QStringLiteral("--out"),
                    final, QStringLiteral("--final")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("screening questions are unanswered")) &&
                     r.err.contains(QLatin1String("unanswered:")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(final));

        // The answers completed: credit scoring (Annex III point 5, profiling), every item answered,
        // the measured cell from the suggestion.
        r = runCli(
            {QStringLiteral("assess"), QStringLiteral("suggest"), QStringLiteral("--project"), project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli(
            {QStringLiteral("assess"), QStringLiteral("export"), QStringLiteral("--project"), project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject assessment = json(r);
        QJsonObject checklist;
        for (const QString& pack : {QStringLiteral("eu-ai-act"), QStringLiteral("gdpr"),
                                    QStringLiteral("nist-ai-rmf"), QStringLiteral("privacy-risk")}) {
            QFile f(QStringLiteral(PRIVAUDIT_SOURCE_DIR "/resources/rulepacks/%1.json").arg(pack));
            QVERIFY(f.open(QIODevice::ReadOnly));
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("items")).toArray()) {
                const QJsonObject item = v.toObject();
                const QString id = item.value(QStringLiteral("id")).toString();
                QStringList allowed;
                for (const QJsonValue& a : item.value(QStringLiteral("answers")).toArray())
                    allowed << a.toString();
                if (allowed.isEmpty()) allowed = {QStringLiteral("yes"), QStringLiteral("no")};
                QString answer =
                    allowed.contains(QStringLiteral("yes")) ? QStringLiteral("yes") : allowed.first();
                if (item.value(QStringLiteral("kind")).toString() == QLatin1String("screening"))
                    answer = (id == QLatin1String("AIA-SCOPE-01") || id == QLatin1String("AIA-ART6-2-A5") ||
                              id == QLatin1String("AIA-ART6-3-PROF") || id == QLatin1String("GDPR-PD"))
                                 ? QStringLiteral("yes")
                                 : QStringLiteral("no");
                checklist[id] = QJsonObject{{QStringLiteral("answer"), answer},
                                            {QStringLiteral("comment"), QStringLiteral("checked")},
                                            {QStringLiteral("owner"), QStringLiteral("A. Officer")}};
            }
        }
        assessment[QStringLiteral("checklist")] = checklist;
        QJsonArray matrix = assessment.value(QStringLiteral("matrix")).toArray();
        for (QJsonValueRef v : matrix) {
            QJsonObject cell = v.toObject();
            if (cell.value(QStringLiteral("suggested_likelihood")).toInt() > 0) {
                cell[QStringLiteral("severity")] =
                    std::max(1, cell.value(QStringLiteral("suggested_severity")).toInt());
                cell[QStringLiteral("likelihood")] =
                    cell.value(QStringLiteral("suggested_likelihood")).toInt();
                v = cell;
            }
        }
        assessment[QStringLiteral("matrix")] = matrix;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("answers.json")), QJsonDocument(assessment).toJson()));
        r = runCli({QStringLiteral("assess"), QStringLiteral("import"), QStringLiteral("--project"), project,
                    QStringLiteral("--in"), dir.filePath(QStringLiteral("answers.json"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // Evidence out of date: a stored suggestion the current runs would change blocks a final report
        // and is named; suggesting again fixes it.
        for (QJsonValueRef v : matrix) {
            QJsonObject cell = v.toObject();
            if (cell.value(QStringLiteral("threat")).toString() == QLatin1String("membership-inference") &&
                cell.value(QStringLiteral("stage")).toString() == QLatin1String("deployment")) {
                cell[QStringLiteral("suggested_likelihood")] =
                    cell.value(QStringLiteral("suggested_likelihood")).toInt() == 1 ? 2 : 1;
                v = cell;
            }
        }
        assessment[QStringLiteral("matrix")] = matrix;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("stale.json")), QJsonDocument(assessment).toJson()));
        QVERIFY(runCli({QStringLiteral("assess"), QStringLiteral("import"), QStringLiteral("--project"),
                        project, QStringLiteral("--in"), dir.filePath(QStringLiteral("stale.json"))})
                    .exitCode == 0);
        r = runCli({QStringLiteral("report"), QStringLiteral("--project"), project, QStringLiteral("--out"),
                    final, QStringLiteral("--final")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Out of date: Membership inference")), qPrintable(r.err));
        QVERIFY(runCli({QStringLiteral("assess"), QStringLiteral("suggest"), QStringLiteral("--project"),
                        project})
                    .exitCode == 0);

        // Final, signed by the assessor, then by the DPO.
        QVERIFY(makeKey(dir.path(), QStringLiteral("assessor")));
        QVERIFY(makeKey(dir.path(), QStringLiteral("dpo")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("password")), "secret\n"));
        r = runCli({QStringLiteral("report"), QStringLiteral("--project"), project, QStringLiteral("--out"),
                    final, QStringLiteral("--final"), QStringLiteral("--sign"),
                    dir.filePath(QStringLiteral("assessor.p12")), QStringLiteral("--password-file"),
                    dir.filePath(QStringLiteral("password")), QStringLiteral("--assessor"),
                    QStringLiteral("A. Officer"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(QStringLiteral("state")).toString(), QStringLiteral("final"));
        QVERIFY(json(r).value(QStringLiteral("stored_report")).toInteger() > 0);
        text = pdfText(final);
        writeFile(dir.filePath(QStringLiteral("final.txt")), text.toUtf8());
        QVERIFY2(!text.contains(QLatin1String("DRAFT")), "a final report carries the draft mark");
        QVERIFY(text.contains(modelSha));
        // The cover's audit-trail head is a real row of the trail (the cell may wrap: compare without
        // spaces).
        QString flat = text;
        flat.remove(QRegularExpression(QStringLiteral("\\s")));
        const QRegularExpressionMatch head =
            QRegularExpression(QStringLiteral("Audit-trailhead([0-9a-f]{64})")).match(flat);
        QVERIFY2(head.hasMatch(), "the audit-trail head is not on the cover");
        const Run log =
            runCli({QStringLiteral("project"), QStringLiteral("log"), project, QStringLiteral("--json")});
        QVERIFY2(log.exitCode == 0, qPrintable(log.err));
        bool headIsARow = false;
        for (const QJsonValue& row : QJsonDocument::fromJson(log.out).array())
            headIsARow =
                headIsARow || row.toObject().value(QStringLiteral("hash")).toString() == head.captured(1);
        QVERIFY(headIsARow);
        QVERIFY(text.contains(QStringLiteral("dp-sgd — model under review")));
        QVERIFY(text.contains(QStringLiteral("baseline — comparison")));
        r = runCli({QStringLiteral("sign"), QStringLiteral("--pdf"), final, QStringLiteral("--key"),
                    dir.filePath(QStringLiteral("dpo.p12")), QStringLiteral("--password-file"),
                    dir.filePath(QStringLiteral("password")), QStringLiteral("--role"), QStringLiteral("dpo"),
                    QStringLiteral("--project"), project, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(json(r).value(QStringLiteral("stored_report")).toInteger() >
                0); // the countersigned final report is kept too
        const QString sig = pdfsig(final);
        QCOMPARE(sig.count(QStringLiteral("Signature Validation: Signature is Valid.")), 2);
        QVERIFY(sig.contains(QLatin1String("Test assessor")) && sig.contains(QLatin1String("Test dpo")));
        QVERIFY(sig.contains(QLatin1String("ETSI.CAdES.detached")));
        // The signed file still declares PDF/A-1b in its XMP and embeds every font.
        {
            QProcess info;
            info.start(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), final});
            QVERIFY(info.waitForFinished(60000));
            const QString meta = QString::fromUtf8(info.readAllStandardOutput());
            QVERIFY2(meta.contains(QLatin1String("pdfaid:part=\"1\"")) &&
                         meta.contains(QLatin1String("pdfaid:conformance=\"B\"")),
                     qPrintable(meta));
            QProcess fonts;
            fonts.start(QStringLiteral("pdffonts"), {final});
            QVERIFY(fonts.waitForFinished(60000));
            const QStringList lines = QString::fromUtf8(fonts.readAllStandardOutput())
                                          .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                          .mid(2);
            QVERIFY(!lines.isEmpty());
            for (const QString& line : lines)
                QVERIFY2(line.split(QLatin1Char(' '), Qt::SkipEmptyParts)
                                 .value(line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() - 5) ==
                             QLatin1String("yes"),
                         qPrintable(line));
        }

        // One byte of the signed range changed: pdfsig reports both signatures broken.
        QFile f(final);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4000);
        char c = 0;
        QVERIFY(f.getChar(&c));
        f.seek(4000);
        QVERIFY(f.putChar(char(c ^ 0x01)));
        f.close();
        const QString broken = pdfsig(final);
        QVERIFY2(!broken.contains(QLatin1String("Signature is Valid")), qPrintable(broken));

        // A key that cannot be read: a usage error before anything is written.
        const QString unsigned_ = dir.filePath(QStringLiteral("unsigned.pdf"));
        r = runCli({QStringLiteral("report"), QStringLiteral("--project"), project, QStringLiteral("--out"),
                    unsigned_, QStringLiteral("--sign"), dir.filePath(QStringLiteral("missing.p12"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("missing.p12")), qPrintable(r.err));
        QVERIFY(!QFile::exists(unsigned_));

        // Wrong password: a clear error, the file untouched.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("wrong")), "nope\n"));
        r = runCli({QStringLiteral("sign"), QStringLiteral("--pdf"), draft, QStringLiteral("--key"),
                    dir.filePath(QStringLiteral("dpo.p12")), QStringLiteral("--password-file"),
                    dir.filePath(QStringLiteral("wrong"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("password")), qPrintable(r.err));
        QVERIFY(!pdfsig(draft).contains(QLatin1String("Signature #1")));

        // The project verifies, its final reports included.
        r = runCli({QStringLiteral("project"), QStringLiteral("verify"), project});
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.out) + r.err));
    }

    void noAnswersIsProvisional()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.privaudit"));
        QVERIFY(runCli({QStringLiteral("project"), QStringLiteral("create"), project}).exitCode == 0);
        const QString html = dir.filePath(QStringLiteral("r.html"));
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY(runCli({QStringLiteral("report"), QStringLiteral("--project"), project,
                        QStringLiteral("--out"), pdf})
                    .exitCode == 0);
        QVERIFY(runCli({QStringLiteral("report"), QStringLiteral("--project"), project,
                        QStringLiteral("--out"), html, QStringLiteral("--format"), QStringLiteral("html")})
                    .exitCode == 0);
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const QString& text : {pdfText(pdf), QString::fromUtf8(f.readAll())}) {
            QVERIFY2(text.contains(QLatin1String("provisional")),
                     "the classification is not called provisional");
            QVERIFY(text.contains(QLatin1String("Missing for a final report")));
            // No sentence asserts a screening answer that was not given.
            for (const char* claim : {"minimal risk", "Minimal risk", "No prohibited practice",
                                      "In scope:", "so not high-risk", "No Annex III area reported"})
                QVERIFY2(!text.contains(QLatin1String(claim)), claim);
        }
    }

    void baselineWarning()
    {
        QTemporaryDir dir;
        for (const bool signal : {false, true}) {
            const QString csv =
                dir.filePath(signal ? QStringLiteral("useful.csv") : QStringLiteral("noise.csv"));
            QVERIFY(writeFile(csv, germanCredit(1200, signal)));
            const Run r =
                runCli({QStringLiteral("attack"), QStringLiteral("mia"), QStringLiteral("--data"), csv,
                        QStringLiteral("--label"), QStringLiteral("credit"), QStringLiteral("--model"),
                        QStringLiteral("mlp:16"), QStringLiteral("--epochs"), QStringLiteral("20"),
                        QStringLiteral("--batch-size"), QStringLiteral("32"), QStringLiteral("--attack"),
                        QStringLiteral("loss"), QStringLiteral("--json")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QJsonObject first = QJsonDocument::fromJson(r.out).array().first().toObject();
            const QJsonObject utility = first.value(QStringLiteral("run_utility")).toObject();
            QVERIFY(utility.contains(QStringLiteral("majority_baseline_accuracy")));
            QCOMPARE(utility.value(QStringLiteral("learned")).toBool(), signal);
            bool warned = false;
            for (const QJsonValue& w : first.value(QStringLiteral("warnings")).toArray())
                warned = warned || w.toString().contains(QLatin1String("majority class"));
            QCOMPARE(warned, !signal);
        }
        // The recipe that cannot learn and delta >= 1/n are named before training.
        const Run r = runCli({QStringLiteral("train"), QStringLiteral("--data"),
                              dir.filePath(QStringLiteral("useful.csv")), QStringLiteral("--label"),
                              QStringLiteral("credit"), QStringLiteral("--batch-size"), QStringLiteral("400"),
                              QStringLiteral("--epochs"), QStringLiteral("10"), QStringLiteral("--dp"),
                              QStringLiteral("--noise-multiplier"), QStringLiteral("1"),
                              QStringLiteral("--delta"), QStringLiteral("0.01"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString warnings =
            QString::fromUtf8(QJsonDocument(json(r).value(QStringLiteral("warnings")).toArray()).toJson());
        QVERIFY2(warnings.contains(QLatin1String("optimiser steps")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QLatin1String("1/n")), qPrintable(warnings));
    }

    void projectReadsInTheReadersLanguage()
    {
        // A run made in English on the demo data, read in German and French: PrivAudit's own stored texts
        // (the dataset's name and datasheet, the model's name, run states, statistics warnings) follow
        // the reader's language.
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("demo.privaudit"));
        QVERIFY(writeFile(
            dir.filePath(QStringLiteral("spec.json")),
            R"({"schema_version": 1, "seed": 3, "name": "small", "dataset": {"source": "demo", "label": "readmitted", "member_rows": 300},
            "target": {"model": "mlp:16", "epochs": 2}, "attacks": {"names": ["loss"], "reference_models": 1},
            "statistics": {"bootstrap": 20}})"));
        Run r = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("run"),
                        dir.filePath(QStringLiteral("spec.json")), QStringLiteral("--project"), project,
                        QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("assess"),
                    QStringLiteral("review"), QStringLiteral("--project"), project, QStringLiteral("--run"),
                    QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<std::pair<QString, QString>> expected = {
            {QStringLiteral("de"), QStringLiteral("Synthetische Patientendaten")},
            {QStringLiteral("fr"), QStringLiteral("Dossiers de patients synthétiques")}};
        for (const auto& [lang, name] : expected) {
            const QString html = dir.filePath(QStringLiteral("r-%1.html").arg(lang));
            r = runCli({QStringLiteral("--lang"), lang, QStringLiteral("report"), QStringLiteral("--project"),
                        project, QStringLiteral("--out"), html, QStringLiteral("--format"),
                        QStringLiteral("html")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QFile f(html);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString page = QString::fromUtf8(f.readAll());
            QVERIFY2(page.contains(name), qPrintable(lang));
            QVERIFY2(!page.contains(QLatin1String("Synthetic patient records")), qPrintable(lang));
            const QString pdf = dir.filePath(QStringLiteral("r-%1.pdf").arg(lang));
            r = runCli({QStringLiteral("--lang"), lang, QStringLiteral("report"), QStringLiteral("--project"),
                        project, QStringLiteral("--out"), pdf});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
                QProcess text;
                text.start(QStringLiteral("pdftotext"),
                           {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
                QVERIFY(text.waitForFinished(60000));
                const QString body = QString::fromUtf8(text.readAllStandardOutput()).simplified();
                QVERIFY2(body.contains(name.simplified()), qPrintable(lang));
                QVERIFY2(!body.contains(QLatin1String("Synthetic patient records")), qPrintable(lang));
                QVERIFY2(!body.contains(QLatin1String("Generated by PrivAudit; no restrictions")),
                         qPrintable(lang));
                QVERIFY2(!body.contains(QLatin1String("generated patient records")), qPrintable(lang));
                // The statistics' warnings (500-odd non-members for 0.1% FPR) in the reader's language.
                QVERIFY2(!body.contains(QLatin1String("non-members: a TPR")) &&
                             !body.contains(QLatin1String("non-members: the TPR")),
                         qPrintable(lang));
            }
        }
    }

    void sweepIdentityAcrossLanguages()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("credit.csv")), germanCredit(600, true)));
        const QString project = dir.filePath(QStringLiteral("s.privaudit"));
        const QStringList sweep = {QStringLiteral("sweep"),
                                   QStringLiteral("--data"),
                                   dir.filePath(QStringLiteral("credit.csv")),
                                   QStringLiteral("--label"),
                                   QStringLiteral("credit"),
                                   QStringLiteral("--epsilons"),
                                   QStringLiteral("4,inf"),
                                   QStringLiteral("--epochs"),
                                   QStringLiteral("2"),
                                   QStringLiteral("--attack"),
                                   QStringLiteral("loss"),
                                   QStringLiteral("--project"),
                                   project,
                                   QStringLiteral("--json")};
        Run r = runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + sweep);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(QStringLiteral("ran")).toInt(), 2);
        for (const QString& lang : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("en")}) {
            r = runCli(QStringList{QStringLiteral("--lang"), lang} + sweep);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(json(r).value(QStringLiteral("reused")).toInt(),
                     2); // nothing retrained in another language
            QCOMPARE(json(r).value(QStringLiteral("ran")).toInt(), 0);
            const QString html = dir.filePath(QStringLiteral("r-%1.html").arg(lang));
            r = runCli({QStringLiteral("--lang"), lang, QStringLiteral("report"), QStringLiteral("--project"),
                        project, QStringLiteral("--out"), html, QStringLiteral("--format"),
                        QStringLiteral("html")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QFile f(html);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString page = QString::fromUtf8(f.readAll());
            // Every sweep (one per language run above) shows both of its points.
            const int sweeps = int(page.count(QStringLiteral("class=\"sweep\"")));
            QVERIFY(sweeps >= 1);
            QCOMPARE(int(page.count(QStringLiteral("class=\"point\""))), 2 * sweeps);
        }
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
