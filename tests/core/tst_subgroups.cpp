// Subgroups and comparisons of membership runs. A membership run's statistics per subgroup: on a table where
// one group's labels are noise (only memorising fits them) and the other's follow the features, the risk
// concentrates in the first; numeric bands; the errors a user meets (no such column, the label, changed data,
// a run of another kind).
#include "jobs/JobExecutor.h"
#include "jobs/RunComparison.h"
#include "jobs/Subgroups.h"
#include "project/ProjectStore.h"

#include <QFile>
#include <QtTest>
#include <random>

using namespace privaudit;

namespace {

/// Group "noisy" has random labels, group "clean" labels that follow x1; age is uniform 20-80.
void writeTable(const QString& path, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> z(0.0, 1.0);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    QByteArray csv = "x1,x2,x3,age,group,y\n";
    for (int i = 0; i < 1600; ++i) {
        const bool noisy = i % 2 == 0;
        const double x1 = z(rng), x2 = z(rng), x3 = z(rng);
        const int y = noisy ? (u(rng) < 0.5 ? 1 : 0) : (x1 > 0 ? 1 : 0);
        csv += QByteArray::number(x1, 'f', 4) + ',' + QByteArray::number(x2, 'f', 4) + ',' +
               QByteArray::number(x3, 'f', 4) + ',' + QByteArray::number(20 + int(60 * u(rng))) + ',' +
               (noisy ? "noisy" : "clean") + ',' + QByteArray::number(y) + '\n';
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
    f.write(csv);
}

/// An overfit MLP (LOSS attack only) on @p csv; @p epochs 1 barely trains.
QByteArray specJson(const QString& csv, int epochs = 60)
{
    return R"({"schema_version": 1, "seed": 3,
            "dataset": {"source": ")" +
           csv.toUtf8() + R"(", "label": "y", "member_rows": 600},
            "target": {"model": "mlp:128,128", "epochs": )" +
           QByteArray::number(epochs) + R"(, "batch_size": 32},
            "attacks": {"names": ["loss"]}, "statistics": {"bootstrap": 100}})";
}

} // namespace

class TestSubgroups : public QObject
{
    Q_OBJECT

