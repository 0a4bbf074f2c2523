// Attribute inference against the imputation baseline on real training: a sensitive column that is a
// function of the other inputs gives the model no advantage; an overfit model leaks its members' values
// (individual leakage); DP-SGD at epsilon 1 removes that leak within its interval. The decision rules
// and the statistics are checked on hand-made outputs against second implementations.
#include "attack/attribute/AttributeInference.h"
#include "data/CsvImporter.h"
#include "metrics/AttributeMetrics.h"

#include <cmath>
#include <QtTest>
#include <random>

using namespace privaudit;

namespace {

/// Rows of numeric features x1..x6, a sensitive two-valued column and a two-class label. @p deterministic:
/// the sensitive value is x1 + x2 > 0 and the label follows x3; otherwise both are coin flips independent
/// of everything (only a model that memorised a member can say which value it had).
data::DataTable syntheticTable(int rows, bool deterministic, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    std::bernoulli_distribution coin(0.5);
    QByteArray csv = "x1,x2,x3,x4,x5,x6,group,outcome\n";
    for (int r = 0; r < rows; ++r) {
        double x[6];
        for (double& v : x)
            v = normal(rng);
        const bool group = deterministic ? x[0] + x[1] > 0 : coin(rng);
        const bool outcome = deterministic ? x[2] > 0 : coin(rng);
        for (const double v : x)
            csv += QByteArray::number(v, 'f', 5) + ',';
        csv += QByteArray(group ? "a" : "b") + ',' + QByteArray(outcome ? "yes" : "no") + '\n';
    }
    data::DataTable t = data::CsvImporter::importBytes(csv).value();
    t.setRole(QStringLiteral("outcome"), data::ColumnRole::Label);
    t.setRole(QStringLiteral("group"), data::ColumnRole::Sensitive);
    return t;
}

struct Measured
{
    attack::AttributeRun run;
    std::vector<metrics::AttributeMetrics> metrics;
    const metrics::AttributeMetrics& of(const char* attack) const
    {
        for (const auto& m : metrics)
            if (m.attack == QLatin1String(attack)) return m;
        qFatal("no attack %s", attack);
    }
};

Measured measure(const data::DataTable& table, std::int64_t members, const model::ModelSpec& spec,
                 const model::TrainingConfig& training)
{
    const auto split = data::DataSplit::make(table, {members, members, 5}).value();
    const auto encoder = data::TableEncoder::fitForTraining(table, split, training.dp).value();
    attack::AttributeConfig config;
    config.seed = 3;
    compute::ComputeSettings settings;
    settings.cores = 2;
    auto run = attack::AttributeInference::run(table, split, encoder, spec, training, config, settings);
    if (!run) qFatal("attribute inference: %s", qPrintable(run.error()));
    Measured m;
    m.run = std::move(run).value();
    for (const auto& a : m.run.attacks) {
        const metrics::AttributeAnswers answers = m.run.answers(a, 0.1);
        m.metrics.push_back(metrics::computeAttributeMetrics(a.attack, answers, {400, 50, 9}));
    }
    return m;
}

QString describe(const metrics::AttributeMetrics& m)
{
    auto ci = [](const metrics::AccuracyDifference& d) {
        return QStringLiteral("%1 [%2, %3]")
            .arg(d.value, 0, 'f', 3)
            .arg(d.ci95 ? d.ci95->low : 0.0, 0, 'f', 3)
            .arg(d.ci95 ? d.ci95->high : 0.0, 0, 'f', 3);
    };
    return QStringLiteral("%1: members %2 non-members %3 advantage %4 individual %5 distributional %6")
        .arg(m.attack)
        .arg(m.members.accuracy, 0, 'f', 3)
        .arg(m.nonMembers.accuracy, 0, 'f', 3)
        .arg(ci(m.advantageOverImputation), ci(m.individualLeakage), ci(m.distributionalLeakage));
}

} // namespace

