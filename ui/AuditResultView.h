#pragma once

#include "attack/OneRunAuditSummary.h"
#include "project/ProjectStore.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace privaudit::ui {

/// The result of one one-run privacy audit, read from the project: the verdict (the empirical epsilon
/// lower bound against the accountant's epsilon), the figures it rests on, and the canaries' score
/// distributions (included and left out) with the guessing thresholds.
class AuditResultView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditResultView(QWidget* parent = nullptr);

    /// Loads run @p runId: the run's record at once, the canaries' scores from a worker thread (loaded()
    /// follows); returns a translated error or "".
    QString load(const project::ProjectStore& store, qint64 runId);

    [[nodiscard]] qint64 runId() const { return m_runId; }
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] QString verdictText() const;
    [[nodiscard]] QTableWidget* figuresTable() const { return m_figures; }
    [[nodiscard]] QCustomPlot* histogramPlot() const { return m_histogram; }

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void loaded();

private:
    void showScores(const project::RecordScores& scores);

    QLabel* m_title;
    QLabel* m_verdict;
    QTableWidget* m_figures;
    QCustomPlot* m_histogram;
    attack::OneRunAuditSummary m_summary;
    qint64 m_runId = 0;
    bool m_loaded = false;
};

} // namespace privaudit::ui
