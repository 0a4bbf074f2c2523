#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace privaudit::attack {

/// Families of evaluations; each is one folder of core/attack and one view. Membership inference is the
/// first; attribute inference, model inversion, memorisation and the others join as they come.
enum class EvaluationFamily
{
    Membership
};

/// What an evaluation needs of the model under test.
enum class TargetAccess
{
    Scores,     ///< the model's output scores (logits or probabilities) on given records
    LabelsOnly, ///< only the predicted label, on inputs the attacker chooses
    WhiteBox    ///< weights and gradients
};

/// One row of the catalogue: everything the job executor, the CLI, the run dialog and the report need to
/// know about an attack without knowing the attack.
struct AttackInfo
{
    const char* name; ///< stored and typed name, e.g. "lira"
    EvaluationFamily family;
    TargetAccess access;
    bool referenceModels;  ///< trains reference models with the target's recipe
    bool queriesNewInputs; ///< queries the model on inputs it was not given (perturbed records)
    bool population;       ///< uses population records (from the pool) when there are any
    bool sensitiveColumn;  ///< needs a sensitive column named
    bool byDefault;        ///< part of the default suite
    const char* title;     ///< untranslated display name (translate with AttackCatalogue::title)
};

/// The one list of attacks. Every question of the form "which attacks need reference models, run on a
/// predictions file, are label-only" is answered here.
class AttackCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::attack::AttackCatalogue)

public:
    static const std::vector<AttackInfo>& all();
    /// nullptr for a name not in the catalogue.
    static const AttackInfo* find(const QString& name);
    /// Names of @p family, in catalogue order.
    static QStringList names(EvaluationFamily family = EvaluationFamily::Membership);
    static QStringList defaults(EvaluationFamily family = EvaluationFamily::Membership);
    /// The attacks that run on given outputs alone (a predictions file).
    static QStringList onPredictions(EvaluationFamily family = EvaluationFamily::Membership);
    static bool needsReferenceModels(const QString& name);
    static bool anyNeedsReferenceModels(const QStringList& names);
    /// Empty when @p name runs on a predictions file; otherwise, translated, why it cannot.
    static QString whyNotOnPredictions(const QString& name);
    /// Empty when every name is known; otherwise a translated error naming the first unknown one and the
    /// known names.
    static QString checkNames(const QStringList& names);
    static QString title(const QString& name);
};

} // namespace privaudit::attack
