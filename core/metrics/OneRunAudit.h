#pragma once

#include <cstdint>

namespace privaudit::metrics {

/// Steinke, Nasr & Jagielski (NeurIPS 2023), "Privacy Auditing with One (1) Training Run": with m canaries
/// each included independently with probability 1/2, r guesses of which v are right, the p-value of
/// "the training is (epsilon, delta)-DP" is
///   p = F(v) + 2 m delta max_{1<=i<=v} (F(v - i) - F(v)) / i,   F(u) = P[Bin(r, e^eps / (1 + e^eps)) >= u]
/// (the form computed by jax_privacy and ml_privacy_meter). Binomial tails via Boost.Math.
double oneRunPValue(std::int64_t canaries, std::int64_t guesses, std::int64_t correct, double epsilon,
                    double delta);

/// The largest epsilon whose p-value stays <= beta (bisection to 1e-6): a lower bound on epsilon with
/// confidence 1 - beta, valid when the guesses were fixed before looking at the outcome.
double oneRunEpsilonLowerBound(std::int64_t canaries, std::int64_t guesses, std::int64_t correct,
                               double delta, double beta = 0.05);

} // namespace privaudit::metrics
