// privaudit-cli sweep: privacy-utility trade-off over a grid of target epsilons.
#include "attack/MembershipInference.h"
#include "CommandLine.h"
#include "Commands.h"
#include "jobs/Sweep.h"

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <map>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <unistd.h>

namespace privaudit::cli {

namespace {

/// An epsilon of the summary (a number, or "inf" as a string) in the reader's number convention.
QString epsilonCell(const QJsonValue& v, int digits)
{
    bool ok = false;
    const double x = v.isDouble() ? v.toDouble() : v.toString().toDouble(&ok);
    if (!v.isDouble() && !ok) return v.toString();
    return std::isfinite(x) ? QLocale().toString(x, 'g', digits) : QStringLiteral("inf");
}

std::atomic<bool> g_sweepInterrupted{false};

extern "C" void onSweepInterrupt(int)
{
    g_sweepInterrupted.store(true);
}

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QStringLiteral("inf"));
}

struct MeanSd
{
    double mean = 0.0;
    double sd = 0.0;
    int n = 0;
};

MeanSd meanSd(const std::vector<double>& v)
{
    MeanSd m;
    m.n = int(v.size());
    if (v.empty()) return m;
    for (double x : v)
        m.mean += x;
    m.mean /= double(v.size());
    if (v.size() > 1) {
        double ss = 0.0;
        for (double x : v)
            ss += (x - m.mean) * (x - m.mean);
        m.sd = std::sqrt(ss / double(v.size() - 1));
    }
    return m;
}

} // namespace

