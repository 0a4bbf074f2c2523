#include "governance/Checksums.h"

#include <array>
#include <QDate>
#include <QHash>

namespace privaudit::governance::checksum {

namespace {

bool allDigits(QStringView s)
{
    if (s.isEmpty()) return false;
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) return false;
    return true;
}

int digit(QStringView s, qsizetype i)
{
    return s[i].unicode() - '0';
}

/// Only separators that the identifiers' usual formats use (a value with letters elsewhere is not one).
QString digitsOnly(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.')) continue;
        out += c;
    }
    return out;
}

} // namespace

QString compact(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('/'))
            continue;
        out += c.toUpper();
    }
    return out;
}

bool paymentCard(QStringView text)
{
    const QString d = digitsOnly(text);
    if (d.size() < 12 || d.size() > 19 || !allDigits(d)) return false;
    // Issuer prefixes (IIN ranges) of the major schemes: a Luhn-valid number outside them is not a card.
    const int two = d.left(2).toInt();
    const int four = d.left(4).toInt();
    const bool issuer = d[0] == QLatin1Char('4')                                       // Visa
                        || (two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)  // Mastercard
                        || two == 34 || two == 37                                      // American Express
                        || four == 6011 || two == 65 || (four >= 6440 && four <= 6499) // Discover
                        || two == 35                                                   // JCB
                        || two == 36 || two == 38 || (four >= 3000 && four <= 3059)    // Diners
                        || two == 62 || (two >= 50 && two <= 69);                      // UnionPay, Maestro
    if (!issuer) return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = d.size() - 1; i >= 0; --i) {
        int v = digit(d, i);
        if (doubleIt) {
            v *= 2;
            if (v > 9) v -= 9;
        }
        sum += v;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

bool iban(QStringView text)
{
    const QString s = compact(text);
    // Lengths per country (SWIFT IBAN registry) for the countries of the EEA, the UK and Switzerland.
    static const QHash<QString, int> lengths = {
        {QStringLiteral("AD"), 24}, {QStringLiteral("AT"), 20}, {QStringLiteral("BE"), 16},
        {QStringLiteral("BG"), 22}, {QStringLiteral("CH"), 21}, {QStringLiteral("CY"), 28},
        {QStringLiteral("CZ"), 24}, {QStringLiteral("DE"), 22}, {QStringLiteral("DK"), 18},
        {QStringLiteral("EE"), 20}, {QStringLiteral("ES"), 24}, {QStringLiteral("FI"), 18},
        {QStringLiteral("FR"), 27}, {QStringLiteral("GB"), 22}, {QStringLiteral("GR"), 27},
        {QStringLiteral("HR"), 21}, {QStringLiteral("HU"), 28}, {QStringLiteral("IE"), 22},
        {QStringLiteral("IS"), 26}, {QStringLiteral("IT"), 27}, {QStringLiteral("LI"), 21},
        {QStringLiteral("LT"), 20}, {QStringLiteral("LU"), 20}, {QStringLiteral("LV"), 21},
        {QStringLiteral("MC"), 27}, {QStringLiteral("MT"), 31}, {QStringLiteral("NL"), 18},
        {QStringLiteral("NO"), 15}, {QStringLiteral("PL"), 28}, {QStringLiteral("PT"), 25},
        {QStringLiteral("RO"), 24}, {QStringLiteral("SE"), 24}, {QStringLiteral("SI"), 19},
        {QStringLiteral("SK"), 24}, {QStringLiteral("SM"), 27}};
    if (s.size() < 15 || s.size() > 34) return false;
    const auto expected = lengths.constFind(s.left(2));
    if (expected == lengths.constEnd() || *expected != s.size()) return false;
    if (!allDigits(QStringView(s).mid(2, 2))) return false;
    // Move the first four characters to the end, letters to 10..35, then the number mod 97 must be 1.
    const QString rearranged = s.mid(4) + s.left(4);
    int remainder = 0;
    for (QChar c : rearranged) {
        if (c.isDigit() && c.unicode() < 128) {
            remainder = (remainder * 10 + (c.unicode() - '0')) % 97;
        } else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            const int v = c.unicode() - 'A' + 10;
            remainder = (remainder * 100 + v) % 97;
        } else {
            return false;
        }
    }
    return remainder == 1;
}

