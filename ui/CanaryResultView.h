#pragma once

#include "report/MemorisationSection.h"
#include "SectionResultView.h"

namespace privaudit::project {
class ProjectStore;
}

namespace privaudit::ui {

/// The result of one canary-exposure run, read from the project: what was inserted and against what it
/// was ranked, the findings the intervals allow, the exposure per repetition level (the same table as
/// the report), and each level's canaries with the level's mean and 95% interval against chance.
class CanaryResultView : public SectionResultView
{
    Q_OBJECT

public:
    explicit CanaryResultView(QWidget* parent = nullptr);

    /// Loads run @p runId (a few stored rows: read at once); returns a translated error or "".
    QString load(const project::ProjectStore& store, qint64 runId);

    [[nodiscard]] QTableWidget* levelsTable() const { return m_table; }
    [[nodiscard]] QCustomPlot* exposurePlot() const { return m_plot; }

private:
    void plot(const report::MemorisationSection& section, const std::vector<metrics::ExposureLevel>& levels);
};

} // namespace privaudit::ui
