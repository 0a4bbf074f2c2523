#include "governance/Datasheet.h"

#include "governance/SpdxLicences.h"
#include "privaudit/Version.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace privaudit::governance {

namespace {

const QString kFormat = QStringLiteral("privaudit.datasheet");
const QString kSpdxContext = QStringLiteral("https://spdx.org/rdf/3.0.1/spdx-context.jsonld");
const QString kCroissant = QStringLiteral("http://mlcommons.org/croissant/1.0");
const QString kCroissantRai = QStringLiteral("http://mlcommons.org/croissant/RAI/1.0");

bool hasKind(const std::vector<ColumnScan>& scans, bool (*test)(PiiKind))
{
    for (const auto& s : scans)
        for (const auto& f : s.findings)
            if (test(f.kind)) return true;
    return false;
}

bool isSpecialCategory(PiiKind k)
{
    return PiiScan::legalReference(k).startsWith(QLatin1String("GDPR Art 9"));
}

bool isCriminal(PiiKind k)
{
    return k == PiiKind::CriminalOffence;
}

bool isPersonal(PiiKind)
{
    return true;
}

/// What the scan found, in words (English: exports are documents for any reader's tools).
QString scanSummary(const std::vector<ColumnScan>& scans)
{
    QStringList parts;
    for (const auto& s : scans)
        if (!s.findings.empty())
            parts << QStringLiteral("%1 (%2)").arg(s.column, PiiScan::kindId(s.findings.front().kind));
    return parts.isEmpty() ? QString()
                           : QStringLiteral("PrivAudit's PII scan found: ") +
                                 parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

QJsonArray oneOrNone(const QString& text)
{
    return text.trimmed().isEmpty() ? QJsonArray() : QJsonArray{text};
}

QString firstText(const QJsonValue& v)
{
    if (v.isArray()) return v.toArray().isEmpty() ? QString() : firstText(v.toArray().first());
    if (v.isObject()) return v.toObject().value(QStringLiteral("@value")).toString();
    return v.toString();
}

/// The answers an export cannot hold in its own properties, one per line as "[question id] answer".
const QRegularExpression& answerLine()
{
    static const QRegularExpression re(QStringLiteral("^\\[([a-z0-9_]+\\.[a-z0-9_]+)\\] (.*)$"));
    return re;
}

} // namespace

const std::vector<Datasheet::Question>& Datasheet::questions()
{
    static const std::vector<Question> list = {
        {QStringLiteral("motivation.purpose"), QStringLiteral("motivation")},
        {QStringLiteral("motivation.creators"), QStringLiteral("motivation")},
        {QStringLiteral("composition.instances"), QStringLiteral("composition")},
        {QStringLiteral("composition.sample"), QStringLiteral("composition")},
        {QStringLiteral("composition.missing"), QStringLiteral("composition")},
        {QStringLiteral("composition.personal"), QStringLiteral("composition")},
        {QStringLiteral("composition.subpopulations"), QStringLiteral("composition")},
        {QStringLiteral("collection.process"), QStringLiteral("collection")},
        {QStringLiteral("collection.notice"), QStringLiteral("collection")},
        {QStringLiteral("collection.impact"), QStringLiteral("collection")},
        {QStringLiteral("preprocessing.steps"), QStringLiteral("preprocessing")},
        {QStringLiteral("preprocessing.raw"), QStringLiteral("preprocessing")},
        {QStringLiteral("uses.tasks"), QStringLiteral("uses")},
        {QStringLiteral("uses.risks"), QStringLiteral("uses")},
        {QStringLiteral("uses.excluded"), QStringLiteral("uses")},
        {QStringLiteral("distribution.recipients"), QStringLiteral("distribution")},
        {QStringLiteral("distribution.restrictions"), QStringLiteral("distribution")},
        {QStringLiteral("maintenance.maintainer"), QStringLiteral("maintenance")},
        {QStringLiteral("maintenance.updates"), QStringLiteral("maintenance")},
        {QStringLiteral("maintenance.retention"), QStringLiteral("maintenance")},
    };
    return list;
}

QString Datasheet::sectionTitle(const QString& section)
{
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("motivation"), QT_TR_NOOP("Motivation")},
        {QStringLiteral("composition"), QT_TR_NOOP("Composition")},
        {QStringLiteral("collection"), QT_TR_NOOP("Collection process")},
        {QStringLiteral("preprocessing"), QT_TR_NOOP("Preprocessing, cleaning, labelling")},
        {QStringLiteral("uses"), QT_TR_NOOP("Uses")},
        {QStringLiteral("distribution"), QT_TR_NOOP("Distribution")},
        {QStringLiteral("maintenance"), QT_TR_NOOP("Maintenance")},
    };
    const char* t = titles.value(section);
    return t ? tr(t) : section;
}

