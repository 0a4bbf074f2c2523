#include "RunConfigDialog.h"

#include "attack/AttackCatalogue.h"
#include "attack/inversion/InformedReconstruction.h"
#include "data/DemoData.h"
#include "dp/MechanismHistory.h"
#include "dp/RdpAccountant.h"
#include "model/ModelSpec.h"

#include <algorithm>
#include <cmath>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace privaudit::ui {

RunConfigDialog::RunConfigDialog(const project::ProjectStore& store, int defaultSeed,
                                 int defaultReferenceModels, QWidget* parent)
    : QDialog(parent), m_dataset(new QComboBox(this)), m_memberRows(new QSpinBox(this)),
      m_train(new QRadioButton(tr("Train here"), this)),
      m_torchScript(new QRadioButton(tr("TorchScript model"), this)),
      m_predictions(new QRadioButton(tr("Predictions file"), this)),
      m_modelSpec(new QLineEdit(QStringLiteral("mlp:64,64"), this)), m_file(new QLineEdit(this)),
      m_epochs(new QSpinBox(this)), m_batch(new QSpinBox(this)), m_lr(new QDoubleSpinBox(this)),
      m_dp(new QCheckBox(tr("Train with DP-SGD"), this)), m_sigma(new QDoubleSpinBox(this)),
      m_clip(new QDoubleSpinBox(this)), m_delta(new QLineEdit(QStringLiteral("1e-5"), this)),
      m_epsilon(new QLabel(this)), m_references(new QSpinBox(this)), m_cost(new QLabel(this)),
      m_seed(new QSpinBox(this)), m_name(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("runConfigDialog"));
    m_modelSpec->setObjectName(QStringLiteral("modelSpec"));
    m_train->setObjectName(QStringLiteral("targetTrain"));
    m_torchScript->setObjectName(QStringLiteral("targetTorchScript"));
    m_predictions->setObjectName(QStringLiteral("targetPredictions"));
    setWindowTitle(tr("New Membership-Inference Run"));
    // The project's datasets with a label (imported through the wizard, or used by earlier runs).
    if (const auto datasets = store.datasets())
        for (const auto& d : *datasets) {
            DatasetChoice choice;
            choice.id = d.id;
            choice.name = d.name;
            choice.path = d.path;
            choice.rows = d.rows;
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(d.schemaJson).object().value(QStringLiteral("columns")).toArray()) {
                const QJsonObject c = v.toObject();
                const QString name = c.value(QStringLiteral("name")).toString();
                const QString role = c.value(QStringLiteral("role")).toString();
                const QString type = c.value(QStringLiteral("type")).toString();
                choice.types.insert(name, type);
                if (role == QLatin1String("label")) {
                    choice.label = name;
                    continue;
                }
                choice.roles.insert(name, role);
                if (role == QLatin1String("feature") || role == QLatin1String("sensitive"))
                    choice.encodedWidth +=
                        type == QLatin1String("numeric")
                            ? 1 + (c.value(QStringLiteral("missing")).toInteger() > 0 ? 1 : 0)
                            : int(c.contains(QStringLiteral("distinct"))
                                      ? c.value(QStringLiteral("distinct")).toInteger()
                                      : c.value(QStringLiteral("categories")).toArray().size()) +
                                  1;
            }
            if (choice.label.isEmpty()) continue;
            m_datasets.push_back(choice);
            m_dataset->addItem(
                tr("%1 (%2 rows, label %3)").arg(project::builtInText(d.name)).arg(d.rows).arg(choice.label),
                qint64(d.id));
        }
    m_dataset->addItem(tr("Built-in demo: synthetic patient records"), qint64(0));
    m_memberRows->setRange(10, 100000000);
    m_memberRows->setToolTip(
        tr("Training (member) rows; as many non-members are held out (default: 40% of the rows, as "
           "in the CLI)"));
    m_error->setObjectName(QStringLiteral("runConfigError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_epochs->setRange(1, 10000);
    m_batch->setRange(1, 1000000);
    m_lr->setDecimals(5);
    m_lr->setRange(1e-5, 10);
    applyRecipe(model::TrainingConfig::recommended(false));
    m_sigma->setDecimals(3);
    m_sigma->setRange(0.1, 100);
    m_sigma->setValue(1.0);
    m_encoderEpsilon = new QDoubleSpinBox(this);
    m_encoderEpsilon->setObjectName(QStringLiteral("encoderEpsilon"));
    m_encoderEpsilon->setDecimals(3);
    m_encoderEpsilon->setRange(0.0, 10.0);
    m_encoderEpsilon->setSingleStep(0.05);
    m_encoderEpsilon->setSpecialValueText(tr("none (fit on the rows outside training)"));
    m_encoderEpsilon->setToolTip(
        tr("Estimate the encoder's categories and scaling from the training rows with this epsilon (DP "
           "quantiles and noisy category counts); it adds to the run's epsilon. None: fit the encoder on the "
           "rows outside training, which costs no epsilon (the default)."));
    m_clip->setRange(0.01, 100);
    m_clip->setValue(1.0);
    m_references->setRange(1, 1024);
    m_references->setValue(defaultReferenceModels);
    m_seed->setRange(0, 2147483647);
    m_seed->setValue(defaultSeed);
    m_train->setChecked(true);
    m_name->setPlaceholderText(tr("Run name (optional)"));
    m_epsilon->setObjectName(QStringLiteral("epsilonReadout"));
    m_epsilon->setWordWrap(true);
    m_cost->setObjectName(QStringLiteral("costEstimate"));

    auto* dataBox = new QGroupBox(tr("Data"), this);
    auto* dataForm = new QFormLayout(dataBox);
    dataForm->addRow(tr("Dataset:"), m_dataset);
    dataForm->addRow(tr("Training rows:"), m_memberRows);
    auto* target = new QGroupBox(tr("Target model"), this);
    auto* targetForm = new QFormLayout(target);
    auto* kinds = new QHBoxLayout;
    kinds->addWidget(m_train);
    kinds->addWidget(m_torchScript);
    kinds->addWidget(m_predictions);
    targetForm->addRow(kinds);
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    targetForm->addRow(tr("Model (train here; also the reference models):"), m_modelSpec);
    targetForm->addRow(tr("File:"), fileRow);
    m_sandboxNote =
        new QLabel(tr("A TorchScript file is code. PrivAudit runs it only in a separate, sandboxed process: "
                      "no file system, no network, no new processes, bounded memory and a time limit per "
                      "batch; its printed output is captured, not shown. The sandbox cannot make the model's "
                      "outputs honest: a model that behaves differently outside the audit is not detected."),
                   this);
    m_sandboxNote->setObjectName(QStringLiteral("sandboxNote"));
    m_sandboxNote->setWordWrap(true);
    m_sandboxNote->setVisible(false);
    targetForm->addRow(m_sandboxNote);
    targetForm->addRow(tr("Epochs:"), m_epochs);
    targetForm->addRow(tr("Batch size:"), m_batch);
    targetForm->addRow(tr("Learning rate:"), m_lr);
    auto* dp = new QGroupBox(tr("Differential privacy"), this);
    auto* dpForm = new QFormLayout(dp);
    dpForm->addRow(m_dp);
    dpForm->addRow(tr("Noise multiplier σ:"), m_sigma);
    dpForm->addRow(tr("Clipping norm C:"), m_clip);
    dpForm->addRow(tr("Delta:"), m_delta);
    dpForm->addRow(tr("Encoder epsilon:"), m_encoderEpsilon);
    dpForm->addRow(m_epsilon);
    auto* attacks = new QGroupBox(tr("Attacks"), this);
    auto* attackGrid = new QGridLayout(attacks);
    int k = 0;
    for (const QString& a : attack::AttackCatalogue::names()) {
        auto* box = new QCheckBox(attack::AttackCatalogue::title(a), this);
        box->setToolTip(a);
        box->setObjectName(QStringLiteral("attack_") + a);
        box->setChecked(attack::AttackCatalogue::defaults().contains(a));
        connect(box, &QCheckBox::toggled, this, &RunConfigDialog::update);
        m_attacks[a] = box;
        attackGrid->addWidget(box, k / 4, k % 4);
        ++k;
    }
    attackGrid->addWidget(new QLabel(tr("Reference models:"), this), k / 4 + 1, 0);
    attackGrid->addWidget(m_references, k / 4 + 1, 1);
    attackGrid->addWidget(m_cost, k / 4 + 2, 0, 1, 4);
    m_attacksBox = attacks;
    // What the job measures: membership attacks on the target, or a one-run audit of its DP training.
    auto* evaluation = new QGroupBox(tr("Evaluation"), this);
    auto* evaluationRow = new QHBoxLayout(evaluation);
    m_membership = new QRadioButton(tr("Membership attacks"), this);
    m_audit = new QRadioButton(tr("One-run DP audit (Steinke et al. 2023)"), this);
    m_membership->setObjectName(QStringLiteral("evaluationMembership"));
    m_audit->setObjectName(QStringLiteral("evaluationAudit"));
    m_audit->setToolTip(tr("Trains the target once with canaries added at random and measures an empirical "
                           "epsilon lower bound to hold against the accountant's epsilon."));
    m_attribute = new QRadioButton(tr("Attribute inference"), this);
    m_attribute->setObjectName(QStringLiteral("evaluationAttribute"));
    m_attribute->setToolTip(
        tr("Infers a sensitive input column from the other columns and the model's answers, "
           "against an imputation baseline without model access (Jayaraman & Evans 2022)."));
    m_canary = new QRadioButton(tr("Canary exposure"), this);
    m_canary->setObjectName(QStringLiteral("evaluationCanary"));
    m_canary->setToolTip(tr("Trains the recipe once with secret canary rows inserted 1, 10 or 100 times and "
                            "ranks each among never-inserted canaries: how much the recipe memorises a row "
                            "(Carlini et al. 2019)."));
    m_reconstruction = new QRadioButton(tr("Reconstruction"), this);
    m_reconstruction->setObjectName(QStringLiteral("evaluationReconstruction"));
    m_reconstruction->setToolTip(tr("An adversary who knows every training row but one recovers it from a "
                                    "logistic regression or a small tanh MLP (Balle, Cherubin & Hayes 2022), "
                                    "against the guess that needs no model."));
    m_inversion = new QRadioButton(tr("Model inversion"), this);
    m_inversion->setObjectName(QStringLiteral("evaluationInversion"));
    m_inversion->setToolTip(tr("MI-Face (Fredrikson et al. 2015): the row the model is most confident of for "
                               "each class; a leak only where it sits nearer training rows than held-out "
                               "ones."));
    m_membership->setChecked(true);
    evaluationRow->addWidget(m_membership);
    evaluationRow->addWidget(m_audit);
    evaluationRow->addWidget(m_attribute);
    evaluationRow->addWidget(m_canary);
    evaluationRow->addWidget(m_reconstruction);
    evaluationRow->addWidget(m_inversion);
    evaluationRow->addStretch(1);
    auto* auditBox = new QGroupBox(tr("One-run audit"), this);
    auto* auditForm = new QFormLayout(auditBox);
    m_canaries = new QSpinBox(this);
    m_canaries->setObjectName(QStringLiteral("auditCanaries"));
    m_canaries->setRange(2, 10000000);
    m_canaries->setValue(1000);
    m_canaries->setToolTip(tr("Records from the population pool (rows neither trained on nor held out), "
                              "each added to the training set with probability 1/2, with a wrong label."));
    m_guesses = new QSpinBox(this);
    m_guesses->setObjectName(QStringLiteral("auditGuesses"));
    m_guesses->setRange(2, 10000000);
    m_guesses->setValue(200);
    m_guesses->setToolTip(tr("Half are guessed IN (the highest scores), half OUT (the lowest)."));
    auditForm->addRow(tr("Canaries:"), m_canaries);
    auditForm->addRow(tr("Guesses:"), m_guesses);
    m_auditBox = auditBox;
    auditBox->setVisible(false);
    for (QSpinBox* box : {m_canaries, m_guesses})
        connect(box, &QSpinBox::valueChanged, this, &RunConfigDialog::update);
    QWidget* attributeBox = makeAttributeBox();
    QWidget* canaryBox = makeCanaryBox();
    QWidget* inversionBoxes = makeInversionBox();
    for (QRadioButton* choice : {m_membership, m_audit, m_attribute, m_canary, m_reconstruction, m_inversion})
        connect(choice, &QRadioButton::toggled, this, [this](bool on) {
            if (on) evaluationChanged();
        });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("runConfigButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* seedRow = new QFormLayout;
    seedRow->addRow(tr("Seed:"), m_seed);
    seedRow->addRow(tr("Name:"), m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(evaluation);
    layout->addWidget(dataBox);
    layout->addWidget(target);
    layout->addWidget(dp);
    layout->addWidget(attacks);
    layout->addWidget(auditBox);
    layout->addWidget(attributeBox);
    layout->addWidget(canaryBox);
    layout->addWidget(inversionBoxes);
    layout->addLayout(seedRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Target Model"), QString(),
            m_predictions->isChecked() ? tr("Predictions (*.csv)") : tr("TorchScript (*.pt *.pth)"));
        if (!path.isEmpty()) m_file->setText(path);
    });
    for (QSpinBox* s : {m_memberRows, m_epochs, m_batch, m_references})
        connect(s, &QSpinBox::valueChanged, this, &RunConfigDialog::update);
    for (QDoubleSpinBox* s : {m_sigma, m_clip, m_lr, m_encoderEpsilon})
        connect(s, &QDoubleSpinBox::valueChanged, this, &RunConfigDialog::update);
    for (QRadioButton* r : {m_train, m_torchScript, m_predictions})
        connect(r, &QRadioButton::toggled, this, &RunConfigDialog::update);
    connect(m_dp, &QCheckBox::toggled, this, &RunConfigDialog::update);
    // Switching DP on or off, or changing the training rows, switches the recipe to the measured default
    // for them, unless the user has changed epochs, batch or learning rate from the default shown.
    connect(m_dp, &QCheckBox::toggled, this, &RunConfigDialog::followRecipe);
    connect(m_memberRows, &QSpinBox::valueChanged, this, &RunConfigDialog::followRecipe);
    connect(m_delta, &QLineEdit::textChanged, this, &RunConfigDialog::update);
    connect(m_dataset, &QComboBox::currentIndexChanged, this, &RunConfigDialog::datasetChanged);
    datasetChanged();
}

namespace {
constexpr qint64 kDemoRows = 20000; // data::DemoData::patients()'s default size
constexpr int kDemoWidth = 40;      // its encoded width, the cost model's reference
} // namespace

void RunConfigDialog::datasetChanged()
{
    // Defaults that fit the data: 40% of the rows train the target (the CLI's default), and a split
    // never asks for more rows than exist (members plus held-out non-members, at most 80%).
    const qint64 id = m_dataset->currentData().toLongLong();
    qint64 rows = kDemoRows;
    for (const DatasetChoice& d : m_datasets)
        if (d.id == id) rows = d.rows;
    m_memberRows->setMaximum(int(std::clamp<qint64>(rows * 4 / 5, 10, 100000000)));
    m_memberRows->setValue(int(std::clamp<qint64>(rows * 2 / 5, 10, m_memberRows->maximum())));
    fillAttributeColumns();
    update();
}

QWidget* RunConfigDialog::makeAttributeBox()
{
    auto* box = new QGroupBox(tr("Attribute inference"), this);
    auto* form = new QFormLayout(box);
    m_attributeColumn = new QComboBox(this);
    m_attributeColumn->setObjectName(QStringLiteral("attributeColumn"));
    m_attributeColumn->setToolTip(tr("The input column the attacker tries to infer; columns with the role "
                                     "sensitive come first."));
    m_attributeCandidates = new QSpinBox(this);
    m_attributeCandidates->setObjectName(QStringLiteral("attributeCandidates"));
    m_attributeCandidates->setRange(10, 10000000);
    m_attributeCandidates->setValue(2500);
    m_attributeCandidates->setToolTip(tr("At most this many members and as many non-members are attacked."));
    m_attributeTolerance = new QDoubleSpinBox(this);
    m_attributeTolerance->setObjectName(QStringLiteral("attributeTolerance"));
    m_attributeTolerance->setDecimals(3);
    m_attributeTolerance->setRange(0.0, 9.999);
    m_attributeTolerance->setSingleStep(0.05);
    m_attributeTolerance->setValue(0.1);
    m_attributeTolerance->setToolTip(
        tr("Numeric column: a guess within this share of the true value is right."));
    form->addRow(tr("Column to infer:"), m_attributeColumn);
    form->addRow(tr("Candidates per side:"), m_attributeCandidates);
    form->addRow(tr("Numeric tolerance:"), m_attributeTolerance);
    form->addRow(new QLabel(tr("Every attack runs: imputation baseline, marginal prior, CSMIA, label only, "
                               "black-box attack model, membership-based (two reference models)."),
                            this));
    m_attributeBox = box;
    box->setVisible(false);
    connect(m_attributeColumn, &QComboBox::currentIndexChanged, this, &RunConfigDialog::update);
    return box;
}

void RunConfigDialog::fillAttributeColumns()
{
    if (!m_attributeColumn) return;
    const QString previous = m_attributeColumn->currentText();
    QStringList sensitive, features;
    const qint64 id = m_dataset->currentData().toLongLong();
    if (id == 0) {
        const data::DataTable demo = data::DemoData::patients(50);
        for (std::size_t c = 0; c < demo.columnCount(); ++c) {
            const auto& column = demo.column(c);
            if (column.role == data::ColumnRole::Sensitive) sensitive << column.name;
            if (column.role == data::ColumnRole::Feature) features << column.name;
        }
    } else {
        for (const DatasetChoice& d : m_datasets)
            if (d.id == id)
                for (auto it = d.roles.begin(); it != d.roles.end(); ++it) {
                    if (it.value() == QLatin1String("sensitive")) sensitive << it.key();
                    if (it.value() == QLatin1String("feature")) features << it.key();
                }
    }
    m_attributeColumn->clear();
    m_attributeColumn->addItems(sensitive + features);
    if (const int at = m_attributeColumn->findText(previous); at >= 0) m_attributeColumn->setCurrentIndex(at);
}

QStringList RunConfigDialog::attributeColumns() const
{
    QStringList out;
    for (int i = 0; i < m_attributeColumn->count(); ++i)
        out << m_attributeColumn->itemText(i);
    return out;
}

QWidget* RunConfigDialog::makeInversionBox()
{
    auto* holder = new QWidget(this);
    auto* column = new QVBoxLayout(holder);
    column->setContentsMargins(0, 0, 0, 0);
    auto* reconstruction = new QGroupBox(tr("Informed reconstruction"), holder);
    auto* form = new QFormLayout(reconstruction);
    m_reconstructionTargets = new QSpinBox(this);
    m_reconstructionTargets->setObjectName(QStringLiteral("reconstructionTargets"));
    m_reconstructionTargets->setRange(1, 1000);
    m_reconstructionTargets->setValue(20);
    m_reconstructionTargets->setToolTip(tr("Rows reconstructed, each missing from its own training."));
    m_reconstructionKnown = new QSpinBox(this);
    m_reconstructionKnown->setObjectName(QStringLiteral("reconstructionKnownRows"));
    m_reconstructionKnown->setRange(1, 100000);
    m_reconstructionKnown->setValue(199);
    m_reconstructionKnown->setToolTip(tr("Training rows the adversary knows; the model trains on them plus "
                                         "the missing row."));
    form->addRow(tr("Rows to reconstruct:"), m_reconstructionTargets);
    form->addRow(tr("Rows the adversary knows:"), m_reconstructionKnown);
    reconstruction->setVisible(false);
    m_reconstructionBox = reconstruction;
    auto* inversion = new QGroupBox(tr("MI-Face model inversion"), holder);
    auto* inversionForm = new QFormLayout(inversion);
    m_inversionRestarts = new QSpinBox(this);
    m_inversionRestarts->setObjectName(QStringLiteral("inversionRestarts"));
    m_inversionRestarts->setRange(1, 1000);
    m_inversionRestarts->setValue(5);
    m_inversionRestarts->setToolTip(tr("Representatives per class: from the average row, then from random "
                                       "starts."));
    inversionForm->addRow(tr("Starts per class:"), m_inversionRestarts);
    inversion->setVisible(false);
    m_inversionBox = inversion;
    column->addWidget(reconstruction);
    column->addWidget(inversion);
    for (QSpinBox* box : {m_reconstructionTargets, m_reconstructionKnown, m_inversionRestarts})
        connect(box, &QSpinBox::valueChanged, this, &RunConfigDialog::update);
    return holder;
}

void RunConfigDialog::setReconstruction(bool on, int targets, int knownRows)
{
    m_reconstructionTargets->setValue(targets);
    m_reconstructionKnown->setValue(knownRows);
    (on ? m_reconstruction : m_membership)->setChecked(true);
}

bool RunConfigDialog::isReconstruction() const
{
    return m_reconstruction && m_reconstruction->isChecked();
}

void RunConfigDialog::setModelInversion(bool on, int restarts)
{
    m_inversionRestarts->setValue(restarts);
    (on ? m_inversion : m_membership)->setChecked(true);
}

bool RunConfigDialog::isModelInversion() const
{
    return m_inversion && m_inversion->isChecked();
}

QWidget* RunConfigDialog::makeCanaryBox()
{
    auto* box = new QGroupBox(tr("Canary exposure"), this);
    auto* form = new QFormLayout(box);
    m_canaryRepetitions = new QLineEdit(QStringLiteral("1, 10, 100"), this);
    m_canaryRepetitions->setObjectName(QStringLiteral("canaryRepetitions"));
    m_canaryRepetitions->setToolTip(tr("How often each secret canary is inserted, one level per count."));
    m_canaryCount = new QSpinBox(this);
    m_canaryCount->setObjectName(QStringLiteral("canaryCount"));
    m_canaryCount->setRange(2, 10000);
    m_canaryCount->setValue(10);
    m_canaryCount->setToolTip(tr("Secret canaries per level, and as many never-inserted controls; 65,536 "
                                 "never-inserted references are drawn beside them."));
    form->addRow(tr("Repetitions:"), m_canaryRepetitions);
    form->addRow(tr("Canaries per level:"), m_canaryCount);
    box->setVisible(false);
    m_canaryBox = box;
    connect(m_canaryRepetitions, &QLineEdit::textChanged, this, &RunConfigDialog::update);
    connect(m_canaryCount, &QSpinBox::valueChanged, this, &RunConfigDialog::update);
    return box;
}

void RunConfigDialog::setCanaryExposure(bool on, const QString& repetitions, int canaries)
{
    m_canaryRepetitions->setText(repetitions);
    m_canaryCount->setValue(canaries);
    (on ? m_canary : m_membership)->setChecked(true);
}

bool RunConfigDialog::isCanaryExposure() const
{
    return m_canary && m_canary->isChecked();
}

void RunConfigDialog::evaluationChanged()
{
    const bool audit = isAudit(), attribute = isAttributeInference(), canary = isCanaryExposure();
    const bool reconstruction = isReconstruction(), inversion = isModelInversion();
    // They train their own target.
    if (audit || canary || reconstruction || inversion) m_train->setChecked(true);
    if (attribute && m_predictions->isChecked()) m_train->setChecked(true); // it queries the model
    // The informed adversary needs a logistic regression or a tanh MLP: anything else becomes logreg.
    if (reconstruction) {
        const auto spec = model::ModelSpec::parse(m_modelSpec->text());
        if (!spec || !attack::InformedReconstruction::unsupported(*spec).isEmpty())
            m_modelSpec->setText(QStringLiteral("logreg"));
    }
    m_attacksBox->setVisible(!audit && !attribute && !canary && !reconstruction && !inversion);
    m_auditBox->setVisible(audit);
    m_attributeBox->setVisible(attribute);
    m_canaryBox->setVisible(canary);
    m_reconstructionBox->setVisible(reconstruction);
    m_inversionBox->setVisible(inversion);
    setWindowTitle(audit            ? tr("New One-Run Audit")
                   : attribute      ? tr("New Attribute-Inference Run")
                   : canary         ? tr("New Canary-Exposure Run")
                   : reconstruction ? tr("New Reconstruction Run")
                   : inversion      ? tr("New Model-Inversion Run")
                                    : tr("New Membership-Inference Run"));
    if (auto* box = findChild<QDialogButtonBox*>(QStringLiteral("runConfigButtons")))
        box->button(QDialogButtonBox::Ok)->setText(audit ? tr("Start Audit") : tr("Start Run"));
    update();
}

void RunConfigDialog::setAttributeInference(bool on, const QString& column, int candidates)
{
    m_attributeCandidates->setValue(candidates);
    (on ? m_attribute : m_membership)->setChecked(true);
    if (!column.isEmpty()) m_attributeColumn->setCurrentIndex(m_attributeColumn->findText(column));
}

bool RunConfigDialog::isAttributeInference() const
{
    return m_attribute && m_attribute->isChecked();
}

int RunConfigDialog::memberRows() const
{
    return m_memberRows->value();
}

int RunConfigDialog::maximumMemberRows() const
{
    return m_memberRows->maximum();
}

QString RunConfigDialog::validationText() const
{
    if (!m_train->isChecked()) {
        const QFileInfo file(m_file->text());
        if (m_file->text().trimmed().isEmpty())
            return tr("Choose the %1 file.")
                .arg(m_torchScript->isChecked() ? tr("TorchScript") : tr("predictions"));
        if (!file.isFile()) return tr("The file '%1' does not exist.").arg(m_file->text());
        if (!file.isReadable()) return tr("The file '%1' cannot be read.").arg(m_file->text());
    }
    if (const auto model = model::ModelSpec::parse(m_modelSpec->text()); !model)
        return tr("Model: %1").arg(model.error());
    bool deltaOk = false;
    const double delta = m_delta->text().toDouble(&deltaOk);
    if (m_train->isChecked() && m_dp->isChecked() && (!deltaOk || !(delta > 0 && delta < 1)))
        return tr("Delta must be a number between 0 and 1.");
    if (!isAudit() && !isAttributeInference() && !isCanaryExposure() && !isReconstruction() &&
        !isModelInversion() && selectedAttacks().isEmpty())
        return tr("Choose at least one attack.");
    if (isCanaryExposure()) {
        const QStringList parts = m_canaryRepetitions->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        bool ok = !parts.isEmpty();
        for (const QString& part : parts) {
            bool isNumber = false;
            const int r = part.trimmed().toInt(&isNumber);
            ok = ok && isNumber && r >= 1 && r <= 10000;
        }
        if (!ok)
            return tr(
                "Repetitions: whole numbers from 1 to 10000 separated by commas, for example 1, 10, 100.");
    }
    if (isAttributeInference() && m_attributeColumn->currentText().isEmpty())
        return tr("Choose the column to infer: the dataset has no input column besides the label.");
    if (isAudit() && m_guesses->value() > m_canaries->value())
        return tr("The number of guesses cannot exceed the number of canaries.");
    const qint64 id = m_dataset->currentData().toLongLong();
    for (const DatasetChoice& d : m_datasets)
        if (d.id == id && !QFileInfo(d.path).isFile())
            return tr("The dataset's file '%1' is no longer there; import it again.").arg(d.path);
    if (const auto made = spec(); !made) return made.error();
    return {};
}

void RunConfigDialog::accept()
{
    const QString problem = validationText();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty()) QDialog::accept();
}

