#pragma once

#include "common/Expected.h"
#include "governance/PiiScan.h"
#include "project/ProjectStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace privaudit::governance {

/// A dataset's documentation: the questions of Gebru et al.'s "Datasheets for Datasets" (CACM 2021) in
/// their seven sections, the licence as an SPDX expression checked against the shipped list, and the
/// GDPR grounds (Art 6(1) lawful basis; Art 9(2) condition for special categories; Art 10 basis for
/// criminal-offence data, asked only when the PII scan found such data). Stored in the project as the
/// audited assessment value "datasheet/<dataset id>"; exported and imported as SPDX 3.0.1 JSON-LD
/// (Dataset profile) and as Croissant 1.0 with its RAI vocabulary. An unanswered question stays
/// unanswered: it is never read as "no".
struct Datasheet
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::governance::Datasheet)

public:
    struct Question
    {
        QString id;      ///< "collection.consent"
        QString section; ///< "motivation", "composition", "collection", "preprocessing", "uses",
                         ///< "distribution", "maintenance"
    };
    /// The questions, in the datasheet's order.
    static const std::vector<Question>& questions();
    static QString sectionTitle(const QString& section); ///< translated
    static QString questionText(const QString& id);      ///< translated

    /// GDPR Art 6(1)(a)-(f) ids "art6-1-a".."art6-1-f"; Art 9(2)(a)-(j) ids "art9-2-a".."art9-2-j".
    static QStringList lawfulBases();
    static QStringList specialCategoryConditions();
    static QString groundTitle(const QString& id); ///< translated ("Consent (Art 6(1)(a))")

    QMap<QString, QString> answers; ///< question id -> answer
    QString licence;                ///< SPDX licence expression as entered
    QString lawfulBasis;            ///< an id of lawfulBases(), or empty
    QString specialCategoryCondition;
    QString criminalDataBasis; ///< free text: the Union or Member State law (Art 10)

    /// A datasheet started from what the dataset record already holds (origin, licence, consent,
    /// purpose from the import wizard).
    static Datasheet fromRecord(const project::DatasetRecord& dataset);

    struct Completeness
    {
        int answered = 0;
        int required = 0;
        QStringList missing;  ///< translated: the questions and fields still open
        QStringList problems; ///< translated: a licence that is not a valid SPDX expression, ...
        [[nodiscard]] double score() const
        {
            return required > 0 ? double(answered) / double(required) : 0.0;
        }
    };
    /// What is answered of what this dataset needs: every question, a valid licence, a lawful basis,
    /// and, when @p scans found them, an Art 9(2) condition and an Art 10 basis.
    [[nodiscard]] Completeness completeness(const std::vector<ColumnScan>& scans) const;
    /// What is open, short: the unanswered questions counted by section ("Motivation: 2"), then the
    /// licence and grounds still missing by name.
    [[nodiscard]] QStringList openSummary(const Completeness& completeness) const;

    [[nodiscard]] QJsonObject toJson() const;
    static Expected<Datasheet> fromJson(const QJsonObject& json);

    /// SPDX 3.0.1 JSON-LD: a dataset_DatasetPackage with the datasheet's answers in the Dataset profile's
    /// properties, hasSensitivePersonalInformation from the scan, the licence as declared and concluded
    /// licence relationships; the answers with no SPDX property are kept in comment.
    [[nodiscard]] QJsonObject toSpdx(const project::DatasetRecord& dataset,
                                     const std::vector<ColumnScan>& scans, const QString& created) const;
    /// Croissant 1.0 with the RAI vocabulary (rai:dataCollection, rai:personalSensitiveInformation, ...),
    /// the file as a FileObject with its SHA-256, and one field per column of the dataset's schema.
    [[nodiscard]] QJsonObject toCroissant(const project::DatasetRecord& dataset,
                                          const std::vector<ColumnScan>& scans) const;
    /// Reads a datasheet back from either export (or a PrivAudit datasheet JSON); what the format does not
    /// carry stays unanswered.
    static Expected<Datasheet> fromExport(const QJsonObject& json);
    /// Takes every answer and field @p imported has; what it leaves empty stays as it is here.
    void mergeFrom(const Datasheet& imported);

    static QString storageKey(qint64 datasetId) { return QStringLiteral("datasheet/%1").arg(datasetId); }
    /// The stored datasheet of @p dataset, or one started from its record when none is stored.
    static Expected<Datasheet> load(const project::ProjectStore& store,
                                    const project::DatasetRecord& dataset);
    QString save(project::ProjectStore& store, qint64 datasetId) const;
};

} // namespace privaudit::governance
