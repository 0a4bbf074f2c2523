// Membership inference on real training: an overfit MLP on Adult leaks (LiRA beats LOSS at low FPR),
// a DP-SGD model at epsilon 1 does not, and no empirical epsilon lower bound exceeds the accountant.
#include "attack/AttackCatalogue.h"
#include "attack/MembershipInference.h"
#include "attack/OneRunAudit.h"
#include "CensusLike.h"
#include "data/CsvImporter.h"
#include "data/DemoData.h"

#include <numeric>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>
#include <random>
#include <set>

using namespace privaudit;

namespace {

struct Census
{
    data::DataTable table;
    data::DataSplit split;
    std::optional<data::TableEncoder> encoder;
};

/// "generated": census-like data made here (always present); "adult": ../shared/datasets/adult.csv,
/// the real thing, when the shared folder is there (a fresh clone has none).
std::optional<Census> loadCensus(const QString& source, std::int64_t members)
{
    Census a;
    if (source == QLatin1String("adult")) {
        const QString path = QStringLiteral(PRIVAUDIT_SHARED_DIR "/datasets/adult.csv");
        if (!QFile::exists(path)) return std::nullopt;
        a.table = data::CsvImporter::importFile(path).value();
        a.table.setRole(QStringLiteral("income-per-year"), data::ColumnRole::Label);
    } else {
        a.table = testing::censusLikeTable(int(members) * 5, 77);
    }
    a.split = data::DataSplit::make(a.table, {members, members, 21}).value();
    a.encoder = data::TableEncoder::fit(a.table, a.split.members).value();
    return a;
}

void censusSources()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("generated") << QStringLiteral("generated");
    QTest::newRow("adult") << QStringLiteral("adult");
}

#define LOAD_CENSUS(var, members)                                                                            \
    auto var = loadCensus(source, members);                                                                  \
    if (!var)                                                                                                \
        QSKIP("../shared/datasets/adult.csv is not present (a fresh clone has no shared folder); the "       \
              "generated "                                                                                   \
              "census-like row ran");

const attack::AttackScores& find(const attack::MiaRun& run, const char* name)
{
    for (const auto& a : run.attacks)
        if (a.attack == QLatin1String(name)) return a;
    qFatal("attack %s missing", name);
}

} // namespace