QString Datasheet::questionText(const QString& id)
{
    static const QHash<QString, const char*> texts = {
        {QStringLiteral("motivation.purpose"),
         QT_TR_NOOP("For what purpose was the dataset created? Was there a specific task in mind?")},
        {QStringLiteral("motivation.creators"),
         QT_TR_NOOP("Who created the dataset, on behalf of which entity, and who funded it?")},
        {QStringLiteral("composition.instances"),
         QT_TR_NOOP("What do the instances represent (people, transactions, ...), and how many are there?")},
        {QStringLiteral("composition.sample"),
         QT_TR_NOOP("Is it a sample of a larger set? If so, of which population, and how was it drawn?")},
        {QStringLiteral("composition.missing"),
         QT_TR_NOOP("Is any information missing from individual instances, and why?")},
        {QStringLiteral("composition.personal"),
         QT_TR_NOOP(
             "Does it identify individuals, directly or indirectly, or hold data that might be considered "
             "sensitive (special categories, criminal offences)?")},
        {QStringLiteral("composition.subpopulations"),
         QT_TR_NOOP("Does it identify subpopulations (by age, gender, ...), and how are they distributed?")},
        {QStringLiteral("collection.process"),
         QT_TR_NOOP("How was the data acquired, by whom, and over what timeframe?")},
        {QStringLiteral("collection.notice"),
         QT_TR_NOOP(
             "Were the individuals notified of the collection, and did they consent? How can consent be "
             "revoked?")},
        {QStringLiteral("collection.impact"),
         QT_TR_NOOP("Has the potential impact on the data subjects been analysed (a data protection impact "
                    "assessment, GDPR Art 35)?")},
        {QStringLiteral("preprocessing.steps"),
         QT_TR_NOOP("Was any preprocessing, cleaning or labelling done (binning, removed instances, missing "
                    "values)?")},
        {QStringLiteral("preprocessing.raw"),
         QT_TR_NOOP("Was the raw data kept besides the preprocessed data, and where?")},
        {QStringLiteral("uses.tasks"),
         QT_TR_NOOP("Has it been used for any tasks already? What tasks could it be used for?")},
        {QStringLiteral("uses.risks"),
         QT_TR_NOOP(
             "Could anything about its composition or collection lead to unfair treatment of individuals "
             "or groups, or other harms?")},
        {QStringLiteral("uses.excluded"), QT_TR_NOOP("Are there tasks for which it should not be used?")},
        {QStringLiteral("distribution.recipients"),
         QT_TR_NOOP("Will it be given to third parties outside the entity that created it, and how?")},
        {QStringLiteral("distribution.restrictions"),
         QT_TR_NOOP(
             "Are there copyright, intellectual-property or regulatory restrictions on it (terms of use, "
             "export controls)?")},
        {QStringLiteral("maintenance.maintainer"),
         QT_TR_NOOP("Who supports and maintains it, and how can they be contacted?")},
        {QStringLiteral("maintenance.updates"),
         QT_TR_NOOP("Will it be updated (corrections, new instances, deletions), how often and by whom?")},
        {QStringLiteral("maintenance.retention"),
         QT_TR_NOOP("Are there limits on how long data about individuals is kept (GDPR Art 5(1)(e))?")},
    };
    const char* t = texts.value(id);
    return t ? tr(t) : id;
}

QStringList Datasheet::lawfulBases()
{
    return {QStringLiteral("art6-1-a"), QStringLiteral("art6-1-b"), QStringLiteral("art6-1-c"),
            QStringLiteral("art6-1-d"), QStringLiteral("art6-1-e"), QStringLiteral("art6-1-f")};
}

QStringList Datasheet::specialCategoryConditions()
{
    QStringList out;
    for (char c = 'a'; c <= 'j'; ++c)
        out << QStringLiteral("art9-2-") + QLatin1Char(c);
    return out;
}

