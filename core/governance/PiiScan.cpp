#include "governance/PiiScan.h"

#include "governance/Checksums.h"
#include "governance/PiiRecognisers.h"
#include "governance/PiiVocabulary.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <QJsonValue>
#include <QSet>
#include <unordered_set>

namespace privaudit::governance {

namespace {

/// The values a column's recognisers read: evenly spaced non-missing cells, as text.
QStringList sampleValues(const data::Column& column, std::size_t rows, int limit)
{
    QStringList out;
    if (rows == 0 || limit <= 0) return out;
    const std::size_t present = rows - static_cast<std::size_t>(std::max<std::int64_t>(0, column.missing));
    const std::size_t step = std::max<std::size_t>(1, present / static_cast<std::size_t>(limit));
    std::size_t seen = 0;
    for (std::size_t r = 0; r < rows && out.size() < limit; ++r) {
        if (column.isMissing(r)) continue;
        if (seen++ % step == 0) out << column.text(r);
    }
    return out;
}

std::int64_t distinctValues(const data::Column& column)
{
    if (column.type != data::ColumnType::Numeric) {
        std::vector<char> used(static_cast<std::size_t>(column.categories.size()), 0);
        std::int64_t n = 0;
        for (std::int32_t c : column.codes)
            if (c >= 0 && !used[static_cast<std::size_t>(c)]) {
                used[static_cast<std::size_t>(c)] = 1;
                ++n;
            }
        return n;
    }
    std::vector<double> v;
    v.reserve(column.numbers.size());
    for (double x : column.numbers)
        if (!std::isnan(x)) v.push_back(x);
    std::sort(v.begin(), v.end());
    return static_cast<std::int64_t>(std::unique(v.begin(), v.end()) - v.begin());
}

/// Share of the @p count values for which @p test(i) holds. Looks at the first 200 first and gives up
/// (returns that share) when fewer than a third match, so a recogniser that does not apply costs little.
template <typename Test> double shareOf(qsizetype count, Test test)
{
    if (count == 0) return 0.0;
    const qsizetype probe = std::min<qsizetype>(200, count);
    qsizetype hits = 0;
    for (qsizetype i = 0; i < probe; ++i)
        hits += test(i) ? 1 : 0;
    if (probe == count || double(hits) / double(probe) < 1.0 / 3.0) return double(hits) / double(probe);
    for (qsizetype i = probe; i < count; ++i)
        hits += test(i) ? 1 : 0;
    return double(hits) / double(count);
}

/// One token of letters, digits and code punctuation with at least one digit.
bool isCodeShaped(const QString& value)
{
    bool digit = false;
    for (const QChar c : value) {
        if (c.isDigit())
            digit = true;
        else if (!c.isLetter() && !QStringLiteral("-_./#:").contains(c))
            return false;
    }
    return digit;
}

double share(const QStringList& values, const std::function<bool(const QString&)>& test)
{
    return shareOf(values.size(), [&](qsizetype i) { return test(values[i]); });
}

SuggestedRole roleOf(PiiKind kind)
{
    switch (kind) {
    case PiiKind::DateOfBirth:
    case PiiKind::Date:
    case PiiKind::Age:
    case PiiKind::Sex:
    case PiiKind::Postcode:
    case PiiKind::Nationality:
        return SuggestedRole::QuasiIdentifier;
    case PiiKind::Health:
    case PiiKind::Ethnicity:
    case PiiKind::Religion:
    case PiiKind::SexLife:
    case PiiKind::Biometric:
    case PiiKind::UnionMembership:
    case PiiKind::PoliticalOpinion:
    case PiiKind::CriminalOffence:
        return SuggestedRole::Sensitive;
    default:
        return SuggestedRole::Identifier;
    }
}

QString percent(double share)
{
    return QString::number(std::round(share * 1000.0) / 10.0);
}

/// A sampled value folded once (lower case, no accents, trimmed) and split into words, for the
/// vocabulary matches of every category.
struct FoldedValue
{
    QString whole;
    QStringList words;
};

/// Whether the whole cell or one of its words is in @p vocabulary; the word that matched in @p word.
bool vocabularyHit(const FoldedValue& value, const QSet<QString>& vocabulary, QString* word)
{
    if (vocabulary.contains(value.whole)) {
        *word = value.whole;
        return true;
    }
    for (const QString& p : value.words)
        if (vocabulary.contains(p)) {
            *word = p;
            return true;
        }
    return false;
}

/// Words that are category values elsewhere too (colours, test results): alone they prove nothing.
bool ambiguousWord(const QString& w)
{
    static const QSet<QString> words = {
        QStringLiteral("white"),    QStringLiteral("black"),    QStringLiteral("green"),
        QStringLiteral("mixed"),    QStringLiteral("straight"), QStringLiteral("positive"),
        QStringLiteral("negative"), QStringLiteral("liberal"),  QStringLiteral("schwarz"),
        QStringLiteral("weiss"),    QStringLiteral("blanc"),    QStringLiteral("noir"),
        QStringLiteral("vol"),      QStringLiteral("battery"),  QStringLiteral("po"),
        QStringLiteral("ps"),       QStringLiteral("rn"),       QStringLiteral("lr")};
    return words.contains(w);
}

class ColumnScanner
{
public:
    ColumnScanner(const data::Column& column, std::size_t rows, const ScanOptions& options)
        : m_column(column), m_options(options)
    {
        m_result.column = column.name;
        m_result.type = column.type;
        m_values = sampleValues(column, rows, options.sampleValues);
        m_result.sampled = m_values.size();
        static const QRegularExpression separators(QStringLiteral("[^a-z0-9&-]+"));
        m_folded.reserve(std::size_t(m_values.size()));
        for (const QString& v : m_values) {
            FoldedValue f{vocabulary::fold(v.trimmed()), {}};
            f.words = f.whole.split(separators, Qt::SkipEmptyParts);
            m_folded.push_back(std::move(f));
        }
        m_result.distinct = distinctValues(column);
        const std::int64_t present = static_cast<std::int64_t>(rows) - column.missing;
        m_result.distinctShare = present > 0 ? double(m_result.distinct) / double(present) : 0.0;
        for (const auto& e : vocabulary::nameEvidence(column.name))
            m_named.insert(int(e.kind), e.matched);
        if (column.type == data::ColumnType::Numeric) {
            m_integral = std::all_of(column.numbers.begin(), column.numbers.end(),
                                     [](double x) { return std::isnan(x) || x == std::floor(x); });
        }
    }

