#include "governance/Minimisation.h"

#include "data/CsvImporter.h"
#include "governance/PiiRecognisers.h"

#include <cmath>
#include <QJsonArray>
#include <QSet>

namespace privaudit::governance {

namespace {

QString numberText(double v)
{
    return QString::number(v, 'g', 15);
}

void appendCsvField(QByteArray& out, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r') ||
        (!bytes.isEmpty() && (bytes.front() == ' ' || bytes.back() == ' '))) {
        out += '"';
        for (char c : bytes) {
            if (c == '"') out += '"';
            out += c;
        }
        out += '"';
    } else {
        out += bytes;
    }
}

std::int64_t distinctOf(const QStringList& values)
{
    QSet<QString> seen;
    for (const QString& v : values)
        if (!v.isEmpty()) seen.insert(v);
    return std::int64_t(seen.size());
}

} // namespace

Expected<MinimisationStep> MinimisationStep::parse(const QString& text)
{
    using Result = Expected<MinimisationStep>;
    const qsizetype eq = text.lastIndexOf(QLatin1Char('='));
    if (eq <= 0)
        return Result::failure(tr("'%1': a step is COLUMN=drop, year, bin:WIDTH, truncate:N, top:LIMIT or "
                                  "bottom:LIMIT.")
                                   .arg(text));
    MinimisationStep step;
    step.column = text.left(eq).trimmed();
    const QString method = text.mid(eq + 1).trimmed();
    const QString name = method.section(QLatin1Char(':'), 0, 0).toLower();
    const QString argument = method.section(QLatin1Char(':'), 1);
    bool ok = false;
    const double number = argument.toDouble(&ok);
    if (name == QLatin1String("drop") || name == QLatin1String("year")) {
        step.kind = name == QLatin1String("drop") ? Kind::Drop : Kind::Year;
        if (!argument.isEmpty()) return Result::failure(tr("'%1': '%2' takes no argument.").arg(text, name));
        return step;
    }
    if (name == QLatin1String("bin")) {
        if (!ok || !(number > 0) || !std::isfinite(number))
            return Result::failure(tr("'%1': the bin width must be a positive number.").arg(text));
        step.kind = Kind::Bin;
        step.value = number;
        return step;
    }
    if (name == QLatin1String("truncate")) {
        const int n = argument.toInt(&ok);
        if (!ok || n < 1 || n > 1000)
            return Result::failure(tr("'%1': truncate keeps 1 to 1000 characters.").arg(text));
        step.kind = Kind::Truncate;
        step.length = n;
        return step;
    }
    if (name == QLatin1String("top") || name == QLatin1String("bottom")) {
        if (!ok || !std::isfinite(number))
            return Result::failure(tr("'%1': the limit must be a number.").arg(text));
        step.kind = name == QLatin1String("top") ? Kind::TopCode : Kind::BottomCode;
        step.value = number;
        return step;
    }
    return Result::failure(
        tr("'%1': unknown method '%2'; use drop, year, bin:WIDTH, truncate:N, top:LIMIT or bottom:LIMIT.")
            .arg(text, name));
}

QString MinimisationStep::spec() const
{
    switch (kind) {
    case Kind::Drop:
        return column + QStringLiteral("=drop");
    case Kind::Year:
        return column + QStringLiteral("=year");
    case Kind::Bin:
        return column + QStringLiteral("=bin:") + numberText(value);
    case Kind::Truncate:
        return column + QStringLiteral("=truncate:") + QString::number(length);
    case Kind::TopCode:
        return column + QStringLiteral("=top:") + numberText(value);
    case Kind::BottomCode:
        return column + QStringLiteral("=bottom:") + numberText(value);
    }
    return {};
}

