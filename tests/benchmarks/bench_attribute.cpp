// Attribute inference on Adult: the sensitive column sex, 2,500 member and 2,500 non-member candidates
// (5,000), every attack (the mia-based one with 2 reference models), the target MLP 256-256 trained here
// with the default recipe; wall time of the whole evaluation (training included) and of the statistics
// with 200 bootstrap resamples.
#include "attack/attribute/AttributeInference.h"
#include "BenchUtil.h"
#include "data/CsvImporter.h"
#include "model/ModelSpec.h"

#include <chrono>
#include <QCoreApplication>
#include <QFile>
#include <sys/resource.h>

using namespace privaudit;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString path = QStringLiteral(PRIVAUDIT_SHARED_DIR "/datasets/adult.csv");
    if (!QFile::exists(path)) {
        std::printf("(Adult not found in %s: attribute-inference benchmark skipped)\n", PRIVAUDIT_SHARED_DIR);
        return 0;
    }
    bench::header("Attribute inference on Adult (sensitive column sex, 5,000 candidates)");
    auto table = data::CsvImporter::importFile(path).value();
    table.setRole(QStringLiteral("income-per-year"), data::ColumnRole::Label);
    table.setRole(QStringLiteral("sex"), data::ColumnRole::Sensitive);
    auto settings = compute::ComputeSettings::recommended();
    compute::ComputeEnvironment::apply(settings);
    const auto start = std::chrono::steady_clock::now();
    const auto split = data::DataSplit::make(table, {}).value();
    model::TrainingConfig training = model::TrainingConfig::recommended(false);
    const auto encoder = data::TableEncoder::fitForTraining(table, split, training.dp).value();
    attack::AttributeConfig config;
    config.sensitiveColumn = QStringLiteral("sex");
    config.candidatesPerSide = 2500;
    const auto run = attack::AttributeInference::run(table, split, encoder,
                                                     *model::ModelSpec::parse(QStringLiteral("mlp:256,256")),
                                                     training, config, settings);
    if (!run) {
        std::printf("attribute inference failed: %s\n", qPrintable(run.error()));
        return 1;
    }
    const double attackSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const auto statsStart = std::chrono::steady_clock::now();
    std::vector<metrics::AttributeMetrics> metrics;
    for (const auto& a : run->attacks)
        metrics.push_back(
            metrics::computeAttributeMetrics(a.attack, run->answers(a, config.tolerance), {200, 100, 1}));
    const double statsSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - statsStart).count();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    bench::report("attribute inference, every attack, training included", attackSeconds, "s", "-");
    bench::report("  of which the target's training", run->targetTraining.seconds, "s", "-");
    bench::report("  statistics, 6 attacks x 200 bootstrap resamples", statsSeconds, "s", "-");
    bench::report("end to end", attackSeconds + statsSeconds, "s", "< 10 s");
    bench::report("  peak memory", double(usage.ru_maxrss) / 1024.0, "MiB", "-");
    for (const auto& m : metrics) {
        char what[160];
        std::snprintf(what, sizeof what, "  %s: right on members %.3f / non-members %.3f, leakage",
                      qPrintable(m.attack), m.members.accuracy, m.nonMembers.accuracy);
        bench::report(what, m.individualLeakage.value, "", "-");
    }
    return 0;
}
