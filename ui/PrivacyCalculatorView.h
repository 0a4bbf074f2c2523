#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QCustomPlot;

namespace privaudit::ui {

/// Live DP-SGD privacy calculator: epsilon from the RDP accountant on every change (microseconds, GUI
/// thread), from the PLD accountant and the noise calibration in the background (never blocks), an
/// epsilon-versus-epochs curve and the plain-language DP statement.
class PrivacyCalculatorView : public QWidget
{
    Q_OBJECT

public:
    explicit PrivacyCalculatorView(QWidget* parent = nullptr);

    void setParameters(qint64 datasetSize, double batchSize, double epochs, double noiseMultiplier,
                       double delta);
    [[nodiscard]] double rdpEpsilon() const { return m_rdpEpsilon; }
    /// DP-SGD steps for the current inputs, counted as the trainer counts them (dp::sgdSchedule).
    [[nodiscard]] qint64 steps() const;

Q_SIGNALS:
    void pldEpsilonReady(double epsilon);

private:
    void recompute();
    void startPld();
    void startCalibration();
    [[nodiscard]] double samplingRate() const;

    QSpinBox* m_datasetSize;
    QDoubleSpinBox* m_batchSize;
    QDoubleSpinBox* m_epochs;
    QDoubleSpinBox* m_noise;
    QDoubleSpinBox* m_delta;
    QDoubleSpinBox* m_targetEpsilon;
    QPushButton* m_calibrate;
    QLabel* m_derived;
    QLabel* m_rdpLabel;
    QLabel* m_pldLabel;
    QLabel* m_calibrationLabel;
    QCustomPlot* m_plot;
    QPlainTextEdit* m_statement;
    bool m_pldRunning = false; ///< a PLD computation is on the pool (its result arrives through this view)
    quint64 m_generation = 0;
    double m_rdpEpsilon = 0.0;
    double m_pldEpsilon = -1.0;
};

} // namespace privaudit::ui
