#include "attack/canary/CanaryExposure.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <limits>

namespace privaudit::attack {

namespace {

std::uint64_t mix(std::uint64_t h, std::uint64_t v)
{
    h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    return h * 0xBF58476D1CE4E5B9ULL;
}

/// -log2 p(label | features) per row, from the logits (log-softmax in double).
std::vector<double> lossBits(const Eigen::MatrixXf& logits, const std::vector<std::int64_t>& labels)
{
    std::vector<double> out(labels.size());
    for (Eigen::Index r = 0; r < logits.rows(); ++r) {
        double top = -std::numeric_limits<double>::infinity();
        for (Eigen::Index k = 0; k < logits.cols(); ++k)
            top = std::max(top, double(logits(r, k)));
        double sum = 0.0;
        for (Eigen::Index k = 0; k < logits.cols(); ++k)
            sum += std::exp(double(logits(r, k)) - top);
        const double logP = double(logits(r, Eigen::Index(labels[std::size_t(r)]))) - top - std::log(sum);
        out[std::size_t(r)] = -logP / std::log(2.0);
    }
    return out;
}

/// Gives every row the class @p model finds least likely (the first among equals).
void flipLabels(const model::Classifier& model, data::EncodedRows& rows)
{
    const Eigen::MatrixXf logits = model.evaluate(rows.features, rows.labels).logits;
    for (Eigen::Index r = 0; r < logits.rows(); ++r) {
        Eigen::Index least = 0;
        logits.row(r).minCoeff(&least);
        rows.labels[std::size_t(r)] = std::int64_t(least);
    }
}

} // namespace

Expected<CanaryGenerator> CanaryGenerator::fromTable(const data::DataTable& table)
{
    CanaryGenerator g;
    const int label = table.labelIndex();
    if (label < 0) return Expected<CanaryGenerator>::failure(tr("Canaries need a label column."));
    g.m_label = std::size_t(label);
    std::vector<data::Column> columns;
    for (std::size_t c = 0; c < table.columnCount(); ++c) {
        const data::Column& src = table.column(c);
        data::Column col;
        col.name = src.name;
        col.type = src.type;
        col.role = src.role;
        col.categories = src.categories;
        columns.push_back(std::move(col));
        const bool input = src.role == data::ColumnRole::Feature || src.role == data::ColumnRole::Sensitive;
        if (!input && int(c) != label) continue;
        Domain d;
        d.column = c;
        // The column's values with their frequencies (its empirical marginal), and how many are distinct.
        if (src.type == data::ColumnType::Numeric) {
            for (const double v : src.numbers)
                if (v == v) d.numbers.push_back(v);
            std::vector<double> distinct = d.numbers;
            std::sort(distinct.begin(), distinct.end());
            d.distinct = std::size_t(std::unique(distinct.begin(), distinct.end()) - distinct.begin());
        } else {
            std::vector<bool> seen(std::size_t(src.categories.size()), false);
            for (const std::int32_t code : src.codes)
                if (code >= 0) {
                    d.codes.push_back(code);
                    seen[std::size_t(code)] = true;
                }
            d.distinct = std::size_t(std::count(seen.begin(), seen.end(), true));
        }
        if (int(c) == label) {
            for (std::size_t code = 0; code < std::size_t(src.categories.size()); ++code)
                if (std::find(d.codes.begin(), d.codes.end(), std::int32_t(code)) != d.codes.end())
                    g.m_classes.push_back(std::int32_t(code));
        } else if (!d.numbers.empty() || !d.codes.empty())
            g.m_domains.push_back(std::move(d));
    }
    if (g.m_classes.size() < 2)
        return Expected<CanaryGenerator>::failure(tr("Canaries need a label with at least two classes."));
    g.m_schema.setColumns(std::move(columns), 0);
    return g;
}

double CanaryGenerator::spaceBits(bool randomLabel) const
{
    double bits = randomLabel ? std::log2(double(m_classes.size())) : 0.0;
    for (const Domain& d : m_domains)
        bits += std::log2(double(d.distinct));
    return bits;
}

Expected<data::DataTable> CanaryGenerator::draw(std::size_t count, std::mt19937_64& rng,
                                                std::unordered_set<std::uint64_t>& avoid,
                                                bool randomLabel) const
{
    std::vector<data::Column> columns = m_schema.columns();
    for (data::Column& c : columns) {
        if (c.type == data::ColumnType::Numeric)
            c.numbers.assign(count, std::numeric_limits<double>::quiet_NaN());
        else
            c.codes.assign(count, -1);
        c.missing = std::int64_t(count);
    }
    for (const Domain& d : m_domains)
        columns[d.column].missing = 0;
    columns[m_label].missing = 0;
    std::vector<std::size_t> pick(m_domains.size());
    std::size_t attempts = 0;
    for (std::size_t row = 0; row < count;) {
        if (++attempts > 50 * count + 1000)
            return Expected<data::DataTable>::failure(
                tr("The canary space (2^%1 distinct rows) is too small for %2 distinct canaries.")
                    .arg(spaceBits(randomLabel), 0, 'f', 1)
                    .arg(qint64(avoid.size() + count)));
        std::uint64_t key = 0x5EC2E75ULL;
        for (std::size_t j = 0; j < m_domains.size(); ++j) {
            const Domain& d = m_domains[j];
            const std::size_t size = d.numbers.empty() ? d.codes.size() : d.numbers.size();
            pick[j] = std::uniform_int_distribution<std::size_t>(0, size - 1)(rng);
            std::uint64_t value = 0;
            if (d.numbers.empty())
                value = std::uint64_t(d.codes[pick[j]]);
            else
                std::memcpy(&value, &d.numbers[pick[j]], sizeof value);
            key = mix(key, value);
        }
        const std::size_t cls =
            randomLabel ? std::uniform_int_distribution<std::size_t>(0, m_classes.size() - 1)(rng) : 0;
        if (randomLabel) key = mix(key, cls);
        if (!avoid.insert(key).second) continue; // drawn before: never the same canary twice
        for (std::size_t j = 0; j < m_domains.size(); ++j) {
            const Domain& d = m_domains[j];
            data::Column& c = columns[d.column];
            if (d.numbers.empty())
                c.codes[row] = d.codes[pick[j]];
            else
                c.numbers[row] = d.numbers[pick[j]];
        }
        columns[m_label].codes[row] = m_classes[cls];
        ++row;
    }
    data::DataTable out;
    out.setColumns(std::move(columns), count);
    return out;
}

QString CanaryExposure::validate(const CanaryConfig& config)
{
    if (config.repetitions.empty()) return tr("Give at least one repetition count for the canaries.");
    for (const int r : config.repetitions)
        if (r < 1 || r > 10000) return tr("Canary repetitions must be between 1 and 10000, got %1.").arg(r);
    if (config.canariesPerLevel < 2 || config.canariesPerLevel > 10000)
        return tr("The canaries per repetition level must be between 2 and 10000, got %1.")
            .arg(config.canariesPerLevel);
    if (config.references < 1024 || config.references > 10000000)
        return tr("The reference canaries must number between 1024 and 10,000,000, got %1; the Secret "
                  "Sharer's test uses at least 65,536 (2^16).")
            .arg(config.references);
    if (config.bootstrap < 0) return tr("The bootstrap count cannot be negative.");
    return {};
}

Expected<CanaryRunResult> CanaryExposure::run(const data::DataTable& table, const data::DataSplit& split,
                                              const data::TableEncoder& encoder, const model::ModelSpec& spec,
                                              const model::TrainingConfig& training,
                                              const CanaryConfig& config,
                                              const compute::ComputeSettings& settings,
                                              const std::function<bool(double, const QString&)>& progress)
{
    using Result = Expected<CanaryRunResult>;
    if (const QString err = validate(config); !err.isEmpty()) return Result::failure(err);
    const auto report = [&](double f, const QString& stage) { return !progress || progress(f, stage); };
    auto generator = CanaryGenerator::fromTable(table);
    if (!generator) return Result::failure(generator.error());

    // Secrets first, then the controls, then the references: no reference equals a secret or a control.
    if (!report(0.02, tr("Drawing canaries"))) return Result::failure(tr("Cancelled."));
    const bool randomLabel = config.label == CanaryLabel::Random;
    std::mt19937_64 rng(config.seed ^ 0xCA4A21E5ULL);
    std::unordered_set<std::uint64_t> drawn;
    const std::size_t k = std::size_t(config.canariesPerLevel);
    auto secrets = generator->draw(k * config.repetitions.size(), rng, drawn, randomLabel);
    if (!secrets) return Result::failure(secrets.error());
    auto controls = generator->draw(k, rng, drawn, randomLabel);
    if (!controls) return Result::failure(controls.error());
    auto references = generator->draw(std::size_t(config.references), rng, drawn, randomLabel);
    if (!references) return Result::failure(references.error());
    const auto rowsOf = [](const data::DataTable& t) {
        std::vector<std::int64_t> rows(t.rowCount());
        for (std::size_t i = 0; i < rows.size(); ++i)
            rows[i] = std::int64_t(i);
        return rows;
    };
    data::EncodedRows secretRows = encoder.encode(*secrets, rowsOf(*secrets));
    data::EncodedRows controlRows = encoder.encode(*controls, rowsOf(*controls));
    data::EncodedRows referenceRows = encoder.encode(*references, rowsOf(*references));
    const data::EncodedRows members = encoder.encode(table, split.members);

    CanaryRunResult result;
    if (!randomLabel) {
        // The labelling model is the target's counterfactual: its recipe and seed on the members alone,
        // never a canary. The target then agrees with it on every row it did not memorise.
        auto flip = model::Classifier::create(spec, encoder.inputWidth(), encoder.classCount(), training.seed,
                                              settings.device);
        if (!flip) return Result::failure(flip.error());
        auto done = flip.value().train(members.features, members.labels, training, [&](int, double f) {
            return report(0.02 + 0.4 * f, tr("Training the labelling model (the target without canaries)"));
        });
        if (!done) return Result::failure(done.error());
        flipLabels(*flip, secretRows);
        flipLabels(*flip, controlRows);
        flipLabels(*flip, referenceRows);
        result.flipModelAccuracy = flip->evaluate(members.features, members.labels).accuracy;
    }

    // The members plus r copies of each secret of level r.
    Eigen::Index inserted = 0;
    for (const int r : config.repetitions)
        inserted += Eigen::Index(k) * r;
    data::FeatureMatrix x(members.features.rows() + inserted, members.features.cols());
    std::vector<std::int64_t> y = members.labels;
    x.topRows(members.features.rows()) = members.features;
    Eigen::Index at = members.features.rows();
    for (std::size_t level = 0; level < config.repetitions.size(); ++level)
        for (std::size_t i = 0; i < k; ++i) {
            const Eigen::Index s = Eigen::Index(level * k + i);
            for (int copy = 0; copy < config.repetitions[level]; ++copy) {
                x.row(at++) = secretRows.features.row(s);
                y.push_back(secretRows.labels[std::size_t(s)]);
            }
        }

    auto model = model::Classifier::create(spec, encoder.inputWidth(), encoder.classCount(), training.seed,
                                           settings.device);
    if (!model) return Result::failure(model.error());
    auto trained = model.value().train(x, y, training, [&](int, double f) {
        return report((randomLabel ? 0.05 : 0.45) + (randomLabel ? 0.8 : 0.4) * f,
                      tr("Training the target with %1 canary rows").arg(qint64(inserted)));
    });
    if (!trained) return Result::failure(trained.error());

    if (!report(0.87, tr("Scoring %1 reference canaries").arg(config.references)))
        return Result::failure(tr("Cancelled."));
    const auto start = std::chrono::steady_clock::now();
    const auto refEval = model->evaluate(referenceRows.features, referenceRows.labels);
    const metrics::ExposureReference reference(lossBits(refEval.logits, referenceRows.labels), true);
    const auto secretLoss =
        lossBits(model->evaluate(secretRows.features, secretRows.labels).logits, secretRows.labels);
    const auto controlLoss =
        lossBits(model->evaluate(controlRows.features, controlRows.labels).logits, controlRows.labels);
    result.levels.push_back(metrics::exposureLevel(0, controlLoss, reference, config.bootstrap, config.seed));
    for (std::size_t level = 0; level < config.repetitions.size(); ++level) {
        std::vector<double> losses(secretLoss.begin() + std::ptrdiff_t(level * k),
                                   secretLoss.begin() + std::ptrdiff_t((level + 1) * k));
        result.levels.push_back(metrics::exposureLevel(config.repetitions[level], std::move(losses),
                                                       reference, config.bootstrap, config.seed));
    }
    result.scoringSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    result.training = *trained;
    if (auto bytes = model->torchScriptBytes()) result.targetTorchScript = *bytes;
    result.trainAccuracy = model->evaluate(members.features, members.labels).accuracy;
    const data::EncodedRows test = encoder.encode(table, split.nonMembers);
    const model::Evaluation testEval = model->evaluate(test.features, test.labels);
    result.testAccuracy = testEval.accuracy;
    result.utility = metrics::UtilityCheck::evaluate(testEval.logits, test.labels, members.labels);
    result.insertedRows = std::int64_t(inserted);
    result.spaceBits = generator->spaceBits(randomLabel);
    result.inputColumns = generator->inputColumns();
    result.references = config.references;
    result.fit = reference.fit();
    result.fitDistance = reference.fitDistance();
    result.chance = metrics::chanceExposure(reference.size());
    return result;
}

} // namespace privaudit::attack
