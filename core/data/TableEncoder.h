#pragma once

#include "common/Expected.h"
#include "data/DataSplit.h"
#include "data/DataTable.h"

#include <Eigen/Core>
#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QJsonObject>

namespace privaudit::data {

using FeatureMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// An epsilon-DP estimate of the @p q quantile of @p values clipped to [lo, hi] by the exponential
/// mechanism (Smith, STOC 2011, Algorithm 2; TableEncoder::fitDpEstimates); @p open01 gives uniform
/// draws in (0, 1). lo == hi gives lo.
double dpQuantile(std::vector<double> values, double lo, double hi, double q, double epsilon,
                  const std::function<double()>& open01);

/// Model inputs and class labels for a set of rows.
struct EncodedRows
{
    FeatureMatrix features;           ///< rows x encodedWidth, float32
    std::vector<std::int64_t> labels; ///< class index per row
};

/// Which rows the encoder's categories and standardisation were taken from.
enum class EncoderSource
{
    TrainingRows,        ///< the members: the input layout depends on who is in the training set
    RowsOutsideTraining, ///< held-out and population rows only: nothing depends on the training rows
    Declared, ///< given by the user (an encoder.json: a declared schema, public bounds); no data used
    /// Estimated from the training rows by DP mechanisms (epsilon in dpEpsilon(), charged to the run's
    /// account); category domain, bounds, classes and missing indicators from the rows outside training.
    DpEstimates
};

/// DP estimates of the encoder's statistics from the training rows (TableEncoder::fitDpEstimates).
struct DpEstimateOptions
{
    double epsilon = 0.1;     ///< pure epsilon-DP for the whole encoder, split evenly over its columns
    std::uint64_t seed = 1;   ///< noise seed (deterministic runs), unless secureNoise
    bool secureNoise = false; ///< noise from the operating system's cryptographic source
    int minCategoryCount = 5; ///< a category is kept when its noisy count reaches this
};

struct EncoderFitOptions
{
    EncoderSource source = EncoderSource::TrainingRows;
    /// Categories seen on fewer of the fitting rows share the "other" slot (with unseen and missing
    /// values). A fixed rule, decided before seeing any data.
    int minCategoryCount = 1;
};

/// Where one table column sits among the encoded inputs (for decoding a reconstructed input row).
struct InputGroup
{
    QString column;
    bool numeric = true; ///< one standardised input at offset (then its missing indicator, if any)
    int offset = 0;
    int width = 1;                 ///< numeric: 1; categorical: its one-hot slots, the unseen slot last
    bool missingIndicator = false; ///< numeric only: the input at offset + 1
    double mean = 0.0;             ///< numeric only: input = (value - mean) * scale
    double scale = 1.0;
    QStringList
        categories; ///< categorical only: the kept categories, one slot each (the unseen slot follows)
};

/// Turns table rows into model inputs (the TorchScript input contract, written out by toJson()):
/// - inputs in column order, over the feature and sensitive columns (identifier, ignored and label
///   columns are never inputs);
/// - a numeric column is one input, (value - mean) * scale with the fitting rows' mean and 1 / standard
///   deviation; a missing value is 0 there plus a 1 in a "NAME_missing" indicator input that follows it,
///   present when the fitting rows had missing values;
/// - a categorical or boolean column is one-hot over its kept categories in sorted order, then one
///   "NAME=<unseen>" slot for every other value: unseen, rarer than minCategoryCount, or missing;
/// - the outputs are one logit per class, classes in sorted order.
/// Categories are matched by their text, so an encoder applies to any table with the same columns.
class TableEncoder
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::data::TableEncoder)

