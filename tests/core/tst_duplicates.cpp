// Duplicates (issue 18): exact and near duplicates by Gower distance, and the overlap of two sets. The
// bucketed search is checked against a brute-force comparison of every pair written here from Gower's
// definition, on mixed tables with missing values and planted copies, at thresholds on both sides of the
// pigeonhole's switch points.
#include "../common/CsvTable.h"
#include "data/CsvImporter.h"
#include "governance/Duplicates.h"

#include <cmath>
#include <numeric>
#include <QRandomGenerator>
#include <QtTest>
#include <set>

using namespace privaudit;
using namespace privaudit::governance;
using privaudit::test::importCsv;

namespace {

/// Gower's distance from its definition, over the cells as text and numbers: a second implementation.
struct BruteForce
{
    std::vector<std::vector<QString>> text;
    std::vector<std::vector<double>> numbers;
    std::vector<bool> numeric;
    std::vector<double> lo, hi;

    explicit BruteForce(const std::vector<const data::DataTable*>& tables)
    {
        const data::DataTable& t0 = *tables[0];
        for (std::size_t c = 0; c < t0.columnCount(); ++c) {
            numeric.push_back(t0.column(c).type == data::ColumnType::Numeric);
            lo.push_back(1e300);
            hi.push_back(-1e300);
        }
        for (const auto* t : tables)
            for (std::size_t r = 0; r < t->rowCount(); ++r) {
                std::vector<QString> row;
                std::vector<double> nums;
                for (std::size_t c = 0; c < t->columnCount(); ++c) {
                    row.push_back(t->column(c).text(r));
                    const double v = numeric[c] ? t->column(c).numbers[r] : 0.0;
                    nums.push_back(v);
                    if (numeric[c] && !std::isnan(v)) {
                        lo[c] = std::min(lo[c], v);
                        hi[c] = std::max(hi[c], v);
                    }
                }
                text.push_back(row);
                numbers.push_back(nums);
            }
    }
    double gower(std::size_t a, std::size_t b) const
    {
        double sum = 0;
        for (std::size_t c = 0; c < numeric.size(); ++c) {
            if (!numeric[c]) {
                sum += text[a][c] == text[b][c] ? 0 : 1;
                continue;
            }
            const bool ma = std::isnan(numbers[a][c]), mb = std::isnan(numbers[b][c]);
            if (ma || mb)
                sum += ma == mb ? 0 : 1;
            else
                sum += hi[c] > lo[c] ? std::fabs(numbers[a][c] - numbers[b][c]) / (hi[c] - lo[c]) : 0;
        }
        return sum / double(numeric.size());
    }
};

/// A mixed table: 3 categorical columns (one with missing cells), 3 numeric (one with missing), and
/// copies of earlier records, some exact, some with a small change.
QByteArray mixedCsv(int rows, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray csv = "colour,size,city,weight,height,score\n";
    std::vector<QByteArray> lines;
    const char* colours[] = {"red", "green", "blue", "black"};
    const char* sizes[] = {"S", "M", "L"};
    const char* cities[] = {"Berlin", "Lyon", "Leeds", "Gdansk", "Utrecht", ""};
    for (int r = 0; r < rows; ++r) {
        QByteArray line;
        if (r > 10 && rng.bounded(10) == 0) {
            line = lines[std::size_t(rng.bounded(r))]; // an exact copy
        } else if (r > 10 && rng.bounded(8) == 0) {
            QList<QByteArray> cells = lines[std::size_t(rng.bounded(r))].split(',');
            cells[3] = QByteArray::number(cells[3].toDouble() + 0.5, 'f', 1); // a small change
            line = cells.join(',');
        } else {
            line = QByteArray(colours[rng.bounded(4)]) + ',' + sizes[rng.bounded(3)] + ',' +
                   cities[rng.bounded(6)] + ',' + QByteArray::number(40 + rng.bounded(600) / 10.0, 'f', 1) +
                   ',' + (rng.bounded(12) == 0 ? QByteArray() : QByteArray::number(150 + rng.bounded(50))) +
                   ',' + QByteArray::number(rng.bounded(100));
        }
        lines.push_back(line);
        csv += line + '\n';
    }
    return csv;
}

} // namespace

