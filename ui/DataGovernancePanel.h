#pragma once

#include "data/DataTable.h"
#include "governance/PiiScan.h"
#include "governance/ReidentificationRisk.h"

#include <memory>
#include <optional>
#include <QWidget>

class QCustomPlot;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace privaudit::ui {

/// A dataset's personal data and re-identification risk (issue 18), the view ARX and sdcMicro users
/// expect: the PII scan's findings per column; quasi-identifiers (the scan's suggestion, editable) and an
/// optional population size; the attacker models' figures; the risk distribution histogram; population
/// uniqueness against the sampling fraction (Pitman, Zayatz, SNB, Dankar's choice); and the quasi-
/// identifier combinations with distinction and separation, riskiest first. Scan and risk run on a worker
/// thread; a newer request replaces an older one.
class DataGovernancePanel : public QWidget
{
    Q_OBJECT

public:
    explicit DataGovernancePanel(QWidget* parent = nullptr);

    /// Scans @p table and computes the risk over the scan's quasi-identifiers.
    void setTable(std::shared_ptr<const data::DataTable> table);
    /// Recomputes the risk over @p quasi (and @p populationSize when set).
    void computeRisk(const QStringList& quasi, std::optional<double> populationSize = std::nullopt);

    [[nodiscard]] bool isReady() const { return m_ready; }
    [[nodiscard]] const std::vector<governance::ColumnScan>& scans() const { return m_scans; }
    [[nodiscard]] const std::optional<governance::ReidentificationRisk>& risk() const { return m_risk; }
    [[nodiscard]] QStringList checkedQuasiIdentifiers() const;
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QCustomPlot* histogram() const { return m_histogram; }
    [[nodiscard]] QCustomPlot* uniquenessPlot() const { return m_uniqueness; }
    [[nodiscard]] QTableWidget* combinationsTable() const { return m_combinations; }
    [[nodiscard]] QTableWidget* findingsTable() const { return m_findings; }

Q_SIGNALS:
    void ready();
    void errorOccurred(const QString& message);

private:
    void showScan();
    void showRisk();
    void plotHistogram();
    void plotUniqueness();

    std::shared_ptr<const data::DataTable> m_table;
    std::vector<governance::ColumnScan> m_scans;
    std::optional<governance::ReidentificationRisk> m_risk;
    quint64 m_generation = 0;
    bool m_ready = false;
    QLabel* m_status;
    QTableWidget* m_findings;
    QListWidget* m_quasi;
    QLineEdit* m_population;
    QPushButton* m_compute;
    QLabel* m_summary;
    QCustomPlot* m_histogram;
    QCustomPlot* m_uniqueness;
    QTableWidget* m_combinations;
};

} // namespace privaudit::ui
