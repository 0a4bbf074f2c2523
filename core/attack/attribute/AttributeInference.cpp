#include "attack/attribute/AttributeInference.h"

#include "attack/MembershipInference.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <optional>
#include <random>

namespace privaudit::attack {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// The rows @p rows of @p table as a table of their own (row i of the result is rows[i]).
data::DataTable selectRows(const data::DataTable& table, const std::vector<std::int64_t>& rows)
{
    std::vector<data::Column> columns;
    for (const data::Column& c : table.columns()) {
        data::Column s;
        s.name = c.name;
        s.type = c.type;
        s.role = c.role;
        s.categories = c.categories;
        for (const auto r : rows) {
            if (c.type == data::ColumnType::Numeric)
                s.numbers.push_back(c.numbers[std::size_t(r)]);
            else
                s.codes.push_back(c.codes[std::size_t(r)]);
        }
        s.missing = 0;
        for (std::size_t i = 0; i < rows.size(); ++i)
            s.missing += s.isMissing(i) ? 1 : 0;
        columns.push_back(std::move(s));
    }
    data::DataTable out;
    out.setColumns(std::move(columns), rows.size());
    return out;
}

std::vector<std::int64_t> allRows(std::size_t n)
{
    std::vector<std::int64_t> rows(n);
    std::iota(rows.begin(), rows.end(), std::int64_t(0));
    return rows;
}

/// The recipe of the attacker's own models (imputation, black-box): the target's family and recipe
/// without DP (the attacker's data is its own), with at least ~500 optimiser steps so that a small
/// auxiliary set does not leave the baseline weaker than it need be.
model::TrainingConfig attackerRecipe(const model::TrainingConfig& target, std::int64_t rows,
                                     std::uint64_t seed)
{
    model::TrainingConfig c = target.dp ? model::TrainingConfig::recommended(false) : target;
    c.dp = false;
    c.noiseMultiplier = 0.0;
    c.targetEpsilon.reset();
    c.epsilonBudget.reset();
    c.seed = seed;
    const double stepsPerEpoch = std::max(1.0, std::ceil(double(rows) / double(std::max(1, c.batchSize))));
    c.epochs = std::clamp(int(std::ceil(500.0 / stepsPerEpoch)), c.epochs, 200);
    return c;
}

/// The values attribute inference chooses between: the categories the auxiliary rows show (sorted, as
/// the baseline's classes), or for a numeric column the auxiliary quantiles (k + 1/2) / grid.
struct ValueSpace
{
    const data::Column* column = nullptr;
    bool numeric = false;
    std::vector<double> grid;
    std::vector<std::int32_t> codeOfValue; ///< categorical: the table's code of value v
    std::vector<int> valueOfCode;          ///< categorical: -1 for a category the auxiliary rows lack

    [[nodiscard]] int nearestGrid(double x) const
    {
        const auto it = std::lower_bound(grid.begin(), grid.end(), x);
        if (it == grid.begin()) return 0;
        if (it == grid.end()) return int(grid.size()) - 1;
        const auto hi = std::size_t(it - grid.begin());
        return (x - grid[hi - 1] <= grid[hi] - x) ? int(hi) - 1 : int(hi);
    }
    [[nodiscard]] int valueOfRow(std::int64_t r) const
    {
        return numeric ? nearestGrid(column->numbers[std::size_t(r)])
                       : valueOfCode[std::size_t(column->codes[std::size_t(r)])];
    }