    ColumnScan run()
    {
        directIdentifiers();
        freeText();
        quasiIdentifiers();
        specialCategories();
        recordNumber();
        std::stable_sort(
            m_result.findings.begin(), m_result.findings.end(),
            [](const PiiFinding& a, const PiiFinding& b) { return a.confidence > b.confidence; });
        return std::move(m_result);
    }

private:
    bool named(PiiKind kind) const { return m_named.contains(int(kind)); }
    QString headerEvidence(PiiKind kind) const
    {
        return PiiScan::tr("the column name says '%1'").arg(m_named.value(int(kind)));
    }
    bool has(PiiKind kind) const
    {
        return std::any_of(m_result.findings.begin(), m_result.findings.end(),
                           [&](const PiiFinding& f) { return f.kind == kind; });
    }
    bool hasIdentifier() const
    {
        return std::any_of(m_result.findings.begin(), m_result.findings.end(),
                           [](const PiiFinding& f) { return f.role == SuggestedRole::Identifier; });
    }
    void add(PiiKind kind, double confidence, QStringList evidence)
    {
        if (named(kind)) evidence.prepend(headerEvidence(kind));
        m_result.findings.push_back(
            {kind, std::min(confidence, 0.99), evidence.join(QStringLiteral("; ")), roleOf(kind)});
    }
    QString valuesEvidence(double s, const QString& what) const
    {
        return PiiScan::tr("%1% of %2 sampled values %3").arg(percent(s)).arg(m_values.size()).arg(what);
    }

