#include "RiskMatrixView.h"

#include "AssessmentEdit.h"
#include "Palette.h"

#include <cmath>
#include <memory>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace privaudit::ui {

namespace {

QString levels(int s, int l)
{
    if (s <= 0 && l <= 0) return RiskMatrixView::tr("—");
    return QStringLiteral("%1 %2").arg(s > 0 ? QStringLiteral("S%1").arg(s) : QStringLiteral("S?"),
                                       l > 0 ? QStringLiteral("L%1").arg(l) : QStringLiteral("L?"));
}

} // namespace

QColor RiskMatrixView::levelColour(const QString& level)
{
    return riskLevelColour(level);
}

RiskMatrixView::RiskMatrixView(AssessmentModel& model, QWidget* parent)
    : QWidget(parent), m_model(model), m_table(new QTableWidget(this)),
      m_residual(new QCheckBox(tr("Show residual risk"), this)), m_access(new QComboBox(this)),
      m_membershipSensitive(new QCheckBox(tr("Membership itself is sensitive"), this)),
      m_vulnerable(new QCheckBox(tr("Children or vulnerable people"), this)), m_thresholds(new QLabel(this)),
      m_cellTitle(new QLabel(this)), m_severity(new QComboBox(this)), m_likelihood(new QComboBox(this)),
      m_suggestion(new QLabel(this)), m_useSuggestion(new QPushButton(tr("Use Suggestion"), this)),
      m_controls(new QListWidget(this)), m_rationale(new QPlainTextEdit(this)), m_owner(new QLineEdit(this)),
      m_residualLabel(new QLabel(this)), m_stale(new QLabel(this))
{
    m_stale->setObjectName(QStringLiteral("staleCells"));
    m_stale->setWordWrap(true);
    m_stale->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_stale->setVisible(false);
    setObjectName(QStringLiteral("riskMatrixView"));
    m_table->setObjectName(QStringLiteral("riskMatrix"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const auto threats = assess::RiskMatrix::threats();
    const auto stages = assess::RiskMatrix::stages();
    m_table->setRowCount(int(threats.size()));
    m_table->setColumnCount(int(stages.size()));
    QStringList rowTitles, columnTitles;
    for (const auto& t : threats) {
        QString title = t.title;
        const int middle =
            title.size() > 24 ? int(title.indexOf(QLatin1Char(' '), title.size() / 2 - 2)) : -1;
        if (middle > 0) title[middle] = QLatin1Char('\n');
        rowTitles << title;
    }
    for (const auto& s : stages) {
        // Two lines per stage title so four stages fit next to the editor.
        QString title = s.title;
        const int middle = int(title.indexOf(QLatin1Char(' '), title.size() / 2 - 2));
        if (middle > 0) title[middle] = QLatin1Char('\n');
        columnTitles << title;
    }
    m_table->setVerticalHeaderLabels(rowTitles);
    m_table->setHorizontalHeaderLabels(columnTitles);
    m_access->setObjectName(QStringLiteral("accessMode"));
    m_access->addItem(tr("Weights published"), QStringLiteral("weights-published"));
    m_access->addItem(tr("API returning full scores"), QStringLiteral("api-full-scores"));
    m_access->addItem(tr("API with restricted outputs"), QStringLiteral("api-restricted"));
    m_access->addItem(tr("Label-only, authenticated, rate-limited"),
                      QStringLiteral("label-only-rate-limited"));
    m_severity->addItem(tr("not assessed"), 0);
    m_likelihood->addItem(tr("not assessed"), 0);
    const QStringList cnil = {tr("1 Negligible"), tr("2 Limited"), tr("3 Significant"), tr("4 Maximum")};
    for (int k = 1; k <= 4; ++k) {
        m_severity->addItem(QStringLiteral("S") + cnil[k - 1], k);
        m_likelihood->addItem(QStringLiteral("L") + cnil[k - 1], k);
    }
    for (const auto& c : assess::RiskMatrix::controls()) {
        auto* item = new QListWidgetItem(c.title, m_controls);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(c.tradeOff);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_thresholds->setWordWrap(true);
    m_suggestion->setWordWrap(true);
    m_cellTitle->setWordWrap(true);
    m_residualLabel->setWordWrap(true);

    auto* settings = new QHBoxLayout;
    settings->addWidget(new QLabel(tr("Access mode:"), this));
    settings->addWidget(m_access);
    settings->addWidget(m_membershipSensitive);
    settings->addWidget(m_vulnerable);
    auto* suggest = new QPushButton(tr("Suggest from Evidence"), this);
    suggest->setObjectName(QStringLiteral("suggestFromEvidence"));
    suggest->setToolTip(tr("Likelihood from the project's attack results, severity from its datasets"));
    settings->addWidget(suggest);
    auto* thresholds = new QPushButton(tr("Thresholds…"), this);
    thresholds->setObjectName(QStringLiteral("editThresholds"));
    thresholds->setToolTip(tr("The measurements that map to each likelihood level"));
    connect(thresholds, &QPushButton::clicked, this, &RiskMatrixView::editThresholds);
    settings->addWidget(thresholds);
    settings->addStretch(1);
    settings->addWidget(m_residual);

    auto* editor = new QWidget(this);
    editor->setMaximumWidth(400);
    auto* form = new QFormLayout(editor);
    form->addRow(m_cellTitle);
    form->addRow(tr("Severity:"), m_severity);
    form->addRow(tr("Likelihood:"), m_likelihood);
    form->addRow(m_suggestion);
    form->addRow(m_useSuggestion);
    form->addRow(tr("Controls:"), m_controls);
    form->addRow(m_residualLabel);
    form->addRow(tr("Owner:"), m_owner);
    form->addRow(tr("Rationale:"), m_rationale);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(settings);
    layout->addWidget(m_stale);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_thresholds);

    connect(&m_model, &AssessmentModel::changed, this, &RiskMatrixView::rebuild);
    connect(m_table, &QTableWidget::currentCellChanged, this, &RiskMatrixView::showSelected);
    connect(m_residual, &QCheckBox::toggled, this, &RiskMatrixView::rebuild);
    connect(suggest, &QPushButton::clicked, this, &RiskMatrixView::suggestFromEvidence);
    connect(m_severity, &QComboBox::activated, this,
            [this] { setLevels(m_severity->currentData().toInt(), m_likelihood->currentData().toInt()); });
    connect(m_likelihood, &QComboBox::activated, this,
            [this] { setLevels(m_severity->currentData().toInt(), m_likelihood->currentData().toInt()); });
    connect(m_useSuggestion, &QPushButton::clicked, this, [this] {
        const auto [threat, stage] = selected();
        if (const assess::MatrixCell* c = m_model.assessment().cell(threat, stage))
            setLevels(c->suggestedSeverity > 0 ? c->suggestedSeverity : c->severity,
                      c->suggestedLikelihood > 0 ? c->suggestedLikelihood : c->likelihood);
    });
    connect(m_controls, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!m_updating) setControl(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    });
    connect(m_owner, &QLineEdit::editingFinished, this, [this] {
        const auto [threat, stage] = selected();
        const QString owner = m_owner->text();
        const assess::MatrixCell* c = m_model.assessment().cell(threat, stage);
        if (c && c->owner != owner)
            m_model.edit(tr("Owner of a risk"),
                         [&](assess::Assessment& a) { a.cell(threat, stage)->owner = owner; });
    });
    auto* rationaleTimer = new QTimer(this);
    rationaleTimer->setSingleShot(true);
    rationaleTimer->setInterval(800);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, [this, rationaleTimer] {
        if (!m_updating) rationaleTimer->start();
    });
    connect(rationaleTimer, &QTimer::timeout, this, [this] { setRationale(m_rationale->toPlainText()); });
    auto settingsChanged = [this] {
        if (m_updating) return;
        const QString access = m_access->currentData().toString();
        const bool sensitive = m_membershipSensitive->isChecked(), vulnerable = m_vulnerable->isChecked();
        m_model.edit(tr("Assessment settings"), [&](assess::Assessment& a) {
            a.accessMode = access;
            a.membershipSensitive = sensitive;
            a.vulnerableSubjects = vulnerable;
        });
    };
    connect(m_access, &QComboBox::activated, this, settingsChanged);
    connect(m_membershipSensitive, &QCheckBox::toggled, this, settingsChanged);
    connect(m_vulnerable, &QCheckBox::toggled, this, settingsChanged);
    rebuild();
    m_table->setCurrentCell(0, 2);
}

