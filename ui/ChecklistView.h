#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace privaudit::ui {

class AssessmentModel;

/// The EU AI Act, GDPR, NIST and privacy-risk checklists: items grouped by pack and article, the AI Act
/// classification on top, and an editor for the selected item (answer, comment, owner, due date,
/// evidence: files hashed into the project, or links to runs). Every change is undoable and audited.
class ChecklistView : public QWidget
{
    Q_OBJECT

public:
    ChecklistView(AssessmentModel& model, QWidget* parent = nullptr);

    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    /// Selects an item by id (for tests and links from the report); false when it is not shown.
    bool selectItem(const QString& itemId);
    /// Sets the selected item's answer as the user would (an undoable, audited edit).
    void setAnswer(const QString& answer);
    void setComment(const QString& comment);
    void setOwner(const QString& owner);
    /// Attaches a file (hashed into the project) or links a run to the selected item.
    QString attachFile(const QString& path);
    void linkRun(qint64 runId);
    [[nodiscard]] QString summaryText() const;

Q_SIGNALS:
    void runActivated(qint64 runId);

private:
    void rebuild();
    void showSelected();
    [[nodiscard]] QString selectedId() const;

    AssessmentModel& m_model;
    QLabel* m_classification;
    QLabel* m_progress;
    QComboBox* m_packFilter;
    QCheckBox* m_onlyApplicable;
    QTreeWidget* m_tree;
    QLabel* m_question;
    QComboBox* m_answer;
    QPlainTextEdit* m_comment;
    QLineEdit* m_owner;
    QDateEdit* m_due;
    QCheckBox* m_hasDue;
    QListWidget* m_evidence;
    QPushButton* m_attach;
    QPushButton* m_link;
    bool m_updating = false;
};

} // namespace privaudit::ui
