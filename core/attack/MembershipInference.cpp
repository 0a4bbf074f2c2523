#include "attack/MembershipInference.h"

#include <algorithm>
#include <map>
#include <atomic>
#include <chrono>
#include <cmath>
#include <mutex>
#include <numeric>
#include <random>
#include <thread>

namespace privaudit::attack {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

/// softplus(x) = log(1 + e^x) without overflow for large x or loss of precision for very negative x.
double softplus(double x)
{
    return x > 0.0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x));
}

/// Per-row log-softmax in double precision: log p_j = (z_j - m) - log1p(sum over j != argmax of
/// exp(z_j - m)), so log p of the top class keeps its value (about -e^-margin) instead of rounding to 0
/// once the margin passes about 37, as z_j - (m + log(1 + tiny)) does.
std::vector<double> logSoftmaxRow(const Eigen::MatrixXf& logits, Eigen::Index row)
{
    const Eigen::Index c = logits.cols();
    Eigen::Index top = 0;
    for (Eigen::Index j = 1; j < c; ++j)
        if (double(logits(row, j)) > double(logits(row, top)))
            top = j;
    const double m = double(logits(row, top));
    double rest = 0.0;
    for (Eigen::Index j = 0; j < c; ++j)
        if (j != top)
            rest += std::exp(double(logits(row, j)) - m);
    // (z_j - m) - log1p(rest), not z_j - (m + log1p(rest)): m + 1e-22 would round back to m.
    const double logRest = std::log1p(rest);
    std::vector<double> out(static_cast<std::size_t>(c));
    for (Eigen::Index j = 0; j < c; ++j)
        out[std::size_t(j)] = (double(logits(row, j)) - m) - logRest;
    return out;
}

/// phi = z_y - LSE_{j != y} z_j = log(p_y / (1 - p_y)), exact for any margin. p_y = sigmoid(phi), so
/// log p_y = -softplus(-phi) and log(1 - p_y) = -softplus(phi), both without cancellation.
double logitScaledConfidence(const Eigen::MatrixXf& logits, Eigen::Index row, Eigen::Index y)
{
    double m = -std::numeric_limits<double>::infinity();
    for (Eigen::Index j = 0; j < logits.cols(); ++j)
        if (j != y)
            m = std::max(m, double(logits(row, j)));
    double s = 0.0;
    for (Eigen::Index j = 0; j < logits.cols(); ++j)
        if (j != y)
            s += std::exp(double(logits(row, j)) - m);
    return double(logits(row, y)) - (m + std::log(s));
}

/// log(1 - p) from log p, accurate for p near 0 (log1p) and near 1 (expm1).
double log1mExp(double logP)
{
    return logP < -M_LN2 ? std::log1p(-std::exp(logP)) : std::log(-std::expm1(logP));
}

double median(std::vector<double> v)
{
    if (v.empty())
        return std::nan("");
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(mid), v.end());
    if (v.size() % 2 == 1)
        return v[mid];
    const double upper = v[mid];
    const double lower = *std::max_element(v.begin(), v.begin() + std::ptrdiff_t(mid));
    return 0.5 * (lower + upper);
}

double populationStd(const std::vector<double>& v)
{
    if (v.empty())
        return 0.0;
    const double mean = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    double ss = 0.0;
    for (double x : v)
        ss += (x - mean) * (x - mean);
    return std::sqrt(ss / double(v.size()));
}

double logNormalPdf(double x, double mean, double sd)
{
    const double z = (x - mean) / sd;
    return -0.5 * z * z - std::log(sd) - 0.5 * std::log(2.0 * M_PI);
}

double logNormalCdf(double x)
{
    // log Phi(x), accurate in the lower tail.
    if (x > -20.0)
        return std::log(0.5 * std::erfc(-x / std::sqrt(2.0)));
    return -0.5 * x * x - std::log(-x) - 0.5 * std::log(2.0 * M_PI);
}