QString Datasheet::groundTitle(const QString& id)
{
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("art6-1-a"), QT_TR_NOOP("Consent (GDPR Art 6(1)(a))")},
        {QStringLiteral("art6-1-b"), QT_TR_NOOP("Performance of a contract (Art 6(1)(b))")},
        {QStringLiteral("art6-1-c"), QT_TR_NOOP("Legal obligation (Art 6(1)(c))")},
        {QStringLiteral("art6-1-d"), QT_TR_NOOP("Vital interests (Art 6(1)(d))")},
        {QStringLiteral("art6-1-e"), QT_TR_NOOP("Public interest or official authority (Art 6(1)(e))")},
        {QStringLiteral("art6-1-f"), QT_TR_NOOP("Legitimate interests (Art 6(1)(f))")},
        {QStringLiteral("art9-2-a"), QT_TR_NOOP("Explicit consent (Art 9(2)(a))")},
        {QStringLiteral("art9-2-b"), QT_TR_NOOP("Employment and social security law (Art 9(2)(b))")},
        {QStringLiteral("art9-2-c"), QT_TR_NOOP("Vital interests, consent impossible (Art 9(2)(c))")},
        {QStringLiteral("art9-2-d"),
         QT_TR_NOOP("Foundation, association or other not-for-profit body (Art 9(2)(d))")},
        {QStringLiteral("art9-2-e"), QT_TR_NOOP("Made manifestly public by the data subject (Art 9(2)(e))")},
        {QStringLiteral("art9-2-f"), QT_TR_NOOP("Legal claims or courts (Art 9(2)(f))")},
        {QStringLiteral("art9-2-g"), QT_TR_NOOP("Substantial public interest (Art 9(2)(g))")},
        {QStringLiteral("art9-2-h"), QT_TR_NOOP("Health or social care (Art 9(2)(h))")},
        {QStringLiteral("art9-2-i"), QT_TR_NOOP("Public interest in public health (Art 9(2)(i))")},
        {QStringLiteral("art9-2-j"),
         QT_TR_NOOP("Archiving, scientific or historical research, statistics (Art 9(2)(j))")},
    };
    const char* t = titles.value(id);
    return t ? tr(t) : id;
}

Datasheet Datasheet::fromRecord(const project::DatasetRecord& dataset)
{
    Datasheet d;
    const auto set = [&d](const char* id, const QString& text) {
        if (!text.trimmed().isEmpty()) d.answers.insert(QLatin1String(id), project::builtInText(text));
    };
    set("motivation.purpose", dataset.purpose);
    set("collection.process", dataset.origin);
    set("collection.notice", dataset.consent);
    const SpdxLicences::Check licence = SpdxLicences::checkExpression(dataset.licence);
    if (licence.valid)
        d.licence = licence.canonical;
    else
        set("distribution.restrictions", dataset.licence); // a licence written in words is kept, not lost
    return d;
}

Datasheet::Completeness Datasheet::completeness(const std::vector<ColumnScan>& scans) const
{
    Completeness c;
    for (const Question& q : questions()) {
        ++c.required;
        if (!answers.value(q.id).trimmed().isEmpty())
            ++c.answered;
        else
            c.missing << questionText(q.id);
    }
    ++c.required;
    const QString licenceText = licence.trimmed();
    if (licenceText.isEmpty() || licenceText == QLatin1String("NOASSERTION")) {
        c.missing << tr("The licence (an SPDX expression, e.g. CC-BY-4.0)");
    } else if (const SpdxLicences::Check check = SpdxLicences::checkExpression(licenceText); !check.valid) {
        c.problems
            << tr("The licence '%1' is not a valid SPDX expression: %2.").arg(licenceText, check.error);
    } else {
        ++c.answered;
        if (!check.deprecated.isEmpty())
            c.problems << tr("The SPDX list marks %1 as deprecated; use its current identifier.")
                              .arg(check.deprecated.join(QStringLiteral(", ")));
    }
    ++c.required;
    if (lawfulBases().contains(lawfulBasis))
        ++c.answered;
    else
        c.missing << tr("The lawful basis of the processing (GDPR Art 6(1))");
    if (hasKind(scans, isSpecialCategory)) {
        ++c.required;
        if (specialCategoryConditions().contains(specialCategoryCondition))
            ++c.answered;
        else
            c.missing << tr(
                "The condition of GDPR Art 9(2) that allows processing the special categories the scan "
                "found");
    }
    if (hasKind(scans, isCriminal)) {
        ++c.required;
        if (!criminalDataBasis.trimmed().isEmpty())
            ++c.answered;
        else
            c.missing << tr(
                "The Union or Member State law that authorises processing the criminal-offence data "
                "the scan found (GDPR Art 10)");
    }
    return c;
}

