#pragma once

// Valid identifiers made by a second, independent implementation of their check digits (for the PII
// scan's tests and its precision/recall benchmark). Header-only, test code.

#include <algorithm>
#include <QDate>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <random>
#include <vector>

namespace privaudit::test {

inline QString digits(QRandomGenerator& rng, int n, bool leadingNonZero = false)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QChar('0' + int(rng.bounded(i == 0 && leadingNonZero ? 1 : 0, 10)));
    return s;
}

inline QString luhnComplete(const QString& body)
{
    // The check digit that makes sum(doubled alternate digits from the right) a multiple of 10.
    for (int c = 0; c < 10; ++c) {
        const QString candidate = body + QChar('0' + c);
        int sum = 0;
        for (int i = 0; i < candidate.size(); ++i) {
            int v = candidate[candidate.size() - 1 - i].digitValue();
            if (i % 2 == 1) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
            sum += v;
        }
        if (sum % 10 == 0) return candidate;
    }
    return {};
}

inline QString germanIban(QRandomGenerator& rng)
{
    const QString bban = digits(rng, 18);
    // 98 - (BBAN + "DE00" as digits) mod 97, computed by long division on the string.
    const QString number = bban + QStringLiteral("131400");
    int r = 0;
    for (QChar c : number)
        r = (r * 10 + c.digitValue()) % 97;
    return QStringLiteral("DE%1%2").arg(98 - r, 2, 10, QLatin1Char('0')).arg(bban);
}

inline QString nhsNumber(QRandomGenerator& rng)
{
    for (;;) {
        const QString body = digits(rng, 9);
        int sum = 0;
        for (int i = 0; i < 9; ++i)
            sum += body[i].digitValue() * (10 - i);
        const int check = (11 - sum % 11) % 11;
        if (check != 10) return body + QChar('0' + check);
    }
}

inline QString steuerId(QRandomGenerator& rng)
{
    // Ten digits: nine different ones, one of them twice; ISO 7064 MOD 11,10 check digit.
    for (;;) {
        std::vector<int> d{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        std::shuffle(d.begin(), d.end(), std::mt19937(rng.generate()));
        d.pop_back();
        d.insert(d.begin() + int(rng.bounded(1, 9)), d[rng.bounded(0, 9)]);
        if (d[0] == 0) continue;
        int product = 10;
        QString s;
        for (int i = 0; i < 10; ++i) {
            s += QChar('0' + d[std::size_t(i)]);
            int sum = (d[std::size_t(i)] + product) % 10;
            product = ((sum == 0 ? 10 : sum) * 2) % 11;
        }
        return s + QChar('0' + (11 - product == 10 ? 0 : 11 - product));
    }
}

inline QString nir(QRandomGenerator& rng)
{
    const QString body = QString::number(rng.bounded(1, 3)) + QStringLiteral("%1").arg(rng.bounded(40, 99)) +
                         QStringLiteral("%1").arg(rng.bounded(1, 13), 2, 10, QLatin1Char('0')) +
                         QStringLiteral("%1").arg(rng.bounded(1, 96), 2, 10, QLatin1Char('0')) +
                         digits(rng, 6);
    return body + QStringLiteral("%1").arg(97 - int(body.toLongLong() % 97), 2, 10, QLatin1Char('0'));
}

inline QString bsn(QRandomGenerator& rng)
{
    for (;;) {
        const QString body = digits(rng, 8, true);
        int sum = 0;
        for (int i = 0; i < 8; ++i)
            sum += body[i].digitValue() * (9 - i);
        if (sum % 11 != 10) return body + QChar('0' + sum % 11);
    }
}

inline QString pesel(QRandomGenerator& rng)
{
    const QDate born = QDate(1950, 1, 1).addDays(rng.bounded(0, 20000));
    const int month = born.month() + (born.year() >= 2000 ? 20 : 0);
    const QString body = QStringLiteral("%1%2%3")
                             .arg(born.year() % 100, 2, 10, QLatin1Char('0'))
                             .arg(month, 2, 10, QLatin1Char('0'))
                             .arg(born.day(), 2, 10, QLatin1Char('0')) +
                         digits(rng, 4);
    static const int w[] = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += body[i].digitValue() * w[i];
    return body + QChar('0' + (10 - sum % 10) % 10);
}

/// The last digit changed: the check fails (all these schemes catch a single changed digit).
inline QString broken(const QString& valid)
{
    QString s = valid;
    const int last = s[s.size() - 1].digitValue();
    s[s.size() - 1] = QChar('0' + (last + 1) % 10);
    return s;
}

/// A CSV with the shape of ProPublica's COMPAS file: id, name, first, last, dob, age, sex, race, case
/// number, charge degree and description, decile score. Generated, so tests need no download. The names
/// are common US names from a list independent of the scan's dictionary (not every one is in it).
inline QByteArray compasShapedCsv(int rows, quint32 seed = 3)
{
    QRandomGenerator rng(seed);
    const QStringList first =
        QStringLiteral("michael kevin marsha joseph ashley brian dequan tyrone jessica carlos "
                       "anthony latoya james robert maria luis christopher daniel steven "
                       "angela william jennifer marcus jamal kimberly")
            .split(QLatin1Char(' '));
    const QStringList last =
        QStringLiteral("williams johnson brown miles ocampo harris lee jackson davis smith "
                       "jones garcia martinez robinson clark rodriguez lewis walker hall young "
                       "allen wright scott green baker")
            .split(QLatin1Char(' '));
    const QStringList races{QStringLiteral("African-American"), QStringLiteral("Caucasian"),
                            QStringLiteral("Hispanic"), QStringLiteral("Other"), QStringLiteral("Asian")};
    const QStringList charges{QStringLiteral("Battery"), QStringLiteral("Grand Theft in the 3rd Degree"),
                              QStringLiteral("Possession of Cannabis"),
                              QStringLiteral("Driving Under The Influence"),
                              QStringLiteral("Burglary Unoccupied Dwelling")};
    const auto quoted = [](const QStringList& cells) -> QByteArray {
        QStringList out;
        for (QString c : cells)
            out << QLatin1Char('"') + c.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return out.join(QLatin1Char(',')).toUtf8() + '\n';
    };
    QByteArray csv =
        "id,name,first,last,dob,age,sex,race,c_case_number,c_charge_degree,c_charge_desc,decile_score\n";
    for (int r = 0; r < rows; ++r) {
        const QString f = first[rng.bounded(first.size())];
        const QString l = last[rng.bounded(last.size())];
        const QDate dob = QDate(1950, 1, 1).addDays(rng.bounded(0, 17000));
        csv += quoted({QString::number(r + 1), f + QLatin1Char(' ') + l, f, l, dob.toString(Qt::ISODate),
                       QString::number(2013 - dob.year()),
                       r % 4 ? QStringLiteral("Male") : QStringLiteral("Female"),
                       races[rng.bounded(races.size())],
                       QStringLiteral("13%1CF10A").arg(10000 + r * 7, 6, 10, QLatin1Char('0')),
                       r % 3 ? QStringLiteral("F") : QStringLiteral("M"),
                       charges[rng.bounded(charges.size())], QString::number(rng.bounded(1, 11))});
    }
    return csv;
}

} // namespace privaudit::test