class TestDuplicates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handExample()
    {
        // Records 1, 3 and 5 identical; 2 and 4 differ only in age 30 against 31 (range 40: distance
        // (1/40)/3 = 0.0083); 6 stands alone.
        const auto t =
            importCsv("sex,age,city\nF,20,Paris\nM,30,Lyon\nF,20,Paris\nM,31,Lyon\nF,20,Paris\nM,60,Nice\n");
        DuplicateOptions exactOnly;
        exactOnly.threshold = 0.0;
        auto exact = Duplicates::within(t, exactOnly);
        QVERIFY2(exact, exact ? "" : qPrintable(exact.error()));
        QCOMPARE(exact->distinctRecords, 4);
        QCOMPARE(exact->exactGroups, 1);
        QCOMPARE(exact->exactRecords, 3);
        QCOMPARE(exact->nearPairs, 0);
        QCOMPARE(exact->groups, 1);
        QCOMPARE(exact->largestGroups.front().rows, (std::vector<std::int64_t>{0, 2, 4}));

        DuplicateOptions near;
        near.threshold = 0.01;
        const auto both = Duplicates::within(t, near);
        QVERIFY(both);
        QCOMPARE(both->nearPairs, 1);
        QCOMPARE(both->nearRecords, 2);
        QCOMPARE(both->groups, 2);
        QCOMPARE(both->duplicatedRecords, 5);
        QCOMPARE(both->recordGroupSize, (std::vector<std::int64_t>{3, 2, 3, 2, 3, 1}));
        QVERIFY(!both->largestGroups[1].exact);
        const QJsonObject json = both->toJson();
        QCOMPARE(json[QStringLiteral("exact")][QStringLiteral("redundant")].toInt(), 2);
        QCOMPARE(json[QStringLiteral("largest_groups")][0][QStringLiteral("records")].toArray(),
                 (QJsonArray{1, 3, 5}));
        near.threshold = 0.008; // just below the pair's distance
        QCOMPARE(Duplicates::within(t, near)->nearPairs, 0);
    }

    void nearPairsEqualBruteForce()
    {
        const auto t = importCsv(mixedCsv(700, 11));
        const BruteForce brute({&t});
        // Six columns, three categorical: thresholds give budgets 0.12 .. 3.6, below and above each
        // switch of the pigeonhole (0, 1, 2 categorical mismatches allowed, then none used).
        for (const double threshold : {0.02, 0.1, 0.17, 0.2, 0.34, 0.45, 0.6}) {
            DuplicateOptions options;
            options.threshold = threshold;
            const auto found = Duplicates::within(t, options);
            QVERIFY2(found, found ? "" : qPrintable(found.error()));
            std::int64_t pairs = 0, exactRecords = 0;
            std::vector<std::size_t> parent(t.rowCount());
            std::iota(parent.begin(), parent.end(), std::size_t(0));
            const auto find = [&parent](std::size_t x) {
                while (parent[x] != x)
                    x = parent[x];
                return x;
            };
            std::vector<bool> exactFlag(t.rowCount(), false);
            for (std::size_t a = 0; a < t.rowCount(); ++a)
                for (std::size_t b = a + 1; b < t.rowCount(); ++b) {
                    const double d = brute.gower(a, b);
                    if (d == 0.0) exactFlag[a] = exactFlag[b] = true;
                    if (d > 0.0 && d <= threshold + 1e-12) ++pairs;
                    if (d <= threshold + 1e-12)
                        parent[std::max(find(a), find(b))] = std::min(find(a), find(b));
                }
            for (bool f : exactFlag)
                exactRecords += f ? 1 : 0;
            std::vector<std::int64_t> size(t.rowCount(), 0);
            for (std::size_t r = 0; r < t.rowCount(); ++r)
                ++size[find(r)];
            std::int64_t mismatched = 0;
            for (std::size_t r = 0; r < t.rowCount(); ++r)
                mismatched += size[find(r)] != found->recordGroupSize[r] ? 1 : 0;
            QCOMPARE(found->nearPairs, pairs);
            QCOMPARE(found->exactRecords, exactRecords);
            QCOMPARE(mismatched, 0);
            QVERIFY2(pairs > 0, "the planted near copies are found");
        }
    }

    void overlapOfTwoSets()
    {
        const auto t = importCsv(mixedCsv(600, 5));
        std::vector<std::int64_t> members, nonMembers;
        for (std::int64_t r = 0; r < 600; ++r)
            (r % 2 ? nonMembers : members).push_back(r);
        const BruteForce brute({&t});
        DuplicateOptions options;
        options.threshold = 0.05;
        const auto found = Duplicates::between(t, members, nonMembers, options);
        QVERIFY2(found, found ? "" : qPrintable(found.error()));
        std::int64_t exact = 0, near = 0;
        for (std::size_t i = 0; i < nonMembers.size(); ++i) {
            double best = 1.0;
            for (std::int64_t m : members)
                best = std::min(best, brute.gower(std::size_t(nonMembers[i]), std::size_t(m)));
            if (best == 0.0)
                ++exact;
            else if (best <= options.threshold + 1e-12)
                ++near;
            QCOMPARE(bool(found->secondOverlaps[i]), best <= options.threshold + 1e-12);
        }
        QCOMPARE(found->exact, exact);
        QCOMPARE(found->near, near);
        QVERIFY(exact > 0 && near > 0);
        for (const auto& x : found->examples)
            QVERIFY(x.second % 2 == 1 && x.first % 2 == 0 && // records of the table
                    std::fabs(brute.gower(std::size_t(x.second), std::size_t(x.first)) - x.distance) < 1e-12);
    }

    void twoTablesShareCategoriesByText()
    {
        // The same records with the categories first seen in another order: codes differ, text matches.
        const auto a = importCsv("city,age\nLyon,30\nParis,40\nNice,50\n");
        const auto b = importCsv("city,age\nNice,50\nBrest,41\nParis,40\n");
        DuplicateOptions options;
        options.threshold = 0.0;
        const auto found = Duplicates::between(a, b, options);
        QVERIFY(found);
        QCOMPARE(found->exact, 2);
        QCOMPARE(found->secondOverlaps, (std::vector<bool>{true, false, true}));
        QCOMPARE(found->share(), 2.0 / 3.0);
    }

    void badInputsAreNamed()
    {
        const auto a = importCsv("city,age\nLyon,30\nParis,40\n");
        const auto b = importCsv("city,age\nLyon,x\nParis,y\n");
        DuplicateOptions options;
        options.threshold = 1.5;
        QVERIFY(Duplicates::within(a, options).error().contains(QLatin1String("threshold")));
        options.threshold = 0.1;
        options.columns = {QStringLiteral("town")};
        QVERIFY(Duplicates::within(a, options).error().contains(QLatin1String("'town'")));
        options.columns.clear();
        QVERIFY(Duplicates::between(a, b, options).error().contains(QLatin1String("'age'")));
        options.threshold = 0.9;
        options.maxComparisons = 3;
        QVERIFY(Duplicates::within(importCsv(mixedCsv(100, 2)), options)
                    .error()
                    .contains(QLatin1String("threshold")));
    }
};

QTEST_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
