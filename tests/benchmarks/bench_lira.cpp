// LiRA end to end on Adult: 16 reference models (MLP 256-256, 10 epochs, batch 256) trained two at a
// time with one LibTorch thread each, against one at a time with both threads; wall time and peak
// memory of each run (child processes).
#include "attack/MembershipInference.h"
#include "BenchUtil.h"
#include "data/CsvImporter.h"

#include <chrono>
#include <cstdlib>
#include <QCoreApplication>
#include <QFile>
#include <string>
#include <sys/resource.h>

using namespace privaudit;

int runOnce(bool parallel)
{
    const QString path = QStringLiteral(PRIVAUDIT_SHARED_DIR "/datasets/adult.csv");
    auto table = data::CsvImporter::importFile(path).value();
    table.setRole(QStringLiteral("income-per-year"), data::ColumnRole::Label);
    const auto split = data::DataSplit::make(table, {}).value();
    const auto encoder = data::TableEncoder::fit(table, split.members).value();
    auto settings = compute::ComputeSettings::recommended();
    compute::ComputeEnvironment::apply(settings);
    if (!parallel) settings.cores = 1; // the pool then runs one model at a time with all intra-op threads
    model::TrainingConfig training;
    training.epochs = 10;
    training.batchSize = 256;
    attack::MiaConfig config;
    config.attacks = {QStringLiteral("loss"), QStringLiteral("lira")};
    config.referenceModels = 16;
    const auto start = std::chrono::steady_clock::now();
    auto run = attack::MembershipInference::run(table, split, encoder,
                                                *model::ModelSpec::parse(QStringLiteral("mlp:256,256")),
                                                training, config, settings);
    if (!run) return 1;
    const auto lira = metrics::MembershipMetrics::compute(run->attacks[1].records);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    char what[160];
    std::snprintf(what, sizeof what, "LiRA, 16 reference models, %s",
                  parallel ? "2 at a time x 1 thread (chosen)" : "1 at a time x 2 threads");
    bench::report(what, seconds, "s", parallel ? "< 120 s" : "-");
    bench::report("  of which reference-model training", run->referenceSeconds, "s", "-");
    bench::report("  peak memory", double(usage.ru_maxrss) / 1024.0, "MiB", "< 1024 MiB");
    std::snprintf(what, sizeof what, "  LiRA AUC %.3f on %zu members / %zu non-members", lira.auc,
                  lira.members, lira.nonMembers);
    bench::report(what, lira.tprAtFpr[1], "TPR", "@1% FPR");
    return 0;
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1) return runOnce(std::string(argv[1]) == "parallel");
    if (!QFile::exists(QStringLiteral(PRIVAUDIT_SHARED_DIR "/datasets/adult.csv"))) {
        std::printf("(Adult not found in %s: LiRA benchmark skipped)\n", PRIVAUDIT_SHARED_DIR);
        return 0;
    }
    bench::header("Membership inference on Adult (13,024 members, 6,512 non-members)");
    std::fflush(stdout);
    const std::string self = argv[0];
    int status = std::system((self + " parallel").c_str());
    status |= std::system((self + " sequential").c_str());
    return status == 0 ? 0 : 1;
}