QStringList Datasheet::openSummary(const Completeness& completeness) const
{
    QMap<QString, int> open;
    QStringList order, parts;
    int questionsOpen = 0;
    for (const Question& q : questions()) {
        if (!order.contains(q.section)) order << q.section;
        if (answers.value(q.id).trimmed().isEmpty()) {
            ++open[q.section];
            ++questionsOpen;
        }
    }
    for (const QString& section : order)
        if (open.value(section) > 0)
            parts << tr("%1: %2").arg(sectionTitle(section)).arg(open.value(section));
    for (qsizetype i = questionsOpen; i < completeness.missing.size(); ++i)
        parts << completeness.missing[i]; // completeness() lists the questions first, then the rest
    return parts;
}

QJsonObject Datasheet::toJson() const
{
    QJsonObject a;
    for (auto it = answers.begin(); it != answers.end(); ++it)
        if (!it.value().trimmed().isEmpty()) a.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("format_version"), 1},
                       {QStringLiteral("answers"), a},
                       {QStringLiteral("licence"), licence},
                       {QStringLiteral("lawful_basis"), lawfulBasis},
                       {QStringLiteral("special_category_condition"), specialCategoryCondition},
                       {QStringLiteral("criminal_data_basis"), criminalDataBasis}};
}

Expected<Datasheet> Datasheet::fromJson(const QJsonObject& json)
{
    using Result = Expected<Datasheet>;
    if (json.value(QStringLiteral("format")).toString() != kFormat)
        return Result::failure(tr("This is not a PrivAudit datasheet (format '%1').")
                                   .arg(json.value(QStringLiteral("format")).toString()));
    if (json.value(QStringLiteral("format_version")).toInt() != 1)
        return Result::failure(
            tr("Datasheet format version %1 is not supported (this PrivAudit reads version 1).")
                .arg(json.value(QStringLiteral("format_version")).toInt()));
    Datasheet d;
    QStringList known;
    for (const Question& q : questions())
        known << q.id;
    const QJsonObject a = json.value(QStringLiteral("answers")).toObject();
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!known.contains(it.key()))
            return Result::failure(tr("The datasheet has an unknown question '%1'.").arg(it.key()));
        if (!it.value().isString())
            return Result::failure(tr("The answer to '%1' must be text.").arg(it.key()));
        d.answers.insert(it.key(), it.value().toString());
    }
    d.licence = json.value(QStringLiteral("licence")).toString();
    d.lawfulBasis = json.value(QStringLiteral("lawful_basis")).toString();
    d.specialCategoryCondition = json.value(QStringLiteral("special_category_condition")).toString();
    d.criminalDataBasis = json.value(QStringLiteral("criminal_data_basis")).toString();
    if (!d.lawfulBasis.isEmpty() && !lawfulBases().contains(d.lawfulBasis))
        return Result::failure(tr("'%1' is not a lawful basis; use one of %2.")
                                   .arg(d.lawfulBasis, lawfulBases().join(QStringLiteral(", "))));
    if (!d.specialCategoryCondition.isEmpty() &&
        !specialCategoryConditions().contains(d.specialCategoryCondition))
        return Result::failure(
            tr("'%1' is not a condition of GDPR Art 9(2); use one of %2.")
                .arg(d.specialCategoryCondition, specialCategoryConditions().join(QStringLiteral(", "))));
    return d;
}

