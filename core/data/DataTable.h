#pragma once

#include <cstdint>
#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace privaudit::data {

enum class ColumnType
{
    Numeric,
    Categorical,
    Boolean
};

/// What a column is for. Identifiers and ignored columns are never fed to a model.
enum class ColumnRole
{
    Feature,
    Label,
    Sensitive, ///< a feature that is also the target of attribute inference and kept out of reports
    Identifier,
    Ignored
};

QString columnTypeName(ColumnType type);
QString columnRoleName(ColumnRole role);
std::optional<ColumnType> parseColumnType(const QString& name);
std::optional<ColumnRole> parseColumnRole(const QString& name);

/// One column, stored once in its final representation: numbers (NaN = missing) for numeric columns,
/// category codes (-1 = missing) into `categories` for categorical and boolean ones.
struct Column
{
    QString name;
    ColumnType type = ColumnType::Numeric;
    ColumnRole role = ColumnRole::Feature;
    std::vector<double> numbers;
    std::vector<std::int32_t> codes;
    QStringList categories;
    std::int64_t missing = 0;

    [[nodiscard]] bool isMissing(std::size_t row) const
    {
        return type == ColumnType::Numeric ? numbers[row] != numbers[row] : codes[row] < 0;
    }
    /// The cell as text ("" when missing), for previews and reports.
    [[nodiscard]] QString text(std::size_t row) const;
};

/// A rectangular table with a typed schema and column roles. Value type; moving is cheap.
class DataTable
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::data::DataTable)

public:
    [[nodiscard]] std::size_t rowCount() const { return m_rows; }
    [[nodiscard]] std::size_t columnCount() const { return m_columns.size(); }
    [[nodiscard]] const std::vector<Column>& columns() const { return m_columns; }
    [[nodiscard]] const Column& column(std::size_t i) const { return m_columns[i]; }
    [[nodiscard]] int indexOf(const QString& name) const;
    [[nodiscard]] QStringList columnNames() const;

    /// SHA-256 of the source bytes (hex), empty for generated tables.
    [[nodiscard]] const QString& contentSha256() const { return m_contentSha256; }
    /// SHA-256 (hex) over the content hash, the schema and the roles: what a result was computed from.
    [[nodiscard]] QString fingerprint() const;
    /// The schema and roles as JSON text (for the project store and the fingerprint).
    [[nodiscard]] QByteArray schemaJson() const;
    /// What a project stores of the schema: names, types, roles, missing and distinct counts, and the
    /// label's classes; no other column's values (they may be personal data: the demo's 19,808 patient
    /// identifiers were all stored). The fingerprint still covers the full schema.
    [[nodiscard]] QByteArray storedSchemaJson() const;

    /// Sets a column's role; an error names the column when it does not exist. Setting a label makes
    /// any previous label a feature.
    QString setRole(const QString& column, ColumnRole role);
    /// The label column, or -1.
    [[nodiscard]] int labelIndex() const;

    /// Turns a numeric column whose values are whole numbers with at most @p maxClasses distinct values
    /// into a categorical one (categories in numeric order: "1", "2"), so it can be a class label. An
    /// error names the column and why it cannot be a label (fractions, too many values).
    QString makeCategorical(const QString& column, int maxClasses);

    /// What reading and preparing the table noticed (renamed duplicate headers, a numeric label read
    /// as classes, columns left out of the model's inputs), translated, for the user to see.
    [[nodiscard]] const QStringList& notes() const { return m_notes; }
    void addNote(const QString& note) { m_notes << note; }

    // Construction (used by the importer and the demo generator).
    void setColumns(std::vector<Column> columns, std::size_t rows)
    {
        m_columns = std::move(columns);
        m_rows = rows;
    }
    void setContentSha256(QString sha) { m_contentSha256 = std::move(sha); }
    void setSourcePath(QString path) { m_sourcePath = std::move(path); }
    [[nodiscard]] const QString& sourcePath() const { return m_sourcePath; }

private:
    std::vector<Column> m_columns;
    std::size_t m_rows = 0;
    QString m_contentSha256;
    QString m_sourcePath;
    QStringList m_notes;
};

} // namespace privaudit::data
