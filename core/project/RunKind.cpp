#include "project/RunKind.h"

namespace privaudit::project {

const std::vector<RunKindInfo>& runKinds()
{
    static const std::vector<RunKindInfo> rows = {
        {RunKind::MembershipInference, "membership-inference", "run", "results", true},
        {RunKind::Sweep, "sweep", "sweep", "dp", false},
        // Evidence about the DP training, not a membership measurement of the model under review: the
        // audited model is trained with canaries added.
        {RunKind::OneRunAudit, "one-run-audit", "audit", "dp", false},
        // Measurements of the model under review, for the attribute-inference row of the matrix.
        {RunKind::AttributeInference, "attribute-inference", "attribute", "attribute", true},
        // Measurements of the recipe of the model under review, retrained with canaries, for the
        // memorisation row of the matrix.
        {RunKind::CanaryExposure, "canary-exposure", "canary", "memorisation", true},
        // Measurements of the recipe (a logistic regression or tanh MLP, retrained per reconstructed row)
        // against the informed adversary, for the model-inversion and reconstruction row of the matrix.
        {RunKind::Reconstruction, "reconstruction", "reconstruction", "inversion", true},
        // MI-Face class representatives of a target trained here with the recipe (stored), for the same
        // row: whether the inversion lands nearer training rows than held-out ones.
        {RunKind::ModelInversion, "model-inversion", "mi-face", "inversion", true},
        {RunKind::Unknown, "", "run", "", false},
    };
    return rows;
}

const RunKindInfo& runKindInfo(RunKind kind)
{
    for (const RunKindInfo& r : runKinds())
        if (r.kind == kind) return r;
    return runKinds().back();
}

RunKind parseRunKind(const QString& name)
{
    for (const RunKindInfo& r : runKinds())
        if (r.kind != RunKind::Unknown && name == QLatin1String(r.name)) return r.kind;
    return RunKind::Unknown;
}

QString runKindName(RunKind kind)
{
    return QString::fromLatin1(runKindInfo(kind).name);
}

} // namespace privaudit::project
