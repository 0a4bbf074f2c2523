// Canary exposure: 2^16 never-inserted reference canaries scored against the target (the model trained
// with the canaries), the skew-normal fit to their losses and every canary's exposure, on Adult (or the
// demo data when Adult is not there); and, separately, the maximum-likelihood fit alone on 2^16 values.
// The target: scoring 2^16 references in under 2 s on 2 cores.
#include "attack/canary/CanaryExposure.h"
#include "BenchUtil.h"
#include "data/CsvImporter.h"
#include "data/DemoData.h"
#include "model/ModelSpec.h"

#include <chrono>
#include <QCoreApplication>
#include <QFile>
#include <random>

using namespace privaudit;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    auto settings = compute::ComputeSettings::recommended();
    compute::ComputeEnvironment::apply(settings);
    const QString path = QStringLiteral(PRIVAUDIT_SHARED_DIR "/datasets/adult.csv");
    const bool adult = QFile::exists(path);
    data::DataTable table = adult ? data::CsvImporter::importFile(path).value() : data::DemoData::patients();
    if (adult) table.setRole(QStringLiteral("income-per-year"), data::ColumnRole::Label);
    bench::header(adult ? "Canary exposure on Adult (2^16 references, 10 canaries x 1/10/100)"
                        : "Canary exposure on the demo data (Adult not found; 2^16 references)");
    const auto split = data::DataSplit::make(table, {}).value();
    model::TrainingConfig training = model::TrainingConfig::recommended(false);
    const auto encoder = data::TableEncoder::fitForTraining(table, split, false).value();
    attack::CanaryConfig config;
    const auto start = std::chrono::steady_clock::now();
    const auto run = attack::CanaryExposure::run(table, split, encoder,
                                                 *model::ModelSpec::parse(QStringLiteral("mlp:256,256")),
                                                 training, config, settings);
    if (!run) {
        std::printf("canary exposure failed: %s\n", qPrintable(run.error()));
        return 1;
    }
    const double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    bench::report("canary run end to end (two trainings, MLP 256-256, default recipe)", total, "s", "-");
    bench::report("  of which the target's training", run->training.seconds, "s", "-");
    bench::report("scoring 2^16 references + fit + exposures", run->scoringSeconds, "s", "< 2 s");
    for (const auto& l : run->levels) {
        char what[160];
        std::snprintf(what, sizeof what, "  exposure, %s", l.repetitions == 0 ? "controls" : "");
        if (l.repetitions > 0)
            std::snprintf(what, sizeof what, "  exposure, inserted %d times", l.repetitions);
        bench::report(what, l.meanInterpolated, "bits", "-");
    }

    // The fit alone, on 2^16 skew-normal draws.
    std::mt19937_64 rng(1);
    std::normal_distribution<double> normal;
    std::vector<double> x(1 << 16);
    const double delta = 4.0 / std::sqrt(17.0);
    for (double& v : x)
        v = 2.0 + 3.0 * (delta * std::abs(normal(rng)) + std::sqrt(1.0 - delta * delta) * normal(rng));
    const auto fitStart = std::chrono::steady_clock::now();
    const metrics::SkewNormal fit = metrics::fitSkewNormal(x);
    bench::report("skew-normal maximum likelihood on 2^16 values",
                  std::chrono::duration<double>(std::chrono::steady_clock::now() - fitStart).count(), "s",
                  "-");
    std::printf("  (fit: location %.3f, scale %.3f, shape %.3f; drawn from 2, 3, 4)\n", fit.location,
                fit.scale, fit.shape);
    return 0;
}
