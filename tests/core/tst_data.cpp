// Tabular data: RFC 4180 import through libcsv, type inference, roles, encoding fitted on the training
// rows, seeded splits, the synthetic demo table, and clear errors for bad files.
#include "data/ColumnPlan.h"
#include "data/CsvImporter.h"
#include "data/DataSplit.h"
#include "data/DemoData.h"
#include "data/TableEncoder.h"

#include <cmath>
#include <numeric>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <random>
#include <set>

using namespace privaudit;
using namespace privaudit::data;

namespace {

QString adultPath()
{
    return QStringLiteral(PRIVAUDIT_SHARED_DIR "/datasets/adult.csv");
}

DataTable importOrFail(const QByteArray& bytes, const CsvImportOptions& options = {})
{
    auto t = CsvImporter::importBytes(bytes, options);
    if (!t) qWarning() << "import failed:" << t.error();
    return t ? std::move(t).value() : DataTable();
}

QString importError(const QByteArray& bytes, const CsvImportOptions& options = {})
{
    auto t = CsvImporter::importBytes(bytes, options);
    return t ? QString() : t.error();
}

} // namespace

class TestData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc4180Quoting()
    {
        const DataTable t = importOrFail("name,comment,score\r\n"
                                         "\"Smith, J.\",\"said \"\"hi\"\"\",3.5\r\n"
                                         "Lee,\"two\nlines\",4\r\n");
        QCOMPARE(t.rowCount(), std::size_t(2));
        QCOMPARE(t.column(0).text(0), QStringLiteral("Smith, J."));
        QCOMPARE(t.column(1).text(0), QStringLiteral("said \"hi\""));
        QCOMPARE(t.column(1).text(1), QStringLiteral("two\nlines"));
        QCOMPARE(t.column(2).type, ColumnType::Numeric);
        QCOMPARE(t.column(2).numbers[1], 4.0);
    }

    void delimitersBomAndMissing()
    {
        QCOMPARE(CsvImporter::detectDelimiter("a;b;c\n1;2;3\n"), QLatin1Char(';'));
        QCOMPARE(CsvImporter::detectDelimiter("a\tb\tc\n1\t2\t3\n"), QLatin1Char('\t'));
        QCOMPARE(CsvImporter::detectDelimiter("a,b\n\"x;y\",2\n"), QLatin1Char(','));
        const DataTable semi = importOrFail("\xEF\xBB\xBF"
                                            "city;temp;rain\nKöln;12,5;?\nParis;NA;yes\nOslo;;no\n");
        QCOMPARE(semi.column(0).name, QStringLiteral("city")); // BOM stripped
        QCOMPARE(semi.column(0).text(0), QStringLiteral("Köln"));
        QCOMPARE(semi.column(1).type, ColumnType::Categorical); // "12,5" is not a number with ';' files
        QCOMPARE(semi.column(1).missing, std::int64_t(2));      // "NA" and empty
        QCOMPARE(semi.column(2).type, ColumnType::Boolean);     // yes / no with one "?"
        QCOMPARE(semi.column(2).missing, std::int64_t(1));
        const DataTable tab = importOrFail("x\ty\n1\t2\n3\t4\n");
        QCOMPARE(tab.columnCount(), std::size_t(2));
        QCOMPARE(tab.column(1).numbers[1], 4.0);
    }

    void malformedInputsNameTheProblem_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ragged") << QByteArray("a,b,c\n1,2,3\n4,5\n")
                                << QStringLiteral("Data row 2 has 2 fields");
        QTest::newRow("unterminated quote")
            << QByteArray("a,b\n1,\"open\n2,3\n") << QStringLiteral("Unterminated quoted field");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("header only") << QByteArray("a,b,c\n") << QStringLiteral("no data rows");
        static const char pngBytes[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
        const QByteArray png(pngBytes,
                             sizeof pngBytes - 1); // read 24 bytes of a 21-byte literal (AddressSanitizer)
        QTest::newRow("png renamed") << png << QStringLiteral("not a text file");
        QTest::newRow("invalid utf-8")
            << QByteArray("a,b\n\xff\xfe,1\n") << QStringLiteral("not valid UTF-8");
    }
    void malformedInputsNameTheProblem()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString error = importError(bytes);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void duplicateHeadersAreRenamed()
    {
        // COMPAS names decile_score and priors_count twice; a later column already called x_2 is skipped.
        const DataTable t = importOrFail("id,decile_score,priors_count,decile_score,priors_count,x,x_2,x\n"
                                         "1,3,0,3,0,a,b,c\n2,7,4,7,4,d,e,f\n");
        QCOMPARE(
            t.columnNames(),
            QStringList({QStringLiteral("id"), QStringLiteral("decile_score"), QStringLiteral("priors_count"),
                         QStringLiteral("decile_score_2"), QStringLiteral("priors_count_2"),
                         QStringLiteral("x"), QStringLiteral("x_2"), QStringLiteral("x_3")}));
        QCOMPARE(t.notes().size(), 1);
        QVERIFY2(
            t.notes().first().contains(QLatin1String("'decile_score' (column 4) is now 'decile_score_2'")),
            qPrintable(t.notes().first()));
        // Declared types use the new names.
        CsvImportOptions options;
        options.declaredTypes.insert(QStringLiteral("decile_score_2"), ColumnType::Categorical);
        const auto declared = CsvImporter::importBytes("a,a\n1,2\n3,4\n", options);
        QVERIFY(declared);
        QCOMPARE(declared->column(1).type, ColumnType::Numeric);
        QCOMPARE(declared->column(1).name, QStringLiteral("a_2"));
    }

    void numericLabelBecomesClasses()
    {
        // German credit: the label "credit" holds 1 (good) and 2 (bad).
        QByteArray csv = "duration,amount,credit\n";
        for (int i = 0; i < 40; ++i)
            csv += QByteArray::number(6 + i) + ',' + QByteArray::number(1000 + 37 * i) + ',' +
                   (i % 3 == 0 ? "2" : "1") + '\n';
        DataTable t = importOrFail(csv);
        QCOMPARE(t.column(2).type, ColumnType::Numeric);
        ColumnPlan plan;
        plan.label = QStringLiteral("credit");
        QVERIFY(plan.apply(t).isEmpty());
        QCOMPARE(t.column(2).type, ColumnType::Categorical);
        QCOMPARE(t.column(2).categories, QStringList({QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(t.column(2).codes[0], 1); // row 0 holds 2
        QCOMPARE(t.column(2).codes[1], 0);
        QVERIFY(t.notes().join(QLatin1Char(' ')).contains(QLatin1String("2 classes: 1, 2")));
        QVERIFY(TableEncoder::fit(t, {0, 1, 2, 3, 4, 5}));
        // Fractions, or more distinct values than allowed, are no class label; the message says why.
        DataTable amount = importOrFail(csv);
        plan.label = QStringLiteral("amount");
        plan.maxLabelClasses = 10;
        QVERIFY(plan.apply(amount).contains(QLatin1String("more than 10 distinct numbers")));
        DataTable fraction = importOrFail("x,y\n1,0.5\n2,1.5\n");
        plan.label = QStringLiteral("y");
        QVERIFY(plan.apply(fraction).contains(QLatin1String("fractions")));
    }

    void highCardinalityColumnsAreLeftOut()
    {
        // A case number, a name and a date of birth unique per row; a charge with few values; a label.
        QByteArray csv = "case_number,name,dob,charge,age,label\n";
        for (int i = 0; i < 200; ++i)
            csv += "C" + QByteArray::number(100000 + i) + ",Person " + QByteArray::number(i) + ",19" +
                   QByteArray::number(50 + i % 40) + "-0" + QByteArray::number(1 + i % 9) + "-" +
                   QByteArray::number(10 + i % 18) + "," +
                   (i % 4 == 0   ? "theft"
                    : i % 4 == 1 ? "assault"
                                 : "fraud") +
                   ',' + QByteArray::number(20 + i % 50) + ',' + (i % 2 ? "yes" : "no") + '\n';
        DataTable t = importOrFail(csv);
        ColumnPlan plan;
        plan.label = QStringLiteral("label");
        QVERIFY(plan.apply(t).isEmpty());
        QCOMPARE(t.column(0).role, ColumnRole::Ignored);
        QCOMPARE(t.column(1).role, ColumnRole::Ignored);
        QCOMPARE(t.column(3).role, ColumnRole::Feature);
        QCOMPARE(t.column(4).role, ColumnRole::Feature);
        const QString note = t.notes().join(QLatin1Char(' '));
        QVERIFY2(note.contains(QLatin1String("'case_number' (200 distinct values in 200 rows)")) &&
                     note.contains(QLatin1String("memorise")),
                 qPrintable(note));
        const auto enc = TableEncoder::fit(t, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        QVERIFY(enc);
        for (const QString& input : enc->inputNames())
            QVERIFY2(!input.startsWith(QLatin1String("case_number")) &&
                         !input.startsWith(QLatin1String("name")),
                     qPrintable(input));
        // A declared role keeps the column; the CLI's option syntax is checked.
        DataTable kept = importOrFail(csv);
        ColumnPlan keep;
        QVERIFY(keep.addRoleOption(QStringLiteral("label=label")).isEmpty());
        QVERIFY(keep.addRoleOption(QStringLiteral("name=feature")).isEmpty());
        QVERIFY(keep.addRoleOption(QStringLiteral("case_number=identifier")).isEmpty());
        QVERIFY(keep.addTypeOption(QStringLiteral("age=categorical")).isEmpty());
        QVERIFY(keep.addTypeOption(QStringLiteral("age")).contains(QLatin1String("NAME=TYPE")));
        QVERIFY(keep.addTypeOption(QStringLiteral("age=text"))
                    .contains(QLatin1String("categorical, numeric or boolean")));
        QVERIFY(keep.addRoleOption(QStringLiteral("age=secret")).contains(QLatin1String("identifier")));
        QVERIFY(keep.apply(kept).isEmpty());
        QCOMPARE(kept.column(0).role, ColumnRole::Identifier);
        QCOMPARE(kept.column(1).role, ColumnRole::Feature);
        QCOMPARE(kept.column(5).role, ColumnRole::Label);
        // The plan reads declared types while importing.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(csv) == csv.size());
        f.close();
        const auto loaded = keep.load(path);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded->column(4).type, ColumnType::Categorical);
        ColumnPlan typo;
        typo.types.insert(QStringLiteral("agee"), ColumnType::Numeric);
        QVERIFY(typo.load(path).error().contains(QLatin1String("agee")));
    }

    void declaredNumericColumnRejectsText()
    {
        CsvImportOptions options;
        options.declaredTypes.insert(QStringLiteral("age"), ColumnType::Numeric);
        const QString error = importError("age,name\n31,a\nthirty,b\n", options);
        QVERIFY2(error.contains(QLatin1String("'age'")) && error.contains(QLatin1String("row 2")) &&
                     error.contains(QLatin1String("thirty")),
                 qPrintable(error));
    }

    void columnTurnsTextAfterManyNumbers()
    {
        // More than the numeric dictionary limit of distinct numbers, then text: read again as categorical.
        QByteArray csv("code,y\n");
        for (int i = 0; i < 200; ++i)
            csv += QByteArray::number(i) + ",a\n";
        csv += "X12,b\n";
        const DataTable t = importOrFail(csv);
        QCOMPARE(t.column(0).type, ColumnType::Categorical);
        QCOMPARE(t.column(0).text(0), QStringLiteral("0"));
        QCOMPARE(t.column(0).text(200), QStringLiteral("X12"));
    }

    void missingFileAndMissingLabel()
    {
        QVERIFY(CsvImporter::importFile(QStringLiteral("/nonexistent/x.csv"))
                    .error()
                    .contains(QLatin1String("does not exist")));
        DataTable t = importOrFail("a,b\n1,x\n2,y\n");
        const QString err = t.setRole(QStringLiteral("income"), ColumnRole::Label);
        QVERIFY(err.contains(QLatin1String("'income'")));
        QVERIFY(err.contains(QLatin1String("a, b")));
        QVERIFY(t.setRole(QStringLiteral("b"), ColumnRole::Label).isEmpty());
        QCOMPARE(t.labelIndex(), 1);
    }

    void adultImports()
    {
        if (!QFile::exists(adultPath()))
            QSKIP("../shared/datasets/adult.csv is not present (a fresh clone has no shared folder)");
        auto result = CsvImporter::importFile(adultPath());
        QVERIFY2(result.hasValue(), qPrintable(result.error()));
        DataTable t = std::move(result).value();
        QCOMPARE(t.rowCount(), std::size_t(32561));
        QCOMPARE(t.columnCount(), std::size_t(15));
        QCOMPARE(t.contentSha256(),
                 QStringLiteral("c30ce1e55a965b04950321870db74c19f4aa437120a692f32e72f6a4fa31c418"));
        QCOMPARE(t.column(t.indexOf(QStringLiteral("age"))).type, ColumnType::Numeric);
        QCOMPARE(t.column(t.indexOf(QStringLiteral("workclass"))).type, ColumnType::Categorical);
        QVERIFY(t.column(t.indexOf(QStringLiteral("workclass"))).missing > 1000); // "?" is missing
        QVERIFY(t.setRole(QStringLiteral("income-per-year"), ColumnRole::Label).isEmpty());
        QCOMPARE(t.column(14).categories.size(), 2);
        const QString fp = t.fingerprint();
        QVERIFY(t.setRole(QStringLiteral("fnlwgt"), ColumnRole::Ignored).isEmpty());
        QVERIFY(t.fingerprint() != fp); // roles are part of the fingerprint
    }

    void encoderFitsOnTrainingRowsOnly()
    {
        DataTable t = importOrFail("x,c,y\n1,a,p\n3,b,q\n100,c,p\n,a,q\n");
        QVERIFY(t.setRole(QStringLiteral("y"), ColumnRole::Label).isEmpty());
        auto enc = TableEncoder::fit(t, {0, 1}); // rows 2 and 3 are not training rows
        QVERIFY2(enc.hasValue(), qPrintable(enc.error()));
        // x: mean 2, sd sqrt(2) from rows 0 and 1 only; no missing in training -> no indicator.
        // c: categories a, b seen in training plus the unseen bucket.
        QCOMPARE(enc->inputWidth(), 1 + 3);
        const EncodedRows rows = enc->encode(t, {0, 2, 3});
        QCOMPARE_LE(std::fabs(rows.features(0, 0) - float((1 - 2) / std::sqrt(2.0))), 1e-6f);
        QCOMPARE_LE(std::fabs(rows.features(1, 0) - float((100 - 2) / std::sqrt(2.0))), 1e-4f);
        QCOMPARE(rows.features(1, 3), 1.0f); // "c" was never seen in training: unseen bucket
        QCOMPARE(rows.features(2, 0), 0.0f); // missing numeric, imputed at the mean
        QCOMPARE(rows.labels, (std::vector<std::int64_t>{0, 0, 1}));
        QVERIFY(enc->inputNames().contains(QStringLiteral("c=<unseen>")));
    }

    void nanAndInfinityCells()
    {
        // One NaN cell used to turn a numeric column into a one-hot of every value; now it is missing, and
        // said.
        const DataTable t = importOrFail("x,y\n1,a\nNaN,b\n3,a\nnan,b\n");
        QCOMPARE(t.column(0).type, ColumnType::Numeric);
        QCOMPARE(t.column(0).missing, std::int64_t(2));
        QVERIFY(t.notes().join(QLatin1Char(' ')).contains(QLatin1String("2 cells read 'NaN'")));
        for (const char* bad : {"x,y\n1,a\ninf,b\n", "x,y\n1,a\n-inf,b\n", "x,y\n1,a\n1e309,b\n"}) {
            QTemporaryDir dir;
            QFile f(dir.filePath(QStringLiteral("t.csv")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bad);
            f.close();
            const auto r = CsvImporter::importFile(f.fileName());
            QVERIFY2(!r.hasValue() && r.error().contains(QLatin1String("not a finite number")), bad);
        }
        // Declared categorical: the text stays a category.
        CsvImportOptions options;
        options.declaredTypes.insert(QStringLiteral("x"), ColumnType::Categorical);
        QCOMPARE(importOrFail("x,y\n1,a\ninf,b\n", options).column(0).categories.size(), 2);
    }

    void dpEncoderIgnoresTrainingRows()
    {
        // COMPAS-like: a charge description where many values occur once. Two tables that differ in one
        // training row only, whose value is unique to the file in one of them (a neighbouring data set).
        auto csv = [](bool unique, std::int64_t changedRow) {
            QByteArray text = "age,priors,charge,recid\n";
            std::mt19937_64 rng(11);
            for (int r = 0; r < 900; ++r) {
                const int age = 18 + int(rng() % 50);
                const int priors = int(rng() % 12);
                QByteArray charge = r % 7 == 0
                                        ? QByteArray("rare charge ") + QByteArray::number(r) // occurs once
                                        : QByteArray("charge ") + QByteArray::number(int(rng() % 12));
                if (r == changedRow && unique) charge = "a charge nobody else has";
                text += QByteArray::number(age) + ',' + QByteArray::number(priors) + ',' + charge + ',' +
                        (rng() % 3 == 0 ? "yes" : "no") + '\n';
            }
            return text;
        };
        DataTable probe = importOrFail(csv(false, -1));
        QVERIFY(probe.setRole(QStringLiteral("recid"), ColumnRole::Label).isEmpty());
        const auto split = DataSplit::make(probe, {300, 200, 5});
        QVERIFY(split.hasValue());
        const std::int64_t row =
            *std::find_if(split->members.begin(), split->members.end(),
                          [](std::int64_t r) { return r % 7 != 0; }); // a common charge in a
        DataTable a = importOrFail(csv(false, row));
        DataTable b = importOrFail(csv(true, row));
        for (DataTable* t : {&a, &b})
            QVERIFY(t->setRole(QStringLiteral("recid"), ColumnRole::Label).isEmpty());
        QCOMPARE(b.column(2).categories.size(), a.column(2).categories.size() + 1);

        const auto dpA = TableEncoder::fitForTraining(a, *split, true);
        const auto dpB = TableEncoder::fitForTraining(b, *split, true);
        QVERIFY2(dpA.hasValue() && dpB.hasValue(), qPrintable(dpA.error() + dpB.error()));
        QCOMPARE(dpA->inputWidth(), dpB->inputWidth());
        QCOMPARE(dpA->toJson(), dpB->toJson());
        QCOMPARE(dpA->sha256(), dpB->sha256());
        QCOMPARE(dpA->source(), EncoderSource::RowsOutsideTraining);
        QCOMPARE(dpA->fitRows(), std::int64_t(600));
        // The rare charges (once each) are grouped; the common ones are inputs.
        for (const QString& name : dpA->inputNames())
            QVERIFY2(!name.contains(QLatin1String("rare charge")), qPrintable(name));
        QVERIFY(dpA->inputNames().contains(QStringLiteral("charge=charge 3")));
        // Encoding the changed row: in b it falls into the other slot.
        const auto encA = dpA->encode(a, {row}), encB = dpB->encode(b, {row});
        QCOMPARE(encB.features(0, dpB->inputNames().indexOf(QStringLiteral("charge=<unseen>"))), 1.0f);
        Q_UNUSED(encA);

        // Without DP the encoder is fitted on the members and says so: one input more for b.
        const auto plainA = TableEncoder::fitForTraining(a, *split, false);
        const auto plainB = TableEncoder::fitForTraining(b, *split, false);
        QVERIFY(plainA.hasValue() && plainB.hasValue());
        QCOMPARE(plainB->inputWidth(), plainA->inputWidth() + 1);
        QCOMPARE(plainA->source(), EncoderSource::TrainingRows);
        QVERIFY(plainA->describe().contains(QLatin1String("training rows")));
        QVERIFY(dpA->describe().contains(QLatin1String("not used for training")));

        // The JSON form is the same encoder, and applies to another table by category text.
        const auto back = TableEncoder::fromJson(dpA->toJson());
        QVERIFY2(back.hasValue(), qPrintable(back.error()));
        QCOMPARE(back->inputNames(), dpA->inputNames());
        QVERIFY(back->checkApplies(b).isEmpty());
        std::vector<std::int64_t> some;
        for (std::int64_t r = 0; some.size() < 20; ++r)
            if (r != row) some.push_back(r);
        QVERIFY(back->encode(b, some).features.isApprox(dpA->encode(a, some).features));
        QCOMPARE(back->encode(b, some).labels, dpA->encode(a, some).labels);
        QVERIFY(!TableEncoder::fromJson(QJsonObject{{QStringLiteral("format"), QStringLiteral("other")}})
                     .hasValue());
        QVERIFY(
            back->checkApplies(importOrFail("age,charge,recid\n1,x,no\n")).contains(QLatin1String("priors")));
    }

    void dpQuantileIsTheExponentialMechanism()
    {
        // A second, direct computation of Smith's mechanism: interval i between the sorted, clipped
        // values has probability proportional to length * exp(-eps |i - q n| / (2 max(q, 1 - q))), and
        // the output is uniform in it. The implementation's draws must follow it.
        const std::vector<double> values{1, 2, 2, 5, 9, -4, 30}; // -4 and 30 are clipped to [0, 10]
        const double lo = 0, hi = 10, eps = 1.0;
        for (const double q : {0.5, 0.25}) {
            std::vector<double> z{lo};
            std::vector<double> sorted = values;
            for (double& v : sorted)
                v = std::clamp(v, lo, hi);
            std::sort(sorted.begin(), sorted.end());
            z.insert(z.end(), sorted.begin(), sorted.end());
            z.push_back(hi);
            const double n = double(sorted.size()), sens = std::max(q, 1 - q);
            std::vector<double> p;
            for (std::size_t i = 0; i + 1 < z.size(); ++i)
                p.push_back((z[i + 1] - z[i]) * std::exp(-eps * std::fabs(double(i) - q * n) / (2 * sens)));
            const double total = std::accumulate(p.begin(), p.end(), 0.0);
            for (double& x : p)
                x /= total;
            std::mt19937_64 rng(7);
            std::uniform_real_distribution<double> u(0.0, 1.0);
            const auto open01 = [&] {
                double x = 0;
                while (x <= 0.0 || x >= 1.0)
                    x = u(rng);
                return x;
            };
            const int draws = 100000;
            std::vector<double> freq(p.size(), 0.0);
            for (int k = 0; k < draws; ++k) {
                const double v = dpQuantile(values, lo, hi, q, eps, open01);
                QVERIFY(v >= lo && v <= hi);
                std::size_t i = 0;
                while (i + 2 < z.size() && v >= z[i + 1])
                    ++i;
                freq[i] += 1.0 / draws;
            }
            for (std::size_t i = 0; i < p.size(); ++i)
                QVERIFY2(
                    std::fabs(freq[i] - p[i]) < 0.006,
                    qPrintable(
                        QStringLiteral("q %1 interval %2: %3 vs %4").arg(q).arg(i).arg(freq[i]).arg(p[i])));
            for (std::size_t i = 0; i < p.size(); ++i)
                if (z[i + 1] == z[i]) QCOMPARE(freq[i], 0.0); // an empty interval (the two 2s) is never drawn

            // Its privacy: the output densities on a data set and on it with one value more differ by
            // at most e^eps everywhere.
            auto density = [&](std::vector<double> data, double v) {
                for (double& x : data)
                    x = std::clamp(x, lo, hi);
                std::sort(data.begin(), data.end());
                std::vector<double> zz{lo};
                zz.insert(zz.end(), data.begin(), data.end());
                zz.push_back(hi);
                const double m = double(data.size());
                double norm = 0, at = 0;
                for (std::size_t i = 0; i + 1 < zz.size(); ++i) {
                    const double w = std::exp(-eps * std::fabs(double(i) - q * m) / (2 * sens));
                    norm += (zz[i + 1] - zz[i]) * w;
                    if (v > zz[i] && v < zz[i + 1]) at = w;
                }
                return at / norm;
            };
            std::vector<double> neighbour = values;
            neighbour.push_back(7.0);
            for (double v = 0.05; v < 10; v += 0.1) {
                const double ratio = density(values, v) / density(neighbour, v);
                QVERIFY2(std::fabs(std::log(ratio)) <= eps + 1e-9, qPrintable(QString::number(v)));
            }
        }
        QCOMPARE(dpQuantile({3, 4}, 2.0, 2.0, 0.5, 1.0, [] { return 0.5; }), 2.0); // lo == hi
    }

    void dpEstimatesSpendTheirEpsilonOnTheTrainingRows()
    {
        // 5,000 rows: x ~ N(50, 10), a category column with one value rare among the members.
        auto csv = [](bool unique) {
            QByteArray text = "x,kind,y\n";
            std::mt19937_64 rng(3);
            std::normal_distribution<double> normal(50.0, 10.0);
            for (int r = 0; r < 5000; ++r) {
                const char* kind = r % 10 < 6 ? "common" : r % 10 < 9 ? "usual" : "other";
                text += QByteArray::number(normal(rng), 'f', 3) + ',' + kind + ',' + (rng() % 2 ? "a" : "b") +
                        '\n';
            }
            if (unique) text.replace(text.indexOf("common,"), 7, "only one has this,"); // row 0 only
            return text;
        };
        DataTable a = importOrFail(csv(false)), b = importOrFail(csv(true));
        for (DataTable* t : {&a, &b})
            QVERIFY(t->setRole(QStringLiteral("y"), ColumnRole::Label).isEmpty());
        SplitSpec spec;
        spec.memberRows = 2000;
        spec.seed = 9;
        auto made = DataSplit::make(b, spec);
        QVERIFY(made.hasValue());
        DataSplit s = *made;
        const DataSplit* split = &s;
        // Row 0 (the unique value in b) must be a member for the check to mean anything.
        if (std::find(s.members.begin(), s.members.end(), 0) == s.members.end()) {
            s.nonMembers.erase(std::remove(s.nonMembers.begin(), s.nonMembers.end(), 0), s.nonMembers.end());
            s.population.erase(std::remove(s.population.begin(), s.population.end(), 0), s.population.end());
            s.members.push_back(0);
        }
        DpEstimateOptions options;
        options.epsilon = 1.0;
        options.seed = 4;
        const auto enc = TableEncoder::fitDpEstimates(b, *split, options);
        QVERIFY2(enc.hasValue(), qPrintable(enc.error()));
        QCOMPARE(enc->source(), EncoderSource::DpEstimates);
        QCOMPARE(enc->dpEpsilon(), 1.0);
        QCOMPARE(enc->fitRows(), std::int64_t(split->members.size()));
        // The category domain is the rows outside training's: a member's unique value is no input.
        for (const QString& name : enc->inputNames())
            QVERIFY2(!name.contains(QLatin1String("only one")), qPrintable(name));
        QCOMPARE(enc->inputNames(), TableEncoder::fitDpEstimates(a, *split, options)->inputNames());
        // Deterministic given the seed; the same as fitForTraining with the options; another seed, other
        // noise.
        QCOMPARE(TableEncoder::fitDpEstimates(b, *split, options)->sha256(), enc->sha256());
        QCOMPARE(TableEncoder::fitForTraining(b, *split, true, options)->sha256(), enc->sha256());
        DpEstimateOptions other = options;
        other.seed = 5;
        QVERIFY(TableEncoder::fitDpEstimates(b, *split, other)->sha256() != enc->sha256());
        // Without DP the options do not apply (the members' own encoder, as before).
        QCOMPARE(TableEncoder::fitForTraining(b, *split, false, options)->source(),
                 EncoderSource::TrainingRows);
        // It says what it spent, and its JSON form keeps source and epsilon.
        QVERIFY2(enc->describe().contains(QLatin1String("epsilon 1")), qPrintable(enc->describe()));
        const auto back = TableEncoder::fromJson(enc->toJson());
        QVERIFY2(back.hasValue(), qPrintable(back.error()));
        QCOMPARE(back->source(), EncoderSource::DpEstimates);
        QCOMPARE(back->dpEpsilon(), 1.0);
        QCOMPARE(back->sha256(), enc->sha256());
        QJsonObject noEpsilon = enc->toJson();
        noEpsilon.remove(QStringLiteral("dp_epsilon"));
        QVERIFY(TableEncoder::fromJson(noEpsilon).error().contains(QLatin1String("dp_epsilon")));

        // With a large epsilon the estimates are the statistics: median 50 and 1.349 / IQR = 1 / 10
        // (normal), and exactly the categories with at least 5 members.
        DpEstimateOptions sharp = options;
        sharp.epsilon = 300.0;
        const auto precise = TableEncoder::fitDpEstimates(b, *split, sharp);
        QVERIFY(precise.hasValue());
        const QJsonObject x = precise->toJson().value(QStringLiteral("inputs")).toArray().at(0).toObject();
        QVERIFY2(std::fabs(x.value(QStringLiteral("mean")).toDouble() - 50.0) < 1.5,
                 qPrintable(QString::number(x.value(QStringLiteral("mean")).toDouble())));
        QVERIFY2(std::fabs(x.value(QStringLiteral("scale")).toDouble() * 10.0 - 1.0) < 0.15,
                 qPrintable(QString::number(x.value(QStringLiteral("scale")).toDouble())));
        QVERIFY(precise->inputNames().contains(QStringLiteral("kind=usual")));
        QVERIFY(precise->inputNames().contains(QStringLiteral("kind=common")));

        options.epsilon = 0.0;
        QVERIFY(TableEncoder::fitDpEstimates(b, *split, options).error().contains(QLatin1String("positive")));
    }

    void identifiersNeverReachTheModel()
    {
        DataTable t = DemoData::patients(500, 7);
        auto enc = TableEncoder::fit(t, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        QVERIFY(enc.hasValue());
        for (const QString& name : enc->inputNames())
            QVERIFY2(!name.startsWith(QLatin1String("patient_id")), qPrintable(name));
        QVERIFY(
            enc->inputNames().contains(QStringLiteral("diagnosis=heart failure"))); // sensitive is an input
    }

    void splitsAreSeededAndDisjoint()
    {
        const DataTable t = DemoData::patients(2000, 1);
        auto a = DataSplit::make(t, {500, 300, 42});
        auto b = DataSplit::make(t, {500, 300, 42});
        auto c = DataSplit::make(t, {500, 300, 43});
        QVERIFY(a.hasValue());
        QCOMPARE(a->members, b->members);
        QVERIFY(a->members != c->members);
        std::set<std::int64_t> all(a->members.begin(), a->members.end());
        all.insert(a->nonMembers.begin(), a->nonMembers.end());
        all.insert(a->population.begin(), a->population.end());
        QCOMPARE(all.size(), std::size_t(2000));
        QCOMPARE(a->population.size(), std::size_t(1200));
        QVERIFY(!DataSplit::make(t, {1900, 300, 1}).hasValue());
    }

    void demoDataIsDeterministicAndRealistic()
    {
        const DataTable a = DemoData::patients();
        const DataTable b = DemoData::patients();
        QCOMPARE(a.rowCount(), std::size_t(20000));
        QCOMPARE(a.fingerprint(), b.fingerprint());
        QCOMPARE(a.column(1).numbers, b.column(1).numbers);
        QVERIFY(DemoData::patients(20000, 99).column(1).numbers != a.column(1).numbers);
        const Column& id = a.column(static_cast<std::size_t>(a.indexOf(QStringLiteral("patient_id"))));
        QVERIFY(std::size_t(id.categories.size()) < a.rowCount()); // duplicated records share an id
        const Column& age = a.column(static_cast<std::size_t>(a.indexOf(QStringLiteral("age"))));
        QVERIFY(*std::max_element(age.numbers.begin(), age.numbers.end()) > 100); // outliers
        QVERIFY(a.column(static_cast<std::size_t>(a.indexOf(QStringLiteral("bmi")))).missing > 0);
        QCOMPARE(a.column(static_cast<std::size_t>(a.labelIndex())).name, QStringLiteral("readmitted"));
        QVERIFY(DemoData::notice().contains(QLatin1String("Synthetic")));
    }

    void csvRoundTrip()
    {
        QTemporaryDir dir;
        const DataTable demo = DemoData::patients(1000, 5);
        const QString path = dir.filePath(QStringLiteral("demo.csv"));
        QString error;
        QVERIFY2(writeCsv(demo, path, &error), qPrintable(error));
        auto back = CsvImporter::importFile(path);
        QVERIFY2(back.hasValue(), qPrintable(back.error()));
        QCOMPARE(back->rowCount(), demo.rowCount());
        QCOMPARE(back->columnNames(), demo.columnNames());
        for (std::size_t c = 0; c < demo.columnCount(); ++c)
            for (std::size_t r = 0; r < demo.rowCount(); r += 97)
                QCOMPARE(back->column(c).text(r), demo.column(c).text(r));
    }
};

QTEST_GUILESS_MAIN(TestData)
#include "tst_data.moc"
