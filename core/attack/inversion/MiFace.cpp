#include "attack/inversion/MiFace.h"

#include "attack/inversion/ColumnJudge.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <QJsonArray>
#include <QLocale>
#include <random>

namespace privaudit::attack {

namespace {

/// The model's input for free parameters @p z: one-hot groups as the softmax of their logits.
Eigen::VectorXd inputOf(const Eigen::VectorXd& z, const std::vector<data::InputGroup>& groups)
{
    Eigen::VectorXd x = z;
    for (const data::InputGroup& g : groups) {
        if (g.numeric) continue;
        const Eigen::VectorXd u = z.segment(g.offset, g.width);
        const Eigen::VectorXd e = (u.array() - u.maxCoeff()).exp().matrix();
        x.segment(g.offset, g.width) = e / e.sum();
    }
    return x;
}

/// A one-hot group decoded (arg-max), whole-number numeric columns rounded in their own units.
Eigen::VectorXd decode(const Eigen::VectorXd& x, const std::vector<data::InputGroup>& groups,
                       const std::vector<bool>& whole)
{
    Eigen::VectorXd d = x;
    for (std::size_t k = 0; k < groups.size(); ++k) {
        const data::InputGroup& g = groups[k];
        if (!g.numeric) {
            const Eigen::Index best = argmaxOf(x, g.offset, g.width);
            d.segment(g.offset, g.width).setZero();
            d(g.offset + best) = 1.0;
        } else if (whole[k] && g.scale != 0.0) {
            d(g.offset) = (std::round(g.mean + x(g.offset) / g.scale) - g.mean) * g.scale;
        }
    }
    return d;
}

QStringList describe(const Eigen::VectorXd& d, const std::vector<data::InputGroup>& groups)
{
    QStringList out;
    const QLocale c = QLocale::c();
    for (const data::InputGroup& g : groups) {
        if (g.numeric) {
            out << g.column + QLatin1Char('=') +
                       c.toString(g.scale != 0.0 ? g.mean + d(g.offset) / g.scale : g.mean, 'g', 6);
        } else {
            const Eigen::Index best = argmaxOf(d, g.offset, g.width);
            out << g.column + QLatin1Char('=') +
                       (best < g.categories.size() ? g.categories[int(best)] : QStringLiteral("<other>"));
        }
    }
    return out;
}

double mean(const std::vector<double>& v)
{
    return v.empty() ? 0.0 : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

/// What the search may move and within which bounds (MiFace::run's first step).
struct SearchSpace
{
    std::vector<data::InputGroup> searched; ///< the groups, an unused other slot left out
    Eigen::VectorXd low, high;              ///< the box
    std::vector<bool> whole;                ///< per group: a numeric column of whole numbers
};

SearchSpace searchSpace(const data::DataTable& table, const data::DataSplit& split,
                        const std::vector<data::InputGroup>& groups, const data::EncodedRows& members,
                        const data::EncodedRows& nonMembers)
{
    SearchSpace s;
    // The adversary inverts over the values a column takes: a categorical column's other/unseen slot,
    // which no member or held-out row sets (no rare categories were grouped into it), is left out of the
    // search (its weights never trained, the model's answer there is noise).
    s.searched = groups;
    for (data::InputGroup& g : s.searched) {
        if (g.numeric || g.categories.size() >= g.width) continue;
        const bool used = (members.features.col(g.offset + g.width - 1).array() > 0.5f).any() ||
                          (nonMembers.features.col(g.offset + g.width - 1).array() > 0.5f).any();
        if (!used) g.width = int(g.categories.size());
    }
    // The box: the range of each numeric input over the members and the held-out rows together, and
    // whole-number columns from their values. Nothing the search is given may tell the two sides apart:
    // from the members alone, representatives clipped to a member's extreme value sat nearest that member
    // (on Adult at DP epsilon 1, p = 0.03 that was the box's, not the model's).
    s.low = members.features.colwise().minCoeff().cast<double>().transpose().cwiseMin(
        nonMembers.features.colwise().minCoeff().cast<double>().transpose());
    s.high = members.features.colwise().maxCoeff().cast<double>().transpose().cwiseMax(
        nonMembers.features.colwise().maxCoeff().cast<double>().transpose());
    s.whole.assign(groups.size(), false);
    for (std::size_t k = 0; k < groups.size(); ++k) {
        const int c = table.indexOf(groups[k].column);
        if (!groups[k].numeric || c < 0) continue;
        const data::Column& column = table.column(std::size_t(c));
        const auto isWhole = [&](std::int64_t r) {
            const double v = column.numbers[std::size_t(r)];
            return v != v || v == std::floor(v);
        };
        s.whole[k] = std::all_of(split.members.begin(), split.members.end(), isWhole) &&
                     std::all_of(split.nonMembers.begin(), split.nonMembers.end(), isWhole);
    }
    return s;
}

/// The rows the representatives are compared with: per class as many members as held-out rows, drawn
/// from the seed, gathered once (one row each, in pool order), and each class's population centre.
struct Pools
{
    Eigen::MatrixXd rows;     ///< encoded, one per pooled row
    std::vector<bool> side;   ///< a member
    std::vector<int> stratum; ///< its class
    std::vector<Eigen::VectorXd> centres;
};

Pools drawPools(const data::EncodedRows& members, const data::EncodedRows& nonMembers,
                const std::vector<std::int64_t>& populationLabels, const Eigen::MatrixXd& pop,
                const ColumnJudge& judge, int classes, int poolRows, std::mt19937_64& rng)
{
    Pools p;
    std::vector<Eigen::Index> pooled; // members as row indices, held-out rows as -1 - index
    p.centres.resize(static_cast<std::size_t>(classes));
    const double perClassCap = double(std::max(1, poolRows)) / double(classes);
    for (int c = 0; c < classes; ++c) {
        std::vector<Eigen::Index> in, out;
        for (std::size_t i = 0; i < members.labels.size(); ++i)
            if (members.labels[i] == c) in.push_back(Eigen::Index(i));
        for (std::size_t i = 0; i < nonMembers.labels.size(); ++i)
            if (nonMembers.labels[i] == c) out.push_back(Eigen::Index(i));
        std::shuffle(in.begin(), in.end(), rng);
        std::shuffle(out.begin(), out.end(), rng);
        const std::size_t k =
            std::min({in.size(), out.size(), std::size_t(std::max(1.0, std::floor(perClassCap)))});
        for (std::size_t i = 0; i < k; ++i) {
            pooled.push_back(in[i]);
            p.side.push_back(true);
            p.stratum.push_back(c);
            pooled.push_back(-1 - out[i]);
            p.side.push_back(false);
            p.stratum.push_back(c);
        }
        std::vector<Eigen::Index> ofClass;
        for (std::size_t i = 0; i < populationLabels.size(); ++i)
            if (populationLabels[i] == c) ofClass.push_back(Eigen::Index(i));
        p.centres[std::size_t(c)] =
            ofClass.empty() ? judge.centre(pop) : judge.centre(pop(ofClass, Eigen::all));
    }
    p.rows.resize(Eigen::Index(pooled.size()), members.features.cols());
    for (std::size_t j = 0; j < pooled.size(); ++j)
        p.rows.row(Eigen::Index(j)) = pooled[j] >= 0 ? members.features.row(pooled[j]).cast<double>()
                                                     : nonMembers.features.row(-1 - pooled[j]).cast<double>();
    return p;
}

/// A decoded representative @p x of class @p cls against the pools: its squared distance to every pooled
/// row of its class (0 for the other classes, which the test does not compare) into @p distances, the
/// closest member and held-out row, and the column agreements, into @p record.
void judgeRepresentative(const Eigen::VectorXd& x, int cls, const Pools& pools, const ColumnJudge& judge,
                         MiFaceRecord* record,
                         Eigen::Ref<Eigen::RowVectorXd, 0, Eigen::InnerStride<>> distances)
{
    double in = std::numeric_limits<double>::infinity(), out = in;
    Eigen::Index nearestIn = 0, nearestOut = 0;
    for (Eigen::Index j = 0; j < pools.rows.rows(); ++j) {
        const bool same = pools.stratum[std::size_t(j)] == cls;
        const double d = same ? judge.distance2(x, pools.rows.row(j).transpose()) : 0.0;
        distances(j) = d;
        if (!same) continue;
        if (pools.side[std::size_t(j)] && d < in) {
            in = d;
            nearestIn = j;
        } else if (!pools.side[std::size_t(j)] && d < out) {
            out = d;
            nearestOut = j;
        }
    }
    record->memberDistance = std::sqrt(in);
    record->nonMemberDistance = std::sqrt(out);
    const Eigen::VectorXd closestIn = pools.rows.row(nearestIn).transpose();
    const Eigen::VectorXd closestOut = pools.rows.row(nearestOut).transpose();
    int prior = 0, hitIn = 0, hitOut = 0;
    for (std::size_t k = 0; k < judge.columns(); ++k) {
        prior += judge.hit(k, x, pools.centres[std::size_t(cls)]) ? 1 : 0;
        if (std::isfinite(in)) hitIn += judge.hit(k, x, closestIn) ? 1 : 0;
        if (std::isfinite(out)) hitOut += judge.hit(k, x, closestOut) ? 1 : 0;
    }
    const double columns = double(std::max<std::size_t>(1, judge.columns()));
    record->priorAgreement = double(prior) / columns;
    record->memberHitRate = double(hitIn) / columns;
    record->nonMemberHitRate = double(hitOut) / columns;
}

} // namespace

Eigen::VectorXd MiFace::invert(const ClassGradient& model, int cls, const Eigen::VectorXd& start,
                               const std::vector<data::InputGroup>& groups, const Eigen::VectorXd& low,
                               const Eigen::VectorXd& high, const MiFaceConfig& config, MiFaceRecord* record)
{
    Eigen::VectorXd z = start;
    Eigen::VectorXd gradient;
    Eigen::VectorXd x = inputOf(z, groups);
    Eigen::VectorXd best = x;
    double bestCost = std::numeric_limits<double>::infinity();
    std::vector<double> costs;
    const std::size_t window = std::size_t(std::max(1, config.window));
    QString stop = QStringLiteral("iterations");
    // Only the groups' slots move: a missing indicator, or an other slot left out of a group, stays.
    Eigen::VectorXd free = Eigen::VectorXd::Zero(start.size());
    for (const data::InputGroup& g : groups)
        free.segment(g.offset, g.numeric ? 1 : g.width).setOnes();
    int i = 0;
    for (;; ++i) {
        // One model call per iteration: p_t and its gradient at the current point.
        const double cost = 1.0 - model(x, cls, &gradient);
        if (cost < bestCost) {
            bestCost = cost;
            best = x;
        }
        const bool stuck =
            costs.size() >= window && cost >= *std::max_element(costs.end() - long(window), costs.end());
        costs.push_back(cost);
        if (cost <= 1.0 - config.confidence) {
            stop = QStringLiteral("confidence");
            break;
        }
        if (stuck) {
            stop = QStringLiteral("no-improvement");
            break;
        }
        if (i == config.maxIterations) break;
        // The step descends -log p_t (the gradient given is of log p_t), through the softmax for the
        // one-hot groups.
        Eigen::VectorXd step = -gradient;
        for (const data::InputGroup& g : groups) {
            if (g.numeric) continue;
            const Eigen::VectorXd s = x.segment(g.offset, g.width);
            const Eigen::VectorXd gs = step.segment(g.offset, g.width);
            step.segment(g.offset, g.width) = s.cwiseProduct((gs.array() - s.dot(gs)).matrix());
        }
        z -= config.stepSize * step.cwiseProduct(free);
        // Process: numeric inputs into the box; missing indicators stay 0.
        for (const data::InputGroup& g : groups) {
            if (!g.numeric) continue;
            z(g.offset) = std::clamp(z(g.offset), low(g.offset), high(g.offset));
            if (g.missingIndicator) z(g.offset + 1) = 0.0;
        }
        x = inputOf(z, groups);
    }
    if (record) {
        record->cls = cls;
        record->confidence = 1.0 - bestCost;
        record->iterations = i;
        record->stop = stop;
    }
    return best;
}

std::pair<double, double> MiFace::poolPermutationTest(const Eigen::MatrixXd& distances,
                                                      const std::vector<bool>& side,
                                                      const std::vector<int>& stratum,
                                                      const std::vector<int>& cls, int permutations,
                                                      std::uint64_t seed)
{
    const auto statistic = [&](const std::vector<bool>& isMember) {
        double sum = 0.0;
        for (Eigen::Index r = 0; r < distances.rows(); ++r) {
            double in = std::numeric_limits<double>::infinity(), out = in;
            for (Eigen::Index j = 0; j < distances.cols(); ++j) {
                if (stratum[std::size_t(j)] != cls[std::size_t(r)]) continue;
                double& m = isMember[std::size_t(j)] ? in : out;
                m = std::min(m, distances(r, j));
            }
            sum += std::sqrt(out) - std::sqrt(in);
        }
        return distances.rows() > 0 ? sum / double(distances.rows()) : 0.0;
    };
    const double observed = statistic(side);
    std::mt19937_64 rng(seed);
    std::vector<bool> shuffled = side;
    // Reassign within each class, keeping each side's size in it.
    std::vector<std::vector<std::size_t>> byClass;
    for (std::size_t j = 0; j < stratum.size(); ++j) {
        if (std::size_t(stratum[j]) >= byClass.size()) byClass.resize(std::size_t(stratum[j]) + 1);
        byClass[std::size_t(stratum[j])].push_back(j);
    }
    int atLeast = 0;
    for (int p = 0; p < permutations; ++p) {
        for (const std::vector<std::size_t>& rows : byClass) {
            std::vector<bool> flags;
            for (const std::size_t j : rows)
                flags.push_back(side[j]);
            std::shuffle(flags.begin(), flags.end(), rng);
            for (std::size_t k = 0; k < rows.size(); ++k)
                shuffled[rows[k]] = flags[k];
        }
        atLeast += statistic(shuffled) >= observed - 1e-12 ? 1 : 0;
    }
    return {observed, double(1 + atLeast) / double(1 + permutations)};
}

Expected<MiFaceResult> MiFace::run(const data::DataTable& table, const data::DataSplit& split,
                                   const data::TableEncoder& encoder, const model::ModelSpec& spec,
                                   const model::TrainingConfig& training, const MiFaceConfig& config,
                                   const compute::ComputeSettings& settings,
                                   const std::function<bool(double)>& progress)
{
    using Result = Expected<MiFaceResult>;
    const auto started = std::chrono::steady_clock::now();
    if (config.restarts < 1 || config.maxIterations < 1 || !(config.stepSize > 0.0) ||
        !(config.confidence > 0.0 && config.confidence < 1.0))
        return Result::failure(
            tr("MI-Face needs at least one start and one iteration, a positive step size and "
               "a confidence between 0 and 1."));
    if (split.members.empty() || split.nonMembers.empty())
        return Result::failure(
            tr("MI-Face compares with members and held-out rows; the split lacks one of them."));
    const auto cancelled = [] { return Result::failure(tr("Cancelled.")); };

    MiFaceResult result;
    result.classes = encoder.classes();
    result.tolerance = config.tolerance;
    const data::EncodedRows members = encoder.encode(table, split.members);
    const data::EncodedRows nonMembers = encoder.encode(table, split.nonMembers);
    auto created = model::Classifier::create(spec, encoder.inputWidth(), encoder.classCount(), training.seed,
                                             settings.device);
    if (!created) return Result::failure(created.error());
    model::Classifier target = std::move(created).value();
    auto trained = target.train(members.features, members.labels, training,
                                [&](int, double f) { return !progress || progress(0.4 * f); });
    if (!trained) return Result::failure(trained.error());
    result.training = *trained;
    target.attachEncoder(encoder.toJson());
    auto bytes = target.torchScriptBytes();
    if (!bytes) return Result::failure(bytes.error());
    result.torchScript = std::move(bytes).value();
    result.trainAccuracy = target.evaluate(members.features, members.labels).accuracy;
    const model::Evaluation test = target.evaluate(nonMembers.features, nonMembers.labels);
    result.testAccuracy = test.accuracy;
    result.utility = metrics::UtilityCheck::evaluate(test.logits, nonMembers.labels, members.labels);

    const std::vector<data::InputGroup> groups = encoder.inputGroups();
    const SearchSpace space = searchSpace(table, split, groups, members, nonMembers);
    const std::vector<std::int64_t>& populationIds =
        split.population.empty() ? split.nonMembers : split.population;
    const data::EncodedRows populationRows = encoder.encode(table, populationIds);
    const Eigen::MatrixXd pop = populationRows.features.cast<double>();
    const ColumnJudge judge(groups, pop, config.tolerance);
    const int width = encoder.inputWidth();
    const int classes = encoder.classCount();
    std::mt19937_64 rng(config.seed);
    const Pools pools =
        drawPools(members, nonMembers, populationRows.labels, pop, judge, classes, config.poolRows, rng);
    result.poolRows = int(std::count(pools.side.begin(), pools.side.end(), true));
    const Eigen::VectorXd& low = space.low;
    const Eigen::VectorXd& high = space.high;

    const ClassGradient gradient = [&](const Eigen::VectorXd& x, int cls, Eigen::VectorXd* g) {
        Eigen::VectorXd p;
        const Eigen::MatrixXd grad = target.logProbabilityGradient(x.transpose(), cls, &p);
        if (g) *g = grad.row(0).transpose();
        return p(0);
    };
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const int total = classes * config.restarts;
    Eigen::MatrixXd distances(total, pools.rows.rows());
    std::vector<int> recordClass;
    for (int c = 0; c < classes; ++c) {
        for (int r = 0; r < config.restarts; ++r) {
            Eigen::VectorXd start = Eigen::VectorXd::Zero(width);
            if (r > 0) // a random start: numeric inputs uniform in the box, categorical logits N(0, 1)
                for (const data::InputGroup& g : space.searched) {
                    if (g.numeric)
                        start(g.offset) = low(g.offset) + uniform(rng) * (high(g.offset) - low(g.offset));
                    else
                        for (int s = 0; s < g.width; ++s)
                            start(g.offset + s) = normal(rng);
                }
            for (const data::InputGroup& g : groups)
                if (g.numeric) start(g.offset) = std::clamp(start(g.offset), low(g.offset), high(g.offset));
            MiFaceRecord record;
            const Eigen::VectorXd x =
                decode(invert(gradient, c, start, space.searched, low, high, config, &record), space.searched,
                       space.whole);
            record.restart = r;
            record.values = describe(x, groups);
            judgeRepresentative(x, c, pools, judge, &record,
                                distances.row(Eigen::Index(result.records.size())));
            result.records.push_back(record);
            recordClass.push_back(c);
            if (progress && !progress(0.4 + 0.55 * double(result.records.size()) / double(total)))
                return cancelled();
        }
    }
    // Classes with no rows on one side have infinite distances: leave their representatives out of the test.
    std::vector<Eigen::Index> tested;
    std::vector<int> testedClass;
    std::vector<double> gaps, priors, hitsIn, hitsOut, confidences;
    int closer = 0;
    for (std::size_t i = 0; i < result.records.size(); ++i) {
        const MiFaceRecord& r = result.records[i];
        priors.push_back(r.priorAgreement);
        confidences.push_back(r.confidence);
        if (!std::isfinite(r.memberDistance) || !std::isfinite(r.nonMemberDistance)) continue;
        tested.push_back(Eigen::Index(i));
        testedClass.push_back(recordClass[i]);
        gaps.push_back(r.nonMemberDistance - r.memberDistance);
        hitsIn.push_back(r.memberHitRate);
        hitsOut.push_back(r.nonMemberHitRate);
        closer += r.memberDistance < r.nonMemberDistance ? 1 : 0;
    }
    result.meanGap = mean(gaps);
    result.closerToMembers = gaps.empty() ? 0.0 : double(closer) / double(gaps.size());
    result.priorAgreement = mean(priors);
    result.memberHitRate = mean(hitsIn);
    result.nonMemberHitRate = mean(hitsOut);
    result.meanConfidence = mean(confidences);
    result.permutations = config.permutations;
    if (!tested.empty() && config.permutations > 0) {
        const auto permutationTest =
            poolPermutationTest(distances(tested, Eigen::all), pools.side, pools.stratum, testedClass,
                                config.permutations, config.seed + 1);
        result.pValue = permutationTest.second;
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

} // namespace privaudit::attack