/// Outputs of one reference model on the candidates and the population records.
struct ReferenceOutputs
{
    Eigen::MatrixXf candidateLogits;   ///< for the shadow-model attack
    std::vector<double> candidatePhi;  ///< logit-scaled confidence phi; p_y = sigmoid(phi)
    std::vector<double> populationPhi;
};

} // namespace

QStringList availableAttacks()
{
    return {QStringLiteral("loss"),       QStringLiteral("confidence"), QStringLiteral("entropy"),
            QStringLiteral("modified-entropy"), QStringLiteral("lira"), QStringLiteral("rmia"),
            QStringLiteral("shadow"),     QStringLiteral("label-only")};
}

std::vector<double> membershipSignal(const Eigen::MatrixXf& logits, const std::vector<std::int64_t>& labels,
                                     Signal signal)
{
    std::vector<double> out(labels.size());
    for (Eigen::Index i = 0; i < logits.rows(); ++i) {
        const auto y = static_cast<std::size_t>(labels[std::size_t(i)]);
        double v = 0.0;
        switch (signal) {
        case Signal::Loss:
            v = -softplus(-logitScaledConfidence(logits, i, Eigen::Index(y)));
            break;
        case Signal::Confidence:
        case Signal::LogitScaledConfidence:
            v = logitScaledConfidence(logits, i, Eigen::Index(y));
            break;
        case Signal::Entropy:
            for (double lp : logSoftmaxRow(logits, i))
                v += std::exp(lp) * lp;
            break;
        case Signal::ModifiedEntropy: {
            // Song & Mittal: Mentr = -(1 - p_y) log p_y - sum_{j != y} p_j log(1 - p_j).
            const std::vector<double> logp = logSoftmaxRow(logits, i);
            const double phi = logitScaledConfidence(logits, i, Eigen::Index(y));
            double mentr = std::exp(-softplus(phi)) * softplus(-phi);
            for (std::size_t j = 0; j < logp.size(); ++j)
                if (j != y)
                    mentr -= std::exp(logp[j]) * log1mExp(logp[j]);
            v = -mentr;
            break;
        }
        }
        out[std::size_t(i)] = v;
    }
    return out;
}

QString MembershipInference::needsModel(const QString& attack)
{
    if (attack == QLatin1String("lira") || attack == QLatin1String("rmia") || attack == QLatin1String("shadow"))
        return tr("it trains reference models on the data with the target's recipe, which a predictions file does not "
                  "give");
    if (attack == QLatin1String("label-only"))
        return tr("it queries the model on perturbed inputs, which a predictions file cannot answer");
    return {};
}

AttackScores MembershipInference::thresholdAttack(const QString& name, const Eigen::MatrixXf& logits,
                                                  const std::vector<std::int64_t>& labels,
                                                  const std::vector<bool>& members,
                                                  const std::vector<std::int64_t>& rowIds)
{
    const auto start = Clock::now();
    Signal signal = Signal::Loss;
    if (name == QLatin1String("confidence"))
        signal = Signal::Confidence;
    else if (name == QLatin1String("entropy"))
        signal = Signal::Entropy;
    else if (name == QLatin1String("modified-entropy"))
        signal = Signal::ModifiedEntropy;
    AttackScores a;
    a.attack = name;
    a.variant = tr("global threshold");
    a.records.scores = membershipSignal(logits, labels, signal);
    a.records.members = members;
    a.rowIds = rowIds;
    a.seconds = secondsSince(start);
    return a;
}

