// Models and DP-SGD on real LibTorch: the book-keeping clipped gradients against a naive per-example
// loop, DP-SGD without noise against plain SGD, accuracy on Adult, TorchScript round trips and errors.
#include "common/Sanitizers.h"
#include "data/CsvImporter.h"
#include "data/DataSplit.h"
#include "data/DemoData.h"
#include "data/TableEncoder.h"
#include "model/Classifier.h"
#include "model/MlpNetwork.h"
#include "model/PredictionsFile.h"

#include <atomic>
#include <chrono>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <thread>
#include <torch/script.h>

using namespace privaudit;
using namespace privaudit::model;

namespace {

struct Prepared
{
    data::EncodedRows train;
    data::EncodedRows test;
    int classes = 2;
};

std::optional<Prepared> prepareAdult(std::int64_t memberRows)
{
    const QString path = QStringLiteral(PRIVAUDIT_SHARED_DIR "/datasets/adult.csv");
    if (!QFile::exists(path)) return std::nullopt;
    auto table = data::CsvImporter::importFile(path);
    if (!table) return std::nullopt;
    data::DataTable t = std::move(table).value();
    t.setRole(QStringLiteral("income-per-year"), data::ColumnRole::Label);
    auto split = data::DataSplit::make(t, {memberRows, 8000, 11});
    auto enc = data::TableEncoder::fit(t, split->members);
    return Prepared{enc->encode(t, split->members), enc->encode(t, split->nonMembers), enc->classCount()};
}

} // namespace

namespace {

/// A TorchScript module with one weight @p w and forward(self, x) = @p body, saved in @p dir.
QString saveScripted(const QTemporaryDir& dir, const torch::Tensor& w, const char* name,
                     const std::string& body)
{
    torch::jit::Module m("Scripted");
    m.register_parameter("w", w, false);
    const QString path = dir.filePath(QString::fromLatin1(name));
    try {
        m.define("def forward(self, x):\n" + body);
        m.save(path.toStdString());
    } catch (const std::exception& e) {
        qFatal("%s: %s", name, qPrintable(QString::fromUtf8(e.what()).simplified().left(600)));
    }
    return path;
}

} // namespace

class TestModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specParsing()
    {
        QVERIFY(ModelSpec::parse(QStringLiteral("logreg"))->isLogisticRegression());
        QVERIFY(
            !ModelSpec::parse(QStringLiteral("mlp,/0")).hasValue()); // was read as the default MLP (fuzzing)
        QVERIFY(!ModelSpec::parse(QStringLiteral("mlpx")).hasValue());
        const auto mlp = ModelSpec::parse(QStringLiteral("mlp:256,128:tanh:0.1"));
        QVERIFY(mlp.hasValue());
        QCOMPARE(mlp->hiddenWidths, (std::vector<int>{256, 128}));
        QCOMPARE(mlp->toString(), QStringLiteral("mlp:256,128:tanh:0.1"));
        QVERIFY(ModelSpec::parse(QStringLiteral("mlp:abc")).error().contains(QLatin1String("abc")));
        QVERIFY(ModelSpec::parse(QStringLiteral("resnet")).error().contains(QLatin1String("resnet")));
        TrainingConfig c;
        c.learningRate = -1;
        QVERIFY(c.validate().contains(QLatin1String("learning rate")));
        c = {};
        c.dp = true;
        c.maxGradNorm = 0;
        QVERIFY(c.validate().contains(QLatin1String("clipping norm")));
    }

    void defaultRecipeFollowsTheDataSize()
    {
        // README, "Default recipe": the DP learning rate is 0.01 below 2,000 training rows (measured on
        // breast cancer and German credit), 0.003 from there on and when the size is not known.
        QCOMPARE(model::TrainingConfig::recommended(true, 400).learningRate, 0.01);
        QCOMPARE(model::TrainingConfig::recommended(true, model::kSmallDataRows - 1).learningRate, 0.01);
        QCOMPARE(model::TrainingConfig::recommended(true, model::kSmallDataRows).learningRate, 0.003);
        QCOMPARE(model::TrainingConfig::recommended(true).learningRate, 0.003);
        QCOMPARE(model::TrainingConfig::recommended(false, 400).learningRate, 0.001);
        QCOMPARE(model::TrainingConfig::recommended(true, 400).batchSize, 64);
        // The large-data rate on small data is valid but draws a recipe warning; the small-data one none.
        auto large = model::TrainingConfig::recommended(true);
        large.delta = 1e-6;
        const QStringList warned = large.warnings(400);
        QCOMPARE(warned.size(), 1);
        QVERIFY2(warned.front().contains(QLatin1String("0.01")), qPrintable(warned.front()));
        auto small = model::TrainingConfig::recommended(true, 400);
        small.delta = 1e-6;
        QVERIFY2(small.warnings(400).isEmpty(), qPrintable(small.warnings(400).join(QLatin1Char('|'))));
    }

    void clippedGradientsMatchNaiveLoop()
    {
        torch::manual_seed(3);
        ModelSpec spec = *ModelSpec::parse(QStringLiteral("mlp:16,8"));
        MlpNetwork net(spec, 5, 3, 42);
        const auto x = torch::randn({12, 5});
        const auto y = torch::randint(0, 3, {12}, torch::kInt64);
        const double clip = 0.5; // small enough that most examples are clipped
        torch::Tensor norms;
        const auto fast = net.clippedGradientSum(x, y, clip, &norms);

        const auto params = net.parameters();
        std::vector<torch::Tensor> naive;
        for (const auto& p : params)
            naive.push_back(torch::zeros_like(p));
        int clipped = 0;
        for (int i = 0; i < 12; ++i) {
            const auto logits = net.forward(x.slice(0, i, i + 1), false);
            const auto loss = torch::nn::functional::cross_entropy(logits, y.slice(0, i, i + 1));
            const auto g = torch::autograd::grad({loss}, params);
            double sq = 0.0;
            for (const auto& t : g)
                sq += t.square().sum().item<double>();
            const double norm = std::sqrt(sq);
            QCOMPARE_LE(std::fabs(norm - norms[i].item<double>()), 1e-5 * std::max(1.0, norm));
            const double factor = std::min(1.0, clip / (norm + 1e-6));
            clipped += factor < 1.0 ? 1 : 0;
            for (std::size_t k = 0; k < g.size(); ++k)
                naive[k] += g[k] * factor;
        }
        QVERIFY(clipped > 0);
        for (std::size_t k = 0; k < params.size(); ++k)
            QVERIFY2(torch::allclose(fast[k], naive[k], 1e-5, 1e-5),
                     qPrintable(QStringLiteral("parameter %1").arg(k)));
    }

    void dpStepWithoutNoiseEqualsPlainStep()
    {
        // With noise 0 and a clipping norm above every gradient, one DP-SGD step (sum / expected batch
        // size) equals the plain SGD step on the same batch with the same normalisation.
        ModelSpec spec = *ModelSpec::parse(QStringLiteral("mlp:8"));
        MlpNetwork dpNet(spec, 4, 2, 7);
        MlpNetwork plainNet(spec, 4, 2, 7);
        const auto x = torch::randn({10, 4});
        const auto y = torch::randint(0, 2, {10}, torch::kInt64);
        const double expectedBatch = 16.0;
        const auto sums = dpNet.clippedGradientSum(x, y, 1e6);
        const auto dpParams = dpNet.parameters();
        const auto plainParams = plainNet.parameters();
        torch::optim::SGD dpOpt(dpParams, 0.1), plainOpt(plainParams, 0.1);
        for (std::size_t k = 0; k < dpParams.size(); ++k)
            dpParams[k].mutable_grad() = sums[k] / expectedBatch;
        dpOpt.step();
        const auto loss = torch::nn::functional::cross_entropy(
            plainNet.forward(x, false), y,
            torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum));
        (loss / expectedBatch).backward();
        plainOpt.step();
        for (std::size_t k = 0; k < dpParams.size(); ++k)
            QVERIFY(torch::allclose(dpParams[k], plainParams[k], 1e-6, 1e-6));
    }

    void trainingIsDeterministic()
    {
        const data::DataTable demo = data::DemoData::patients(3000, 3);
        auto split = data::DataSplit::make(demo, {1000, 500, 5});
        auto enc = data::TableEncoder::fit(demo, split->members);
        const auto train = enc->encode(demo, split->members);
        TrainingConfig config;
        config.epochs = 2;
        config.dp = true;
        config.noiseMultiplier = 1.0;
        config.seed = 9;
        auto a = Classifier::create(*ModelSpec::parse(QStringLiteral("mlp:32")), enc->inputWidth(), 2, 9);
        auto b = Classifier::create(*ModelSpec::parse(QStringLiteral("mlp:32")), enc->inputWidth(), 2, 9);
        QVERIFY(a.value().train(train.features, train.labels, config).hasValue());
        QVERIFY(b.value().train(train.features, train.labels, config).hasValue());
        QCOMPARE(a->evaluate(train.features, train.labels).logits,
                 b->evaluate(train.features, train.labels).logits);

        // An epsilon budget stops training before the epoch that would exceed it.
        config.epochs = 50;
        config.noiseMultiplier = 3.0;
        config.epsilonBudget = 1.0;
        auto c = Classifier::create(*ModelSpec::parse(QStringLiteral("logreg")), enc->inputWidth(), 2, 9);
        const auto r = c.value().train(train.features, train.labels, config);
        QVERIFY(r.hasValue());
        QVERIFY(r->stoppedAtBudget);
        QVERIFY(r->epsilon <= 1.0);
        QVERIFY(r->epochs.size() < 50u && !r->epochs.empty());
    }

    void adultAccuracy()
    {
        const auto data = prepareAdult(16000);
        if (!data) QSKIP("../shared/datasets/adult.csv is not present (a fresh clone has no shared folder)");
        const auto spec = *ModelSpec::parse(QStringLiteral("mlp:256,256"));
        auto plain = Classifier::create(spec, int(data->train.features.cols()), data->classes, 1);
        TrainingConfig config;
        config.epochs = 8;
        config.learningRate = 1e-3;
        auto trained = plain.value().train(data->train.features, data->train.labels, config);
        QVERIFY2(trained.hasValue(), qPrintable(trained.error()));
        const double plainAccuracy = plain->evaluate(data->test.features, data->test.labels).accuracy;
        qInfo("non-private MLP: test accuracy %.4f in %.1f s", plainAccuracy, trained->seconds);
        QVERIFY(plainAccuracy >= 0.84);

        auto dpModel = Classifier::create(spec, int(data->train.features.cols()), data->classes, 1);
        TrainingConfig dpConfig;
        dpConfig.dp = true;
        dpConfig.targetEpsilon = 1.0;
        dpConfig.delta = 1e-5;
        dpConfig.maxGradNorm = 1.0;
        dpConfig.epochs = 8;
        dpConfig.batchSize = 512;
        dpConfig.learningRate = 2e-3;
        auto dpTrained = dpModel.value().train(data->train.features, data->train.labels, dpConfig);
        QVERIFY2(dpTrained.hasValue(), qPrintable(dpTrained.error()));
        const double dpAccuracy = dpModel->evaluate(data->test.features, data->test.labels).accuracy;
        qInfo("DP-SGD MLP: epsilon %.3f (sigma %.3f), test accuracy %.4f in %.1f s", dpTrained->epsilon,
              dpTrained->noiseMultiplier, dpAccuracy, dpTrained->seconds);
        QVERIFY(dpTrained->epsilon <= 1.0);
        QVERIFY(dpAccuracy >= 0.78);
    }

    void torchScriptRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.pt"));
        auto model = Classifier::create(*ModelSpec::parse(QStringLiteral("mlp:16,8")), 6, 3, 5);
        QVERIFY(model.value().saveTorchScript(path).isEmpty());
        data::FeatureMatrix x = data::FeatureMatrix::Random(20, 6);
        const std::vector<std::int64_t> y(20, 1);
        auto external = ExternalModel::load(path, 6, 3);
        QVERIFY2(external.hasValue(), qPrintable(external.error()));
        QVERIFY(external->sha256().size() == 64);
        QVERIFY(external->evaluate(x, y).logits.isApprox(model->evaluate(x, y).logits, 1e-6f));
        // Wrong width and wrong class count are clear errors, not crashes.
        QVERIFY(ExternalModel::load(path, 7, 3).error().contains(QLatin1String("width 7")));
        QVERIFY(ExternalModel::load(path, 6, 2).error().contains(QLatin1String("logits")));
    }

    void probabilityOutputsAreDetected()
    {
        // A TorchScript model whose forward ends in softmax: read as log-probabilities, and said so.
        QTemporaryDir dir;
        torch::manual_seed(3);
        const torch::Tensor w = torch::randn({6, 3}) * 4.0;
        auto save = [&](const char* name, const std::string& body) {
            torch::jit::Module m("Scripted");
            m.register_parameter("w", w, false);
            m.define("def forward(self, x):\n    return " + body + "\n");
            const QString path = dir.filePath(QString::fromLatin1(name));
            m.save(path.toStdString());
            return path;
        };
        const QString probs = save("probs.pt", "torch.softmax(torch.matmul(x, self.w), 1)");
        const QString logits = save("logits.pt", "torch.matmul(x, self.w)");
        data::FeatureMatrix x = data::FeatureMatrix::Random(50, 6);
        const std::vector<std::int64_t> y(50, 0);
        auto p = ExternalModel::load(probs, 6, 3);
        auto l = ExternalModel::load(logits, 6, 3);
        QVERIFY2(p.hasValue() && l.hasValue(), qPrintable(p.error() + l.error()));
        QCOMPARE(p->outputKind(), ExternalModel::OutputKind::Undecided);
        const auto fromProbs = p->evaluate(x, y);
        const auto fromLogits = l->evaluate(x, y);
        QCOMPARE(p->outputKind(), ExternalModel::OutputKind::Probabilities);
        QCOMPARE(l->outputKind(), ExternalModel::OutputKind::Logits);
        QVERIFY(!p->outputNote().isEmpty() && l->outputNote().isEmpty());
        // log softmax(z) is z up to a per-row constant: the same softmax, the same scores.
        for (Eigen::Index r = 0; r < 50; ++r) {
            const Eigen::VectorXf a =
                fromProbs.logits.row(r).transpose().array() - fromProbs.logits.row(r).maxCoeff();
            const Eigen::VectorXf b =
                fromLogits.logits.row(r).transpose().array() - fromLogits.logits.row(r).maxCoeff();
            for (Eigen::Index c = 0; c < 3; ++c)
                if (b(c) > -15.0f) // below, float32 probabilities have lost the digits
                    QVERIFY2(
                        std::fabs(a(c) - b(c)) < 1e-3f * std::max(1.0f, std::fabs(b(c))),
                        qPrintable(
                            QStringLiteral("row %1 class %2: %3 vs %4").arg(r).arg(c).arg(a(c)).arg(b(c))));
        }
        QVERIFY(p->outputJson().value(QStringLiteral("rows")).toInteger() == 50);
        // A model saved by PrivAudit carries its encoder.
        auto trained = Classifier::create(*ModelSpec::parse(QStringLiteral("logreg")), 6, 3, 5);
        trained.value().attachEncoder(
            QJsonObject{{QStringLiteral("format"), QStringLiteral("privaudit-encoder")}});
        const QString withEncoder = dir.filePath(QStringLiteral("with-encoder.pt"));
        QVERIFY(trained->saveTorchScript(withEncoder).isEmpty());
        auto opened = ExternalModel::open(withEncoder);
        QVERIFY(opened.hasValue());
        QVERIFY(opened->encoderJson().has_value());
        QCOMPARE(opened->encoderJson()->value(QStringLiteral("format")).toString(),
                 QStringLiteral("privaudit-encoder"));
        QVERIFY(!ExternalModel::open(logits)->encoderJson().has_value());
    }

    void misbehavingModelsGiveClearErrors()
    {
        // Models that pass the load-time check (2 rows) and misbehave on larger batches.
        QTemporaryDir dir;
        torch::manual_seed(4);
        const torch::Tensor w = torch::randn({6, 3});
        auto save = [&](const char* name, const std::string& body) {
            return saveScripted(dir, w, name, body);
        };
        const std::vector<std::pair<QString, const char*>> cases = {
            {save("column.pt", "    z = torch.matmul(x, self.w)\n    if x.size(0) > 10:\n        return z[:, "
                               "0:1]\n    return z\n"),
             "shape"},
            {save("nan.pt", "    z = torch.matmul(x, self.w)\n    if x.size(0) > 10:\n        return z * "
                            "float('nan')\n    return z\n"),
             "NaN"},
            {save("raise.pt", "    assert x.size(0) <= 10, 'no'\n    return torch.matmul(x, self.w)\n"),
             "failed"},
            {save("sigmoid.pt", "    return torch.sigmoid(torch.matmul(x, self.w))\n"), "do not sum to 1"},
            {save("int.pt", "    return torch.matmul(x, self.w).long()\n"), "floating-point"},
        };
        data::FeatureMatrix x = data::FeatureMatrix::Random(50, 6);
        const std::vector<std::int64_t> y(50, 0);
        for (const auto& [path, expected] : cases) {
            auto model = ExternalModel::load(path, 6, 3);
            QVERIFY2(model.hasValue(), qPrintable(model.error()));
            QString message;
            try {
                (void)model->evaluate(x, y);
            } catch (const std::runtime_error& e) {
                message = QString::fromUtf8(e.what());
            }
            QVERIFY2(message.contains(QLatin1String(expected)),
                     qPrintable(path + QStringLiteral(": ") + message));
        }
        // Probabilities rounded to two decimals are still probabilities (renormalised), not logits.
        auto rounded = ExternalModel::load(
            save("rounded.pt",
                 "    return torch.round(torch.softmax(torch.matmul(x, self.w), 1) * 100.0) / 100.0\n"),
            6, 3);
        QVERIFY(rounded.hasValue());
        (void)rounded->evaluate(x, y);
        QCOMPARE(rounded->outputKind(), ExternalModel::OutputKind::Probabilities);
    }

    void hostileModelsAreContained()
    {
        // TorchScript is code: each model below does what an audited party might try. They run in the
        // sandboxed host process; a time limit of 3 s keeps the test short.
#if defined(PRIVAUDIT_ASAN)
        const int limitS = 20; // an instrumented host loads LibTorch slowly
#else
        const int limitS = 3;
#endif
        qputenv("PRIVAUDIT_MODEL_TIMEOUT_S", QByteArray::number(limitS));
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim.txt"));
        {
            QFile f(victim);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("the original text\n");
        }
        torch::manual_seed(5);
        const torch::Tensor w = torch::randn({6, 3});
        auto save = [&](const char* name, const std::string& body) {
            return saveScripted(dir, w, name, body);
        };
        auto failure = [](const ExternalModel& model, const data::FeatureMatrix& x) {
            try {
                (void)model.evaluate(x, std::vector<std::int64_t>(std::size_t(x.rows()), 0));
            } catch (const std::runtime_error& e) {
                return QString::fromUtf8(e.what());
            }
            return QString();
        };
        const data::FeatureMatrix x = data::FeatureMatrix::Random(50, 6);

        // Overwrites a file through torch.from_file(shared=True): refused before it runs, file intact.
        const std::string writer =
            "    t = torch.from_file('" + victim.toStdString() +
            "', True, 8, dtype=0)\n    t.copy_(torch.zeros(8, dtype=0))\n"
            "    return torch.matmul(x, self.w) + t.float().sum() * 0.0\n"; // used, or the compiler drops it
        const auto refused = ExternalModel::load(save("writer.pt", writer), 6, 3);
        QVERIFY(!refused.hasValue());
        QVERIFY2(refused.error().contains(QLatin1String("aten::from_file")), qPrintable(refused.error()));
        QFile check(victim);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("the original text\n"));

        // Prints (a forged JSON result, say): runs, the text is captured and counted, never on our output.
        auto printer = ExternalModel::load(
            save("printer.pt", "    print('[{\"auc\": 0.5}]')\n    return torch.matmul(x, self.w)\n"), 6, 3);
        QVERIFY2(printer.hasValue(), qPrintable(printer.error()));
        QVERIFY(failure(*printer, x).isEmpty());
        const QJsonObject sandbox = printer->sandboxJson();
        QCOMPARE(sandbox.value(QStringLiteral("isolation")).toString(), QStringLiteral("process"));
        QVERIFY2(sandbox.value(QStringLiteral("seccomp")).toBool(),
                 qPrintable(QString::fromUtf8(QJsonDocument(sandbox).toJson())));
        QVERIFY(sandbox.value(QStringLiteral("printing_operators"))
                    .toArray()
                    .contains(QStringLiteral("prim::Print")));
        QVERIFY(ExternalModel::sandboxNote(sandbox).contains(QLatin1String("sandboxed process")));

        // A forward that never returns on real batches: stopped at the time limit, a clear error.
        auto looping =
            ExternalModel::load(save("loop.pt", "    y = torch.matmul(x, self.w)\n    while x.size(0) > "
                                                "10:\n        y = y + 1.0\n    return y\n"),
                                6, 3);
        QVERIFY2(looping.hasValue(), qPrintable(looping.error()));
        QElapsedTimer timer;
        timer.start();
        const QString timeout = failure(*looping, x);
        QVERIFY2(timeout.contains(QStringLiteral("did not answer within %1 s").arg(limitS)),
                 qPrintable(timeout));
        QCOMPARE_LT(timer.elapsed(), limitS * 1000 + 17000);

        // The same model, cancelled after half a second: stopped at once.
        auto cancelled = ExternalModel::load(dir.filePath(QStringLiteral("loop.pt")), 6, 3);
        QVERIFY(cancelled.hasValue());
        std::atomic<bool> cancel{false};
        cancelled.value().setCancelFlag(&cancel);
        std::thread canceller([&cancel]() {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            cancel.store(true);
        });
        timer.restart();
        const QString stopped = failure(*cancelled, x);
        canceller.join();
        QVERIFY2(stopped.contains(QLatin1String("Cancelled")), qPrintable(stopped));
        QCOMPARE_LT(timer.elapsed(), 2500);

        // Asks for 16 GB on real batches: the sandbox's memory limit turns it into the model's error.
        // (AddressSanitizer builds have no address-space limit: Sandbox.cpp.)
