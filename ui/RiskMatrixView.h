#pragma once

#include "assess/RiskMatrix.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace privaudit::ui {

class AssessmentModel;

/// The privacy assessment matrix as a heat map (threats by lifecycle stage, colour-blind-safe colours),
/// inherent or residual, with an editor for the selected cell: severity and likelihood (with the
/// evidence-based suggestion and the thresholds behind it), controls and their trade-offs, rationale,
/// owner. Every change is undoable and audited.
class RiskMatrixView : public QWidget
{
    Q_OBJECT

public:
    RiskMatrixView(AssessmentModel& model, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    void selectCell(const QString& threat, const QString& stage);
    void setLevels(int severity, int likelihood);
    void setControl(const QString& control, bool on);
    void setRationale(const QString& rationale);
    /// Recomputes the suggestions from the project's runs and datasets.
    void suggestFromEvidence();
    /// Replaces the likelihood thresholds (an undoable, audited edit) and recomputes the suggestions.
    void setThresholds(const assess::LikelihoodThresholds& thresholds);
    void editThresholds();
    void showResidual(bool residual);
    /// Background colour used for a risk level (also used by the report).
    static QColor levelColour(const QString& level);

private:
    void rebuild();
    void showSelected();
    [[nodiscard]] std::pair<QString, QString> selected() const;

    AssessmentModel& m_model;
    QTableWidget* m_table;
    QCheckBox* m_residual;
    QComboBox* m_access;
    QCheckBox* m_membershipSensitive;
    QCheckBox* m_vulnerable;
    QLabel* m_thresholds;
    QLabel* m_cellTitle;
    QComboBox* m_severity;
    QComboBox* m_likelihood;
    QLabel* m_suggestion;
    QPushButton* m_useSuggestion;
    QListWidget* m_controls;
    QPlainTextEdit* m_rationale;
    QLineEdit* m_owner;
    QLabel* m_residualLabel;
    QLabel* m_stale; ///< the cells a newer run of the model under review would change
    bool m_updating = false;
};

} // namespace privaudit::ui
