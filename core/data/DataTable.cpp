#include "data/DataTable.h"

#include <algorithm>
#include <cmath>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace privaudit::data {

QString columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Numeric:
        return QStringLiteral("numeric");
    case ColumnType::Categorical:
        return QStringLiteral("categorical");
    case ColumnType::Boolean:
        return QStringLiteral("boolean");
    }
    return {};
}

QString columnRoleName(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Feature:
        return QStringLiteral("feature");
    case ColumnRole::Label:
        return QStringLiteral("label");
    case ColumnRole::Sensitive:
        return QStringLiteral("sensitive");
    case ColumnRole::Identifier:
        return QStringLiteral("identifier");
    case ColumnRole::Ignored:
        return QStringLiteral("ignored");
    }
    return {};
}

std::optional<ColumnType> parseColumnType(const QString& name)
{
    for (ColumnType t : {ColumnType::Numeric, ColumnType::Categorical, ColumnType::Boolean})
        if (columnTypeName(t) == name.trimmed().toLower()) return t;
    return std::nullopt;
}

std::optional<ColumnRole> parseColumnRole(const QString& name)
{
    for (ColumnRole r : {ColumnRole::Feature, ColumnRole::Label, ColumnRole::Sensitive,
                         ColumnRole::Identifier, ColumnRole::Ignored})
        if (columnRoleName(r) == name.trimmed().toLower()) return r;
    return std::nullopt;
}

QString Column::text(std::size_t row) const
{
    if (isMissing(row)) return {};
    if (type == ColumnType::Numeric) return QString::number(numbers[row], 'g', 15);
    return categories[codes[row]];
}

int DataTable::indexOf(const QString& name) const
{
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].name == name) return static_cast<int>(i);
    return -1;
}

QStringList DataTable::columnNames() const
{
    QStringList names;
    for (const auto& c : m_columns)
        names << c.name;
    return names;
}

namespace {

/// The schema as JSON; with @p values every category of every non-numeric column (for the fingerprint),
/// without them only counts and the label's classes (what a project stores).
QByteArray schemaAsJson(const std::vector<Column>& columns, std::size_t rows, bool values)
{
    QJsonArray cols;
    for (const auto& c : columns) {
        QJsonObject o{{QStringLiteral("name"), c.name},
                      {QStringLiteral("type"), columnTypeName(c.type)},
                      {QStringLiteral("role"), columnRoleName(c.role)},
                      {QStringLiteral("missing"), static_cast<qint64>(c.missing)}};
        if (c.type != ColumnType::Numeric) {
            if (!values) o[QStringLiteral("distinct")] = static_cast<qint64>(c.categories.size());
            if (values || c.role == ColumnRole::Label)
                o[QStringLiteral("categories")] = QJsonArray::fromStringList(c.categories);
        }
        cols.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("rows"), static_cast<qint64>(rows)},
                                     {QStringLiteral("columns"), cols}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray DataTable::schemaJson() const
{
    return schemaAsJson(m_columns, m_rows, true);
}

QByteArray DataTable::storedSchemaJson() const
{
    return schemaAsJson(m_columns, m_rows, false);
}

QString DataTable::fingerprint() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(m_contentSha256.toLatin1());
    h.addData(schemaJson());
    return QString::fromLatin1(h.result().toHex());
}

QString DataTable::setRole(const QString& column, ColumnRole role)
{
    const int i = indexOf(column);
    if (i < 0)
        return tr("The column '%1' does not exist; the columns are: %2.")
            .arg(column, columnNames().join(QStringLiteral(", ")));
    if (role == ColumnRole::Label)
        for (auto& c : m_columns)
            if (c.role == ColumnRole::Label) c.role = ColumnRole::Feature;
    m_columns[static_cast<std::size_t>(i)].role = role;
    return {};
}

int DataTable::labelIndex() const
{
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].role == ColumnRole::Label) return static_cast<int>(i);
    return -1;
}

QString DataTable::makeCategorical(const QString& column, int maxClasses)
{
    const int i = indexOf(column);
    if (i < 0)
        return tr("The column '%1' does not exist; the columns are: %2.")
            .arg(column, columnNames().join(QStringLiteral(", ")));
    Column& c = m_columns[static_cast<std::size_t>(i)];
    if (c.type != ColumnType::Numeric) return {};
    std::vector<double> distinct;
    for (double v : c.numbers) {
        if (std::isnan(v)) continue;
        if (v != std::floor(v) || std::fabs(v) > 1e15)
            return tr("The column '%1' holds numbers with fractions (such as %2), so it cannot be a class "
                      "label; "
                      "PrivAudit trains classifiers.")
                .arg(c.name)
                .arg(v);
        if (std::find(distinct.begin(), distinct.end(), v) == distinct.end()) {
            distinct.push_back(v);
            if (int(distinct.size()) > maxClasses)
                return tr("The column '%1' has more than %2 distinct numbers, so it is not read as a class "
                          "label "
                          "(PrivAudit trains classifiers). Declare it categorical to use it anyway.")
                    .arg(c.name)
                    .arg(maxClasses);
        }
    }
    std::sort(distinct.begin(), distinct.end());
    QStringList categories;
    for (double v : distinct)
        categories << QString::number(v, 'f', 0);
    std::vector<std::int32_t> codes(c.numbers.size(), -1);
    for (std::size_t r = 0; r < c.numbers.size(); ++r)
        if (!std::isnan(c.numbers[r]))
            codes[r] = std::int32_t(std::lower_bound(distinct.begin(), distinct.end(), c.numbers[r]) -
                                    distinct.begin());
    c.type = ColumnType::Categorical;
    c.codes = std::move(codes);
    c.categories = categories;
    std::vector<double>().swap(c.numbers);
    addNote(tr("The numeric column '%1' is read as a class label with %2 classes: %3.")
                .arg(c.name)
                .arg(categories.size())
                .arg(categories.join(QStringLiteral(", "))));
    return {};
}

} // namespace privaudit::data