#if !defined(PRIVAUDIT_ASAN)
        auto hog = ExternalModel::load(
            save("hog.pt", "    if x.size(0) > 10:\n        return torch.zeros([4000000000, 1]).sum() + "
                           "torch.matmul(x, self.w)\n    return torch.matmul(x, self.w)\n"),
            6, 3);
        QVERIFY2(hog.hasValue(), qPrintable(hog.error()));
        const QString memory = failure(*hog, x);
        QVERIFY2(memory.contains(QLatin1String("failed on a batch of 50 rows")), qPrintable(memory));
#endif

        // Returns a huge output for one batch: refused without reading it.
        auto flood = ExternalModel::load(
            save("flood.pt", "    if x.size(0) > 10:\n        return torch.zeros([x.size(0), 300000])\n    "
                             "return torch.matmul(x, self.w)\n"),
            6, 3);
        QVERIFY(flood.hasValue());
        const QString flooded = failure(*flood, x);
        QVERIFY2(flooded.contains(QLatin1String("values for 50 rows")) ||
                     flooded.contains(QLatin1String("more data")),
                 qPrintable(flooded));
        qunsetenv("PRIVAUDIT_MODEL_TIMEOUT_S");
    }

    void predictionsFiles()
    {
        QTemporaryDir dir;
        auto write = [&](const char* name, const QByteArray& text) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            f.open(QIODevice::WriteOnly);
            f.write(text);
            return f.fileName();
        };
        const auto probs = PredictionsFile::import(
            write("p.csv", "no,yes,label,member\n0.9,0.1,0,1\n0.2,0.8,yes,0\n0.5,0.5,1,true\n"));
        QVERIFY2(probs.hasValue(), qPrintable(probs.error()));
        QVERIFY(probs->fromProbabilities);
        QCOMPARE(probs->labels, (std::vector<std::int64_t>{0, 1, 1}));
        QCOMPARE(*probs->members, (std::vector<bool>{true, false, true}));
        QCOMPARE_LE(std::fabs(probs->logits(0, 0) - std::log(0.9f)), 1e-6f);
        const auto logits = PredictionsFile::import(write("l.csv", "a,b,c,label\n2.5,-1,0.3,2\n0,0,7,0\n"));
        QVERIFY(logits.hasValue());
        QVERIFY(!logits->fromProbabilities);
        QVERIFY(!logits->members.has_value());
        QCOMPARE(logits->logits(1, 2), 7.0f);
        QVERIFY(PredictionsFile::import(write("n.csv", "a,b,y\n1,2,0\n"))
                    .error()
                    .contains(QLatin1String("'label'")));
        QVERIFY(PredictionsFile::import(write("t.csv", "a,b,label\n1,x,0\n"))
                    .error()
                    .contains(QLatin1String("'b'")));
        QVERIFY(PredictionsFile::import(write("c.csv", "a,b,label\n1,2,5\n"))
                    .error()
                    .contains(QLatin1String("'5'")));
        // Rounded probabilities stay probabilities; [0, 1] rows far from 1 are refused, not read as logits.
        const auto rounded = PredictionsFile::import(
            write("r.csv", "a,b,c,label,member\n0.33,0.33,0.33,0,1\n0.1,0.2,0.7,2,0\n"));
        QVERIFY2(rounded.hasValue(), qPrintable(rounded.error()));
        QVERIFY(rounded->fromProbabilities);
        QCOMPARE_LE(std::fabs(rounded->logits(0, 0) - std::log(1.0f / 3.0f)), 1e-6f);
        QVERIFY(PredictionsFile::import(write("s.csv", "a,b,label\n0.9,0.9,0\n0.2,0.1,1\n"))
                    .error()
                    .contains(QLatin1String("sum to 1")));
        QVERIFY(PredictionsFile::import(write("h.csv", "a,b,label\n1e39,0,0\n"))
                    .error()
                    .contains(QLatin1String("float32")));
        QVERIFY(PredictionsFile::import(write("m.csv", "a,b,label,member\n1,0,0,1\n0,1,1,1\n"))
                    .error()
                    .contains(QLatin1String("both members")));
    }

    void randomBytesAreNotAModel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("random.pt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk(4096, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919 + 13) % 251);
        f.write(junk);
        f.close();
        const auto r = ExternalModel::load(path, 4, 2);
        QVERIFY(!r.hasValue());
        QVERIFY2(r.error().contains(QLatin1String("not a TorchScript model")), qPrintable(r.error()));
        QVERIFY(ExternalModel::load(dir.filePath(QStringLiteral("missing.pt")), 4, 2)
                    .error()
                    .contains(QLatin1String("cannot be read")));
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
