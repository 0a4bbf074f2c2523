#pragma once

#include "attack/AttackCatalogue.h"
#include "common/Expected.h"
#include "data/ColumnPlan.h"
#include "model/ModelSpec.h"
#include "project/RunKind.h"

#include <cstdint>
#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace privaudit::jobs {

/// The job-spec format this build reads and writes ("schema_version").
inline constexpr int kJobSpecVersion = 1;

enum class TargetKind
{
    Train,       ///< train the target here with the recipe
    TorchScript, ///< a TorchScript model, queried as a black box; the recipe trains the reference models
    Predictions  ///< a predictions CSV (per-class scores, label, member): threshold attacks only
};

/// The options of a one-run privacy audit (spec "audit": {...}); see attack::OneRunAudit.
struct AuditOptions
{
    int canaries = 1000;
    int guesses = 200;
    bool mislabel = true;
    double confidence = 0.95;
};

/// The options of an attribute-inference run (spec "attribute": {...}); see attack::AttributeInference.
struct AttributeOptions
{
    QString column;         ///< empty = the data's first column with role sensitive
    QStringList attacks;    ///< empty = all (the imputation baseline always runs)
    int candidates = 2500;  ///< per side: members and non-members
    double tolerance = 0.1; ///< numeric column: right within +-tolerance * |true value|
    int grid = 25;          ///< numeric column: candidate values
    QString targetValue;    ///< PPV at top k for this value; empty = the rarest
    int ppvK = 100;
    int referenceModels = 2; ///< mia-based
    int bootstrap = 200;
};

/// The options of a canary-exposure run (spec "canary": {...}); see attack::CanaryExposure.
struct CanaryOptions
{
    QList<int> repetitions{1, 10, 100};
    int canaries = 10;                         ///< per repetition level (and as many never-inserted controls)
    int references = 65536;                    ///< never-inserted reference canaries
    QString label = QStringLiteral("flipped"); ///< or "random"
    int bootstrap = 1000;
};

/// The options of an informed-reconstruction run (spec "reconstruction": {...}); see
/// attack::InformedReconstruction.
struct ReconstructionOptions
{
    int targets = 20;         ///< rows reconstructed, each from its own training
    int knownRows = 199;      ///< the training rows the adversary knows (the set D-)
    double l2 = 1e-3;         ///< the objective's L2 penalty (DP-SGD's weight decay)
    double tolerance = 0.319; ///< numeric hit within this many standard deviations (TabLeak)
    int bootstrap = 1000;
};

/// The options of an MI-Face run (spec "mi_face": {...}); see attack::MiFace.
struct MiFaceOptions
{
    int restarts = 5;         ///< representatives per class (x0 = 0, then random starts)
    int maxIterations = 5000; ///< the paper's alpha
    int window = 100;         ///< its beta: stop when the cost has not improved over this many steps
    double confidence = 0.99; ///< stop once the class probability reaches this
    double stepSize = 0.1;    ///< lambda
    double tolerance = 0.319; ///< numeric hit within this many standard deviations (TabLeak)
    int poolRows = 2000;      ///< members (and as many held-out rows) compared with
    int permutations = 1000;
};

