// The CSV importer on arbitrary bytes: a table or a clear error, never a crash or a hang.
#include "data/CsvImporter.h"
#include "data/DataTable.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace privaudit;
    const auto table = data::CsvImporter::importBytes(fuzz::bytes(data, size));
    if (table) {
        (void)table->schemaJson();
        (void)table->storedSchemaJson();
        (void)table->fingerprint();
        if (table->columnCount() >= 2)
            (void)data::DataTable(*table).setRole(table->columnNames().last(), data::ColumnRole::Label);
    } else if (table.error().isEmpty()) {
        __builtin_trap(); // an error must say what is wrong
    }
    return 0;
}
