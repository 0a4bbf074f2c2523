// Counterfactual memorisation from LiRA's reference models, on real training: records repeated in the data
// are memorised more than unique ones, and the membership run stores what it found.
#include "attack/MembershipInference.h"
#include "attack/MemorisationSummary.h"
#include "data/CsvImporter.h"

#include <QtTest>
#include <random>

using namespace privaudit;

namespace {

/// Three numeric features, a category and a noisy label (30% flipped); @p repeated records appear
/// @p copies times each, the rest once.
data::DataTable repeatedRecordsTable(int unique, int repeated, int copies, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> z(0.0, 1.0);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    QByteArray csv = "x1,x2,x3,c,y\n";
    for (int i = 0; i < unique + repeated; ++i) {
        const double x1 = z(rng), x2 = z(rng), x3 = z(rng);
        const char* c = u(rng) < 0.5 ? "a" : (u(rng) < 0.5 ? "b" : "c");
        int y = x1 + 0.5 * x2 > 0 ? 1 : 0;
        if (u(rng) < 0.3) y = 1 - y;
        const QByteArray row = QByteArray::number(x1, 'f', 4) + ',' + QByteArray::number(x2, 'f', 4) + ',' +
                               QByteArray::number(x3, 'f', 4) + ',' + c + ',' + QByteArray::number(y) + '\n';
        for (int k = 0; k < (i < repeated ? copies : 1); ++k)
            csv += row;
    }
    auto table = data::CsvImporter::importBytes(csv).value();
    table.setRole(QStringLiteral("y"), data::ColumnRole::Label);
    return table;
}

} // namespace

class TestMemorisation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void duplicatedRecordsAreMemorisedMore()
    {
        const data::DataTable table = repeatedRecordsTable(400, 25, 8, 3);
        const auto split = data::DataSplit::make(table, {300, 300, 9}).value();
        const auto encoder = data::TableEncoder::fit(table, split.members).value();
        model::TrainingConfig training;
        training.epochs = 30;
        training.batchSize = 32;
        training.seed = 4;
        attack::MiaConfig config;
        config.attacks = {QStringLiteral("loss"), QStringLiteral("lira")};
        config.referenceModels = 8;
        config.seed = 6;
        auto run = attack::MembershipInference::run(
            table, split, encoder, *model::ModelSpec::parse(QStringLiteral("mlp:32")), training, config,
            compute::ComputeSettings::recommended());
        QVERIFY2(run.hasValue(), qPrintable(run.error()));
        QVERIFY(run->memorisation.has_value());
        const metrics::MemorisationScores& m = *run->memorisation;
        std::vector<std::int64_t> candidates = split.members;
        candidates.insert(candidates.end(), split.nonMembers.begin(), split.nonMembers.end());
        QCOMPARE(m.accuracy.size(), candidates.size());
        QCOMPARE(run->candidateCopies.size(), candidates.size());
        // The copies of a record were IN or OUT together: the same models saw them, so their estimates
        // are the same (with copies drawn apart they would differ).
        std::map<QString, std::pair<double, double>> byRecord;
        for (std::size_t j = 0; j < candidates.size(); ++j) {
            QCOMPARE(m.inModels[j], 4);
            if (run->candidateCopies[j] == 1) continue;
            QVERIFY(run->candidateCopies[j] <= 8);
            const QString key = table.column(0).text(std::size_t(candidates[j]));
            const auto [it, first] = byRecord.emplace(key, std::make_pair(m.accuracy[j], m.loss[j]));
            if (!first) {
                QCOMPARE(m.accuracy[j], it->second.first);
                QVERIFY(std::abs(m.loss[j] - it->second.second) < 1e-9);
            }
        }
        QCOMPARE(int(byRecord.size()), 25);

        std::vector<bool> isMember(candidates.size(), false);
        std::fill(isMember.begin(), isMember.begin() + std::ptrdiff_t(split.members.size()), true);
        const attack::AttackScores* lira = nullptr;
        for (const auto& a : run->attacks)
            if (a.attack == QLatin1String("lira")) lira = &a;
        QVERIFY(lira);
        const auto s = attack::MemorisationSummary::summarise(m, isMember, candidates, run->candidateCopies,
                                                              lira, run->referenceModels, 200, 1);
        qInfo("members %lld, duplicated %lld: mean memorisation duplicated %.3f, unique %.3f; memorised "
              "beyond chance %.3f against %.3f; all %.3f [%.3f, %.3f]; LiRA exposed %lld, of them memorised "
              "%lld",
              qint64(s.members), qint64(s.duplicatedMembers), s.duplicatedMean, s.uniqueMean,
              s.duplicatedMemorisedShare, s.uniqueMemorisedShare, s.memorisedShare(), s.memorisedLow,
              s.memorisedHigh, qint64(s.liraExposed), qint64(s.exposedAndMemorised));
        QCOMPARE(s.members, std::int64_t(split.members.size()));
        QVERIFY(s.duplicatedMembers > 50);
        QVERIFY(s.duplicatedMean > s.uniqueMean + 0.1);
        QVERIFY(s.duplicatedMemorisedShare > 2.0 * s.uniqueMemorisedShare);
        QVERIFY(s.beyondChance());
        QCOMPARE(int(s.top.size()), attack::MemorisationSummary::kTopRecords);
        QVERIFY(s.top.front().accuracy >= s.top.back().accuracy);
        // Stored and read back unchanged.
        const auto back = attack::MemorisationSummary::fromJson(s.toJson());
        QCOMPARE(back.toJson(), s.toJson());
    }
};

QTEST_GUILESS_MAIN(TestMemorisation)
#include "tst_memorisation.moc"
