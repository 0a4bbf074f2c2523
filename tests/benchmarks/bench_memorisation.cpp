// Counterfactual memorisation beyond the LiRA run: (1) the estimates, permutation tests (200 per record)
// and summary for a 16-model bank on 32,561 candidates (Adult's size), from generated outputs; (2) a real
// LiRA run with 16 reference models on Adult (2,000 members; the demo data when Adult is not there), what
// the memorisation added to it. The target: under 1 s beyond the LiRA run.
#include "attack/MembershipInference.h"
#include "attack/MemorisationSummary.h"
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

    bench::header("Counterfactual memorisation, 16 reference models x 32,561 candidates (generated outputs)");
    const int K = 16;
    const std::size_t n = 32561;
    std::mt19937_64 rng(1);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    metrics::ReferenceBankOutputs bank;
    for (int k = 0; k < K; ++k) {
        std::vector<bool> keep(n), correct(n);
        std::vector<double> logProb(n);
        for (std::size_t j = 0; j < n; ++j) {
            keep[j] = (std::size_t(k) + j) % 2 == 0;
            const double p = keep[j] ? 0.4 + 0.6 * u(rng) : u(rng);
            logProb[j] = std::log(std::max(p, 1e-9));
            correct[j] = p > 0.5;
        }
        bank.keep.push_back(keep);
        bank.correct.push_back(correct);
        bank.logProb.push_back(logProb);
    }
    std::vector<bool> isMember(n);
    std::vector<std::int64_t> rows(n);
    for (std::size_t j = 0; j < n; ++j) {
        isMember[j] = j < n / 2;
        rows[j] = std::int64_t(j);
    }
    const std::vector<int> copies(n, 1);
    const double seconds = bench::medianSeconds(3, [&] {
        const auto scores = metrics::counterfactualMemorisation(bank, 200, 1);
        const auto s =
            attack::MemorisationSummary::summarise(scores, isMember, rows, copies, nullptr, K, 200, 1);
        if (s.members == 0) std::abort();
    });
    bench::report("estimates + 200 permutations per record + summary", seconds, "s", "< 1 s");

    const QString path = QStringLiteral(PRIVAUDIT_SHARED_DIR "/datasets/adult.csv");
    const bool adult = QFile::exists(path);
    data::DataTable table = adult ? data::CsvImporter::importFile(path).value() : data::DemoData::patients();
    if (adult) table.setRole(QStringLiteral("income-per-year"), data::ColumnRole::Label);
    bench::header(adult ? "LiRA with 16 reference models on Adult (2,000 members), memorisation beside it"
                        : "LiRA with 16 reference models on the demo data (Adult not found)");
    const auto split = data::DataSplit::make(table, {2000, 2000, 1}).value();
    const auto encoder = data::TableEncoder::fit(table, split.members).value();
    model::TrainingConfig training = model::TrainingConfig::recommended(false);
    attack::MiaConfig config;
    config.attacks = {QStringLiteral("lira")};
    config.referenceModels = K;
    const auto start = std::chrono::steady_clock::now();
    const auto run = attack::MembershipInference::run(table, split, encoder,
                                                      *model::ModelSpec::parse(QStringLiteral("mlp:256,256")),
                                                      training, config, settings);
    if (!run || !run->memorisation) {
        std::printf("the LiRA run failed: %s\n", run ? "no memorisation" : qPrintable(run.error()));
        return 1;
    }
    const double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    bench::report("LiRA run end to end (target + 16 reference models, MLP 256-256)", total, "s", "-");
    bench::report("  of which the reference models", run->referenceSeconds, "s", "-");
    bench::report("  of which the memorisation of all 4,000 candidates", run->memorisationSeconds, "s",
                  "< 1 s");
    return 0;
}