QJsonObject Datasheet::toSpdx(const project::DatasetRecord& dataset, const std::vector<ColumnScan>& scans,
                              const QString& created) const
{
    const QString base = QStringLiteral("urn:privaudit:") + dataset.sha256.left(32);
    const QString creation = QStringLiteral("_:creationinfo");
    const QString agent = base + QStringLiteral(":agent");
    const QString packageId = base + QStringLiteral(":dataset");
    const QString licenceId = base + QStringLiteral(":licence");
    QJsonArray graph;
    graph.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("CreationInfo")},
                             {QStringLiteral("@id"), creation},
                             {QStringLiteral("specVersion"), QStringLiteral("3.0.1")},
                             {QStringLiteral("created"), created},
                             {QStringLiteral("createdBy"), QJsonArray{agent}}});
    graph.append(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("SoftwareAgent")},
                    {QStringLiteral("spdxId"), agent},
                    {QStringLiteral("creationInfo"), creation},
                    {QStringLiteral("name"), QStringLiteral("PrivAudit " PRIVAUDIT_VERSION_STRING)}});
    QJsonArray elements{agent, packageId, licenceId};
    QJsonObject package{{QStringLiteral("type"), QStringLiteral("dataset_DatasetPackage")},
                        {QStringLiteral("spdxId"), packageId},
                        {QStringLiteral("creationInfo"), creation},
                        {QStringLiteral("name"), project::builtInText(dataset.name)},
                        {QStringLiteral("software_primaryPurpose"), QStringLiteral("data")},
                        {QStringLiteral("software_downloadLocation"), QStringLiteral("NOASSERTION")},
                        {QStringLiteral("dataset_datasetType"), QJsonArray{QStringLiteral("structured")}},
                        {QStringLiteral("verifiedUsing"),
                         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Hash")},
                                                {QStringLiteral("algorithm"), QStringLiteral("sha256")},
                                                {QStringLiteral("hashValue"), dataset.sha256}}}}};
    if (!dataset.addedAt.isEmpty()) {
        package.insert(QStringLiteral("builtTime"), dataset.addedAt);
        package.insert(QStringLiteral("releaseTime"), dataset.addedAt);
    }
    if (const QFileInfo file(dataset.path); file.isFile())
        package.insert(QStringLiteral("dataset_datasetSize"), file.size());
    if (const QString creators = answers.value(QStringLiteral("motivation.creators"));
        !creators.trimmed().isEmpty()) {
        const QString originator = base + QStringLiteral(":originator");
        graph.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Organization")},
                                 {QStringLiteral("spdxId"), originator},
                                 {QStringLiteral("creationInfo"), creation},
                                 {QStringLiteral("name"), creators}});
        package.insert(QStringLiteral("originatedBy"), QJsonArray{originator});
        elements.append(originator);
    }
    // The Dataset profile's own properties; the other answers travel in comment, one per line.
    const QHash<QString, QString> mapped = {
        {QStringLiteral("motivation.purpose"), QStringLiteral("description")},
        {QStringLiteral("collection.process"), QStringLiteral("dataset_dataCollectionProcess")},
        {QStringLiteral("uses.tasks"), QStringLiteral("dataset_intendedUse")},
        {QStringLiteral("maintenance.updates"), QStringLiteral("dataset_datasetUpdateMechanism")}};
    QStringList comment;
    for (const Question& q : questions()) {
        const QString answer = answers.value(q.id).trimmed();
        if (answer.isEmpty()) continue;
        if (mapped.contains(q.id))
            package.insert(mapped.value(q.id), answer);
        else if (q.id == QLatin1String("preprocessing.steps"))
            package.insert(QStringLiteral("dataset_dataPreprocessing"), QJsonArray{answer});
        else if (q.id == QLatin1String("uses.risks"))
            package.insert(QStringLiteral("dataset_knownBias"), QJsonArray{answer});
        else
            comment << QStringLiteral("[%1] %2").arg(
                q.id, QString(answer).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    }
    for (const auto& [key, value] :
         {std::pair{QStringLiteral("gdpr.lawful_basis"), lawfulBasis},
          std::pair{QStringLiteral("gdpr.art9_condition"), specialCategoryCondition},
          std::pair{QStringLiteral("gdpr.art10_basis"), criminalDataBasis}})
        if (!value.trimmed().isEmpty()) comment << QStringLiteral("[%1] %2").arg(key, value);
    if (const QString found = scanSummary(scans); !found.isEmpty()) comment << found;
    if (!comment.isEmpty()) package.insert(QStringLiteral("comment"), comment.join(QLatin1Char('\n')));
    const bool personal = hasKind(scans, isPersonal);
    package.insert(QStringLiteral("dataset_hasSensitivePersonalInformation"),
                   personal ? QStringLiteral("yes") : QStringLiteral("noAssertion")); // not found is not "no"
    graph.append(package);
    const SpdxLicences::Check check = SpdxLicences::checkExpression(licence);
    graph.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("simplelicensing_LicenseExpression")},
                             {QStringLiteral("spdxId"), licenceId},
                             {QStringLiteral("creationInfo"), creation},
                             {QStringLiteral("simplelicensing_licenseExpression"),
                              check.valid ? check.canonical : QStringLiteral("NOASSERTION")}});
    int n = 0;
    for (const char* type : {"hasDeclaredLicense", "hasConcludedLicense"}) {
        const QString id = base + QStringLiteral(":relationship-%1").arg(++n);
        graph.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Relationship")},
                                 {QStringLiteral("spdxId"), id},
                                 {QStringLiteral("creationInfo"), creation},
                                 {QStringLiteral("from"), packageId},
                                 {QStringLiteral("to"), QJsonArray{licenceId}},
                                 {QStringLiteral("relationshipType"), QLatin1String(type)}});
        elements.append(id);
    }
    graph.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("SpdxDocument")},
                             {QStringLiteral("spdxId"), QString(base + QStringLiteral(":document"))},
                             {QStringLiteral("creationInfo"), creation},
                             {QStringLiteral("profileConformance"),
                              QJsonArray{QStringLiteral("core"), QStringLiteral("software"),
                                         QStringLiteral("dataset"), QStringLiteral("simpleLicensing")}},
                             {QStringLiteral("rootElement"), QJsonArray{packageId}},
                             {QStringLiteral("element"), elements}});
    return QJsonObject{{QStringLiteral("@context"), kSpdxContext}, {QStringLiteral("@graph"), graph}};
}

