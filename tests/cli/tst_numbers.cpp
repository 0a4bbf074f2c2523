// The numbers and hostile inputs through the real CLI (issues 24 and 25): the DP-safe encoder and the
// model contract, metrics recomputed from exported scores, what a predictions file cannot run, bounded
// accountant searches and refused special files.
#include "CliProcess.h"

#include <algorithm>
#include <cmath>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

namespace {

using Run = privaudit::test::CliResult;
using privaudit::test::jsonObject;
using privaudit::test::runCli;
using privaudit::test::writePredictions;

} // namespace

class TestNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specialFilesAreRefused()
    {
        // /dev/zero as a spec, answers file or model grew past 4 GB; a FIFO as data blocked forever.
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo.csv"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QString project = dir.filePath(QStringLiteral("p.privaudit"));
        QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("create"), project}).exitCode, 0);
        const QList<QStringList> cases = {
            {QStringLiteral("run"), QStringLiteral("/dev/zero"), QStringLiteral("--project"), project},
            {QStringLiteral("assess"), QStringLiteral("classify"), QStringLiteral("--answers"),
             QStringLiteral("/dev/zero")},
            {QStringLiteral("train"), QStringLiteral("--data"), fifo, QStringLiteral("--label"),
             QStringLiteral("y")},
            {QStringLiteral("attack"), QStringLiteral("mia"), QStringLiteral("--data"),
             QStringLiteral("demo"), QStringLiteral("--target-model"), QStringLiteral("/dev/zero")},
            {QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("demo"),
             QStringLiteral("--encoder"), fifo},
        };
        for (const QStringList& args : cases) {
            const Run r = runCli(args, 30000);
            QVERIFY2(
                r.exitCode == 1 || r.exitCode == 2,
                qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::number(r.exitCode)));
            QVERIFY2(r.err.contains(QLatin1String("not a regular file")),
                     qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
        }
    }

    void accountantSearchesAreBounded()
    {
        // Each of these looped forever, aborted on a 47 TB allocation, or answered 2^29 for "more than 10^9".
        // (runCli kills a run past its time limit and reports exit code -1: a hang fails the comparisons.)
        const QStringList common = {QStringLiteral("--sampling-rate"), QStringLiteral("0.01"),
                                    QStringLiteral("--delta"), QStringLiteral("1e-5")};
        Run r =
            runCli(QStringList{QStringLiteral("accountant"), QStringLiteral("calibrate"),
                               QStringLiteral("--epsilon"), QStringLiteral("1e300"),
                               QStringLiteral("--steps"), QStringLiteral("1000"), QStringLiteral("--json")} +
                       common,
                   30000);
        QCOMPARE(r.exitCode, 0);
        r = runCli(QStringList{QStringLiteral("accountant"), QStringLiteral("calibrate"),
                               QStringLiteral("--epsilon"), QStringLiteral("1"), QStringLiteral("--steps"),
                               QStringLiteral("1000"), QStringLiteral("--tolerance"), QStringLiteral("1e-15"),
                               QStringLiteral("--json")} +
                       common,
                   30000);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("noise_multiplier"), r.out.constData());
        r = runCli(QStringList{QStringLiteral("accountant"), QStringLiteral("--noise-multiplier"),
                               QStringLiteral("1"), QStringLiteral("--steps"), QStringLiteral("1000"),
                               QStringLiteral("--accountant"), QStringLiteral("pld"),
                               QStringLiteral("--interval"), QStringLiteral("1e-12")} +
                       common,
                   30000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--interval")));
        r = runCli({QStringLiteral("accountant"), QStringLiteral("steps"), QStringLiteral("--epsilon"),
                    QStringLiteral("1000"), QStringLiteral("--sampling-rate"), QStringLiteral("0.001"),
                    QStringLiteral("--noise-multiplier"), QStringLiteral("10"), QStringLiteral("--delta"),
                    QStringLiteral("1e-5"), QStringLiteral("--json")},
                   30000);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("\"steps_beyond_search\": true") && r.out.contains("1000000000"),
                 r.out.constData());
        // DP noise that swamps the gradients: a clear error, not NaN scores or a hang.
        r = runCli({QStringLiteral("attack"), QStringLiteral("mia"), QStringLiteral("--data"),
                    QStringLiteral("demo"), QStringLiteral("--dp"), QStringLiteral("--noise-multiplier"),
                    QStringLiteral("1e300"), QStringLiteral("--train-rows"), QStringLiteral("300"),
                    QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--attack"),
                    QStringLiteral("loss")},
                   60000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("diverged")), qPrintable(r.err));
    }

    void modelContractAndDpEncoder()
    {
        // COMPAS-like data where one value in seven of 'charge' occurs once. In b those rare charges are
        // replaced by a common one: without DP the members' rare charges are inputs (the model's shape
        // tells who trained it), with DP the encoder and the model's shape are the same for a and b.
        QTemporaryDir dir;
        auto write = [&](const char* name, bool rareReplaced) {
            QByteArray text = "age,priors,charge,recid\n";
            quint64 state = 11;
            auto next = [&state] {
                state = state * 6364136223846793005ULL + 1442695040888963407ULL;
                return state >> 33;
            };
            for (int r = 0; r < 900; ++r) {
                const auto age = 18 + next() % 50, priors = next() % 12, common = next() % 12;
                const QByteArray charge = r % 7 == 0 && !rareReplaced
                                              ? QByteArray("rare charge ") + QByteArray::number(r)
                                              : QByteArray("charge ") + QByteArray::number(common);
                text += QByteArray::number(age) + ',' + QByteArray::number(priors) + ',' + charge + ',' +
                        ((age + priors * 5) % 3 == 0 ? "yes" : "no") + '\n';
            }
            QFile f(dir.filePath(QString::fromLatin1(name)));
            f.open(QIODevice::WriteOnly);
            f.write(text);
            return f.fileName();
        };
        const QString a = write("a.csv", false), b = write("b.csv", true);
        auto train = [&](const QString& csv, bool dp, const QString& out) {
            QStringList args = {
                QStringLiteral("train"),   QStringLiteral("--data"),   csv,
                QStringLiteral("--label"), QStringLiteral("recid"),    QStringLiteral("--model"),
                QStringLiteral("mlp:16"),  QStringLiteral("--epochs"), QStringLiteral("2"),
                QStringLiteral("--json")};
            if (dp)
                args << QStringLiteral("--dp") << QStringLiteral("--noise-multiplier") << QStringLiteral("1");
            if (!out.isEmpty()) args << QStringLiteral("--out") << out;
            const Run r = runCli(args);
            if (r.exitCode != 0) qWarning() << r.err;
            return jsonObject(r);
        };
        const QString aModel = dir.filePath(QStringLiteral("a.pt")),
                      bModel = dir.filePath(QStringLiteral("b.pt"));
        const QJsonObject dpA = train(a, true, aModel), dpB = train(b, true, bModel);
        QCOMPARE(dpA[QStringLiteral("input_width")].toInt(), dpB[QStringLiteral("input_width")].toInt());
        QCOMPARE(dpA[QStringLiteral("encoder")].toObject()[QStringLiteral("fitted_on")].toString(),
                 QStringLiteral("rows-outside-training"));
        QCOMPARE(dpA[QStringLiteral("encoder")].toObject()[QStringLiteral("sha256")],
                 dpB[QStringLiteral("encoder")].toObject()[QStringLiteral("sha256")]);
        const QString aEncoder = dir.filePath(QStringLiteral("a.encoder.json"));
        QCOMPARE(dpA[QStringLiteral("encoder_file")].toString(), aEncoder);
        QFile ea(aEncoder), eb(dir.filePath(QStringLiteral("b.encoder.json")));
        QVERIFY(ea.open(QIODevice::ReadOnly) && eb.open(QIODevice::ReadOnly));
        const QByteArray encoderBytes = ea.readAll();
        QCOMPARE(encoderBytes, eb.readAll());
        const QJsonObject plainA = train(a, false, {}), plainB = train(b, false, {});
        QVERIFY(plainA[QStringLiteral("input_width")].toInt() >
                plainB[QStringLiteral("input_width")].toInt());
        QCOMPARE(plainA[QStringLiteral("encoder")].toObject()[QStringLiteral("fitted_on")].toString(),
                 QStringLiteral("training-rows"));
        const Run help = runCli({QStringLiteral("train"), QStringLiteral("--help")});
        QVERIFY(help.out.contains("NAME=<unseen>") && help.out.contains("encoder.json"));

        // encode: the contract applied to a CSV, checked against encoder.json by hand.
        const QString x = dir.filePath(QStringLiteral("x.csv"));
        const Run enc = runCli({QStringLiteral("encode"), QStringLiteral("--data"), a,
                                QStringLiteral("--encoder"), aModel, QStringLiteral("--out"), x,
                                QStringLiteral("--labels"), QStringLiteral("--json")});
        QCOMPARE(enc.exitCode, 0);
        QCOMPARE(jsonObject(enc)[QStringLiteral("rows")].toInt(), 900);
        const QJsonObject encoder = QJsonDocument::fromJson(encoderBytes).object();
        QFile xf(x);
        QVERIFY(xf.open(QIODevice::ReadOnly));
        const QList<QByteArray> header = xf.readLine().trimmed().split(',');
        QStringList names;
        for (const auto& v : encoder[QStringLiteral("input_names")].toArray())
            names << v.toString();
        QCOMPARE(header.size(), names.size() + 1);
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(QString::fromUtf8(header[i]), names[i]);
        const QList<QByteArray> first = xf.readLine().trimmed().split(',');
        const QJsonObject ageInput = encoder[QStringLiteral("inputs")].toArray()[0].toObject();
        QCOMPARE(ageInput[QStringLiteral("column")].toString(), QStringLiteral("age"));
        QFile af(a);
        QVERIFY(af.open(QIODevice::ReadOnly));
        af.readLine();
        const QList<QByteArray> raw = af.readLine().trimmed().split(',');
        const double want = (raw[0].toDouble() - ageInput[QStringLiteral("mean")].toDouble()) *
                            ageInput[QStringLiteral("scale")].toDouble();
        QVERIFY(std::fabs(first[0].toDouble() - want) < 1e-5);
        double oneHot = 0;
        for (int i = 0; i < names.size(); ++i)
            if (names[i].startsWith(QLatin1String("charge="))) oneHot += first[i].toDouble();
        QCOMPARE(oneHot, 1.0);
        QCOMPARE(first.last(), QByteArray(raw[3] == "no" ? "0" : "1")); // classes in sorted order
        QCOMPARE(runCli({QStringLiteral("encode"), QStringLiteral("--data"), a, QStringLiteral("--encoder"),
                         a, QStringLiteral("--out"), x})
                     .exitCode,
                 2);

        // A declared encoder (public categories and bounds) is used as given, not fitted.
        {
            QJsonObject declared = QJsonDocument::fromJson(encoderBytes).object();
            QJsonArray inputs = declared[QStringLiteral("inputs")].toArray();
            for (int i = 0; i < inputs.size(); ++i) {
                QJsonObject in = inputs[i].toObject();
                if (in[QStringLiteral("column")].toString() == QLatin1String("age")) {
                    in[QStringLiteral("mean")] = 50.0; // public bounds [18, 82]: mean 50, scale 2 / 64
                    in[QStringLiteral("scale")] = 2.0 / 64.0;
                } else if (in[QStringLiteral("column")].toString() == QLatin1String("charge")) {
                    QJsonArray cats = in[QStringLiteral("categories")].toArray();
                    cats.append(QStringLiteral("charge listed in the public schema"));
                    in[QStringLiteral("categories")] = cats;
                }
                inputs[i] = in;
            }
            declared[QStringLiteral("inputs")] = inputs;
            declared.remove(QStringLiteral("input_width"));
            declared.remove(QStringLiteral("input_names"));
            QFile d(dir.filePath(QStringLiteral("declared.json")));
            QVERIFY(d.open(QIODevice::WriteOnly));
            d.write(QJsonDocument(declared).toJson());
            d.close();
            const QString dModel = dir.filePath(QStringLiteral("d.pt"));
            const Run r = runCli(
                {QStringLiteral("train"), QStringLiteral("--data"), a, QStringLiteral("--label"),
                 QStringLiteral("recid"), QStringLiteral("--model"), QStringLiteral("mlp:16"),
                 QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--dp"),
                 QStringLiteral("--noise-multiplier"), QStringLiteral("1"), QStringLiteral("--encoder"),
                 d.fileName(), QStringLiteral("--out"), dModel, QStringLiteral("--json")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QJsonObject o = jsonObject(r);
            QCOMPARE(o[QStringLiteral("encoder")].toObject()[QStringLiteral("fitted_on")].toString(),
                     QStringLiteral("declared"));
            QCOMPARE(o[QStringLiteral("input_width")].toInt(),
                     dpA[QStringLiteral("input_width")].toInt() + 1);
            QVERIFY(o[QStringLiteral("encoder")].toObject()[QStringLiteral("statement")].toString().contains(
                QLatin1String("declared")));
            QFile written(dir.filePath(QStringLiteral("d.encoder.json")));
            QVERIFY(written.open(QIODevice::ReadOnly));
            const QJsonObject back = QJsonDocument::fromJson(written.readAll()).object();
            QCOMPARE(
                back[QStringLiteral("inputs")].toArray()[0].toObject()[QStringLiteral("mean")].toDouble(),
                50.0);
            // A declared column the data lacks is a clear error.
            QJsonArray bad = declared[QStringLiteral("inputs")].toArray();
            QJsonObject ghost = bad[0].toObject();
            ghost[QStringLiteral("column")] = QStringLiteral("ghost_column");
            bad.append(ghost);
            declared[QStringLiteral("inputs")] = bad;
            QFile g(dir.filePath(QStringLiteral("ghost.json")));
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write(QJsonDocument(declared).toJson());
            g.close();
            const Run ghostRun =
                runCli({QStringLiteral("train"), QStringLiteral("--data"), a, QStringLiteral("--label"),
                        QStringLiteral("recid"), QStringLiteral("--encoder"), g.fileName(),
                        QStringLiteral("--epochs"), QStringLiteral("1")});
            QCOMPARE(ghostRun.exitCode, 2);
            QVERIFY2(ghostRun.err.contains(QLatin1String("ghost_column")), qPrintable(ghostRun.err));
        }

        // The model carries its encoder: attacking it needs no --dp to get the inputs right.
        const Run attack =
            runCli({QStringLiteral("attack"), QStringLiteral("mia"), QStringLiteral("--data"), a,
                    QStringLiteral("--label"), QStringLiteral("recid"), QStringLiteral("--target-model"),
                    aModel, QStringLiteral("--attack"), QStringLiteral("loss"), QStringLiteral("--bootstrap"),
                    QStringLiteral("20"), QStringLiteral("--json")});
        QVERIFY2(attack.exitCode == 0, qPrintable(attack.err));
        const QJsonObject mia = QJsonDocument::fromJson(attack.out).array().at(0).toObject();
        QCOMPARE(mia[QStringLiteral("run_encoder_fitted_on")].toString(),
                 QStringLiteral("rows-outside-training"));
    }

    void metricsRecomputedFromExportedScores()
    {
        // A second, simple implementation of AUC (all pairs), TPR at FPR (every threshold) and the
        // empirical epsilon lower bound (Clopper-Pearson by bisection on the binomial CDF, in long double),
        // on the scores the CLI exports, for the demo data and a generated COMPAS-like table.
        QTemporaryDir dir;
        QFile gen(dir.filePath(QStringLiteral("g.csv")));
        QVERIFY(gen.open(QIODevice::WriteOnly));
        gen.write("age,priors,charge,recid\n");
        quint64 state = 5;
        auto next = [&state] {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return state >> 33;
        };
        for (int r = 0; r < 1500; ++r) {
            const auto age = 18 + next() % 50, priors = next() % 12;
            gen.write(QByteArray::number(age) + ',' + QByteArray::number(priors) + ",c" +
                      QByteArray::number(next() % 9) + ',' +
                      ((age + priors * 5 + next() % 4) % 3 == 0 ? "yes" : "no") + '\n');
        }
        gen.close();
        struct Case
        {
            QStringList data;
            QString name;
        };
        const QList<Case> cases = {
            {{QStringLiteral("--data"), QStringLiteral("demo")}, QStringLiteral("demo")},
            {{QStringLiteral("--data"), gen.fileName(), QStringLiteral("--label"), QStringLiteral("recid")},
             QStringLiteral("generated")}};
        for (const Case& c : cases) {
            const QString scores = dir.filePath(c.name + QStringLiteral(".scores.csv"));
            QStringList args = {QStringLiteral("attack"), QStringLiteral("mia")};
            args << c.data
                 << QStringList{
                        QStringLiteral("--model"),      QStringLiteral("mlp:64"),
                        QStringLiteral("--epochs"),     QStringLiteral("20"),
                        QStringLiteral("--batch-size"), QStringLiteral("32"),
                        QStringLiteral("--lr"),         QStringLiteral("0.01"),
                        QStringLiteral("--train-rows"), QStringLiteral("400"),
                        QStringLiteral("--attack"),     QStringLiteral("loss,modified-entropy,label-only"),
                        QStringLiteral("--bootstrap"),  QStringLiteral("20"),
                        QStringLiteral("--scores-out"), scores,
                        QStringLiteral("--json")};
            const Run r = runCli(args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QMap<QString, std::vector<std::pair<long double, bool>>> byAttack;
            QFile f(scores);
            QVERIFY(f.open(QIODevice::ReadOnly));
            f.readLine();
            while (!f.atEnd()) {
                const QList<QByteArray> cells = f.readLine().trimmed().split(',');
                byAttack[QString::fromUtf8(cells[0])].emplace_back((long double)cells[3].toDouble(),
                                                                   cells[2] == "1"); // as the double it was
            }
            for (const auto& v : QJsonDocument::fromJson(r.out).array()) {
                const QJsonObject o = v.toObject();
                const auto& recs = byAttack[o[QStringLiteral("attack")].toString()];
                QVERIFY(!recs.empty());
                std::vector<long double> in, out;
                for (const auto& [score, member] : recs)
                    (member ? in : out).push_back(score);
                long double wins = 0;
                for (long double a : in)
                    for (long double b : out)
                        wins += a > b ? 1.0L : (a == b ? 0.5L : 0.0L);
                const double auc = double(wins / ((long double)in.size() * (long double)out.size()));
                QVERIFY2(std::fabs(auc - o[QStringLiteral("auc")].toDouble()) < 1e-12, qPrintable(c.name));
                // Every distinct score as a threshold (member when score >= threshold).
                std::vector<long double> thresholds;
                for (const auto& rec : recs)
                    thresholds.push_back(rec.first);
                std::sort(thresholds.begin(), thresholds.end());
                thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());
                auto counts = [&](long double t) {
                    std::int64_t tp = 0, fp = 0;
                    for (long double a : in)
                        tp += a >= t;
                    for (long double b : out)
                        fp += b >= t;
                    return std::pair{tp, fp};
                };
                const std::int64_t P = std::int64_t(in.size()), N = std::int64_t(out.size());
                for (const QString& level : {QStringLiteral("0.01"), QStringLiteral("0.1")}) {
                    double best = 0.0;
                    for (long double t : thresholds) {
                        const auto [tp, fp] = counts(t);
                        if (double(fp) / double(N) <= level.toDouble() + 1e-15)
                            best = std::max(best, double(tp) / double(P));
                    }
                    QVERIFY2(std::fabs(best - o[QStringLiteral("tpr_at_fpr")].toObject()[level].toDouble()) <
                                 1e-12,
                             qPrintable(c.name + QLatin1Char(' ') + level));
                }
                // Clopper-Pearson upper bound: the p with P(X <= k; n, p) = b.
                auto cdf = [](std::int64_t k, std::int64_t n, long double p) {
                    // pmf(0) = (1-p)^n, pmf(i+1) = pmf(i) (n-i)/(i+1) p/(1-p), summed in the log domain's
                    // scale.
                    long double logPmf = n * std::log1p(-p), sum = 0;
                    for (std::int64_t i = 0; i <= k; ++i) {
                        sum += std::exp(logPmf);
                        logPmf += std::log((long double)(n - i) / (long double)(i + 1)) + std::log(p) -
                                  std::log1p(-p);
                    }
                    return sum;
                };
                auto upper = [&](std::int64_t k, std::int64_t n, long double b) {
                    if (k >= n) return 1.0L;
                    long double lo = 0, hi = 1;
                    for (int it = 0; it < 64; ++it) {
                        const long double mid = (lo + hi) / 2;
                        (cdf(k, n, mid) > b ? lo : hi) = mid;
                    }
                    return (lo + hi) / 2;
                };
                const QJsonObject at = o[QStringLiteral("epsilon_lower_bound_at")].toObject();
                const int K = at[QStringLiteral("thresholds_tried")].toInt();
                QVERIFY(K >= 1);
                const long double perSide = 0.05L / (2.0L * K), delta = 1e-5L;
                auto bound = [&](long double t) {
                    const auto [tp, fp] = counts(t);
                    const long double fprHi = upper(fp, N, perSide), fnrHi = upper(P - tp, P, perSide);
                    long double e = 0;
                    if (1 - fnrHi - delta > 0 && fprHi > 0)
                        e = std::max(e, std::log((1 - fnrHi - delta) / fprHi));
                    if (1 - fprHi - delta > 0 && fnrHi > 0)
                        e = std::max(e, std::log((1 - fprHi - delta) / fnrHi));
                    return double(e);
                };
                const double reported = o[QStringLiteral("epsilon_lower_bound")].toDouble();
                if (reported > 0.0) {
                    QVERIFY(at[QStringLiteral("threshold")].isDouble());
                    const double mine = bound((long double)at[QStringLiteral("threshold")].toDouble());
                    QVERIFY2(std::fabs(mine - reported) < 1e-6 * std::max(1.0, reported),
                             qPrintable(QStringLiteral("%1 %2: %3 vs %4")
                                            .arg(c.name, o[QStringLiteral("attack")].toString())
                                            .arg(mine)
                                            .arg(reported)));
                }
                // The implementation tries a subset of thresholds: the best over all of them is at least as
                // high.
                double all = 0.0;
                for (long double t : thresholds)
                    all = std::max(all, bound(t));
                QVERIFY(all >= reported - 1e-9);
                qInfo("%s %s: AUC %.4f, TPR@1%% %.4f, epsilon >= %.3f (all thresholds: %.3f)",
                      qPrintable(c.name), qPrintable(o[QStringLiteral("attack")].toString()), auc,
                      o[QStringLiteral("tpr_at_fpr")].toObject()[QStringLiteral("0.01")].toDouble(), reported,
                      all);
            }
        }
    }

    void predictionsSayWhatDidNotRun()
    {
        QTemporaryDir dir;
        const QString csv = writePredictions(dir);
        QVERIFY(!csv.isEmpty());
        const Run r =
            runCli({QStringLiteral("attack"), QStringLiteral("mia"), QStringLiteral("--predictions"), csv,
                    QStringLiteral("--attack"), QStringLiteral("all"), QStringLiteral("--bootstrap"),
                    QStringLiteral("20"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QStringList ran, notRun;
        for (const auto& v : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject o = v.toObject();
            if (o[QStringLiteral("status")].toString() == QLatin1String("not_run")) {
                notRun << o[QStringLiteral("attack")].toString();
                QVERIFY(!o[QStringLiteral("reason")].toString().isEmpty());
            } else {
                ran << o[QStringLiteral("attack")].toString();
                // The file holds probabilities: said, not silently read as logits.
                QVERIFY(QJsonDocument(o[QStringLiteral("warnings")].toArray())
                            .toJson()
                            .contains("probabilities"));
            }
        }
        QCOMPARE(ran, (QStringList{QStringLiteral("loss"), QStringLiteral("confidence"),
                                   QStringLiteral("entropy"), QStringLiteral("modified-entropy")}));
        QCOMPARE(notRun, (QStringList{QStringLiteral("lira"), QStringLiteral("rmia"),
                                      QStringLiteral("shadow"), QStringLiteral("label-only")}));
        QVERIFY(r.err.contains(QLatin1String("not run: lira")));
    }
};

QTEST_GUILESS_MAIN(TestNumbers)
#include "tst_numbers.moc"
