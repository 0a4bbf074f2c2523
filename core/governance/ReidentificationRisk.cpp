#include "governance/ReidentificationRisk.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <QJsonArray>
#include <unordered_map>

namespace privaudit::governance {

namespace {

/// A column as dense codes: 0 = missing, 1.. = the values (numbers in ascending order).
std::vector<std::uint32_t> denseCodes(const data::Column& c, std::uint32_t* cardinality)
{
    std::vector<std::uint32_t> out(c.type == data::ColumnType::Numeric ? c.numbers.size() : c.codes.size());
    if (c.type != data::ColumnType::Numeric) {
        for (std::size_t r = 0; r < out.size(); ++r)
            out[r] = static_cast<std::uint32_t>(c.codes[r] + 1);
        *cardinality = static_cast<std::uint32_t>(c.categories.size() + 1);
        return out;
    }
    std::vector<double> values;
    values.reserve(c.numbers.size());
    for (double x : c.numbers)
        if (!std::isnan(x)) values.push_back(x);
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    for (std::size_t r = 0; r < out.size(); ++r) {
        const double x = c.numbers[r];
        out[r] = std::isnan(x) ? 0u
                               : static_cast<std::uint32_t>(
                                     std::lower_bound(values.begin(), values.end(), x) - values.begin() + 1);
    }
    *cardinality = static_cast<std::uint32_t>(values.size() + 1);
    return out;
}

/// Refines the classes by one more column: the pair (class, code) renumbered densely.
std::uint32_t refine(std::vector<std::uint32_t>& classOf, std::uint32_t classes,
                     const std::vector<std::uint32_t>& codes, std::uint32_t cardinality)
{
    const std::uint64_t space = std::uint64_t(classes) * cardinality;
    std::uint32_t next = 0;
    if (space <= 8 * classOf.size() + 1024) {
        std::vector<std::uint32_t> id(space, UINT32_MAX);
        for (std::size_t r = 0; r < classOf.size(); ++r) {
            std::uint32_t& slot = id[std::uint64_t(classOf[r]) * cardinality + codes[r]];
            if (slot == UINT32_MAX) slot = next++;
            classOf[r] = slot;
        }
        return next;
    }
    std::unordered_map<std::uint64_t, std::uint32_t> id;
    id.reserve(classOf.size());
    for (std::size_t r = 0; r < classOf.size(); ++r) {
        const auto [it, inserted] = id.try_emplace((std::uint64_t(classOf[r]) << 32) | codes[r], next);
        if (inserted) ++next;
        classOf[r] = it->second;
    }
    return next;
}

/// Every subset of the columns of at most @p maxSize (depth-first, so a subset refines its prefix's
/// classes instead of starting again).
void analyseCombinations(const std::vector<std::vector<std::uint32_t>>& codes,
                         const std::vector<std::uint32_t>& cardinality, const QStringList& names, int maxSize,
                         std::vector<QuasiIdentifierCombination>& out)
{
    const std::size_t n = codes.front().size();
    struct Frame
    {
        std::vector<std::uint32_t> classOf;
        std::uint32_t classes = 1;
    };
    std::vector<int> chosen;
    const auto visit = [&](auto&& self, const Frame& parent, int from) -> void {
        for (int c = from; c < int(codes.size()); ++c) {
            Frame frame{parent.classOf, parent.classes};
            frame.classes =
                refine(frame.classOf, frame.classes, codes[std::size_t(c)], cardinality[std::size_t(c)]);
            chosen.push_back(c);
            std::vector<std::int64_t> size(frame.classes, 0);
            for (std::uint32_t k : frame.classOf)
                ++size[k];
            QuasiIdentifierCombination combination;
            for (int i : chosen)
                combination.columns << names[i];
            combination.classes = frame.classes;
            combination.distinction = double(frame.classes) / double(n);
            double samePairs = 0.0;
            std::int64_t uniques = 0;
            std::int64_t smallest = std::int64_t(n);
            for (std::int64_t s : size) {
                samePairs += double(s) * double(s - 1);
                uniques += s == 1 ? 1 : 0;
                smallest = std::min(smallest, s);
            }
            combination.separation = n > 1 ? 1.0 - samePairs / (double(n) * double(n - 1)) : 0.0;
            combination.uniquesShare = double(uniques) / double(n);
            combination.highestRisk = 1.0 / double(smallest);
            out.push_back(std::move(combination));
            if (int(chosen.size()) < maxSize) self(self, frame, c + 1);
            chosen.pop_back();
        }
    };
    visit(visit, Frame{std::vector<std::uint32_t>(n, 0), 1}, 0);
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        if (a.columns.size() != b.columns.size()) return a.columns.size() < b.columns.size();
        if (a.uniquesShare != b.uniquesShare) return a.uniquesShare > b.uniquesShare;
        return a.distinction > b.distinction;
    });
}

