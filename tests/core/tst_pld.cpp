// PLD accountant: exact Gaussian oracle (Balle & Wang 2018), published values, pessimism against the RDP
// accountant, infinite-mass handling and the epsilon/delta inverse.
#include "dp/PldAccountant.h"
#include "dp/RdpAccountant.h"

#include <cmath>
#include <QtTest>

using namespace privaudit::dp;

class TestPldAccountant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gaussianOracle_data()
    {
        QTest::addColumn<double>("sigma");
        QTest::addColumn<int>("steps");
        QTest::addColumn<double>("delta");
        QTest::newRow("sigma 1, 1 step") << 1.0 << 1 << 1e-5;
        QTest::newRow("sigma 2, 4 steps") << 2.0 << 4 << 1e-5;
        QTest::newRow("sigma 0.5, 1 step") << 0.5 << 1 << 1e-6;
        QTest::newRow("sigma 5, 16 steps") << 5.0 << 16 << 1e-5;
        QTest::newRow("sigma 10, 100 steps") << 10.0 << 100 << 1e-5;
    }
    void gaussianOracle()
    {
        // q = 1: T Gaussian steps with multiplier s equal one step with s / sqrt(T), whose exact
        // delta(eps) = Phi(-eps s + 1/(2s)) - e^eps Phi(-eps s - 1/(2s)).
        QFETCH(double, sigma);
        QFETCH(int, steps);
        QFETCH(double, delta);
        const double exact = gaussianEpsilon(sigma / std::sqrt(double(steps)), delta);
        const auto history = MechanismHistory::gaussian(sigma, steps);
        const double pld = PldAccountant().epsilon(history, delta);
        QVERIFY2(pld >= exact - 1e-9,
                 qPrintable(QStringLiteral("PLD %1 below exact %2").arg(pld).arg(exact)));
        QVERIFY2(std::fabs(pld / exact - 1) <= 0.005,
                 qPrintable(QStringLiteral("PLD %1 vs exact %2").arg(pld).arg(exact)));
        const auto rdp = RdpAccountant().epsilon(history, delta);
        QVERIFY2(rdp.epsilon >= exact,
                 qPrintable(QStringLiteral("RDP %1 below exact %2").arg(rdp.epsilon).arg(exact)));
        QVERIFY(PldAccountant().delta(history, exact) >= delta * (1 - 1e-9));
    }

    void dpAccountingGaussianValue()
    {
        // dp_accounting pld_privacy_accountant_test: Gaussian sigma sqrt(3) composed 3 times (= sigma 1):
        // delta(eps = 1) = 0.126936.
        const double d = PldAccountant().delta(MechanismHistory::gaussian(std::sqrt(3.0), 3), 1.0);
        QCOMPARE_LE(std::fabs(d - 0.126936), 2e-5);
        QCOMPARE_LE(std::fabs(gaussianDelta(1.0, 1.0) - 0.1269367), 1e-7);
    }

    void dpAccountingPoissonValue()
    {
        // dp_accounting pld_privacy_accountant_test: Poisson q = 0.2, sigma 0.5, 3 steps:
        // delta(eps = 1) = 0.15594 (tolerance 1e-3 there).
        const double d = PldAccountant().delta(MechanismHistory::poissonGaussian(0.2, 0.5, 3), 1.0);
        QCOMPARE_LE(std::fabs(d - 0.15594), 1e-3);
    }

    void tfPrivacyStatementValues()
    {
        // tensorflow/privacy compute_dp_sgd_privacy_test, DP statement with N=10000, b=64, 5 epochs,
        // sigma 2 with microbatching (sensitivity doubled: effective sigma 1), delta 1e-6:
        // PLD without amplification (5 Gaussian steps) 12.595; with Poisson sampling 1.199.
        const double noAmplification = PldAccountant().epsilon(MechanismHistory::gaussian(1.0, 5), 1e-6);
        QCOMPARE(QString::number(noAmplification, 'f', 3), QStringLiteral("12.595"));
        const auto poisson = MechanismHistory::poissonGaussian(64.0 / 10000, 1.0, 782);
        const double amplified = PldAccountant().epsilon(poisson, 1e-6);
        QCOMPARE_LE(std::fabs(amplified - 1.199), 0.002);
        // The same statement's RDP figures: 13.376 and 1.616.
        QCOMPARE(QString::number(RdpAccountant().epsilon(MechanismHistory::gaussian(1.0, 5), 1e-6).epsilon,
                                 'f', 3),
                 QStringLiteral("13.376"));
        QCOMPARE(QString::number(RdpAccountant().epsilon(poisson, 1e-6).epsilon, 'f', 3),
                 QStringLiteral("1.616"));
    }

    void pldNeverAboveRdp_data()
    {
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("sigma");
        QTest::addColumn<int>("steps");
        QTest::newRow("mnist-like") << 256.0 / 60000 << 1.1 << 2000;
        QTest::newRow("large q") << 0.1 << 2.0 << 100;
        QTest::newRow("small sigma") << 0.01 << 0.6 << 500;
        QTest::newRow("opacus test") << 0.04 << 1.5 << 2250;
    }
    void pldNeverAboveRdp()
    {
        QFETCH(double, q);
        QFETCH(double, sigma);
        QFETCH(int, steps);
        const auto history = MechanismHistory::poissonGaussian(q, sigma, steps);
        const double rdp = RdpAccountant().epsilon(history, 1e-5).epsilon;
        const double pld = PldAccountant().epsilon(history, 1e-5);
        QVERIFY2(pld <= rdp, qPrintable(QStringLiteral("PLD %1 > RDP %2").arg(pld).arg(rdp)));
        QVERIFY(pld > 0.5 * rdp); // tighter, not absurdly so
    }

    void coarserIntervalIsMorePessimistic()
    {
        const auto history = MechanismHistory::poissonGaussian(0.04, 1.5, 2250);
        const double fine = PldAccountant(1e-4).epsilon(history, 1e-5);
        const double coarse = PldAccountant(1e-2).epsilon(history, 1e-5);
        QVERIFY(coarse >= fine - 1e-9);
        // Opacus' PRV accountant (a different tight numerical method) reports 6.7774 for 2249 steps.
        const double prvLike =
            PldAccountant(1e-4).epsilon(MechanismHistory::poissonGaussian(0.04, 1.5, 2249), 1e-5);
        QCOMPARE_LE(std::fabs(prvLike - 6.7774), 0.02);
    }

    void bothDirectionsAreComposed()
    {
        PldAccountant acc;
        const auto history = MechanismHistory::poissonGaussian(0.3, 1.0, 10);
        const double remove = acc.composedPld(history, PldDirection::Remove).epsilonForDelta(1e-5);
        const double add = acc.composedPld(history, PldDirection::Add).epsilonForDelta(1e-5);
        QVERIFY(remove != add);
        QCOMPARE(acc.epsilon(history, 1e-5), std::max(remove, add));
    }

    void infiniteMass()
    {
        // A mechanism that with probability 1e-3 reveals the example outright (loss +inf) and otherwise
        // has loss 0: delta(eps) = 1e-3 for every eps; composed 10 times: 1 - (1 - 1e-3)^10.
        const PrivacyLossDistribution leak(1e-4, 0, {1.0 - 1e-3}, 1e-3);
        QCOMPARE(leak.deltaForEpsilon(5.0), 1e-3);
        QVERIFY(std::isinf(leak.epsilonForDelta(1e-4)));
        QCOMPARE(leak.epsilonForDelta(2e-3), 0.0);
        const auto composed = leak.selfCompose(10);
        QVERIFY(std::fabs(composed.infinityMass() - (1 - std::pow(1 - 1e-3, 10))) < 1e-15);
        QVERIFY(std::isinf(composed.epsilonForDelta(5e-3)));
    }

    void epsilonAndDeltaAreInverse()
    {
        const auto pld = PldAccountant().composedPld(MechanismHistory::poissonGaussian(0.01, 1.0, 1000),
                                                     PldDirection::Remove);
        for (double delta : {1e-3, 1e-5, 1e-7}) {
            const double eps = pld.epsilonForDelta(delta);
            QVERIFY(std::fabs(pld.deltaForEpsilon(eps) / delta - 1) < 1e-6);
        }
    }

    void monotonicity()
    {
        PldAccountant acc(1e-3);
        double previous = INFINITY;
        for (double sigma : {0.6, 0.8, 1.0, 1.5, 2.0, 4.0}) {
            const double e = acc.epsilon(MechanismHistory::poissonGaussian(0.01, sigma, 1000), 1e-5);
            QVERIFY(e <= previous);
            previous = e;
        }
        previous = 0;
        for (int steps : {10, 100, 1000, 10000}) {
            const double e = acc.epsilon(MechanismHistory::poissonGaussian(0.01, 1.0, steps), 1e-5);
            QVERIFY(e >= previous);
            previous = e;
        }
    }
};

QTEST_APPLESS_MAIN(TestPldAccountant)
#include "tst_pld.moc"
