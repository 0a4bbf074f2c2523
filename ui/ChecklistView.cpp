#include "ChecklistView.h"

#include "AssessmentEdit.h"
#include "project/ProjectStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace privaudit::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString answerTitle(const QString& answer)
{
    if (answer == QLatin1String("yes")) return ChecklistView::tr("yes");
    if (answer == QLatin1String("no")) return ChecklistView::tr("no");
    if (answer == QLatin1String("partial")) return ChecklistView::tr("partial");
    if (answer == QLatin1String("n.a.")) return ChecklistView::tr("n.a.");
    return QString();
}

} // namespace

ChecklistView::ChecklistView(AssessmentModel& model, QWidget* parent)
    : QWidget(parent), m_model(model), m_classification(new QLabel(this)), m_progress(new QLabel(this)),
      m_packFilter(new QComboBox(this)), m_onlyApplicable(new QCheckBox(tr("Only items that apply"), this)),
      m_tree(new QTreeWidget(this)), m_question(new QLabel(this)), m_answer(new QComboBox(this)),
      m_comment(new QPlainTextEdit(this)), m_owner(new QLineEdit(this)), m_due(new QDateEdit(this)),
      m_hasDue(new QCheckBox(tr("Due"), this)), m_evidence(new QListWidget(this)),
      m_attach(new QPushButton(tr("Attach File…"), this)), m_link(new QPushButton(tr("Link Run…"), this))
{
    setObjectName(QStringLiteral("checklistView"));
    m_tree->setObjectName(QStringLiteral("checklistTree"));
    m_answer->setObjectName(QStringLiteral("checklistAnswer"));
    m_classification->setObjectName(QStringLiteral("classificationSummary"));
    m_classification->setWordWrap(true);
    m_classification->setTextFormat(Qt::RichText);
    m_progress->setObjectName(QStringLiteral("checklistProgress"));
    m_question->setWordWrap(true);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_question->setTextFormat(Qt::RichText);
    m_tree->setHeaderLabels(
        {tr("Item"), tr("Answer"), tr("Owner"), tr("Due"), tr("Evidence"), tr("Question")});
    m_tree->setColumnWidth(0, 190);
    m_tree->setColumnWidth(1, 110);
    m_tree->setColumnWidth(2, 110);
    m_tree->setColumnWidth(3, 90);
    m_tree->setColumnWidth(4, 60);
    // The question reads next to its item (it was off to the right, behind a scroll bar); the logical
    // column order stays as the code fills it.
    m_tree->header()->moveSection(5, 2);
    m_tree->setColumnWidth(5, 320);
    m_tree->setUniformRowHeights(true);
    m_packFilter->addItem(tr("All checklists"), QString());
    for (const auto& pack : model.packs())
        m_packFilter->addItem(pack.title, pack.id);
    m_onlyApplicable->setChecked(true);
    m_answer->addItem(tr("(unanswered)"), QString());
    for (const char* a : {"yes", "no", "partial", "n.a."})
        m_answer->addItem(answerTitle(QLatin1String(a)), QLatin1String(a));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setDate(QDate::currentDate().addMonths(1));
    m_comment->setPlaceholderText(tr("Comment: what was checked, by whom, where the evidence is"));
    m_owner->setPlaceholderText(tr("Owner"));

    auto* editor = new QWidget(this);
    editor->setMaximumWidth(480);
    auto* form = new QFormLayout(editor);
    form->addRow(m_question);
    form->addRow(tr("Answer:"), m_answer);
    form->addRow(tr("Owner:"), m_owner);
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    form->addRow(tr("Due date:"), dueRow);
    form->addRow(tr("Comment:"), m_comment);
    form->addRow(tr("Evidence:"), m_evidence);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_link);
    buttons->addStretch(1);
    form->addRow(buttons);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_packFilter);
    filters->addWidget(m_onlyApplicable);
    filters->addStretch(1);
    filters->addWidget(m_progress);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_classification);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(&m_model, &AssessmentModel::changed, this, &ChecklistView::rebuild);
    connect(m_packFilter, &QComboBox::currentIndexChanged, this, &ChecklistView::rebuild);
    connect(m_onlyApplicable, &QCheckBox::toggled, this, &ChecklistView::rebuild);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ChecklistView::showSelected);
    connect(m_answer, &QComboBox::activated, this, [this] { setAnswer(m_answer->currentData().toString()); });
    connect(m_owner, &QLineEdit::editingFinished, this, [this] { setOwner(m_owner->text()); });
    auto* commentTimer = new QTimer(this);
    commentTimer->setSingleShot(true);
    commentTimer->setInterval(800);
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this, commentTimer] {
        if (!m_updating) commentTimer->start();
    });
    connect(commentTimer, &QTimer::timeout, this, [this] { setComment(m_comment->toPlainText()); });
    auto commitDue = [this] {
        const QString id = selectedId();
        if (id.isEmpty() || m_updating) return;
        const QDate due = m_hasDue->isChecked() ? m_due->date() : QDate();
        m_model.edit(tr("Due date of %1").arg(id), [&](assess::Assessment& a) { a.checklist[id].due = due; });
    };
    connect(m_hasDue, &QCheckBox::toggled, this, commitDue);
    connect(m_due, &QDateEdit::editingFinished, this, commitDue);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Attach Evidence"));
        if (!path.isEmpty())
            if (const QString err = attachFile(path); !err.isEmpty()) Q_EMIT m_model.errorOccurred(err);
    });
    connect(m_link, &QPushButton::clicked, this, [this] {
        const auto runs = m_model.store().runs();
        if (!runs) return;
        QStringList choices;
        for (const auto& r : *runs)
            if (r.status == project::RunStatus::Completed)
                choices << tr("#%1 %2").arg(r.id).arg(project::builtInText(r.name));
        if (choices.isEmpty()) return;
        bool ok = false;
        const QString choice =
            QInputDialog::getItem(this, tr("Link Run"), tr("Run:"), choices, 0, false, &ok);
        if (ok) linkRun(choice.section(QLatin1Char(' '), 0, 0).mid(1).toLongLong());
    });
    connect(m_evidence, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item->data(IdRole).toLongLong() > 0) Q_EMIT runActivated(item->data(IdRole).toLongLong());
    });
    rebuild();
}

