// Noise calibration and step budgets, the plain-language DP statement, and their round trips.
#include "dp/Calibration.h"
#include "dp/DpStatement.h"
#include "dp/PldAccountant.h"
#include "dp/RdpAccountant.h"

#include <cmath>
#include <QtTest>

using namespace privaudit::dp;

class TestCalibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opacusRdpCalibration()
    {
        // pytorch/opacus accountants_test (get_noise_multiplier, RDP, tolerance 0.01):
        // epsilon 8, delta 1e-5, q 0.04, 90 epochs = int(90 / 0.04) = 2250 steps -> sigma 1.416 (4 places);
        // 2000 steps -> sigma 1.3562.
        auto cal = calibrateNoiseMultiplier(AccountantKind::Rdp, 8.0, 1e-5, 0.04, 2250);
        QVERIFY(cal.hasValue());
        QCOMPARE_LE(std::fabs(cal->noiseMultiplier - 1.416), 5e-5);
        cal = calibrateNoiseMultiplier(AccountantKind::Rdp, 8.0, 1e-5, 0.04, 2000);
        QVERIFY(cal.hasValue());
        QCOMPARE_LE(std::fabs(cal->noiseMultiplier - 1.3562), 5e-5);
    }

    void pldCalibrationIsTighter()
    {
        // Opacus' PRV accountant (numerically tight like PLD) calibrates the 2250-step case to 1.3477.
        const auto pld = calibrateNoiseMultiplier(AccountantKind::Pld, 8.0, 1e-5, 0.04, 2250, 0.01, {1e-3});
        QVERIFY(pld.hasValue());
        QCOMPARE_LE(std::fabs(pld->noiseMultiplier - 1.3477), 0.01);
        QVERIFY(pld->noiseMultiplier < 1.416);
    }

    void roundTrip_data()
    {
        QTest::addColumn<double>("target");
        QTest::addColumn<double>("q");
        QTest::addColumn<int>("steps");
        QTest::newRow("eps 1, mnist-like") << 1.0 << 256.0 / 60000 << 14063;
        QTest::newRow("eps 0.5, large q") << 0.5 << 0.1 << 100;
        QTest::newRow("eps 4") << 4.0 << 0.01 << 5000;
    }
    void roundTrip()
    {
        QFETCH(double, target);
        QFETCH(double, q);
        QFETCH(int, steps);
        const auto cal = calibrateNoiseMultiplier(AccountantKind::Rdp, target, 1e-5, q, steps);
        QVERIFY(cal.hasValue());
        const double eps =
            RdpAccountant()
                .epsilon(MechanismHistory::poissonGaussian(q, cal->noiseMultiplier, steps), 1e-5)
                .epsilon;
        QCOMPARE(eps, cal->epsilon);
        QVERIFY(eps <= target);
        QVERIFY(target - eps <= 0.01);
    }

    void stepBudget()
    {
        const auto budget = maxStepsForBudget(AccountantKind::Rdp, 2.0, 1e-5, 0.01, 1.0);
        QVERIFY(budget.hasValue());
        QVERIFY(budget->steps > 0);
        const RdpAccountant acc;
        QVERIFY(acc.epsilon(MechanismHistory::poissonGaussian(0.01, 1.0, budget->steps), 1e-5).epsilon <=
                2.0);
        QVERIFY(acc.epsilon(MechanismHistory::poissonGaussian(0.01, 1.0, budget->steps + 1), 1e-5).epsilon >
                2.0);
        const auto pld = maxStepsForBudget(AccountantKind::Pld, 2.0, 1e-5, 0.01, 1.0, {1e-3});
        QVERIFY(pld.hasValue());
        QVERIFY(pld->steps >= budget->steps); // the tighter accountant allows at least as many steps
        // A budget that one step already exceeds.
        const auto none = maxStepsForBudget(AccountantKind::Rdp, 0.01, 1e-5, 1.0, 0.5);
        QVERIFY(none.hasValue());
        QCOMPARE(none->steps, std::int64_t(0));
    }

    void impossibleParameters()
    {
        QVERIFY(!calibrateNoiseMultiplier(AccountantKind::Rdp, -1.0, 1e-5, 0.01, 100).hasValue());
        QVERIFY(calibrateNoiseMultiplier(AccountantKind::Rdp, 1.0, 2.0, 0.01, 100)
                    .error()
                    .contains(QLatin1String("Delta")));
        QVERIFY(calibrateNoiseMultiplier(AccountantKind::Rdp, 1.0, 1e-5, 1.5, 100)
                    .error()
                    .contains(QLatin1String("sampling rate")));
        // An epsilon so small that no noise up to 10^6 reaches it.
        const auto tooSmall = calibrateNoiseMultiplier(AccountantKind::Rdp, 1e-9, 1e-5, 1.0, 1000000);
        QVERIFY(!tooSmall.hasValue());
        QVERIFY(tooSmall.error().contains(QLatin1String("too small")));
    }

    void statementStatesAssumptions()
    {
        DpStatementInput in;
        in.history = MechanismHistory::poissonGaussian(256.0 / 60000, 1.1, 14063);
        in.delta = 1e-5;
        in.epsilon = 2.597;
        in.accountant = QStringLiteral("rdp");
        in.datasetSize = 60000;
        in.clippingNorm = 1.0;
        in.epochs = 60;
        const QString text = DpStatement::text(in);
        for (const char* needle :
             {"2.597", "single examples", "add-or-remove-one", "Poisson sampling", "hyper-parameter search",
              "preprocessing", "intermediate checkpoint", "60,000", "RDP", "lower bound"})
            QVERIFY2(text.contains(QLatin1String(needle)), needle);
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