    /// A recogniser with check digits or an unambiguous format: 90% of the values, or 60% with the
    /// header saying so (typos, placeholders).
    void checked(PiiKind kind, const std::function<bool(const QString&)>& test, const QString& what,
                 double confidence)
    {
        if (has(kind)) return;
        const double s = share(m_values, test);
        if (s >= 0.9)
            add(kind, named(kind) ? confidence + 0.04 : confidence, {valuesEvidence(s, what)});
        else if (s >= 0.6 && named(kind))
            add(kind, 0.8, {valuesEvidence(s, what)});
    }

    void directIdentifiers()
    {
        if (m_values.isEmpty()) return;
        checked(PiiKind::Email, recognise::email, PiiScan::tr("are e-mail addresses"), 0.95);
        checked(
            PiiKind::Iban, [](const QString& v) { return checksum::iban(v); },
            PiiScan::tr("are IBANs with valid check digits (mod 97)"), 0.95);
        checked(
            PiiKind::PaymentCard, [](const QString& v) { return checksum::paymentCard(v); },
            PiiScan::tr("are card numbers with an issuer prefix and a valid Luhn check digit"), 0.95);
        const bool ssnNamed = named(PiiKind::UsSsn);
        checked(
            PiiKind::UsSsn, [&](const QString& v) { return checksum::usSsn(v, ssnNamed); },
            PiiScan::tr("are US Social Security numbers (format and issuance rules)"), 0.9);
        // Numeric identifiers: the check digit decides between them; the most specific that holds wins.
        if (!hasIdentifier())
            checked(
                PiiKind::UkNhsNumber, [](const QString& v) { return checksum::ukNhsNumber(v); },
                PiiScan::tr("are NHS numbers with a valid mod-11 check digit"), 0.92);
        if (!hasIdentifier())
            checked(
                PiiKind::DeTaxId, [](const QString& v) { return checksum::deTaxId(v); },
                PiiScan::tr("are German tax identification numbers (ISO 7064 MOD 11,10)"), 0.93);
        if (!hasIdentifier())
            checked(
                PiiKind::PlPesel, [](const QString& v) { return checksum::plPesel(v); },
                PiiScan::tr("are PESEL numbers (check digit and birth date)"), 0.93);
        if (!hasIdentifier())
            checked(
                PiiKind::FrNir, [](const QString& v) { return checksum::frNir(v); },
                PiiScan::tr("are French NIR numbers with a valid key (97 - n mod 97)"), 0.95);
        if (!hasIdentifier())
            checked(
                PiiKind::NlBsn, [](const QString& v) { return checksum::nlBsn(v); },
                PiiScan::tr("are Dutch BSNs passing the 11-proef"), 0.9);
        checked(PiiKind::IpAddress, recognise::ipAddress, PiiScan::tr("are IP addresses"), 0.9);
        if (!hasIdentifier()) {
            const bool bare = named(PiiKind::Phone);
            checked(
                PiiKind::Phone, [&](const QString& v) { return recognise::phone(v, bare); },
                PiiScan::tr("are valid phone numbers (libphonenumber)"), 0.88);
        }
        personName();
    }

    void personName()
    {
        if (hasIdentifier() || m_column.type == data::ColumnType::Numeric) return;
        // People's names are many: a column of a few repeated words ("White", "Black") is a category.
        const std::int64_t present = m_result.sampled;
        if (m_result.distinct < std::min<std::int64_t>(20, std::max<std::int64_t>(5, present / 2))) return;
        const double shaped = share(m_values, recognise::nameShaped);
        if (shaped < 0.8) return;
        const double known = share(m_values, recognise::knownName);
        const QString knownText =
            valuesEvidence(known, PiiScan::tr("contain a common given name or surname"));
        if (known >= 0.5)
            add(PiiKind::PersonName, named(PiiKind::PersonName) ? 0.95 : 0.85, {knownText});
        else if (known >= 0.2 && (named(PiiKind::PersonName) || m_result.distinctShare > 0.5))
            add(PiiKind::PersonName, 0.7, {knownText});
    }

