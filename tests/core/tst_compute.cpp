// Compute settings: the thread policy is applied to LibTorch and OpenBLAS and reported back.
#include "compute/ComputeSettings.h"

#include <QtTest>
#include <thread>

using namespace privaudit::compute;

class TestCompute : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recommendedUsesAllCores()
    {
        const auto s = ComputeSettings::recommended();
        QCOMPARE(s.cores, int(std::max(1u, std::thread::hardware_concurrency())));
        QCOMPARE(s.intraOpThreads, s.cores);
        QCOMPARE(s.blasThreads, 1);
        QCOMPARE(s.jobWorkers, 1);
        QCOMPARE(ComputeSettings::recommended(1).intraOpThreads, 1);
        QCOMPARE(ComputeSettings::recommended(1000).intraOpThreads, s.cores);
    }

    void parallelWorkersNeverOversubscribe()
    {
        ComputeSettings s;
        s.cores = 8;
        s.intraOpThreads = 8;
        for (int workers : {1, 2, 3, 4, 8, 16}) {
            const auto p = s.forParallelWorkers(workers);
            QVERIFY(p.jobWorkers * p.intraOpThreads <= s.cores);
            QVERIFY(p.jobWorkers >= 1 && p.intraOpThreads >= 1);
        }
        QCOMPARE(s.forParallelWorkers(2).intraOpThreads, 4);
    }

    void applyReachesTorchAndBlas()
    {
        auto s = ComputeSettings::recommended();
        ComputeEnvironment::apply(s);
        const RuntimeInfo info = ComputeEnvironment::runtimeInfo();
        QCOMPARE(info.torchThreads, s.intraOpThreads);
        QVERIFY(!info.torchVersion.isEmpty());
        QVERIFY(!info.qtVersion.isEmpty());
        if (!info.blasIsOpenBlas) QSKIP("OpenBLAS is not the BLAS loaded here; run installer/setup-deps.sh");
        QCOMPARE(info.blasThreads, 1);
        QVERIFY(info.blasLibrary.contains(QLatin1String("openblas")));
    }

    void matmulIsMeasured()
    {
        const double gflops = ComputeEnvironment::measureMatmulGflops(128, 3);
        QVERIFY(gflops > 0.0);
    }
};

QTEST_GUILESS_MAIN(TestCompute)
#include "tst_compute.moc"
