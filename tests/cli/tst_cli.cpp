// privaudit-cli end to end: the real executable, its JSON and its exit codes.
#include "CliProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

namespace {

using Run = privaudit::test::CliResult;
using privaudit::test::jsonObject;
using privaudit::test::runCli;
using privaudit::test::writePredictions;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndUsage()
    {
        const Run help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("accountant"));
        QVERIFY(help.out.contains("doctor"));
        const Run none = runCli({});
        QCOMPARE(none.exitCode, 2);
        const Run unknown = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("frobnicate")));
    }

    void everyCommandSharesTheFrame()
    {
        // One frame for every command: --help exits 0 with the command's description and options, an
        // unknown option exits 2 naming it, and --json is offered wherever a command prints results.
        const QList<QStringList> commands = {{QStringLiteral("version")},
                                             {QStringLiteral("doctor")},
                                             {QStringLiteral("accountant")},
                                             {QStringLiteral("train")},
                                             {QStringLiteral("encode")},
                                             {QStringLiteral("attack"), QStringLiteral("mia")},
                                             {QStringLiteral("attack"), QStringLiteral("audit")},
                                             {QStringLiteral("project"), QStringLiteral("info")},
                                             {QStringLiteral("run")},
                                             {QStringLiteral("export")},
                                             {QStringLiteral("sweep")},
                                             {QStringLiteral("assess"), QStringLiteral("export")},
                                             {QStringLiteral("report")},
                                             {QStringLiteral("sign")},
                                             {QStringLiteral("demo")}};
        for (const QStringList& command : commands) {
            const Run help = runCli(command + QStringList{QStringLiteral("--help")});
            QVERIFY2(help.exitCode == 0,
                     qPrintable(command.join(QLatin1Char(' ')) + QLatin1Char(' ') + help.err));
            QVERIFY2(help.out.contains(QLatin1String("--help")), qPrintable(command.join(QLatin1Char(' '))));
            const bool printsFiles = command.first() == QLatin1String("export"); // its output is the file
            QVERIFY2(help.out.contains(QLatin1String("--json")) != printsFiles,
                     qPrintable(command.join(QLatin1Char(' '))));
            const Run bad = runCli(command + QStringList{QStringLiteral("--no-such-option")});
            QVERIFY2(bad.exitCode == 2, qPrintable(command.join(QLatin1Char(' '))));
            QVERIFY2(bad.err.contains(QLatin1String("no-such-option")), qPrintable(bad.err));
        }
        // A command with subcommands answers --help with its subcommands; without one it is bad usage.
        for (const char* command : {"assess", "attack", "project"}) {
            const Run help = runCli({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.out.contains(QByteArray(QByteArray(command) + ' ')));
            QCOMPARE(runCli({QString::fromLatin1(command)}).exitCode, 2);
        }
    }

    void versionJson()
    {
        const Run r = runCli({QStringLiteral("--version"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject v = jsonObject(r);
        QVERIFY(!v[QStringLiteral("version")].toString().isEmpty());
        QVERIFY(v[QStringLiteral("qt")].toString().startsWith(QLatin1String("6.")));
        QVERIFY(v[QStringLiteral("libtorch")].toString().startsWith(QLatin1String("1.")));
        QVERIFY(v[QStringLiteral("threads")].toInt() >= 1);
        QCOMPARE(v[QStringLiteral("device")].toString(), QStringLiteral("cpu"));
        const QJsonObject blas = v[QStringLiteral("blas")].toObject();
        QVERIFY(blas.contains(QStringLiteral("library")));
        QVERIFY2(blas[QStringLiteral("openblas")].toBool(), "OpenBLAS is not the BLAS loaded at run time");
        QCOMPARE(blas[QStringLiteral("threads")].toInt(), 1);

        const Run threads = runCli({QStringLiteral("--threads"), QStringLiteral("1"),
                                    QStringLiteral("version"), QStringLiteral("--json")});
        QCOMPARE(jsonObject(threads)[QStringLiteral("threads")].toInt(), 1);
        QCOMPARE(
            runCli({QStringLiteral("--threads"), QStringLiteral("zero"), QStringLiteral("version")}).exitCode,
            2);
    }

    void doctorReportsBlasAndSpeed()
    {
        const Run r = runCli({QStringLiteral("doctor"), QStringLiteral("--json"), QStringLiteral("--size"),
                              QStringLiteral("512")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject d = jsonObject(r);
        QVERIFY(d[QStringLiteral("ok")].toBool());
        QVERIFY(d[QStringLiteral("matmul_gflops")].toDouble() > 0.0);
        QVERIFY(d[QStringLiteral("checks")].toArray().size() >= 5);
        bool sqlite = false;
        for (const QJsonValue& c : d[QStringLiteral("checks")].toArray())
            sqlite =
                sqlite ||
                (c.toObject().value(QStringLiteral("status")).toString() == QLatin1String("ok") &&
                 c.toObject().value(QStringLiteral("detail")).toString().contains(QLatin1String("verified")));
        QVERIFY2(sqlite, QJsonDocument(d).toJson().constData());
        // Its throw-away project leaves no entry in the user's chain heads.
        QTemporaryDir home;
        const QByteArray saved = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", home.path().toUtf8());
        const Run text = runCli({QStringLiteral("doctor"), QStringLiteral("--size"), QStringLiteral("256")});
        qputenv("XDG_DATA_HOME", saved);
        QVERIFY(text.out.contains("OpenBLAS"));
        QVERIFY(text.out.contains("GFLOP/s"));
        QFile heads(home.filePath(QStringLiteral("privaudit/chain-heads.json")));
        QVERIFY(!heads.exists() ||
                (heads.open(QIODevice::ReadOnly) && !heads.readAll().contains("doctor.privaudit")));
    }

    void accountantJson()
    {
        // TF Privacy compute_dp_sgd_privacy test value: 0.7242234026109595 at order 19 (RDP).
        const QStringList base = {QStringLiteral("accountant"), QStringLiteral("--sampling-rate"),
                                  QStringLiteral("0.0025"),     QStringLiteral("--noise-multiplier"),
                                  QStringLiteral("1.3"),        QStringLiteral("--steps"),
                                  QStringLiteral("6000"),       QStringLiteral("--delta"),
                                  QStringLiteral("1e-5"),       QStringLiteral("--json")};
        const Run rdp = runCli(base + QStringList{QStringLiteral("--accountant"), QStringLiteral("rdp")});
        QCOMPARE(rdp.exitCode, 0);
        const QJsonObject r = jsonObject(rdp);
        QCOMPARE(r[QStringLiteral("accountant")].toString(), QStringLiteral("rdp"));
        QCOMPARE_LE(std::fabs(r[QStringLiteral("epsilon")].toDouble() - 0.7242234026109595), 1e-9);
        QCOMPARE(r[QStringLiteral("optimal_order")].toDouble(), 19.0);
        QCOMPARE(r[QStringLiteral("delta")].toDouble(), 1e-5);

        const Run all = runCli(base + QStringList{QStringLiteral("--accountant"), QStringLiteral("all"),
                                                  QStringLiteral("--interval"), QStringLiteral("1e-3")});
        QCOMPARE(all.exitCode, 0);
        const QJsonArray both = QJsonDocument::fromJson(all.out).array();
        QCOMPARE(both.size(), 2);
        QCOMPARE(both[1].toObject()[QStringLiteral("accountant")].toString(), QStringLiteral("pld"));
        QVERIFY(both[1].toObject()[QStringLiteral("epsilon")].toDouble() <=
                both[0].toObject()[QStringLiteral("epsilon")].toDouble());
    }

    void calibrateJson()
    {
        const Run c =
            runCli({QStringLiteral("accountant"), QStringLiteral("calibrate"), QStringLiteral("--epsilon"),
                    QStringLiteral("8"), QStringLiteral("--sampling-rate"), QStringLiteral("0.04"),
                    QStringLiteral("--steps"), QStringLiteral("2250"), QStringLiteral("--delta"),
                    QStringLiteral("1e-5"), QStringLiteral("--json")});
        QCOMPARE(c.exitCode, 0);
        const QJsonObject r = jsonObject(c);
        QCOMPARE(r[QStringLiteral("accountant")].toString(), QStringLiteral("rdp"));
        QCOMPARE_LE(std::fabs(r[QStringLiteral("noise_multiplier")].toDouble() - 1.416), 5e-5);
        QVERIFY(r[QStringLiteral("epsilon")].toDouble() <= 8.0);
    }

    void badValuesNameTheParameter_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const QStringList ok = {QStringLiteral("--sampling-rate"),
                                QStringLiteral("0.01"),
                                QStringLiteral("--noise-multiplier"),
                                QStringLiteral("1"),
                                QStringLiteral("--steps"),
                                QStringLiteral("100"),
                                QStringLiteral("--delta"),
                                QStringLiteral("1e-5")};
        auto with = [&](int index, const QString& value) {
            QStringList a = QStringList{QStringLiteral("accountant")} + ok;
            a[index + 1] = value;
            return a;
        };
        QTest::newRow("q > 1") << with(1, QStringLiteral("2")) << QStringLiteral("--sampling-rate");
        QTest::newRow("q = 0") << with(1, QStringLiteral("0")) << QStringLiteral("--sampling-rate");
        QTest::newRow("sigma = 0") << with(3, QStringLiteral("0")) << QStringLiteral("--noise-multiplier");
        QTest::newRow("sigma < 0") << with(3, QStringLiteral("-1")) << QStringLiteral("--noise-multiplier");
        QTest::newRow("steps = 0") << with(5, QStringLiteral("0")) << QStringLiteral("--steps");
        QTest::newRow("steps not a number") << with(5, QStringLiteral("ten")) << QStringLiteral("--steps");
        QTest::newRow("delta = 1") << with(7, QStringLiteral("1")) << QStringLiteral("--delta");
        QTest::newRow("delta not a number") << with(7, QStringLiteral("abc")) << QStringLiteral("--delta");
        QTest::newRow("missing delta")
            << QStringList(with(7, QStringLiteral("x")).mid(0, 7)) << QStringLiteral("--delta");
        QTest::newRow("order not above 1")
            << QStringList(QStringList{QStringLiteral("accountant"), QStringLiteral("--orders"),
                                       QStringLiteral("2,0.5")} +
                           ok)
            << QStringLiteral("--orders");
        QTest::newRow("bad accountant")
            << QStringList(QStringList{QStringLiteral("accountant"), QStringLiteral("--accountant"),
                                       QStringLiteral("gdp")} +
                           ok)
            << QStringLiteral("--accountant");
    }
    void badValuesNameTheParameter()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void trainOnDemoData()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("demo.pt"));
        const Run r = runCli({QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("demo"),
                              QStringLiteral("--model"), QStringLiteral("mlp:32"), QStringLiteral("--epochs"),
                              QStringLiteral("2"), QStringLiteral("--dp"), QStringLiteral("--target-epsilon"),
                              QStringLiteral("2"), QStringLiteral("--out"), model, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = jsonObject(r);
        for (const char* key : {"train_accuracy", "test_accuracy", "epsilon", "delta", "noise_multiplier",
                                "epochs", "seconds", "dataset_sha256"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o[QStringLiteral("epsilon")].toDouble() <= 2.0);
        QVERIFY(o[QStringLiteral("noise_multiplier")].toDouble() > 0.0);
        // The measured DP recipe for 8,000 training rows (README, "Default recipe").
        QCOMPARE(o[QStringLiteral("train_rows")].toInt(), 8000);
        QCOMPARE(o[QStringLiteral("learning_rate")].toDouble(), 0.003);
        QCOMPARE(o[QStringLiteral("batch_size")].toInt(), 64);
        QVERIFY(o[QStringLiteral("test_accuracy")].toDouble() > 0.5);
        QCOMPARE(o[QStringLiteral("dataset_sha256")].toString().size(), 64);
        QVERIFY(QFile::exists(model));
    }

    void trainChargesTheEncodersEstimates()
    {
        // --encoder-epsilon: the encoder estimated from the training rows with DP, its epsilon part of the
        // total that --target-epsilon names.
        auto args = [](QStringList extra) {
            QStringList a{QStringLiteral("train"),  QStringLiteral("--data"),
                          QStringLiteral("demo"),   QStringLiteral("--model"),
                          QStringLiteral("logreg"), QStringLiteral("--epochs"),
                          QStringLiteral("2"),      QStringLiteral("--train-rows"),
                          QStringLiteral("1000"),   QStringLiteral("--json")};
            return a + extra;
        };
        const Run r =
            runCli(args({QStringLiteral("--dp"), QStringLiteral("--target-epsilon"), QStringLiteral("1"),
                         QStringLiteral("--encoder-epsilon"), QStringLiteral("0.2")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = jsonObject(r);
        QCOMPARE(o[QStringLiteral("encoder_epsilon")].toDouble(), 0.2);
        QVERIFY(o[QStringLiteral("sgd_epsilon")].toDouble() <= 0.8 + 1e-9);
        QVERIFY(std::fabs(o[QStringLiteral("epsilon")].toDouble() -
                          o[QStringLiteral("sgd_epsilon")].toDouble() - 0.2) < 1e-9);
        QVERIFY(o[QStringLiteral("epsilon")].toDouble() <= 1.0 + 1e-9);
        QCOMPARE(o[QStringLiteral("encoder")].toObject()[QStringLiteral("fitted_on")].toString(),
                 QStringLiteral("dp-estimates"));
        // Without DP, more than the total, or beside a declared encoder: a usage error naming it.
        const Run plain = runCli(args({QStringLiteral("--encoder-epsilon"), QStringLiteral("0.2")}));
        QVERIFY(plain.exitCode != 0);
        QVERIFY2(plain.err.contains(QLatin1String("--encoder-epsilon")), qPrintable(plain.err));
        const Run over =
            runCli(args({QStringLiteral("--dp"), QStringLiteral("--target-epsilon"), QStringLiteral("0.1"),
                         QStringLiteral("--encoder-epsilon"), QStringLiteral("0.2")}));
        QVERIFY(over.exitCode != 0);
        QVERIFY2(over.err.contains(QLatin1String("leaves nothing")), qPrintable(over.err));
    }

    void torchScriptJobUsesTheEncoderTheModelCarries()
    {
        // A job spec against a model saved here queries it with the encoding it was trained with (the
        // encoder.json inside it), as `attack mia` does; a DP model's encoder is fitted outside its training
        // rows with rare categories grouped, so an encoder fitted again on the training rows differs.
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("dp.pt"));
        QCOMPARE(runCli({QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("demo"),
                         QStringLiteral("--model"), QStringLiteral("mlp:16"), QStringLiteral("--epochs"),
                         QStringLiteral("1"), QStringLiteral("--dp"), QStringLiteral("--noise-multiplier"),
                         QStringLiteral("1"), QStringLiteral("--train-rows"), QStringLiteral("1000"),
                         QStringLiteral("--out"), model, QStringLiteral("--json")})
                     .exitCode,
                 0);
        // Fewer than 2,000 training rows: the DP learning rate left out is the small-data one.
        const Run small =
            runCli({QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("demo"),
                    QStringLiteral("--model"), QStringLiteral("logreg"), QStringLiteral("--epochs"),
                    QStringLiteral("1"), QStringLiteral("--dp"), QStringLiteral("--noise-multiplier"),
                    QStringLiteral("1"), QStringLiteral("--train-rows"), QStringLiteral("1000"),
                    QStringLiteral("--json")});
        QCOMPARE(small.exitCode, 0);
        QCOMPARE(jsonObject(small)[QStringLiteral("learning_rate")].toDouble(), 0.01);
        const Run given =
            runCli({QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("demo"),
                    QStringLiteral("--model"), QStringLiteral("logreg"), QStringLiteral("--epochs"),
                    QStringLiteral("1"), QStringLiteral("--dp"), QStringLiteral("--noise-multiplier"),
                    QStringLiteral("1"), QStringLiteral("--train-rows"), QStringLiteral("1000"),
                    QStringLiteral("--lr"), QStringLiteral("0.002"), QStringLiteral("--json")});
        QCOMPARE(given.exitCode, 0);
        QCOMPARE(jsonObject(given)[QStringLiteral("learning_rate")].toDouble(), 0.002);
        QFile carried(dir.filePath(QStringLiteral("dp.encoder.json")));
        QVERIFY(carried.open(QIODevice::ReadOnly));
        const QJsonObject encoder = QJsonDocument::fromJson(carried.readAll()).object();
        QCOMPARE(encoder.value(QStringLiteral("fitted_on")).toString(),
                 QStringLiteral("rows-outside-training"));
        const QString spec = dir.filePath(QStringLiteral("ts.json"));
        QFile f(spec);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schema_version": 1, "seed": 1,
            "dataset": {"source": "demo", "label": "readmitted", "member_rows": 1000},
            "target": {"kind": "torchscript", "path": "dp.pt"}, "attacks": {"names": ["loss"]}})");
        f.close();
        const QString project = dir.filePath(QStringLiteral("ts.privaudit"));
        const Run run = runCli({QStringLiteral("run"), spec, QStringLiteral("--project"), project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Run exported = runCli({QStringLiteral("export"), QStringLiteral("--project"), project,
                                     QStringLiteral("--run"), QStringLiteral("1")});
        QCOMPARE(exported.exitCode, 0);
        const QJsonObject used = QJsonDocument::fromJson(exported.out)
                                     .object()
                                     .value(QStringLiteral("summary"))
                                     .toObject()
                                     .value(QStringLiteral("encoder"))
                                     .toObject();
        QCOMPARE(used.value(QStringLiteral("fitted_on")).toString(), QStringLiteral("rows-outside-training"));
        QCOMPARE(used.value(QStringLiteral("fit_rows")).toInteger(),
                 encoder.value(QStringLiteral("fit_rows")).toInteger());
    }

    void realWorldCsvShapes()
    {
        // Shaped like two public datasets the earlier tests never saw (generated here: a fresh clone has
        // no copy of them). German credit: the label "credit" holds 1 and 2. COMPAS: decile_score and
        // priors_count appear twice in the header; names, dates of birth and a near-unique case number.
        QTemporaryDir dir;
        QByteArray credit =
            "checking_status,duration,credit_history,purpose,credit_amount,savings,age,credit\n";
        QByteArray compas =
            "id,name,first,last,dob,age,sex,race,juv_fel_count,decile_score,priors_count,c_case_number,"
            "c_charge_desc,decile_score,priors_count,two_year_recid\n";
        quint32 x = 12345;
        const auto next = [&x] {
            x = x * 1664525u + 1013904223u;
            return x >> 8;
        };
        const char* charges[] = {"Battery", "Grand Theft", "Possession of Cannabis", "DUI", "Burglary"};
        for (int i = 0; i < 1000; ++i) {
            const int duration = 6 + int(next() % 60);
            const int amount = 500 + int(next() % 15000);
            const bool bad = (duration > 36) != (next() % 5 == 0);
            credit += "A1" + QByteArray::number(1 + next() % 4) + ',' + QByteArray::number(duration) + ",A3" +
                      QByteArray::number(next() % 5) + ",A4" + QByteArray::number(next() % 10) + ',' +
                      QByteArray::number(amount) + ",A6" + QByteArray::number(1 + next() % 5) + ',' +
                      QByteArray::number(19 + next() % 56) + ',' + (bad ? "2" : "1") + '\n';
            const int priors = int(next() % 12);
            const int decile = 1 + int(next() % 10);
            const bool recid = (priors + decile > 11) != (next() % 6 == 0);
            // One in ten charges is unique to its row (rare categories, as in c_charge_desc).
            const QByteArray charge =
                i % 10 == 0 ? "Charge " + QByteArray::number(i) : QByteArray(charges[next() % 5]);
            compas += QByteArray::number(i + 1) + ",\"Person" + QByteArray::number(i) + " Surname\",Person" +
                      QByteArray::number(i) + ",Surname" + QByteArray::number(i) + ",19" +
                      QByteArray::number(50 + next() % 48) + "-0" + QByteArray::number(1 + next() % 9) + '-' +
                      QByteArray::number(10 + next() % 18) + ',' + QByteArray::number(18 + next() % 60) +
                      ',' + (next() % 2 ? "Male" : "Female") + ',' +
                      (next() % 3 ? "African-American" : "Caucasian") + ',' + QByteArray::number(next() % 3) +
                      ',' + QByteArray::number(decile) + ',' + QByteArray::number(priors) + ",13" +
                      QByteArray::number(1000000 + i) + "CF10A," + charge + ',' + QByteArray::number(decile) +
                      ',' + QByteArray::number(priors) + ',' + (recid ? "1" : "0") + '\n';
        }
        const QString creditPath = dir.filePath(QStringLiteral("german_credit.csv"));
        const QString compasPath = dir.filePath(QStringLiteral("compas-scores-two-years.csv"));
        for (const auto& [path, bytes] : {std::pair{creditPath, credit}, std::pair{compasPath, compas}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        }

        // No flags beyond --data and --label.
        const Run trainCredit =
            runCli({QStringLiteral("train"), QStringLiteral("--data"), creditPath, QStringLiteral("--label"),
                    QStringLiteral("credit"), QStringLiteral("--json")});
        QVERIFY2(trainCredit.exitCode == 0, qPrintable(trainCredit.err));
        QVERIFY2(
            trainCredit.err.contains(QLatin1String("'credit' is read as a class label with 2 classes: 1, 2")),
            qPrintable(trainCredit.err));
        const QJsonObject credited = jsonObject(trainCredit);
        QCOMPARE(credited[QStringLiteral("classes")].toArray(),
                 QJsonArray({QStringLiteral("1"), QStringLiteral("2")}));
        QVERIFY(credited[QStringLiteral("test_accuracy")].toDouble() > 0.6);
        const Run attackCredit =
            runCli({QStringLiteral("attack"), QStringLiteral("mia"), QStringLiteral("--data"), creditPath,
                    QStringLiteral("--label"), QStringLiteral("credit"), QStringLiteral("--attack"),
                    QStringLiteral("loss,lira"), QStringLiteral("--reference-models"), QStringLiteral("2"),
                    QStringLiteral("--epochs"), QStringLiteral("3"), QStringLiteral("--json")});
        QVERIFY2(attackCredit.exitCode == 0, qPrintable(attackCredit.err));

        const Run trainCompas =
            runCli({QStringLiteral("train"), QStringLiteral("--data"), compasPath, QStringLiteral("--label"),
                    QStringLiteral("two_year_recid"), QStringLiteral("--json")});
        QVERIFY2(trainCompas.exitCode == 0, qPrintable(trainCompas.err));
        QVERIFY2(
            trainCompas.err.contains(QLatin1String("'decile_score' (column 14) is now 'decile_score_2'")) &&
                trainCompas.err.contains(QLatin1String("'priors_count' (column 15) is now 'priors_count_2'")),
            qPrintable(trainCompas.err));
        QVERIFY2(
            trainCompas.err.contains(QLatin1String("'c_case_number' (1000 distinct values in 1000 rows)")) &&
                trainCompas.err.contains(QLatin1String("'name'")) &&
                trainCompas.err.contains(QLatin1String("'dob'")),
            qPrintable(trainCompas.err));
        const QJsonObject compasJson = jsonObject(trainCompas);
        const QStringList inputs = compasJson[QStringLiteral("inputs")].toVariant().toStringList();
        QVERIFY(inputs.contains(QStringLiteral("decile_score_2")));
        for (const QString& input : inputs)
            QVERIFY2(!input.startsWith(QLatin1String("c_case_number")) &&
                         !input.startsWith(QLatin1String("name")) &&
                         !input.startsWith(QLatin1String("first")) && !input.startsWith(QLatin1String("dob")),
                     qPrintable(input));
        QVERIFY(compasJson[QStringLiteral("input_width")].toInt() <
                60); // c_charge_desc's rare values stay (issue 24)
        const Run attackCompas =
            runCli({QStringLiteral("attack"), QStringLiteral("mia"), QStringLiteral("--data"), compasPath,
                    QStringLiteral("--label"), QStringLiteral("two_year_recid"), QStringLiteral("--attack"),
                    QStringLiteral("loss"), QStringLiteral("--json")});
        QVERIFY2(attackCompas.exitCode == 0, qPrintable(attackCompas.err));

        // Declared types and roles from the command line: an identifier never reaches the encoder, an
        // override keeps a column the rule would leave out, a numeric column read as categories.
        const Run declared = runCli(
            {QStringLiteral("train"), QStringLiteral("--data"), compasPath, QStringLiteral("--label"),
             QStringLiteral("two_year_recid"), QStringLiteral("--role"), QStringLiteral("id=identifier"),
             QStringLiteral("--role"), QStringLiteral("race=sensitive"), QStringLiteral("--column"),
             QStringLiteral("decile_score=categorical"), QStringLiteral("--role"),
             QStringLiteral("c_charge_desc=ignored"), QStringLiteral("--epochs"), QStringLiteral("1"),
             QStringLiteral("--json")});
        QVERIFY2(declared.exitCode == 0, qPrintable(declared.err));
        const QStringList declaredInputs =
            jsonObject(declared)[QStringLiteral("inputs")].toVariant().toStringList();
        QVERIFY(declaredInputs.contains(QStringLiteral("decile_score=7")));
        QVERIFY(declaredInputs.contains(QStringLiteral("race=Caucasian")));
        for (const QString& input : declaredInputs)
            QVERIFY2(input != QLatin1String("id") && !input.startsWith(QLatin1String("c_charge_desc")),
                     qPrintable(input));
        const Run badRole =
            runCli({QStringLiteral("train"), QStringLiteral("--data"), compasPath, QStringLiteral("--label"),
                    QStringLiteral("two_year_recid"), QStringLiteral("--role"), QStringLiteral("id=secret")});
        QCOMPARE(badRole.exitCode, 2);
        QVERIFY2(badRole.err.contains(QLatin1String("--role")) &&
                     badRole.err.contains(QLatin1String("secret")),
                 qPrintable(badRole.err));

        // The same through a job spec with dataset.columns, and through a sweep's options.
        const QString spec = dir.filePath(QStringLiteral("credit.json"));
        {
            QFile f(spec);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"schema_version": 1, "seed": 3, "dataset": {"source": "german_credit.csv",
                "columns": {"credit": {"type": "categorical", "role": "label"}, "purpose": {"role": "ignored"}}},
                "target": {"model": "mlp:16", "epochs": 2}, "attacks": {"names": ["loss"], "reference_models": 1}})");
        }
        const QString project = dir.filePath(QStringLiteral("credit.privaudit"));
        const Run run = runCli(
            {QStringLiteral("run"), spec, QStringLiteral("--project"), project, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Run sweep =
            runCli({QStringLiteral("sweep"), QStringLiteral("--data"), creditPath, QStringLiteral("--label"),
                    QStringLiteral("credit"), QStringLiteral("--role"), QStringLiteral("purpose=ignored"),
                    QStringLiteral("--epsilons"), QStringLiteral("4,inf"), QStringLiteral("--epochs"),
                    QStringLiteral("2"), QStringLiteral("--attack"), QStringLiteral("loss"),
                    QStringLiteral("--project"), project, QStringLiteral("--json")});
        QVERIFY2(sweep.exitCode == 0, qPrintable(sweep.err));
        const Run verify = runCli({QStringLiteral("project"), QStringLiteral("verify"), project});
        QVERIFY2(verify.exitCode == 0, qPrintable(QString::fromUtf8(verify.out)));
    }

    void trainRejectsBadInput()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("t.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b,y\n1,2,x\n3,4\n");
        f.close();
        Run r = runCli({QStringLiteral("train"), QStringLiteral("--data"), csv, QStringLiteral("--label"),
                        QStringLiteral("y")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("ragged")), qPrintable(r.err));
        r = runCli({QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("demo"),
                    QStringLiteral("--label"), QStringLiteral("income")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("'income'")), qPrintable(r.err));
        r = runCli({QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("demo"),
                    QStringLiteral("--dp")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--noise-multiplier")));
        r = runCli({QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("demo"),
                    QStringLiteral("--model"), QStringLiteral("mlp:x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--model")));
    }

    void attackMiaJson()
    {
        QTemporaryDir dir;
        const QString scores = dir.filePath(QStringLiteral("scores.csv"));
        const Run r =
            runCli({QStringLiteral("attack"), QStringLiteral("mia"), QStringLiteral("--data"),
                    QStringLiteral("demo"), QStringLiteral("--model"), QStringLiteral("mlp:32"),
                    QStringLiteral("--epochs"), QStringLiteral("5"), QStringLiteral("--train-rows"),
                    QStringLiteral("500"), QStringLiteral("--attack"), QStringLiteral("loss,lira"),
                    QStringLiteral("--reference-models"), QStringLiteral("4"), QStringLiteral("--bootstrap"),
                    QStringLiteral("50"), QStringLiteral("--scores-out"), scores, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray attacks = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(attacks.size(), 2);
        for (const auto& v : attacks) {
            const QJsonObject a = v.toObject();
            for (const char* key : {"attack", "auc", "advantage", "tpr_at_fpr", "ci95", "epsilon_lower_bound",
                                    "members", "non_members", "seconds"})
                QVERIFY2(a.contains(QLatin1String(key)), key);
            QCOMPARE(a[QStringLiteral("members")].toInt(), 500);
            QCOMPARE(a[QStringLiteral("non_members")].toInt(), 500);
            const QJsonObject tpr = a[QStringLiteral("tpr_at_fpr")].toObject();
            QVERIFY(tpr.contains(QStringLiteral("0.001")) && tpr.contains(QStringLiteral("0.01")) &&
                    tpr.contains(QStringLiteral("0.1")));
            QVERIFY(a[QStringLiteral("auc")].toDouble() > 0.3 && a[QStringLiteral("auc")].toDouble() < 0.9);
        }
        QFile f(scores);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 1 + 2 * 1000);
        // attack mia runs its options as a job spec through the job executor: --project keeps the run,
        // and `run` with the stored spec gives the same figures.
        const QString project = dir.filePath(QStringLiteral("kept.privaudit"));
        const QStringList args = {QStringLiteral("attack"),      QStringLiteral("mia"),
                                  QStringLiteral("--data"),      QStringLiteral("demo"),
                                  QStringLiteral("--model"),     QStringLiteral("logreg"),
                                  QStringLiteral("--epochs"),    QStringLiteral("3"),
                                  QStringLiteral("--attack"),    QStringLiteral("loss,entropy"),
                                  QStringLiteral("--bootstrap"), QStringLiteral("20"),
                                  QStringLiteral("--project"),   project,
                                  QStringLiteral("--json")};
        const Run kept = runCli(args);
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.err));
        const QJsonArray keptAttacks = QJsonDocument::fromJson(kept.out).array();
        QCOMPARE(keptAttacks.size(), 2);
        const qint64 runId = keptAttacks[0].toObject()[QStringLiteral("run")].toInteger();
        QVERIFY(runId > 0);
        const Run exported = runCli({QStringLiteral("export"), QStringLiteral("--project"), project,
                                     QStringLiteral("--run"), QString::number(runId)});
        QCOMPARE(exported.exitCode, 0);
        const QString spec = dir.filePath(QStringLiteral("spec.json"));
        QFile specFile(spec);
        QVERIFY(specFile.open(QIODevice::WriteOnly));
        specFile.write(QJsonDocument(jsonObject(exported)[QStringLiteral("spec")].toObject()).toJson());
        specFile.close();
        const Run again = runCli(
            {QStringLiteral("run"), spec, QStringLiteral("--project"), project, QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const QJsonArray againResults = jsonObject(again)[QStringLiteral("results")].toArray();
        QCOMPARE(againResults.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject x = keptAttacks[i].toObject(), y = againResults[i].toObject();
            QCOMPARE(y[QStringLiteral("attack")].toString(), x[QStringLiteral("attack")].toString());
            QCOMPARE(y[QStringLiteral("auc")].toDouble(), x[QStringLiteral("auc")].toDouble());
            QCOMPARE(y[QStringLiteral("ci95")].toObject(), x[QStringLiteral("ci95")].toObject());
        }
        // A label the data does not have is a usage error found before anything is recorded.
        const QString untouched = dir.filePath(QStringLiteral("untouched.privaudit"));
        const Run wrong = runCli({QStringLiteral("attack"), QStringLiteral("mia"), QStringLiteral("--data"),
                                  scores, QStringLiteral("--label"), QStringLiteral("income"),
                                  QStringLiteral("--project"), untouched});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QLatin1String("income")), qPrintable(wrong.err));
        QVERIFY(!QFile::exists(untouched));
    }

    void attackMiaOnPredictions()
    {
        QTemporaryDir dir;
        const QString csv = writePredictions(dir);
        QVERIFY(!csv.isEmpty());
        const Run r =
            runCli({QStringLiteral("attack"), QStringLiteral("mia"), QStringLiteral("--predictions"), csv,
                    QStringLiteral("--attack"), QStringLiteral("loss"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject a = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(a[QStringLiteral("auc")].toDouble(), 1.0);
        const Run bad =
            runCli({QStringLiteral("attack"), QStringLiteral("mia"), QStringLiteral("--data"),
                    QStringLiteral("demo"), QStringLiteral("--attack"), QStringLiteral("telepathy")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("telepathy")));
    }

    void attackAudit()
    {
        const Run r = runCli({QStringLiteral("attack"), QStringLiteral("audit"), QStringLiteral("--data"),
                              QStringLiteral("demo"), QStringLiteral("--model"), QStringLiteral("logreg"),
                              QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--canaries"),
                              QStringLiteral("200"), QStringLiteral("--guesses"), QStringLiteral("40"),
                              QStringLiteral("--dp"), QStringLiteral("--target-epsilon"), QStringLiteral("2"),
                              QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = jsonObject(r);
        QCOMPARE(o[QStringLiteral("canaries")].toInt(), 200);
        QCOMPARE(o[QStringLiteral("guesses")].toInt(), 40);
        QVERIFY(o[QStringLiteral("epsilon_lower_bound")].toDouble() <=
                o[QStringLiteral("accountant_epsilon")].toDouble());
        const Run bad = runCli({QStringLiteral("attack"), QStringLiteral("audit"), QStringLiteral("--data"),
                                QStringLiteral("demo"), QStringLiteral("--canaries"), QStringLiteral("1")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("canaries")));
        // A label the file does not have is a usage error, as for attack mia, and the project is not
        // touched (not a failed run in it).
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("small.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x,c,y\n");
        for (int i = 0; i < 200; ++i)
            f.write(QStringLiteral("%1,%2,%3\n")
                        .arg(i % 7)
                        .arg(QLatin1String(i % 3 == 0 ? "a" : "b"))
                        .arg(i % 2)
                        .toUtf8());
        f.close();
        const QString project = dir.filePath(QStringLiteral("p.privaudit"));
        const Run wrongLabel = runCli({QStringLiteral("attack"), QStringLiteral("audit"),
                                       QStringLiteral("--data"), csv, QStringLiteral("--label"),
                                       QStringLiteral("income"), QStringLiteral("--project"), project});
        QCOMPARE(wrongLabel.exitCode, 2);
        QVERIFY2(wrongLabel.err.contains(QLatin1String("income")), qPrintable(wrongLabel.err));
        QVERIFY(!QFile::exists(project));
        // The text summary carries the recipe warnings the run view and the report give (2 epochs of a
        // small file are far fewer than 100 optimiser steps).
        const Run text =
            runCli({QStringLiteral("attack"), QStringLiteral("audit"), QStringLiteral("--data"), csv,
                    QStringLiteral("--label"), QStringLiteral("y"), QStringLiteral("--model"),
                    QStringLiteral("logreg"), QStringLiteral("--epochs"), QStringLiteral("2"),
                    QStringLiteral("--canaries"), QStringLiteral("40"), QStringLiteral("--guesses"),
                    QStringLiteral("10")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains("Note: ") && text.out.contains("steps"), text.out.constData());
        QVERIFY(!o[QStringLiteral("warnings")].isUndefined());
    }

    void demoStoresAndVerifies()
    {
        // The README's first command, headless: two runs, six results, a verified audit trail, and the DP
        // run's empirical lower bounds below its accountant epsilon.
        QTemporaryDir dir;
        const Run r = runCli(
            {QStringLiteral("demo"), QStringLiteral("--out"), dir.path(), QStringLiteral("--json")}, 600000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = jsonObject(r);
        QVERIFY(o[QStringLiteral("verified")].toBool());
        const QString project = o[QStringLiteral("project")].toString();
        QVERIFY(QFile::exists(project));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("demo-patients.csv"))));
        const QJsonArray runs = o[QStringLiteral("runs")].toArray();
        QCOMPARE(runs.size(), 2);
        const QJsonObject plain = runs[0].toObject(), dp = runs[1].toObject();
        QVERIFY(!plain[QStringLiteral("summary")].toObject()[QStringLiteral("dp")].toBool());
        QVERIFY(dp[QStringLiteral("summary")].toObject()[QStringLiteral("dp")].toBool());
        const double epsilon = dp[QStringLiteral("summary")].toObject()[QStringLiteral("epsilon")].toDouble();
        QVERIFY(epsilon > 1.9 && epsilon <= 2.0);
        double bestPlainAuc = 0.0;
        for (const QJsonValue& a : plain[QStringLiteral("attacks")].toArray())
            bestPlainAuc = std::max(bestPlainAuc, a.toObject()[QStringLiteral("auc")].toDouble());
        QVERIFY2(bestPlainAuc > 0.6, "an overfitted non-private target must leak");
        for (const QJsonValue& a : dp[QStringLiteral("attacks")].toArray())
            QVERIFY(a.toObject()[QStringLiteral("epsilon_lower_bound")].toDouble() <= epsilon);

        // The same project through project info / verify and export.
        const Run info =
            runCli({QStringLiteral("project"), QStringLiteral("info"), project, QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        QCOMPARE(jsonObject(info)[QStringLiteral("runs")].toArray().size(), 2);
        QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("verify"), project}).exitCode, 0);
        const Run csv =
            runCli({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--run"),
                    QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("attack,row,member,score\n"));
        const QJsonObject plainSummary = plain[QStringLiteral("summary")].toObject();
        QCOMPARE(plainSummary[QStringLiteral("members")].toInteger(), 5000);
        const qint64 candidates = 5000 + plainSummary[QStringLiteral("non_members")].toInteger();
        QCOMPARE(csv.out.count('\n'), 1 + 3 * candidates); // one row per candidate and attack
        const Run json =
            runCli({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--run"),
                    QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject exported = jsonObject(json);
        QCOMPARE(exported[QStringLiteral("status")].toString(), QStringLiteral("completed"));
        QCOMPARE(exported[QStringLiteral("results")].toArray().size(), 3);
        QVERIFY(!exported[QStringLiteral("software")]
                     .toObject()[QStringLiteral("libtorch")]
                     .toString()
                     .isEmpty());
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--project"), project,
                         QStringLiteral("--run"), QStringLiteral("9")})
                     .exitCode,
                 2);

        // The demo ends with its audit report: every section, and the stored numbers as the report prints
        // them.
        const QString report = o[QStringLiteral("report")].toString();
        QVERIFY(QFileInfo(report).size() > 20000);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed (installer/setup-deps.sh installs poppler-utils)");
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {report, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        for (const char* heading :
             {"Executive summary", "Scope and method", "Attack results", "Differential privacy",
              "Privacy risk matrix", "Checklists", "Audit trail", "Limitations", "Sign-off",
              "Appendix: job specifications and environment"})
            QVERIFY2(text.contains(QLatin1String(heading)), heading);
        for (const QJsonValue& run : runs)
            for (const QJsonValue& a : run.toObject()[QStringLiteral("attacks")].toArray()) {
                const QJsonObject m = a.toObject();
                for (const QString& number :
                     {QString::number(m[QStringLiteral("auc")].toDouble(), 'f', 4),
                      QString::number(
                          m[QStringLiteral("tpr_at_fpr")].toObject()[QStringLiteral("0.001")].toDouble(), 'f',
                          4),
                      QString::number(m[QStringLiteral("epsilon_lower_bound")].toDouble(), 'f', 2)})
                    QVERIFY2(text.contains(number), qPrintable(number));
            }
        QVERIFY(text.contains(QString::number(epsilon, 'f', 2)));

        // The report follows the language.
        const QString german = dir.filePath(QStringLiteral("bericht.pdf"));
        const Run de = runCli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("report"),
                               QStringLiteral("--project"), project, QStringLiteral("--out"), german});
        QVERIFY2(de.exitCode == 0, qPrintable(de.err));
        QProcess germanText;
        germanText.start(QStringLiteral("pdftotext"), {german, QStringLiteral("-")});
        QVERIFY(germanText.waitForFinished(60000));
        const QString deText = QString::fromUtf8(germanText.readAllStandardOutput());
        QVERIFY(deText.contains(QStringLiteral("Zusammenfassung für die Leitung")));
        QVERIFY(deText.contains(QStringLiteral("Datenschutz-Risikomatrix")));
    }

    void runSpecAndBadSpecs()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.privaudit"));
        QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("create"), project}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("create"), project}).exitCode,
                 2); // never overwritten
        auto writeSpec = [&](const QString& name, const QByteArray& text) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(text);
            return f.fileName();
        };
        const QString good = writeSpec(QStringLiteral("good.json"), R"({"schema_version": 1, "seed": 3,
            "dataset": {"source": "demo", "label": "readmitted", "member_rows": 500},
            "target": {"model": "logreg", "epochs": 3},
            "attacks": {"names": ["loss", "entropy"]}, "statistics": {"bootstrap": 20}})");
        const Run r = runCli(
            {QStringLiteral("run"), good, QStringLiteral("--project"), project, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(jsonObject(r)[QStringLiteral("results")].toArray().size(), 2);
        QFile file(project);
        const QByteArray before = [&] {
            file.open(QIODevice::ReadOnly);
            const QByteArray b = file.readAll();
            file.close();
            return b;
        }();
        const struct
        {
            const char* name;
            QByteArray text;
            const char* expected;
        } bad[] = {
            {"malformed.json", "{\"schema_version\": 1,", "not valid JSON"},
            {"future.json", R"({"schema_version": 7})", "newer PrivAudit"},
            {"typo.json", R"({"schema_version": 1, "target": {"epoch": 3}})", "unknown key 'epoch'"},
            {"attack.json", R"({"schema_version": 1, "attacks": {"names": ["lira", "psychic"]}})", "psychic"},
            {"negative.json", R"({"schema_version": 1, "target": {"epochs": -1}})", "target.epochs"},
        };
        for (const auto& b : bad) {
            const Run e = runCli({QStringLiteral("run"), writeSpec(QString::fromLatin1(b.name), b.text),
                                  QStringLiteral("--project"), project});
            QCOMPARE(e.exitCode, 2);
            QVERIFY2(e.err.contains(QLatin1String(b.expected)), qPrintable(e.err));
        }
        file.open(QIODevice::ReadOnly);
        QCOMPARE(file.readAll(), before); // nothing stored was changed
        file.close();
        const Run info =
            runCli({QStringLiteral("project"), QStringLiteral("info"), project, QStringLiteral("--json")});
        QCOMPARE(jsonObject(info)[QStringLiteral("runs")].toArray().size(), 1);
        // A run that fails on its input is recorded as failed, with the reason.
        const QString missing =
            writeSpec(QStringLiteral("missing.json"),
                      R"({"schema_version": 1, "dataset": {"source": "nope.csv", "label": "y"}})");
        const Run failed = runCli({QStringLiteral("run"), missing, QStringLiteral("--project"), project});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(QLatin1String("nope.csv")), qPrintable(failed.err));
        const QJsonArray runs = jsonObject(runCli({QStringLiteral("project"), QStringLiteral("info"), project,
                                                   QStringLiteral("--json")}))[QStringLiteral("runs")]
                                    .toArray();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[1].toObject()[QStringLiteral("status")].toString(), QStringLiteral("failed"));
        QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("verify"), project}).exitCode, 0);
        // Not a project: clear errors.
        const QString random = writeSpec(QStringLiteral("random.privaudit"), QByteArray(4096, '\x5a'));
        const Run notProject = runCli({QStringLiteral("project"), QStringLiteral("info"), random});
        QCOMPARE(notProject.exitCode, 2);
        QVERIFY(notProject.err.contains(QLatin1String("not an SQLite database")));
    }

    void germanMessages()
    {
        const Run r =
            runCli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("accountant"),
                    QStringLiteral("--sampling-rate"), QStringLiteral("2"),
                    QStringLiteral("--noise-multiplier"), QStringLiteral("1"), QStringLiteral("--steps"),
                    QStringLiteral("1"), QStringLiteral("--delta"), QStringLiteral("1e-5")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--sampling-rate muss")), qPrintable(r.err));
        QCOMPARE(runCli({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("version")}).exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