    /// Fills run.values, run.grid, run.prior and run.targetValue from the auxiliary rows @p aux.
    static Expected<ValueSpace> make(const data::Column& s, const std::vector<std::int64_t>& aux,
                                     const AttributeConfig& config, AttributeRun& run)
    {
        ValueSpace space;
        space.column = &s;
        space.numeric = run.numeric;
        if (!run.numeric) {
            std::vector<std::int64_t> counts(std::size_t(s.categories.size()), 0);
            for (const auto r : aux)
                counts[std::size_t(s.codes[std::size_t(r)])]++;
            for (qsizetype k = 0; k < s.categories.size(); ++k)
                if (counts[std::size_t(k)] > 0) run.values << s.categories[k];
            std::sort(run.values.begin(), run.values.end());
            space.valueOfCode.assign(std::size_t(s.categories.size()), -1);
            for (qsizetype v = 0; v < run.values.size(); ++v) {
                const auto code = std::int32_t(s.categories.indexOf(run.values[v]));
                space.codeOfValue.push_back(code);
                space.valueOfCode[std::size_t(code)] = int(v);
            }
        } else {
            std::vector<double> values;
            for (const auto r : aux)
                values.push_back(s.numbers[std::size_t(r)]);
            std::sort(values.begin(), values.end());
            for (int k = 0; k < config.numericGrid; ++k) {
                const double q = (k + 0.5) / double(config.numericGrid);
                const double x = values[std::min(values.size() - 1, std::size_t(q * double(values.size())))];
                if (run.grid.empty() || x != run.grid.back()) run.grid.push_back(x);
            }
            for (const double g : run.grid)
                run.values << QString::number(g, 'g', 6);
            space.grid = run.grid;
        }
        const int valueCount = int(run.values.size());
        if (valueCount < 2)
            return Expected<ValueSpace>::failure(
                AttributeInference::tr("'%1' takes a single value in the auxiliary records: there is nothing "
                                       "to infer.")
                    .arg(s.name));
        run.prior.assign(std::size_t(valueCount), 0.0);
        for (const auto r : aux)
            run.prior[std::size_t(space.valueOfRow(r))] += 1.0 / double(aux.size());
        if (config.targetValue.isEmpty()) {
            run.targetValue = int(std::min_element(run.prior.begin(), run.prior.end()) - run.prior.begin());
        } else {
            run.targetValue = int(run.values.indexOf(config.targetValue));
            if (run.targetValue < 0)
                return Expected<ValueSpace>::failure(
                    AttributeInference::tr("The target value '%1' is not among the values of '%2' in the "
                                           "auxiliary records: %3")
                        .arg(config.targetValue, s.name, run.values.join(QStringLiteral(", "))));
        }
        return space;
    }
};

/// Candidates: members, then non-members, each a seeded sample of those whose value is known; fills
/// run.rowIds, members, truth or trueNumbers and skippedCandidates. Returns a translated error or "".
QString chooseCandidates(const data::Column& s, const data::DataSplit& split, const ValueSpace& space,
                         const AttributeConfig& config, AttributeRun& run)
{
    std::mt19937_64 rng(config.seed ^ 0xA7719B07EULL);
    for (const auto* side : {&split.members, &split.nonMembers}) {
        std::vector<std::int64_t> rows = *side;
        std::shuffle(rows.begin(), rows.end(), rng);
        std::int64_t taken = 0;
        for (const auto r : rows) {
            const bool known = !s.isMissing(std::size_t(r)) && (run.numeric || space.valueOfRow(r) >= 0);
            if (!known) {
                run.skippedCandidates++;
                continue;
            }
            if (taken == config.candidatesPerSide) break;
            run.rowIds.push_back(r);
            run.members.push_back(side == &split.members);
            if (run.numeric)
                run.trueNumbers.push_back(s.numbers[std::size_t(r)]);
            else
                run.truth.push_back(space.valueOfRow(r));
            ++taken;
        }
    }
    const auto memberCount = std::count(run.members.begin(), run.members.end(), true);
    if (memberCount < 10 || std::int64_t(run.members.size()) - memberCount < 10)
        return AttributeInference::tr("Attribute inference needs at least 10 members and 10 non-members with "
                                      "'%1' known.")
            .arg(s.name);
    return {};
}

} // namespace

QString AttributeInference::checkConfig(const AttributeConfig& config)
{
    for (const QString& a : config.attacks)
        if (!attributeAttackNames().contains(a))
            return tr("Unknown attribute attack '%1'; available: %2")
                .arg(a, attributeAttackNames().join(QStringLiteral(", ")));
    if (config.candidatesPerSide < 10)
        return tr("At least 10 candidates per side are needed, got %1.").arg(config.candidatesPerSide);
    if (!(config.tolerance >= 0.0) || config.tolerance >= 10.0)
        return tr("The numeric tolerance must be at least 0 and below 10, got %1.").arg(config.tolerance);
    if (config.numericGrid < 2 || config.numericGrid > 1000)
        return tr("The numeric grid needs 2 to 1000 values, got %1.").arg(config.numericGrid);
    if (config.ppvK < 1) return tr("k of PPV at top k must be at least 1, got %1.").arg(config.ppvK);
    if (config.referenceModels < 0 || config.referenceModels > 64)
        return tr("mia-based needs 0 to 64 reference models, got %1.").arg(config.referenceModels);
    return {};
}

