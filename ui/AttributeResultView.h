#pragma once

#include "report/ReportContent.h"
#include "SectionResultView.h"

namespace privaudit::project {
class ProjectStore;
}

namespace privaudit::ui {

class SubgroupPanel;

/// The result of one attribute-inference run, read from the project: what was inferred and from what,
/// the findings the intervals allow, each attack against the imputation baseline (the same table as
/// the report), and each attack's accuracy on members and on non-members with 95% intervals.
class AttributeResultView : public SectionResultView
{
    Q_OBJECT

public:
    explicit AttributeResultView(QWidget* parent = nullptr);

    /// Loads run @p runId (a few stored rows: read at once); returns a translated error or "".
    QString load(const project::ProjectStore& store, qint64 runId);

    [[nodiscard]] QTableWidget* attacksTable() const { return m_table; }
    [[nodiscard]] QCustomPlot* accuracyPlot() const { return m_plot; }

public:
    [[nodiscard]] SubgroupPanel* subgroups() const { return m_subgroups; }

private:
    void plot(const report::AttributeSection& section);
    SubgroupPanel* m_subgroups; ///< the run's results per subgroup of a column
};

} // namespace privaudit::ui
