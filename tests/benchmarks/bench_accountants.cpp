// Accountant speed: the figures quoted in the README ("Benchmarks"). Reports, never fails on time.
#include "BenchUtil.h"
#include "dp/PldAccountant.h"
#include "dp/RdpAccountant.h"

#include <cmath>
#include <cstdio>

using namespace privaudit;
using namespace privaudit::dp;

int main()
{
    bench::header(
        "Differential-privacy accountants (TF MNIST setting: q = 256/60000, sigma = 1.1, delta = 1e-5)");
    const double q = 256.0 / 60000.0;
    const RdpAccountant rdp;
    double sink = 0.0;

    const double one = bench::medianSeconds(
        2000, [&] { sink += rdp.epsilon(MechanismHistory::poissonGaussian(q, 1.1, 14063), 1e-5).epsilon; });
    bench::report("RDP epsilon, one configuration (default order grid)", one * 1e6, "us", "< 50 us");

    const double curve = bench::medianSeconds(20, [&] {
        for (int i = 0; i < 200; ++i) {
            const double sigma = 0.5 + 4.5 * i / 199.0;
            sink += rdp.epsilon(MechanismHistory::poissonGaussian(q, sigma, 14063), 1e-5).epsilon;
        }
    });
    bench::report("RDP epsilon-vs-sigma curve, 200 points", curve * 1e3, "ms", "< 10 ms");

    const double epochs = bench::medianSeconds(20, [&] {
        // What the GUI calculator does per change: one RDP curve, 120 epoch points from it.
        auto perStep = rdp.rdp(MechanismHistory::poissonGaussian(q, 1.1, 1));
        for (int i = 1; i <= 120; ++i) {
            auto scaled = perStep;
            for (double& v : scaled)
                v *= i * 117.0;
            sink += RdpAccountant::epsilonFromRdp(rdp.orders(), scaled, 1e-5).epsilon;
        }
    });
    bench::report("Calculator update: epsilon + 120-point epsilon-vs-epochs", epochs * 1e3, "ms", "< 16 ms");

    const PldAccountant pld(1e-4);
    const double pld10k = bench::medianSeconds(
        3, [&] { sink += pld.epsilon(MechanismHistory::poissonGaussian(q, 1.1, 10000), 1e-5); });
    bench::report("PLD epsilon, 10,000 identical steps, interval 1e-4", pld10k, "s", "< 1 s");

    const double pldCoarse = bench::medianSeconds(5, [&] {
        sink += PldAccountant(1e-3).epsilon(MechanismHistory::poissonGaussian(q, 1.1, 14063), 1e-5);
    });
    bench::report("PLD epsilon, 14,063 steps, interval 1e-3 (GUI)", pldCoarse, "s", "-");

    std::printf("\n(checksum %g)\n", sink);
    return std::isfinite(sink) ? 0 : 1;
}
