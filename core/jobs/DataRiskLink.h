#pragma once

#include "common/Expected.h"
#include "project/ProjectStore.h"

#include <cstdint>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace privaudit::jobs {

/// Dataset risk joined to a membership run's measured risk (issue 18): of the run's members, those most
/// exposed to its strongest attack (the top share by attack score) and those at high re-identification
/// risk over the quasi-identifiers, or duplicated in the data; how many are both, against how many
/// chance would give (a one-sided hypergeometric test), and the records themselves. A record in both sets
/// is the case a compliance officer must see first: the model may give away that a person, whom an
/// attacker can single out in the data, was in the training set.
struct DataRiskLink
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::jobs::DataRiskLink)

public:
    struct Options
    {
        QStringList quasiIdentifiers;    ///< empty: the PII scan's suggestion
        double threshold = 0.2;          ///< re-identification probability above which a record is high-risk
        double topShare = 0.05;          ///< members counted as most exposed (at least one)
        QString attack;                  ///< empty: the run's result with the highest AUC
        double duplicateThreshold = 0.0; ///< Gower distance for duplicates (0: exact copies)
    };
    struct Record
    {
        std::int64_t row = 0; ///< 0-based data row
        double score = 0.0;
        std::int64_t classSize = 0;
        double reidentificationRisk = 0.0;
        std::int64_t duplicates = 1; ///< size of its duplicate group (1: none)
    };

    qint64 runId = 0;
    QString attack;
    double attackAuc = 0.0;
    QStringList quasiIdentifiers;
    double threshold = 0.2;
    double topShare = 0.05;
    std::int64_t members = 0;
    std::int64_t exposed = 0;    ///< members in the top share by score
    std::int64_t highRisk = 0;   ///< members above the re-identification threshold
    std::int64_t both = 0;       ///< exposed and high-risk
    std::int64_t duplicated = 0; ///< members with a copy in the data
    std::int64_t exposedDuplicated = 0;
    double expectedBoth = 0.0;   ///< exposed x highRisk / members: what independence gives
    double pValue = 1.0;         ///< P(overlap >= both) under independence (hypergeometric)
    std::vector<Record> records; ///< exposed and (high-risk or duplicated), highest score first

    static Expected<DataRiskLink> compute(const project::ProjectStore& store, qint64 runId,
                                          const Options& options);

    /// What it shows, in the current language, claiming no more than the test allows.
    [[nodiscard]] QStringList findings() const;
    /// run, attack, attack_auc, quasi_identifiers, threshold, top_share, members, exposed, high_risk, both,
    /// expected_both, p_value, duplicated, exposed_duplicated, records [{row (from 1), score, class_size,
    /// reidentification_risk, duplicates}].
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace privaudit::jobs