QString ChecklistView::selectedId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, IdRole).toString() : QString();
}

QString ChecklistView::summaryText() const
{
    return m_progress->text();
}

void ChecklistView::rebuild()
{
    const QString keep = selectedId();
    const assess::Classification c = m_model.classification();
    QString summary = tr("<b>AI Act classification:</b> %1 (role: %2).")
                          .arg(c.tierText().toHtmlEscaped(), m_model.assessment().role.toHtmlEscaped());
    for (const QString& b : c.blockers)
        summary += QStringLiteral("<br/><span style=\"color:#b00020\"><b>%1</b> %2</span>")
                       .arg(tr("BLOCKER:"), b.toHtmlEscaped());
    if (!c.unanswered.isEmpty())
        summary += QStringLiteral("<br/>") + tr("%n screening question(s) unanswered: the classification is "
                                                "provisional until they are answered.",
                                                nullptr, int(c.unanswered.size()));
    m_classification->setText(summary);

    m_tree->clear();
    const QString packFilter = m_packFilter->currentData().toString();
    int applicable = 0, answered = 0;
    for (const auto& pack : m_model.packs()) {
        QTreeWidgetItem* packItem = nullptr;
        QMap<QString, QTreeWidgetItem*> groups;
        for (const auto& item : pack.items) {
            const bool applies = c.applies(item);
            const assess::ChecklistAnswer a = m_model.assessment().checklist.value(item.id);
            if (applies) {
                ++applicable;
                answered += a.answer.isEmpty() ? 0 : 1;
            }
            if ((!packFilter.isEmpty() && packFilter != pack.id) ||
                (m_onlyApplicable->isChecked() && !applies))
                continue;
            if (!packItem) {
                packItem = new QTreeWidgetItem(m_tree, {pack.title});
                packItem->setFirstColumnSpanned(true);
                QFont f = packItem->font(0);
                f.setBold(true);
                packItem->setFont(0, f);
            }
            QTreeWidgetItem*& group = groups[item.group];
            if (!group) {
                group = new QTreeWidgetItem(packItem, {item.group});
                group->setFirstColumnSpanned(true);
            }
            auto* row = new QTreeWidgetItem(
                group,
                {item.id, answerTitle(a.answer), a.owner,
                 a.due.isValid() ? a.due.toString(Qt::ISODate) : QString(),
                 a.evidence.isEmpty() ? QString() : QString::number(a.evidence.size()), item.question});
            row->setData(0, IdRole, item.id);
            row->setToolTip(0, item.question);
            row->setToolTip(5, item.question);
            if (!applies)
                for (int col = 0; col < 6; ++col)
                    row->setForeground(col, palette().color(QPalette::Disabled, QPalette::Text));
            if (item.blockerAnswers.contains(a.answer)) {
                row->setForeground(1, QColor(176, 0, 32));
                row->setText(1, tr("%1 — BLOCKER").arg(answerTitle(a.answer)));
            }
            if (item.id == keep) m_tree->setCurrentItem(row);
        }
    }
    m_tree->expandAll();
    m_progress->setText(tr("%1 of %2 applicable items answered").arg(answered).arg(applicable));
    showSelected();
}

