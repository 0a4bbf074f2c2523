#include "data/ColumnPlan.h"

#include "data/CsvImporter.h"
#include "data/DemoData.h"

namespace privaudit::data {

namespace {

bool splitOption(const QString& option, QString* name, QString* value)
{
    const qsizetype eq = option.lastIndexOf(QLatin1Char('='));
    if (eq <= 0 || eq == option.size() - 1) return false;
    *name = option.left(eq).trimmed();
    *value = option.mid(eq + 1).trimmed().toLower();
    return !name->isEmpty();
}

} // namespace

QString ColumnPlan::addTypeOption(const QString& option)
{
    QString name, value;
    if (!splitOption(option, &name, &value))
        return tr("'%1' is not NAME=TYPE (for example credit=categorical).").arg(option);
    const auto type = parseColumnType(value);
    if (!type)
        return tr("'%1': the type must be categorical, numeric or boolean, got '%2'.").arg(option, value);
    types.insert(name, *type);
    return {};
}

QString ColumnPlan::addRoleOption(const QString& option)
{
    QString name, value;
    if (!splitOption(option, &name, &value))
        return tr("'%1' is not NAME=ROLE (for example case_number=identifier).").arg(option);
    const auto role = parseColumnRole(value);
    if (!role)
        return tr("'%1': the role must be feature, sensitive, identifier, ignored or label, got '%2'.")
            .arg(option, value);
    if (*role == ColumnRole::Label)
        label = name;
    else
        roles.insert(name, *role);
    return {};
}

QString ColumnPlan::apply(DataTable& table) const
{
    for (auto it = roles.begin(); it != roles.end(); ++it)
        if (const QString err = table.setRole(it.key(), it.value()); !err.isEmpty()) return err;
    for (auto it = types.begin(); it != types.end(); ++it)
        if (table.indexOf(it.key()) < 0)
            return tr("A type is declared for the column '%1', which does not exist; the columns are: %2.")
                .arg(it.key(), table.columnNames().join(QStringLiteral(", ")));
    if (!label.isEmpty()) {
        if (const QString err = table.setRole(label, ColumnRole::Label); !err.isEmpty()) return err;
    }
    const int labelColumn = table.labelIndex();
    if (labelColumn >= 0 && table.column(std::size_t(labelColumn)).type == ColumnType::Numeric)
        if (const QString err =
                table.makeCategorical(table.column(std::size_t(labelColumn)).name, maxLabelClasses);
            !err.isEmpty())
            return err;

    QStringList excluded;
    for (std::size_t i = 0; i < table.columnCount(); ++i) {
        const Column& c = table.column(i);
        if (c.role != ColumnRole::Feature || roles.contains(c.name) || c.type == ColumnType::Numeric)
            continue;
        const double ratio =
            table.rowCount() > 0 ? double(c.categories.size()) / double(table.rowCount()) : 0.0;
        if (c.categories.size() > 2 && ratio > maxDistinctRatio) {
            excluded << tr("'%1' (%2 distinct values in %3 rows)")
                            .arg(c.name)
                            .arg(c.categories.size())
                            .arg(table.rowCount());
            table.setRole(c.name, ColumnRole::Ignored);
        }
    }
    if (!excluded.isEmpty())
        table.addNote(
            tr("Left out of the model's inputs because almost every row has its own value, which a model "
               "would memorise (identifying individuals) and which makes training slow: %1. Declare a "
               "column's role as feature to keep it.")
                .arg(excluded.join(QStringLiteral(", "))));
    return {};
}

Expected<DataTable> ColumnPlan::load(const QString& source) const
{
    DataTable table;
    if (source == QLatin1String("demo")) {
        table = DemoData::patients();
    } else {
        CsvImportOptions options;
        for (auto it = types.begin(); it != types.end(); ++it)
            options.declaredTypes.insert(it.key(), it.value());
        auto imported = CsvImporter::importFile(source, options);
        if (!imported) return imported;
        table = std::move(imported).value();
    }
    if (const QString err = apply(table); !err.isEmpty()) return Expected<DataTable>::failure(err);
    return table;
}

} // namespace privaudit::data