bool usSsn(QStringView text, bool bare)
{
    const QString t = text.trimmed().toString();
    QString d;
    if (t.size() == 11 && (t[3] == QLatin1Char('-') || t[3] == QLatin1Char(' ')) && t[6] == t[3])
        d = t.left(3) + t.mid(4, 2) + t.mid(7, 4);
    else if (bare && t.size() == 9)
        d = t;
    else
        return false;
    if (!allDigits(d)) return false;
    const int area = d.left(3).toInt();
    const int group = d.mid(3, 2).toInt();
    const int serial = d.mid(5, 4).toInt();
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
}

bool ukNhsNumber(QStringView text)
{
    const QString d = digitsOnly(text);
    if (d.size() != 10 || !allDigits(d)) return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digit(d, i) * (10 - i);
    int check = 11 - sum % 11;
    if (check == 11) check = 0;
    if (check == 10) return false;
    return check == digit(d, 9);
}

bool deTaxId(QStringView text)
{
    const QString d = digitsOnly(text);
    if (d.size() != 11 || !allDigits(d) || d[0] == QLatin1Char('0')) return false;
    std::array<int, 10> counts{};
    for (int i = 0; i < 10; ++i)
        ++counts[static_cast<std::size_t>(digit(d, i))];
    int repeated = 0;
    for (int c : counts) {
        if (c > 3) return false;
        if (c >= 2) ++repeated;
    }
    if (repeated != 1) return false;
    // ISO 7064 MOD 11,10
    int product = 10;
    for (int i = 0; i < 10; ++i) {
        int sum = (digit(d, i) + product) % 10;
        if (sum == 0) sum = 10;
        product = (sum * 2) % 11;
    }
    int check = 11 - product;
    if (check == 10) check = 0;
    return check == digit(d, 10);
}

bool frNir(QStringView text)
{
    QString s = compact(text);
    if (s.size() != 15) return false;
    // Corsica: department 2A counts as 19, 2B as 18 in the key (INSEE).
    qint64 corsica = 0;
    if (s.mid(5, 2) == QLatin1String("2A")) {
        s.replace(5, 2, QStringLiteral("19"));
        corsica = 1000000;
    } else if (s.mid(5, 2) == QLatin1String("2B")) {
        s.replace(5, 2, QStringLiteral("18"));
        corsica = 2000000;
    }
    if (!allDigits(s)) return false;
    const int sex = digit(s, 0);
    if (sex != 1 && sex != 2 && sex != 3 && sex != 4 && sex != 7 && sex != 8) return false;
    const int month = s.mid(3, 2).toInt();
    if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || (month >= 50 && month <= 99)))
        return false;
    const qint64 number = s.left(13).toLongLong() - corsica;
    const int key = s.mid(13, 2).toInt();
    return key == 97 - static_cast<int>(number % 97);
}

bool nlBsn(QStringView text)
{
    QString d = digitsOnly(text);
    if (d.size() == 8) d.prepend(QLatin1Char('0'));
    if (d.size() != 9 || !allDigits(d)) return false;
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += digit(d, i) * (9 - i);
    sum -= digit(d, 8);
    return sum != 0 && sum % 11 == 0;
}

bool plPesel(QStringView text)
{
    const QString d = digitsOnly(text);
    if (d.size() != 11 || !allDigits(d)) return false;
    static constexpr std::array<int, 10> weights{1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += digit(d, i) * weights[static_cast<std::size_t>(i)];
    if ((10 - sum % 10) % 10 != digit(d, 10)) return false;
    int year = d.left(2).toInt();
    int month = d.mid(2, 2).toInt();
    const int day = d.mid(4, 2).toInt();
    const int century = month / 20; // 0: 1900s, 1: 2000s, 2: 2100s, 3: 2200s, 4: 1800s
    static constexpr std::array<int, 5> base{1900, 2000, 2100, 2200, 1800};
    if (century > 4) return false;
    year += base[static_cast<std::size_t>(century)];
    month -= century * 20;
    return QDate(year, month, day).isValid();
}

} // namespace privaudit::governance::checksum