QJsonObject Datasheet::toCroissant(const project::DatasetRecord& dataset,
                                   const std::vector<ColumnScan>& scans) const
{
    const QJsonObject context{
        {QStringLiteral("@language"), QStringLiteral("en")},
        {QStringLiteral("@vocab"), QStringLiteral("https://schema.org/")},
        {QStringLiteral("sc"), QStringLiteral("https://schema.org/")},
        {QStringLiteral("cr"), QStringLiteral("http://mlcommons.org/croissant/")},
        {QStringLiteral("rai"), QStringLiteral("http://mlcommons.org/croissant/RAI/")},
        {QStringLiteral("dct"), QStringLiteral("http://purl.org/dc/terms/")},
        {QStringLiteral("conformsTo"), QStringLiteral("dct:conformsTo")},
        {QStringLiteral("recordSet"), QStringLiteral("cr:recordSet")},
        {QStringLiteral("field"), QStringLiteral("cr:field")},
        {QStringLiteral("source"), QStringLiteral("cr:source")},
        {QStringLiteral("fileObject"), QStringLiteral("cr:fileObject")},
        {QStringLiteral("extract"), QStringLiteral("cr:extract")},
        {QStringLiteral("column"), QStringLiteral("cr:column")},
        {QStringLiteral("dataType"), QJsonObject{{QStringLiteral("@id"), QStringLiteral("cr:dataType")},
                                                 {QStringLiteral("@type"), QStringLiteral("@vocab")}}}};
    const QString fileName = QFileInfo(dataset.path).fileName();
    QJsonArray fields;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(dataset.schemaJson).object().value(QStringLiteral("columns")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString name = c.value(QStringLiteral("name")).toString();
        const QString type = c.value(QStringLiteral("type")).toString();
        fields.append(QJsonObject{
            {QStringLiteral("@type"), QStringLiteral("cr:Field")},
            {QStringLiteral("@id"), QString(QStringLiteral("records/") + name)},
            {QStringLiteral("name"), name},
            {QStringLiteral("dataType"), type == QLatin1String("numeric")   ? QStringLiteral("sc:Float")
                                         : type == QLatin1String("boolean") ? QStringLiteral("sc:Boolean")
                                                                            : QStringLiteral("sc:Text")},
            {QStringLiteral("source"),
             QJsonObject{{QStringLiteral("fileObject"),
                          QJsonObject{{QStringLiteral("@id"), QStringLiteral("data-file")}}},
                         {QStringLiteral("extract"), QJsonObject{{QStringLiteral("column"), name}}}}}});
    }
    QJsonObject out{{QStringLiteral("@context"), context},
                    {QStringLiteral("@type"), QStringLiteral("sc:Dataset")},
                    {QStringLiteral("conformsTo"), QJsonArray{kCroissant, kCroissantRai}},
                    {QStringLiteral("name"), project::builtInText(dataset.name)},
                    {QStringLiteral("distribution"),
                     QJsonArray{QJsonObject{{QStringLiteral("@type"), QStringLiteral("cr:FileObject")},
                                            {QStringLiteral("@id"), QStringLiteral("data-file")},
                                            {QStringLiteral("name"), fileName},
                                            {QStringLiteral("contentUrl"), fileName},
                                            {QStringLiteral("encodingFormat"), QStringLiteral("text/csv")},
                                            {QStringLiteral("sha256"), dataset.sha256}}}},
                    {QStringLiteral("recordSet"),
                     QJsonArray{QJsonObject{{QStringLiteral("@type"), QStringLiteral("cr:RecordSet")},
                                            {QStringLiteral("@id"), QStringLiteral("records")},
                                            {QStringLiteral("name"), QStringLiteral("records")},
                                            {QStringLiteral("field"), fields}}}}};
    if (!dataset.addedAt.isEmpty()) out.insert(QStringLiteral("datePublished"), dataset.addedAt.left(10));
    const SpdxLicences::Check check = SpdxLicences::checkExpression(licence);
    if (check.valid)
        out.insert(QStringLiteral("license"),
                   check.licences.size() == 1 && check.canonical == check.licences.front()
                       ? QStringLiteral("https://spdx.org/licenses/%1.html").arg(check.canonical)
                       : check.canonical);
    const auto put = [&](const char* key, const char* question, bool list) {
        const QString answer = answers.value(QLatin1String(question)).trimmed();
        if (answer.isEmpty()) return;
        out.insert(QLatin1String(key), list ? QJsonValue(QJsonArray{answer}) : QJsonValue(answer));
    };
    put("description", "motivation.purpose", false);
    put("rai:dataCollection", "collection.process", false);
    put("rai:dataCollectionRawData", "preprocessing.raw", false);
    put("rai:dataPreprocessingProtocol", "preprocessing.steps", true);
    put("rai:dataUseCases", "uses.tasks", true);
    put("rai:dataBiases", "uses.risks", true);
    put("rai:dataLimitations", "uses.excluded", true);
    put("rai:dataSocialImpact", "collection.impact", false);
    put("rai:dataReleaseMaintenancePlan", "maintenance.updates", true);
    if (const QString creators = answers.value(QStringLiteral("motivation.creators")).trimmed();
        !creators.isEmpty())
        out.insert(QStringLiteral("creator"),
                   QJsonObject{{QStringLiteral("@type"), QStringLiteral("sc:Organization")},
                               {QStringLiteral("name"), creators}});
    QJsonArray personal = oneOrNone(answers.value(QStringLiteral("composition.personal")));
    if (const QString found = scanSummary(scans); !found.isEmpty()) personal.append(found);
    if (!personal.isEmpty()) out.insert(QStringLiteral("rai:personalSensitiveInformation"), personal);
    return out;
}