    void freeText()
    {
        if (m_column.type == data::ColumnType::Numeric || m_values.isEmpty() || hasIdentifier()) return;
        double chars = 0.0;
        double words = 0.0;
        for (const QString& v : m_values) {
            chars += double(v.size());
            words += double(v.count(QLatin1Char(' ')) + 1);
        }
        chars /= double(m_values.size());
        words /= double(m_values.size());
        if (chars < 20.0 || words < 3.0) return;
        QSet<QString> kinds;
        const double s = share(m_values, [&](const QString& v) {
            const QString k = recognise::identifierInText(v);
            if (!k.isEmpty()) kinds.insert(k);
            return !k.isEmpty();
        });
        if (s < 0.02) return;
        QStringList found(kinds.begin(), kinds.end());
        found.sort();
        add(PiiKind::FreeText, s >= 0.2 ? 0.9 : 0.7,
            {valuesEvidence(
                s, PiiScan::tr("are free text containing %1").arg(found.join(QStringLiteral(", "))))});
    }

    void quasiIdentifiers()
    {
        if (m_values.isEmpty()) return;
        // Dates, and whether they are plausible birth dates (ages 0 to 120, spread over decades).
        if (m_column.type != data::ColumnType::Numeric) {
            int minYear = 10000;
            int maxYear = -10000;
            const QDate today = m_options.referenceDate;
            const double dated = share(m_values, [&](const QString& v) {
                const QDate d = recognise::date(v);
                if (!d.isValid()) return false;
                minYear = std::min(minYear, d.year());
                maxYear = std::max(maxYear, d.year());
                return true;
            });
            if (dated >= 0.9) {
                const bool plausible = minYear >= today.year() - 120 && maxYear <= today.year();
                const QString text = valuesEvidence(
                    dated, PiiScan::tr("are dates (years %1 to %2)").arg(minYear).arg(maxYear));
                if (plausible && named(PiiKind::DateOfBirth))
                    add(PiiKind::DateOfBirth, 0.95, {text});
                else if (plausible && maxYear - minYear >= 15)
                    add(PiiKind::Date, 0.6, {text, PiiScan::tr("the spread of years fits birth dates")});
                else
                    add(PiiKind::Date, 0.5, {text});
            }
        }
        if (named(PiiKind::Age) && m_column.type == data::ColumnType::Numeric) {
            const auto [lo, hi] =
                std::minmax_element(m_column.numbers.begin(), m_column.numbers.end(), [](double a, double b) {
                    if (std::isnan(a)) return false;
                    if (std::isnan(b)) return true;
                    return a < b;
                });
            if (*lo >= 0.0 && *hi <= 125.0)
                add(PiiKind::Age, 0.9, {PiiScan::tr("values between %1 and %2").arg(*lo).arg(*hi)});
        }
        bool spelledOut = false; // "F" and "M" alone are also felony and misdemeanour
        const double sexShare = foldedShare([&](const FoldedValue& v) {
            spelledOut = spelledOut || v.whole.size() > 1;
            return vocabulary::sexWords().contains(v.whole);
        });
        if ((sexShare >= 0.95 && spelledOut && m_result.distinct <= 5 && m_result.distinct >= 2) ||
            named(PiiKind::Sex))
            add(PiiKind::Sex, named(PiiKind::Sex) && sexShare >= 0.95 ? 0.95 : 0.8,
                {valuesEvidence(sexShare, PiiScan::tr("are sex or gender values"))});
        const bool postNamed = named(PiiKind::Postcode);
        const double post =
            share(m_values, [&](const QString& v) { return recognise::postcode(v, postNamed); });
        if (post >= 0.9)
            add(PiiKind::Postcode, postNamed ? 0.95 : 0.85,
                {valuesEvidence(post, PiiScan::tr("are postcodes"))});
        else if (postNamed)
            add(PiiKind::Postcode, 0.6,
                {valuesEvidence(post, PiiScan::tr("match a UK, DE, US, FR or NL postcode format"))});
        QString word;
        const double country = foldedShare(
            [&](const FoldedValue& v) { return vocabularyHit(v, vocabulary::countryWords(), &word); });
        if (country >= 0.6 || (named(PiiKind::Nationality) && country >= 0.3))
            add(PiiKind::Nationality, named(PiiKind::Nationality) ? 0.9 : 0.7,
                {valuesEvidence(country, PiiScan::tr("are countries or nationalities"))});
    }

