#include "data/TableEncoder.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <random>

namespace privaudit::data {

namespace {

constexpr auto kFormat = "privaudit-encoder";
constexpr int kFormatVersion = 1;

QString typeName(ColumnType t)
{
    switch (t) {
    case ColumnType::Numeric:
        return QStringLiteral("numeric");
    case ColumnType::Boolean:
        return QStringLiteral("boolean");
    case ColumnType::Categorical:
        break;
    }
    return QStringLiteral("categorical");
}

QString sourceName(EncoderSource s)
{
    switch (s) {
    case EncoderSource::RowsOutsideTraining:
        return QStringLiteral("rows-outside-training");
    case EncoderSource::Declared:
        return QStringLiteral("declared");
    case EncoderSource::DpEstimates:
        return QStringLiteral("dp-estimates");
    case EncoderSource::TrainingRows:
        break;
    }
    return QStringLiteral("training-rows");
}

EncoderSource sourceFromName(const QString& name)
{
    for (EncoderSource s :
         {EncoderSource::RowsOutsideTraining, EncoderSource::Declared, EncoderSource::DpEstimates})
        if (name == sourceName(s)) return s;
    return EncoderSource::TrainingRows;
}

/// Uniform draws in (0, 1) for the DP mechanisms: seeded (a run is reproducible from its seed) or from
/// the operating system's cryptographic source.
class NoiseSource
{
public:
    NoiseSource(std::uint64_t seed, bool secure) : m_engine(seed), m_secure(secure) {}
    double open01()
    {
        for (;;) {
            const double u = m_secure ? QRandomGenerator::system()->generateDouble()
                                      : std::uniform_real_distribution<double>(0.0, 1.0)(m_engine);
            if (u > 0.0 && u < 1.0) return u;
        }
    }
    double laplace(double scale)
    {
        const double u = open01() - 0.5;
        return -scale * (u < 0 ? -1.0 : 1.0) * std::log1p(-2.0 * std::fabs(u));
    }
    double gumbel() { return -std::log(-std::log(open01())); }

private:
    std::mt19937_64 m_engine;
    bool m_secure;
};

} // namespace

double dpQuantile(std::vector<double> values, double lo, double hi, double q, double epsilon,
                  const std::function<double()>& open01)
{
    // Smith (STOC 2011), Algorithm 2, in the form of Gillenwater, Joseph and Kulesza's IndExp: the n
    // clipped values cut [lo, hi] into n + 1 intervals; interval i (between the i-th and (i+1)-th order
    // statistics) has utility -|i - q n| with sensitivity max(q, 1 - q) under adding or removing a value,
    // and is drawn with probability proportional to its length * exp(epsilon * utility / (2 s)) (by the
    // Gumbel-max trick, in logs, so that long data sets do not underflow); the output is uniform in it.
    for (double& v : values)
        v = std::clamp(v, lo, hi);
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    const double s = std::max(q, 1.0 - q);
    std::size_t best = 0;
    double bestKey = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i <= n; ++i) {
        const double left = i == 0 ? lo : values[i - 1];
        const double right = i == n ? hi : values[i];
        if (!(right > left)) continue; // an empty interval has probability 0
        const double logWeight =
            std::log(right - left) - epsilon * std::fabs(double(i) - q * double(n)) / (2.0 * s);
        const double key = logWeight - std::log(-std::log(open01()));
        if (key > bestKey) {
            bestKey = key;
            best = i;
        }
    }
    if (!std::isfinite(bestKey)) return lo; // lo == hi: every value is lo
    const double left = best == 0 ? lo : values[best - 1];
    const double right = best == n ? hi : values[best];
    return left + (right - left) * open01();
}

Expected<TableEncoder> TableEncoder::fitForTraining(const DataTable& table, const DataSplit& split, bool dp,
                                                    const std::optional<DpEstimateOptions>& estimates)
{
    if (dp && estimates) return fitDpEstimates(table, split, *estimates);
    return fitForTraining(table, split, dp);
}

