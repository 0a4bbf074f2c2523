// Membership statistics on one million scores: ROC, AUC, TPR at FPR and a 200-resample bootstrap.
#include "BenchUtil.h"
#include "metrics/MembershipMetrics.h"

#include <random>
#include <thread>

using namespace privaudit;

int main()
{
    std::mt19937_64 rng(1);
    std::normal_distribution<double> normal;
    metrics::ScoredRecords r;
    for (int i = 0; i < 1000000; ++i) {
        const bool member = i % 2 == 0;
        r.members.push_back(member);
        r.scores.push_back(normal(rng) + (member ? 0.3 : 0.0));
    }
    bench::header("Membership statistics, 1,000,000 scores");
    metrics::MetricsOptions options;
    options.bootstrapResamples = 200;
    options.threads = int(std::max(1u, std::thread::hardware_concurrency()));
    double auc = 0.0;
    const double all =
        bench::medianSeconds(3, [&] { auc += metrics::MembershipMetrics::compute(r, options).auc; });
    bench::report("ROC, AUC, TPR at 0.1/1/10% FPR, epsilon LB, bootstrap x200", all, "s", "< 1 s");
    options.bootstrapResamples = 0;
    const double point =
        bench::medianSeconds(3, [&] { auc += metrics::MembershipMetrics::compute(r, options).auc; });
    bench::report("  the same without the bootstrap", point, "s", "-");
    return auc > 0 ? 0 : 1;
}