class TestAttack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signalsAreOrientedAndStable()
    {
        Eigen::MatrixXf logits(2, 3);
        logits << 10, 0, 0, 0, 10, 0; // row 0 confident and right, row 1 confident and wrong
        const std::vector<std::int64_t> labels = {0, 0};
        for (auto s : {attack::Signal::Loss, attack::Signal::Confidence, attack::Signal::ModifiedEntropy,
                       attack::Signal::LogitScaledConfidence}) {
            const auto v = attack::membershipSignal(logits, labels, s);
            QVERIFY(v[0] > v[1]);
        }
        Eigen::MatrixXf sure(1, 2);
        sure << 60, 0; // p_y = 1 - 1e-26: log(p/(1-p)) must not cancel to inf
        QCOMPARE_LE(
            std::fabs(attack::membershipSignal(sure, {0}, attack::Signal::LogitScaledConfidence)[0] - 60.0),
            1e-9);
    }

    void scoresDoNotSaturate()
    {
        // Margins of 50, 100 and 1000, binary and with three classes; the reference is a second, simple
        // implementation in 80-bit long double (which holds e^-1000) of the textbook formulas.
        const std::vector<float> margins = {50.0f, 100.0f, 1000.0f};
        for (int classes : {2, 3}) {
            Eigen::MatrixXf logits = Eigen::MatrixXf::Zero(Eigen::Index(margins.size()), classes);
            for (std::size_t i = 0; i < margins.size(); ++i) {
                logits(Eigen::Index(i), 0) = margins[i] + 3.0f;
                logits(Eigen::Index(i), 1) = 3.0f;
                if (classes == 3) logits(Eigen::Index(i), 2) = 3.0f - margins[i] / 2.0f;
            }
            const std::vector<std::int64_t> labels(margins.size(), 0);
            auto reference = [&](std::size_t i, attack::Signal s) {
                long double z[3] = {logits(Eigen::Index(i), 0), logits(Eigen::Index(i), 1),
                                    classes == 3 ? logits(Eigen::Index(i), 2) : -1e30f};
                long double rest = 0; // sum over j != y of e^(z_j - z_y), kept apart from the 1
                for (int j = 1; j < classes; ++j)
                    rest += std::exp(z[j] - z[0]);
                const long double sum = 1.0L + rest;
                long double p[3], lp[3];
                for (int j = 0; j < classes; ++j) {
                    lp[j] = (z[j] - z[0]) - std::log1p(rest);
                    p[j] = std::exp(z[j] - z[0]) / sum;
                }
                switch (s) {
                case attack::Signal::Loss:
                    return -std::log1p(rest);
                case attack::Signal::Confidence:
                case attack::Signal::LogitScaledConfidence:
                    return -std::log(rest);
                case attack::Signal::Entropy: {
                    long double v = 0;
                    for (int j = 0; j < classes; ++j)
                        v += p[j] * lp[j];
                    return v;
                }
                case attack::Signal::ModifiedEntropy: {
                    long double m = (rest / sum) * std::log1p(rest);
                    for (int j = 1; j < classes; ++j)
                        m -= p[j] * std::log1p(-p[j]);
                    return -m;
                }
                }
                return 0.0L;
            };
            for (auto s : {attack::Signal::Loss, attack::Signal::Confidence, attack::Signal::Entropy,
                           attack::Signal::ModifiedEntropy, attack::Signal::LogitScaledConfidence}) {
                const auto v = attack::membershipSignal(logits, labels, s);
                for (std::size_t i = 0; i < margins.size(); ++i) {
                    const long double want = reference(i, s);
                    if (std::fabs(want) > 1e-300L) // representable in double: must match, and not be 0
                        QVERIFY2(std::fabs((v[i] - want) / want) < 1e-9L,
                                 qPrintable(QStringLiteral("signal %1, margin %2, %3 classes: %4, want %5")
                                                .arg(int(s))
                                                .arg(margins[i])
                                                .arg(classes)
                                                .arg(v[i], 0, 'g', 17)
                                                .arg(double(want), 0, 'g', 17)));
                    else
                        QVERIFY2(std::fabs(v[i]) < 1e-300,
                                 qPrintable(QStringLiteral("signal %1 margin %2 classes %3: %4 want %5")
                                                .arg(int(s))
                                                .arg(margins[i])
                                                .arg(classes)
                                                .arg(v[i])
                                                .arg(double(want))));
                    QVERIFY(std::isfinite(v[i]));
                    if (i > 0) // a larger margin is never less member-like, and never ties below margin 370
                        QVERIFY2(
                            v[i] > v[i - 1],
                            qPrintable(QStringLiteral("signal %1 margin %2").arg(int(s)).arg(margins[i])));
                }
                QVERIFY(v[0] != 0.0 && v[1] != 0.0);
            }
        }
    }

    void confidentModelHasTprAtLowFpr()
    {
        // An overfit target: every member and most non-members have margins beyond 37, where the old
        // log(1 + tiny) gave LOSS 0 for all of them and TPR at 1% FPR of exactly 0.
        std::mt19937_64 rng(3);
        std::normal_distribution<float> normal(0.0f, 1.0f);
        const int n = 2000;
        Eigen::MatrixXf logits(n, 2);
        std::vector<std::int64_t> labels(n, 1);
        std::vector<bool> members(n);
        for (int i = 0; i < n; ++i) {
            members[std::size_t(i)] = i < n / 2;
            const float margin = (members[std::size_t(i)] ? 60.0f : 45.0f) + 8.0f * normal(rng);
            logits(i, 0) = 0.0f;
            logits(i, 1) = margin;
        }
        std::vector<std::int64_t> rows(n);
        std::iota(rows.begin(), rows.end(), std::int64_t(0));
        for (const char* name : {"loss", "confidence", "entropy", "modified-entropy"}) {
            const auto a = attack::MembershipInference::thresholdAttack(QLatin1String(name), logits, labels,
                                                                        members, rows);
            std::set<double> distinct(a.records.scores.begin(), a.records.scores.end());
            QVERIFY2(distinct.size() > std::size_t(n) * 9 / 10, name);
            const auto m = metrics::MembershipMetrics::compute(a.records);
            qInfo("%s: AUC %.3f TPR@1%% %.3f", name, m.auc, m.tprAtFpr[1]);
            QVERIFY2(m.auc > 0.8, name);
            QVERIFY2(m.tprAtFpr[1] > 0.05, name);
            QVERIFY2(m.tprAtFprCi[1].high > m.tprAtFprCi[1].low, name);
        }
    }

    void overfitModelLeaks_data() { censusSources(); }
    void overfitModelLeaks()
    {
        QFETCH(QString, source);
        // Adult as in the README's figures; the generated row smaller, so that it can run on every clone.
        const bool real = source == QLatin1String("adult");
        LOAD_CENSUS(adult, real ? 1000 : 500)
        model::TrainingConfig training;
        training.epochs = real ? 60 : 40;
        training.batchSize = 64;
        training.seed = 5;
        attack::MiaConfig config;
        config.attacks = attack::availableAttacks();
        config.referenceModels = real ? 16 : 8;
        auto run = attack::MembershipInference::run(
            adult->table, adult->split, *adult->encoder,
            *model::ModelSpec::parse(real ? QStringLiteral("mlp:256,256") : QStringLiteral("mlp:128,128")),
            training, config, compute::ComputeSettings::recommended());
        QVERIFY2(run.hasValue(), qPrintable(run.error()));
        const auto loss = metrics::MembershipMetrics::compute(find(*run, "loss").records);
        const auto lira = metrics::MembershipMetrics::compute(find(*run, "lira").records);
        const auto rmia = metrics::MembershipMetrics::compute(find(*run, "rmia").records);
        qInfo("target: train accuracy %.3f, test %.3f; reference models %.1f s", run->targetTrainAccuracy,
              run->targetTestAccuracy, run->referenceSeconds);
        qInfo("LOSS AUC %.3f TPR@1%% %.3f | LiRA AUC %.3f TPR@1%% %.3f | RMIA AUC %.3f TPR@1%% %.3f",
              loss.auc, loss.tprAtFpr[1], lira.auc, lira.tprAtFpr[1], rmia.auc, rmia.tprAtFpr[1]);
        for (const auto& a : run->attacks) {
            const auto m = metrics::MembershipMetrics::compute(a.records);
            qInfo("%s (%s): AUC %.3f, TPR@1%% %.3f", qPrintable(a.attack), qPrintable(a.variant), m.auc,
                  m.tprAtFpr[1]);
            QVERIFY2(m.auc > 0.52, qPrintable(a.attack)); // every attack sees the overfitting
        }
        QVERIFY(lira.auc > 0.6);
        // With stable scores LOSS no longer reports 0 at 1% FPR, and LiRA and RMIA still beat it there.
        QVERIFY(loss.tprAtFpr[1] > 0.0);
        QVERIFY(lira.tprAtFpr[1] > 1.5 * loss.tprAtFpr[1]);
        QVERIFY(rmia.tprAtFpr[1] > 1.5 * loss.tprAtFpr[1]);
        QVERIFY(lira.tprAtFprCi[1].low > loss.tprAtFpr[1]);
    }

    void dpModelDoesNotLeak_data() { censusSources(); }
    void dpModelDoesNotLeak()
    {
        QFETCH(QString, source);
        const bool real = source == QLatin1String("adult");
        LOAD_CENSUS(adult, 1000)
        model::TrainingConfig training;
        training.epochs = 30;
        training.batchSize = 64;
        training.seed = 6;
        training.dp = true;
        training.targetEpsilon = 1.0;
        training.delta = 1e-5;
        attack::MiaConfig config;
        config.attacks = attack::availableAttacks();
        config.referenceModels = real ? 8 : 4;
        auto run = attack::MembershipInference::run(
            adult->table, adult->split, *adult->encoder,
            *model::ModelSpec::parse(real ? QStringLiteral("mlp:256,256") : QStringLiteral("mlp:128,128")),
            training, config, compute::ComputeSettings::recommended());
        QVERIFY2(run.hasValue(), qPrintable(run.error()));
        const double accountantEpsilon = run->targetTraining.epsilon;
        QVERIFY(accountantEpsilon <= 1.0);
        metrics::MetricsOptions options;
        options.delta = 1e-5;
        for (const auto& a : run->attacks) {
            const auto m = metrics::MembershipMetrics::compute(a.records, options);
            qInfo("%s: AUC %.3f, epsilon lower bound %.3f (accountant %.3f)", qPrintable(a.attack), m.auc,
                  m.epsilonLowerBound.epsilon, accountantEpsilon);
            QVERIFY2(m.auc < 0.56, qPrintable(a.attack));
            QVERIFY2(m.epsilonLowerBound.epsilon <= accountantEpsilon, qPrintable(a.attack));
        }
    }

    void oneRunAudit_data() { censusSources(); }
    void oneRunAudit()
    {
        QFETCH(QString, source);
        LOAD_CENSUS(adult, 2000)
        const auto spec = *model::ModelSpec::parse(QStringLiteral("mlp:256,256"));
        attack::OneRunAuditConfig config;
        config.canaries = 1000;
        config.guesses = 200;
        model::TrainingConfig plain;
        plain.epochs = 40;
        plain.batchSize = 64;
        auto leaky =
            attack::OneRunAudit::run(adult->table, adult->split, *adult->encoder, spec, plain, config);
        QVERIFY2(leaky.hasValue(), qPrintable(leaky.error()));
        qInfo("non-private: %d of %d guesses right, epsilon >= %.3f", leaky->correct, leaky->guesses,
              leaky->epsilonLowerBound);
        QVERIFY(leaky->epsilonLowerBound > 0.5); // memorised mislabelled canaries are detectable

        model::TrainingConfig dp = plain;
        dp.dp = true;
        dp.targetEpsilon = 1.0;
        auto privateRun =
            attack::OneRunAudit::run(adult->table, adult->split, *adult->encoder, spec, dp, config);
        QVERIFY2(privateRun.hasValue(), qPrintable(privateRun.error()));
        qInfo("DP-SGD: %d of %d guesses right, epsilon >= %.3f (accountant %.3f)", privateRun->correct,
              privateRun->guesses, privateRun->epsilonLowerBound, privateRun->accountantEpsilon);
        QVERIFY(privateRun->epsilonLowerBound <= privateRun->accountantEpsilon);
    }

    void eachAttackIsAUnitWithTheSameBytes()
    {
        // Every attack of the catalogue run alone gives, byte for byte, the scores it gives in the full
        // suite (the attacks share the target and the reference models, never each other's state), and
        // the reference models give the same bytes on one worker as on two.
        const data::DataTable demo = data::DemoData::patients(1500, 8);
        const auto split = data::DataSplit::make(demo, {300, 300, 4}).value();
        const auto encoder = data::TableEncoder::fit(demo, split.members).value();
        model::TrainingConfig training;
        training.epochs = 3;
        training.seed = 12;
        const auto spec = *model::ModelSpec::parse(QStringLiteral("mlp:32"));
        attack::MiaConfig config;
        config.attacks = attack::AttackCatalogue::names();
        config.referenceModels = 4;
        config.seed = 12;
        compute::ComputeSettings two = compute::ComputeSettings::recommended(2);
        two.cores = 2;
        two.intraOpThreads = 2;
        two.jobWorkers = 2;
        const auto suite =
            attack::MembershipInference::run(demo, split, encoder, spec, training, config, two);
        QVERIFY2(suite.hasValue(), qPrintable(suite.error()));
        QCOMPARE(int(suite->attacks.size()), int(config.attacks.size()));
        auto bytes = [](const attack::AttackScores& a) {
            return QByteArray(reinterpret_cast<const char*>(a.records.scores.data()),
                              qsizetype(a.records.scores.size() * sizeof(double)));
        };
        for (const attack::AttackScores& inSuite : suite->attacks) {
            attack::MiaConfig alone = config;
            alone.attacks = {inSuite.attack};
            compute::ComputeSettings one = two;
            one.cores = 1; // one reference model at a time
            one.jobWorkers = 1;
            const auto single = attack::MembershipInference::run(
                demo, split, encoder, spec, training, alone,
                attack::AttackCatalogue::needsReferenceModels(inSuite.attack) ? one : two);
            QVERIFY2(single.hasValue(), qPrintable(single.error()));
            QCOMPARE(single->attacks.size(), std::size_t(1));
            QCOMPARE(single->attacks[0].attack, inSuite.attack);
            QVERIFY2(bytes(single->attacks[0]) == bytes(inSuite), qPrintable(inSuite.attack));
            QCOMPARE(single->attacks[0].rowIds, inSuite.rowIds);
            QCOMPARE(single->attacks[0].records.members, inSuite.records.members);
        }
    }

    void catalogueAnswersForEveryAttack()
    {
        // The catalogue is the one list: its names are the family's, each answers the questions the
        // executor, CLI and dialog ask, and the answers agree with what running the attack needs.
        const QStringList names = attack::AttackCatalogue::names();
        QCOMPARE(names, attack::availableAttacks());
        QVERIFY(names.size() >= 8);
        for (const QString& d : attack::AttackCatalogue::defaults())
            QVERIFY(names.contains(d));
        for (const QString& n : names) {
            const attack::AttackInfo* info = attack::AttackCatalogue::find(n);
            QVERIFY(info);
            QVERIFY(!attack::AttackCatalogue::title(n).isEmpty());
            const bool onPredictions = attack::AttackCatalogue::whyNotOnPredictions(n).isEmpty();
            QCOMPARE(onPredictions, !info->referenceModels && !info->queriesNewInputs &&
                                        info->access != attack::TargetAccess::WhiteBox);
            QCOMPARE(attack::AttackCatalogue::onPredictions().contains(n), onPredictions);
        }
        QCOMPARE(attack::AttackCatalogue::onPredictions(),
                 (QStringList{QStringLiteral("loss"), QStringLiteral("confidence"), QStringLiteral("entropy"),
                              QStringLiteral("modified-entropy")}));
        QVERIFY(attack::AttackCatalogue::anyNeedsReferenceModels(
            {QStringLiteral("loss"), QStringLiteral("shadow")}));
        QVERIFY(!attack::AttackCatalogue::anyNeedsReferenceModels(
            {QStringLiteral("loss"), QStringLiteral("label-only")}));
        QCOMPARE(attack::AttackCatalogue::find(QStringLiteral("label-only"))->access,
                 attack::TargetAccess::LabelsOnly);
        QVERIFY(!attack::AttackCatalogue::find(QStringLiteral("nope")));
        QVERIFY(attack::AttackCatalogue::checkNames({QStringLiteral("loss"), QStringLiteral("nope")})
                    .contains(QLatin1String("nope")));
        attack::MiaConfig tooFew;
        tooFew.attacks = {QStringLiteral("lira")};
        tooFew.referenceModels = 1;
        QVERIFY(!attack::MembershipInference::checkConfig(tooFew).isEmpty());
        tooFew.liraOnline = false;
        QVERIFY(attack::MembershipInference::checkConfig(tooFew).isEmpty());
    }

    void cancellationStopsReferenceTraining()
    {
        const data::DataTable demo = data::DemoData::patients(4000, 2);
        const auto split = data::DataSplit::make(demo, {800, 800, 3}).value();
        const auto encoder = data::TableEncoder::fit(demo, split.members).value();
        model::TrainingConfig training;
        training.epochs = 200; // long enough that only cancellation ends it quickly
        attack::MiaConfig config;
        config.attacks = {QStringLiteral("lira")};
        config.referenceModels = 16;
        QElapsedTimer clock;
        bool askedToStop = false;
        QElapsedTimer sinceCancel;
        auto run = attack::MembershipInference::run(
            demo, split, encoder, *model::ModelSpec::parse(QStringLiteral("mlp:64")), training, config,
            compute::ComputeSettings::recommended(), [&](double, const QString& stage) {
                if (stage.startsWith(QLatin1String("Training reference")) && !askedToStop) {
                    askedToStop = true;
                    sinceCancel.start();
                    return false;
                }
                return true;
            });
        QVERIFY(!run.hasValue());
        QVERIFY(run.error().contains(QLatin1String("Cancelled")));
        QVERIFY(askedToStop);
        QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestAttack)
#include "tst_attack.moc"