    void specialCategories()
    {
        static const std::array<PiiKind, 8> kinds{PiiKind::Health,           PiiKind::Ethnicity,
                                                  PiiKind::Religion,         PiiKind::SexLife,
                                                  PiiKind::Biometric,        PiiKind::UnionMembership,
                                                  PiiKind::PoliticalOpinion, PiiKind::CriminalOffence};
        for (PiiKind kind : kinds) {
            QSet<QString> matchedWords;
            const QSet<QString>& vocabularyOfKind = vocabulary::valueWords(kind);
            double s = 0.0;
            if (!vocabularyOfKind.isEmpty() && m_column.type != data::ColumnType::Numeric)
                s = foldedShare([&](const FoldedValue& v) {
                    QString word;
                    if (!vocabularyHit(v, vocabularyOfKind, &word)) return false;
                    matchedWords.insert(word);
                    return true;
                });
            // Values alone: half the cells, two different words, one of them not ambiguous (a colour
            // column of "white" and "black" is not about ethnicity).
            const bool specific = std::any_of(matchedWords.begin(), matchedWords.end(),
                                              [](const QString& w) { return !ambiguousWord(w); });
            const bool byValues = s >= 0.5 && matchedWords.size() >= 2 && specific;
            QStringList sample(matchedWords.begin(), matchedWords.end());
            sample.sort();
            const QString text = valuesEvidence(s, PiiScan::tr("are words of this category (%1)")
                                                       .arg(sample.mid(0, 4).join(QStringLiteral(", "))));
            if (named(kind) && (byValues || s >= 0.2))
                add(kind, 0.95, {text});
            else if (named(kind))
                add(kind, 0.65, {});
            else if (byValues)
                add(kind, 0.75, {text});
        }
    }

    void recordNumber()
    {
        if (hasIdentifier() || has(PiiKind::DateOfBirth) || has(PiiKind::Date)) return;
        const std::int64_t present = static_cast<std::int64_t>(m_values.size());
        if (present < 20 || m_result.distinctShare < 0.95) return;
        if (m_column.type == data::ColumnType::Numeric && !m_integral) return; // measurements, not codes
        // Text must look like a code (one token with a digit: "13000010CF10A", "P-0042"), unless the header
        // says it is a number: unique product names or comments are not record numbers.
        if (m_column.type != data::ColumnType::Numeric && !named(PiiKind::RecordNumber) &&
            share(m_values, [](const QString& v) { return isCodeShaped(v); }) < 0.9)
            return;
        const QString text = PiiScan::tr("%1% of the values are distinct (%2 values)")
                                 .arg(percent(m_result.distinctShare))
                                 .arg(m_result.distinct);
        add(PiiKind::RecordNumber, named(PiiKind::RecordNumber) ? 0.9 : 0.7, {text});
    }

    template <typename Test> double foldedShare(Test test) const
    {
        return shareOf(qsizetype(m_folded.size()),
                       [&](qsizetype i) { return test(m_folded[std::size_t(i)]); });
    }

