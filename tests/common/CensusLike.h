#pragma once

// Generated data of the character of UCI Adult, for tests that must run on a fresh clone (which has no
// ../shared/datasets): mixed numeric and categorical columns, a many-level skewed category
// (native-country), a heavy-tailed mostly-zero numeric column (capital-gain), a minority positive class
// near 24 %, and label noise, so that a large network can only fit its members by memorising them.
// Written as CSV text and read by the real importer.

#include "data/CsvImporter.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <QByteArray>
#include <QStringList>
#include <random>

namespace privaudit::testing {

inline QByteArray censusLikeCsv(int rows, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    auto uniform = [&] { return double(rng() >> 11) * 0x1.0p-53; };
    auto normal = [&] {
        const double u1 = std::max(uniform(), 1e-300), u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    };
    auto pick = [&](const QStringList& levels, double skew) { // Zipf-like: level 0 most common
        double total = 0;
        for (int i = 0; i < levels.size(); ++i)
            total += 1.0 / std::pow(i + 1.0, skew);
        double u = uniform() * total;
        for (int i = 0; i < levels.size(); ++i) {
            u -= 1.0 / std::pow(i + 1.0, skew);
            if (u <= 0) return i;
        }
        return int(levels.size()) - 1;
    };
    auto list = [](std::initializer_list<const char*> items) {
        QStringList l;
        for (const char* item : items)
            l << QString::fromLatin1(item);
        return l;
    };
    const QStringList workclass = list({"Private", "Self-emp-not-inc", "Local-gov", "State-gov",
                                        "Self-emp-inc", "Federal-gov", "Without-pay"});
    const QStringList education =
        list({"HS-grad", "Some-college", "Bachelors", "Masters", "Assoc-voc", "11th", "Assoc-acdm", "10th",
              "7th-8th", "Prof-school", "9th", "12th", "Doctorate", "5th-6th", "1st-4th", "Preschool"});
    const QStringList marital = list(
        {"Married-civ-spouse", "Never-married", "Divorced", "Separated", "Widowed", "Married-spouse-absent"});
    const QStringList occupation =
        list({"Prof-specialty", "Craft-repair", "Exec-managerial", "Adm-clerical", "Sales", "Other-service",
              "Machine-op-inspct", "Transport-moving", "Handlers-cleaners", "Farming-fishing", "Tech-support",
              "Protective-serv", "Priv-house-serv", "Armed-Forces"});
    const QStringList race = list({"White", "Black", "Asian-Pac-Islander", "Amer-Indian-Eskimo", "Other"});
    QStringList country;
    for (int i = 0; i < 40; ++i)
        country << (i == 0 ? QStringLiteral("United-States") : QStringLiteral("Country-%1").arg(i));
    QByteArray csv = QByteArrayLiteral(
        "age,workclass,education,education-num,marital-status,occupation,race,sex,capital-gain,"
        "hours-per-week,native-country,income-per-year\n");
    for (int r = 0; r < rows; ++r) {
        const int age = std::clamp(int(38 + 13 * normal()), 17, 90);
        const int w = pick(workclass, 2.0), e = pick(education, 1.1), m = pick(marital, 1.2),
                  o = pick(occupation, 0.6);
        const int ra = pick(race, 2.5), c = pick(country, 3.0);
        const bool male = uniform() < 0.67;
        const int educationNum = 16 - e;
        const double gain = uniform() < 0.08 ? std::exp(7.5 + 1.2 * normal()) : 0.0;
        const int hours = std::clamp(int(40 + 12 * normal()), 1, 99);
        double logit = -3.2 + 0.04 * (age - 38) + (m == 0 ? 1.6 : 0.0) +
                       (e == 2 || e == 3 || e >= 9 ? 0.9 : 0.0) + (o == 0 || o == 2 ? 0.8 : 0.0) +
                       (male ? 0.4 : 0.0) + 0.03 * (hours - 40) + (gain > 5000 ? 2.0 : 0.0);
        bool positive = uniform() < 1.0 / (1.0 + std::exp(-logit));
        if (uniform() < 0.08) // label noise: only memorisation fits these
            positive = !positive;
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12\n")
                   .arg(age)
                   .arg(workclass[w], education[e])
                   .arg(educationNum)
                   .arg(marital[m], occupation[o], race[ra],
                        male ? QStringLiteral("Male") : QStringLiteral("Female"))
                   .arg(std::round(gain))
                   .arg(hours)
                   .arg(country[c], positive ? QStringLiteral(">50K") : QStringLiteral("<=50K"))
                   .toUtf8();
    }
    return csv;
}

inline data::DataTable censusLikeTable(int rows, std::uint64_t seed)
{
    auto table = data::CsvImporter::importBytes(censusLikeCsv(rows, seed));
    if (!table) qFatal("census-like data: %s", qPrintable(table.error()));
    data::DataTable t = std::move(table).value();
    t.setRole(QStringLiteral("income-per-year"), data::ColumnRole::Label);
    return t;
}

} // namespace privaudit::testing
