#pragma once

#include "common/Expected.h"
#include "data/DataTable.h"

#include <Eigen/Core>

#include <QCoreApplication>

namespace privaudit::data {

using FeatureMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// Model inputs and class labels for a set of rows.
struct EncodedRows
{
    FeatureMatrix features;           ///< rows x encodedWidth, float32
    std::vector<std::int64_t> labels; ///< class index per row
};

/// Turns table rows into model inputs. Fitted on the training rows only: numeric features are
/// standardised with the training mean and standard deviation (missing -> 0 plus an indicator column
/// when the training rows had missing values), categorical and boolean features are one-hot over the
/// training categories plus an "unseen" bucket (missing counts as unseen). Identifier, ignored and
/// label columns are never inputs; sensitive columns are.
class TableEncoder
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::data::TableEncoder)

public:
    /// Fits on @p trainRows of @p table. The table must have a categorical or boolean label column.
    static Expected<TableEncoder> fit(const DataTable& table, const std::vector<std::int64_t>& trainRows);

    [[nodiscard]] EncodedRows encode(const DataTable& table, const std::vector<std::int64_t>& rows) const;

    [[nodiscard]] int inputWidth() const { return m_width; }
    [[nodiscard]] int classCount() const { return static_cast<int>(m_classes.size()); }
    [[nodiscard]] const QStringList& classes() const { return m_classes; }
    /// Names of the encoded input columns ("age", "age_missing", "workclass=Private", ...).
    [[nodiscard]] const QStringList& inputNames() const { return m_inputNames; }

private:
    struct Part
    {
        int column = 0;
        ColumnType type = ColumnType::Numeric;
        int offset = 0;
        double mean = 0.0;
        double scale = 1.0;
        bool missingIndicator = false;
        std::vector<int> codeToSlot; ///< category code -> one-hot slot, -1 = unseen
        int slotCount = 0;             ///< one-hot slots including the unseen bucket
    };
    std::vector<Part> m_parts;
    int m_labelColumn = -1;
    int m_width = 0;
    QStringList m_classes;
    QStringList m_inputNames;
};

} // namespace privaudit::data