Expected<TableEncoder> TableEncoder::fitDpEstimates(const DataTable& table, const DataSplit& split,
                                                    const DpEstimateOptions& options)
{
    using Result = Expected<TableEncoder>;
    if (!(options.epsilon > 0.0) || !std::isfinite(options.epsilon))
        return Result::failure(
            tr("The encoder's DP estimates need a positive epsilon, got %1.").arg(options.epsilon));
    // Everything but the statistics comes from the rows outside training, as without estimates: the
    // classes, each column's type, its category domain and range, and its missing indicator.
    auto outside = fitForTraining(table, split, true);
    if (!outside) return outside;
    TableEncoder enc = std::move(outside).value();
    std::vector<std::int64_t> others = split.nonMembers;
    others.insert(others.end(), split.population.begin(), split.population.end());
    NoiseSource noise(options.seed, options.secureNoise);
    const auto open01 = [&noise] { return noise.open01(); };
    const double perColumn = options.epsilon / double(std::max<std::size_t>(1, enc.m_parts.size()));
    for (Part& p : enc.m_parts) {
        const Column& c = table.column(std::size_t(table.indexOf(p.column)));
        if (p.type == ColumnType::Numeric) {
            double lo = std::numeric_limits<double>::infinity(), hi = -lo;
            for (std::int64_t r : others) {
                const double v = c.numbers[std::size_t(r)];
                if (std::isnan(v)) continue;
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
            if (!(hi >= lo)) {
                lo = 0.0;
                hi = 0.0;
            }
            std::vector<double> values;
            values.reserve(split.members.size());
            for (std::int64_t r : split.members)
                if (const double v = c.numbers[std::size_t(r)]; !std::isnan(v)) values.push_back(v);
            double q[3] = {dpQuantile(values, lo, hi, 0.25, perColumn / 3.0, open01),
                           dpQuantile(values, lo, hi, 0.50, perColumn / 3.0, open01),
                           dpQuantile(values, lo, hi, 0.75, perColumn / 3.0, open01)};
            std::sort(std::begin(q), std::end(q)); // post-processing: the quantiles in order
            p.mean = q[1];
            const double iqr = q[2] - q[0];
            // 1.349 standard deviations make the interquartile range of a normal distribution.
            p.scale = iqr > 1e-12 ? 1.349 / iqr : hi > lo ? 2.0 / (hi - lo) : 1.0;
        } else {
            // The domain is the categories of the rows outside training before the rare-category rule
            // (all of them), counted over the training rows with noise.
            QStringList domain;
            std::vector<bool> seen(std::size_t(c.categories.size()), false);
            for (std::int64_t r : others)
                if (const std::int32_t code = c.codes[std::size_t(r)]; code >= 0)
                    seen[std::size_t(code)] = true;
            std::vector<double> counts(seen.size(), 0.0);
            for (std::int64_t r : split.members)
                if (const std::int32_t code = c.codes[std::size_t(r)]; code >= 0)
                    counts[std::size_t(code)] += 1.0;
            p.categories.clear();
            for (std::size_t k = 0; k < seen.size(); ++k) {
                if (!seen[k]) continue;
                if (counts[k] + noise.laplace(1.0 / perColumn) >= double(options.minCategoryCount))
                    p.categories << c.categories[qsizetype(k)];
            }
            std::sort(p.categories.begin(), p.categories.end());
        }
    }
    enc.finish();
    enc.m_source = EncoderSource::DpEstimates;
    enc.m_fitRows = std::int64_t(split.members.size());
    enc.m_minCategoryCount = std::max(1, options.minCategoryCount);
    enc.m_dpEpsilon = options.epsilon;
    return enc;
}

Expected<TableEncoder> TableEncoder::fitForTraining(const DataTable& table, const DataSplit& split, bool dp)
{
    if (!dp) return fit(table, split.members, {EncoderSource::TrainingRows, 1});
    std::vector<std::int64_t> outside = split.nonMembers;
    outside.insert(outside.end(), split.population.begin(), split.population.end());
    std::sort(outside.begin(), outside.end());
    if (outside.empty())
        return Expected<TableEncoder>::failure(
            tr("DP training fits the encoder on rows outside the training set, and there are none: use fewer "
               "training rows."));
    auto enc = fit(table, outside, {EncoderSource::RowsOutsideTraining, kDpMinCategoryCount});
    if (!enc) return enc;
    // Every training label must be one of those classes (telling the user which is not reveals nothing
    // to anyone who sees only the model).
    const Column& label = table.column(std::size_t(table.labelIndex()));
    for (std::int64_t r : split.members) {
        const QString y = label.text(std::size_t(r));
        if (!enc->classes().contains(y))
            return Expected<TableEncoder>::failure(tr("The class '%1' of the label '%2' occurs only in "
                                                      "training rows; DP training takes its classes "
                                                      "from the other rows, so merge or drop that class.")
                                                       .arg(y, label.name));
    }
    return enc;
}

Expected<TableEncoder> TableEncoder::fit(const DataTable& table, const std::vector<std::int64_t>& rows,
                                         const EncoderFitOptions& options)
{
    TableEncoder enc;
    const int labelIndex = table.labelIndex();
    if (labelIndex < 0) return Expected<TableEncoder>::failure(tr("No label column is set."));
    const Column& label = table.column(static_cast<std::size_t>(labelIndex));
    if (label.type == ColumnType::Numeric)
        return Expected<TableEncoder>::failure(tr("The label column '%1' is numeric; PrivAudit trains "
                                                  "classifiers, so the label must be categorical "
                                                  "or boolean.")
                                                   .arg(label.name));
    if (label.categories.size() < 2)
        return Expected<TableEncoder>::failure(
            tr("The label column '%1' has fewer than two classes.").arg(label.name));
    if (rows.empty()) return Expected<TableEncoder>::failure(tr("There are no rows to fit the encoder on."));
    enc.m_labelName = label.name;
    // Classes and categories in sorted order: the order of first appearance in the file would depend on
    // which rows come first, training rows included.
    if (options.source == EncoderSource::RowsOutsideTraining) {
        std::vector<bool> seen(std::size_t(label.categories.size()), false);
        for (std::int64_t r : rows)
            if (label.codes[std::size_t(r)] >= 0) seen[std::size_t(label.codes[std::size_t(r)])] = true;
        for (qsizetype k = 0; k < label.categories.size(); ++k)
            if (seen[std::size_t(k)]) enc.m_classes << label.categories[k];
        if (enc.m_classes.size() < 2)
            return Expected<TableEncoder>::failure(tr("The label column '%1' has fewer than two classes on "
                                                      "the rows outside the training set, which "
                                                      "DP training takes its classes from.")
                                                       .arg(label.name));
    } else {
        enc.m_classes = label.categories;
    }
    std::sort(enc.m_classes.begin(), enc.m_classes.end());
    enc.m_source = options.source;
    enc.m_fitRows = std::int64_t(rows.size());
    enc.m_minCategoryCount = std::max(1, options.minCategoryCount);

    for (std::size_t ci = 0; ci < table.columnCount(); ++ci) {
        const Column& c = table.column(ci);
        if (c.role != ColumnRole::Feature && c.role != ColumnRole::Sensitive) continue;
        Part p;
        p.column = c.name;
        p.type = c.type;
        if (c.type == ColumnType::Numeric) {
            double sum = 0.0, sumSq = 0.0;
            std::int64_t n = 0;
            bool anyMissing = false;
            for (std::int64_t r : rows) {
                const double v = c.numbers[static_cast<std::size_t>(r)];
                if (std::isnan(v)) {
                    anyMissing = true;
                    continue;
                }
                sum += v;
                sumSq += v * v;
                ++n;
            }
            p.mean = n > 0 ? sum / double(n) : 0.0;
            const double var =
                n > 1 ? std::max(0.0, (sumSq - double(n) * p.mean * p.mean) / double(n - 1)) : 0.0;
            p.scale = var > 1e-24 ? 1.0 / std::sqrt(var) : 1.0;
            p.missingIndicator = anyMissing;
        } else {
            std::vector<std::int64_t> seen(static_cast<std::size_t>(c.categories.size()), 0);
            for (std::int64_t r : rows) {
                const std::int32_t code = c.codes[static_cast<std::size_t>(r)];
                if (code >= 0) ++seen[static_cast<std::size_t>(code)];
            }
            for (std::size_t k = 0; k < seen.size(); ++k)
                if (seen[k] >= enc.m_minCategoryCount)
                    p.categories << c.categories[static_cast<qsizetype>(k)];
            std::sort(p.categories.begin(), p.categories.end());
        }
        enc.m_parts.push_back(std::move(p));
    }
    enc.finish();
    if (enc.m_width == 0)
        return Expected<TableEncoder>::failure(
            tr("No feature columns: every column is the label, an identifier or "
               "ignored."));
    return enc;
}

void TableEncoder::finish()
{
    int offset = 0;
    m_inputNames.clear();
    for (Part& p : m_parts) {
        p.offset = offset;
        if (p.type == ColumnType::Numeric) {
            m_inputNames << p.column;
            offset += 1;
            if (p.missingIndicator) {
                m_inputNames << p.column + QStringLiteral("_missing");
                offset += 1;
            }
        } else {
            for (const QString& category : p.categories)
                m_inputNames << p.column + QLatin1Char('=') + category;
            m_inputNames << p.column + QStringLiteral("=<unseen>");
            offset += int(p.categories.size()) + 1;
        }
    }
    m_width = offset;
}

std::vector<InputGroup> TableEncoder::inputGroups() const
{
    std::vector<InputGroup> groups;
    for (const Part& p : m_parts) {
        const bool numeric = p.type == ColumnType::Numeric;
        groups.push_back({p.column, numeric, p.offset, numeric ? 1 : int(p.categories.size()) + 1,
                          numeric && p.missingIndicator, p.mean, p.scale,
                          numeric ? QStringList() : p.categories});
    }
    return groups;
}

QString TableEncoder::checkApplies(const DataTable& table, bool needLabel) const
{
    QStringList problems;
    for (const Part& p : m_parts) {
        const int i = table.indexOf(p.column);
        if (i < 0) {
            problems << tr("the column '%1' is missing").arg(p.column);
            continue;
        }
        const bool numeric = table.column(std::size_t(i)).type == ColumnType::Numeric;
        if (numeric != (p.type == ColumnType::Numeric))
            problems << tr("the column '%1' is %2 here but %3 in the encoder")
                            .arg(p.column, typeName(table.column(std::size_t(i)).type), typeName(p.type));
    }
    if (needLabel && table.indexOf(m_labelName) < 0)
        problems << tr("the label column '%1' is missing").arg(m_labelName);
    return problems.join(QStringLiteral("; "));
}

EncodedRows TableEncoder::encode(const DataTable& table, const std::vector<std::int64_t>& rows) const
{
    EncodedRows out;
    out.features = FeatureMatrix::Zero(static_cast<Eigen::Index>(rows.size()), m_width);
    out.labels.assign(rows.size(), 0);
    // Per column: the table's category codes mapped to this encoder's slots by their text.
    struct Bound
    {
        const Column* column = nullptr;
        std::vector<int> codeToSlot;
    };
    std::vector<Bound> bound(m_parts.size());
    for (std::size_t k = 0; k < m_parts.size(); ++k) {
        const Part& p = m_parts[k];
        const int i = table.indexOf(p.column);
        if (i < 0) continue; // checkApplies() names it; the inputs stay 0 (categorical: the other slot below)
        bound[k].column = &table.column(std::size_t(i));
        if (p.type != ColumnType::Numeric) {
            const QStringList& cats = bound[k].column->categories;
            bound[k].codeToSlot.resize(std::size_t(cats.size()));
            for (qsizetype c = 0; c < cats.size(); ++c)
                bound[k].codeToSlot[std::size_t(c)] = int(p.categories.indexOf(cats[c]));
        }
    }
    std::vector<std::int64_t> labelOf;
    const int li = table.indexOf(m_labelName);
    const Column* label = li >= 0 ? &table.column(std::size_t(li)) : nullptr;
    if (label && label->type != ColumnType::Numeric)
        for (const QString& c : label->categories)
            labelOf.push_back(std::max<qsizetype>(0, m_classes.indexOf(c)));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto r = static_cast<std::size_t>(rows[i]);
        const auto row = static_cast<Eigen::Index>(i);
        if (!labelOf.empty() && label->codes[r] >= 0) out.labels[i] = labelOf[std::size_t(label->codes[r])];
        for (std::size_t k = 0; k < m_parts.size(); ++k) {
            const Part& p = m_parts[k];
            const Column* c = bound[k].column;
            if (p.type == ColumnType::Numeric) {
                const double v = c && c->type == ColumnType::Numeric ? c->numbers[r] : std::nan("");
                if (std::isnan(v)) {
                    if (p.missingIndicator) out.features(row, p.offset + 1) = 1.0f;
                } else {
                    out.features(row, p.offset) = static_cast<float>((v - p.mean) * p.scale);
                }
            } else {
                const std::int32_t code = c && c->type != ColumnType::Numeric ? c->codes[r] : -1;
                const int slot = code >= 0 && std::size_t(code) < bound[k].codeToSlot.size()
                                     ? bound[k].codeToSlot[std::size_t(code)]
                                     : -1;
                out.features(row, p.offset + (slot >= 0 ? slot : int(p.categories.size()))) = 1.0f;
            }
        }
    }
    return out;
}

