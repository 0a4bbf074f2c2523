#include "CommandLine.h"
#include "Commands.h"
#include "data/ColumnPlan.h"
#include "data/CsvImporter.h"
#include "data/DataSplit.h"
#include "data/DemoData.h"
#include "data/TableEncoder.h"
#include "metrics/Utility.h"
#include "model/Classifier.h"

#include <cmath>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace privaudit::cli {

std::optional<data::ColumnPlan> readColumnPlan(const QCommandLineParser& parser)
{
    data::ColumnPlan plan;
    plan.label = parser.value(QStringLiteral("label"));
    for (const QString& option : parser.values(QStringLiteral("column")))
        if (const QString err = plan.addTypeOption(option); !err.isEmpty()) {
            printErr(QStringLiteral("--column: ") + err);
            return std::nullopt;
        }
    for (const QString& option : parser.values(QStringLiteral("role")))
        if (const QString err = plan.addRoleOption(option); !err.isEmpty()) {
            printErr(QStringLiteral("--role: ") + err);
            return std::nullopt;
        }
    bool ok = true;
    const auto ratio = numberOption(parser, QStringLiteral("max-distinct-ratio"), false, &ok);
    const auto classes = integerOption(parser, QStringLiteral("max-label-classes"), false, &ok);
    if (!ok) return std::nullopt;
    if (ratio && (*ratio <= 0.0 || *ratio > 1.0)) {
        printErr(CliText::tr("--max-distinct-ratio must be above 0 and at most 1"));
        return std::nullopt;
    }
    if (classes && *classes < 2) {
        printErr(CliText::tr("--max-label-classes must be at least 2"));
        return std::nullopt;
    }
    plan.maxDistinctRatio = ratio.value_or(plan.maxDistinctRatio);
    plan.maxLabelClasses = int(classes.value_or(plan.maxLabelClasses));
    return plan;
}

std::optional<PreparedData> prepareData(const QCommandLineParser& parser,
                                        std::optional<std::int64_t> memberRows, std::uint64_t seed, bool dp,
                                        const std::optional<data::TableEncoder>& given,
                                        const std::optional<data::DpEstimateOptions>& estimates)
{
    const QString source = parser.value(QStringLiteral("data"));
    const auto plan = readColumnPlan(parser);
    if (!plan) return std::nullopt;
    if (source != QLatin1String("demo") && plan->label.isEmpty()) {
        printErr(CliText::tr("missing required option --label"));
        return std::nullopt;
    }
    auto loaded = plan->load(source);
    if (!loaded) {
        printErr(loaded.error());
        return std::nullopt;
    }
    data::DataTable table = std::move(loaded).value();
    if (table.labelIndex() < 0) {
        printErr(CliText::tr("missing required option --label"));
        return std::nullopt;
    }
    std::optional<data::TableEncoder> declared;
    if (parser.isSet(QStringLiteral("encoder")) && !given) {
        const auto json = readJsonObjectFile(parser.value(QStringLiteral("encoder")));
        if (!json) {
            printErr(QStringLiteral("--encoder: ") + json.error());
            return std::nullopt;
        }
        auto parsed = data::TableEncoder::declared(*json);
        if (!parsed) {
            printErr(QStringLiteral("--encoder: ") + parsed.error());
            return std::nullopt;
        }
        declared = std::move(parsed).value();
    }
    const std::optional<data::TableEncoder>& use = given ? given : declared;
    for (const QString& note : table.notes())
        printErr(CliText::tr("Note: %1").arg(note));
    data::SplitSpec splitSpec;
    splitSpec.memberRows = memberRows.value_or(0);
    splitSpec.seed = seed;
    auto split = data::DataSplit::make(table, splitSpec);
    if (!split) {
        printErr(split.error());
        return std::nullopt;
    }
    if (use) {
        if (const QString problem = use->checkApplies(table); !problem.isEmpty()) {
            printErr((given ? CliText::tr("The model's encoder does not fit this data: %1.")
                            : CliText::tr("The declared encoder does not fit this data: %1."))
                         .arg(problem));
            return std::nullopt;
        }
        return PreparedData{std::move(table), std::move(split).value(), *use};
    }
    auto encoder = data::TableEncoder::fitForTraining(table, *split, dp, estimates);
    if (!encoder) {
        printErr(encoder.error());
        return std::nullopt;
    }
    return PreparedData{std::move(table), std::move(split).value(), std::move(encoder).value()};
}

