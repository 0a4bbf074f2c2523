#pragma once

#include "attack/MembershipRunSummary.h"
#include "metrics/MembershipMetrics.h"
#include "project/ProjectStore.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableWidget;
class QTabWidget;

namespace privaudit::ui {

/// The results of one membership-inference run, read from the project: ROC curves of every attack
/// (linear or log-log down to FPR 1e-5) with the chance diagonal and pointwise 95% Clopper-Pearson
/// bands, legend toggles, zoom and pan, hover tooltips; score histograms for members and non-members;
/// the metrics table; the most exposed records. Plots export as PNG, SVG and PDF.
class RunResultView : public QWidget
{
    Q_OBJECT

public:
    explicit RunResultView(QWidget* parent = nullptr);

    /// Loads run @p runId: the run's header at once, its curves from a worker thread (loaded() follows);
    /// returns a translated error or "".
    QString load(const project::ProjectStore& store, qint64 runId);

    [[nodiscard]] QCustomPlot* rocPlot() const { return m_roc; }
    [[nodiscard]] QCustomPlot* histogramPlot() const { return m_histogram; }
    [[nodiscard]] QTableWidget* metricsTable() const { return m_metrics; }
    [[nodiscard]] QTableWidget* exposedTable() const { return m_exposed; }
    /// The most memorised members (counterfactual memorisation from the reference models; hidden when the
    /// run trained none).
    [[nodiscard]] QTableWidget* memorisationTable() const { return m_memorised; }
    [[nodiscard]] QLabel* memorisationFindings() const { return m_memorisationText; }
    [[nodiscard]] QTabWidget* resultTabs() const { return m_bottom; }
    [[nodiscard]] class SubgroupPanel* subgroups() const { return m_subgroups; }
    [[nodiscard]] qint64 runId() const { return m_runId; }
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    /// The dataset row behind an exposed record, read from the run's dataset file (sensitive and
    /// identifier columns left out); an error message when the file is gone or changed.
    [[nodiscard]] QString datasetRowText(qint64 row) const;
    static QString datasetRowText(const QString& datasetPath, const QStringList& hiddenColumns, qint64 row);
    void setLogScale(bool log);
    /// Text of the tooltip for the point nearest to @p pixel on the ROC plot ("" when none is near).
    [[nodiscard]] QString rocTooltipAt(const QPointF& pixel) const;

Q_SIGNALS:
    void errorOccurred(const QString& message);
    /// The user asked for this run's target model to be the model under review.
    void designateRequested(qint64 runId);
    void loaded();

private:
    struct Curve
    {
        QString attack;
        std::vector<double> fpr, tpr, low, high, threshold;
        std::vector<double> memberScores, nonMemberScores;
        std::vector<std::pair<qint64, double>> exposed; ///< dataset row, score (members, highest first)
        metrics::AttackMetrics metrics;
    };
    static Expected<std::vector<Curve>> computeCurves(const QString& projectPath, qint64 runId);
    void showCurves(const std::vector<Curve>& curves);
    void rebuildRoc();
    void rebuildHistogram();
    void showMemorisation(const attack::MembershipRunSummary& summary);

    QLabel* m_title;
    QPushButton* m_designate;
    QLabel* m_warnings;          ///< the run's warnings (recipe, utility) and its statistics' warnings
    QScrollArea* m_warningsArea; ///< bounds m_warnings to a few lines
    QStringList m_warningTexts;
    QString m_baseline;
    QCheckBox* m_log;
    QComboBox* m_histogramAttack;
    QCustomPlot* m_roc;
    QCustomPlot* m_histogram;
    QTableWidget* m_metrics;
    QTableWidget* m_exposed;
    QTabWidget* m_bottom;    ///< the attacks' tables; the memorisation, enabled when the run has it
    QWidget* m_memorisation; ///< its findings and table
    class SubgroupPanel* m_subgroups;
    QLabel* m_memorisationText;
    QTableWidget* m_memorised;
    std::vector<Curve> m_curves;
    qint64 m_runId = 0;
    bool m_loaded = false;
    QString m_datasetPath;       ///< the run's dataset, to show an exposed record's row
    QStringList m_hiddenColumns; ///< sensitive and identifier columns, never shown
};

} // namespace privaudit::ui
