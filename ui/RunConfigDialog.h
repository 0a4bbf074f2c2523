#pragma once

#include "jobs/JobSpec.h"
#include "project/ProjectStore.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace privaudit::ui {

/// Configures a run on one of the project's datasets: membership inference, a one-run DP audit or
/// attribute inference; the target (train here from a model spec, a TorchScript file, or a predictions
/// file), DP-SGD with a live epsilon readout, the attacks with a cost estimate, and the seed. Produces a
/// job spec; the job engine runs it.
class RunConfigDialog : public QDialog
{
    Q_OBJECT

public:
    RunConfigDialog(const project::ProjectStore& store, int defaultSeed, int defaultReferenceModels,
                    QWidget* parent = nullptr);

    /// The spec for the current settings, or an error naming the problem.
    [[nodiscard]] Expected<jobs::JobSpec> spec() const;
    /// The epsilon readout as shown (for tests), and the cost estimate text.
    [[nodiscard]] QString epsilonText() const;
    [[nodiscard]] QString costText() const;

    // Controls, for tests and keyboard users alike.
    void setDp(bool on, double noiseMultiplier);
    void setEpochs(int epochs);
    void setMemberRows(int rows);
    void setAttacks(const QStringList& attacks, int referenceModels);
    /// A one-run DP audit (Steinke et al. 2023) instead of membership attacks: trains here with canaries.
    void setAudit(bool on, int canaries = 1000, int guesses = 200);
    [[nodiscard]] bool isAudit() const;
    /// Attribute inference of @p column instead of membership attacks (every attack, against the
    /// imputation baseline); trains here or attacks a TorchScript model.
    void setAttributeInference(bool on, const QString& column = {}, int candidates = 2500);
    [[nodiscard]] bool isAttributeInference() const;
    /// Canary exposure (the Secret Sharer) instead of membership attacks: trains here with canaries
    /// inserted @p repetitions times each ("1, 10, 100").
    void setCanaryExposure(bool on, const QString& repetitions = QStringLiteral("1, 10, 100"),
                           int canaries = 10);
    [[nodiscard]] bool isCanaryExposure() const;
    /// Informed reconstruction (a logistic regression trained here once per reconstructed row) instead of
    /// membership attacks; choosing it sets the model to "logreg".
    void setReconstruction(bool on, int targets = 20, int knownRows = 199);
    [[nodiscard]] bool isReconstruction() const;
    /// MI-Face model inversion of a target trained here, @p restarts representatives per class.
    void setModelInversion(bool on, int restarts = 5);
    [[nodiscard]] bool isModelInversion() const;
    /// The columns attribute inference can target on the chosen dataset (model inputs; sensitive first).
    [[nodiscard]] QStringList attributeColumns() const;
    /// The ticked attacks, in catalogue order.
    [[nodiscard]] QStringList selectedAttacks() const;
    void selectDataset(qint64 datasetId);
    [[nodiscard]] int memberRows() const;
    [[nodiscard]] int maximumMemberRows() const;
    /// The error shown when the settings cannot start a run (empty when they can).
    [[nodiscard]] QString validationText() const;

    /// Starts the run only when every field is valid; otherwise names the problem and stays open.
    void accept() override;

private:
    void update();
    void applyRecipe(const model::TrainingConfig& recipe);
    /// Offers the measured default recipe for the DP box and the training rows, unless the user has
    /// changed epochs, batch or learning rate from the recipe offered before.
    void followRecipe();
    void datasetChanged();
    /// The evaluation chosen (membership, one-run audit, attribute inference): its box, title, button.
    void evaluationChanged();
    QWidget* makeAttributeBox();
    QWidget* makeCanaryBox();
    QWidget* makeInversionBox();
    void fillAttributeColumns();

    struct DatasetChoice
    {
        qint64 id = 0;
        QString name;
        QString path;
        QString label;
        QMap<QString, QString> roles; ///< every column's role but the label's, as imported
        QMap<QString, QString> types; ///< every column's type, as imported
        qint64 rows = 0;
        int encodedWidth = 0; ///< model inputs after one-hot encoding (an upper bound)
    };
    std::vector<DatasetChoice> m_datasets;
    model::TrainingConfig m_offered; ///< the recipe applyRecipe() last put in the fields
    QComboBox* m_dataset;
    QSpinBox* m_memberRows;
    QRadioButton* m_train;
    QRadioButton* m_torchScript;
    QRadioButton* m_predictions;
    QLineEdit* m_modelSpec;
    QLineEdit* m_file;
    QSpinBox* m_epochs;
    QSpinBox* m_batch;
    QDoubleSpinBox* m_lr;
    QCheckBox* m_dp;
    QDoubleSpinBox* m_sigma;
    QDoubleSpinBox* m_clip;
    QLineEdit* m_delta;
    QDoubleSpinBox* m_encoderEpsilon; ///< 0: the encoder is fitted outside the training rows
    QLabel* m_epsilon;
    std::map<QString, QCheckBox*> m_attacks;
    QRadioButton* m_membership = nullptr;
    QRadioButton* m_audit = nullptr;
    QRadioButton* m_attribute = nullptr;
    QWidget* m_attributeBox = nullptr;
    QComboBox* m_attributeColumn = nullptr;
    QSpinBox* m_attributeCandidates = nullptr;
    QDoubleSpinBox* m_attributeTolerance = nullptr;
    QRadioButton* m_canary = nullptr;
    QWidget* m_canaryBox = nullptr;
    QLineEdit* m_canaryRepetitions = nullptr;
    QSpinBox* m_canaryCount = nullptr;
    QRadioButton* m_reconstruction = nullptr;
    QRadioButton* m_inversion = nullptr;
    QWidget* m_reconstructionBox = nullptr;
    QSpinBox* m_reconstructionTargets = nullptr;
    QSpinBox* m_reconstructionKnown = nullptr;
    QWidget* m_inversionBox = nullptr;
    QSpinBox* m_inversionRestarts = nullptr;
    QWidget* m_attacksBox = nullptr;
    QWidget* m_auditBox = nullptr;
    QSpinBox* m_canaries = nullptr;
    QSpinBox* m_guesses = nullptr;
    QSpinBox* m_references;
    QLabel* m_cost;
    QSpinBox* m_seed;
    QLineEdit* m_name;
    QLabel* m_error;
    QLabel* m_sandboxNote = nullptr; ///< what running an external TorchScript model protects against
};

} // namespace privaudit::ui
