#include "attack/inversion/MiFace.h"
#include "data/DataSplit.h"
#include "data/DemoData.h"
#include "data/TableEncoder.h"

#include <QtTest>
#include <random>

using namespace privaudit;
using attack::MiFace;

namespace {

/// An analytic two-class logistic model over one numeric input and one three-level categorical column
/// (inputs: x, c=a, c=b, c=<unseen>), written out here: p_1 = sigmoid(w . x + b); the gradient is of
/// log p_cls.
struct Logistic
{
    Eigen::VectorXd w{{1.5, -2.0, 3.0, 0.0}};
    double b = -1.0;
    double operator()(const Eigen::VectorXd& x, int cls, Eigen::VectorXd* gradient) const
    {
        const double p1 = 1.0 / (1.0 + std::exp(-(w.dot(x) + b)));
        const double p = cls == 1 ? p1 : 1.0 - p1;
        if (gradient) *gradient = (cls == 1 ? 1.0 - p1 : -p1) * w;
        return p;
    }
};

std::vector<data::InputGroup> toyGroups()
{
    data::InputGroup x;
    x.column = QStringLiteral("x");
    data::InputGroup c;
    c.column = QStringLiteral("c");
    c.numeric = false;
    c.offset = 1;
    c.width = 3;
    c.categories = {QStringLiteral("a"), QStringLiteral("b")};
    return {x, c};
}

} // namespace

