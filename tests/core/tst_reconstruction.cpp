#include "assess/Assessment.h"
#include "assess/Review.h"
#include "attack/inversion/InformedReconstruction.h"
#include "attack/inversion/ReconstructionRunSummary.h"
#include "CensusLike.h"
#include "data/CsvImporter.h"
#include "data/DataSplit.h"
#include "data/DemoData.h"
#include "data/TableEncoder.h"
#include "jobs/JobExecutor.h"
#include "jobs/JobSpec.h"
#include "model/Classifier.h"
#include "project/ProjectStore.h"
#include "report/ReportContent.h"

#include <Eigen/LU>
#include <Eigen/QR>
#include <QtTest>
#include <random>

using namespace privaudit;
using attack::InformedReconstruction;

namespace {

struct Toy
{
    Eigen::MatrixXd x;
    std::vector<std::int64_t> y;
};

Toy toy(int rows, int width, int classes, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    Toy t;
    t.x.resize(rows, width);
    Eigen::MatrixXd truth(classes, width);
    for (Eigen::Index i = 0; i < truth.size(); ++i)
        truth.data()[i] = normal(rng);
    for (int i = 0; i < rows; ++i) {
        for (int j = 0; j < width; ++j)
            t.x(i, j) = normal(rng);
        Eigen::VectorXd logits = truth * t.x.row(i).transpose();
        for (int k = 0; k < classes; ++k)
            logits(k) += 1.5 * normal(rng); // label noise: the classes overlap
        Eigen::Index best = 0;
        logits.maxCoeff(&best);
        t.y.push_back(best);
    }
    return t;
}

/// A second, independent minimiser: plain gradient descent on the same objective, written out here.
Eigen::MatrixXd gradientDescent(const Toy& t, int classes, double l2, int steps)
{
    const Eigen::Index n = t.x.rows(), d = t.x.cols();
    Eigen::MatrixXd theta = Eigen::MatrixXd::Zero(classes, d + 1);
    for (int s = 0; s < steps; ++s) {
        Eigen::MatrixXd g = l2 * theta;
        for (Eigen::Index i = 0; i < n; ++i) {
            Eigen::VectorXd z(d + 1);
            z << t.x.row(i).transpose(), 1.0;
            Eigen::VectorXd p = theta * z;
            p = (p.array() - p.maxCoeff()).exp();
            p /= p.sum();
            p(t.y[std::size_t(i)]) -= 1.0;
            g += p * z.transpose() / double(n);
        }
        theta -= 0.5 * g;
    }
    return theta;
}

attack::ReconstructionResult runOnPatients(bool dp, int targets,
                                           const QString& model = QStringLiteral("logreg"))
{
    const data::DataTable table = data::DemoData::patients(1600, 11);
    const auto split = data::DataSplit::make(table, {800, 400, 4}).value();
    const auto encoder = data::TableEncoder::fitForTraining(table, split, dp).value();
    model::TrainingConfig training = model::TrainingConfig::recommended(dp, 200);
    training.seed = 7;
    if (dp) training.targetEpsilon = 1.0;
    attack::ReconstructionConfig config;
    config.targets = targets;
    config.knownRows = 199;
    config.bootstrap = 500;
    config.seed = 3;
    config.model = model::ModelSpec::parse(model).value();
    std::vector<std::int64_t> population = split.population;
    if (population.empty()) population = split.nonMembers;
    auto result = InformedReconstruction::run(table, encoder, split.members, population, training, config,
                                              compute::ComputeSettings::recommended(1, false));
    if (!result) qFatal("%s", qPrintable(result.error()));
    return *result;
}

QByteArray reconstructionSpec(bool dp)
{
    return QByteArray(R"({"schema_version": 1, "kind": "reconstruction", "seed": 2,
        "dataset": {"source": "demo", "member_rows": 300},
        "target": {"kind": "train", "model": "logreg")") +
           (dp ? R"(, "dp": {"target_epsilon": 1}, "learning_rate": 0.01, "epochs": 30, "batch_size": 64)"
               : "") +
           R"(}, "reconstruction": {"targets": 6, "known_rows": 120, "bootstrap": 200}})";
}

QByteArray membershipSpec()
{
    return R"({"schema_version": 1, "seed": 2, "dataset": {"source": "demo", "member_rows": 300},
        "target": {"kind": "train", "model": "logreg"}, "attacks": {"names": ["loss"]}})";
}

} // namespace

