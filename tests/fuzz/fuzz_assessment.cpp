// Assessment imports and screening answers: parsed against the built-in rule packs, then classified.
#include "assess/AiActClassification.h"
#include "assess/Assessment.h"
#include "assess/RulePack.h"
#include "FuzzSupport.h"

namespace {
std::vector<privaudit::assess::RulePack> g_packs;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    auto packs = privaudit::assess::RulePack::builtIn();
    if (!packs) __builtin_trap();
    g_packs = std::move(packs).value();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace privaudit::assess;
    const QByteArray json = privaudit::fuzz::bytes(data, size);
    const auto assessment = Assessment::fromJson(json, g_packs);
    if (!assessment && assessment.error().isEmpty()) __builtin_trap();
    const auto input = ClassificationInput::fromJson(json, g_packs);
    if (input)
        (void)Classification::classify(*input, g_packs).toJson();
    else if (input.error().isEmpty())
        __builtin_trap();
    return 0;
}