public:
    /// The fit a training run uses: with DP, on the rows outside the training set (held-out and
    /// population) with categories seen fewer than kDpMinCategoryCount times grouped, so that the
    /// model's architecture and the encoder reveal nothing about the members; without DP on the members.
    static Expected<TableEncoder> fitForTraining(const DataTable& table, const DataSplit& split, bool dp);
    /// With @p estimates (DP training only): fitDpEstimates instead of the rows outside training.
    static Expected<TableEncoder> fitForTraining(const DataTable& table, const DataSplit& split, bool dp,
                                                 const std::optional<DpEstimateOptions>& estimates);
    /// Categories and standardisation estimated from the training rows with epsilon-DP, so that the
    /// encoder reveals about any one member only what an epsilon-DP mechanism does:
    /// - per column epsilon / (number of input columns), composed sequentially (pure DP, no delta);
    /// - a categorical or boolean column keeps the categories of the rows outside training whose count
    ///   over the training rows plus Laplace(1 / epsilon_column) noise reaches minCategoryCount (each row
    ///   changes one count by one: sensitivity 1 under adding or removing a row);
    /// - a numeric column is centred on its DP median and scaled by 1.349 / DP interquartile range, the
    ///   three quantiles each drawn with epsilon_column / 3 by the exponential mechanism over the training
    ///   values clipped to the range of the rows outside training (Smith, STOC 2011, Algorithm 2: the
    ///   interval between consecutive sorted values with weight length * exp(-eps |i - q n| / (2 s)),
    ///   s = max(q, 1 - q), then a uniform point in it);
    /// - classes and missing indicators come from the rows outside training, as in fitForTraining.
    static Expected<TableEncoder> fitDpEstimates(const DataTable& table, const DataSplit& split,
                                                 const DpEstimateOptions& options);
    /// Fits on @p rows of @p table. The table must have a categorical or boolean label column.
    static Expected<TableEncoder> fit(const DataTable& table, const std::vector<std::int64_t>& rows,
                                      const EncoderFitOptions& options = {});
    /// Reads the encoder.json written by toJson().
    static Expected<TableEncoder> fromJson(const QJsonObject& json);
    /// An encoder the user declares (categories, classes, mean and scale they know to be public, in the
    /// encoder.json format): used as given, its source is Declared. Public bounds [lo, hi] of a numeric
    /// column are written as mean (lo + hi) / 2 and scale 2 / (hi - lo).
    static Expected<TableEncoder> declared(const QJsonObject& json);

    static constexpr int kDpMinCategoryCount = 5;

    /// Encodes rows of a table with the same feature columns (by name) and label column.
    [[nodiscard]] EncodedRows encode(const DataTable& table, const std::vector<std::int64_t>& rows) const;
    /// Empty when @p table has every input column with a compatible type; otherwise what is missing.
    [[nodiscard]] QString checkApplies(const DataTable& table, bool needLabel = true) const;

    [[nodiscard]] QJsonObject toJson() const;
    /// One translated sentence: which rows it was fitted on and what that means for a DP guarantee.
    [[nodiscard]] QString describe() const;
    /// What a run stores about its encoder (fitted_on, fit_rows, min_category_count, input_width, sha256).
    [[nodiscard]] QJsonObject summaryJson() const;
    /// describe() from summaryJson(), in the current language (empty for a run that stored none).
    static QString describe(const QJsonObject& summary);
    [[nodiscard]] QString sha256() const;

    [[nodiscard]] int inputWidth() const { return m_width; }
    [[nodiscard]] int classCount() const { return static_cast<int>(m_classes.size()); }
    [[nodiscard]] const QStringList& classes() const { return m_classes; }
    [[nodiscard]] const QString& labelColumn() const { return m_labelName; }
    [[nodiscard]] EncoderSource source() const { return m_source; }
    [[nodiscard]] std::int64_t fitRows() const { return m_fitRows; }
    [[nodiscard]] int minCategoryCount() const { return m_minCategoryCount; }
    /// The epsilon the DP estimates spent (0 for any other source): part of the run's epsilon.
    [[nodiscard]] double dpEpsilon() const { return m_dpEpsilon; }
    /// Names of the encoded input columns ("age", "age_missing", "workclass=Private", ...).
    [[nodiscard]] const QStringList& inputNames() const { return m_inputNames; }
    /// Every input column's place among the inputs, in column order.
    [[nodiscard]] std::vector<InputGroup> inputGroups() const;
    /// Column types the inputs need (for importing a file to encode).
    [[nodiscard]] QHash<QString, ColumnType> inputTypes() const;

private:
    struct Part
    {
        QString column;
        ColumnType type = ColumnType::Numeric;
        int offset = 0;
        double mean = 0.0;
        double scale = 1.0;
        bool missingIndicator = false;
        QStringList categories; ///< kept categories, one slot each, then the other/unseen slot
    };
    void finish();

    std::vector<Part> m_parts;
    QString m_labelName;
    int m_width = 0;
    QStringList m_classes;
    QStringList m_inputNames;
    EncoderSource m_source = EncoderSource::TrainingRows;
    std::int64_t m_fitRows = 0;
    int m_minCategoryCount = 1;
    double m_dpEpsilon = 0.0;
};

} // namespace privaudit::data