Expected<Datasheet> Datasheet::fromExport(const QJsonObject& json)
{
    using Result = Expected<Datasheet>;
    if (json.value(QStringLiteral("format")).toString() == kFormat) return fromJson(json);
    Datasheet d;
    const auto set = [&d](const char* id, const QString& text) {
        if (!text.trimmed().isEmpty()) d.answers.insert(QLatin1String(id), text.trimmed());
    };
    if (json.contains(QStringLiteral("@graph"))) { // SPDX 3 JSON-LD
        QJsonObject package;
        QString licenceId;
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue& v : json.value(QStringLiteral("@graph")).toArray()) {
            const QJsonObject e = v.toObject();
            byId.insert(e.value(QStringLiteral("spdxId")).toString(), e);
            if (e.value(QStringLiteral("type")).toString() == QLatin1String("dataset_DatasetPackage"))
                package = e;
        }
        if (package.isEmpty())
            return Result::failure(tr("The SPDX document has no dataset_DatasetPackage element."));
        for (const QJsonObject& e : std::as_const(byId))
            if (e.value(QStringLiteral("type")).toString() == QLatin1String("Relationship") &&
                e.value(QStringLiteral("relationshipType")).toString() ==
                    QLatin1String("hasDeclaredLicense") &&
                e.value(QStringLiteral("from")).toString() ==
                    package.value(QStringLiteral("spdxId")).toString())
                licenceId = firstText(e.value(QStringLiteral("to")));
        const QString expression =
            byId.value(licenceId).value(QStringLiteral("simplelicensing_licenseExpression")).toString();
        if (expression != QLatin1String("NOASSERTION")) d.licence = expression;
        set("motivation.purpose", package.value(QStringLiteral("description")).toString());
        set("collection.process", package.value(QStringLiteral("dataset_dataCollectionProcess")).toString());
        set("uses.tasks", package.value(QStringLiteral("dataset_intendedUse")).toString());
        set("maintenance.updates",
            package.value(QStringLiteral("dataset_datasetUpdateMechanism")).toString());
        set("preprocessing.steps", firstText(package.value(QStringLiteral("dataset_dataPreprocessing"))));
        set("uses.risks", firstText(package.value(QStringLiteral("dataset_knownBias"))));
        for (const QString& originator : {firstText(package.value(QStringLiteral("originatedBy")))})
            set("motivation.creators", byId.value(originator).value(QStringLiteral("name")).toString());
        QStringList known;
        for (const Question& q : questions())
            known << q.id;
        for (const QString& line :
             package.value(QStringLiteral("comment")).toString().split(QLatin1Char('\n'))) {
            const auto m = answerLine().match(line);
            if (!m.hasMatch()) continue;
            if (known.contains(m.captured(1)))
                d.answers.insert(m.captured(1), m.captured(2));
            else if (m.captured(1) == QLatin1String("gdpr.lawful_basis"))
                d.lawfulBasis = m.captured(2);
            else if (m.captured(1) == QLatin1String("gdpr.art9_condition"))
                d.specialCategoryCondition = m.captured(2);
            else if (m.captured(1) == QLatin1String("gdpr.art10_basis"))
                d.criminalDataBasis = m.captured(2);
        }
        return d;
    }
    const QString type = json.value(QStringLiteral("@type")).toString();
    if (type == QLatin1String("sc:Dataset") || type == QLatin1String("Dataset") ||
        type == QLatin1String("https://schema.org/Dataset")) { // Croissant
        set("motivation.purpose", json.value(QStringLiteral("description")).toString());
        set("collection.process", firstText(json.value(QStringLiteral("rai:dataCollection"))));
        set("preprocessing.raw", firstText(json.value(QStringLiteral("rai:dataCollectionRawData"))));
        set("preprocessing.steps", firstText(json.value(QStringLiteral("rai:dataPreprocessingProtocol"))));
        set("uses.tasks", firstText(json.value(QStringLiteral("rai:dataUseCases"))));
        set("uses.risks", firstText(json.value(QStringLiteral("rai:dataBiases"))));
        set("uses.excluded", firstText(json.value(QStringLiteral("rai:dataLimitations"))));
        set("collection.impact", firstText(json.value(QStringLiteral("rai:dataSocialImpact"))));
        set("maintenance.updates", firstText(json.value(QStringLiteral("rai:dataReleaseMaintenancePlan"))));
        const QJsonValue creator = json.value(QStringLiteral("creator"));
        set("motivation.creators", creator.isObject()
                                       ? creator.toObject().value(QStringLiteral("name")).toString()
                                       : firstText(creator));
        // The scan's own sentence is PrivAudit's, not the dataset owner's answer.
        for (const QJsonValue& v : json.value(QStringLiteral("rai:personalSensitiveInformation")).toArray())
            if (!v.toString().startsWith(QLatin1String("PrivAudit's PII scan found"))) {
                set("composition.personal", v.toString());
                break;
            }
        static const QRegularExpression spdxUrl(
            QStringLiteral("^https?://spdx\\.org/licenses/([^/]+?)(\\.html)?$"));
        const QString licence = firstText(json.value(QStringLiteral("license")));
        const auto m = spdxUrl.match(licence);
        d.licence = m.hasMatch() ? m.captured(1) : licence;
        return d;
    }
    return Result::failure(
        tr("The file is neither a PrivAudit datasheet, an SPDX 3 JSON-LD document nor a Croissant dataset."));
}

void Datasheet::mergeFrom(const Datasheet& imported)
{
    for (auto it = imported.answers.begin(); it != imported.answers.end(); ++it)
        answers.insert(it.key(), it.value());
    for (auto [from, to] :
         {std::pair{&imported.licence, &licence}, std::pair{&imported.lawfulBasis, &lawfulBasis},
          std::pair{&imported.specialCategoryCondition, &specialCategoryCondition},
          std::pair{&imported.criminalDataBasis, &criminalDataBasis}})
        if (!from->isEmpty()) *to = *from;
}

Expected<Datasheet> Datasheet::load(const project::ProjectStore& store, const project::DatasetRecord& dataset)
{
    const auto stored = store.assessmentValue(storageKey(dataset.id));
    if (!stored) return Expected<Datasheet>::failure(stored.error());
    if (!stored->has_value()) return fromRecord(dataset);
    return fromJson(QJsonDocument::fromJson(**stored).object());
}

QString Datasheet::save(project::ProjectStore& store, qint64 datasetId) const
{
    return store.setAssessmentValue(storageKey(datasetId),
                                    QJsonDocument(toJson()).toJson(QJsonDocument::Compact),
                                    QStringLiteral("datasheet.changed"));
}

} // namespace privaudit::governance