QHash<QString, ColumnType> TableEncoder::inputTypes() const
{
    QHash<QString, ColumnType> types;
    for (const Part& p : m_parts)
        types.insert(p.column, p.type);
    return types;
}

QJsonObject TableEncoder::toJson() const
{
    QJsonArray inputs;
    for (const Part& p : m_parts) {
        QJsonObject o{{QStringLiteral("column"), p.column},
                      {QStringLiteral("type"), typeName(p.type)},
                      {QStringLiteral("offset"), p.offset}};
        if (p.type == ColumnType::Numeric) {
            o[QStringLiteral("mean")] = p.mean;
            o[QStringLiteral("scale")] = p.scale;
            o[QStringLiteral("missing_indicator")] = p.missingIndicator;
        } else {
            o[QStringLiteral("categories")] = QJsonArray::fromStringList(p.categories);
        }
        inputs.append(o);
    }
    QJsonObject out{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("fitted_on"), sourceName(m_source)},
        {QStringLiteral("fit_rows"), qint64(m_fitRows)},
        {QStringLiteral("min_category_count"), m_minCategoryCount},
        {QStringLiteral("input_width"), m_width},
        {QStringLiteral("label"), m_labelName},
        {QStringLiteral("classes"), QJsonArray::fromStringList(m_classes)},
        {QStringLiteral("inputs"), inputs},
        {QStringLiteral("input_names"), QJsonArray::fromStringList(m_inputNames)},
        {QStringLiteral("contract"),
         QStringLiteral(
             "float32 tensor [rows, input_width] in the order of input_names; numeric: (value - mean) * "
             "scale, missing -> 0 and 1 in NAME_missing when missing_indicator; categorical and boolean: "
             "one-hot over categories, anything else (unseen, rare or missing) -> NAME=<unseen>; output: "
             "one logit per class in the order of classes")},
    };
    if (m_source == EncoderSource::DpEstimates) out[QStringLiteral("dp_epsilon")] = m_dpEpsilon;
    return out;
}

