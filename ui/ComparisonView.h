#pragma once

#include "jobs/RunComparison.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace privaudit::ui {

/// Two or more membership runs side by side (jobs::RunComparison): the runs to compare checked in a list
/// (the first checked is the baseline), one attack's ROC curves of every run on one log-log plot, and one
/// table of every attack's AUC and TPR at 1% FPR with each run's difference from the baseline and its
/// interval; the findings below. The scores are read and the curves computed on a worker thread.
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(QWidget* parent = nullptr);

    /// Lists the project's completed membership runs (all checked when there are at most four); returns a
    /// translated error or "".
    QString load(const project::ProjectStore& store);
    /// Checks exactly @p runIds (in list order) and compares them; compared() follows.
    void compare(const QList<qint64>& runIds);

    [[nodiscard]] QListWidget* runList() const { return m_runs; }
    [[nodiscard]] QCustomPlot* rocPlot() const { return m_roc; }
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QLabel* findings() const { return m_findings; }

Q_SIGNALS:
    void compared();
    void errorOccurred(const QString& message);

private:
    struct Curve
    {
        qint64 runId = 0;
        QString attack;
        std::vector<double> fpr, tpr;
        std::size_t nonMembers = 0;
        double auc = 0.0; ///< as stored
    };
    struct Outcome
    {
        jobs::RunComparison comparison;
        std::vector<Curve> curves;
    };
    static Expected<Outcome> computeOutcome(const QString& projectPath, const QList<qint64>& runIds);
    void show(const Outcome& outcome);
    void plot();
    [[nodiscard]] QList<qint64> checkedRuns() const;

    QString m_projectPath;
    QListWidget* m_runs;
    QComboBox* m_attack;
    QPushButton* m_compare;
    QCustomPlot* m_roc;
    QTableWidget* m_table;
    QLabel* m_findings;
    std::vector<Curve> m_curves;
    int m_generation = 0;
};

} // namespace privaudit::ui
