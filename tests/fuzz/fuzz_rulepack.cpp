// Rule packs (checklists, classification rules): parsed or refused with a message.
#include "assess/RulePack.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using privaudit::assess::RulePack;
    const auto pack = RulePack::parse(privaudit::fuzz::bytes(data, size), QStringLiteral("fuzz"));
    if (!pack && pack.error().isEmpty()) __builtin_trap();
    return 0;
}
