// Rule packs (checklists, classification rules) and their translations: parsed or refused with a message.
// Every input is read both as a pack and as a translation of the built-in GDPR pack (the corpus holds the
// shipped gdpr.de.json), which must keep every item's id, article and answers.
#include "assess/RulePack.h"
#include "FuzzSupport.h"

namespace {
privaudit::assess::RulePack g_gdpr;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    auto packs = privaudit::assess::RulePack::builtIn(QStringLiteral("en"));
    if (!packs || packs->size() < 2) __builtin_trap();
    g_gdpr = (*packs)[1];
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using privaudit::assess::RulePack;
    const QByteArray json = privaudit::fuzz::bytes(data, size);
    const auto pack = RulePack::parse(json, QStringLiteral("fuzz"));
    if (!pack && pack.error().isEmpty()) __builtin_trap();
    const auto translated = RulePack::translated(g_gdpr, json, QStringLiteral("fuzz"));
    if (!translated) {
        if (translated.error().isEmpty()) __builtin_trap();
        return 0;
    }
    if (translated->items.size() != g_gdpr.items.size()) __builtin_trap();
    for (std::size_t i = 0; i < g_gdpr.items.size(); ++i)
        if (translated->items[i].id != g_gdpr.items[i].id ||
            translated->items[i].article != g_gdpr.items[i].article ||
            translated->items[i].answers != g_gdpr.items[i].answers ||
            translated->items[i].question.trimmed().isEmpty())
            __builtin_trap();
    return 0;
}
