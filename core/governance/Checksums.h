#pragma once

#include <QString>
#include <QStringView>

/// Check-digit algorithms of the identifiers the PII scan recognises. Each takes the value as written
/// (spaces and dashes allowed where the identifier's usual format has them) and says whether it is
/// well formed and its check digits are right. Pure functions; no allocation beyond a small copy.
namespace privaudit::governance::checksum {

/// The digits and letters of @p text, upper-cased, without spaces, dashes, dots and slashes.
QString compact(QStringView text);

/// Luhn (ISO/IEC 7812-1) over 12 to 19 digits with a known card-issuer prefix (payment cards).
bool paymentCard(QStringView text);
/// IBAN (ISO 13616): country code, two check digits, the country's length, mod 97 == 1.
bool iban(QStringView text);
/// US Social Security number AAA-GG-SSSS (dashes or spaces required unless @p bare): the SSA's
/// invalidation rules (area 000, 666 and 900-999, group 00, serial 0000 are never issued).
bool usSsn(QStringView text, bool bare = false);
/// UK NHS number: 10 digits, weights 10..2, mod 11 (a remainder giving 10 is never issued).
bool ukNhsNumber(QStringView text);
/// German Steuerliche Identifikationsnummer: 11 digits, no leading zero, one digit twice or three
/// times in the first ten, ISO 7064 MOD 11,10 check digit.
bool deTaxId(QStringView text);
/// French NIR (numero de securite sociale): 13 characters (Corsica 2A/2B) and the key 97 - n mod 97.
bool frNir(QStringView text);
/// Dutch BSN: 9 digits (8 are padded with a leading zero), the "11-proef".
bool nlBsn(QStringView text);
/// Polish PESEL: 11 digits, weights 1-3-7-9, and a valid birth date (month carries the century).
bool plPesel(QStringView text);

} // namespace privaudit::governance::checksum
