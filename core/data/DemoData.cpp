#include "data/DemoData.h"

#include <cmath>
#include <limits>
#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <random>

namespace privaudit::data {

namespace {

Column categorical(const QString& name, QStringList categories, ColumnType type = ColumnType::Categorical)
{
    Column c;
    c.name = name;
    c.type = type;
    c.categories = std::move(categories);
    return c;
}

Column numeric(const QString& name)
{
    Column c;
    c.name = name;
    c.type = ColumnType::Numeric;
    return c;
}

double uniform(std::mt19937_64& rng)
{
    return double(rng() >> 11) * 0x1.0p-53;
}

double normal(std::mt19937_64& rng)
{
    // Box-Muller on our own uniform draws: std::normal_distribution differs between standard libraries.
    const double u1 = std::max(uniform(rng), 1e-300);
    const double u2 = uniform(rng);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

} // namespace

const char* DemoData::noticeSource()
{
    return QT_TRANSLATE_NOOP("privaudit::data::DemoData",
                             "Synthetic demo data: generated patient records; no real person's data.");
}

QString DemoData::notice()
{
    return tr(noticeSource());
}

DataTable DemoData::patients(std::size_t rows, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    const QStringList diagnoses = {QStringLiteral("diabetes"),     QStringLiteral("heart failure"),
                                   QStringLiteral("COPD"),         QStringLiteral("pneumonia"),
                                   QStringLiteral("hip fracture"), QStringLiteral("depression"),
                                   QStringLiteral("HIV")};
    const double diagnosisWeight[] = {0.24, 0.18, 0.14, 0.2, 0.1, 0.1, 0.04};
    const double diagnosisRisk[] = {0.3, 0.9, 0.7, 0.2, 0.1, 0.4, 0.6};
    QStringList postcodes;
    for (int i = 0; i < 60; ++i)
        postcodes << QStringLiteral("%1").arg(10115 + i * 137, 5, 10, QLatin1Char('0'));

    Column id = categorical(QStringLiteral("patient_id"), {});
    id.role = ColumnRole::Identifier;
    Column age = numeric(QStringLiteral("age"));
    Column sex = categorical(QStringLiteral("sex"), {QStringLiteral("F"), QStringLiteral("M")});
    Column postcode = categorical(QStringLiteral("postcode"), postcodes);
    Column bmi = numeric(QStringLiteral("bmi"));
    Column systolic = numeric(QStringLiteral("systolic_bp"));
    Column smoker = categorical(QStringLiteral("smoker"), {QStringLiteral("no"), QStringLiteral("yes")},
                                ColumnType::Boolean);
    Column prior = numeric(QStringLiteral("prior_admissions"));
    Column stay = numeric(QStringLiteral("length_of_stay"));
    Column diagnosis = categorical(QStringLiteral("diagnosis"), diagnoses);
    diagnosis.role = ColumnRole::Sensitive;
    Column readmitted = categorical(QStringLiteral("readmitted"),
                                    {QStringLiteral("no"), QStringLiteral("yes")}, ColumnType::Boolean);
    readmitted.role = ColumnRole::Label;

    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::size_t generated = 0;
    while (generated < rows) {
        // About 1% of records are entered twice (same patient, same values), as in real extracts.
        const bool duplicate = generated > 0 && uniform(rng) < 0.01;
        if (duplicate) {
            const auto src = static_cast<std::size_t>(rng() % generated);
            id.codes.push_back(id.codes[src]);
            for (Column* c : {&age, &bmi, &systolic, &prior, &stay})
                c->numbers.push_back(c->numbers[src]);
            for (Column* c : {&sex, &postcode, &smoker, &diagnosis, &readmitted})
                c->codes.push_back(c->codes[src]);
            ++generated;
            continue;
        }
        id.categories << QStringLiteral("P%1").arg(100000 + generated, 6, 10, QLatin1Char('0'));
        id.codes.push_back(static_cast<std::int32_t>(id.categories.size() - 1));

        double a = std::clamp(52.0 + 17.0 * normal(rng), 18.0, 98.0);
        if (uniform(rng) < 0.003) a = 101.0 + std::floor(uniform(rng) * 8.0); // outliers: centenarians
        a = std::round(a);
        const int s = uniform(rng) < 0.52 ? 0 : 1;
        const int pc = static_cast<int>(std::min(59.0, std::floor(std::pow(uniform(rng), 1.6) * 60.0)));
        double pick = uniform(rng), acc = 0.0;
        int dx = 6;
        for (int k = 0; k < 7; ++k) {
            acc += diagnosisWeight[k];
            if (pick < acc) {
                dx = k;
                break;
            }
        }
        const double b = std::round((27.0 + 5.0 * normal(rng) + (dx == 0 ? 3.0 : 0.0)) * 10.0) / 10.0;
        const double bp = std::round(125.0 + 0.35 * (a - 50.0) + 15.0 * normal(rng));
        const int smokes = uniform(rng) < (dx == 2 ? 0.55 : 0.22) ? 1 : 0;
        const double priorAdmissions = std::floor(-std::log(std::max(uniform(rng), 1e-12)) *
                                                  (0.6 + diagnosisRisk[dx] + (a > 70 ? 0.5 : 0.0)));
        double los = std::max(1.0, std::round(std::exp(1.3 + 0.35 * normal(rng) + 0.25 * diagnosisRisk[dx])));
        if (uniform(rng) < 0.004) los = 60.0 + std::round(uniform(rng) * 120.0); // outliers: very long stays
        const double logit = -2.2 + 0.025 * (a - 52.0) + 0.35 * priorAdmissions + 1.1 * diagnosisRisk[dx] +
                             0.06 * (los - 4.0) + 0.3 * smokes + 0.03 * (b - 27.0);
        const int y = uniform(rng) < 1.0 / (1.0 + std::exp(-logit)) ? 1 : 0;

        age.numbers.push_back(a);
        sex.codes.push_back(s);
        postcode.codes.push_back(pc);
        bmi.numbers.push_back(uniform(rng) < 0.03 ? nan : b); // BMI not recorded for some patients
        systolic.numbers.push_back(bp);
        smoker.codes.push_back(smokes);
        prior.numbers.push_back(priorAdmissions);
        stay.numbers.push_back(los);
        diagnosis.codes.push_back(dx);
        readmitted.codes.push_back(y);
        ++generated;
    }
    std::vector<Column> columns = {id,     age,   sex,  postcode,  bmi,       systolic,
                                   smoker, prior, stay, diagnosis, readmitted};
    for (Column& c : columns) {
        c.missing = 0;
        for (std::size_t r = 0; r < rows; ++r)
            c.missing += c.isMissing(r) ? 1 : 0;
    }
    DataTable table;
    table.setColumns(std::move(columns), rows);
    // The content hash of generated data is the hash of its CSV form's parameters.
    table.setContentSha256(QString::fromLatin1(
        QCryptographicHash::hash(
            QStringLiteral("privaudit-demo-patients:v1:%1:%2").arg(rows).arg(seed).toUtf8(),
            QCryptographicHash::Sha256)
            .toHex()));
    return table;
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

bool writeCsv(const DataTable& table, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) *error = file.errorString();
        return false;
    }
    const auto quoted = csvField;
    QStringList header;
    for (const auto& c : table.columns())
        header << quoted(c.name);
    file.write(header.join(QLatin1Char(',')).toUtf8() + '\n');
    for (std::size_t r = 0; r < table.rowCount(); ++r) {
        QStringList cells;
        for (const auto& c : table.columns())
            cells << quoted(c.text(r));
        file.write(cells.join(QLatin1Char(',')).toUtf8() + '\n');
    }
    if (!file.commit()) {
        if (error) *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace privaudit::data
