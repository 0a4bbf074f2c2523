#pragma once

#include <QStringList>
#include <QWidget>
#include <vector>

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace privaudit::ui {

/// What the result views of the evaluation families share: the run's title and scope, the findings the
/// intervals allow (in bold), the report's table, a plot with an export button, and the method. The
/// family's view fills them from its report section (AttributeResultView, CanaryResultView).
class SectionResultView : public QWidget
{
    Q_OBJECT

public:
    [[nodiscard]] qint64 runId() const { return m_runId; }
    [[nodiscard]] QString findingsText() const;

Q_SIGNALS:
    void errorOccurred(const QString& message);

protected:
    /// @p name prefixes the children's object names ("attribute": attributeResultView, attributeFindings);
    /// @p tableName and @p plotName are the table's and the plot's; @p exportName the plot file offered.
    SectionResultView(const QString& name, const QString& tableName, const QString& plotName,
                      const QStringList& columns, const QString& method, const QString& exportName,
                      QWidget* parent);
    /// Shows run @p runId's texts and table rows.
    void showSection(qint64 runId, const QString& title, const QString& finishedAt, const QString& scope,
                     const QStringList& findings, const std::vector<QStringList>& rows);

    /// Adds @p widget after the plot and its export button, before the method (a family's own table).
    void addBelowPlot(QWidget* widget, int stretch = 1);

    QTableWidget* m_table;
    QCustomPlot* m_plot;

private:
    QLabel* m_title;
    QLabel* m_scope;
    QLabel* m_findings;
    QLabel* m_method = nullptr;
    qint64 m_runId = 0;
};

} // namespace privaudit::ui
