#pragma once

#include "project/RunKind.h"

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace privaudit::project {
class ProjectStore;
struct RunRecord;
} // namespace privaudit::project

namespace privaudit::ui {

/// A run's statistics per subgroup of a column, in its view: for a membership run (jobs::SubgroupAnalysis)
/// every attack's AUC and TPR, for an attribute-inference or reconstruction run (jobs::FamilySubgroups)
/// the individual leakage or the advantage over the baseline. Choose the column (and the bands of a
/// numeric one), compute on a worker thread, read every group with its interval, the small groups flagged,
/// and the findings; "Save for the report" keeps the analysis in the project (jobs::SavedSubgroups) for
/// the report's subgroups section.
class SubgroupPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SubgroupPanel(QWidget* parent = nullptr);

    /// The run to split, and the columns offered (the data's features and sensitive columns).
    void setRun(const QString& projectPath, qint64 runId, const QStringList& columns,
                project::RunKind kind = project::RunKind::MembershipInference);
    /// The columns of @p run's dataset a subgroup analysis may split by: its features and sensitive
    /// columns (none for a predictions file, whose rows are no dataset's).
    static QStringList splittableColumns(const project::ProjectStore& store, const project::RunRecord& run);
    /// Computes for @p column (as the button does); finished() follows.
    void compute(const QString& column);

    [[nodiscard]] QComboBox* columnBox() const { return m_column; }
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QLabel* findings() const { return m_findings; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    /// Keeps the last computed analysis in the project (as the button does); saved() follows.
    void saveForReport();

Q_SIGNALS:
    void finished();
    /// After saveForReport(): @p error is empty when the analysis was stored.
    void saved(const QString& error);

private:
    QString m_projectPath;
    qint64 m_runId = 0;
    project::RunKind m_kind = project::RunKind::MembershipInference;
    QComboBox* m_column;
    QSpinBox* m_bands;
    QPushButton* m_compute;
    QPushButton* m_save;
    QJsonObject m_analysis; ///< the last computed analysis (toJson), empty until one was computed
    QTableWidget* m_table;
    QLabel* m_findings;
    int m_generation = 0; ///< a newer request wins over a slower older one
};

} // namespace privaudit::ui
