#include "governance/PiiRecognisers.h"

#include "governance/Checksums.h"
#include "governance/PiiVocabulary.h"

#include <arpa/inet.h>
#include <array>
#include <phonenumbers/phonenumberutil.h>
#include <QRegularExpression>

namespace privaudit::governance::recognise {

bool email(const QString& value)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[A-Za-z0-9._%+\-']+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$)"));
    return value.size() <= 254 && value.contains(QLatin1Char('@')) && pattern.match(value).hasMatch();
}

bool phone(const QString& value, bool bare)
{
    int digits = 0;
    bool separator = false;
    for (QChar c : value) {
        if (c.isDigit() && c.unicode() < 128)
            ++digits;
        else if (QStringLiteral(" +-()./").contains(c))
            separator = true;
        else
            return false;
    }
    if (digits < 7 || digits > 15) return false;
    if (date(value).isValid()) return false; // 12.03.1985 parses as a German number
    const bool prefixed = value.startsWith(QLatin1Char('+')) || value.startsWith(QLatin1String("00")) ||
                          value.startsWith(QLatin1Char('0')) || value.startsWith(QLatin1Char('('));
    if (!bare && !separator && !prefixed) return false;
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    const std::string text = value.toStdString();
    static const std::array<const char*, 12> regions{"US", "GB", "DE", "FR", "NL", "PL",
                                                     "IT", "ES", "CA", "BE", "AT", "CH"};
    for (const char* region : regions) {
        PhoneNumber number;
        if (util->Parse(text, region, &number) == PhoneNumberUtil::NO_PARSING_ERROR &&
            util->IsValidNumber(number))
            return true;
        if (value.startsWith(QLatin1Char('+'))) break; // the country code decides; one parse is enough
    }
    return false;
}

bool ipAddress(const QString& value)
{
    const QByteArray latin = value.toLatin1();
    if (latin.size() < 7 || latin.size() > 45) return false;
    unsigned char buffer[16];
    if (latin.contains(':')) return inet_pton(AF_INET6, latin.constData(), buffer) == 1;
    return inet_pton(AF_INET, latin.constData(), buffer) == 1;
}

QDate date(const QString& value)
{
    QString v = value;
    if (v.size() > 10 && (v[10] == QLatin1Char('T') || v[10] == QLatin1Char(' '))) v.truncate(10);
    if (v.size() < 8 || v.size() > 10) return {};
    static const std::array<QString, 6> formats{QStringLiteral("yyyy-MM-dd"), QStringLiteral("d.M.yyyy"),
                                                QStringLiteral("d/M/yyyy"),   QStringLiteral("M/d/yyyy"),
                                                QStringLiteral("yyyy/M/d"),   QStringLiteral("d-M-yyyy")};
    for (const QString& f : formats) {
        const QDate d = QDate::fromString(v, f);
        if (d.isValid()) return d;
    }
    return {};
}

bool postcode(const QString& value, bool bare)
{
    static const QRegularExpression uk(
        QStringLiteral(
            R"(^(GIR ?0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKS-UW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nl(QStringLiteral(R"(^[1-9][0-9]{3} ?[A-RT-Z][A-Z]$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression digits(QStringLiteral(R"(^[0-9]{5}(-[0-9]{4})?$)"));
    const QString v = value.trimmed();
    if (uk.match(v).hasMatch() || nl.match(v).hasMatch()) return true;
    return bare && digits.match(v).hasMatch();
}

bool nameShaped(const QString& value)
{
    const QStringList parts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.size() > 4) return false;
    for (QString p : parts) {
        if (p.endsWith(QLatin1Char(','))) p.chop(1);        // "Smith, John"
        if (p.size() < 2 || !p[0].isLetter()) return false; // COMPAS writes names in lower case
        for (QChar c : p)
            if (!(c.isLetter() || c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QLatin1Char('.')))
                return false;
    }
    return true;
}

bool knownName(const QString& value)
{
    const QString folded = vocabulary::fold(value);
    QString word;
    auto check = [&] {
        const bool hit = !word.isEmpty() &&
                         (vocabulary::givenNames().contains(word) || vocabulary::surnames().contains(word));
        word.clear();
        return hit;
    };
    for (QChar c : folded) {
        if (c.isLetter()) {
            word += c;
        } else if (check()) {
            return true;
        }
    }
    return check();
}

QString identifierInText(const QString& text)
{
    static const QRegularExpression emailPattern(
        QStringLiteral(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})"));
    if (emailPattern.match(text).hasMatch()) return QStringLiteral("email");
    static const QRegularExpression ibanPattern(
        QStringLiteral(R"(\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b)"));
    for (auto it = ibanPattern.globalMatch(text); it.hasNext();)
        if (checksum::iban(it.next().captured(0))) return QStringLiteral("iban");
    static const QRegularExpression digitRun(QStringLiteral(R"(\+?[0-9][0-9 ()\-./]{5,20}[0-9])"));
    for (auto it = digitRun.globalMatch(text); it.hasNext();) {
        const QString run = it.next().captured(0);
        if (checksum::paymentCard(run)) return QStringLiteral("payment_card");
        if (phone(run, false)) return QStringLiteral("phone");
    }
    return {};
}

} // namespace privaudit::governance::recognise
