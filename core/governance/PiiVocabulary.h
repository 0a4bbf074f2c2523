#pragma once

#include "governance/PiiScan.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

// Private to the PII scan: the words it recognises in column names and values.
namespace privaudit::governance::vocabulary {

/// A column name lower-cased, accents removed ("Prénom" -> "prenom"), split into words at anything
/// that is not a letter or digit and at camelCase boundaries ("dateOfBirth" -> date, of, birth).
QStringList headerWords(const QString& header);
/// The same name lower-cased without accents and separators ("Geburts-Datum" -> "geburtsdatum").
QString headerCompact(const QString& header);

struct NameEvidence
{
    PiiKind kind;
    QString matched; ///< the word or stem of the header that matched
};
/// Kinds the column name points to (in English, German or French), strongest first.
std::vector<NameEvidence> nameEvidence(const QString& header);

/// Common given names and surnames (English, German, French, Dutch, Polish; lower case, no accents).
const QSet<QString>& givenNames();
const QSet<QString>& surnames();

/// Value words of the special categories (lower case, no accents): a cell equal to one of them, or
/// containing one as a word, counts as value evidence for the kind.
const QSet<QString>& valueWords(PiiKind kind);
/// Value words for sex / gender ("male", "f", "weiblich", "homme").
const QSet<QString>& sexWords();
/// Country names and demonyms (nationality / native country).
const QSet<QString>& countryWords();

/// Lower case, accents removed.
QString fold(const QString& text);

} // namespace privaudit::governance::vocabulary