Expected<TableEncoder> TableEncoder::fromJson(const QJsonObject& json)
{
    auto bad = [](const QString& why) {
        return Expected<TableEncoder>::failure(tr("Not a PrivAudit encoder file: %1.").arg(why));
    };
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return bad(tr("the \"format\" field is not \"%1\"").arg(QLatin1String(kFormat)));
    if (json.value(QStringLiteral("version")).toInt() != kFormatVersion)
        return bad(tr("version %1 is not supported (this PrivAudit reads version %2)")
                       .arg(json.value(QStringLiteral("version")).toInt())
                       .arg(kFormatVersion));
    TableEncoder enc;
    enc.m_labelName = json.value(QStringLiteral("label")).toString();
    for (const auto& c : json.value(QStringLiteral("classes")).toArray())
        enc.m_classes << c.toString();
    if (enc.m_labelName.isEmpty() || enc.m_classes.size() < 2)
        return bad(tr("it names no label column with at least two classes"));
    const QString fittedOn = json.value(QStringLiteral("fitted_on")).toString();
    enc.m_source = sourceFromName(fittedOn);
    enc.m_dpEpsilon = enc.m_source == EncoderSource::DpEstimates
                          ? json.value(QStringLiteral("dp_epsilon")).toDouble()
                          : 0.0;
    if (enc.m_source == EncoderSource::DpEstimates &&
        !(enc.m_dpEpsilon > 0.0 && std::isfinite(enc.m_dpEpsilon)))
        return bad(tr("it was fitted by DP estimates but gives no positive dp_epsilon"));
    enc.m_fitRows = json.value(QStringLiteral("fit_rows")).toInteger();
    enc.m_minCategoryCount = std::max(1, json.value(QStringLiteral("min_category_count")).toInt(1));
    for (const auto& v : json.value(QStringLiteral("inputs")).toArray()) {
        const QJsonObject o = v.toObject();
        Part p;
        p.column = o.value(QStringLiteral("column")).toString();
        const QString type = o.value(QStringLiteral("type")).toString();
        if (p.column.isEmpty()) return bad(tr("an input has no column name"));
        if (type == QLatin1String("numeric")) {
            p.type = ColumnType::Numeric;
            p.mean = o.value(QStringLiteral("mean")).toDouble();
            p.scale = o.value(QStringLiteral("scale")).toDouble(1.0);
            p.missingIndicator = o.value(QStringLiteral("missing_indicator")).toBool();
            if (!std::isfinite(p.mean) || !std::isfinite(p.scale))
                return bad(tr("the standardisation of '%1' is not finite").arg(p.column));
        } else if (type == QLatin1String("categorical") || type == QLatin1String("boolean")) {
            p.type = type == QLatin1String("boolean") ? ColumnType::Boolean : ColumnType::Categorical;
            for (const auto& c : o.value(QStringLiteral("categories")).toArray())
                p.categories << c.toString();
        } else {
            return bad(tr("the input '%1' has the unknown type '%2'").arg(p.column, type));
        }
        enc.m_parts.push_back(std::move(p));
    }
    enc.finish();
    if (enc.m_width == 0) return bad(tr("it has no inputs"));
    if (json.contains(QStringLiteral("input_width")) &&
        json.value(QStringLiteral("input_width")).toInt() != enc.m_width)
        return bad(tr("its input_width %1 does not match its inputs (%2)")
                       .arg(json.value(QStringLiteral("input_width")).toInt())
                       .arg(enc.m_width));
    return enc;
}