Expected<Minimised> Minimisation::apply(const data::DataTable& table,
                                        const std::vector<MinimisationStep>& steps)
{
    using Result = Expected<Minimised>;
    using Kind = MinimisationStep::Kind;
    const std::size_t rows = table.rowCount();
    std::vector<const MinimisationStep*> stepOf(table.columnCount(), nullptr);
    for (const auto& s : steps) {
        const int c = table.indexOf(s.column);
        if (c < 0)
            return Result::failure(tr("There is no column '%1' to minimise; the columns are: %2.")
                                       .arg(s.column, table.columnNames().join(QStringLiteral(", "))));
        if (stepOf[std::size_t(c)])
            return Result::failure(tr("The column '%1' has more than one step; give one.").arg(s.column));
        const bool numeric = table.column(std::size_t(c)).type == data::ColumnType::Numeric;
        if ((s.kind == Kind::Bin || s.kind == Kind::TopCode || s.kind == Kind::BottomCode) && !numeric)
            return Result::failure(tr("'%1': the column '%2' is not numeric.").arg(s.spec(), s.column));
        stepOf[std::size_t(c)] = &s;
    }
    Minimised out;
    std::vector<QStringList> cells;
    QStringList header;
    for (std::size_t c = 0; c < table.columnCount(); ++c) {
        const data::Column& column = table.column(c);
        QStringList before;
        before.reserve(qsizetype(rows));
        for (std::size_t r = 0; r < rows; ++r)
            before << column.text(r);
        const MinimisationStep* step = stepOf[c];
        if (!step) {
            header << column.name;
            cells.push_back(std::move(before));
            continue;
        }
        ColumnChange change{column.name, step->spec(), distinctOf(before), 0, 0};
        if (step->kind == Kind::Drop) {
            change.cellsChanged = std::int64_t(rows);
            out.changes.push_back(change);
            continue;
        }
        QStringList after = before;
        for (std::size_t r = 0; r < rows; ++r) {
            if (column.isMissing(r)) continue;
            QString& cell = after[qsizetype(r)];
            switch (step->kind) {
            case Kind::Bin: {
                const double lo = std::floor(column.numbers[r] / step->value) * step->value;
                cell = QStringLiteral("[%1, %2)").arg(numberText(lo), numberText(lo + step->value));
                break;
            }
            case Kind::TopCode:
                if (column.numbers[r] > step->value) cell = numberText(step->value);
                break;
            case Kind::BottomCode:
                if (column.numbers[r] < step->value) cell = numberText(step->value);
                break;
            case Kind::Year: {
                if (column.type == data::ColumnType::Numeric)
                    return Result::failure(
                        tr("'%1': the column '%2' holds numbers, not dates.").arg(step->spec(), column.name));
                const QDate date = recognise::date(cell);
                if (!date.isValid())
                    return Result::failure(tr("'%1': record %2 has '%3', which is not a date.")
                                               .arg(step->spec())
                                               .arg(r + 1)
                                               .arg(cell));
                cell = QString::number(date.year());
                break;
            }
            case Kind::Truncate:
                if (cell.size() > step->length) cell = cell.left(step->length).trimmed() + QLatin1Char('*');
                break;
            case Kind::Drop:
                break;
            }
            if (cell != before[qsizetype(r)]) ++change.cellsChanged;
        }
        change.distinctAfter = distinctOf(after);
        out.changes.push_back(change);
        header << column.name;
        cells.push_back(std::move(after));
    }
    if (header.isEmpty()) return Result::failure(tr("Every column would be dropped."));
    for (qsizetype c = 0; c < header.size(); ++c) {
        if (c) out.csv += ',';
        appendCsvField(out.csv, header[c]);
    }
    out.csv += '\n';
    for (std::size_t r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            if (c) out.csv += ',';
            appendCsvField(out.csv, cells[c][qsizetype(r)]);
        }
        out.csv += '\n';
    }
    auto reread = data::CsvImporter::importBytes(out.csv);
    if (!reread)
        return Result::failure(tr("The minimised table cannot be read back: %1").arg(reread.error()));
    out.table = std::move(reread).value();
    return out;
}

QJsonObject Minimisation::toJson(const Minimised& result)
{
    QJsonArray changes;
    for (const auto& c : result.changes)
        changes.append(QJsonObject{{QStringLiteral("column"), c.column},
                                   {QStringLiteral("step"), c.step},
                                   {QStringLiteral("distinct_before"), qint64(c.distinctBefore)},
                                   {QStringLiteral("distinct_after"), qint64(c.distinctAfter)},
                                   {QStringLiteral("cells_changed"), qint64(c.cellsChanged)}});
    return QJsonObject{{QStringLiteral("changes"), changes},
                       {QStringLiteral("rows"), qint64(result.table.rowCount())},
                       {QStringLiteral("columns"), QJsonArray::fromStringList(result.table.columnNames())}};
}

} // namespace privaudit::governance