std::optional<QJsonObject> datasetSpecJson(const QCommandLineParser& parser,
                                           std::optional<std::int64_t> trainRows)
{
    QJsonObject dataset{
        {QStringLiteral("source"), parser.value(QStringLiteral("data")) == QLatin1String("demo")
                                       ? QStringLiteral("demo")
                                       : QFileInfo(parser.value(QStringLiteral("data"))).absoluteFilePath()}};
    if (parser.isSet(QStringLiteral("label")))
        dataset[QStringLiteral("label")] = parser.value(QStringLiteral("label"));
    else if (parser.value(QStringLiteral("data")) == QLatin1String("demo"))
        dataset[QStringLiteral("label")] = QStringLiteral("readmitted");
    const auto plan = readColumnPlan(parser);
    if (!plan) return std::nullopt;
    QJsonObject columns;
    for (auto it = plan->types.begin(); it != plan->types.end(); ++it)
        columns.insert(it.key(), QJsonObject{{QStringLiteral("type"), data::columnTypeName(it.value())}});
    for (auto it = plan->roles.begin(); it != plan->roles.end(); ++it) {
        QJsonObject c = columns.value(it.key()).toObject();
        c[QStringLiteral("role")] = data::columnRoleName(it.value());
        columns.insert(it.key(), c);
    }
    if (!columns.isEmpty()) dataset[QStringLiteral("columns")] = columns;
    if (parser.isSet(QStringLiteral("max-distinct-ratio")))
        dataset[QStringLiteral("max_distinct_ratio")] = plan->maxDistinctRatio;
    if (parser.isSet(QStringLiteral("max-label-classes")))
        dataset[QStringLiteral("max_label_classes")] = plan->maxLabelClasses;
    if (trainRows) dataset[QStringLiteral("member_rows")] = qint64(*trainRows);
    bool ok = true;
    const auto encoderEpsilon = numberOption(parser, QStringLiteral("encoder-epsilon"), false, &ok);
    if (!ok) return std::nullopt; // numberOption named the option and the value
    if (encoderEpsilon) dataset[QStringLiteral("encoder_epsilon")] = *encoderEpsilon;
    if (parser.isSet(QStringLiteral("encoder"))) {
        const auto declared = readJsonObjectFile(parser.value(QStringLiteral("encoder")));
        if (!declared) {
            printErr(QStringLiteral("--encoder: ") + declared.error());
            return std::nullopt;
        }
        dataset[QStringLiteral("encoder")] = *declared;
    }
    return dataset;
}

void addStoredRunOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("project"),
         CliText::tr("Store the run in this .privaudit project (created when missing); without it the run "
                     "uses a temporary project and only its figures are printed."),
         QStringLiteral("file")},
        {QStringLiteral("name"), CliText::tr("The run's name in the project."), QStringLiteral("text")},
    });
}

void addTrainingOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("data"),
         CliText::tr("CSV file, or 'demo' for the built-in synthetic patient records."),
         QStringLiteral("file")},
        {QStringLiteral("label"), CliText::tr("Label column (the demo data has one)."),
         QStringLiteral("column")},
        {QStringLiteral("column"),
         CliText::tr("Declare a column's type: NAME=categorical|numeric|boolean (repeatable)."),
         QStringLiteral("name=type")},
        {QStringLiteral("role"),
         CliText::tr("Declare a column's role: NAME=identifier|ignored|sensitive|feature (repeatable); "
                     "identifier and ignored columns are never model inputs."),
         QStringLiteral("name=role")},
        {QStringLiteral("max-distinct-ratio"),
         CliText::tr("Categorical columns with more distinct values than this share of the rows are left out "
                     "of the inputs unless given a role (default 0.5)."),
         QStringLiteral("r")},
        {QStringLiteral("max-label-classes"),
         CliText::tr(
             "A numeric label with at most this many whole-number values is read as classes (default 50)."),
         QStringLiteral("n")},
        {QStringLiteral("model"),
         CliText::tr("logreg or mlp:WIDTH,WIDTH[:relu|tanh][:dropout] (default mlp:256,256)."),
         QStringLiteral("spec"), QStringLiteral("mlp:256,256")},
        {QStringLiteral("epochs"),
         CliText::tr("Epochs (default %1; with --dp %2).")
             .arg(model::TrainingConfig::recommended(false).epochs)
             .arg(model::TrainingConfig::recommended(true).epochs),
         QStringLiteral("n")},
        {QStringLiteral("batch-size"),
         CliText::tr("Batch size; with DP the expected batch size (default %1; with --dp %2).")
             .arg(model::TrainingConfig::recommended(false).batchSize)
             .arg(model::TrainingConfig::recommended(true).batchSize),
         QStringLiteral("n")},
        {QStringLiteral("lr"),
         CliText::tr("Learning rate (default %1; with --dp %2, and for train with --dp %3 below %4 "
                     "training rows).")
             .arg(model::TrainingConfig::recommended(false).learningRate)
             .arg(model::TrainingConfig::recommended(true).learningRate)
             .arg(model::TrainingConfig::recommended(true, 1).learningRate)
             .arg(model::kSmallDataRows),
         QStringLiteral("x")},
        {QStringLiteral("optimizer"), CliText::tr("sgd or adam (default adam)."), QStringLiteral("name"),
         QStringLiteral("adam")},
        {QStringLiteral("weight-decay"), CliText::tr("L2 weight decay (default 0)."), QStringLiteral("x"),
         QStringLiteral("0")},
        {QStringLiteral("dp"), CliText::tr("Train with DP-SGD.")},
        {QStringLiteral("noise-multiplier"), CliText::tr("DP noise multiplier sigma."),
         QStringLiteral("sigma")},
        {QStringLiteral("target-epsilon"),
         CliText::tr("DP: calibrate sigma for this epsilon before training."), QStringLiteral("epsilon")},
        {QStringLiteral("epsilon-budget"),
         CliText::tr("DP: stop before the epoch that would exceed this epsilon."), QStringLiteral("epsilon")},
        {QStringLiteral("max-grad-norm"), CliText::tr("DP per-example clipping norm C (default 1)."),
         QStringLiteral("c"), QStringLiteral("1")},
        {QStringLiteral("delta"), CliText::tr("DP delta (default 1e-5)."), QStringLiteral("delta"),
         QStringLiteral("1e-5")},
        {QStringLiteral("secure-noise"),
         CliText::tr("DP noise from the operating system's cryptographic source.")},
        {QStringLiteral("train-rows"), CliText::tr("Training (member) rows; default 40% of the rows."),
         QStringLiteral("n")},
        {QStringLiteral("encoder"),
         CliText::tr("Use this declared encoder (encoder.json format: categories, classes, mean and scale "
                     "known to be public) instead of fitting one on the data."),
         QStringLiteral("file")},
        {QStringLiteral("encoder-epsilon"),
         CliText::tr("DP only: estimate the encoder's categories and standardisation from the training rows "
                     "with this epsilon (DP quantiles and category counts), charged to the run's epsilon; "
                     "--target-epsilon and --epsilon-budget are then the total. Default: fit it on the rows "
                     "outside training, which costs none."),
         QStringLiteral("epsilon")},
        {QStringLiteral("seed"),
         CliText::tr("Seed for the split, initialisation, sampling and noise (default 1)."),
         QStringLiteral("n"), QStringLiteral("1")},
    });
}