Expected<TableEncoder> TableEncoder::declared(const QJsonObject& json)
{
    auto enc = fromJson(json);
    if (!enc) return enc;
    TableEncoder e = std::move(enc).value();
    e.m_source = EncoderSource::Declared;
    e.m_fitRows = 0;
    e.m_dpEpsilon = 0.0;
    for (const Part& p : e.m_parts)
        if (p.type == ColumnType::Numeric && !(p.scale > 0.0))
            return Expected<TableEncoder>::failure(
                tr("The declared encoder gives '%1' a scale of %2; a scale must be positive.")
                    .arg(p.column)
                    .arg(p.scale));
    return e;
}

QJsonObject TableEncoder::summaryJson() const
{
    QJsonObject out{{QStringLiteral("fitted_on"), sourceName(m_source)},
                    {QStringLiteral("fit_rows"), qint64(m_fitRows)},
                    {QStringLiteral("min_category_count"), m_minCategoryCount},
                    {QStringLiteral("input_width"), m_width},
                    {QStringLiteral("sha256"), sha256()}};
    if (m_source == EncoderSource::DpEstimates) out[QStringLiteral("dp_epsilon")] = m_dpEpsilon;
    return out;
}

QString TableEncoder::describe() const
{
    return describe(summaryJson());
}

