// Membership-inference statistics against hand-worked cases and independent computations.
#include "common/Translations.h"
#include "dp/MechanismHistory.h"
#include "metrics/CounterfactualMemorisation.h"
#include "metrics/MembershipMetrics.h"
#include "metrics/OneRunAudit.h"
#include "metrics/Utility.h"

#include <algorithm>
#include <cmath>
#include <QJsonArray>
#include <QLocale>
#include <QtTest>
#include <random>
#include <tuple>

using namespace privaudit::metrics;

namespace {

ScoredRecords records(const std::vector<double>& memberScores, const std::vector<double>& nonMemberScores)
{
    ScoredRecords r;
    for (double s : memberScores) {
        r.scores.push_back(s);
        r.members.push_back(true);
    }
    for (double s : nonMemberScores) {
        r.scores.push_back(s);
        r.members.push_back(false);
    }
    return r;
}

double bruteForceAuc(const ScoredRecords& r)
{
    double sum = 0.0, pairs = 0.0;
    for (std::size_t i = 0; i < r.scores.size(); ++i)
        for (std::size_t j = 0; j < r.scores.size(); ++j)
            if (r.members[i] && !r.members[j]) {
                sum += r.scores[i] > r.scores[j] ? 1.0 : (r.scores[i] == r.scores[j] ? 0.5 : 0.0);
                pairs += 1.0;
            }
    return sum / pairs;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handWorkedTies()
    {
        // Members 3, 2, 2; non-members 2, 1. Pairs: 3>2, 3>1, 2=2 (x2, half each), 2>1 (x2): AUC 5/6.
        const ScoredRecords r = records({3, 2, 2}, {2, 1});
        QCOMPARE_LE(std::fabs(auc(r) - 5.0 / 6.0), 1e-12);
        const RocCurve roc = rocCurve(r);
        QCOMPARE(roc.fpr, (std::vector<double>{0, 0, 0.5, 1}));
        QCOMPARE(roc.tpr.size(), std::size_t(4));
        QCOMPARE_LE(std::fabs(roc.tpr[1] - 1.0 / 3.0), 1e-12);
        QCOMPARE(roc.tpr[2], 1.0); // the tie group {2, 2, 2} is one diagonal segment
        QCOMPARE_LE(std::fabs(advantage(roc) - 0.5), 1e-12);
        QCOMPARE_LE(std::fabs(tprAtFpr(roc, 0.1) - 1.0 / 3.0), 1e-12);
        QCOMPARE(tprAtFpr(roc, 0.5), 1.0);
        const AttackMetrics m = MembershipMetrics::compute(r, {50, 1, 1e-5, 0.05, 1});
        QCOMPARE_LE(std::fabs(m.auc - 5.0 / 6.0), 1e-12); // the weighted walk agrees with mid-ranks
    }

    void aucIsMannWhitneyAndTrapezoid()
    {
        std::mt19937_64 rng(5);
        ScoredRecords r;
        for (int i = 0; i < 400; ++i) {
            const bool member = rng() % 3 == 0;
            r.members.push_back(member);
            r.scores.push_back(double(rng() % 20) + (member ? 2.0 : 0.0)); // many ties
        }
        const double a = auc(r);
        QCOMPARE_LE(std::fabs(a - bruteForceAuc(r)), 1e-12);
        const RocCurve roc = rocCurve(r);
        double area = 0.0;
        for (std::size_t i = 1; i < roc.fpr.size(); ++i)
            area += (roc.fpr[i] - roc.fpr[i - 1]) * 0.5 * (roc.tpr[i] + roc.tpr[i - 1]);
        QCOMPARE_LE(std::fabs(a - area), 1e-12);
        // Input order does not matter.
        ScoredRecords shuffled = r;
        std::vector<std::size_t> idx(r.scores.size());
        std::iota(idx.begin(), idx.end(), std::size_t(0));
        std::shuffle(idx.begin(), idx.end(), rng);
        for (std::size_t i = 0; i < idx.size(); ++i) {
            shuffled.scores[i] = r.scores[idx[i]];
            shuffled.members[i] = r.members[idx[i]];
        }
        QCOMPARE(rocCurve(shuffled).tpr, roc.tpr);
        QCOMPARE(rocCurve(shuffled).fpr, roc.fpr);
    }

    void clopperPearsonTabulated()
    {
        // Zero successes in n: upper bound 1 - beta^(1/n). n = 10: 0.2589; n = 1000: 0.00299 (95%).
        QCOMPARE_LE(std::fabs(clopperPearsonUpper(0, 10, 0.05) - (1 - std::pow(0.05, 0.1))), 1e-12);
        QCOMPARE_LE(std::fabs(clopperPearsonUpper(0, 1000, 0.05) - 0.00299), 1e-5);
        // Classic two-sided 95% interval for 5 of 10: [0.1871, 0.8129].
        QCOMPARE_LE(std::fabs(clopperPearsonLower(5, 10, 0.025) - 0.18709), 1e-5);
        QCOMPARE_LE(std::fabs(clopperPearsonUpper(5, 10, 0.025) - 0.81291), 1e-5);
        // 1 of 20, two-sided 95%: [0.00127, 0.24873].
        QCOMPARE_LE(std::fabs(clopperPearsonLower(1, 20, 0.025) - 0.0012650), 1e-6);
        QCOMPARE_LE(std::fabs(clopperPearsonUpper(1, 20, 0.025) - 0.2487319), 1e-6);
        QCOMPARE(clopperPearsonUpper(10, 10, 0.05), 1.0);
        QCOMPARE(clopperPearsonLower(0, 10, 0.05), 0.0);
    }

    void epsilonLowerBoundCeiling()
    {
        // Perfect separation, P = N = 1000, beta = 0.05, delta = 1e-5: the bound saturates at
        // log((b^(1/P) - delta) / (1 - b^(1/N))) with b = beta / 2 = 5.60.
        const ScoredRecords r = records(std::vector<double>(1000, 1.0), std::vector<double>(1000, 0.0));
        const auto lb = empiricalEpsilonLowerBound(r, 1e-5, 0.05);
        QCOMPARE(lb.thresholdsTried, 1);
        const double b = 0.025;
        const double ceiling = std::log((std::pow(b, 1.0 / 1000) - 1e-5) / (1 - std::pow(b, 1.0 / 1000)));
        QCOMPARE_LE(std::fabs(lb.epsilon - ceiling), 1e-9);
        QCOMPARE(QString::number(lb.epsilon, 'f', 2), QStringLiteral("5.60"));
    }

    void randomScoresAreChance()
    {
        std::mt19937_64 rng(11);
        std::normal_distribution<double> normal;
        ScoredRecords r;
        for (int i = 0; i < 10000; ++i) {
            r.scores.push_back(normal(rng));
            r.members.push_back(i % 2 == 0);
        }
        MetricsOptions options;
        options.bootstrapResamples = 200;
        const AttackMetrics m = MembershipMetrics::compute(r, options);
        QVERIFY(std::fabs(m.auc - 0.5) < 0.02);
        QVERIFY(m.aucCi.low <= 0.5 && 0.5 <= m.aucCi.high);
        QVERIFY(m.aucCi.high - m.aucCi.low < 0.05);
        QVERIFY(m.epsilonLowerBound.epsilon < 0.2);
        QVERIFY(m.tprAtFprCi[1].low <= 0.01 + 1e-9); // chance: TPR at 1% FPR is about 1%
        // Few non-members for 0.1% FPR: warned.
        QVERIFY(!m.warnings.isEmpty());
    }

    void bootstrapIsSeededAndThreadIndependent()
    {
        std::mt19937_64 rng(3);
        ScoredRecords r;
        for (int i = 0; i < 3000; ++i) {
            const bool member = i % 3 == 0;
            r.members.push_back(member);
            r.scores.push_back(double(rng() % 1000) / 1000.0 + (member ? 0.1 : 0.0));
        }
        MetricsOptions one;
        one.seed = 77;
        MetricsOptions two = one;
        two.threads = 2;
        const auto a = MembershipMetrics::compute(r, one);
        const auto b = MembershipMetrics::compute(r, two);
        QCOMPARE(a.aucCi.low, b.aucCi.low);
        QCOMPARE(a.aucCi.high, b.aucCi.high);
        QCOMPARE(a.tprAtFprCi[2].high, b.tprAtFprCi[2].high);
        MetricsOptions other = one;
        other.seed = 78;
        QVERIFY(MembershipMetrics::compute(r, other).aucCi.low != a.aucCi.low);
        QVERIFY(a.auc > 0.55 && a.aucCi.low < a.auc && a.auc < a.aucCi.high);
    }

    void bootstrapWidthMatchesHanleyMcNeil()
    {
        // Binormal scores with a real signal: the percentile interval's width must agree with the
        // analytic standard error of the AUC (Hanley & McNeil 1982), an independent computation.
        std::mt19937_64 rng(5);
        std::normal_distribution<double> normal;
        ScoredRecords r;
        const int P = 3000, N = 5000;
        for (int i = 0; i < P + N; ++i) {
            const bool member = i < P;
            r.members.push_back(member);
            r.scores.push_back(normal(rng) + (member ? 0.8 : 0.0));
        }
        MetricsOptions options;
        options.bootstrapResamples = 400;
        options.threads = 2;
        const AttackMetrics m = MembershipMetrics::compute(r, options);
        const double A = m.auc, q1 = A / (2.0 - A), q2 = 2.0 * A * A / (1.0 + A);
        const double se =
            std::sqrt((A * (1 - A) + (P - 1) * (q1 - A * A) + (N - 1) * (q2 - A * A)) / (double(P) * N));
        const double width = m.aucCi.high - m.aucCi.low;
        QVERIFY2(
            std::fabs(width / (2.0 * 1.959964 * se) - 1.0) < 0.15,
            qPrintable(
                QStringLiteral("bootstrap width %1, Hanley-McNeil %2").arg(width).arg(2 * 1.959964 * se)));
        // The TPR at 10% FPR interval covers the point estimate and is not degenerate.
        QVERIFY(m.tprAtFprCi[2].low < m.tprAtFpr[2] && m.tprAtFpr[2] < m.tprAtFprCi[2].high);
    }

    void oneRunAuditWorkedValues()
    {
        // privacy-methods.md 4.8, recomputed from the jax_privacy / ml_privacy_meter formula (beta 0.05):
        // m=1000, r=v=100: 3.493 (delta 0), 3.465 (delta 1e-5); r=100, v=90, delta 1e-5: 1.626;
        // m=r=v=1000, delta 0: 5.809.
        QCOMPARE(QString::number(oneRunEpsilonLowerBound(1000, 100, 100, 0.0), 'f', 3),
                 QStringLiteral("3.493"));
        QCOMPARE(QString::number(oneRunEpsilonLowerBound(1000, 100, 100, 1e-5), 'f', 3),
                 QStringLiteral("3.465"));
        QCOMPARE(QString::number(oneRunEpsilonLowerBound(1000, 100, 90, 1e-5), 'f', 3),
                 QStringLiteral("1.626"));
        QCOMPARE(QString::number(oneRunEpsilonLowerBound(1000, 1000, 1000, 0.0), 'f', 3),
                 QStringLiteral("5.809"));
        // Chance-level guessing certifies nothing; the p-value grows with epsilon.
        QCOMPARE(oneRunEpsilonLowerBound(1000, 100, 50, 1e-5), 0.0);
        QVERIFY(oneRunPValue(1000, 100, 70, 0.5, 1e-5) < oneRunPValue(1000, 100, 70, 1.0, 1e-5));
    }

    void binomialTailAgainstDirectSum()
    {
        // A second, simple implementation: the tail summed term by term with log-gamma.
        auto direct = [](std::int64_t k, std::int64_t n, double p) {
            double sum = 0;
            for (std::int64_t j = k; j <= n; ++j)
                sum += std::exp(std::lgamma(double(n + 1)) - std::lgamma(double(j + 1)) -
                                std::lgamma(double(n - j + 1)) + double(j) * std::log(p) +
                                double(n - j) * std::log1p(-p));
            return sum;
        };
        for (const auto& [k, n, p] : {std::tuple{60, 100, 0.5}, std::tuple{154, 200, 0.7},
                                      std::tuple{3, 10, 0.1}, std::tuple{175, 200, 0.875}})
            QVERIFY2(std::abs(privaudit::metrics::binomialUpperTail(k, n, p) - direct(k, n, p)) < 1e-10,
                     qPrintable(QStringLiteral("%1 %2 %3").arg(k).arg(n).arg(p)));
        // Published value: P(X >= 60 | n = 100, p = 0.5) = 0.028444 (one-sided sign test).
        QVERIFY(std::abs(privaudit::metrics::binomialUpperTail(60, 100, 0.5) - 0.0284439668) < 1e-8);
    }

    void utilityAgainstTheBaseline()
    {
        // Always the majority class: accuracy equals the baseline, AUC 0.5, so nothing was learned.
        const auto chance = privaudit::metrics::UtilityCheck::compute(175, 200, 0.875, 0.5, 25, 175);
        QVERIFY(!chance.learned);
        QVERIFY(!chance.warning().isEmpty());
        // Hanley-McNeil at AUC 0.75 with 50 and 50: SE = 0.0485 (their table 1 gives 0.048 for this design).
        const auto useful = privaudit::metrics::UtilityCheck::compute(150, 200, 0.7, 0.75, 50, 50);
        QVERIFY(std::abs((0.75 - useful.taskAucLow) / 1.959963984540054 - 0.0485) < 0.001);
        QVERIFY(useful.learned);
        QVERIFY(useful.warning().isEmpty());
    }

    void advantageTestAgainstChance()
    {
        // Random scores: the advantage is positive but not significant, and says so.
        std::mt19937 gen(5);
        std::normal_distribution<double> z;
        ScoredRecords rnd;
        for (int i = 0; i < 2000; ++i) {
            rnd.scores.push_back(z(gen));
            rnd.members.push_back(i % 2 == 0);
        }
        MetricsOptions options;
        options.bootstrapResamples = 0;
        const auto m = MembershipMetrics::compute(rnd, options);
        QVERIFY(m.advantage > 0);
        QVERIFY2(m.advantagePValue > 0.05, qPrintable(QString::number(m.advantagePValue)));
        // The Smirnov asymptotic formula for this advantage.
        QVERIFY(std::abs(m.advantagePValue - std::exp(-2 * m.advantage * m.advantage * 500.0)) < 1e-12);
        // A real separation is significant.
        for (std::size_t i = 0; i < rnd.scores.size(); ++i)
            rnd.scores[i] += rnd.members[i] ? 0.5 : 0.0;
        QVERIFY(MembershipMetrics::compute(rnd, options).advantagePValue < 1e-6);
    }

    void nanScoresRankLowestAndTerminate()
    {
        // NaN in a comparator or a tie loop hung the AUC computation at 100% CPU.
        ScoredRecords r;
        for (int i = 0; i < 200; ++i) {
            r.scores.push_back(i % 10 == 0 ? std::nan("") : double(i % 7));
            r.members.push_back(i % 2 == 0);
        }
        MetricsOptions options;
        options.bootstrapResamples = 20;
        const auto m = MembershipMetrics::compute(r, options);
        QVERIFY(std::isfinite(m.auc) && m.auc >= 0.0 && m.auc <= 1.0);
        QVERIFY(
            m.warnings.join(QLatin1Char(' ')).contains(QLatin1String("20 of 200 scores are not numbers")));
        // Ranked with -infinity: the same statistics as replacing NaN by -infinity.
        ScoredRecords same = r;
        for (double& v : same.scores)
            if (std::isnan(v)) v = -std::numeric_limits<double>::infinity();
        QCOMPARE(MembershipMetrics::compute(same, options).auc, m.auc);
        QCOMPARE(auc(r), auc(same));
    }

    void storedWarningsInTheReadersLanguage()
    {
        // A result's warnings are derived from its stored statistics when it is shown, so a German
        // reader of an English run reads them in German (they were stored as English text).
        ScoredRecords rnd;
        std::mt19937 gen(9);
        std::normal_distribution<double> z;
        for (int i = 0; i < 1000; ++i) {
            rnd.scores.push_back(z(gen));
            rnd.members.push_back(i % 2 == 0);
        }
        MetricsOptions options;
        options.bootstrapResamples = 0;
        const auto m = MembershipMetrics::compute(rnd, options);
        QVERIFY(m.warnings.size() >= 2); // chance-level advantage; 500 non-members for 0.1% and 1% FPR
        QJsonObject tpr;
        for (std::size_t l = 0; l < m.fprLevels.size(); ++l)
            tpr[QString::number(m.fprLevels[l])] = m.tprAtFpr[l];
        const QJsonObject stored{{QStringLiteral("advantage"), m.advantage},
                                 {QStringLiteral("advantage_p_value"), m.advantagePValue},
                                 {QStringLiteral("non_members"), qint64(m.nonMembers)},
                                 {QStringLiteral("tpr_at_fpr"), tpr},
                                 {QStringLiteral("warnings"), QJsonArray{QStringLiteral("stale text")}}};
        QCOMPARE(MembershipMetrics::warningsFor(AttackMetrics::fromJson(stored)), m.warnings);
        QCOMPARE(privaudit::installTranslations(*QCoreApplication::instance(), QStringLiteral("de")),
                 QStringLiteral("de"));
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German));
        const QStringList german = MembershipMetrics::warningsFor(AttackMetrics::fromJson(stored));
        QLocale::setDefault(before);
        QCOMPARE(german.size(), m.warnings.size());
        QVERIFY2(german.join(QLatin1Char(' ')).contains(QStringLiteral("Nicht-Mitglieder")) ||
                     german.join(QLatin1Char(' ')).contains(QStringLiteral("Nichtmitglieder")),
                 qPrintable(german.join(QLatin1Char('|'))));
        QVERIFY(german != m.warnings);
        // Results stored before the p-value keep their text.
        QJsonObject old = stored;
        old.remove(QStringLiteral("advantage_p_value"));
        QCOMPARE(MembershipMetrics::warningsFor(AttackMetrics::fromJson(old)),
                 QStringList{QStringLiteral("stale text")});
    }

    void storedStatisticsRoundTrip()
    {
        // One toJson/fromJson pair: what is stored reads back field by field, and writes back the same.
        ScoredRecords r;
        std::mt19937 gen(3);
        std::normal_distribution<double> noise;
        for (int i = 0; i < 600; ++i) {
            const bool member = i % 3 != 0;
            r.scores.push_back(noise(gen) + (member ? 0.4 : 0.0));
            r.members.push_back(member);
        }
        MetricsOptions options;
        options.bootstrapResamples = 20;
        AttackMetrics m = MembershipMetrics::compute(r, options);
        m.seconds = 1.25;
        const QJsonObject json = m.toJson();
        const AttackMetrics back = AttackMetrics::fromJson(json);
        QCOMPARE(back.auc, m.auc);
        QCOMPARE(back.aucCi.low, m.aucCi.low);
        QCOMPARE(back.advantageCi.high, m.advantageCi.high);
        QCOMPARE(back.fprLevels, m.fprLevels);
        QCOMPARE(back.tprAtFpr, m.tprAtFpr);
        QCOMPARE(back.tprCiAt(0.01).high, m.tprAtFprCi[1].high);
        QCOMPARE(back.tprAt(0.001), m.tprAtFpr[0]);
        QCOMPARE(back.tprAt(0.5), 0.0); // a level not measured
        QCOMPARE(back.epsilonLowerBound.epsilon, m.epsilonLowerBound.epsilon);
        QCOMPARE(back.epsilonLowerBound.thresholdsTried, m.epsilonLowerBound.thresholdsTried);
        QCOMPARE(back.members, m.members);
        QCOMPARE(back.nonMembers, m.nonMembers);
        QCOMPARE(back.seconds, 1.25);
        QCOMPARE(back.warnings, m.warnings);
        QVERIFY(back.hasAdvantagePValue);
        QCOMPARE(back.toJson(), json);
        // The keys the stored form has had since the first release (projects and `--json` consumers read
        // them).
        for (const char* key :
             {"auc", "advantage", "tpr_at_fpr", "ci95", "epsilon_lower_bound", "epsilon_lower_bound_at",
              "members", "non_members", "bootstrap_resamples", "tpr_convention", "warnings"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("tpr_at_fpr")).toObject().keys(),
                 (QStringList{QStringLiteral("0.001"), QStringLiteral("0.01"), QStringLiteral("0.1")}));
    }

    void oneStepCount()
    {
        // The example: n = 1000, batch 80, "20 epochs" is 13 steps per epoch, 260 steps, q = 0.08.
        const auto s = privaudit::dp::sgdSchedule(1000, 80, 20);
        QCOMPARE(s.stepsPerEpoch, std::int64_t(13));
        QCOMPARE(s.steps, std::int64_t(260));
        QCOMPARE(s.samplingRate, 0.08);
        QCOMPARE(privaudit::dp::sgdSchedule(1000, 2000, 3).steps,
                 std::int64_t(3)); // a batch larger than the data: one step per epoch
        QCOMPARE(privaudit::dp::sgdSchedule(1000, 100, 0.5).steps, std::int64_t(5));
    }

    void mostExposedRecords()
    {
        const ScoredRecords r = records({0.2, 0.9, 0.5}, {0.95, 0.1});
        QCOMPARE(mostExposed(r, 2), (std::vector<std::size_t>{3, 1}));
    }

    // Counterfactual memorisation against a second, plain computation; the permutation test against the
    // exact enumeration of the splits; chance under no memorisation.
    void counterfactualMemorisationMatchesPlainComputation()
    {
        const int K = 8;
        const std::size_t n = 40;
        std::mt19937_64 rng(3);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        ReferenceBankOutputs bank;
        for (int k = 0; k < K; ++k) {
            std::vector<bool> keep(n), correct(n);
            std::vector<double> logProb(n);
            for (std::size_t j = 0; j < n; ++j) {
                keep[j] = u(rng) < 0.5;
                const double p = keep[j] ? 0.5 + 0.5 * u(rng) : u(rng);
                logProb[j] = std::log(p);
                correct[j] = p > 0.5;
            }
            bank.keep.push_back(keep);
            bank.correct.push_back(correct);
            bank.logProb.push_back(logProb);
        }
        const MemorisationScores s = counterfactualMemorisation(bank, 100, 7);
        for (std::size_t j = 0; j < n; ++j) {
            double in = 0, out = 0, accIn = 0, accOut = 0, lossIn = 0, lossOut = 0;
            for (int k = 0; k < K; ++k) {
                const bool isIn = bank.keep[std::size_t(k)][j];
                (isIn ? in : out) += 1;
                (isIn ? accIn : accOut) += bank.correct[std::size_t(k)][j] ? 1 : 0;
                (isIn ? lossIn : lossOut) -= bank.logProb[std::size_t(k)][j];
            }
            if (in == 0 || out == 0) {
                QVERIFY(!s.scored(j));
                QCOMPARE(s.pValue[j], 1.0);
                continue;
            }
            QVERIFY(s.scored(j));
            QCOMPARE(s.inModels[j], int(in));
            QVERIFY(std::abs(s.accuracy[j] - (accIn / in - accOut / out)) < 1e-12);
            QVERIFY(std::abs(s.loss[j] - (lossOut / out - lossIn / in)) < 1e-12);
            const double a = accIn / in, b = accOut / out;
            QVERIFY(std::abs(s.standardError[j] - std::sqrt(a * (1 - a) / in + b * (1 - b) / out)) < 1e-12);
            QVERIFY(s.pValue[j] >= 1.0 / 101.0 && s.pValue[j] <= 1.0);
        }
        // The same seed gives the same p-values.
        QCOMPARE(counterfactualMemorisation(bank, 100, 7).pValue, s.pValue);
    }

    void memorisationPermutationTestMatchesEnumeration()
    {
        // Four models, two IN: six splits. The observed loss difference is the largest of them when the
        // IN losses are the two smallest, so its exact p-value is 1/6; a middle split has p 3/6 or more.
        ReferenceBankOutputs bank;
        const std::vector<double> losses = {0.1, 0.2, 1.5, 2.0};
        const std::vector<std::vector<bool>> keeps = {{true, true, false, false}, {true, false, true, false}};
        for (int k = 0; k < 4; ++k) {
            bank.keep.push_back({keeps[0][std::size_t(k)], keeps[1][std::size_t(k)]});
            bank.correct.push_back({true, true});
            bank.logProb.push_back({-losses[std::size_t(k)], -losses[std::size_t(k)]});
        }
        const MemorisationScores s = counterfactualMemorisation(bank, 20000, 11);
        auto exact = [&](std::size_t j) {
            const std::vector<bool>& isIn = keeps[j];
            double sumIn = 0, all = 0;
            for (int k = 0; k < 4; ++k) {
                all += losses[std::size_t(k)];
                sumIn += isIn[std::size_t(k)] ? losses[std::size_t(k)] : 0.0;
            }
            const double observed = (all - sumIn) / 2 - sumIn / 2;
            int atLeast = 0, splits = 0;
            for (int a = 0; a < 4; ++a)
                for (int b = a + 1; b < 4; ++b) {
                    const double in = losses[std::size_t(a)] + losses[std::size_t(b)];
                    atLeast += (all - in) / 2 - in / 2 >= observed - 1e-12 ? 1 : 0;
                    ++splits;
                }
            return double(atLeast) / splits;
        };
        QVERIFY(std::abs(exact(0) - 1.0 / 6.0) < 1e-12);
        for (std::size_t j = 0; j < 2; ++j)
            QVERIFY2(
                std::abs(s.pValue[j] - exact(j)) < 0.015,
                qPrintable(QStringLiteral("record %1: %2 against %3").arg(j).arg(s.pValue[j]).arg(exact(j))));
    }

    void memorisationNullGivesChance()
    {
        // Outputs that do not depend on who trained on the record: about 5% reach p <= 0.05, no more.
        const int K = 16;
        const std::size_t n = 4000;
        std::mt19937_64 rng(5);
        std::normal_distribution<double> z(0.0, 1.0);
        ReferenceBankOutputs bank;
        for (int k = 0; k < K; ++k) {
            std::vector<bool> keep(n), correct(n);
            std::vector<double> logProb(n);
            for (std::size_t j = 0; j < n; ++j) {
                keep[j] = (k + int(j)) % 2 == 0;
                logProb[j] = -std::exp(0.5 * z(rng));
                correct[j] = logProb[j] > std::log(0.5);
            }
            bank.keep.push_back(keep);
            bank.correct.push_back(correct);
            bank.logProb.push_back(logProb);
        }
        const MemorisationScores s = counterfactualMemorisation(bank, 200, 1);
        const auto reached =
            std::count_if(s.pValue.begin(), s.pValue.end(), [](double p) { return p <= 0.05; });
        const double share = double(reached) / double(n);
        qInfo("share with p <= 0.05 under the null: %.4f", share);
        QVERIFY(share > 0.03 && share < 0.065);
        double mean = 0;
        for (double a : s.accuracy)
            mean += a / double(n);
        QVERIFY(std::abs(mean) < 0.02);
    }

    void duplicateGroupsFindIdenticalRows()
    {
        // Rows 0, 2 and 4 are the same record (-0 and 0 are the same input), row 3 has row 0's features
        // with another label, row 1 is unique.
        const std::vector<float> x = {0.0f, 1.5f, 2.0f, 1.0f, -0.0f, 1.5f, 0.0f, 1.5f, 0.0f, 1.5f};
        const std::vector<std::int64_t> y = {1, 1, 1, 0, 1};
        const DuplicateGroups d = duplicateGroups(x.data(), 5, 2, y.data());
        QCOMPARE(d.group, (std::vector<std::size_t>{0, 1, 0, 3, 0}));
        QCOMPARE(d.copies, (std::vector<int>{3, 1, 3, 1, 3}));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
