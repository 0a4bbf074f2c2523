#pragma once

#include "assess/Assessment.h"

#include <functional>
#include <QObject>
#include <QUndoCommand>

namespace privaudit::project {
class ProjectStore;
}

namespace privaudit::ui {

/// The open project's assessment, shared by the checklist and matrix views. Every edit is an undoable
/// command; applying one saves the difference to the project (which writes the audit trail).
class AssessmentModel : public QObject
{
    Q_OBJECT

public:
    AssessmentModel(project::ProjectStore& store, std::vector<assess::RulePack> packs, QUndoStack* undo,
                    QObject* parent = nullptr);

    /// Loads from the project; returns an error or "".
    QString reload();
    [[nodiscard]] const assess::Assessment& assessment() const { return m_assessment; }
    [[nodiscard]] const std::vector<assess::RulePack>& packs() const { return m_packs; }
    [[nodiscard]] project::ProjectStore& store() const { return m_store; }
    [[nodiscard]] assess::Classification classification() const;

    /// Pushes an undoable edit: @p change modifies a copy of the assessment.
    void edit(const QString& description, const std::function<void(assess::Assessment&)>& change);
    /// Applies a state (used by the undo commands); saves it and notifies the views.
    void apply(const assess::Assessment& state);

Q_SIGNALS:
    void changed();
    void errorOccurred(const QString& message);

private:
    project::ProjectStore& m_store;
    std::vector<assess::RulePack> m_packs;
    QUndoStack* m_undo;
    assess::Assessment m_assessment;
};

} // namespace privaudit::ui