int runSweep(const CommandContext& context)
{
    CommandLine cli(
        context.arguments,
        CliText::tr(
            "Privacy-utility sweep: for every target epsilon (inf = no DP) and seed, calibrate the noise, "
            "train "
            "with "
            "DP-SGD, and measure utility (accuracy, loss, task AUC) and attack success. Every point is "
            "stored in "
            "the "
            "project as it finishes; running the same sweep again completes only the missing points."));
    QCommandLineParser& parser = cli.parser();
    addTrainingOptions(parser);
    parser.addOptions({
        {QStringLiteral("epsilons"),
         CliText::tr("Comma-separated target epsilons; 'inf' means no DP (default 0.5,1,2,4,8,inf)."),
         QStringLiteral("list"), QStringLiteral("0.5,1,2,4,8,inf")},
        {QStringLiteral("repeats"), CliText::tr("Seeds per epsilon (default 1)."), QStringLiteral("r"),
         QStringLiteral("1")},
        {QStringLiteral("attack"), CliText::tr("Attacks at every point (default loss,lira)."),
         QStringLiteral("list"), QStringLiteral("loss,lira")},
        {QStringLiteral("reference-models"), CliText::tr("Reference models for LiRA and RMIA (default 4)."),
         QStringLiteral("k"), QStringLiteral("4")},
        {QStringLiteral("bootstrap"), CliText::tr("Bootstrap resamples (default 200)."), QStringLiteral("n"),
         QStringLiteral("200")},
        {QStringLiteral("parallel"), CliText::tr("Points trained side by side (default: one per core)."),
         QStringLiteral("n")},
        {QStringLiteral("spec"), CliText::tr("A sweep spec (JSON) instead of the options above."),
         QStringLiteral("file")},
        {QStringLiteral("project"), CliText::tr("The .privaudit project (created when missing)."),
         QStringLiteral("file")},
    });
    if (const auto stop = cli.parse()) return *stop;
    if (!cli.require({QStringLiteral("project")})) return ExitUsage;
    const bool json = parser.isSet(QStringLiteral("json"));
    bool ok = true;
    const auto parallel = integerOption(parser, QStringLiteral("parallel"), false, &ok);
    if (!ok) return ExitUsage;

    jobs::SweepSpec sweep;
    if (parser.isSet(QStringLiteral("spec"))) {
        auto loaded = jobs::SweepSpec::fromFile(parser.value(QStringLiteral("spec")));
        if (!loaded) {
            printErr(loaded.error());
            return ExitUsage;
        }
        sweep = std::move(loaded).value();
    } else {
        if (!parser.isSet(QStringLiteral("data"))) {
            printErr(CliText::tr("missing required option --data (or --spec)"));
            return ExitUsage;
        }
        if (parser.isSet(QStringLiteral("dp")) || parser.isSet(QStringLiteral("target-epsilon")) ||
            parser.isSet(QStringLiteral("noise-multiplier"))) {
            printErr(
                CliText::tr("sweep: the epsilons come from --epsilons; do not give --dp, --target-epsilon or "
                            "--noise-multiplier"));
            return ExitUsage;
        }
        const auto repeats = integerOption(parser, QStringLiteral("repeats"), false, &ok);
        const auto k = integerOption(parser, QStringLiteral("reference-models"), false, &ok);
        const auto bootstrap = integerOption(parser, QStringLiteral("bootstrap"), false, &ok);
        if (!ok) return ExitUsage;
        model::ModelSpec spec;
        model::TrainingConfig training;
        std::optional<std::int64_t> trainRows;
        if (!readTrainingOptions(parser, &spec, &training, &trainRows, /*dpRecipe=*/true)) return ExitUsage;
        // The options become a spec, validated like a spec file.
        QJsonArray epsilons;
        for (const QString& e :
             parser.value(QStringLiteral("epsilons")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool isNumber = false;
            const double v = e.trimmed().toDouble(&isNumber);
            epsilons.append(isNumber && std::isfinite(v) ? QJsonValue(v) : QJsonValue(e.trimmed().toLower()));
        }
        QJsonArray attacks;
        for (const QString& a :
             parser.value(QStringLiteral("attack")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            attacks.append(a.trimmed());
        jobs::JobSpec base;
        base.model = spec;
        base.training = training;
        QJsonObject target = base.toJson().value(QStringLiteral("target")).toObject();
        target[QStringLiteral("dp")] = QJsonObject{{QStringLiteral("noise_multiplier"), 1.0},
                                                   {QStringLiteral("max_grad_norm"), training.maxGradNorm},
                                                   {QStringLiteral("delta"), training.delta}};
        const auto dataset = datasetSpecJson(parser, trainRows);
        if (!dataset) return ExitUsage;
        const QJsonObject root{
            {QStringLiteral("schema_version"), jobs::kJobSpecVersion},
            {QStringLiteral("seed"), qint64(training.seed)},
            {QStringLiteral("dataset"), *dataset},
            {QStringLiteral("target"), target},
            {QStringLiteral("attacks"),
             QJsonObject{{QStringLiteral("names"), attacks},
                         {QStringLiteral("reference_models"), qint64(k.value_or(4))}}},
            {QStringLiteral("statistics"),
             QJsonObject{{QStringLiteral("bootstrap"), qint64(bootstrap.value_or(200))}}},
            {QStringLiteral("sweep"), QJsonObject{{QStringLiteral("epsilons"), epsilons},
                                                  {QStringLiteral("repeats"), qint64(repeats.value_or(1))}}},
        };
        auto parsed = jobs::SweepSpec::fromJson(QJsonDocument(root).toJson());
        if (!parsed) {
            printErr(parsed.error());
            return ExitUsage;
        }
        sweep = std::move(parsed).value();
    }

    const QString path = parser.value(QStringLiteral("project"));
    if (!QFileInfo::exists(path)) {
        auto created = project::ProjectStore::create(path, QFileInfo(path).completeBaseName());
        if (!created) {
            printErr(created.error());
            return ExitUsage;
        }
    }
    g_sweepInterrupted.store(false);
    auto previous = std::signal(SIGINT, onSweepInterrupt);
    const bool tty = !json && isatty(fileno(stderr));
    const auto result = jobs::Sweep::run(
        sweep, path, context.settings, g_sweepInterrupted,
        [&](const jobs::JobProgress& p) {
            if (tty) {
                std::fprintf(stderr, "\r[%3d%%] %-70.70s", int(p.fraction * 100 + 0.5),
                             p.stage.toLocal8Bit().constData());
                std::fflush(stderr);
            }
        },
        int(parallel.value_or(0)));
    if (tty) std::fputc('\n', stderr);
    std::signal(SIGINT, previous);

    // Aggregate per epsilon across repeats.
    QJsonArray rows;
    QStringList attackNames = sweep.base.attacks;
    for (double epsilon : sweep.epsilons) {
        std::vector<double> accuracy, loss, taskAuc, accountant;
        std::map<QString, std::vector<double>> aucs, tprs, lower;
        int completed = 0;
        for (const auto& p : result.points) {
            if (p.targetEpsilon != epsilon || p.runId == 0) continue;
            ++completed;
            const attack::TargetFigures t = p.summary.target.value_or(attack::TargetFigures{});
            accuracy.push_back(t.testAccuracy);
            loss.push_back(t.testLoss);
            taskAuc.push_back(t.testAuc);
            accountant.push_back(p.summary.accountantEpsilon());
            for (auto it = p.attacks.begin(); it != p.attacks.end(); ++it) {
                aucs[it.key()].push_back(it.value().auc);
                tprs[it.key()].push_back(it.value().tprAt(0.001));
                lower[it.key()].push_back(it.value().epsilonLowerBound.epsilon);
            }
        }
        const MeanSd acc = meanSd(accuracy);
        QJsonObject row{
            {QStringLiteral("target_epsilon"), number(epsilon)},
            {QStringLiteral("points"), completed},
            {QStringLiteral("accuracy_mean"), acc.mean},
            {QStringLiteral("accuracy_sd"), acc.sd},
            {QStringLiteral("loss_mean"), meanSd(loss).mean},
            {QStringLiteral("task_auc_mean"), meanSd(taskAuc).mean},
            {QStringLiteral("accountant_epsilon_max"),
             number(accountant.empty() ? 0.0 : *std::max_element(accountant.begin(), accountant.end()))}};
        QJsonObject attacks;
        for (const QString& a : attackNames) {
            if (!aucs.count(a)) continue;
            attacks[a] = QJsonObject{{QStringLiteral("auc_mean"), meanSd(aucs[a]).mean},
                                     {QStringLiteral("auc_sd"), meanSd(aucs[a]).sd},
                                     {QStringLiteral("tpr_at_0.001_mean"), meanSd(tprs[a]).mean},
                                     {QStringLiteral("epsilon_lower_bound_max"),
                                      *std::max_element(lower[a].begin(), lower[a].end())}};
        }
        row[QStringLiteral("attacks")] = attacks;
        rows.append(row);
    }
    QJsonArray pointList;
    for (const auto& p : result.points) {
        QJsonObject attacks;
        for (auto it = p.attacks.begin(); it != p.attacks.end(); ++it)
            attacks.insert(it.key(), it.value().toJson());
        pointList.append(QJsonObject{{QStringLiteral("target_epsilon"), number(p.targetEpsilon)},
                                     {QStringLiteral("repeat"), p.repeat + 1},
                                     {QStringLiteral("run"), qint64(p.runId)},
                                     {QStringLiteral("reused"), p.reused},
                                     {QStringLiteral("summary"), p.summary.toJson()},
                                     {QStringLiteral("attacks"), attacks}});
    }
    const QString status = jobs::jobOutcomeName(result.outcome);
    if (json) {
        printJson(QJsonObject{{QStringLiteral("sweep_run"), qint64(result.sweepRunId)},
                              {QStringLiteral("status"), status},
                              {QStringLiteral("message"), result.message},
                              {QStringLiteral("reused"), result.reused},
                              {QStringLiteral("ran"), result.ran},
                              {QStringLiteral("by_epsilon"), rows},
                              {QStringLiteral("points"), pointList}});
    } else {
        if (result.reused > 0)
            printOut(CliText::tr("%1 points were already complete in the project; %2 ran now.")
                         .arg(result.reused)
                         .arg(result.ran));
        printOut(CliText::tr("target eps | points | accuracy (mean +- sd) | accountant eps | per attack: "
                             "AUC, TPR at 0.1% FPR, empirical eps >="));
        for (const QJsonValue& v : rows) {
            const QJsonObject r = v.toObject();
            QString line =
                QStringLiteral("%1 | %2 | %3 +- %4 | %5 |")
                    .arg(epsilonCell(r.value(QStringLiteral("target_epsilon")), 6), 10)
                    .arg(r.value(QStringLiteral("points")).toInt(), 6)
                    .arg(QLocale().toString(r.value(QStringLiteral("accuracy_mean")).toDouble(), 'f', 4))
                    .arg(QLocale().toString(r.value(QStringLiteral("accuracy_sd")).toDouble(), 'f', 4))
                    .arg(epsilonCell(r.value(QStringLiteral("accountant_epsilon_max")), 4), 14);
            const QJsonObject attacks = r.value(QStringLiteral("attacks")).toObject();
            for (auto it = attacks.begin(); it != attacks.end(); ++it) {
                const QJsonObject a = it.value().toObject();
                line += QStringLiteral(" %1 %2, %3, %4;")
                            .arg(it.key())
                            .arg(QLocale().toString(a.value(QStringLiteral("auc_mean")).toDouble(), 'f', 3))
                            .arg(QLocale().toString(a.value(QStringLiteral("tpr_at_0.001_mean")).toDouble(),
                                                    'f', 4))
                            .arg(QLocale().toString(
                                a.value(QStringLiteral("epsilon_lower_bound_max")).toDouble(), 'f', 2));
            }
            printOut(line);
        }
        if (result.outcome != jobs::JobOutcome::Completed)
            printErr(result.message);
        else
            printOut(CliText::tr("Sweep stored as run %1 in %2.").arg(result.sweepRunId).arg(path));
    }
    return result.outcome == jobs::JobOutcome::Completed ? ExitOk : ExitFailure;
}

} // namespace privaudit::cli