/// The largest subset size up to @p wanted whose subsets of @p columns number at most @p limit.
int combinationSizeFor(int columns, int wanted, double limit)
{
    int size = 0;
    double total = 0.0;
    double choose = 1.0;
    for (int k = 1; k <= std::min(wanted, columns); ++k) {
        choose = choose * double(columns - k + 1) / double(k);
        if (total + choose > limit) break;
        total += choose;
        size = k;
    }
    return size;
}

AttackerRisk summarise(const std::vector<double>& recordRisk, double threshold)
{
    AttackerRisk out;
    if (recordRisk.empty()) return out;
    double sum = 0.0;
    std::size_t above = 0;
    for (double r : recordRisk) {
        out.highest = std::max(out.highest, r);
        sum += r;
        above += r > threshold ? 1 : 0;
    }
    out.average = sum / double(recordRisk.size());
    out.shareAboveThreshold = double(above) / double(recordRisk.size());
    return out;
}

/// Sum over i in [a, b) of |p - q[i]| for nondecreasing q, with s the prefix sums of q.
double segment(const std::vector<double>& q, const std::vector<double>& s, std::size_t a, std::size_t b,
               double p)
{
    if (b <= a) return 0.0;
    const std::size_t k = std::size_t(
        std::lower_bound(q.begin() + std::ptrdiff_t(a), q.begin() + std::ptrdiff_t(b), p) - q.begin());
    return p * double(k - a) - (s[k] - s[a]) + (s[b] - s[k]) - p * double(b - k);
}

DiversityFigures diversityOf(const data::Column& column, const std::vector<std::uint32_t>& classOf, double c)
{
    DiversityFigures out;
    out.column = column.name;
    const bool ordered = column.type == data::ColumnType::Numeric;
    out.tDistance = ordered ? QStringLiteral("ordered") : QStringLiteral("equal");
    std::uint32_t cardinality = 0;
    const std::vector<std::uint32_t> codes = denseCodes(column, &cardinality);
    const std::size_t n = codes.size();
    // Whole-table distribution of the sensitive values (missing is a value of its own).
    std::vector<double> q(cardinality, 0.0);
    for (std::uint32_t v : codes)
        q[v] += 1.0 / double(n);
    // Ordered distance runs over the present values only, in order (missing first, as code 0).
    std::vector<std::uint32_t> rank(cardinality, 0);
    std::vector<double> cdf;
    for (std::uint32_t v = 0; v < cardinality; ++v)
        if (q[v] > 0.0) {
            rank[v] = static_cast<std::uint32_t>(cdf.size());
            cdf.push_back((cdf.empty() ? 0.0 : cdf.back()) + q[v]);
        }
    const std::size_t m = cdf.size();
    std::vector<double> prefix(m + 1, 0.0);
    for (std::size_t i = 0; i < m; ++i)
        prefix[i + 1] = prefix[i] + cdf[i];

    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs(n);
    for (std::size_t r = 0; r < n; ++r)
        pairs[r] = {classOf[r], ordered ? rank[codes[r]] : codes[r]};
    std::sort(pairs.begin(), pairs.end());
    out.distinctL = INT64_MAX;
    out.entropyL = HUGE_VAL;
    out.recursiveL = INT64_MAX;
    std::vector<std::pair<std::uint32_t, double>> counts; // value, count within the class
    std::size_t i = 0;
    while (i < n) {
        std::size_t j = i;
        counts.clear();
        while (j < n && pairs[j].first == pairs[i].first) {
            if (counts.empty() || counts.back().first != pairs[j].second)
                counts.push_back({pairs[j].second, 0.0});
            counts.back().second += 1.0;
            ++j;
        }
        const double size = double(j - i);
        out.distinctL = std::min<std::int64_t>(out.distinctL, std::int64_t(counts.size()));
        double entropy = 0.0;
        for (const auto& [v, k] : counts)
            entropy -= k / size * std::log(k / size);
        out.entropyL = std::min(out.entropyL, std::exp(entropy));
        // Recursive (c,l): r1 < c (r_l + ... + r_m), frequencies descending; the largest l that holds.
        std::vector<double> f;
        f.reserve(counts.size());
        for (const auto& e : counts)
            f.push_back(e.second);
        std::sort(f.begin(), f.end(), std::greater<>());
        double tail = c * (std::accumulate(f.begin(), f.end(), 0.0) - f[0]);
        std::size_t l = 1;
        while (l < f.size() && tail > f[0]) {
            tail -= c * f[l];
            ++l;
        }
        out.recursiveL = std::min<std::int64_t>(out.recursiveL, std::int64_t(l));
        // t-closeness: earth mover's distance between the class's and the table's distribution.
        double distance = 0.0;
        if (ordered) {
            if (m > 1) {
                double p = 0.0;
                std::size_t from = 0;
                for (const auto& [v, k] : counts) {
                    distance += segment(cdf, prefix, from, v, p);
                    p += k / size;
                    from = v;
                }
                distance += segment(cdf, prefix, from, m - 1, p);
                distance /= double(m - 1);
            }
        } else {
            double inside = 0.0;
            for (const auto& [v, k] : counts)
                inside += std::abs(k / size - q[v]) - q[v];
            distance = 0.5 * (inside + 1.0);
        }
        out.tCloseness = std::max(out.tCloseness, distance);
        i = j;
    }
    return out;
}