class TestAttribute : public QObject
{
    Q_OBJECT

private slots:
    void agreementStatisticsMatchTheBinaryFormulas()
    {
        // A second implementation: binary MCC from the confusion counts, recalls by hand.
        std::mt19937_64 rng(4);
        std::vector<int> truth, guess;
        for (int i = 0; i < 500; ++i) {
            truth.push_back(int(rng() % 5 == 0)); // skewed: 20% ones
            guess.push_back(rng() % 3 == 0 ? 1 - truth.back() : truth.back());
        }
        double tp = 0, tn = 0, fp = 0, fn = 0;
        for (std::size_t i = 0; i < truth.size(); ++i) {
            if (truth[i] == 1)
                (guess[i] == 1 ? tp : fn) += 1;
            else
                (guess[i] == 1 ? fp : tn) += 1;
        }
        const double mcc = (tp * tn - fp * fn) / std::sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
        const double tpr = tp / (tp + fn), tnr = tn / (tn + fp);
        const auto a = metrics::classAgreement(truth, guess, 2);
        QVERIFY(std::abs(a.mcc - mcc) < 1e-12);
        QVERIFY(std::abs(a.balancedAccuracy - (tpr + tnr) / 2) < 1e-12);
        QVERIFY(std::abs(a.gMean - std::sqrt(tpr * tnr)) < 1e-12);
        // Always guessing the majority: accuracy 0.8, but balanced accuracy 1/2, G-mean and MCC 0.
        const auto majority = metrics::classAgreement(truth, std::vector<int>(truth.size(), 0), 2);
        QCOMPARE(majority.balancedAccuracy, 0.5);
        QCOMPARE(majority.gMean, 0.0);
        QCOMPARE(majority.mcc, 0.0);
    }

    void decisionRulesFollowThePapers()
    {
        // Three candidates, three values, two classes; candidate labels 0, 1, 0.
        // Candidate 0: only value 2 predicts class 0 -> CSMIA case 1.
        // Candidate 1: values 0 and 1 predict class 1, value 1 more confidently -> case 2.
        // Candidate 2: no value predicts class 0; value 0 comes closest -> case 3 (full vector).
        auto logits = [](std::initializer_list<std::pair<float, float>> rows) {
            Eigen::MatrixXf m(Eigen::Index(rows.size()), 2);
            Eigen::Index i = 0;
            for (const auto& r : rows) {
                m(i, 0) = r.first;
                m(i, 1) = r.second;
                ++i;
            }
            return m;
        };
        const std::vector<Eigen::MatrixXf> perValue = {logits({{0, 1}, {0, 1}, {0, 0.2f}}),
                                                       logits({{0, 2}, {0, 3}, {0, 1}}),
                                                       logits({{1, 0}, {1, 0}, {0, 2}})};
        const std::vector<std::int64_t> labels = {0, 1, 0};
        const auto csmia = attack::attribute::confidenceScore(perValue, labels, 2);
        QCOMPARE(csmia.guess, (std::vector<int>{2, 1, 0}));
        // Marginal prior: value 1 is so common that it wins candidate 1 and, against weak evidence, 2.
        const std::vector<double> prior = {0.05, 0.9, 0.05};
        const auto fjr = attack::attribute::marginalPrior(perValue, labels, prior, 2);
        QCOMPARE(fjr.guess[1], 1);
        // Candidate 0: p(y=0 | v) = 0.27, 0.12, 0.73; with the prior 0.013, 0.107, 0.037 -> value 1.
        QCOMPARE(fjr.guess[0], 1);
        // Label only: candidate 0 has one matching value (2); candidate 1 two (0, 1): the prior picks 1;
        // candidate 2 none: the prior's likeliest.
        const auto labelOnly = attack::attribute::labelOnly(perValue, labels, prior, 2);
        QCOMPARE(labelOnly.guess, (std::vector<int>{2, 1, 1}));
        // Membership-based without references is the lowest loss.
        const auto mia = attack::attribute::membershipBased(perValue, {}, labels, 2);
        QCOMPARE(mia.guess, (std::vector<int>{2, 1, 0}));
        // A reference model that finds value 2 just as easy takes the calibration's preference away.
        const auto calibrated = attack::attribute::membershipBased(perValue, {perValue}, labels, 2);
        for (const double s : calibrated.targetScore)
            QVERIFY(std::abs(s - 1.0 / 3.0) < 1e-9);
    }

