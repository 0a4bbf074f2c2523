// Privacy-utility sweeps: the DP ceilings, a real sweep on Adult, and resuming a killed sweep.
#include "jobs/JobRunner.h"
#include "jobs/Sweep.h"
#include "project/ProjectStore.h"

#include <cmath>
#include <map>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace privaudit;
using namespace privaudit::jobs;

namespace {

std::vector<double> averageRanks(const std::vector<double>& v)
{
    std::vector<std::size_t> order(v.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return v[a] < v[b]; });
    std::vector<double> ranks(v.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && v[order[j + 1]] == v[order[i]])
            ++j;
        for (std::size_t k = i; k <= j; ++k)
            ranks[order[k]] = 0.5 * double(i + j) + 1.0;
        i = j + 1;
    }
    return ranks;
}

double spearman(const std::vector<double>& x, const std::vector<double>& y)
{
    const auto rx = averageRanks(x), ry = averageRanks(y);
    const double n = double(x.size());
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        mx += rx[i] / n;
        my += ry[i] / n;
    }
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (rx[i] - mx) * (ry[i] - my);
        sxx += (rx[i] - mx) * (rx[i] - mx);
        syy += (ry[i] - my) * (ry[i] - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

double accountantEpsilon(const SweepPoint& p)
{
    return p.summary.accountantEpsilon();
}

} // namespace

class TestSweep : public QObject
{
    Q_OBJECT

    compute::ComputeSettings m_settings = compute::ComputeSettings::recommended();

private Q_SLOTS:
    void initTestCase() { compute::ComputeEnvironment::apply(m_settings); }

    void dpCeilings()
    {
        // epsilon = 0, delta = 0: no test beats chance.
        QCOMPARE(Sweep::aucCeiling(0.0, 0.0), 0.5);
        QCOMPARE(Sweep::advantageCeiling(0.0, 0.0), 0.0);
        QCOMPARE(Sweep::tprCeiling(0.0, 0.0, 0.3), 0.3);
        // epsilon = ln 3: advantage (e^eps - 1) / (e^eps + 1) = 1/2 (Yeom et al.; Kairouz et al.).
        QVERIFY(std::fabs(Sweep::advantageCeiling(std::log(3.0), 0.0) - 0.5) < 1e-12);
        // The AUC ceiling equals the integral of the TPR ceiling (independent numerical integration).
        for (double eps : {0.1, 0.5, 1.0, 2.0, 4.0, 8.0})
            for (double delta : {0.0, 1e-5, 1e-2}) {
                const int n = 200000;
                double integral = 0.0;
                for (int i = 0; i < n; ++i)
                    integral += Sweep::tprCeiling(eps, delta, (i + 0.5) / n) / n;
                QVERIFY2(std::fabs(integral - Sweep::aucCeiling(eps, delta)) < 1e-6,
                         qPrintable(QStringLiteral("eps %1 delta %2: %3 vs %4")
                                        .arg(eps)
                                        .arg(delta)
                                        .arg(integral)
                                        .arg(Sweep::aucCeiling(eps, delta))));
                // The advantage ceiling is the maximum of TPR ceiling minus FPR.
                double best = 0.0;
                for (int i = 0; i <= 20000; ++i)
                    best = std::max(best, Sweep::tprCeiling(eps, delta, i / 20000.0) - i / 20000.0);
                QVERIFY(std::fabs(best - Sweep::advantageCeiling(eps, delta)) < 1e-3);
            }
        QCOMPARE(Sweep::aucCeiling(std::numeric_limits<double>::infinity(), 0.0), 1.0);
    }