std::pair<QString, QString> RiskMatrixView::selected() const
{
    const int row = m_table->currentRow(), column = m_table->currentColumn();
    const auto threats = assess::RiskMatrix::threats();
    const auto stages = assess::RiskMatrix::stages();
    if (row < 0 || column < 0 || row >= int(threats.size()) || column >= int(stages.size())) return {};
    return {threats[std::size_t(row)].id, stages[std::size_t(column)].id};
}

void RiskMatrixView::rebuild()
{
    m_updating = true;
    const assess::Assessment& a = m_model.assessment();
    // Suggestions that a newer run of the model under review would change are marked, and listed above.
    const auto stale = a.staleSuggestions(m_model.store());
    QStringList staleTexts;
    for (const auto& st : stale)
        staleTexts << tr("Out of date: %1").arg(st.reason);
    m_stale->setText(staleTexts.join(QLatin1Char('\n')));
    m_stale->setVisible(!staleTexts.isEmpty());
    const auto threats = assess::RiskMatrix::threats();
    const auto stages = assess::RiskMatrix::stages();
    for (int r = 0; r < int(threats.size()); ++r)
        for (int col = 0; col < int(stages.size()); ++col) {
            const assess::MatrixCell* c = a.cell(threats[std::size_t(r)].id, stages[std::size_t(col)].id);
            auto [s, l] = m_residual->isChecked() ? c->residual() : std::pair{c->severity, c->likelihood};
            const QString level = assess::RiskMatrix::riskLevel(s, l);
            auto* item = m_table->item(r, col);
            if (!item) {
                item = new QTableWidgetItem;
                item->setTextAlignment(Qt::AlignCenter);
                m_table->setItem(r, col, item);
            }
            QString text = levels(s, l);
            if (level != QLatin1String("not-assessed"))
                text += QLatin1Char('\n') + assess::RiskMatrix::riskLevelTitle(level);
            else if (c->suggestedLikelihood > 0)
                text += QLatin1Char('\n') + tr("suggested L%1").arg(c->suggestedLikelihood);
            for (const auto& st : stale)
                if (st.threat == c->threat && st.stage == c->stage)
                    text += QLatin1Char('\n') + tr("⚠ out of date");
            item->setText(text);
            const QColor bg = levelColour(level);
            item->setBackground(bg);
            item->setForeground(bg.lightness() < 120 ? Qt::white : Qt::black);
            item->setToolTip(c->rationale.isEmpty() ? QString() : c->rationale);
        }
    m_access->setCurrentIndex(std::max(0, m_access->findData(a.accessMode)));
    m_membershipSensitive->setChecked(a.membershipSensitive);
    m_vulnerable->setChecked(a.vulnerableSubjects);
    m_thresholds->setText(a.thresholds.describe());
    m_updating = false;
    showSelected();
}