void ChecklistView::showSelected()
{
    m_updating = true;
    const QString id = selectedId();
    const assess::RuleItem* item = assess::findItem(m_model.packs(), id);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_answer, m_comment, m_owner, m_due, m_hasDue, m_attach, m_link})
        w->setEnabled(item != nullptr);
    m_evidence->clear();
    if (!item) {
        m_question->setText(tr("Select an item on the left."));
        m_comment->clear();
        m_owner->clear();
        m_updating = false;
        return;
    }
    QString dates;
    if (item->appliesFrom)
        dates = tr("Applies from %1").arg(item->appliesFrom->amended.toString(Qt::ISODate)) +
                (item->appliesFrom->original && *item->appliesFrom->original != item->appliesFrom->amended
                     ? tr(" (originally %1)").arg(item->appliesFrom->original->toString(Qt::ISODate))
                     : QString());
    m_question->setText(
        QStringLiteral("<b>%1</b> · %2<br/>%3<br/><i>%4</i>%5")
            .arg(item->id.toHtmlEscaped(), item->article.toHtmlEscaped(), item->question.toHtmlEscaped(),
                 tr("Source: %1. Evidence: %2.")
                     .arg(item->source, item->evidence.join(QStringLiteral(", ")))
                     .toHtmlEscaped(),
                 dates.isEmpty() ? QString() : QStringLiteral("<br/>") + dates.toHtmlEscaped()));
    const assess::ChecklistAnswer a = m_model.assessment().checklist.value(id);
    m_answer->setCurrentIndex(std::max(0, m_answer->findData(a.answer)));
    if (m_comment->toPlainText() != a.comment) m_comment->setPlainText(a.comment);
    m_owner->setText(a.owner);
    m_hasDue->setChecked(a.due.isValid());
    if (a.due.isValid()) m_due->setDate(a.due);
    for (const QJsonValue& e : a.evidence) {
        const QJsonObject o = e.toObject();
        auto* entry = new QListWidgetItem(m_evidence);
        if (o.value(QStringLiteral("kind")).toString() == QLatin1String("run")) {
            entry->setText(
                tr("Run #%1 (double-click to open)").arg(o.value(QStringLiteral("run")).toInteger()));
            entry->setData(IdRole, o.value(QStringLiteral("run")).toInteger());
        } else {
            entry->setText(tr("%1 (SHA-256 %2…)")
                               .arg(o.value(QStringLiteral("name")).toString(),
                                    o.value(QStringLiteral("sha256")).toString().left(16)));
        }
    }
    m_updating = false;
}

bool ChecklistView::selectItem(const QString& itemId)
{
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it)
        if ((*it)->data(0, IdRole).toString() == itemId) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    return false;
}

void ChecklistView::setAnswer(const QString& answer)
{
    const QString id = selectedId();
    if (id.isEmpty() || m_model.assessment().checklist.value(id).answer == answer) return;
    m_model.edit(tr("Answer %1: %2").arg(id, answer.isEmpty() ? tr("(unanswered)") : answer),
                 [&](assess::Assessment& a) { a.checklist[id].answer = answer; });
}

void ChecklistView::setComment(const QString& comment)
{
    const QString id = selectedId();
    if (id.isEmpty() || m_model.assessment().checklist.value(id).comment == comment) return;
    m_model.edit(tr("Comment on %1").arg(id),
                 [&](assess::Assessment& a) { a.checklist[id].comment = comment; });
}

void ChecklistView::setOwner(const QString& owner)
{
    const QString id = selectedId();
    if (id.isEmpty() || m_model.assessment().checklist.value(id).owner == owner) return;
    m_model.edit(tr("Owner of %1").arg(id), [&](assess::Assessment& a) { a.checklist[id].owner = owner; });
}

QString ChecklistView::attachFile(const QString& path)
{
    const QString id = selectedId();
    if (id.isEmpty()) return tr("Select a checklist item first.");
    const auto evidenceId = m_model.store().addEvidence(path, tr("Evidence for %1").arg(id));
    if (!evidenceId) return evidenceId.error();
    QString sha;
    if (QFile f(path); f.open(QIODevice::ReadOnly))
        sha = QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    const QJsonObject link{{QStringLiteral("kind"), QStringLiteral("file")},
                           {QStringLiteral("evidence"), qint64(*evidenceId)},
                           {QStringLiteral("name"), QFileInfo(path).fileName()},
                           {QStringLiteral("sha256"), sha}};
    m_model.edit(tr("Attach %1 to %2").arg(QFileInfo(path).fileName(), id),
                 [&](assess::Assessment& a) { a.checklist[id].evidence.append(link); });
    return {};
}

void ChecklistView::linkRun(qint64 runId)
{
    const QString id = selectedId();
    if (id.isEmpty()) return;
    m_model.edit(tr("Link run %1 to %2").arg(runId).arg(id), [&](assess::Assessment& a) {
        a.checklist[id].evidence.append(
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("run")}, {QStringLiteral("run"), runId}});
    });
}

} // namespace privaudit::ui
