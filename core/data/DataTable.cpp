#include "data/DataTable.h"

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
        if (columnTypeName(t) == name.trimmed().toLower())
            return t;
    return std::nullopt;
}

std::optional<ColumnRole> parseColumnRole(const QString& name)
{
    for (ColumnRole r : {ColumnRole::Feature, ColumnRole::Label, ColumnRole::Sensitive, ColumnRole::Identifier,
                         ColumnRole::Ignored})
        if (columnRoleName(r) == name.trimmed().toLower())
            return r;
    return std::nullopt;
}

QString Column::text(std::size_t row) const
{
    if (isMissing(row))
        return {};
    if (type == ColumnType::Numeric)
        return QString::number(numbers[row], 'g', 15);
    return categories[codes[row]];
}

int DataTable::indexOf(const QString& name) const
{
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].name == name)
            return static_cast<int>(i);
    return -1;
}

QStringList DataTable::columnNames() const
{
    QStringList names;
    for (const auto& c : m_columns)
        names << c.name;
    return names;
}

QByteArray DataTable::schemaJson() const
{
    QJsonArray cols;
    for (const auto& c : m_columns) {
        QJsonObject o{{QStringLiteral("name"), c.name},
                      {QStringLiteral("type"), columnTypeName(c.type)},
                      {QStringLiteral("role"), columnRoleName(c.role)},
                      {QStringLiteral("missing"), static_cast<qint64>(c.missing)}};
        if (c.type != ColumnType::Numeric)
            o[QStringLiteral("categories")] = QJsonArray::fromStringList(c.categories);
        cols.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("rows"), static_cast<qint64>(m_rows)},
                                     {QStringLiteral("columns"), cols}})
        .toJson(QJsonDocument::Compact);
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
        return tr("The column '%1' does not exist; the columns are: %2.").arg(column, columnNames().join(QStringLiteral(", ")));
    if (role == ColumnRole::Label)
        for (auto& c : m_columns)
            if (c.role == ColumnRole::Label)
                c.role = ColumnRole::Feature;
    m_columns[static_cast<std::size_t>(i)].role = role;
    return {};
}

int DataTable::labelIndex() const
{
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].role == ColumnRole::Label)
            return static_cast<int>(i);
    return -1;
}

} // namespace privaudit::data
