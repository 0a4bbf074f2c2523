#pragma once

// A table from CSV bytes, for tests: a malformed CSV is a broken test, so it stops the test with the reason.

#include "data/CsvImporter.h"

#include <QByteArray>
#include <QtGlobal>

namespace privaudit::test {

inline data::DataTable importCsv(const QByteArray& csv)
{
    auto t = data::CsvImporter::importBytes(csv);
    if (!t) qFatal("%s", qPrintable(t.error()));
    return std::move(t).value();
}

} // namespace privaudit::test