Expected<MiaRun> MembershipInference::run(const data::DataTable& table, const data::DataSplit& split,
                                          const data::TableEncoder& encoder, const model::ModelSpec& spec,
                                          const model::TrainingConfig& training, const MiaConfig& config,
                                          const compute::ComputeSettings& settings, const AttackProgress& progress)
{
    for (const QString& a : config.attacks)
        if (!availableAttacks().contains(a))
            return Expected<MiaRun>::failure(
                tr("Unknown attack '%1'; available: %2.").arg(a, availableAttacks().join(QStringLiteral(", "))));
    const bool wantLira = config.attacks.contains(QStringLiteral("lira"));
    const bool wantRmia = config.attacks.contains(QStringLiteral("rmia"));
    const bool wantShadow = config.attacks.contains(QStringLiteral("shadow"));
    const bool needReferences = wantLira || wantRmia || wantShadow;
    const int K = config.referenceModels;
    if (needReferences && K < (config.liraOnline || wantShadow ? 2 : 1))
        return Expected<MiaRun>::failure(
            tr("LiRA and RMIA need at least %1 reference models, got %2.").arg(config.liraOnline ? 2 : 1).arg(K));
    if (split.members.empty() || split.nonMembers.empty())
        return Expected<MiaRun>::failure(tr("Membership inference needs both members and non-members."));
    auto report = [&](double f, const QString& stage) { return !progress || progress(f, stage); };

    // Candidates: the target's members, then its non-members.
    std::vector<std::int64_t> candidates = split.members;
    candidates.insert(candidates.end(), split.nonMembers.begin(), split.nonMembers.end());
    std::vector<bool> isMember(candidates.size(), false);
    std::fill(isMember.begin(), isMember.begin() + std::ptrdiff_t(split.members.size()), true);
    const data::EncodedRows candidateRows = encoder.encode(table, candidates);
    const data::EncodedRows memberRows = encoder.encode(table, split.members);
    const std::size_t zCount = std::min<std::size_t>(std::size_t(std::max(0, config.populationSamples)), split.population.size());
    const std::vector<std::int64_t> zIds(split.population.begin(), split.population.begin() + std::ptrdiff_t(zCount));
    const data::EncodedRows populationRows = encoder.encode(table, zIds);

    // The target.
    MiaRun run;
    if (!report(0.0, config.externalTarget ? tr("Querying the target model") : tr("Training the target model")))
        return Expected<MiaRun>::failure(tr("Cancelled."));
    std::optional<model::Classifier> target;
    model::Evaluation targetOnCandidates;
    if (config.externalTarget) {
        targetOnCandidates.logits = config.externalTarget(candidateRows.features);
    } else {
        auto created = model::Classifier::create(spec, encoder.inputWidth(), encoder.classCount(), training.seed,
                                                 settings.device);
        if (!created)
            return Expected<MiaRun>::failure(created.error());
        target.emplace(std::move(created).value());
        auto trained = target->train(memberRows.features, memberRows.labels, training, [&](int epoch, double f) {
            return report(0.1 * f, tr("Training the target model, epoch %1 of %2").arg(epoch).arg(training.epochs));
        });
        if (!trained)
            return Expected<MiaRun>::failure(trained.error());
        run.targetTraining = *trained;
        target->attachEncoder(encoder.toJson());
        auto bytes = target->torchScriptBytes();
        if (!bytes)
            return Expected<MiaRun>::failure(bytes.error());
        run.targetTorchScript = std::move(bytes).value();
        targetOnCandidates = target->evaluate(candidateRows.features, candidateRows.labels);
    }
    auto queryTarget = [&](const data::FeatureMatrix& x) {
        return config.externalTarget ? config.externalTarget(x) : Eigen::MatrixXf(target->evaluate(x, std::vector<std::int64_t>(std::size_t(x.rows()), 0)).logits);
    };
    {
        const auto members = static_cast<Eigen::Index>(split.members.size());
        double correctIn = 0, correctOut = 0;
        for (Eigen::Index i = 0; i < targetOnCandidates.logits.rows(); ++i) {
            Eigen::Index best = 0;
            targetOnCandidates.logits.row(i).maxCoeff(&best);
            const bool correct = best == candidateRows.labels[std::size_t(i)];
            (i < members ? correctIn : correctOut) += correct ? 1 : 0;
        }
        run.targetTrainAccuracy = correctIn / double(split.members.size());
        run.targetTestAccuracy = correctOut / double(split.nonMembers.size());
        // Utility on the held-out non-members: cross-entropy and the task AUC.
        const Eigen::MatrixXf testLogits = targetOnCandidates.logits.bottomRows(Eigen::Index(split.nonMembers.size()));
        const std::vector<std::int64_t> testLabels(candidateRows.labels.begin() + std::ptrdiff_t(split.members.size()),
                                                   candidateRows.labels.end());
        const std::vector<double> negativeLoss = membershipSignal(testLogits, testLabels, Signal::Loss);
        run.targetTestLoss = -std::accumulate(negativeLoss.begin(), negativeLoss.end(), 0.0) / double(negativeLoss.size());
        const std::vector<std::int64_t> memberLabels(candidateRows.labels.begin(),
                                                     candidateRows.labels.begin() + std::ptrdiff_t(split.members.size()));
        run.utility = metrics::UtilityCheck::evaluate(testLogits, testLabels, memberLabels);
        run.targetTestAuc = run.utility.taskAuc;
    }

    for (const QString& a : config.attacks)
        if (a == QLatin1String("loss") || a == QLatin1String("confidence") || a == QLatin1String("entropy") ||
            a == QLatin1String("modified-entropy"))
            run.attacks.push_back(thresholdAttack(a, targetOnCandidates.logits, candidateRows.labels, isMember, candidates));
    if (config.attacks.contains(QStringLiteral("label-only"))) {
        // Choquette-Choo et al. 2021, noise robustness: members tend to keep their label under small
        // perturbations. Score = how many of N Gaussian perturbations of the (standardised) input the
        // target still labels correctly; only the target's labels are used.
        const auto start = Clock::now();
        constexpr int kPerturbations = 32;
        constexpr double kNoise = 0.25;
        std::mt19937_64 rng(config.seed ^ 0x1ABE1ULL);
        std::normal_distribution<float> normal(0.0f, float(kNoise));
        AttackScores a;
        a.attack = QStringLiteral("label-only");
        a.variant = tr("noise robustness, %1 queries, sigma %2").arg(kPerturbations).arg(kNoise);
        a.records.scores.assign(candidates.size(), 0.0);
        for (int t = 0; t < kPerturbations; ++t) {
            data::FeatureMatrix noisy = candidateRows.features;
            for (Eigen::Index i = 0; i < noisy.size(); ++i)
                noisy.data()[i] += normal(rng);
            const Eigen::MatrixXf logits = queryTarget(noisy);
            for (Eigen::Index i = 0; i < logits.rows(); ++i) {
                Eigen::Index best = 0;
                logits.row(i).maxCoeff(&best);
                if (best == candidateRows.labels[std::size_t(i)])
                    a.records.scores[std::size_t(i)] += 1.0;
            }
        }
        a.records.members = isMember;
        a.rowIds = candidates;
        a.seconds = secondsSince(start);
        run.attacks.push_back(std::move(a));
    }
    if (!needReferences) {
        report(1.0, tr("Done"));
        return run;
    }

    // Keep matrix: every candidate is IN for exactly K/2 reference models (argsort of uniforms).
    const std::size_t n = candidates.size();
    std::vector<std::vector<bool>> keep(std::size_t(K), std::vector<bool>(n, false));
    {
        std::mt19937_64 rng(config.seed ^ 0x5DEECE66DULL);
        std::vector<std::pair<double, int>> draw(static_cast<std::size_t>(K));
        for (std::size_t j = 0; j < n; ++j) {
            for (int k = 0; k < K; ++k)
                draw[std::size_t(k)] = {double(rng() >> 11) * 0x1.0p-53, k};
            std::sort(draw.begin(), draw.end());
            for (int r = 0; r < K / 2; ++r)
                keep[std::size_t(draw[std::size_t(r)].second)][j] = true;
        }
    }

    // Reference models on the job pool; the GUI/CLI thread only reports progress and relays cancel.
    const auto refStart = Clock::now();
    const compute::ComputeSettings pool = settings.forParallelWorkers(std::min(K, std::max(1, settings.cores)));
    std::vector<ReferenceOutputs> outputs(static_cast<std::size_t>(K));
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::atomic<bool> cancel{false};
    std::mutex errorMutex;
    QString error;
    auto worker = [&] {
        compute::ComputeEnvironment::setThreadsForCurrentWorker(pool.intraOpThreads);
        while (!cancel.load()) {
            const int k = next.fetch_add(1);
            if (k >= K)
                break;
            std::vector<std::int64_t> rows;
            for (std::size_t j = 0; j < n; ++j)
                if (keep[std::size_t(k)][j])
                    rows.push_back(candidates[j]);
            const data::EncodedRows train = encoder.encode(table, rows);
            auto ref = model::Classifier::create(spec, encoder.inputWidth(), encoder.classCount(),
                                                 training.seed + 1000003ULL * std::uint64_t(k + 1), settings.device);
            model::TrainingConfig refTraining = training;
            refTraining.seed = training.seed + 1000003ULL * std::uint64_t(k + 1);
            auto result = ref.value().train(train.features, train.labels, refTraining,
                                            [&](int, double) { return !cancel.load(); });
            if (!result) {
                std::lock_guard lock(errorMutex);
                if (error.isEmpty() && !cancel.load())
                    error = result.error();
                cancel = true;
                break;
            }
            const auto onCandidates = ref->evaluate(candidateRows.features, candidateRows.labels);
            ReferenceOutputs& o = outputs[std::size_t(k)];
            if (wantShadow)
                o.candidateLogits = onCandidates.logits;
            o.candidatePhi = membershipSignal(onCandidates.logits, candidateRows.labels, Signal::LogitScaledConfidence);
            if (zCount > 0) {
                const auto onPopulation = ref->evaluate(populationRows.features, populationRows.labels);
                o.populationPhi = membershipSignal(onPopulation.logits, populationRows.labels, Signal::LogitScaledConfidence);
            }
            ++done;
        }
    };
    std::vector<std::thread> threads;
    for (int w = 0; w < pool.jobWorkers; ++w)
        threads.emplace_back(worker);
    while (done.load() < K && !cancel.load()) {
        if (!report(0.1 + 0.85 * double(done.load()) / K,
                    tr("Training reference model %1 of %2").arg(std::min(K, done.load() + 1)).arg(K)))
            cancel = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    for (auto& t : threads)
        t.join();
    if (!error.isEmpty())
        return Expected<MiaRun>::failure(error);
    if (cancel.load())
        return Expected<MiaRun>::failure(tr("Cancelled."));
    run.referenceModels = K;
    run.referenceSeconds = secondsSince(refStart);
    report(0.95, tr("Scoring"));

    const std::vector<double> targetPhi =
        membershipSignal(targetOnCandidates.logits, candidateRows.labels, Signal::LogitScaledConfidence);
    if (wantLira) {
        const auto start = Clock::now();
        AttackScores a;
        a.attack = QStringLiteral("lira");
        a.variant = (config.liraOnline ? tr("online") : tr("offline")) + QStringLiteral(", ") +
                    (config.liraFixedVariance ? tr("fixed variance") : tr("per-example variance"));
        std::vector<std::vector<double>> in(n), out(n);
        std::vector<double> allIn, allOut;
        for (std::size_t j = 0; j < n; ++j)
            for (int k = 0; k < K; ++k) {
                const double phi = outputs[std::size_t(k)].candidatePhi[j];
                (keep[std::size_t(k)][j] ? in[j] : out[j]).push_back(phi);
                (keep[std::size_t(k)][j] ? allIn : allOut).push_back(phi);
            }
        // Carlini et al.'s reference: the fixed variance of the online attack is the spread of all IN
        // scores (used for IN and OUT); offline uses the spread of all OUT scores.
        const double globalIn = populationStd(allIn) + 1e-30;
        const double globalOut = populationStd(allOut) + 1e-30;
        a.records.scores.resize(n);
        for (std::size_t j = 0; j < n; ++j) {
            const double t = targetPhi[j];
            const double muOut = median(out[j]);
            if (config.liraOnline) {
                const double muIn = median(in[j]);
                const double sIn = config.liraFixedVariance ? globalIn : populationStd(in[j]) + 1e-30;
                const double sOut = config.liraFixedVariance ? globalIn : populationStd(out[j]) + 1e-30;
                a.records.scores[j] = logNormalPdf(t, muIn, sIn) - logNormalPdf(t, muOut, sOut);
            } else {
                const double sOut = config.liraFixedVariance ? globalOut : populationStd(out[j]) + 1e-30;
                a.records.scores[j] = logNormalCdf((t - muOut) / sOut); // one-sided: more confident than OUT
            }
        }
        a.records.members = isMember;
        a.rowIds = candidates;
        a.seconds = secondsSince(start) + run.referenceSeconds;
        run.attacks.push_back(std::move(a));
    }
    if (wantRmia) {
        const auto start = Clock::now();
        AttackScores a;
        a.attack = QStringLiteral("rmia");
        a.variant = config.liraOnline ? tr("online, gamma 1") : tr("offline, a = %1, gamma 1").arg(config.rmiaOfflineA);
        // In the log domain throughout: p_y = sigmoid(phi), so log p_y = -softplus(-phi) and
        // 1 - p_y = exp(-softplus(phi)) keep their precision when every model is sure (p_y -> 1), where
        // the ratio p_target / p_reference of probabilities rounds to exactly 1 for every record.
        const double a1 = config.rmiaOfflineA;
        // log Pr(x) = log of the marginal over reference models: the mean of p_y (online), or
        // offline (1 + a)/2 mean_OUT p_y + (1 - a)/2 = 1 - (1 + a)/2 mean_OUT (1 - p_y).
        auto logMarginal = [&](const std::vector<double>& phis) {
            if (phis.empty())
                return 0.0;
            if (config.liraOnline) {
                double m = -std::numeric_limits<double>::infinity();
                for (double phi : phis)
                    m = std::max(m, -softplus(-phi));
                double sum = 0.0;
                for (double phi : phis)
                    sum += std::exp(-softplus(-phi) - m);
                return m + std::log(sum / double(phis.size()));
            }
            double meanComplement = 0.0;
            for (double phi : phis)
                meanComplement += std::exp(-softplus(phi));
            meanComplement /= double(phis.size());
            return std::log1p(-0.5 * (1.0 + a1) * meanComplement);
        };
        // Population z: non-members of the target and OUT for every reference model.
        std::vector<double> logRatioZ;
        if (zCount > 0) {
            const std::vector<double> phiZ = membershipSignal(queryTarget(populationRows.features),
                                                              populationRows.labels, Signal::LogitScaledConfidence);
            std::vector<double> phis(static_cast<std::size_t>(K));
            for (std::size_t z = 0; z < zCount; ++z) {
                for (int k = 0; k < K; ++k)
                    phis[std::size_t(k)] = outputs[std::size_t(k)].populationPhi[z];
                logRatioZ.push_back(-softplus(-phiZ[z]) - logMarginal(phis));
            }
            std::sort(logRatioZ.begin(), logRatioZ.end());
        }
        a.records.scores.resize(n);
        std::vector<double> all, outOnly;
        for (std::size_t j = 0; j < n; ++j) {
            all.clear();
            outOnly.clear();
            for (int k = 0; k < K; ++k) {
                const double phi = outputs[std::size_t(k)].candidatePhi[j];
                all.push_back(phi);
                if (!keep[std::size_t(k)][j])
                    outOnly.push_back(phi);
            }
            const double logPx = logMarginal(config.liraOnline || outOnly.empty() ? all : outOnly);
            const double logRx = -softplus(-targetPhi[j]) - logPx;
            // S(x) = fraction of z with LR(x, z) = r(x) / r(z) >= 1.
            const auto below = std::upper_bound(logRatioZ.begin(), logRatioZ.end(), logRx) - logRatioZ.begin();
            a.records.scores[j] = logRatioZ.empty() ? logRx : double(below) / double(logRatioZ.size());
        }
        a.records.members = isMember;
        a.rowIds = candidates;
        a.seconds = secondsSince(start) + run.referenceSeconds;
        run.attacks.push_back(std::move(a));
    }
    if (wantShadow) {
        // Shokri et al. 2017: the reference models act as shadow models whose IN/OUT records are known;
        // one attack classifier per class learns IN versus OUT from the shadow model's log-probability
        // vector, and is applied to the target's output for records of that class.
        const auto start = Clock::now();
        AttackScores a;
        a.attack = QStringLiteral("shadow");
        a.variant = tr("%1 shadow models, one attack model per class").arg(K);
        a.records.scores.assign(n, 0.5);
        const int classes = encoder.classCount();
        auto logProbabilities = [&](const Eigen::MatrixXf& logits, std::size_t j, data::FeatureMatrix& row, Eigen::Index r) {
            const std::vector<double> lp = logSoftmaxRow(logits, Eigen::Index(j));
            for (int c = 0; c < classes; ++c)
                row(r, c) = float(std::max(lp[std::size_t(c)], -30.0));
        };
        for (int c = 0; c < classes; ++c) {
            std::vector<std::size_t> ofClass;
            for (std::size_t j = 0; j < n; ++j)
                if (candidateRows.labels[j] == c)
                    ofClass.push_back(j);
            if (ofClass.empty())
                continue;
            data::FeatureMatrix x(Eigen::Index(ofClass.size()) * K, classes);
            std::vector<std::int64_t> y(std::size_t(x.rows()));
            Eigen::Index r = 0;
            for (int k = 0; k < K; ++k)
                for (std::size_t j : ofClass) {
                    logProbabilities(outputs[std::size_t(k)].candidateLogits, j, x, r);
                    y[std::size_t(r)] = keep[std::size_t(k)][j] ? 1 : 0;
                    ++r;
                }
            auto attackModel = model::Classifier::create(*model::ModelSpec::parse(QStringLiteral("mlp:64")), classes, 2,
                                                         config.seed + std::uint64_t(c));
            model::TrainingConfig attackTraining;
            attackTraining.epochs = 5;
            attackTraining.batchSize = 256;
            attackTraining.seed = config.seed + std::uint64_t(c);
            if (!attackModel || !attackModel.value().train(x, y, attackTraining))
                return Expected<MiaRun>::failure(tr("Training the attack model for class %1 failed.").arg(c));
            data::FeatureMatrix query(Eigen::Index(ofClass.size()), classes);
            for (std::size_t q = 0; q < ofClass.size(); ++q)
                logProbabilities(targetOnCandidates.logits, ofClass[q], query, Eigen::Index(q));
            const auto scored = attackModel->evaluate(query, std::vector<std::int64_t>(ofClass.size(), 1));
            // Member probability; its log-odds keep the ranking without saturating at 1.
            for (std::size_t q = 0; q < ofClass.size(); ++q)
                a.records.scores[ofClass[q]] = double(scored.logits(Eigen::Index(q), 1) - scored.logits(Eigen::Index(q), 0));
        }
        a.records.members = isMember;
        a.rowIds = candidates;
        a.seconds = secondsSince(start) + run.referenceSeconds;
        run.attacks.push_back(std::move(a));
    }
    report(1.0, tr("Done"));
    return run;
}

} // namespace privaudit::attack