void RunConfigDialog::update()
{
    const bool train = m_train->isChecked();
    const bool audit = isAudit();
    const bool trainsHere = audit || isCanaryExposure() || isReconstruction() || isModelInversion();
    m_torchScript->setEnabled(!trainsHere);
    m_predictions->setEnabled(!trainsHere && !isAttributeInference());
    m_file->setEnabled(!train);
    if (m_sandboxNote->isVisibleTo(this) != m_torchScript->isChecked()) {
        m_sandboxNote->setVisible(m_torchScript->isChecked());
        // The wrapped note needs several lines: grow the dialog to the height its layout needs at this width.
        QTimer::singleShot(0, this, [this] {
            if (!layout()) return;
            layout()->activate();
            const int wanted =
                layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
            if (wanted > height()) resize(width(), wanted);
        });
    }
    m_dp->setEnabled(train);
    for (QWidget* w : std::initializer_list<QWidget*>{m_sigma, m_clip, m_delta})
        w->setEnabled(train && m_dp->isChecked());
    // The one-run audit measures DP-SGD alone (its spec refuses encoder estimates).
    m_encoderEpsilon->setEnabled(train && m_dp->isChecked() && !isAudit());
    // Live epsilon (RDP accountant on this thread: tens of microseconds).
    bool deltaOk = false;
    const double delta = m_delta->text().toDouble(&deltaOk);
    const dp::SgdSchedule schedule =
        dp::sgdSchedule(m_memberRows->value(), m_batch->value(), m_epochs->value());
    const double q = schedule.samplingRate;
    const auto steps = schedule.steps;
    if (!train || !m_dp->isChecked()) {
        m_epsilon->setText(tr("No differential privacy: epsilon is infinite."));
    } else if (!deltaOk || !(delta > 0 && delta < 1)) {
        m_epsilon->setText(tr("Delta must be a number between 0 and 1."));
    } else {
        const dp::RdpAccountant accountant;
        const auto eps = dp::RdpAccountant::epsilonFromRdp(
            accountant.orders(),
            accountant.rdp(dp::MechanismHistory::poissonGaussian(q, m_sigma->value(), steps)), delta);
        m_epsilon->setText(tr("Epsilon = %1 at delta = %2 (RDP; q = %3, %4 steps).")
                               .arg(QLocale().toString(eps.epsilon, 'f', 3))
                               .arg(QLocale().toString(delta, 'g', 3))
                               .arg(QLocale().toString(q, 'g', 4))
                               .arg(steps));
        if (m_encoderEpsilon->isEnabled() && m_encoderEpsilon->value() > 0.0)
            m_epsilon->setText(m_epsilon->text() + QLatin1Char(' ') +
                               tr("With the encoder's DP estimates the run's total is epsilon = %1.")
                                   .arg(QLocale().toString(eps.epsilon + m_encoderEpsilon->value(), 'f', 3)));
    }
    if (train) {
        // Recipes that cannot learn, and delta >= 1/n, are named before anything runs (the run is still
        // allowed).
        model::TrainingConfig recipe;
        recipe.batchSize = m_batch->value();
        recipe.epochs = m_epochs->value();
        recipe.learningRate = m_lr->value();
        recipe.dp = m_dp->isChecked();
        recipe.delta = deltaOk ? delta : recipe.delta;
        const QStringList warnings = recipe.warnings(m_memberRows->value());
        if (!warnings.isEmpty())
            m_epsilon->setText(m_epsilon->text() + QStringLiteral("\n⚠ ") +
                               warnings.join(QStringLiteral("\n⚠ ")));
    }
    // Cost: one model for the target plus the reference models, trained side by side on the cores.
    const bool references = !audit && attack::AttackCatalogue::anyNeedsReferenceModels(selectedAttacks());
    // Attribute inference: the imputation baseline, the black-box attack model and two reference models.
    // Canary exposure: the labelling model (the recipe without canaries) beside the target.
    const int models = (train ? 1 : 0) + (isAttributeInference() ? 4
                                          : isCanaryExposure()   ? 1
                                          : references           ? m_references->value()
                                                                 : 0);
    // A step's cost grows with the batch and with the network's multiply-adds, which the encoded input
    // width dominates for wide one-hot inputs (a case-number column made a "3 s" run take 7 minutes).
    int width = kDemoWidth;
    for (const DatasetChoice& d : m_datasets)
        if (d.id == m_dataset->currentData().toLongLong()) width = std::max(1, d.encodedWidth);
    const auto flops = [](int inputs, const QString& modelText) {
        const auto parsed = model::ModelSpec::parse(modelText);
        double total = 0.0;
        int previous = inputs;
        if (parsed)
            for (int h : parsed->hiddenWidths) {
                total += double(previous) * h;
                previous = h;
            }
        return total + double(previous) * 2.0;
    };
    const double widthFactor =
        std::max(1.0, flops(width, m_modelSpec->text()) / flops(kDemoWidth, QStringLiteral("mlp:64,64")));
    const double secondsPerStep = (m_dp->isChecked() && train ? 0.004 : 0.0025) *
                                  std::max(1.0, double(m_batch->value()) / 256.0) * widthFactor;
    const double cores = std::max(1, QThread::idealThreadCount());
    const double seconds =
        double(models) * double(steps) * secondsPerStep / std::min(cores, double(std::max(1, models)));
    m_cost->setText(models == 0    ? tr("No training: threshold attacks only (seconds).")
                    : seconds < 90 ? tr("%1 models to train, about %2 s (estimate).")
                                         .arg(models)
                                         .arg(std::max(1.0, std::round(seconds)))
                                   : tr("%1 models to train, about %2 minutes (estimate).")
                                         .arg(models)
                                         .arg(std::round(seconds / 60.0)));
}

