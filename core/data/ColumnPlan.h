#pragma once

#include "common/Expected.h"
#include "data/DataTable.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace privaudit::data {

/// How a dataset's columns are read and used, as the user declared them (job spec `dataset.columns`,
/// CLI `--column`/`--role`, the import wizard), and the rules for the columns they did not declare.
///
/// One implementation for the CLI, the job executor and the GUI, so a column declared in one place is
/// read the same way everywhere:
/// - declared types are applied while the CSV is read;
/// - declared roles are set; identifier and ignored columns never reach the encoder;
/// - a numeric label with whole-number values and at most maxLabelClasses distinct values is read as
///   classes (German credit's 1/2), with a note naming them;
/// - a categorical feature the user gave no role whose distinct values exceed maxDistinctRatio of the
///   rows (a case number, a timestamp, free text) is left out of the model's inputs with a note naming
///   it and why: one-hot encoding it would let the model memorise individuals and make training slow.
///   Declaring its role (`--role NAME=feature`) keeps it.
struct ColumnPlan
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::data::ColumnPlan)

public:
    QString label;
    QMap<QString, ColumnType> types;
    QMap<QString, ColumnRole> roles;
    int maxLabelClasses = 50;
    double maxDistinctRatio = 0.5;

    /// Reads "NAME=categorical|numeric|boolean" and "NAME=identifier|ignored|sensitive|feature|label"
    /// options (the CLI's --column and --role); an error names the option that is wrong.
    QString addTypeOption(const QString& option);
    QString addRoleOption(const QString& option);

    /// Sets roles, the label and the high-cardinality rule on a table read with `types`. Notes are
    /// added to the table.
    QString apply(DataTable& table) const;

    /// Reads "demo" or a CSV file with the declared types and applies the plan.
    [[nodiscard]] Expected<DataTable> load(const QString& source) const;
};

} // namespace privaudit::data
