#include "PrivacyCalculatorView.h"

#include "Background.h"
#include "dp/Calibration.h"
#include "dp/DpStatement.h"
#include "dp/PldAccountant.h"
#include "dp/RdpAccountant.h"

#include <algorithm>
#include <cmath>
#include <qcustomplot.h>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QValidator>
#include <QVBoxLayout>

namespace privaudit::ui {

namespace {
/// The PLD accountant's discretisation interval here (stated beside its epsilon).
constexpr double kPldInterval = 1e-3;
} // namespace

namespace {

/// A spin box that shows small numbers such as delta = 1e-05 in scientific notation.
class ScientificSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

protected:
    QString textFromValue(double value) const override { return QLocale().toString(value, 'g', 6); }
    double valueFromText(const QString& text) const override { return QLocale().toDouble(text); }
    QValidator::State validate(QString& text, int&) const override
    {
        bool ok = false;
        const double v = QLocale().toDouble(text, &ok);
        if (ok && v >= minimum() && v <= maximum()) return QValidator::Acceptable;
        return text.isEmpty() || text.endsWith(QLatin1Char('e')) || text.endsWith(QLatin1Char('-'))
                   ? QValidator::Intermediate
                   : (ok ? QValidator::Intermediate : QValidator::Invalid);
    }
    void stepBy(int steps) override
    {
        // Steps by factors of ten: the scale on which delta is chosen.
        setValue(std::clamp(value() * std::pow(10.0, steps), minimum(), maximum()));
    }
};

QDoubleSpinBox* makeSpin(QWidget* parent, const QString& name, double min, double max, double value,
                         int decimals, double step, bool scientific = false)
{
    auto* spin = scientific ? new ScientificSpinBox(parent) : new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(min, max);
    spin->setDecimals(decimals);
    spin->setSingleStep(step);
    spin->setValue(value);
    spin->setKeyboardTracking(true);
    return spin;
}

} // namespace

PrivacyCalculatorView::PrivacyCalculatorView(QWidget* parent)
    : QWidget(parent), m_datasetSize(new QSpinBox(this)),
      m_batchSize(makeSpin(this, QStringLiteral("calcBatchSize"), 1, 1e7, 256, 0, 16)),
      m_epochs(makeSpin(this, QStringLiteral("calcEpochs"), 0.01, 1e4, 60, 2, 1)),
      m_noise(makeSpin(this, QStringLiteral("calcNoiseMultiplier"), 0.3, 100, 1.1, 3, 0.05)),
      m_delta(makeSpin(this, QStringLiteral("calcDelta"), 1e-12, 0.5, 1e-5, 15, 1e-6, true)),
      m_targetEpsilon(makeSpin(this, QStringLiteral("calcTargetEpsilon"), 0.01, 100, 1.0, 2, 0.1)),
      m_calibrate(new QPushButton(tr("Find noise"), this)), m_derived(new QLabel(this)),
      m_rdpLabel(new QLabel(this)), m_pldLabel(new QLabel(this)), m_calibrationLabel(new QLabel(this)),
      m_plot(new QCustomPlot(this)), m_statement(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("privacyCalculator"));
    m_datasetSize->setObjectName(QStringLiteral("calcDatasetSize"));
    m_datasetSize->setRange(1, 2000000000);
    m_datasetSize->setValue(60000);
    m_calibrate->setObjectName(QStringLiteral("calcCalibrate"));
    m_rdpLabel->setObjectName(QStringLiteral("calcRdpEpsilon"));
    m_pldLabel->setObjectName(QStringLiteral("calcPldEpsilon"));
    m_calibrationLabel->setObjectName(QStringLiteral("calcCalibrationResult"));
    m_statement->setObjectName(QStringLiteral("calcStatement"));
    m_statement->setReadOnly(true);
    for (QLabel* l : {m_rdpLabel, m_pldLabel, m_calibrationLabel, m_derived})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* inputs = new QGroupBox(tr("Training"), this);
    auto* form = new QFormLayout(inputs);
    form->addRow(tr("&Training examples:"), m_datasetSize);
    form->addRow(tr("Expected &batch size:"), m_batchSize);
    form->addRow(tr("&Epochs:"), m_epochs);
    form->addRow(tr("&Noise multiplier (sigma):"), m_noise);
    form->addRow(tr("&Delta:"), m_delta);
    form->addRow(tr("Derived:"), m_derived);

    auto* results = new QGroupBox(tr("Privacy guarantee"), this);
    auto* resultForm = new QFormLayout(results);
    resultForm->addRow(tr("Epsilon (RDP):"), m_rdpLabel);
    resultForm->addRow(tr("Epsilon (PLD):"), m_pldLabel);
    auto* calibrationRow = new QHBoxLayout;
    calibrationRow->addWidget(m_targetEpsilon);
    calibrationRow->addWidget(m_calibrate);
    auto* targetLabel = new QLabel(tr("Target &epsilon:"), this);
    targetLabel->setBuddy(m_targetEpsilon);
    resultForm->addRow(targetLabel, calibrationRow);
    resultForm->addRow(QString(), m_calibrationLabel);

    m_plot->setObjectName(QStringLiteral("calcEpsilonPlot"));
    m_plot->setMinimumHeight(220);
    m_plot->addGraph();
    m_plot->graph(0)->setName(tr("epsilon (RDP)"));
    m_plot->graph(0)->setPen(QPen(QColor(0, 114, 178), 2));
    m_plot->xAxis->setLabel(tr("Epochs"));
    m_plot->yAxis->setLabel(tr("Epsilon"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);

    auto* left = new QVBoxLayout;
    left->addWidget(inputs);
    left->addWidget(results);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_plot, 2);
    right->addWidget(new QLabel(tr("Statement for the audit record:"), this));
    right->addWidget(m_statement, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 2);

    for (QDoubleSpinBox* spin : {m_batchSize, m_epochs, m_noise, m_delta})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &PrivacyCalculatorView::recompute);
    connect(m_datasetSize, &QSpinBox::valueChanged, this, &PrivacyCalculatorView::recompute);
    connect(m_calibrate, &QPushButton::clicked, this, &PrivacyCalculatorView::startCalibration);
    recompute();
}

