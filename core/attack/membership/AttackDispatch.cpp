// The attack functions of the catalogue's rows (AttackRows.h), by name.
#include "attack/membership/MembershipAttack.h"

#include <QCoreApplication>

namespace privaudit::attack::membership {

AttackFunction attackFunction(const QString& name)
{
    struct Entry
    {
        const char* name;
        AttackFunction run;
    };
#define PRIVAUDIT_ATTACK(name, family, access, referenceModels, queriesNewInputs, population, sensitive,     \
                         byDefault, title, function)                                                         \
    Entry{name, &function},
    static const Entry entries[] = {
#include "attack/membership/AttackRows.h"
    };
#undef PRIVAUDIT_ATTACK
    for (const Entry& e : entries)
        if (name == QLatin1String(e.name)) return e.run;
    return nullptr;
}

} // namespace privaudit::attack::membership