Expected<int> AttributeInference::sensitiveColumnIndex(const data::DataTable& table, const QString& requested)
{
    if (requested.isEmpty()) {
        for (std::size_t i = 0; i < table.columnCount(); ++i)
            if (table.column(i).role == data::ColumnRole::Sensitive) return int(i);
        return Expected<int>::failure(
            tr("No column has the role sensitive: name the column attribute inference targets."));
    }
    const int index = table.indexOf(requested);
    if (index < 0)
        return Expected<int>::failure(tr("The sensitive column '%1' is not in the data; columns: %2")
                                          .arg(requested, table.columnNames().join(QStringLiteral(", "))));
    const data::ColumnRole role = table.column(std::size_t(index)).role;
    if (role == data::ColumnRole::Label)
        return Expected<int>::failure(
            tr("'%1' is the label: attribute inference targets an input column.").arg(requested));
    if (role != data::ColumnRole::Sensitive && role != data::ColumnRole::Feature)
        return Expected<int>::failure(
            tr("'%1' is not an input of the model (role %2): the model cannot leak what it never saw.")
                .arg(requested, data::columnRoleName(role)));
    return index;
}

Expected<AttributeRun>
AttributeInference::run(const data::DataTable& table, const data::DataSplit& split,
                        const data::TableEncoder& encoder, const model::ModelSpec& spec,
                        const model::TrainingConfig& training, const AttributeConfig& config,
                        const compute::ComputeSettings& settings, const AttributeProgress& progress)
{
    using Result = Expected<AttributeRun>;
    if (const QString problem = checkConfig(config); !problem.isEmpty()) return Result::failure(problem);
    auto report = [&](double f, const QString& stage) { return !progress || progress(f, stage); };
    const auto cancelled = [] { return Result::failure(tr("Cancelled.")); };
    const auto column = sensitiveColumnIndex(table, config.sensitiveColumn);
    if (!column) return Result::failure(column.error());
    const data::Column& s = table.column(std::size_t(*column));
    const auto wants = [&](const char* name) {
        return config.attacks.isEmpty() || config.attacks.contains(QLatin1String(name));
    };

    AttributeRun run;
    run.column = s.name;
    run.numeric = s.type == data::ColumnType::Numeric;

    // The auxiliary rows: the population pool, with the sensitive value known.
    std::vector<std::int64_t> aux;
    for (const auto r : split.population)
        if (!s.isMissing(std::size_t(r))) aux.push_back(r);
    run.auxiliaryRows = std::int64_t(aux.size());
    if (aux.size() < 20)
        return Result::failure(
            tr("Attribute inference needs auxiliary records (the population rows outside the target's "
               "members and non-members) with '%1' known: %2 found, at least 20 needed. Use fewer member "
               "rows or a larger table.")
                .arg(s.name)
                .arg(aux.size()));

    const auto space = ValueSpace::make(s, aux, config, run);
    if (!space) return Result::failure(space.error());
    const int valueCount = int(run.values.size());
    const auto valueOfRow = [&](std::int64_t r) { return space->valueOfRow(r); };
    const auto& codeOfValue = space->codeOfValue;
    if (const QString problem = chooseCandidates(s, split, *space, config, run); !problem.isEmpty())
        return Result::failure(problem);
    const auto memberCount = std::count(run.members.begin(), run.members.end(), true);

    // The target, trained here on the members (or queried).
    if (!report(0.0,
                config.externalTarget ? tr("Querying the target model") : tr("Training the target model")))
        return cancelled();
    std::optional<model::Classifier> target;
    if (!config.externalTarget) {
        const data::EncodedRows memberRows = encoder.encode(table, split.members);
        auto created = model::Classifier::create(spec, encoder.inputWidth(), encoder.classCount(),
                                                 training.seed, settings.device);
        if (!created) return Result::failure(created.error());
        target.emplace(std::move(created).value());
        auto trained =
            target->train(memberRows.features, memberRows.labels, training, [&](int epoch, double f) {
                return report(
                    0.3 * f, tr("Training the target model, epoch %1 of %2").arg(epoch).arg(training.epochs));
            });
        if (!trained) return Result::failure(trained.error());
        run.targetTraining = *trained;
        target->attachEncoder(encoder.toJson());
        auto bytes = target->torchScriptBytes();
        if (!bytes) return Result::failure(bytes.error());
        run.targetTorchScript = std::move(bytes).value();
    }
    auto queryTarget = [&](const data::FeatureMatrix& x) {
        return config.externalTarget
                   ? config.externalTarget(x)
                   : Eigen::MatrixXf(
                         target->evaluate(x, std::vector<std::int64_t>(std::size_t(x.rows()), 0)).logits);
    };

    // The target on the true records (what a deployed model answers about them), and its utility.
    const data::DataTable candidates = selectRows(table, run.rowIds);
    const data::EncodedRows candidateRows = encoder.encode(candidates, allRows(run.rowIds.size()));
    const Eigen::MatrixXf trueOutputs = queryTarget(candidateRows.features);
    {
        double in = 0, out = 0;
        for (Eigen::Index i = 0; i < trueOutputs.rows(); ++i) {
            Eigen::Index best = 0;
            trueOutputs.row(i).maxCoeff(&best);
            (run.members[std::size_t(i)] ? in : out) += best == candidateRows.labels[std::size_t(i)] ? 1 : 0;
        }
        run.targetTrainAccuracy = in / double(memberCount);
        run.targetTestAccuracy = out / double(std::int64_t(run.members.size()) - memberCount);
        const data::EncodedRows nonMembers = encoder.encode(table, split.nonMembers);
        const data::EncodedRows members = encoder.encode(table, split.members);
        run.utility = metrics::UtilityCheck::evaluate(queryTarget(nonMembers.features), nonMembers.labels,
                                                      members.labels);
    }

    // The target once per candidate value: the candidates with the sensitive column set to v.
    if (!report(0.32, tr("Querying the target once per value of '%1'").arg(s.name))) return cancelled();
    auto variants = [&](const data::DataTable& rows) {
        std::vector<data::DataTable> out;
        for (int v = 0; v < valueCount; ++v) {
            data::DataTable t = rows;
            std::vector<data::Column> cols = t.columns();
            data::Column& c = cols[std::size_t(*column)];
            if (run.numeric)
                std::fill(c.numbers.begin(), c.numbers.end(), run.grid[std::size_t(v)]);
            else
                std::fill(c.codes.begin(), c.codes.end(), codeOfValue[std::size_t(v)]);
            c.missing = 0;
            t.setColumns(std::move(cols), rows.rowCount());
            out.push_back(std::move(t));
        }
        return out;
    };
    const std::vector<data::DataTable> candidateVariants = variants(candidates);
    std::vector<Eigen::MatrixXf> logitsPerValue;
    for (const data::DataTable& t : candidateVariants)
        logitsPerValue.push_back(queryTarget(encoder.encode(t, allRows(t.rowCount())).features));

    // The attacker's own view: the other inputs and the label, with the sensitive value as its class.
    auto attackerTable = [&](const std::vector<std::int64_t>& rows) {
        data::DataTable t = selectRows(table, rows);
        std::vector<data::Column> cols = t.columns();
        data::Column& c = cols[std::size_t(*column)];
        data::Column sensitive;
        sensitive.name = c.name;
        sensitive.type = data::ColumnType::Categorical;
        sensitive.role = data::ColumnRole::Label;
        // Class names keep the values' order when sorted (the encoder sorts its classes).
        for (int v = 0; v < valueCount; ++v)
            sensitive.categories << QStringLiteral("v%1").arg(v, 4, 10, QLatin1Char('0'));
        for (const auto r : rows)
            sensitive.codes.push_back(s.isMissing(std::size_t(r)) ? -1 : std::int32_t(valueOfRow(r)));
        for (data::Column& other : cols)
            if (other.role == data::ColumnRole::Label) other.role = data::ColumnRole::Feature;
        c = std::move(sensitive);
        t.setColumns(std::move(cols), rows.size());
        return t;
    };
    const data::DataTable auxTable = attackerTable(aux);
    const data::DataTable attackedTable = attackerTable(run.rowIds);
    data::EncoderFitOptions fitOptions;
    fitOptions.source = data::EncoderSource::RowsOutsideTraining;
    const auto attackerEncoder = data::TableEncoder::fit(auxTable, allRows(aux.size()), fitOptions);
    if (!attackerEncoder) return Result::failure(attackerEncoder.error());
    const data::EncodedRows auxRows = attackerEncoder->encode(auxTable, allRows(aux.size()));
    const data::EncodedRows attackedRows = attackerEncoder->encode(attackedTable, allRows(run.rowIds.size()));
    const model::TrainingConfig recipe =
        attackerRecipe(training, std::int64_t(aux.size()), training.seed ^ 0x1A7E5EEDULL);

    auto trainAttacker = [&](const data::FeatureMatrix& x, const std::vector<std::int64_t>& y, double from,
                             double to, const QString& stage) -> Expected<model::Classifier> {
        auto created =
            model::Classifier::create(spec, int(x.cols()), valueCount, recipe.seed, settings.device);
        if (!created) return created;
        auto trained = created.value().train(
            x, y, recipe, [&](int, double f) { return report(from + (to - from) * f, stage); });
        if (!trained) return Expected<model::Classifier>::failure(trained.error());
        return created;
    };

    // Imputation: no access to the target at all.
    auto start = Clock::now();
    auto imputation =
        trainAttacker(auxRows.features, auxRows.labels, 0.35, 0.55,
                      tr("Training the imputation baseline on %1 auxiliary records").arg(aux.size()));
    if (!imputation) return report(0.35, {}) ? Result::failure(imputation.error()) : cancelled();
    run.imputationAuxAccuracy = imputation->evaluate(auxRows.features, auxRows.labels).accuracy;
    run.attacks.push_back(attribute::fromProbabilities(
        QStringLiteral("imputation"), imputation->evaluate(attackedRows.features, attackedRows.labels).logits,
        run.targetValue));
    run.attacks.back().seconds = secondsSince(start);

    std::vector<std::int64_t> labels = candidateRows.labels;
    auto timed = [&](auto&& attackFn) {
        const auto t0 = Clock::now();
        AttributeGuesses g = attackFn();
        g.seconds = secondsSince(t0);
        run.attacks.push_back(std::move(g));
    };
    if (wants("marginal-prior"))
        timed([&] { return attribute::marginalPrior(logitsPerValue, labels, run.prior, run.targetValue); });
    if (wants("csmia"))
        timed([&] { return attribute::confidenceScore(logitsPerValue, labels, run.targetValue); });
    if (wants("label-only"))
        timed([&] { return attribute::labelOnly(logitsPerValue, labels, run.prior, run.targetValue); });

    if (wants("black-box")) {
        start = Clock::now();
        // The target's probability vector on each auxiliary record joins the attacker's inputs.
        const data::EncodedRows auxForTarget = encoder.encode(table, aux);
        auto withOutputs = [](const data::FeatureMatrix& x, const Eigen::MatrixXf& logits) {
            data::FeatureMatrix out(x.rows(), x.cols() + logits.cols());
            out.leftCols(x.cols()) = x;
            for (Eigen::Index i = 0; i < logits.rows(); ++i) {
                const Eigen::RowVectorXf z = logits.row(i).array() - logits.row(i).maxCoeff();
                const Eigen::RowVectorXf e = z.array().exp();
                out.row(i).tail(logits.cols()) = e / e.sum();
            }
            return out;
        };
        const data::FeatureMatrix auxX = withOutputs(auxRows.features, queryTarget(auxForTarget.features));
        auto blackBox =
            trainAttacker(auxX, auxRows.labels, 0.55, 0.75, tr("Training the black-box attack model"));
        if (!blackBox) return report(0.55, {}) ? Result::failure(blackBox.error()) : cancelled();
        const data::FeatureMatrix candX = withOutputs(attackedRows.features, trueOutputs);
        run.attacks.push_back(attribute::fromProbabilities(
            QStringLiteral("black-box"), blackBox->evaluate(candX, attackedRows.labels).logits,
            run.targetValue));
        run.attacks.back().seconds = secondsSince(start);
    }

    if (wants("mia-based")) {
        start = Clock::now();
        std::vector<std::vector<Eigen::MatrixXf>> referenceLogits;
        for (int r = 0; r < config.referenceModels; ++r) {
            std::vector<std::int64_t> half = aux;
            std::mt19937_64 halfRng(config.seed + 7919ULL * std::uint64_t(r + 1));
            std::shuffle(half.begin(), half.end(), halfRng);
            half.resize(std::max<std::size_t>(2, half.size() / 2));
            const data::EncodedRows rows = encoder.encode(table, half);
            model::TrainingConfig refRecipe = training;
            refRecipe.seed = training.seed + 1000003ULL * std::uint64_t(r + 1);
            auto created = model::Classifier::create(spec, encoder.inputWidth(), encoder.classCount(),
                                                     refRecipe.seed, settings.device);
            if (!created) return Result::failure(created.error());
            const double from = 0.75 + 0.2 * r / config.referenceModels;
            auto trained = created.value().train(rows.features, rows.labels, refRecipe, [&](int, double f) {
                return report(from + 0.2 * f / config.referenceModels,
                              tr("Training reference model %1 of %2").arg(r + 1).arg(config.referenceModels));
            });
            if (!trained) return report(from, {}) ? Result::failure(trained.error()) : cancelled();
            std::vector<Eigen::MatrixXf> perValue;
            for (const data::DataTable& t : candidateVariants)
                perValue.push_back(
                    created->evaluate(encoder.encode(t, allRows(t.rowCount())).features, labels).logits);
            referenceLogits.push_back(std::move(perValue));
        }
        run.attacks.push_back(
            attribute::membershipBased(logitsPerValue, referenceLogits, labels, run.targetValue));
        run.attacks.back().seconds = secondsSince(start);
    }
    report(1.0, tr("Done"));
    return run;
}

} // namespace privaudit::attack