QString RunConfigDialog::epsilonText() const
{
    return m_epsilon->text();
}

QString RunConfigDialog::costText() const
{
    return m_cost->text();
}

void RunConfigDialog::applyRecipe(const model::TrainingConfig& recipe)
{
    m_offered = recipe;
    m_epochs->setValue(recipe.epochs);
    m_batch->setValue(recipe.batchSize);
    m_lr->setValue(recipe.learningRate);
}

void RunConfigDialog::followRecipe()
{
    if (m_epochs->value() == m_offered.epochs && m_batch->value() == m_offered.batchSize &&
        std::fabs(m_lr->value() - m_offered.learningRate) < 1e-12)
        applyRecipe(model::TrainingConfig::recommended(m_dp->isChecked(), m_memberRows->value()));
}

void RunConfigDialog::setDp(bool on, double noiseMultiplier)
{
    m_dp->setChecked(on);
    m_sigma->setValue(noiseMultiplier);
}

void RunConfigDialog::setEpochs(int epochs)
{
    m_epochs->setValue(epochs);
}

void RunConfigDialog::setMemberRows(int rows)
{
    m_memberRows->setValue(rows);
}

QStringList RunConfigDialog::selectedAttacks() const
{
    QStringList out; // in catalogue order, whatever order the boxes were ticked in
    for (const QString& name : attack::AttackCatalogue::names())
        if (const auto it = m_attacks.find(name); it != m_attacks.end() && it->second->isChecked())
            out << name;
    return out;
}

