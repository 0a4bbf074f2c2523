// The attack catalogue, one row per attack; included three times, with PRIVAUDIT_ATTACK defined by the
// includer: by MembershipAttack.h for the functions' declarations, by AttackCatalogue.cpp for the
// descriptions and by AttackDispatch.cpp for the functions. Adding an
// attack is a file in this folder, a row here and a line in core/CMakeLists.txt.
//
// name, family, access, reference models, queries new inputs, population, sensitive column, default,
// title (translated with AttackCatalogue::title), function (membership/MembershipAttack.h)
// NOLINTBEGIN: an X-macro list, no include guard on purpose.
PRIVAUDIT_ATTACK("loss", M, Scores, false, false, false, false, true,
                 QT_TRANSLATE_NOOP("privaudit::attack::AttackCatalogue", "LOSS threshold"), thresholdLoss)
PRIVAUDIT_ATTACK("confidence", M, Scores, false, false, false, false, false,
                 QT_TRANSLATE_NOOP("privaudit::attack::AttackCatalogue", "Confidence threshold"),
                 thresholdConfidence)
PRIVAUDIT_ATTACK("entropy", M, Scores, false, false, false, false, false,
                 QT_TRANSLATE_NOOP("privaudit::attack::AttackCatalogue", "Entropy threshold"),
                 thresholdEntropy)
PRIVAUDIT_ATTACK("modified-entropy", M, Scores, false, false, false, false, false,
                 QT_TRANSLATE_NOOP("privaudit::attack::AttackCatalogue", "Modified entropy threshold"),
                 thresholdModifiedEntropy)
PRIVAUDIT_ATTACK("lira", M, Scores, true, false, false, false, true,
                 QT_TRANSLATE_NOOP("privaudit::attack::AttackCatalogue", "LiRA"), lira)
PRIVAUDIT_ATTACK("rmia", M, Scores, true, false, true, false, true,
                 QT_TRANSLATE_NOOP("privaudit::attack::AttackCatalogue", "RMIA"), rmia)
PRIVAUDIT_ATTACK("shadow", M, Scores, true, false, false, false, false,
                 QT_TRANSLATE_NOOP("privaudit::attack::AttackCatalogue", "Shadow models"), shadow)
PRIVAUDIT_ATTACK("label-only", M, LabelsOnly, false, true, false, false, false,
                 QT_TRANSLATE_NOOP("privaudit::attack::AttackCatalogue", "Label-only"), labelOnly)
// NOLINTEND