    const data::Column& m_column;
    const ScanOptions& m_options;
    QStringList m_values;
    std::vector<FoldedValue> m_folded; ///< m_values folded once for every vocabulary
    QHash<int, QString> m_named;
    bool m_integral = false;
    ColumnScan m_result;
};

} // namespace

SuggestedRole ColumnScan::suggestedRole() const
{
    SuggestedRole best = SuggestedRole::None;
    for (const PiiFinding& f : findings)
        if (f.confidence >= 0.6 && int(f.role) > int(best)) best = f.role;
    return best;
}

bool ColumnScan::quasiIdentifier() const
{
    return std::any_of(findings.begin(), findings.end(), [](const PiiFinding& f) {
        return f.confidence >= 0.6 && (f.role == SuggestedRole::QuasiIdentifier ||
                                       f.kind == PiiKind::Ethnicity || f.kind == PiiKind::Religion);
    });
}

std::vector<ColumnScan> PiiScan::scan(const data::DataTable& table, const ScanOptions& options)
{
    std::vector<ColumnScan> out;
    out.reserve(table.columnCount());
    for (const data::Column& c : table.columns())
        out.push_back(ColumnScanner(c, table.rowCount(), options).run());
    return out;
}

QString PiiScan::kindId(PiiKind kind)
{
    switch (kind) {
    case PiiKind::PersonName:
        return QStringLiteral("person_name");
    case PiiKind::Email:
        return QStringLiteral("email");
    case PiiKind::Phone:
        return QStringLiteral("phone");
    case PiiKind::Iban:
        return QStringLiteral("iban");
    case PiiKind::PaymentCard:
        return QStringLiteral("payment_card");
    case PiiKind::UsSsn:
        return QStringLiteral("us_ssn");
    case PiiKind::UkNhsNumber:
        return QStringLiteral("uk_nhs_number");
    case PiiKind::DeTaxId:
        return QStringLiteral("de_tax_id");
    case PiiKind::FrNir:
        return QStringLiteral("fr_nir");
    case PiiKind::NlBsn:
        return QStringLiteral("nl_bsn");
    case PiiKind::PlPesel:
        return QStringLiteral("pl_pesel");
    case PiiKind::RecordNumber:
        return QStringLiteral("record_number");
    case PiiKind::IpAddress:
        return QStringLiteral("ip_address");
    case PiiKind::FreeText:
        return QStringLiteral("free_text");
    case PiiKind::DateOfBirth:
        return QStringLiteral("date_of_birth");
    case PiiKind::Date:
        return QStringLiteral("date");
    case PiiKind::Age:
        return QStringLiteral("age");
    case PiiKind::Sex:
        return QStringLiteral("sex");
    case PiiKind::Postcode:
        return QStringLiteral("postcode");
    case PiiKind::Nationality:
        return QStringLiteral("nationality");
    case PiiKind::Health:
        return QStringLiteral("health");
    case PiiKind::Ethnicity:
        return QStringLiteral("ethnicity");
    case PiiKind::Religion:
        return QStringLiteral("religion");
    case PiiKind::SexLife:
        return QStringLiteral("sex_life");
    case PiiKind::Biometric:
        return QStringLiteral("biometric");
    case PiiKind::UnionMembership:
        return QStringLiteral("union_membership");
    case PiiKind::PoliticalOpinion:
        return QStringLiteral("political_opinion");
    case PiiKind::CriminalOffence:
        return QStringLiteral("criminal_offence");
    }
    return {};
}

QString PiiScan::kindTitle(PiiKind kind)
{
    switch (kind) {
    case PiiKind::PersonName:
        return tr("Person name");
    case PiiKind::Email:
        return tr("E-mail address");
    case PiiKind::Phone:
        return tr("Phone number");
    case PiiKind::Iban:
        return tr("IBAN (bank account)");
    case PiiKind::PaymentCard:
        return tr("Payment card number");
    case PiiKind::UsSsn:
        return tr("US Social Security number");
    case PiiKind::UkNhsNumber:
        return tr("UK NHS number");
    case PiiKind::DeTaxId:
        return tr("German tax ID (Steuer-ID)");
    case PiiKind::FrNir:
        return tr("French social security number (NIR)");
    case PiiKind::NlBsn:
        return tr("Dutch citizen service number (BSN)");
    case PiiKind::PlPesel:
        return tr("Polish PESEL");
    case PiiKind::RecordNumber:
        return tr("Near-unique record number");
    case PiiKind::IpAddress:
        return tr("IP address");
    case PiiKind::FreeText:
        return tr("Free text with identifiers");
    case PiiKind::DateOfBirth:
        return tr("Date of birth");
    case PiiKind::Date:
        return tr("Date (possibly a birth date)");
    case PiiKind::Age:
        return tr("Age");
    case PiiKind::Sex:
        return tr("Sex or gender");
    case PiiKind::Postcode:
        return tr("Postcode");
    case PiiKind::Nationality:
        return tr("Nationality or country");
    case PiiKind::Health:
        return tr("Health data (GDPR Art 9)");
    case PiiKind::Ethnicity:
        return tr("Racial or ethnic origin (GDPR Art 9)");
    case PiiKind::Religion:
        return tr("Religious or philosophical beliefs (GDPR Art 9)");
    case PiiKind::SexLife:
        return tr("Sex life or sexual orientation (GDPR Art 9)");
    case PiiKind::Biometric:
        return tr("Biometric data (GDPR Art 9)");
    case PiiKind::UnionMembership:
        return tr("Trade union membership (GDPR Art 9)");
    case PiiKind::PoliticalOpinion:
        return tr("Political opinions (GDPR Art 9)");
    case PiiKind::CriminalOffence:
        return tr("Criminal convictions and offences (GDPR Art 10)");
    }
    return {};
}

QString PiiScan::legalReference(PiiKind kind)
{
    if (kind == PiiKind::CriminalOffence) return QStringLiteral("GDPR Art 10");
    return roleOf(kind) == SuggestedRole::Sensitive ? QStringLiteral("GDPR Art 9(1)") : QString();
}

QString PiiScan::roleId(SuggestedRole role)
{
    switch (role) {
    case SuggestedRole::Identifier:
        return QStringLiteral("identifier");
    case SuggestedRole::QuasiIdentifier:
        return QStringLiteral("quasi-identifier");
    case SuggestedRole::Sensitive:
        return QStringLiteral("sensitive");
    case SuggestedRole::None:
        break;
    }
    return QStringLiteral("none");
}

QString PiiScan::roleTitle(SuggestedRole role)
{
    switch (role) {
    case SuggestedRole::Identifier:
        return tr("identifier (leave out of the model)");
    case SuggestedRole::QuasiIdentifier:
        return tr("quasi-identifier");
    case SuggestedRole::Sensitive:
        return tr("sensitive");
    case SuggestedRole::None:
        break;
    }
    return tr("no personal data found");
}

QJsonArray PiiScan::toJson(const std::vector<ColumnScan>& scans)
{
    QJsonArray out;
    for (const ColumnScan& s : scans) {
        QJsonArray findings;
        for (const PiiFinding& f : s.findings) {
            QJsonObject o{{QStringLiteral("kind"), kindId(f.kind)},
                          {QStringLiteral("confidence"), std::round(f.confidence * 100.0) / 100.0},
                          {QStringLiteral("evidence"), f.evidence},
                          {QStringLiteral("suggested_role"), roleId(f.role)}};
            if (const QString law = legalReference(f.kind); !law.isEmpty())
                o.insert(QStringLiteral("legal_basis"), law);
            findings.append(o);
        }
        out.append(
            QJsonObject{{QStringLiteral("column"), s.column},
                        {QStringLiteral("type"), data::columnTypeName(s.type)},
                        {QStringLiteral("distinct"), qint64(s.distinct)},
                        {QStringLiteral("distinct_share"), std::round(s.distinctShare * 10000.0) / 10000.0},
                        {QStringLiteral("sampled"), qint64(s.sampled)},
                        {QStringLiteral("findings"), findings},
                        {QStringLiteral("suggested_role"), roleId(s.suggestedRole())},
                        {QStringLiteral("quasi_identifier"), s.quasiIdentifier()}});
    }
    return out;
}

QStringList PiiScan::identifierColumns(const std::vector<ColumnScan>& scans)
{
    QStringList out;
    for (const ColumnScan& s : scans)
        if (s.suggestedRole() == SuggestedRole::Identifier) out << s.column;
    return out;
}

QStringList PiiScan::quasiIdentifierColumns(const std::vector<ColumnScan>& scans)
{
    QStringList out;
    for (const ColumnScan& s : scans)
        if (s.quasiIdentifier() && s.suggestedRole() != SuggestedRole::Identifier) out << s.column;
    return out;
}

} // namespace privaudit::governance
