#pragma once

#include "jobs/Sweep.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QCPGraph;
class QLabel;

namespace privaudit::ui {

/// The privacy-utility trade-off of a stored sweep: utility against epsilon (log axis, error bars
/// across seeds) and attack success against epsilon with the ceiling that (epsilon, delta)-DP implies.
/// Hovering a point shows its sigma, q, steps, accuracy and attack metrics; clicking opens its run.
class TradeoffExplorerView : public QWidget
{
    Q_OBJECT

public:
    explicit TradeoffExplorerView(QWidget* parent = nullptr);

    /// Loads the sweep stored as run @p sweepRunId; returns a translated error or an empty string.
    QString load(const QString& projectPath, std::int64_t sweepRunId);

    [[nodiscard]] QCustomPlot* utilityPlot() const { return m_utility; }
    [[nodiscard]] QCustomPlot* attackPlot() const { return m_attack; }
    [[nodiscard]] const std::vector<jobs::SweepPoint>& points() const { return m_points; }
    /// The hover text of a point (also used by tests).
    [[nodiscard]] QString pointDescription(std::size_t index) const;
    /// Every point with its utility and attack metrics as CSV.
    QString saveCsv(const QString& path) const;
    /// Index of the point drawn nearest to a pixel of either plot, within 10 px; -1 for none.
    [[nodiscard]] int pointAt(QCustomPlot* plot, const QPointF& pixel) const;

Q_SIGNALS:
    void runActivated(qint64 runId);
    void errorOccurred(const QString& message);

private:
    void rebuild();
    void exportAll();
    double xFor(double epsilon) const;
    double utilityValue(const jobs::SweepPoint& p) const;
    double attackValue(const jobs::SweepPoint& p, const QString& attack) const;
    double ceiling(double epsilon) const;

    QComboBox* m_utilityMetric;
    QComboBox* m_attackMetric;
    QLabel* m_title;
    QCustomPlot* m_utility;
    QCustomPlot* m_attack;
    std::vector<jobs::SweepPoint> m_points;
    std::vector<double> m_epsilons;
    QStringList m_attacks;
    double m_delta = 1e-5;
    QString m_name;
    /// Scatter graphs and, per data index, the point they show.
    std::vector<std::pair<QCPGraph*, std::vector<std::size_t>>> m_pointGraphs;
};

} // namespace privaudit::ui