void RunConfigDialog::setAttacks(const QStringList& attacks, int referenceModels)
{
    for (auto& [name, box] : m_attacks)
        box->setChecked(attacks.contains(name));
    m_references->setValue(referenceModels);
}

void RunConfigDialog::setAudit(bool on, int canaries, int guesses)
{
    m_canaries->setValue(canaries);
    m_guesses->setValue(guesses);
    (on ? m_audit : m_membership)->setChecked(true);
}

bool RunConfigDialog::isAudit() const
{
    return m_audit && m_audit->isChecked();
}

void RunConfigDialog::selectDataset(qint64 datasetId)
{
    m_dataset->setCurrentIndex(std::max(0, m_dataset->findData(datasetId)));
}

Expected<jobs::JobSpec> RunConfigDialog::spec() const
{
    QJsonObject dataset;
    const qint64 id = m_dataset->currentData().toLongLong();
    if (id == 0) {
        dataset = QJsonObject{{QStringLiteral("source"), QStringLiteral("demo")},
                              {QStringLiteral("label"), QStringLiteral("readmitted")}};
    } else {
        for (const DatasetChoice& d : m_datasets)
            if (d.id == id) {
                // The types and roles as imported travel with the spec, so the run reads the file the way
                // the wizard showed it (a label declared categorical stays categorical).
                dataset = QJsonObject{{QStringLiteral("source"), d.path}, {QStringLiteral("label"), d.label}};
                QJsonObject columns;
                for (auto it = d.types.begin(); it != d.types.end(); ++it) {
                    QJsonObject c{{QStringLiteral("type"), it.value()}};
                    if (d.roles.contains(it.key())) c.insert(QStringLiteral("role"), d.roles.value(it.key()));
                    columns.insert(it.key(), c);
                }
                if (!columns.isEmpty()) dataset.insert(QStringLiteral("columns"), columns);
            }
    }
    dataset.insert(QStringLiteral("member_rows"), m_memberRows->value());
    if (m_encoderEpsilon->isEnabled() && m_encoderEpsilon->value() > 0.0)
        dataset.insert(QStringLiteral("encoder_epsilon"), m_encoderEpsilon->value());
    QJsonObject target{{QStringLiteral("kind"), m_train->isChecked()         ? QStringLiteral("train")
                                                : m_torchScript->isChecked() ? QStringLiteral("torchscript")
                                                                             : QStringLiteral("predictions")},
                       {QStringLiteral("model"), m_modelSpec->text()},
                       {QStringLiteral("epochs"), m_epochs->value()},
                       {QStringLiteral("batch_size"), m_batch->value()},
                       {QStringLiteral("learning_rate"), m_lr->value()}};
    if (!m_train->isChecked()) target.insert(QStringLiteral("path"), m_file->text());
    if (m_train->isChecked() && m_dp->isChecked())
        target.insert(QStringLiteral("dp"),
                      QJsonObject{{QStringLiteral("noise_multiplier"), m_sigma->value()},
                                  {QStringLiteral("max_grad_norm"), m_clip->value()},
                                  {QStringLiteral("delta"), m_delta->text().toDouble()}});
    QJsonObject root{{QStringLiteral("schema_version"), jobs::kJobSpecVersion},
                     {QStringLiteral("seed"), m_seed->value()},
                     {QStringLiteral("dataset"), dataset},
                     {QStringLiteral("target"), target}};
    if (isAudit()) {
        root.insert(QStringLiteral("kind"), project::runKindName(project::RunKind::OneRunAudit));
        root.insert(QStringLiteral("audit"), QJsonObject{{QStringLiteral("canaries"), m_canaries->value()},
                                                         {QStringLiteral("guesses"), m_guesses->value()}});
    } else if (isCanaryExposure()) {
        root.insert(QStringLiteral("kind"), project::runKindName(project::RunKind::CanaryExposure));
        QJsonArray repetitions;
        for (const QString& part : m_canaryRepetitions->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            repetitions.append(part.trimmed().toInt()); // not a number: 0, refused by the spec's check
        root.insert(QStringLiteral("canary"),
                    QJsonObject{{QStringLiteral("repetitions"), repetitions},
                                {QStringLiteral("canaries"), m_canaryCount->value()}});
    } else if (isReconstruction()) {
        root.insert(QStringLiteral("kind"), project::runKindName(project::RunKind::Reconstruction));
        root.insert(QStringLiteral("reconstruction"),
                    QJsonObject{{QStringLiteral("targets"), m_reconstructionTargets->value()},
                                {QStringLiteral("known_rows"), m_reconstructionKnown->value()}});
    } else if (isModelInversion()) {
        root.insert(QStringLiteral("kind"), project::runKindName(project::RunKind::ModelInversion));
        root.insert(QStringLiteral("mi_face"),
                    QJsonObject{{QStringLiteral("restarts"), m_inversionRestarts->value()}});
    } else if (isAttributeInference()) {
        root.insert(QStringLiteral("kind"), project::runKindName(project::RunKind::AttributeInference));
        root.insert(QStringLiteral("attribute"),
                    QJsonObject{{QStringLiteral("column"), m_attributeColumn->currentText()},
                                {QStringLiteral("candidates"), m_attributeCandidates->value()},
                                {QStringLiteral("tolerance"), m_attributeTolerance->value()}});
    } else {
        root.insert(QStringLiteral("attacks"),
                    QJsonObject{{QStringLiteral("names"), QJsonArray::fromStringList(selectedAttacks())},
                                {QStringLiteral("reference_models"), m_references->value()}});
    }
    if (!m_name->text().isEmpty()) root.insert(QStringLiteral("name"), m_name->text());
    return jobs::JobSpec::fromJson(QJsonDocument(root).toJson());
}

} // namespace privaudit::ui