class TestReconstruction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactFitIsTheMinimiser()
    {
        const Toy t = toy(120, 4, 3, 1);
        const double l2 = 0.05;
        const Eigen::MatrixXd newton = InformedReconstruction::fitExact(t.x, t.y, 3, l2);
        QVERIFY(InformedReconstruction::gradient(newton, t.x, t.y, l2).cwiseAbs().maxCoeff() < 1e-12);
        // Census-like rows (a mostly-zero, heavy-tailed capital-gain, many-level categories, as Adult)
        // still converge: near the optimum the objective's decrease is below double precision, the
        // gradient's is not.
        const data::DataTable census = testing::censusLikeTable(2000, 5);
        const auto split = data::DataSplit::make(census, {600, 300, 4}).value();
        const auto encoder = data::TableEncoder::fitForTraining(census, split, false).value();
        const std::vector<std::int64_t> rows(split.members.begin(), split.members.begin() + 200);
        const data::EncodedRows encoded = encoder.encode(census, rows);
        const Eigen::MatrixXd cx = encoded.features.cast<double>();
        const Eigen::MatrixXd hard =
            InformedReconstruction::fitExact(cx, encoded.labels, encoder.classCount(), 1e-3);
        const double stationarity =
            InformedReconstruction::gradient(hard, cx, encoded.labels, 1e-3).cwiseAbs().maxCoeff();
        QVERIFY2(stationarity < 1e-11, qPrintable(QString::number(stationarity)));
        const Eigen::MatrixXd descent = gradientDescent(t, 3, l2, 4000);
        QVERIFY2((newton - descent).cwiseAbs().maxCoeff() < 1e-6,
                 qPrintable(QString::number((newton - descent).cwiseAbs().maxCoeff())));
    }

    void newtonReachesTheMinimiserOnAdult()
    {
        // Adult's many one-hot levels and heavy tails stalled the line search at a gradient of 2.5e-10
        // (the objective's decrease fell below double precision): full steps that shrink the gradient fix it.
        const QString path = QStringLiteral(PRIVAUDIT_SHARED_DIR "/datasets/adult.csv");
        if (!QFile::exists(path))
            QSKIP("../shared/datasets/adult.csv is not present (a fresh clone has no shared folder); the "
                  "census-like table above covers the same character");
        data::DataTable table = data::CsvImporter::importFile(path).value();
        table.setRole(QStringLiteral("income-per-year"), data::ColumnRole::Label);
        const auto split = data::DataSplit::make(table, {}).value();
        const auto encoder = data::TableEncoder::fitForTraining(table, split, false).value();
        const auto run = InformedReconstruction::run(table, encoder, split.members, split.population, {}, {},
                                                     compute::ComputeSettings::recommended(1, false));
        QVERIFY2(run, qPrintable(run.error()));
        QVERIFY2(run->worstStationarity < 1e-11, qPrintable(QString::number(run->worstStationarity)));
        QCOMPARE(run->exactRows, 20);
    }

    void closedFormRecoversTheMissingRow()
    {
        for (const int classes : {2, 4}) {
            const Toy t = toy(81, 6, classes, 2 + classes);
            const double l2 = 1e-3;
            const Eigen::MatrixXd theta = InformedReconstruction::fitExact(t.x, t.y, classes, l2);
            const Eigen::MatrixXd known = t.x.topRows(80);
            const std::vector<std::int64_t> labels(t.y.begin(), t.y.begin() + 80);
            const auto [x, label] = InformedReconstruction::reconstruct(theta, known, labels, l2);
            QCOMPARE(label, t.y[80]);
            const double error = (x - t.x.row(80).transpose()).cwiseAbs().maxCoeff();
            QVERIFY2(error < 1e-8, qPrintable(QString::number(error)));
            // The adversary who knows one row fewer (a wrong D-) recovers nothing of the kind.
            const auto [wrong, wrongLabel] = InformedReconstruction::reconstruct(
                theta, known.topRows(79), std::vector<std::int64_t>(labels.begin(), labels.begin() + 79), l2);
            Q_UNUSED(wrongLabel);
            QVERIFY((wrong - t.x.row(80).transpose()).cwiseAbs().maxCoeff() > 1e-3);
        }
    }

    void withoutDpEveryRowIsRecoveredWithDpNone()
    {
        const attack::ReconstructionResult exact = runOnPatients(false, 12);
        qInfo("exact: mse %.3g hit %.3f baseline %.3f labels %.2f stationarity %.2g", exact.squaredError.mean,
              exact.hitRate.mean, exact.baselineHitRate.mean, exact.labelRecovery, exact.worstStationarity);
        QVERIFY2(exact.squaredError.mean < 1e-8, qPrintable(QString::number(exact.squaredError.mean)));
        QCOMPARE(exact.exactRows, 12);
        QCOMPARE(exact.labelRecovery, 1.0);
        QVERIFY(exact.advantage.low > 0.2); // far above what the class-conditional baseline gets
        QVERIFY(exact.worstStationarity < 1e-11);

        const attack::ReconstructionResult dp = runOnPatients(true, 8);
        qInfo("dp: baseline mse %.3g", dp.baselineSquaredError.mean);
        qInfo("dp: eps %.3f mse %.3g hit %.3f baseline %.3f advantage [%.3f, %.3f] labels %.2f", dp.epsilon,
              dp.squaredError.mean, dp.hitRate.mean, dp.baselineHitRate.mean, dp.advantage.low,
              dp.advantage.high, dp.labelRecovery);
        QVERIFY(dp.epsilon <= 1.0 + 1e-9 && dp.epsilon > 0.5);
        // As far off as the guess that needs no model, and many orders of magnitude above the exact case.
        QVERIFY2(dp.squaredError.mean > 0.5 * dp.baselineSquaredError.mean,
                 qPrintable(
                     QStringLiteral("%1 vs %2").arg(dp.squaredError.mean).arg(dp.baselineSquaredError.mean)));
        QVERIFY(dp.squaredError.mean > 1e6 * exact.squaredError.mean);
        QCOMPARE(dp.exactRows, 0);
        QVERIFY2(dp.advantage.high < 0.1,
                 qPrintable(QString::number(dp.advantage.high))); // not above baseline

        const QJsonObject json = exact.toJson();
        QCOMPARE(json.value(QStringLiteral("targets")).toInt(), 12);
        QCOMPARE(json.value(QStringLiteral("rows")).toArray().size(), 12);
    }

    void aStoredRunIsEvidenceForTheInversionRow()
    {
        QTemporaryDir dir;
        auto store =
            project::ProjectStore::create(dir.filePath(QStringLiteral("p.privaudit")), QStringLiteral("p"));
        QVERIFY(store);
        const compute::ComputeSettings settings = compute::ComputeSettings::recommended(1, false);
        std::atomic<bool> cancel{false};
        const auto spec = jobs::JobSpec::fromJson(reconstructionSpec(false));
        QVERIFY2(spec, qPrintable(spec.error()));
        const auto r = jobs::JobExecutor::run(*spec, *store.value(), settings, cancel);
        QVERIFY2(r.outcome == jobs::JobOutcome::Completed, qPrintable(r.message));
        const auto run = store.value()->run(r.runId);
        QCOMPARE(run->type(), project::RunKind::Reconstruction);
        QCOMPARE(run->name, QStringLiteral("Informed reconstruction (6 rows)"));
        const attack::ReconstructionRunSummary s = attack::ReconstructionRunSummary::fromJson(run->summary);
        QCOMPARE(int(s.result.rows.size()), 6);
        QCOMPARE(s.result.exactRows, 6);
        // The stored scores are the rows' squared errors, under the rows' ids.
        const auto results = store.value()->results(r.runId);
        QCOMPARE(results->size(), std::size_t(1));
        const auto scores = store.value()->scores(results->front().id);
        QCOMPARE(scores->scores.size(), std::size_t(6));
        QCOMPARE(scores->rowIds.front(), s.result.rows.front().row);
        QVERIFY(store.value()->verify().ok);

        // Evidence for the model-inversion row only: every column recovered is far above the baseline, L4.
        assess::Assessment a;
        const assess::ProjectEvidence evidence = a.suggestFromProject(*store.value());
        QCOMPARE(evidence.inversion.size(), std::size_t(1));
        QVERIFY(evidence.membership.empty());
        const assess::MatrixCell* cell =
            a.cell(QStringLiteral("model-inversion"), QStringLiteral("deployment"));
        QCOMPARE(cell->suggestedLikelihood, 4);
        QVERIFY(
            std::any_of(cell->suggestionReasons.begin(), cell->suggestionReasons.end(),
                        [](const StoredText& t) { return t.text().contains(QLatin1String("worst case")); }));
        QCOMPARE(
            a.cell(QStringLiteral("membership-inference"), QStringLiteral("deployment"))->suggestedLikelihood,
            0);

        // No model under review: a comparison in the report. A logistic regression without DP on the same
        // data designated: the run measures its model class and becomes its finding; a DP run does not.
        auto content = report::ReportContent::build(*store.value(), report::ReportOptions{});
        QVERIFY2(content, qPrintable(content.error()));
        QCOMPARE(content->inversions.size(), std::size_t(1));
        QVERIFY(!content->inversions.front().underReview);
        QVERIFY(!content->comparisons.filter(QStringLiteral("informed reconstruction")).isEmpty());
        const QString html = QString::fromUtf8(report::reportHtml(*content));
        for (const QStringList& row : content->inversions.front().rows())
            for (const QString& c : row)
                QVERIFY2(html.contains(QStringLiteral("<td>%1</td>").arg(c.toHtmlEscaped())), qPrintable(c));
        const auto m = jobs::JobExecutor::run(*jobs::JobSpec::fromJson(membershipSpec()), *store.value(),
                                              settings, cancel);
        QVERIFY2(m.outcome == jobs::JobOutcome::Completed, qPrintable(m.message));
        QVERIFY(assess::ModelUnderReview::designate(*store.value(), m.runId).isEmpty());
        const auto dp = jobs::JobExecutor::run(*jobs::JobSpec::fromJson(reconstructionSpec(true)),
                                               *store.value(), settings, cancel);
        QVERIFY2(dp.outcome == jobs::JobOutcome::Completed, qPrintable(dp.message));
        const auto review = assess::ModelUnderReview::load(*store.value());
        QVERIFY(review->runs.contains(r.runId));
        QVERIFY(review->comparisons.contains(dp.runId));
        content = report::ReportContent::build(*store.value(), report::ReportOptions{});
        QCOMPARE(content->inversions.size(), std::size_t(2));
        QVERIFY(!content->findings.filter(QStringLiteral("informed reconstruction")).isEmpty());
        const attack::ReconstructionRunSummary d =
            attack::ReconstructionRunSummary::fromJson(store.value()->run(dp.runId)->summary);
        QVERIFY(d.result.dp && d.result.epsilon <= 1.0 + 1e-9);
        QCOMPARE(d.result.exactRows, 0);
    }

    void denseNetGradientIsTheObjectivesDerivative()
    {
        // An independent check: central differences of the objective, entry by entry.
        const Toy t = toy(40, 5, 3, 17);
        for (const auto activation : {model::Activation::Tanh, model::Activation::Relu}) {
            model::ModelSpec spec;
            spec.hiddenWidths = {6, 4};
            spec.activation = activation;
            attack::DenseNet net = attack::DenseNet::initial(spec, 5, 3, 9);
            std::vector<Eigen::MatrixXd> g;
            net.objective(t.x, t.y, 1e-2, &g);
            double worst = 0.0;
            for (std::size_t l = 0; l < net.layers.size(); ++l)
                for (Eigen::Index i = 0; i < net.layers[l].size(); ++i) {
                    const double keep = net.layers[l].data()[i];
                    net.layers[l].data()[i] = keep + 1e-6;
                    const double up = net.objective(t.x, t.y, 1e-2);
                    net.layers[l].data()[i] = keep - 1e-6;
                    const double down = net.objective(t.x, t.y, 1e-2);
                    net.layers[l].data()[i] = keep;
                    worst = std::max(worst, std::abs((up - down) / 2e-6 - g[l].data()[i]));
                }
            QVERIFY2(worst < 1e-7, qPrintable(QString::number(worst)));
        }
        // One layer is the logistic regression: the same gradient as the closed form's.
        attack::DenseNet linear;
        linear.layers = {InformedReconstruction::fitExact(t.x, t.y, 3, 1e-3) * 0.5};
        std::vector<Eigen::MatrixXd> g;
        linear.objective(t.x, t.y, 1e-3, &g);
        QVERIFY((g.front() - InformedReconstruction::gradient(linear.layers.front(), t.x, t.y, 1e-3))
                    .cwiseAbs()
                    .maxCoeff() < 1e-12);
    }

    void minresSolvesAnIndefiniteSystem()
    {
        // Newton's step near a saddle: a symmetric matrix with eigenvalues of both signs, against a direct
        // solve (conjugate gradients fail on such a matrix).
        std::mt19937_64 rng(12);
        std::normal_distribution<double> normal;
        Eigen::MatrixXd q(40, 40);
        for (Eigen::Index i = 0; i < q.size(); ++i)
            q.data()[i] = normal(rng);
        const Eigen::MatrixXd basis = Eigen::HouseholderQR<Eigen::MatrixXd>(q).householderQ();
        Eigen::VectorXd eigen(40);
        for (int i = 0; i < 40; ++i)
            eigen(i) = (i % 3 == 0 ? -1.0 : 1.0) * (0.01 + 0.25 * i);
        const Eigen::MatrixXd a = basis * eigen.asDiagonal() * basis.transpose();
        Eigen::VectorXd b(40);
        for (int i = 0; i < 40; ++i)
            b(i) = normal(rng);
        const Eigen::VectorXd direct = a.fullPivLu().solve(b);
        const Eigen::VectorXd x =
            attack::minres([&](const Eigen::VectorXd& v) { return Eigen::VectorXd(a * v); }, b, 1e-12, 200);
        QVERIFY2((x - direct).norm() < 1e-8 * direct.norm(),
                 qPrintable(QString::number((x - direct).norm())));
        QVERIFY((a * x - b).norm() < 1e-10);
    }

    void denseNetReadsTheTrainedModelsLayers()
    {
        // The adversary's arithmetic on a DP-SGD model must be that model: the same probabilities.
        const Toy t = toy(64, 7, 3, 5);
        const auto spec = model::ModelSpec::parse(QStringLiteral("mlp:8,5:tanh")).value();
        auto classifier =
            model::Classifier::create(spec, 7, 3, 4, compute::ComputeSettings::recommended(1, false).device);
        QVERIFY2(classifier, qPrintable(classifier.error()));
        model::TrainingConfig recipe;
        recipe.epochs = 3;
        recipe.batchSize = 16;
        const data::FeatureMatrix features = t.x.cast<float>();
        QVERIFY(classifier.value().train(features, t.y, recipe));
        attack::DenseNet net;
        net.activation = spec.activation;
        net.layers = classifier.value().layerParameters();
        QCOMPARE(int(net.layers.size()), 3);
        QCOMPARE(net.parameterCount(), Eigen::Index(8 * 8 + 5 * 9 + 3 * 6));
        const Eigen::MatrixXd logits = net.logits(t.x);
        Eigen::VectorXd p;
        (void)classifier.value().logProbabilityGradient(t.x, 1, &p); // only the probabilities
        double worst = 0.0;
        for (Eigen::Index i = 0; i < logits.rows(); ++i) {
            const Eigen::ArrayXd e = (logits.row(i).array() - logits.row(i).maxCoeff()).exp();
            worst = std::max(worst, std::abs(e(1) / e.sum() - p(i)));
        }
        QVERIFY2(worst < 1e-5, qPrintable(QString::number(worst))); // the torch model computes in float
    }

    void anMlpGivesItsRowsAwayWithoutDpAndNotWithDp()
    {
        // A stationary point of a tanh MLP: every layer of the target's gradient is known to the
        // adversary, and the first layer's is delta (x, 1)^T.
        const attack::ReconstructionResult exact = runOnPatients(false, 8, QStringLiteral("mlp:12:tanh"));
        qInfo("mlp exact: mse %.3g hit %.3f baseline %.3f labels %.2f stationarity %.2g params %lld",
              exact.squaredError.mean, exact.hitRate.mean, exact.baselineHitRate.mean, exact.labelRecovery,
              exact.worstStationarity, static_cast<long long>(exact.parameters));
        QCOMPARE(exact.model, QStringLiteral("mlp:12:tanh"));
        QVERIFY(exact.worstStationarity < 1e-9);
        QVERIFY2(exact.squaredError.mean < 1e-8, qPrintable(QString::number(exact.squaredError.mean)));
        QCOMPARE(exact.exactRows, 8);
        QCOMPARE(exact.labelRecovery, 1.0);
        QVERIFY(exact.advantage.low > 0.2);

        const attack::ReconstructionResult dp = runOnPatients(true, 8, QStringLiteral("mlp:12:tanh"));
        qInfo("mlp dp: eps %.3f mse %.3g (baseline %.3g) advantage [%.3f, %.3f] accuracy %.3f", dp.epsilon,
              dp.squaredError.mean, dp.baselineSquaredError.mean, dp.advantage.low, dp.advantage.high,
              dp.meanTrainAccuracy);
        QVERIFY(dp.epsilon <= 1.0 + 1e-9 && dp.epsilon > 0.5);
        QVERIFY(dp.squaredError.mean > 0.5 * dp.baselineSquaredError.mean);
        QCOMPARE(dp.exactRows, 0);
        QVERIFY2(dp.advantage.high < 0.1, qPrintable(QString::number(dp.advantage.high)));
        const attack::ReconstructionRunSummary stored = attack::ReconstructionRunSummary::fromJson(
            QJsonObject{{QStringLiteral("reconstruction"), exact.toJson()}});
        QCOMPARE(stored.result.model, QStringLiteral("mlp:12:tanh"));
        QCOMPARE(stored.result.parameters, exact.parameters);
        QVERIFY(!attack::reconstructionFindings(stored)
                     .filter(QStringLiteral("MLP (hidden layers 12, tanh)"))
                     .isEmpty());
    }

    void impossibleRequestsAreRefused()
    {
        const data::DataTable table = data::DemoData::patients(300, 11);
        const auto split = data::DataSplit::make(table, {100, 100, 4}).value();
        const auto encoder = data::TableEncoder::fitForTraining(table, split, false).value();
        attack::ReconstructionConfig config; // 199 known rows + 20 targets > 100 members
        const auto refused =
            InformedReconstruction::run(table, encoder, split.members, split.nonMembers, {}, config,
                                        compute::ComputeSettings::recommended(1, false));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("219")), qPrintable(refused.error()));
        config.knownRows = 50;
        config.l2 = 0.0;
        QVERIFY(!InformedReconstruction::run(table, encoder, split.members, split.nonMembers, {}, config,
                                             compute::ComputeSettings::recommended(1, false)));
        // ReLU (minima on kinks) and dropout (a random objective) are refused, naming what works.
        config.l2 = 1e-3;
        for (const QString& spec : {QStringLiteral("mlp:16"), QStringLiteral("mlp:16:tanh:0.1")}) {
            config.model = model::ModelSpec::parse(spec).value();
            const auto refusedModel =
                InformedReconstruction::run(table, encoder, split.members, split.nonMembers, {}, config,
                                            compute::ComputeSettings::recommended(1, false));
            QVERIFY(!refusedModel);
            QVERIFY2(refusedModel.error().contains(spec.endsWith(QLatin1String("0.1"))
                                                       ? QLatin1String("dropout")
                                                       : QLatin1String("tanh")),
                     qPrintable(refusedModel.error()));
        }
        QByteArray relu = reconstructionSpec(false);
        relu.replace(R"("model": "logreg")", R"("model": "mlp:16")");
        const auto spec = jobs::JobSpec::fromJson(relu);
        QVERIFY(!spec);
        QVERIFY2(spec.error().contains(QLatin1String("mlp:16:tanh")), qPrintable(spec.error()));
        QByteArray tanh = reconstructionSpec(false);
        tanh.replace(R"("model": "logreg")", R"("model": "mlp:8:tanh")");
        QVERIFY2(jobs::JobSpec::fromJson(tanh), qPrintable(jobs::JobSpec::fromJson(tanh).error()));
    }
};

QTEST_GUILESS_MAIN(TestReconstruction)
#include "tst_reconstruction.moc"