/// Everything a run depends on, as JSON with a schema version. The same spec (and the same input
/// files) gives the same results: every random choice derives from `seed`.
///
///     {"schema_version": 1, "name": "...", "seed": 1,
///      "dataset": {"source": "demo" | "file.csv", "label": "column", "member_rows": 2000,
///                  "roles": {"id": "identifier", "diagnosis": "sensitive"},
///                  "columns": {"credit": {"type": "categorical", "role": "label"}},
///                  "max_distinct_ratio": 0.5, "max_label_classes": 50},
///      "target": {"kind": "train" | "torchscript" | "predictions", "path": "...",
///                 "model": "mlp:64,64", "epochs": 10, "batch_size": 256, "learning_rate": 0.001,
///                 "optimizer": "adam", "weight_decay": 0,
///                 "dp": {"noise_multiplier": 1.1 | "target_epsilon": 3, "max_grad_norm": 1,
///                        "delta": 1e-5, "epsilon_budget": 8}},
///      "attacks": {"names": ["loss", "lira", "rmia"], "reference_models": 8,
///                  "online": true, "fixed_variance": true},
///      "statistics": {"bootstrap": 200}}
///
/// Attribute inference is "kind": "attribute-inference" with "attribute": {"column": "sex",
/// "attacks": ["csmia", ...], "candidates": 2500, "tolerance": 0.1, "grid": 25, "target_value": "",
/// "ppv_k": 100, "reference_models": 2, "bootstrap": 200}; its target is trained here or a TorchScript
/// model.
/// Canary exposure is "kind": "canary-exposure" with "canary": {"repetitions": [1, 10, 100],
/// "canaries": 10, "references": 65536, "label": "flipped" | "random", "bootstrap": 1000}; its target is
/// trained here, on the members plus the canaries.
/// Informed reconstruction is "kind": "reconstruction" with "reconstruction": {"targets": 20,
/// "known_rows": 199, "l2": 0.001, "tolerance": 0.319, "bootstrap": 1000}; its target is a logistic
/// regression trained here (the exact minimiser without DP, DP-SGD with it), once per reconstructed row.
/// MI-Face is "kind": "model-inversion" with "mi_face": {"restarts": 5, "max_iterations": 5000,
/// "window": 100, "confidence": 0.99, "step_size": 0.1, "tolerance": 0.319, "pool_rows": 2000,
/// "permutations": 1000}; its target is trained here on the members (the recipe) and stored.
/// A one-run privacy audit is the same spec with "kind": "one-run-audit" and, instead of "attacks" and
/// "statistics", "audit": {"canaries": 1000, "guesses": 200, "mislabel": true, "confidence": 0.95};
/// its target is trained here. "kind" is left out for membership inference (the default), so that
/// the identity of the specs written before it existed does not change.
///
/// Unknown keys are errors (a misspelt option must not be silently ignored). Relative paths are
/// resolved against the spec file's folder.
struct JobSpec
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::jobs::JobSpec)

public:
    /// What the job does: membership inference or one-run-audit (project::RunKind's registry).
    project::RunKind kind = project::RunKind::MembershipInference;
    QString name;
    std::uint64_t seed = 1;
    QString dataSource = QStringLiteral("demo");
    QString label;
    std::optional<std::int64_t> memberRows;
    QMap<QString, QString> roles; ///< column -> feature, sensitive, identifier or ignored (set after import)
    QMap<QString, QString> types; ///< column -> categorical, numeric or boolean (applied while reading)
    std::optional<double> maxDistinctRatio; ///< see data::ColumnPlan (default 0.5)
    std::optional<int> maxLabelClasses;     ///< see data::ColumnPlan (default 50)
    /// dataset.encoder: a declared encoder (encoder.json content, or a path to one, read when the spec
    /// is parsed and kept inline, so that the spec's identity covers it); none = fitted from the data.
    std::optional<QJsonObject> declaredEncoder;
    /// dataset.encoder_epsilon: the DP target's encoder is estimated from the training rows with this
    /// epsilon (data::TableEncoder::fitDpEstimates), charged to the run's total; none = fitted on the rows
    /// outside training, which costs no epsilon.
    std::optional<double> encoderEpsilon;
    TargetKind targetKind = TargetKind::Train;
    QString targetPath;
    model::ModelSpec model;
    model::TrainingConfig training;
    QStringList attacks = attack::AttackCatalogue::defaults(); ///< names from the AttackCatalogue
    int referenceModels = 8;
    bool online = true;
    bool fixedVariance = true;
    int bootstrap = 200;
    AuditOptions audit;                   ///< kind one-run-audit only
    AttributeOptions attribute;           ///< kind attribute-inference only
    CanaryOptions canary;                 ///< kind canary-exposure only
    ReconstructionOptions reconstruction; ///< kind reconstruction only
    MiFaceOptions miFace;                 ///< kind model-inversion only

    static Expected<JobSpec> fromJson(const QByteArray& json, const QString& baseDir = QString());
    static Expected<JobSpec> fromFile(const QString& path);
    [[nodiscard]] QJsonObject toJson() const;
    /// The declared types, roles, label and rules as one plan for reading the dataset.
    [[nodiscard]] data::ColumnPlan columnPlan() const;
    [[nodiscard]] QByteArray toJsonBytes() const;
};

QString targetKindName(TargetKind kind);

/// The warnings of a stored run, in the current interface language: a recipe that cannot learn or a
/// delta >= 1/n (from the spec), and a target not clearly better than the majority class (from the
/// summary). Derived at display time so they follow the language, never stored as text.
QStringList runWarnings(const QByteArray& specJson, const QJsonObject& summary);

} // namespace privaudit::jobs
