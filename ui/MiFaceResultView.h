#pragma once

#include "report/MiFaceSection.h"
#include "SectionResultView.h"

namespace privaudit::project {
class ProjectStore;
}

namespace privaudit::ui {

/// The result of one MI-Face run, read from the project: the setting, the findings the permutation test
/// allows, the report's table, a plot of each representative's distance to the closest member against the
/// closest held-out row of its class (above the diagonal: nearer a member), and the representatives
/// themselves, decoded, with their class, confidence and distances.
class MiFaceResultView : public SectionResultView
{
    Q_OBJECT

public:
    explicit MiFaceResultView(QWidget* parent = nullptr);

    /// Loads run @p runId (its summary holds every representative); returns a translated error or "".
    QString load(const project::ProjectStore& store, qint64 runId);

    [[nodiscard]] QTableWidget* measuresTable() const { return m_table; }
    [[nodiscard]] QTableWidget* representativesTable() const { return m_representatives; }
    [[nodiscard]] QCustomPlot* distancePlot() const { return m_plot; }

private:
    void plot(const report::MiFaceSection& section);
    void fillRepresentatives(const report::MiFaceSection& section);

    QTableWidget* m_representatives;
};

} // namespace privaudit::ui
