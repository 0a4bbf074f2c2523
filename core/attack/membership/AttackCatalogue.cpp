// The catalogue: what every attack is (AttackRows.h, one row per attack). This file holds only the
// descriptions, so that code asking questions of the catalogue (the assessment, the report) does not link
// the attacks themselves and LibTorch with them; AttackDispatch.cpp maps the same rows to the functions.
#include "attack/AttackCatalogue.h"

#include <algorithm>

namespace privaudit::attack {

const std::vector<AttackInfo>& AttackCatalogue::all()
{
    constexpr auto M = EvaluationFamily::Membership;
    constexpr auto Scores = TargetAccess::Scores;
    constexpr auto LabelsOnly = TargetAccess::LabelsOnly;
#define PRIVAUDIT_ATTACK(name, family, access, referenceModels, queriesNewInputs, population, sensitive,     \
                         byDefault, title, function)                                                         \
    AttackInfo{name,      family,    access, referenceModels, queriesNewInputs, population,                  \
               sensitive, byDefault, title},
    static const std::vector<AttackInfo> infos = {
#include "attack/membership/AttackRows.h"
    };
#undef PRIVAUDIT_ATTACK
    return infos;
}

const AttackInfo* AttackCatalogue::find(const QString& name)
{
    for (const AttackInfo& a : all())
        if (name == QLatin1String(a.name)) return &a;
    return nullptr;
}

QStringList AttackCatalogue::names(EvaluationFamily family)
{
    QStringList out;
    for (const AttackInfo& a : all())
        if (a.family == family) out << QLatin1String(a.name);
    return out;
}

QStringList AttackCatalogue::defaults(EvaluationFamily family)
{
    QStringList out;
    for (const AttackInfo& a : all())
        if (a.family == family && a.byDefault) out << QLatin1String(a.name);
    return out;
}

QStringList AttackCatalogue::onPredictions(EvaluationFamily family)
{
    QStringList out;
    for (const AttackInfo& a : all())
        if (a.family == family && whyNotOnPredictions(QLatin1String(a.name)).isEmpty())
            out << QLatin1String(a.name);
    return out;
}

bool AttackCatalogue::needsReferenceModels(const QString& name)
{
    const AttackInfo* a = find(name);
    return a && a->referenceModels;
}

bool AttackCatalogue::anyNeedsReferenceModels(const QStringList& names)
{
    return std::any_of(names.begin(), names.end(), [](const QString& n) { return needsReferenceModels(n); });
}

QString AttackCatalogue::whyNotOnPredictions(const QString& name)
{
    const AttackInfo* a = find(name);
    if (!a) return tr("'%1' is not a known attack").arg(name);
    if (a->referenceModels)
        return tr("it trains reference models on the data with the target's recipe, which a predictions file "
                  "does not "
                  "give");
    if (a->queriesNewInputs || a->access == TargetAccess::WhiteBox)
        return tr("it queries the model on perturbed inputs, which a predictions file cannot answer");
    return {};
}

QString AttackCatalogue::checkNames(const QStringList& list)
{
    for (const QString& n : list)
        if (!find(n))
            return tr("Unknown attack '%1'; available: %2.").arg(n, names().join(QStringLiteral(", ")));
    return {};
}

QString AttackCatalogue::title(const QString& name)
{
    const AttackInfo* a = find(name);
    return a ? tr(a->title) : name;
}

} // namespace privaudit::attack
