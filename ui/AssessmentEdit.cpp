#include "AssessmentEdit.h"

#include "project/ProjectStore.h"

#include <QPointer>
#include <QUndoStack>

namespace privaudit::ui {

namespace {

/// Holds the assessment before and after one edit.
class AssessmentCommand : public QUndoCommand
{
public:
    AssessmentCommand(AssessmentModel* model, assess::Assessment before, assess::Assessment after,
                      const QString& text)
        : QUndoCommand(text), m_model(model), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void redo() override
    {
        if (m_model) m_model->apply(m_after);
    }
    void undo() override
    {
        if (m_model) m_model->apply(m_before);
    }

private:
    QPointer<AssessmentModel> m_model;
    assess::Assessment m_before;
    assess::Assessment m_after;
};

} // namespace

AssessmentModel::AssessmentModel(project::ProjectStore& store, std::vector<assess::RulePack> packs,
                                 QUndoStack* undo, QObject* parent)
    : QObject(parent), m_store(store), m_packs(std::move(packs)), m_undo(undo)
{
}

QString AssessmentModel::reload()
{
    auto loaded = assess::Assessment::load(m_store);
    if (!loaded) return loaded.error();
    m_assessment = std::move(loaded).value();
    Q_EMIT changed();
    return {};
}

assess::Classification AssessmentModel::classification() const
{
    return assess::Classification::classify(m_assessment.classificationInput(), m_packs);
}

void AssessmentModel::edit(const QString& description, const std::function<void(assess::Assessment&)>& change)
{
    assess::Assessment before = m_assessment;
    assess::Assessment after = m_assessment;
    change(after);
    // An item answered for the first time is undone to an explicit empty answer, so the stored one goes too.
    for (auto it = after.checklist.begin(); it != after.checklist.end(); ++it)
        if (!before.checklist.contains(it.key()))
            before.checklist.insert(it.key(), assess::ChecklistAnswer{});
    m_undo->push(new AssessmentCommand(this, before, after, description));
}

void AssessmentModel::apply(const assess::Assessment& state)
{
    if (const QString err = state.save(m_store); !err.isEmpty()) {
        Q_EMIT errorOccurred(err);
        return;
    }
    m_assessment = state;
    Q_EMIT changed();
}

} // namespace privaudit::ui
