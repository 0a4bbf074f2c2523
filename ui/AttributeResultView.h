#pragma once

#include "report/ReportContent.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace privaudit::project {
class ProjectStore;
}

namespace privaudit::ui {

/// The result of one attribute-inference run, read from the project: what was inferred and from what,
/// the findings the intervals allow, each attack against the imputation baseline (the same table as
/// the report), and each attack's accuracy on members and on non-members with 95% intervals.
class AttributeResultView : public QWidget
{
    Q_OBJECT

public:
    explicit AttributeResultView(QWidget* parent = nullptr);

    /// Loads run @p runId (a few stored rows: read at once); returns a translated error or "".
    QString load(const project::ProjectStore& store, qint64 runId);

    [[nodiscard]] qint64 runId() const { return m_runId; }
    [[nodiscard]] QString findingsText() const;
    [[nodiscard]] QTableWidget* attacksTable() const { return m_table; }
    [[nodiscard]] QCustomPlot* accuracyPlot() const { return m_plot; }

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    void plot(const report::AttributeSection& section);

    QLabel* m_title;
    QLabel* m_scope;
    QLabel* m_findings;
    QTableWidget* m_table;
    QCustomPlot* m_plot;
    qint64 m_runId = 0;
};

} // namespace privaudit::ui
