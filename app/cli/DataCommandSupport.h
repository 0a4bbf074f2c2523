#pragma once

// Private to app/cli: what the `data` subcommands share (DataCommand.cpp holds the helpers, scan, risk
// and the dispatcher; duplicates, minimise and datasheet have a file each).
#include "data/DataTable.h"

#include <optional>
#include <QString>
#include <QStringList>

namespace privaudit::cli::datacli {

/// The --data table: a CSV file (types inferred, nothing declared) or the built-in demo data; an error
/// is printed when it cannot be read.
std::optional<data::DataTable> readTable(const QString& source);
/// A share as a percentage in the current locale ("10.8 %", three decimals below 0.1%).
QString percentText(double share);
/// The quasi-identifiers of --quasi ("auto": the PII scan's), trimmed; empty with an error printed.
QStringList quasiOption(const QString& value, const data::DataTable& table);

int runDuplicates(QStringList args);
int runMinimise(QStringList args);
int runDatasheet(QStringList args);

} // namespace privaudit::cli::datacli