    compute::ComputeSettings m_settings = compute::ComputeSettings::recommended();

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        compute::ComputeEnvironment::apply(m_settings);
    }

    void riskConcentratesInTheMemorisedGroup()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("groups.csv"));
        writeTable(csv, 5);
        const QByteArray json = specJson(csv);
        const auto spec = jobs::JobSpec::fromJson(json);
        QVERIFY2(spec, qPrintable(spec.error()));
        const QString path = dir.filePath(QStringLiteral("s.privaudit"));
        auto store = project::ProjectStore::create(path, QStringLiteral("subgroups"));
        QVERIFY(store);
        std::atomic<bool> cancel{false};
        const auto done = jobs::JobExecutor::run(*spec, *store.value(), m_settings, cancel);
        QVERIFY2(done.outcome == jobs::JobOutcome::Completed, qPrintable(done.message));

        const auto byGroup =
            jobs::SubgroupAnalysis::compute(*store.value(), done.runId, QStringLiteral("group"));
        QVERIFY2(byGroup, qPrintable(byGroup.error()));
        QCOMPARE(byGroup->attacks.size(), std::size_t(1));
        const auto& groups = byGroup->attacks[0].groups;
        QCOMPARE(groups.size(), std::size_t(2));
        const auto find = [&](const char* name) {
            for (const auto& g : groups)
                if (g.label == QLatin1String(name)) return g;
            qFatal("group %s missing", name);
        };
        const auto noisy = find("noisy"), clean = find("clean");
        qInfo("run AUC %.3f; noisy %.3f [%.3f, %.3f]; clean %.3f [%.3f, %.3f]", byGroup->attacks[0].run.auc,
              noisy.metrics.auc, noisy.metrics.aucCi.low, noisy.metrics.aucCi.high, clean.metrics.auc,
              clean.metrics.aucCi.low, clean.metrics.aucCi.high);
        QCOMPARE(qint64(noisy.metrics.members + clean.metrics.members), qint64(600));
        QVERIFY(noisy.metrics.auc > clean.metrics.auc + 0.1);
        QVERIFY(noisy.aboveRun);
        QVERIFY(!clean.aboveRun);
        QVERIFY(!noisy.small && !clean.small);
        QVERIFY(byGroup->findings().front().contains(QLatin1String("concentrates in group = noisy")));
        QCOMPARE(byGroup->toJson().value(QStringLiteral("attacks")).toArray().size(), 1);

        // A numeric column in quantile bands: four bands covering every candidate, in order.
        const auto byAge =
            jobs::SubgroupAnalysis::compute(*store.value(), done.runId, QStringLiteral("age"), 4, 0);
        QVERIFY2(byAge, qPrintable(byAge.error()));
        const auto& bands = byAge->attacks[0].groups;
        QCOMPARE(bands.size(), std::size_t(4));
        QVERIFY(bands.front().label.startsWith(QLatin1String("[-inf, ")));
        QVERIFY(bands.back().label.endsWith(QLatin1String(", inf)")));
        std::size_t total = 0;
        for (const auto& b : bands) {
            total += b.metrics.members + b.metrics.nonMembers;
            QVERIFY(b.metrics.members > 100); // quantile bands are about equal (600 members)
        }
        const auto& run = byAge->attacks[0].run;
        QCOMPARE(total, run.members + run.nonMembers); // every candidate in one band

        // What a user can get wrong: each a message naming the problem.
        const auto none = jobs::SubgroupAnalysis::compute(*store.value(), done.runId, QStringLiteral("sex"));
        QVERIFY(!none && none.error().contains(QLatin1String("no column 'sex'")));
        const auto label = jobs::SubgroupAnalysis::compute(*store.value(), done.runId, QStringLiteral("y"));
        QVERIFY(!label && label.error().contains(QLatin1String("label")));
        const auto missing = jobs::SubgroupAnalysis::compute(*store.value(), 99, QStringLiteral("group"));
        QVERIFY(!missing);
        // The data changed since the run: its rows no longer match the stored scores.
        writeTable(csv, 6);
        const auto changed =
            jobs::SubgroupAnalysis::compute(*store.value(), done.runId, QStringLiteral("group"));
        QVERIFY(!changed);
        QVERIFY2(changed.error().contains(QLatin1String("no longer the data")), qPrintable(changed.error()));
    }

    void comparisonOfTwoRuns()
    {
        // The same data and seed, trained for 60 epochs (memorises) and for 1 (learns little): the second is
        // clearly less exposed, and the difference and its interval are the stored figures'.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("groups.csv"));
        writeTable(csv, 5);
        auto store =
            project::ProjectStore::create(dir.filePath(QStringLiteral("c.privaudit")), QStringLiteral("c"));
        QVERIFY(store);
        std::atomic<bool> cancel{false};
        QList<qint64> ids;
        for (int epochs : {60, 1}) {
            const auto spec = jobs::JobSpec::fromJson(specJson(csv, epochs));
            QVERIFY2(spec, qPrintable(spec.error()));
            const auto done = jobs::JobExecutor::run(*spec, *store.value(), m_settings, cancel);
            QVERIFY2(done.outcome == jobs::JobOutcome::Completed, qPrintable(done.message));
            ids << done.runId;
        }
        const auto c = jobs::RunComparison::compute(*store.value(), ids);
        QVERIFY2(c, qPrintable(c.error()));
        QCOMPARE(c->runs.size(), std::size_t(2));
        QCOMPARE(c->differences.size(), std::size_t(1));
        const auto& d = c->differences.front();
        const metrics::AttackMetrics& a = c->runs[0].attacks[0].second;
        const metrics::AttackMetrics& b = c->runs[1].attacks[0].second;
        QVERIFY(std::abs(d.auc - (b.auc - a.auc)) < 1e-12);
        // The same candidates: a paired bootstrap. Against a second, simple one here (mid-rank AUC, its own
        // random numbers): the interval's width agrees, and it is narrower than the independent one.
        QVERIFY(d.paired);
        const auto sa = store.value()->scores(store.value()->results(ids[0])->front().id).value();
        const auto sb = store.value()->scores(store.value()->results(ids[1])->front().id).value();
        QCOMPARE(sa.rowIds, sb.rowIds);
        std::mt19937_64 rng(99);
        std::vector<std::size_t> in, out;
        for (std::size_t i = 0; i < sa.members.size(); ++i)
            (sa.members[i] ? in : out).push_back(i);
        std::vector<double> diffs;
        for (int k = 0; k < 400; ++k) {
            metrics::ScoredRecords x, y;
            for (const auto* side : {&in, &out})
                for (std::size_t n = 0; n < side->size(); ++n) {
                    const std::size_t i =
                        (*side)[std::uniform_int_distribution<std::size_t>(0, side->size() - 1)(rng)];
                    x.scores.push_back(sa.scores[i]);
                    y.scores.push_back(sb.scores[i]);
                    x.members.push_back(sa.members[i]);
                    y.members.push_back(sa.members[i]);
                }
            diffs.push_back(metrics::auc(y) - metrics::auc(x));
        }
        std::sort(diffs.begin(), diffs.end());
        const double width = diffs[389] - diffs[10]; // 2.5% and 97.5% of 400
        qInfo("AUC %.3f -> %.3f: difference %.3f [%.3f, %.3f]; a second paired bootstrap's width %.4f", a.auc,
              b.auc, d.auc, d.aucLow, d.aucHigh, width);
        QVERIFY2(std::abs((d.aucHigh - d.aucLow) / width - 1.0) < 0.25, "the two paired bootstraps agree");
        QVERIFY(d.aucLow <= d.auc && d.auc <= d.aucHigh);
        const double se =
            std::hypot((a.aucCi.high - a.aucCi.low) / 3.92, (b.aucCi.high - b.aucCi.low) / 3.92);
        QVERIFY2(d.aucHigh - d.aucLow < 2 * 1.96 * se, "sharing the candidates narrows the interval");
        QVERIFY(d.aucHigh < 0.0);
        QVERIFY(c->findings().join(QLatin1Char(' ')).contains(QLatin1String("less exposed")));
        QVERIFY(c->findings().front().contains(QLatin1String("paired bootstrap")));
        QCOMPARE(c->findings().size(), 2); // same data and candidates: no note about populations
        // A run against itself is refused; a run that does not exist names itself.
        QVERIFY(!jobs::RunComparison::compute(*store.value(), {ids[0], ids[0]}));
        const auto missing = jobs::RunComparison::compute(*store.value(), {ids[0], 42});
        QVERIFY(!missing);
        QVERIFY(!jobs::RunComparison::compute(*store.value(), {ids[0]}));
    }
};

QTEST_GUILESS_MAIN(TestSubgroups)
#include "tst_subgroups.moc"
