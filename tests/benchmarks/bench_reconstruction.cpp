// Informed reconstruction on Adult (or the demo data when Adult is not there): 20 rows, each missing from
// a logistic regression on 200 rows; without DP the exact minimiser (Newton, float64), with DP-SGD at
// epsilon 1. Reports the time and the figures the README quotes (IBM ART's informed-adversary notebook on
// Iris with Gaussian naive Bayes: RMSE 1.77e-8 without DP, 1.508 with DP at epsilon 3). Then MI-Face on
// the same data: the default MLP trained on 5,000 members, 5 representatives per class, with and without
// DP (epsilon 1): time, confidence, the permutation test and the hit rates.
#include "attack/inversion/InformedReconstruction.h"
#include "attack/inversion/MiFace.h"
#include "BenchUtil.h"
#include "data/CsvImporter.h"
#include "data/DemoData.h"

#include <chrono>
#include <QCoreApplication>
#include <QFile>

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
    const auto split = data::DataSplit::make(table, {}).value();
    for (const QString& spec : {QStringLiteral("logreg"), QStringLiteral("mlp:16:tanh")}) {
        const bool linear = spec == QLatin1String("logreg");
        bench::header(
            adult ? (linear ? "Informed reconstruction on Adult (20 rows, 199 known, logistic regression)"
                            : "Informed reconstruction on Adult (20 rows, 199 known, MLP 16 tanh)")
                  : "Informed reconstruction on the demo data (Adult not found; 20 rows, 199 known)");
        for (const bool dp : {false, true}) {
            const auto encoder = data::TableEncoder::fitForTraining(table, split, dp).value();
            model::TrainingConfig training = model::TrainingConfig::recommended(dp, 200);
            if (dp) training.targetEpsilon = 1.0;
            attack::ReconstructionConfig config;
            config.model = model::ModelSpec::parse(spec).value();
            const auto start = std::chrono::steady_clock::now();
            const auto run = attack::InformedReconstruction::run(
                table, encoder, split.members, split.population.empty() ? split.nonMembers : split.population,
                training, config, settings);
            if (!run) {
                std::printf("reconstruction failed: %s\n", qPrintable(run.error()));
                return 1;
            }
            const double seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            bench::report(dp       ? "20 reconstructions, DP-SGD at epsilon 1 (20 trainings)"
                          : linear ? "20 reconstructions, exact minimiser (20 Newton fits)"
                                   : "20 reconstructions, stationary point (20 L-BFGS + Newton fits)",
                          seconds, "s", "-");
            std::printf("  mean squared error (standardised inputs) %.3g, the baseline's %.3g\n",
                        run->squaredError.mean, run->baselineSquaredError.mean);
            bench::report("  columns recovered", run->hitRate.mean, "", "-");
            bench::report("  the baseline's columns recovered", run->baselineHitRate.mean, "", "-");
            bench::report("  rows fully recovered", double(run->exactRows), "", "-");
            std::printf(
                "  (input width %d, %d columns, %lld parameters, worst stationarity %.2g, epsilon %.3f, "
                "training accuracy %.3f)\n",
                run->inputWidth, run->columns, static_cast<long long>(run->parameters),
                run->worstStationarity, run->epsilon, run->meanTrainAccuracy);
        }
    }

    bench::header(
        adult ? "MI-Face on Adult (5,000 members, default MLP, 5 representatives per class, seeds 1-3)"
              : "MI-Face on the demo data (5,000 members, default MLP, 5 per class, seeds 1-3)");
    for (const bool dp : {false, true})
        for (const std::uint64_t seed : {1, 2, 3}) {
            data::SplitSpec miSplit;
            miSplit.memberRows = 5000;
            miSplit.seed = seed;
            const auto members = data::DataSplit::make(table, miSplit).value();
            const auto encoder = data::TableEncoder::fitForTraining(table, members, dp).value();
            model::TrainingConfig training = model::TrainingConfig::recommended(dp, 5000);
            training.seed = seed;
            if (dp) training.targetEpsilon = 1.0;
            attack::MiFaceConfig config;
            config.restarts = 5;
            config.seed = seed;
            const auto start = std::chrono::steady_clock::now();
            const auto run = attack::MiFace::run(table, members, encoder,
                                                 *model::ModelSpec::parse(QStringLiteral("mlp:256,256")),
                                                 training, config, settings);
            if (!run) {
                std::printf("MI-Face failed: %s\n", qPrintable(run.error()));
                return 1;
            }
            const double seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            const std::string label =
                std::string(dp ? "MI-Face, DP-SGD at epsilon 1, seed " : "MI-Face, no DP, seed ") +
                std::to_string(seed) + " (training and 10 inversions)";
            bench::report(label.c_str(), seconds, "s", "-");
            std::printf("  accuracy %.3f train / %.3f test; mean confidence %.3f\n", run->trainAccuracy,
                        run->testAccuracy, run->meanConfidence);
            std::printf("  nearer a member %.2f, mean gap %.3g, permutation p %.3f (%d rows each side)\n",
                        run->closerToMembers, run->meanGap, run->pValue, run->poolRows);
            std::printf("  prior agreement %.3f, member hits %.3f, held-out hits %.3f\n", run->priorAgreement,
                        run->memberHitRate, run->nonMemberHitRate);
        }
    return 0;
}