    void specValidation()
    {
        QVERIFY(!SweepSpec::fromJson(R"({"schema_version": 1})"));
        QVERIFY(SweepSpec::fromJson(R"({"schema_version": 1, "sweep": {"epsilons": [0, 1]}})")
                    .error()
                    .contains(QLatin1String("positive")));
        QVERIFY(SweepSpec::fromJson(R"({"schema_version": 1, "sweep": {"epsilons": [1], "repeat": 2}})")
                    .error()
                    .contains(QLatin1String("repeat")));
        const auto spec =
            SweepSpec::fromJson(R"({"schema_version": 1, "seed": 4, "dataset": {"label": "readmitted"},
            "sweep": {"epsilons": ["inf", 2, 0.5, 2], "repeats": 2}})");
        QVERIFY2(spec, qPrintable(spec.error()));
        QCOMPARE(spec->epsilons.size(), std::size_t(3)); // sorted, duplicates dropped
        QCOMPARE(spec->epsilons.front(), 0.5);
        const auto points = spec->pointSpecs();
        QCOMPARE(points.size(), std::size_t(6));
        QVERIFY(points[0].training.dp);
        QCOMPARE(*points[0].training.targetEpsilon, 0.5);
        QCOMPARE(points[1].seed, std::uint64_t(5));
        QVERIFY(!points[5].training.dp);
        const auto again = SweepSpec::fromJson(spec->toJsonBytes());
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->toJsonBytes(), spec->toJsonBytes());

        // The encoder's DP estimates go with the DP points only, and every DP target must exceed them.
        const auto estimated = SweepSpec::fromJson(
            R"({"schema_version": 1, "dataset": {"label": "readmitted", "encoder_epsilon": 0.2},
            "sweep": {"epsilons": ["inf", 1]}})");
        QVERIFY2(estimated, qPrintable(estimated.error()));
        const auto withEncoder = estimated->pointSpecs();
        QCOMPARE(*withEncoder[0].encoderEpsilon, 0.2);
        QVERIFY(withEncoder[0].training.dp);
        QVERIFY(!withEncoder[1].training.dp && !withEncoder[1].encoderEpsilon);
        QCOMPARE(SweepSpec::fromJson(estimated->toJsonBytes())->toJsonBytes(), estimated->toJsonBytes());
        QVERIFY(SweepSpec::fromJson(R"({"schema_version": 1, "dataset": {"encoder_epsilon": 0.5},
            "sweep": {"epsilons": [0.4, 1]}})")
                    .error()
                    .contains(QLatin1String("not above dataset.encoder_epsilon")));
    }

    void runnerSignalsEachStoredPoint()
    {
        // A sweep stores each point as it ends, and the job says so (Job::resultsStored, with the count):
        // the workbench reloads the explorer on it instead of parsing the translated progress text.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.privaudit"));
        QVERIFY(project::ProjectStore::create(path, QStringLiteral("s")));
        const auto spec = SweepSpec::fromJson(R"({"schema_version": 1, "seed": 3,
            "dataset": {"source": "demo", "label": "readmitted", "member_rows": 200},
            "target": {"model": "mlp:8", "epochs": 2, "batch_size": 64},
            "attacks": {"names": ["loss"]}, "statistics": {"bootstrap": 10},
            "sweep": {"epsilons": [2, 4, "inf"], "repeats": 1}})");
        QVERIFY2(spec, qPrintable(spec.error()));
        compute::ComputeSettings one;
        one.cores = 1; // points one after another: each stored point is seen by the next one's progress
        jobs::JobRunner runner(one);
        jobs::Job* job = runner.startSweep(*spec, path);
        QSignalSpy stored(job, &jobs::Job::resultsStored);
        QSignalSpy finished(job, &jobs::Job::finished);
        QVERIFY(finished.wait(120000));
        QVERIFY2(stored.count() >= 2, qPrintable(QString::number(stored.count())));
        for (int i = 0; i < stored.count(); ++i)
            QCOMPARE(stored.at(i).at(0).toInt(), i + 1);
        QCOMPARE(project::ProjectStore::open(path).value()->runs()->size(),
                 std::size_t(4)); // 3 points + the sweep
    }

    void adultSweep()
    {
        const QString adult = QStringLiteral(PRIVAUDIT_SHARED_DIR "/datasets/adult.csv");
        if (!QFile::exists(adult))
            QSKIP("../shared/datasets/adult.csv is absent (a fresh clone has no shared datasets)");
        const QByteArray json = R"({"schema_version": 1, "seed": 1,
            "dataset": {"source": "ADULT", "label": "income-per-year", "member_rows": 2000},
            "target": {"model": "mlp:64", "epochs": 20, "batch_size": 256, "learning_rate": 0.005, "dp": {"noise_multiplier": 1, "delta": 1e-5}},
            "attacks": {"names": ["loss", "lira"], "reference_models": 4},
            "statistics": {"bootstrap": 100},
            "sweep": {"epsilons": [0.5, 1, 2, 4, 8, "inf"], "repeats": 2}})";
        const auto spec = SweepSpec::fromJson(QByteArray(json).replace("ADULT", adult.toUtf8()));
        QVERIFY2(spec, qPrintable(spec.error()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sweep.privaudit"));
        QVERIFY(project::ProjectStore::create(path, QStringLiteral("sweep")));
        std::atomic<bool> cancel{false};
        const SweepResult result = Sweep::run(*spec, path, m_settings, cancel);
        QVERIFY2(result.outcome == JobOutcome::Completed, qPrintable(result.message));
        QCOMPARE(result.ran, 12);
        QCOMPARE(result.points.size(), std::size_t(12));

        std::map<double, std::vector<double>> accuracy, liraAuc;
        for (const SweepPoint& p : result.points) {
            QVERIFY(p.runId > 0);
            accuracy[p.targetEpsilon].push_back(p.summary.target ? p.summary.target->testAccuracy : 0.0);
            liraAuc[p.targetEpsilon].push_back(p.attacks.value(QStringLiteral("lira")).auc);
            const double accountant = accountantEpsilon(p);
            if (std::isfinite(p.targetEpsilon))
                QVERIFY(accountant <= p.targetEpsilon + 1e-9); // calibrated to the target
            for (const QString& attack : {QStringLiteral("loss"), QStringLiteral("lira")}) {
                const double lower = p.attacks.value(attack).epsilonLowerBound.epsilon;
                QVERIFY2(lower <= accountant,
                         qPrintable(QStringLiteral("%1 at epsilon %2: lower bound %3 above %4")
                                        .arg(attack)
                                        .arg(p.targetEpsilon)
                                        .arg(lower)
                                        .arg(accountant)));
            }
        }
        std::vector<double> grid, meanAccuracy;
        for (const auto& [eps, values] : accuracy) {
            grid.push_back(std::isfinite(eps) ? eps : 1e9);
            meanAccuracy.push_back(std::accumulate(values.begin(), values.end(), 0.0) /
                                   double(values.size()));
        }
        const double rho = spearman(grid, meanAccuracy);
        qInfo("Spearman correlation of mean accuracy with epsilon: %.3f", rho);
        QVERIFY2(rho >= 0.8, qPrintable(QString::number(rho)));
        const auto mean = [](const std::vector<double>& v) {
            return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
        };
        const double inf = std::numeric_limits<double>::infinity();
        QVERIFY2(mean(liraAuc[0.5]) <= mean(liraAuc[inf]),
                 qPrintable(QStringLiteral("LiRA AUC %1 at epsilon 0.5, %2 without DP")
                                .arg(mean(liraAuc[0.5]))
                                .arg(mean(liraAuc[inf]))));

        // A second invocation finds every point done and runs nothing.
        const SweepResult again = Sweep::run(*spec, path, m_settings, cancel);
        QCOMPARE(again.reused, 12);
        QCOMPARE(again.ran, 0);
    }

    void killedSweepResumes()
    {
        QTemporaryDir dir;
        const QString specPath = dir.filePath(QStringLiteral("sweep.json"));
        {
            QFile f(specPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"schema_version": 1, "seed": 3,
                "dataset": {"source": "demo", "label": "readmitted", "member_rows": 1500},
                "target": {"model": "mlp:32", "epochs": 15},
                "attacks": {"names": ["loss"]}, "statistics": {"bootstrap": 20},
                "sweep": {"epsilons": [1, 2, 4, 8, 16, 32, "inf"], "repeats": 1}})");
        }
        const auto spec = SweepSpec::fromFile(specPath);
        QVERIFY2(spec, qPrintable(spec.error()));
        const QString path = dir.filePath(QStringLiteral("p.privaudit"));
        QVERIFY(project::ProjectStore::create(path, QStringLiteral("p")));
        auto completedPoints = [&] {
            auto store = project::ProjectStore::open(path, project::ProjectStore::Access::ReadOnly);
            if (!store) return -1;
            const auto points = Sweep::collect(*spec, *store.value());
            return points ? int(std::count_if(points->begin(), points->end(),
                                              [](const SweepPoint& p) { return p.runId > 0; }))
                          : -1;
        };

        QProcess p;
        p.start(QStringLiteral(PRIVAUDIT_CLI_PATH),
                {QStringLiteral("sweep"), QStringLiteral("--spec"), specPath, QStringLiteral("--project"),
                 path, QStringLiteral("--parallel"), QStringLiteral("1")});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(completedPoints() >= 2 || p.state() == QProcess::NotRunning, 120000);
        QVERIFY2(p.state() == QProcess::Running, "the sweep finished before it could be killed");
        p.kill(); // halfway: SIGKILL
        p.waitForFinished();
        const int done = completedPoints();
        QVERIFY(done >= 2 && done < 7);

        std::atomic<bool> cancel{false};
        const SweepResult resumed = Sweep::run(*spec, path, m_settings, cancel);
        QVERIFY2(resumed.outcome == JobOutcome::Completed, qPrintable(resumed.message));
        QCOMPARE(resumed.reused, done);
        QCOMPARE(resumed.ran, 7 - done);
        // Exactly one completed run per point: nothing was run twice.
        auto store = project::ProjectStore::open(path);
        int completedRuns = 0;
        const auto runs = store.value()->runs();
        for (const auto& r : *runs)
            if (r.kind == QLatin1String("membership-inference") && r.status == project::RunStatus::Completed)
                ++completedRuns;
        QCOMPARE(completedRuns, 7);
        QVERIFY(store.value()->verify().ok);
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