void RiskMatrixView::showSelected()
{
    m_updating = true;
    const auto [threat, stage] = selected();
    const assess::MatrixCell* c = m_model.assessment().cell(threat, stage);
    for (QWidget* w : std::initializer_list<QWidget*>{m_severity, m_likelihood, m_controls, m_rationale,
                                                      m_owner, m_useSuggestion})
        w->setEnabled(c != nullptr);
    if (!c) {
        m_cellTitle->setText(tr("Select a cell."));
        m_updating = false;
        return;
    }
    m_cellTitle->setText(QStringLiteral("<b>%1</b> · %2")
                             .arg(assess::RiskMatrix::threatTitle(threat).toHtmlEscaped(),
                                  assess::RiskMatrix::stageTitle(stage).toHtmlEscaped()));
    m_severity->setCurrentIndex(c->severity);
    m_likelihood->setCurrentIndex(c->likelihood);
    QString suggestion = c->suggestedSeverity > 0 || c->suggestedLikelihood > 0
                             ? tr("Suggested: %1.").arg(levels(c->suggestedSeverity, c->suggestedLikelihood))
                             : tr("No suggestion yet: use Suggest from Evidence.");
    if (!c->suggestionReasons.empty())
        suggestion += QLatin1Char(' ') + texts(c->suggestionReasons).join(QLatin1Char(' '));
    m_suggestion->setText(suggestion);
    for (int k = 0; k < m_controls->count(); ++k)
        m_controls->item(k)->setCheckState(
            c->controls.contains(m_controls->item(k)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                     : Qt::Unchecked);
    const auto [rs, rl] = c->residual();
    m_residualLabel->setText(
        tr("Risk %1 → residual %2 (%3).")
            .arg(
                assess::RiskMatrix::riskLevelTitle(assess::RiskMatrix::riskLevel(c->severity, c->likelihood)),
                assess::RiskMatrix::riskLevelTitle(assess::RiskMatrix::riskLevel(rs, rl)), levels(rs, rl)));
    if (m_rationale->toPlainText() != c->rationale) m_rationale->setPlainText(c->rationale);
    m_owner->setText(c->owner);
    m_updating = false;
}

void RiskMatrixView::selectCell(const QString& threat, const QString& stage)
{
    const auto threats = assess::RiskMatrix::threats();
    const auto stages = assess::RiskMatrix::stages();
    for (int r = 0; r < int(threats.size()); ++r)
        for (int col = 0; col < int(stages.size()); ++col)
            if (threats[std::size_t(r)].id == threat && stages[std::size_t(col)].id == stage)
                m_table->setCurrentCell(r, col);
}

void RiskMatrixView::setLevels(int severity, int likelihood)
{
    const auto [threat, stage] = selected();
    const assess::MatrixCell* c = m_model.assessment().cell(threat, stage);
    if (!c || (c->severity == severity && c->likelihood == likelihood)) return;
    m_model.edit(tr("Risk of %1 at %2")
                     .arg(assess::RiskMatrix::threatTitle(threat), assess::RiskMatrix::stageTitle(stage)),
                 [&](assess::Assessment& a) {
                     a.cell(threat, stage)->severity = severity;
                     a.cell(threat, stage)->likelihood = likelihood;
                 });
}

void RiskMatrixView::setControl(const QString& control, bool on)
{
    const auto [threat, stage] = selected();
    const assess::MatrixCell* c = m_model.assessment().cell(threat, stage);
    if (!c || c->controls.contains(control) == on) return;
    m_model.edit(tr("Control %1").arg(control), [&](assess::Assessment& a) {
        QStringList& controls = a.cell(threat, stage)->controls;
        if (on)
            controls << control;
        else
            controls.removeAll(control);
    });
}

void RiskMatrixView::setRationale(const QString& rationale)
{
    const auto [threat, stage] = selected();
    const assess::MatrixCell* c = m_model.assessment().cell(threat, stage);
    if (!c || c->rationale == rationale) return;
    m_model.edit(tr("Rationale"),
                 [&](assess::Assessment& a) { a.cell(threat, stage)->rationale = rationale; });
}

void RiskMatrixView::suggestFromEvidence()
{
    m_model.edit(tr("Suggestions from evidence"),
                 [&](assess::Assessment& a) { a.suggestFromProject(m_model.store()); });
}

void RiskMatrixView::setThresholds(const assess::LikelihoodThresholds& thresholds)
{
    m_model.edit(tr("Likelihood thresholds"), [&](assess::Assessment& a) {
        a.thresholds = thresholds;
        a.suggestFromProject(m_model.store());
    });
}

void RiskMatrixView::editThresholds()
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Likelihood Thresholds"));
    const assess::LikelihoodThresholds current = m_model.assessment().thresholds;
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Upper bound of"), dialog), 0, 0);
    for (int level = 0; level < 3; ++level)
        grid->addWidget(new QLabel(QStringLiteral("L%1").arg(level + 1), dialog), 0, level + 1);
    struct Row
    {
        QString title;
        const double* values;
        int decimals;
        double maximum;
    };
    const Row rows[] = {
        {tr("TPR at 0.1% FPR"), current.tprAtLowFpr, 4, 1.0},
        {tr("AUC"), current.auc, 3, 1.0},
        {tr("Empirical epsilon"), current.epsilonLowerBound, 2, 50.0},
        {tr("Attribute inference: individual leakage"), current.attributeLeakage, 3, 1.0},
        {tr("Memorisation: excess canary exposure (bits)"), current.canaryExcessBits, 2, 64.0},
        {tr("Memorisation: members memorised beyond chance, excess share"), current.memorisedExcessShare, 3,
         1.0},
        {tr("Reconstruction: columns recovered beyond the baseline"), current.reconstructionAdvantage, 3,
         1.0}};
    auto boxes = std::make_shared<std::vector<QDoubleSpinBox*>>();
    constexpr int kRows = int(std::size(rows));
    for (int r = 0; r < kRows; ++r) {
        grid->addWidget(new QLabel(rows[r].title, dialog), r + 1, 0);
        for (int level = 0; level < 3; ++level) {
            auto* box = new QDoubleSpinBox(dialog);
            box->setDecimals(rows[r].decimals);
            box->setRange(0.0, rows[r].maximum);
            box->setSingleStep(std::pow(10.0, -rows[r].decimals + 1));
            box->setValue(rows[r].values[level]);
            grid->addWidget(box, r + 1, level + 1);
            boxes->push_back(box);
        }
    }
    auto* dpEpsilon = new QDoubleSpinBox(dialog);
    dpEpsilon->setRange(0.0, 50.0);
    dpEpsilon->setValue(current.dpEpsilonForL1);
    grid->addWidget(new QLabel(tr("DP epsilon giving L1:"), dialog), kRows + 1, 0);
    grid->addWidget(dpEpsilon, kRows + 1, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(
        tr("PrivAudit's defaults are not regulatory values; the thresholds used are printed in every "
           "export and in the report."),
        dialog));
    layout->addLayout(grid);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, boxes, dpEpsilon] {
        assess::LikelihoodThresholds t;
        for (int level = 0; level < 3; ++level) {
            t.tprAtLowFpr[level] = (*boxes)[std::size_t(level)]->value();
            t.auc[level] = (*boxes)[std::size_t(3 + level)]->value();
            t.epsilonLowerBound[level] = (*boxes)[std::size_t(6 + level)]->value();
            t.attributeLeakage[level] = (*boxes)[std::size_t(9 + level)]->value();
            t.canaryExcessBits[level] = (*boxes)[std::size_t(12 + level)]->value();
            t.memorisedExcessShare[level] = (*boxes)[std::size_t(15 + level)]->value();
            t.reconstructionAdvantage[level] = (*boxes)[std::size_t(18 + level)]->value();
        }
        t.dpEpsilonForL1 = dpEpsilon->value();
        dialog->accept();
        setThresholds(t);
    });
    dialog->open();
}

void RiskMatrixView::showResidual(bool residual)
{
    m_residual->setChecked(residual);
}

} // namespace privaudit::ui