QString TableEncoder::describe(const QJsonObject& summary)
{
    if (!summary.contains(QStringLiteral("fitted_on"))) return {};
    const int rows = int(std::min<qint64>(summary.value(QStringLiteral("fit_rows")).toInteger(), INT32_MAX));
    if (summary.value(QStringLiteral("fitted_on")).toString() == sourceName(EncoderSource::Declared))
        return tr("The input encoding (categories, classes and standardisation) was declared by the user "
                  "(encoder "
                  "SHA-256 %1) and used as given: nothing about it was derived from the data. A DP guarantee "
                  "covers "
                  "the preprocessing only if those categories and bounds are public knowledge, not read off "
                  "the "
                  "training rows.")
            .arg(summary.value(QStringLiteral("sha256")).toString().left(16));
    if (summary.value(QStringLiteral("fitted_on")).toString() == sourceName(EncoderSource::DpEstimates))
        return tr("The input encoding was estimated from the %n training rows by differentially private "
                  "mechanisms with epsilon %1 (median and interquartile range of each numeric column by the "
                  "exponential mechanism, category counts by the Laplace mechanism; categories with a noisy "
                  "count below %2 share the 'other' input); the category domain, ranges and classes come "
                  "from the rows not used for training. That epsilon is part of the run's epsilon.",
                  nullptr, rows)
            .arg(QLocale().toString(summary.value(QStringLiteral("dp_epsilon")).toDouble(), 'g', 3))
            .arg(summary.value(QStringLiteral("min_category_count")).toInt());
    if (summary.value(QStringLiteral("fitted_on")).toString() ==
        sourceName(EncoderSource::RowsOutsideTraining))
        return tr("The input encoding (categories, classes and standardisation) was fitted on the %n rows "
                  "not used "
                  "for training (held-out and population rows); categories seen fewer than %1 times there "
                  "share the "
                  "'other' input with unseen and missing values. Nothing about the encoder or the model's "
                  "input "
                  "layout depends on the training rows.",
                  nullptr, rows)
            .arg(summary.value(QStringLiteral("min_category_count")).toInt());
    return tr(
        "The input encoding (categories and standardisation) was fitted on the %n training rows: the model's "
        "input layout and the encoder depend on who is in the training set, which no DP guarantee covers.",
        nullptr, rows);
}

QString TableEncoder::sha256() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(toJson()).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

} // namespace privaudit::data