    void aFunctionOfTheOtherInputsGivesTheModelNoAdvantage()
    {
        const data::DataTable table = syntheticTable(3000, true, 11);
        model::TrainingConfig training;
        training.epochs = 20;
        training.batchSize = 64;
        training.learningRate = 0.003;
        const auto m =
            measure(table, 600, model::ModelSpec::parse(QStringLiteral("mlp:32")).value(), training);
        const auto& imputation = m.of("imputation");
        qInfo().noquote() << describe(imputation);
        QVERIFY2(imputation.members.accuracy > 0.95 && imputation.nonMembers.accuracy > 0.95,
                 qPrintable(describe(imputation)));
        for (const auto& a : m.metrics) {
            qInfo().noquote() << describe(a);
            QVERIFY2(a.advantageOverImputation.value < 0.03, qPrintable(describe(a)));
            QVERIFY2(!a.advantageOverImputation.ci95 || a.advantageOverImputation.ci95->low < 0.02,
                     qPrintable(describe(a)));
        }
    }

    void anOverfitModelLeaksItsMembersValues()
    {
        const data::DataTable table = syntheticTable(1400, false, 12);
        model::TrainingConfig training;
        training.epochs = 300;
        training.batchSize = 32;
        training.learningRate = 0.003;
        const auto m =
            measure(table, 200, model::ModelSpec::parse(QStringLiteral("mlp:256,256")).value(), training);
        QVERIFY2(m.run.targetTrainAccuracy > 0.95, "the target must memorise its members");
        const auto& csmia = m.of("csmia");
        qInfo().noquote() << describe(csmia) << describe(m.of("mia-based")) << describe(m.of("imputation"));
        QVERIFY2(csmia.individualLeakage.ci95 && csmia.individualLeakage.ci95->low > 0.05,
                 qPrintable(describe(csmia)));
        QVERIFY2(csmia.advantageOverImputation.clear(), qPrintable(describe(csmia)));
        // Non-members' values cannot be read off: nothing about them was learned.
        QVERIFY2(std::abs(csmia.distributionalLeakage.value) < 0.1, qPrintable(describe(csmia)));
        QVERIFY(!csmia.vulnerableMemberRows.empty());
        // The imputation baseline has nothing to go on: coin flips, on both sides.
        QVERIFY2(!m.of("imputation").individualLeakage.clear(), qPrintable(describe(m.of("imputation"))));
    }

    void dpSgdAtEpsilonOneShowsNoIndividualLeakage()
    {
        const data::DataTable table = syntheticTable(1400, false, 12);
        model::TrainingConfig training = model::TrainingConfig::recommended(true, 200);
        training.targetEpsilon = 1.0;
        training.delta = 1e-3;
        const auto m =
            measure(table, 200, model::ModelSpec::parse(QStringLiteral("mlp:256,256")).value(), training);
        QVERIFY(m.run.targetTraining.epsilon <= 1.0 + 1e-6);
        for (const char* name : {"csmia", "mia-based", "marginal-prior", "black-box"}) {
            const auto& a = m.of(name);
            qInfo().noquote() << describe(a);
            QVERIFY2(a.individualLeakage.ci95 && a.individualLeakage.ci95->low <= 0.0,
                     qPrintable(describe(a)));
        }
    }
};

QTEST_GUILESS_MAIN(TestAttribute)
#include "tst_attribute.moc"
