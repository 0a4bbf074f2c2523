#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace privaudit::bench {

/// Median wall time of @p repetitions calls of @p fn, in seconds (after one warm-up call).
inline double medianSeconds(int repetitions, const std::function<void()>& fn)
{
    fn();
    std::vector<double> times;
    for (int i = 0; i < repetitions; ++i) {
        const auto start = std::chrono::steady_clock::now();
        fn();
        times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

/// One row of the benchmark table: what, measured value, unit, target.
inline void report(const char* what, double value, const char* unit, const char* target)
{
    std::printf("| %-66s | %12.3f %-3s | %-12s |\n", what, value, unit, target);
    std::fflush(stdout);
}

inline void header(const char* title)
{
    std::printf("\n%s\n| %-66s | %16s | %-12s |\n|%s|%s|%s|\n", title, "benchmark", "median", "target",
                std::string(68, '-').c_str(), std::string(18, '-').c_str(), std::string(14, '-').c_str());
}

} // namespace privaudit::bench
