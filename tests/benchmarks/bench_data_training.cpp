// Data import and training speed: a 1-million-row CSV import (time and peak memory, in a child
// process), and one DP-SGD epoch against one non-private epoch on Adult (MLP 256-256, batch 256).
#include "BenchUtil.h"
#include "compute/ComputeSettings.h"
#include "data/CsvImporter.h"
#include "data/DataSplit.h"
#include "data/DemoData.h"
#include "data/TableEncoder.h"
#include "model/Classifier.h"

#include <chrono>
#include <cstdlib>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <string>
#include <sys/resource.h>

using namespace privaudit;

namespace {

int importChild(const char* path)
{
    rusage before{};
    getrusage(RUSAGE_SELF, &before); // the process with Qt and LibTorch loaded, before reading anything
    const auto start = std::chrono::steady_clock::now();
    auto table = data::CsvImporter::importFile(QString::fromLocal8Bit(path));
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!table) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(table.error()));
        return 1;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double fileMiB = double(QFileInfo(QString::fromLocal8Bit(path)).size()) / (1 << 20);
    bench::report("CSV import, 1,000,000 rows x 11 columns", seconds, "s", "-");
    char what[128];
    std::snprintf(what, sizeof what, "  peak memory of the importing process (file %.0f MiB)", fileMiB);
    bench::report(what, double(usage.ru_maxrss) / 1024.0, "MiB", "no copies");
    bench::report("  of which the import itself (peak minus the loaded process)",
                  double(usage.ru_maxrss - before.ru_maxrss) / 1024.0, "MiB", "-");
    return 0;
}

double epochSeconds(const data::EncodedRows& train, bool dp)
{
    auto model = model::Classifier::create(*model::ModelSpec::parse(QStringLiteral("mlp:256,256")),
                                           int(train.features.cols()), 2, 1);
    model::TrainingConfig c;
    c.epochs = 1;
    c.batchSize = 256;
    c.dp = dp;
    c.noiseMultiplier = 1.0;
    std::vector<double> times;
    for (int i = 0; i < 5; ++i) {
        auto r = model.value().train(train.features, train.labels, c);
        times.push_back(r->seconds);
    }
    std::sort(times.begin(), times.end());
    return times[2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    auto settings = compute::ComputeSettings::recommended();
    compute::ComputeEnvironment::apply(settings);
    if (argc > 2 && std::string(argv[1]) == "--import") return importChild(argv[2]);

    bench::header("Data import and training");
    std::fflush(stdout);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("patients-1m.csv"));
    {
        const data::DataTable big = data::DemoData::patients(1000000, 1);
        if (!data::writeCsv(big, csv)) return 1;
    }
    const std::string cmd = std::string(argv[0]) + " --import " + QFile::encodeName(csv).toStdString();
    if (std::system(cmd.c_str()) != 0) return 1;

    const QString adult = QStringLiteral(PRIVAUDIT_SHARED_DIR "/datasets/adult.csv");
    if (!QFile::exists(adult)) {
        std::printf("(Adult not found at %s: training benchmark skipped)\n", qPrintable(adult));
        return 0;
    }
    auto table = data::CsvImporter::importFile(adult);
    table.value().setRole(QStringLiteral("income-per-year"), data::ColumnRole::Label);
    auto split = data::DataSplit::make(*table, {26000, 6000, 1});
    auto enc = data::TableEncoder::fit(*table, split->members);
    const auto train = enc->encode(*table, split->members);
    const double plain = epochSeconds(train, false);
    const double dp = epochSeconds(train, true);
    char what[128];
    std::snprintf(what, sizeof what, "Adult epoch, MLP 256-256, batch 256, %d threads: non-private",
                  settings.intraOpThreads);
    bench::report(what, plain, "s", "-");
    bench::report("  same with DP-SGD (Poisson, clipping, noise)", dp, "s", "-");
    bench::report("  DP-SGD / non-private", dp / plain, "x", "<= 1.5x");
    return 0;
}
