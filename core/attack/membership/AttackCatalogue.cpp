// The catalogue: one row per attack. Adding an attack is a file in this folder and a row here.
#include "attack/AttackCatalogue.h"

#include "attack/membership/MembershipAttack.h"

namespace privaudit::attack {

namespace {

struct Row
{
    AttackInfo info;
    membership::AttackFunction run;
};

constexpr auto M = EvaluationFamily::Membership;
constexpr auto Scores = TargetAccess::Scores;

// name, family, access, reference models, queries new inputs, population, sensitive column, default, title
const std::vector<Row>& rows()
{
    static const std::vector<Row> table = {
        {{"loss", M, Scores, false, false, false, false, true,
          QT_TRANSLATE_NOOP("privaudit::attack::AttackCatalogue", "LOSS threshold")},
         membership::thresholdLoss},
        {{"confidence", M, Scores, false, false, false, false, false,
          QT_TRANSLATE_NOOP("privaudit::attack::AttackCatalogue", "Confidence threshold")},
         membership::thresholdConfidence},
        {{"entropy", M, Scores, false, false, false, false, false,
          QT_TRANSLATE_NOOP("privaudit::attack::AttackCatalogue", "Entropy threshold")},
         membership::thresholdEntropy},
        {{"modified-entropy", M, Scores, false, false, false, false, false,
          QT_TRANSLATE_NOOP("privaudit::attack::AttackCatalogue", "Modified entropy threshold")},
         membership::thresholdModifiedEntropy},
        {{"lira", M, Scores, true, false, false, false, true,
          QT_TRANSLATE_NOOP("privaudit::attack::AttackCatalogue", "LiRA")},
         membership::lira},
        {{"rmia", M, Scores, true, false, true, false, true,
          QT_TRANSLATE_NOOP("privaudit::attack::AttackCatalogue", "RMIA")},
         membership::rmia},
        {{"shadow", M, Scores, true, false, false, false, false,
          QT_TRANSLATE_NOOP("privaudit::attack::AttackCatalogue", "Shadow models")},
         membership::shadow},
        {{"label-only", M, TargetAccess::LabelsOnly, false, true, false, false, false,
          QT_TRANSLATE_NOOP("privaudit::attack::AttackCatalogue", "Label-only")},
         membership::labelOnly},
    };
    return table;
}

const Row* findRow(const QString& name)
{
    for (const Row& r : rows())
        if (name == QLatin1String(r.info.name)) return &r;
    return nullptr;
}

} // namespace

namespace membership {

AttackFunction attackFunction(const QString& name)
{
    const Row* r = findRow(name);
    return r ? r->run : nullptr;
}

} // namespace membership

const std::vector<AttackInfo>& AttackCatalogue::all()
{
    static const std::vector<AttackInfo> infos = [] {
        std::vector<AttackInfo> v;
        for (const Row& r : rows())
            v.push_back(r.info);
        return v;
    }();
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