class TestMiFace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void descendsToTheClassThroughTheSoftmaxAndTheBox()
    {
        const Logistic model;
        const auto groups = toyGroups();
        const Eigen::VectorXd low{{-2.0, 0.0, 0.0, 0.0}}, high{{1.0, 0.0, 0.0, 0.0}};
        attack::MiFaceConfig config;
        config.confidence = 0.999;
        config.stepSize = 1.0;
        attack::MiFaceRecord record;
        const Eigen::VectorXd x = MiFace::invert(
            [&](const Eigen::VectorXd& v, int cls, Eigen::VectorXd* g) { return model(v, cls, g); }, 1,
            Eigen::VectorXd::Zero(4), groups, low, high, config, &record);
        // Class 1 wants x as large as the box allows and the category with the largest weight ("b").
        QCOMPARE(x(0), 1.0);
        QVERIFY2(x(2) > 0.9, qPrintable(QString::number(x(2))));
        QVERIFY(record.confidence > model(Eigen::VectorXd{{0.0, 1.0 / 3, 1.0 / 3, 1.0 / 3}}, 1, nullptr));
        QVERIFY(std::abs(record.confidence - model(x, 1, nullptr)) < 1e-12); // the best point is returned
        QVERIFY(record.iterations > 0); // p_1 cannot pass 0.97 in this box: it runs until a rule stops it
        // Class 0 the opposite corner and "a"; the stopping rules.
        const Eigen::VectorXd y = MiFace::invert(
            [&](const Eigen::VectorXd& v, int cls, Eigen::VectorXd* g) { return model(v, cls, g); }, 0,
            Eigen::VectorXd::Zero(4), groups, low, high, config, &record);
        QCOMPARE(y(0), -2.0);
        QVERIFY(y(1) > y(2) && y(1) > y(3));
        config.maxIterations = 3;
        config.confidence = 0.999999;
        MiFace::invert(
            [&](const Eigen::VectorXd& v, int cls, Eigen::VectorXd* g) { return model(v, cls, g); }, 1,
            Eigen::VectorXd::Zero(4), groups, low, high, config, &record);
        QCOMPARE(record.stop, QStringLiteral("iterations"));
        QCOMPARE(record.iterations, 3);
        config.maxIterations = 5000;
        config.confidence = 0.3; // reached at the start (p_1 there is 0.38)
        MiFace::invert(
            [&](const Eigen::VectorXd& v, int cls, Eigen::VectorXd* g) { return model(v, cls, g); }, 1,
            Eigen::VectorXd::Zero(4), groups, low, high, config, &record);
        QCOMPARE(record.stop, QStringLiteral("confidence"));
        QCOMPARE(record.iterations, 0);
    }

    void classifierGradientMatchesFiniteDifferences()
    {
        const data::DataTable table = data::DemoData::patients(600, 3);
        const auto split = data::DataSplit::make(table, {300, 150, 2}).value();
        const auto encoder = data::TableEncoder::fitForTraining(table, split, false).value();
        auto model = model::Classifier::create(*model::ModelSpec::parse(QStringLiteral("mlp:16:tanh")),
                                               encoder.inputWidth(), encoder.classCount(), 4)
                         .value();
        const data::EncodedRows rows = encoder.encode(table, split.members);
        model::TrainingConfig training = model::TrainingConfig::recommended(false, 300);
        training.epochs = 3;
        QVERIFY(model.train(rows.features, rows.labels, training));
        const Eigen::MatrixXd x = rows.features.topRows(3).cast<double>();
        Eigen::VectorXd p;
        const Eigen::MatrixXd g = model.logProbabilityGradient(x, 1, &p);
        QCOMPARE(g.rows(), Eigen::Index(3));
        for (int i = 0; i < 3; ++i) {
            const auto probability = [&](const Eigen::MatrixXd& at) {
                const model::Evaluation e =
                    model.evaluate(at.cast<float>(), std::vector<std::int64_t>(std::size_t(at.rows()), 0));
                const Eigen::VectorXf l = e.logits.row(0).transpose();
                const Eigen::ArrayXf s = (l.array() - l.maxCoeff()).exp();
                return double(s(1) / s.sum());
            };
            QVERIFY(std::abs(probability(x.row(i)) - p(i)) < 1e-5);
            for (int j = 0; j < int(x.cols()); j += 3) {
                const double h = 1e-2; // float32 network: a coarse central difference
                Eigen::MatrixXd up = x.row(i), down = x.row(i);
                up(0, j) += h;
                down(0, j) -= h;
                const double numeric = (std::log(probability(up)) - std::log(probability(down))) / (2 * h);
                QVERIFY2(
                    std::abs(numeric - g(i, j)) < 2e-3 + 0.02 * std::abs(g(i, j)),
                    qPrintable(
                        QStringLiteral("row %1 input %2: %3 vs %4").arg(i).arg(j).arg(numeric).arg(g(i, j))));
            }
        }
    }

    void permutationTestAgainstExactEnumeration()
    {
        // Two representatives, one class, three members and three held-out rows: C(6, 3) = 20 ways to
        // reassign the pooled rows. The exact p-value by enumeration against the Monte Carlo one.
        const Eigen::MatrixXd d{{0.1, 0.9, 1.4, 0.6, 2.0, 0.8}, {0.5, 0.2, 1.1, 0.7, 0.9, 1.5}};
        const std::vector<bool> side{true, true, true, false, false, false};
        const std::vector<int> stratum(6, 0), cls{0, 0};
        const auto statistic = [&](const std::vector<bool>& s) {
            double sum = 0;
            for (int r = 0; r < 2; ++r) {
                double in = 1e9, out = 1e9;
                for (int j = 0; j < 6; ++j)
                    (s[std::size_t(j)] ? in : out) = std::min(s[std::size_t(j)] ? in : out, d(r, j));
                sum += std::sqrt(out) - std::sqrt(in);
            }
            return sum / 2;
        };
        const double observed = statistic(side);
        int atLeast = 0, all = 0;
        for (int mask = 0; mask < 64; ++mask) {
            if (__builtin_popcount(unsigned(mask)) != 3) continue;
            std::vector<bool> s(6);
            for (int j = 0; j < 6; ++j)
                s[std::size_t(j)] = (mask >> j) & 1;
            ++all;
            atLeast += statistic(s) >= observed - 1e-12 ? 1 : 0;
        }
        QCOMPARE(all, 20);
        const auto [stat, p] = MiFace::poolPermutationTest(d, side, stratum, cls, 20000, 7);
        QVERIFY(std::abs(stat - observed) < 1e-12);
        const double exact = double(atLeast) / 20.0;
        QVERIFY2(std::abs(p - exact) < 0.02, qPrintable(QStringLiteral("%1 vs %2").arg(p).arg(exact)));
        // Representatives that each sit on a different member: a reassignment keeps all twelve of those
        // rows on the member side with probability about 2^-12, so the p-value is the smallest 999
        // permutations can give. With four such representatives it is about 1/20, as it should be.
        const auto onMembers = [](int representatives) {
            Eigen::MatrixXd m = Eigen::MatrixXd::Constant(representatives, 40, 1.0);
            for (int r = 0; r < representatives; ++r)
                m(r, r) = 0.0;
            std::vector<bool> half(40);
            for (int j = 0; j < 20; ++j)
                half[std::size_t(j)] = true;
            return MiFace::poolPermutationTest(m, half, std::vector<int>(40, 0),
                                               std::vector<int>(std::size_t(representatives), 0), 999, 3)
                .second;
        };
        QVERIFY2(onMembers(12) <= 0.002, qPrintable(QString::number(onMembers(12))));
        QVERIFY2(std::abs(onMembers(4) - 0.05) < 0.03, qPrintable(QString::number(onMembers(4))));
    }

    void dpModelShowsNoDifference()
    {
        for (const bool dp : {false, true}) {
            const data::DataTable table = data::DemoData::patients(2400, 11);
            const auto split = data::DataSplit::make(table, {600, 600, 4}).value();
            const auto encoder = data::TableEncoder::fitForTraining(table, split, dp).value();
            model::TrainingConfig training = model::TrainingConfig::recommended(dp, 600);
            training.seed = 3;
            if (dp) training.targetEpsilon = 1.0;
            attack::MiFaceConfig config;
            config.restarts = 4;
            config.maxIterations = 300;
            config.permutations = 400;
            config.seed = 5;
            const auto run =
                MiFace::run(table, split, encoder, *model::ModelSpec::parse(QStringLiteral("mlp:32")),
                            training, config, compute::ComputeSettings::recommended(1, false));
            QVERIFY2(run, qPrintable(run.error()));
            qInfo("%s: p %.3f gap %.3f closer %.2f prior %.2f member hits %.2f held-out hits %.2f confidence "
                  "%.2f",
                  dp ? "dp" : "plain", run->pValue, run->meanGap, run->closerToMembers, run->priorAgreement,
                  run->memberHitRate, run->nonMemberHitRate, run->meanConfidence);
            QCOMPARE(int(run->records.size()), 4 * encoder.classCount());
            QVERIFY(run->poolRows > 100);
            QVERIFY(run->pValue > 0.0 && run->pValue <= 1.0);
            QVERIFY(!run->torchScript.isEmpty());
            for (const attack::MiFaceRecord& r : run->records)
                QCOMPARE(r.values.size(), int(encoder.inputGroups().size()));
            if (dp) QVERIFY2(run->pValue > 0.05, qPrintable(QString::number(run->pValue)));
            const attack::MiFaceResult back = attack::MiFaceResult::fromJson(run->toJson());
            QCOMPARE(back.records.size(), run->records.size());
            QCOMPARE(back.pValue, run->pValue);
            QCOMPARE(back.records.front().values, run->records.front().values);
        }
    }
};

QTEST_GUILESS_MAIN(TestMiFace)
#include "tst_mi_face.moc"