void PrivacyCalculatorView::setParameters(qint64 datasetSize, double batchSize, double epochs,
                                          double noiseMultiplier, double delta)
{
    const QSignalBlocker b1(m_datasetSize), b2(m_batchSize), b3(m_epochs), b4(m_noise), b5(m_delta);
    m_datasetSize->setValue(static_cast<int>(datasetSize));
    m_batchSize->setValue(batchSize);
    m_epochs->setValue(epochs);
    m_noise->setValue(noiseMultiplier);
    m_delta->setValue(delta);
    recompute();
}

double PrivacyCalculatorView::samplingRate() const
{
    return std::min(1.0, m_batchSize->value() / static_cast<double>(m_datasetSize->value()));
}

qint64 PrivacyCalculatorView::steps() const
{
    // The trainer's own step count: ceil(n / batch) steps per epoch.
    return dp::sgdSchedule(m_datasetSize->value(), m_batchSize->value(), m_epochs->value()).steps;
}

void PrivacyCalculatorView::recompute()
{
    ++m_generation;
    const double q = samplingRate();
    const qint64 t = steps();
    const double sigma = m_noise->value();
    const double delta = m_delta->value();
    m_derived->setText(tr("q = %1, %2 steps").arg(QLocale().toString(q, 'g', 4), QLocale().toString(t)));

    const dp::RdpAccountant rdp;
    const auto perStep = rdp.rdp(dp::MechanismHistory::poissonGaussian(q, sigma, 1));
    auto scaled = perStep;
    for (double& v : scaled)
        v *= static_cast<double>(t);
    const dp::RdpEpsilon result = dp::RdpAccountant::epsilonFromRdp(rdp.orders(), scaled, delta);
    m_rdpEpsilon = result.epsilon;
    m_rdpLabel->setText(
        tr("%1 (optimal order %2)")
            .arg(QLocale().toString(result.epsilon, 'f', 4), QLocale().toString(result.optimalOrder)));

    // Epsilon against epochs from the same per-step RDP curve: no further series evaluations.
    constexpr int kPoints = 120;
    QVector<double> xs(kPoints), ys(kPoints);
    const double maxEpochs = m_epochs->value();
    for (int i = 0; i < kPoints; ++i) {
        const double epochs = maxEpochs * (i + 1) / kPoints;
        const double s = double(dp::sgdSchedule(m_datasetSize->value(), m_batchSize->value(), epochs).steps);
        auto curve = perStep;
        for (double& v : curve)
            v *= s;
        xs[i] = epochs;
        ys[i] = dp::RdpAccountant::epsilonFromRdp(rdp.orders(), curve, delta).epsilon;
    }
    m_plot->graph(0)->setData(xs, ys, true);
    m_plot->xAxis->setRange(0, maxEpochs);
    m_plot->yAxis->setRange(0, std::max(0.1, ys.back() * 1.1));
    m_plot->replot(QCustomPlot::rpQueuedReplot);

    dp::DpStatementInput statement;
    statement.history = dp::MechanismHistory::poissonGaussian(q, sigma, t);
    statement.delta = delta;
    statement.epsilon = result.epsilon;
    statement.accountant = QStringLiteral("rdp");
    statement.datasetSize = m_datasetSize->value();
    statement.epochs = m_epochs->value();
    m_statement->setPlainText(dp::DpStatement::text(statement));

    m_pldLabel->setText(tr("computing…"));
    if (!m_pldRunning) startPld();
}

void PrivacyCalculatorView::startPld()
{
    const auto history = dp::MechanismHistory::poissonGaussian(samplingRate(), m_noise->value(), steps());
    const double delta = m_delta->value();
    m_pldRunning = true;
    runInBackground(
        this, [history, delta] { return dp::PldAccountant(kPldInterval).epsilon(history, delta); },
        [this, generation = m_generation](double epsilon) {
            m_pldRunning = false;
            if (generation != m_generation) {
                startPld(); // parameters changed while it ran: compute for the current ones
                return;
            }
            m_pldEpsilon = epsilon;
            m_pldLabel->setText(
                tr("%1 (connect-the-dots discretisation, interval %2 in privacy loss; pessimistic)")
                    .arg(QLocale().toString(m_pldEpsilon, 'f', 4), QLocale().toString(kPldInterval)));
            Q_EMIT pldEpsilonReady(m_pldEpsilon);
        });
}

void PrivacyCalculatorView::startCalibration()
{
    if (!m_calibrate->isEnabled()) return; // a search is running
    m_calibrate->setEnabled(false);
    m_calibrationLabel->setText(tr("searching…"));
    const double target = m_targetEpsilon->value();
    const double delta = m_delta->value();
    const double q = samplingRate();
    const qint64 t = steps();
    runInBackground(
        this,
        [target, delta, q, t] {
            const auto result = dp::calibrateNoiseMultiplier(dp::AccountantKind::Rdp, target, delta, q, t);
            if (!result) return result.error();
            return PrivacyCalculatorView::tr("sigma = %1 gives epsilon = %2 (RDP)")
                .arg(QLocale().toString(result->noiseMultiplier, 'f', 4),
                     QLocale().toString(result->epsilon, 'f', 3));
        },
        [this](const QString& text) {
            m_calibrationLabel->setText(text);
            m_calibrate->setEnabled(true);
        });
}

} // namespace privaudit::ui