QJsonObject attackerJson(const AttackerRisk& r)
{
    return {{QStringLiteral("highest"), r.highest},
            {QStringLiteral("average"), r.average},
            {QStringLiteral("share_above_threshold"), r.shareAboveThreshold}};
}

QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

} // namespace

double ReidentificationRisk::individualRisk(std::int64_t classSize, double weight)
{
    // sdcMicro measure_risk (src/Measure_Risk.h, compute_risk): pk = f/F-hat, shifted by 1e-4 so that
    // pk = 1 (no sampling) stays finite; exact E[1/F | f] for f = 1, 2 (Benedetti & Franconi), the
    // Franconi-Polettini approximation above.
    const double f = double(classSize);
    const double pk = f / weight - 0.0001;
    if (classSize == 1) return pk / (1.0 - pk) * std::log(1.0 / pk);
    if (classSize == 2) return pk / (1.0 - pk) - std::pow(pk / (1.0 - pk), 2.0) * std::log(1.0 / pk);
    return pk / (f - (1.0 - pk));
}

Expected<ReidentificationRisk> ReidentificationRisk::compute(const data::DataTable& table,
                                                             const RiskOptions& options)
{
    using Result = Expected<ReidentificationRisk>;
    if (options.quasiIdentifiers.isEmpty())
        return Result::failure(
            tr("Name at least one quasi-identifier (a column an attacker could link on)."));
    if (!(options.threshold > 0.0 && options.threshold <= 1.0))
        return Result::failure(
            tr("The risk threshold must be above 0 and at most 1, got %1.").arg(options.threshold));
    if (!(options.recursiveC > 0.0))
        return Result::failure(tr("The c of recursive (c,l)-diversity must be positive."));
    const std::size_t n = table.rowCount();
    if (n == 0) return Result::failure(tr("The table has no rows."));
    if (n >= UINT32_MAX) return Result::failure(tr("The table has too many rows (%1).").arg(n));
    if (options.populationSize &&
        (!std::isfinite(*options.populationSize) || *options.populationSize < double(n)))
        return Result::failure(
            tr("The population size (%1) must be a number at least as large as the table (%2 rows).")
                .arg(*options.populationSize)
                .arg(n));
    for (const QString& name : options.quasiIdentifiers + options.sensitive)
        if (table.indexOf(name) < 0)
            return Result::failure(tr("There is no column '%1'; the columns are: %2.")
                                       .arg(name, table.columnNames().join(QStringLiteral(", "))));
    for (const QString& name : options.sensitive)
        if (options.quasiIdentifiers.contains(name))
            return Result::failure(
                tr("Column '%1' cannot be both a quasi-identifier and sensitive.").arg(name));

    ReidentificationRisk out;
    out.quasiIdentifiers = options.quasiIdentifiers;
    out.records = std::int64_t(n);
    out.threshold = options.threshold;
    out.populationSize = options.populationSize;

    std::vector<std::uint32_t> classOf(n, 0);
    std::uint32_t classes = 1;
    std::vector<std::vector<std::uint32_t>> codesOf;
    std::vector<std::uint32_t> cardinalities;
    for (const QString& name : options.quasiIdentifiers) {
        std::uint32_t cardinality = 0;
        auto codes = denseCodes(table.column(std::size_t(table.indexOf(name))), &cardinality);
        classes = refine(classOf, classes, codes, cardinality);
        codesOf.push_back(std::move(codes));
        cardinalities.push_back(cardinality);
    }
    if (const int size = combinationSizeFor(int(codesOf.size()), options.combinationSize, 500); size > 0)
        analyseCombinations(codesOf, cardinalities, options.quasiIdentifiers, size, out.combinations);
    codesOf.clear();
    std::vector<std::int64_t> sizeOf(classes, 0);
    for (std::uint32_t c : classOf)
        ++sizeOf[c];
    out.classes = classes;
    out.kAnonymity = *std::min_element(sizeOf.begin(), sizeOf.end());
    for (std::int64_t s : sizeOf) {
        ++out.classSizes[s];
        if (s == 1) ++out.sampleUniques;
    }
    out.sampleUniquesShare = double(out.sampleUniques) / double(n);

    out.recordClassSize.resize(n);
    std::vector<double> prosecutor(n);
    out.recordRisk.resize(n);
    const double N = options.populationSize.value_or(double(n));
    const double weightPerRecord = N / double(n);
    for (std::size_t r = 0; r < n; ++r) {
        const std::int64_t f = sizeOf[classOf[r]];
        out.recordClassSize[r] = f;
        prosecutor[r] = 1.0 / double(f);
        const double individual = individualRisk(f, double(f) * weightPerRecord);
        out.expectedReidentifications += individual;
        out.recordRisk[r] = options.populationSize && N > double(n) ? individual : prosecutor[r];
    }
    out.prosecutor = summarise(prosecutor, options.threshold);
    out.journalist = summarise(out.recordRisk, options.threshold);
    // Marketer: the share of records re-identified on average when every record is attacked; with the
    // table as the population that is classes / records (ARX), otherwise the mean journalist risk.
    out.marketer.average = out.journalist.average;
    out.marketer.highest = out.journalist.highest;
    out.marketer.shareAboveThreshold = out.journalist.shareAboveThreshold;

    if (options.populationSize && N > double(n))
        out.populationUniques = PopulationUniqueness::estimate(out.classSizes, double(n), N);
    static constexpr std::array<double, 14> fractions{0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1,
                                                      0.2,   0.3,   0.4,   0.5,  0.7,  0.9,  1.0};
    for (double fraction : fractions) {
        const double population = double(n) / fraction;
        PopulationUniqueness e = fraction >= 1.0
                                     ? PopulationUniqueness{}
                                     : PopulationUniqueness::estimate(out.classSizes, double(n), population);
        if (fraction >= 1.0) {
            e.pitman = e.zayatz = e.snb = e.dankar = double(out.sampleUniques);
            e.dankarModel = UniquenessModel::None; // the whole population: counted, not estimated
        }
        for (double* v : {&e.pitman, &e.zayatz, &e.snb, &e.dankar})
            *v /= population;
        out.uniquenessCurve.push_back({fraction, e});
    }
    for (const QString& name : options.sensitive)
        out.diversity.push_back(
            diversityOf(table.column(std::size_t(table.indexOf(name))), classOf, options.recursiveC));
    return out;
}

