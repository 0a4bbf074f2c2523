#pragma once

#include "report/InversionSection.h"
#include "SectionResultView.h"

namespace privaudit::project {
class ProjectStore;
}

namespace privaudit::ui {

class SubgroupPanel;

/// The result of one informed-reconstruction run, read from the project: the setting, the findings the
/// intervals allow, the reconstruction against the baseline that needs no model (the report's table), and
/// per reconstructed row the share of its columns recovered by the adversary and by the baseline.
class ReconstructionResultView : public SectionResultView
{
    Q_OBJECT

public:
    explicit ReconstructionResultView(QWidget* parent = nullptr);

    /// Loads run @p runId (its summary holds every row: read at once); returns a translated error or "".
    QString load(const project::ProjectStore& store, qint64 runId);

    [[nodiscard]] QTableWidget* measuresTable() const { return m_table; }
    [[nodiscard]] QCustomPlot* rowsPlot() const { return m_plot; }

public:
    [[nodiscard]] SubgroupPanel* subgroups() const { return m_subgroups; }

private:
    void plot(const report::InversionSection& section);
    SubgroupPanel* m_subgroups; ///< the run's results per subgroup of a column
};

} // namespace privaudit::ui
