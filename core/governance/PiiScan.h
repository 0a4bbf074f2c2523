#pragma once

#include "data/DataTable.h"

#include <cstdint>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace privaudit::governance {

/// What a column holds, as far as personal data goes. Direct identifiers, quasi-identifiers, and the
/// special categories of GDPR Art 9 and the criminal-offence data of Art 10.
enum class PiiKind
{
    PersonName,
    Email,
    Phone,
    Iban,
    PaymentCard,
    UsSsn,
    UkNhsNumber,
    DeTaxId,
    FrNir,
    NlBsn,
    PlPesel,
    RecordNumber, ///< a near-unique code (case, patient, customer number): a direct identifier in the data
    IpAddress,
    FreeText, ///< text that contains one of the direct identifiers above
    DateOfBirth,
    Date, ///< dates that could be birth dates (no name evidence): a quasi-identifier
    Age,
    Sex,
    Postcode,
    Nationality,
    Health,           ///< GDPR Art 9
    Ethnicity,        ///< GDPR Art 9 ("racial or ethnic origin")
    Religion,         ///< GDPR Art 9 ("religious or philosophical beliefs")
    SexLife,          ///< GDPR Art 9 ("sex life or sexual orientation")
    Biometric,        ///< GDPR Art 9
    UnionMembership,  ///< GDPR Art 9
    PoliticalOpinion, ///< GDPR Art 9
    CriminalOffence   ///< GDPR Art 10
};

/// The role a finding suggests. Identifiers never feed a model; quasi-identifiers are what an attacker
/// links on (they stay features but enter the re-identification risk); sensitive columns are the
/// special categories (attribute-inference targets, kept out of reports).
enum class SuggestedRole
{
    None,
    QuasiIdentifier,
    Sensitive,
    Identifier
};

struct PiiFinding
{
    PiiKind kind = PiiKind::PersonName;
    double confidence = 0.0; ///< 0..1: how sure the combined evidence makes the scan
    QString evidence;        ///< translated: what was seen (header words, share of values that matched)
    SuggestedRole role = SuggestedRole::None;
};

struct ColumnScan
{
    QString column;
    data::ColumnType type = data::ColumnType::Numeric;
    std::int64_t distinct = 0;
    double distinctShare = 0.0;       ///< distinct values / non-missing cells
    std::int64_t sampled = 0;         ///< non-missing values the value recognisers looked at
    std::vector<PiiFinding> findings; ///< most confident first
    /// The strongest role of the findings: identifier over sensitive over quasi-identifier.
    [[nodiscard]] SuggestedRole suggestedRole() const;
    /// Whether an attacker could link on it (a quasi-identifier finding, or a special category that is
    /// also a demographic such as ethnicity or religion).
    [[nodiscard]] bool quasiIdentifier() const;
};

struct ScanOptions
{
    /// Values per column the recognisers read (evenly spaced rows, so the scan is deterministic and
    /// its time does not grow with the table); cardinality is always counted over every row.
    int sampleValues = 2000;
    /// "Today" for the age plausibility of dates of birth; stored in the result.
    QDate referenceDate = QDate::currentDate();
};

/// The PII scan of a table: per column, evidence from the column name (English, German and French
/// words), from value patterns with their check digits (Luhn, IBAN mod 97, NHS, Steuer-ID, NIR, BSN,
/// PESEL, SSN rules, phone numbers by libphonenumber), from the data type and from the cardinality,
/// combined into findings with a confidence. A header alone never makes an identifier (a column called
/// "name" holding product names is not a person's name); values alone make one only with check digits
/// or an unambiguous format. Thread-safe, no I/O.
class PiiScan
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::governance::PiiScan)

public:
    static std::vector<ColumnScan> scan(const data::DataTable& table, const ScanOptions& options = {});

    /// Stable identifier for JSON ("person_name", "iban", "criminal_offence", ...).
    static QString kindId(PiiKind kind);
    /// Translated title ("Person name", "Criminal offence data (GDPR Art 10)").
    static QString kindTitle(PiiKind kind);
    static QString roleId(SuggestedRole role); ///< "identifier", "quasi-identifier", "sensitive", "none"
    static QString roleTitle(SuggestedRole role);
    /// The legal basis a kind falls under ("GDPR Art 9(1)", "GDPR Art 10"), empty for the others.
    static QString legalReference(PiiKind kind);

    /// One object per column: column, type, distinct, distinct_share, sampled, findings (kind,
    /// confidence, evidence, suggested_role), suggested_role, quasi_identifier.
    static QJsonArray toJson(const std::vector<ColumnScan>& scans);
    /// Columns whose scan suggests the identifier role (to leave out of a model's inputs).
    static QStringList identifierColumns(const std::vector<ColumnScan>& scans);
    /// Columns the scan suggests as quasi-identifiers (the default of the re-identification risk).
    static QStringList quasiIdentifierColumns(const std::vector<ColumnScan>& scans);
};

} // namespace privaudit::governance
