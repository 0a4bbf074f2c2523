#pragma once

#include <QDate>
#include <QString>

// Private to the PII scan: recognisers of single values.
namespace privaudit::governance::recognise {

bool email(const QString& value);
/// A phone number (libphonenumber: valid in one of the regions US, GB, DE, FR, NL, PL, IT, ES, CA,
/// BE, AT, CH). @p bare: digits without any separator or prefix also count (the header said "phone").
bool phone(const QString& value, bool bare);
bool ipAddress(const QString& value);
/// A date as written in ISO, German, French/UK or US order (a time after it is ignored).
QDate date(const QString& value);
/// UK or Dutch postcode by format (distinctive), or, with @p bare, 5 digits (DE, FR, US) or ZIP+4.
bool postcode(const QString& value, bool bare);
/// Text shaped like a person's name: one to four words of letters (hyphens, apostrophes), no digits.
bool nameShaped(const QString& value);
/// Whether a word of the name-shaped value is a known given name or surname.
bool knownName(const QString& value);
/// Direct identifiers inside free text: an e-mail address, IBAN, payment card or phone number.
/// Returns the kind id found first ("email", "iban", "payment_card", "phone") or "".
QString identifierInText(const QString& text);

} // namespace privaudit::governance::recognise