std::vector<double> ReidentificationRisk::riskDistribution() const
{
    std::vector<double> bands(10, 0.0);
    if (recordClassSize.empty()) return bands;
    for (std::int64_t f : recordClassSize) {
        const double risk = 1.0 / double(f);
        const int band = std::min(9, int(std::ceil(risk * 10.0 - 1e-12)) - 1);
        bands[std::size_t(std::max(0, band))] += 1.0 / double(recordClassSize.size());
    }
    return bands;
}

QJsonObject ReidentificationRisk::toJson() const
{
    QJsonObject o{{QStringLiteral("quasi_identifiers"), QJsonArray::fromStringList(quasiIdentifiers)},
                  {QStringLiteral("records"), qint64(records)},
                  {QStringLiteral("equivalence_classes"), qint64(classes)},
                  {QStringLiteral("k_anonymity"), qint64(kAnonymity)},
                  {QStringLiteral("sample_uniques"), qint64(sampleUniques)},
                  {QStringLiteral("sample_uniques_share"), sampleUniquesShare},
                  {QStringLiteral("threshold"), threshold},
                  {QStringLiteral("prosecutor_risk"), attackerJson(prosecutor)},
                  {QStringLiteral("journalist_risk"), attackerJson(journalist)},
                  {QStringLiteral("marketer_risk"), attackerJson(marketer)},
                  {QStringLiteral("expected_reidentifications"), expectedReidentifications}};
    o.insert(QStringLiteral("population_size"), populationSize ? QJsonValue(*populationSize) : QJsonValue());
    if (populationUniques) {
        const double N = *populationSize;
        o.insert(QStringLiteral("population_uniques_estimate"),
                 QJsonObject{{QStringLiteral("estimator"), uniquenessModelId(populationUniques->dankarModel)},
                             {QStringLiteral("rule"), QStringLiteral("dankar")},
                             {QStringLiteral("uniques"), populationUniques->dankar},
                             {QStringLiteral("share"), populationUniques->dankar / N},
                             {QStringLiteral("pitman"), finiteOrNull(populationUniques->pitman)},
                             {QStringLiteral("zayatz"), finiteOrNull(populationUniques->zayatz)},
                             {QStringLiteral("snb"), finiteOrNull(populationUniques->snb)}});
    } else {
        o.insert(QStringLiteral("population_uniques_estimate"), QJsonValue());
    }
    QJsonArray curve;
    for (const UniquenessPoint& p : uniquenessCurve)
        curve.append(
            QJsonObject{{QStringLiteral("sampling_fraction"), p.samplingFraction},
                        {QStringLiteral("pitman"), finiteOrNull(p.estimate.pitman)},
                        {QStringLiteral("zayatz"), finiteOrNull(p.estimate.zayatz)},
                        {QStringLiteral("snb"), finiteOrNull(p.estimate.snb)},
                        {QStringLiteral("dankar"), finiteOrNull(p.estimate.dankar)},
                        {QStringLiteral("dankar_model"), uniquenessModelId(p.estimate.dankarModel)}});
    o.insert(QStringLiteral("uniqueness_curve"), curve);
    QJsonArray ldiv;
    QJsonArray tclose;
    for (const DiversityFigures& d : diversity) {
        ldiv.append(QJsonObject{{QStringLiteral("column"), d.column},
                                {QStringLiteral("distinct"), qint64(d.distinctL)},
                                {QStringLiteral("entropy"), d.entropyL},
                                {QStringLiteral("recursive"), qint64(d.recursiveL)}});
        tclose.append(QJsonObject{{QStringLiteral("column"), d.column},
                                  {QStringLiteral("t"), d.tCloseness},
                                  {QStringLiteral("distance"), d.tDistance}});
    }
    o.insert(QStringLiteral("l_diversity"), ldiv);
    o.insert(QStringLiteral("t_closeness"), tclose);
    QJsonArray histogram;
    for (const auto& [size, count] : classSizes)
        histogram.append(
            QJsonObject{{QStringLiteral("size"), qint64(size)}, {QStringLiteral("classes"), qint64(count)}});
    o.insert(QStringLiteral("class_sizes"), histogram);
    QJsonArray distribution;
    QJsonArray combinationList;
    for (const auto& c : combinations)
        combinationList.append(QJsonObject{{QStringLiteral("columns"), QJsonArray::fromStringList(c.columns)},
                                           {QStringLiteral("classes"), qint64(c.classes)},
                                           {QStringLiteral("distinction"), c.distinction},
                                           {QStringLiteral("separation"), c.separation},
                                           {QStringLiteral("sample_uniques_share"), c.uniquesShare},
                                           {QStringLiteral("highest_risk"), c.highestRisk}});
    o[QStringLiteral("quasi_identifier_combinations")] = combinationList;
    for (double share : riskDistribution())
        distribution.append(share);
    o.insert(QStringLiteral("risk_distribution"), distribution);
    return o;
}

} // namespace privaudit::governance