bool readTrainingOptions(const QCommandLineParser& parser, model::ModelSpec* specOut,
                         model::TrainingConfig* configOut, std::optional<std::int64_t>* trainRowsOut,
                         std::optional<bool> dpRecipe)
{
    bool ok = true;
    const auto epochs = integerOption(parser, QStringLiteral("epochs"), false, &ok);
    const auto batch = integerOption(parser, QStringLiteral("batch-size"), false, &ok);
    const auto lr = numberOption(parser, QStringLiteral("lr"), false, &ok);
    const auto wd = numberOption(parser, QStringLiteral("weight-decay"), false, &ok);
    const auto sigma = numberOption(parser, QStringLiteral("noise-multiplier"), false, &ok);
    const auto target = numberOption(parser, QStringLiteral("target-epsilon"), false, &ok);
    const auto clip = numberOption(parser, QStringLiteral("max-grad-norm"), false, &ok);
    const auto budget = numberOption(parser, QStringLiteral("epsilon-budget"), false, &ok);
    const auto delta = numberOption(parser, QStringLiteral("delta"), false, &ok);
    const auto trainRows = integerOption(parser, QStringLiteral("train-rows"), false, &ok);
    const auto seed = integerOption(parser, QStringLiteral("seed"), false, &ok);
    if (!ok) return false;

    const auto spec = model::ModelSpec::parse(parser.value(QStringLiteral("model")));
    if (!spec) {
        printErr(QStringLiteral("--model: ") + spec.error());
        return false;
    }
    const model::TrainingConfig recommended =
        model::TrainingConfig::recommended(dpRecipe.value_or(parser.isSet(QStringLiteral("dp"))));
    model::TrainingConfig config;
    const QString optimizer = parser.value(QStringLiteral("optimizer")).toLower();
    if (optimizer != QLatin1String("adam") && optimizer != QLatin1String("sgd")) {
        printErr(CliText::tr("--optimizer must be sgd or adam, got '%1'").arg(optimizer));
        return false;
    }
    config.optimizer =
        optimizer == QLatin1String("sgd") ? model::OptimizerKind::Sgd : model::OptimizerKind::Adam;
    config.epochs = static_cast<int>(epochs.value_or(recommended.epochs));
    config.batchSize = static_cast<int>(batch.value_or(recommended.batchSize));
    config.learningRate = lr.value_or(recommended.learningRate);
    config.weightDecay = wd.value_or(0.0);
    config.seed = static_cast<std::uint64_t>(seed.value_or(1));
    config.dp = parser.isSet(QStringLiteral("dp"));
    config.maxGradNorm = clip.value_or(1.0);
    config.delta = delta.value_or(1e-5);
    config.secureNoise = parser.isSet(QStringLiteral("secure-noise"));
    if (config.dp) {
        if (sigma.has_value() == target.has_value()) {
            printErr(CliText::tr("--dp needs exactly one of --noise-multiplier and --target-epsilon"));
            return false;
        }
        config.noiseMultiplier = sigma.value_or(0.0);
        config.targetEpsilon = target;
        config.epsilonBudget = budget;
    } else if (sigma || target) {
        printErr(CliText::tr("--noise-multiplier and --target-epsilon need --dp"));
        return false;
    }
    if (const QString err = config.validate(); !err.isEmpty()) {
        printErr(err);
        return false;
    }

    *specOut = *spec;
    *configOut = config;
    *trainRowsOut = trainRows;
    return true;
}

QString encoderPathFor(const QString& modelPath)
{
    QString base = modelPath;
    if (base.endsWith(QLatin1String(".pt"), Qt::CaseInsensitive)) base.chop(3);
    return base + QStringLiteral(".encoder.json");
}

