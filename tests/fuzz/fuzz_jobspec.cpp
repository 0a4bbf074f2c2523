// Job specs: parsed or refused with a message; a parsed spec writes JSON that parses back to itself.
#include "FuzzSupport.h"
#include "jobs/JobSpec.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using privaudit::jobs::JobSpec;
    const auto spec = JobSpec::fromJson(privaudit::fuzz::bytes(data, size), QStringLiteral("/nonexistent"));
    if (!spec) {
        if (spec.error().isEmpty()) __builtin_trap();
        return 0;
    }
    const QByteArray written = spec->toJsonBytes();
    const auto again = JobSpec::fromJson(written, QStringLiteral("/nonexistent"));
    if (!again || again->toJsonBytes() != written)
        __builtin_trap(); // a spec PrivAudit wrote must read back the same
    return 0;
}