int runTrain(const CommandContext& context)
{
    CommandLine cli(
        context.arguments,
        CliText::tr("Train a target model on a CSV file (or the built-in demo data), with or without DP-SGD, "
                    "and report its "
                    "accuracy and privacy.\n\n"
                    "The model's input contract (written to MODEL.encoder.json beside --out and inside the "
                    "model as the extra "
                    "file encoder.json; 'privaudit-cli encode' applies it to a CSV):\n"
                    "- a float32 tensor [rows, input_width], inputs in column order over the feature and "
                    "sensitive columns "
                    "(identifier, ignored and label columns are never inputs);\n"
                    "- numeric column: (value - mean) * scale; a missing value gives 0 there and 1 in the "
                    "NAME_missing input "
                    "that follows, present when the fitting rows had missing values;\n"
                    "- categorical or boolean column: one-hot over its categories in sorted order, then "
                    "NAME=<unseen> for any "
                    "other value (unseen, rare or missing);\n"
                    "- output: one logit per class, classes in sorted order.\n"
                    "With --dp the categories, classes and scaling come from the rows not used for training, "
                    "with categories "
                    "seen fewer than 5 times there grouped into NAME=<unseen>, so the model's shape reveals "
                    "nothing about its "
                    "training rows; without --dp they come from the training rows."));
    QCommandLineParser& parser = cli.parser();
    addTrainingOptions(parser);
    parser.addOptions({
        {QStringLiteral("out"), CliText::tr("Save the trained model as TorchScript."),
         QStringLiteral("model.pt")},
    });
    if (const auto stop = cli.parse()) return *stop;
    if (!cli.require({QStringLiteral("data")})) return ExitUsage;
    model::ModelSpec specValue;
    model::TrainingConfig config;
    std::optional<std::int64_t> trainRows;
    if (!readTrainingOptions(parser, &specValue, &config, &trainRows)) return ExitUsage;
    const auto* spec = &specValue;
    bool ok = true;
    const auto encoderEpsilon = numberOption(parser, QStringLiteral("encoder-epsilon"), false, &ok);
    if (!ok) return ExitUsage;
    std::optional<data::DpEstimateOptions> estimates;
    if (encoderEpsilon) {
        if (!config.dp || parser.isSet(QStringLiteral("encoder"))) {
            printErr(CliText::tr("--encoder-epsilon needs --dp and excludes --encoder."));
            return ExitUsage;
        }
        if (!(*encoderEpsilon > 0.0)) {
            printErr(CliText::tr("--encoder-epsilon must be positive, got %1.").arg(*encoderEpsilon));
            return ExitUsage;
        }
        estimates = data::DpEstimateOptions{*encoderEpsilon, config.seed, config.secureNoise,
                                            data::TableEncoder::kDpMinCategoryCount};
    }
    auto prepared = prepareData(parser, trainRows, config.seed, config.dp, std::nullopt, estimates);
    if (!prepared) return ExitUsage;
    // The encoder's DP estimates spent part of the total: DP-SGD gets the rest.
    const double encoderSpent = prepared->encoder.dpEpsilon();
    {
        auto left = config.afterPreprocessing(encoderSpent);
        if (!left) {
            printErr(left.error());
            return ExitUsage;
        }
        config = *left;
    }
    const data::DataTable* table = &prepared->table;
    const data::DataSplit* split = &prepared->split;
    // The DP learning rate left out follows the training set's size (the measured small-data recipe).
    if (config.dp && !parser.isSet(QStringLiteral("lr")))
        config.learningRate =
            model::TrainingConfig::recommended(true, std::int64_t(split->members.size())).learningRate;
    const data::TableEncoder* encoder = &prepared->encoder;
    const auto train = encoder->encode(*table, split->members);
    const auto test = encoder->encode(*table, split->nonMembers);
    auto classifier = model::Classifier::create(*spec, encoder->inputWidth(), encoder->classCount(),
                                                config.seed, context.settings.device);
    if (!classifier) {
        printErr(classifier.error());
        return ExitUsage;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const QStringList recipeWarnings = config.warnings(std::int64_t(split->members.size()));
    if (!json)
        for (const QString& w : recipeWarnings)
            printErr(CliText::tr("warning: %1").arg(w));
    auto result = classifier.value().train(train.features, train.labels, config, [&](int epoch, double) {
        if (!json)
            std::fprintf(stderr, "\r%s",
                         qPrintable(CliText::tr("epoch %1 of %2").arg(epoch).arg(config.epochs)));
        return true;
    });
    if (!json) std::fputc('\n', stderr);
    if (!result) {
        printErr(result.error());
        return ExitFailure;
    }
    const auto trainEval = classifier->evaluate(train.features, train.labels);
    const auto testEval = classifier->evaluate(test.features, test.labels);
    QString encoderFile;
    if (parser.isSet(QStringLiteral("out"))) {
        // The input contract travels with the model: inside the archive and beside it.
        const QString out = parser.value(QStringLiteral("out"));
        classifier.value().attachEncoder(encoder->toJson());
        if (const QString err = classifier->saveTorchScript(out); !err.isEmpty()) {
            printErr(err);
            return ExitFailure;
        }
        encoderFile = encoderPathFor(out);
        QSaveFile file(encoderFile);
        const QByteArray bytes = QJsonDocument(encoder->toJson()).toJson(QJsonDocument::Indented);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            printErr(
                CliText::tr("cannot write the encoder to '%1': %2").arg(encoderFile, file.errorString()));
            return ExitFailure;
        }
    }

    QJsonObject out{
        {QStringLiteral("model"), spec->toString()},
        {QStringLiteral("train_rows"), static_cast<qint64>(split->members.size())},
        {QStringLiteral("test_rows"), static_cast<qint64>(split->nonMembers.size())},
        {QStringLiteral("input_width"), encoder->inputWidth()},
        {QStringLiteral("train_accuracy"), trainEval.accuracy},
        {QStringLiteral("test_accuracy"), testEval.accuracy},
        {QStringLiteral("train_loss"), trainEval.meanLoss},
        {QStringLiteral("test_loss"), testEval.meanLoss},
        {QStringLiteral("epochs"), static_cast<int>(result->epochs.size())},
        {QStringLiteral("stopped_at_epsilon_budget"), result->stoppedAtBudget},
        {QStringLiteral("steps"), static_cast<qint64>(result->steps)},
        {QStringLiteral("seconds"), result->seconds},
        {QStringLiteral("learning_rate"), config.learningRate},
        {QStringLiteral("batch_size"), config.batchSize},
        {QStringLiteral("dp"), config.dp},
        {QStringLiteral("epsilon"),
         config.dp ? jsonNumber(result->epsilon + encoderSpent) : QJsonValue(QStringLiteral("inf"))},
        {QStringLiteral("sgd_epsilon"),
         config.dp ? jsonNumber(result->epsilon) : QJsonValue(QStringLiteral("inf"))},
        {QStringLiteral("encoder_epsilon"), encoderSpent},
        {QStringLiteral("delta"), config.dp ? QJsonValue(config.delta) : QJsonValue(0.0)},
        {QStringLiteral("noise_multiplier"), result->noiseMultiplier},
        {QStringLiteral("sampling_rate"), result->samplingRate},
        {QStringLiteral("max_grad_norm"), config.dp ? config.maxGradNorm : 0.0},
        {QStringLiteral("accountant"), config.dp ? QStringLiteral("rdp") : QString()},
        {QStringLiteral("seed"), static_cast<qint64>(config.seed)},
        {QStringLiteral("dataset_sha256"), table->contentSha256()},
        {QStringLiteral("dataset_fingerprint"), table->fingerprint()},
        {QStringLiteral("input_width"), encoder->inputWidth()},
        {QStringLiteral("inputs"), QJsonArray::fromStringList(encoder->inputNames())},
        {QStringLiteral("encoder"),
         QJsonObject{{QStringLiteral("fitted_on"), encoder->toJson().value(QStringLiteral("fitted_on"))},
                     {QStringLiteral("fit_rows"), qint64(encoder->fitRows())},
                     {QStringLiteral("min_category_count"), encoder->minCategoryCount()},
                     {QStringLiteral("sha256"), encoder->sha256()},
                     {QStringLiteral("statement"), encoder->describe()}}},
        {QStringLiteral("classes"), QJsonArray::fromStringList(encoder->classes())},
        {QStringLiteral("data_notes"), QJsonArray::fromStringList(table->notes())},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(recipeWarnings)},
    };
    {
        // The majority-class baseline and the task AUC beside the accuracy.
        const auto check = metrics::UtilityCheck::evaluate(testEval.logits, test.labels, train.labels);
        out[QStringLiteral("utility")] = check.toJson();
        if (!check.learned) {
            QJsonArray w = out.value(QStringLiteral("warnings")).toArray();
            w.append(check.warning());
            out[QStringLiteral("warnings")] = w;
        }
    }
    if (parser.isSet(QStringLiteral("out"))) {
        out[QStringLiteral("model_file")] = parser.value(QStringLiteral("out"));
        out[QStringLiteral("encoder_file")] = encoderFile;
    }
    if (json) {
        printJson(out);
        return ExitOk;
    }
    printOut(CliText::tr("Model %1 trained on %2 rows in %3 s (%4 steps).")
                 .arg(spec->toString())
                 .arg(split->members.size())
                 .arg(QLocale().toString(result->seconds, 'f', 1))
                 .arg(result->steps));
    printOut(CliText::tr("Accuracy: train %1, test %2 (%3 held-out rows).")
                 .arg(QLocale().toString(trainEval.accuracy, 'f', 4))
                 .arg(QLocale().toString(testEval.accuracy, 'f', 4))
                 .arg(split->nonMembers.size()));
    {
        const QJsonObject u = out.value(QStringLiteral("utility")).toObject();
        printOut(CliText::tr("Majority-class baseline: %1; task AUC %2.")
                     .arg(QLocale().toString(u.value(QStringLiteral("majority_baseline_accuracy")).toDouble(),
                                             'f', 4))
                     .arg(QLocale().toString(u.value(QStringLiteral("task_auc")).toDouble(), 'f', 4)));
        if (!u.value(QStringLiteral("learned")).toBool())
            printErr(CliText::tr("warning: %1").arg(metrics::UtilityCheck::fromJson(u).warning()));
    }
    if (config.dp)
        printOut(
            CliText::tr("DP-SGD: epsilon = %1 at delta = %2 (RDP), noise multiplier %3, sampling rate %4, "
                        "clipping norm %5.")
                .arg(QLocale().toString(result->epsilon, 'f', 4))
                .arg(QLocale().toString(config.delta, 'g', 3))
                .arg(QLocale().toString(result->noiseMultiplier, 'f', 4))
                .arg(QLocale().toString(result->samplingRate, 'g', 4))
                .arg(config.maxGradNorm));
    else
        printOut(CliText::tr("No differential privacy: epsilon is infinite."));
    if (config.dp && encoderSpent > 0.0)
        printOut(CliText::tr("Run total: epsilon = %1 at delta = %2 (DP-SGD %3 plus the encoder's DP "
                             "estimates %4, composed sequentially).")
                     .arg(QLocale().toString(result->epsilon + encoderSpent, 'f', 4))
                     .arg(QLocale().toString(config.delta, 'g', 3))
                     .arg(QLocale().toString(result->epsilon, 'f', 4))
                     .arg(QLocale().toString(encoderSpent, 'g', 3)));
    printOut(encoder->describe());
    printOut(CliText::tr("Dataset SHA-256: %1").arg(table->contentSha256()));
    if (parser.isSet(QStringLiteral("out"))) {
        printOut(CliText::tr("Model saved as TorchScript: %1").arg(parser.value(QStringLiteral("out"))));
        printOut(
            CliText::tr("Its input encoding (also inside the model as encoder.json): %1").arg(encoderFile));
    }
    return ExitOk;
}

} // namespace privaudit::cli
