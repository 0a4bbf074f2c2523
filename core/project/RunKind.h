#pragma once

#include <QString>
#include <vector>

namespace privaudit::project {

/// The kinds of run a project stores: one enumeration and one registry instead of kind strings tested
/// in each reader. A kind a newer PrivAudit wrote is Unknown here: listed, never misread.
enum class RunKind
{
    MembershipInference,
    Sweep,
    OneRunAudit,
    AttributeInference,
    CanaryExposure,
    Reconstruction,
    ModelInversion,
    Unknown
};

/// One row of the registry: the stored name, the workbench view that shows such a run (the item type
/// of the project explorer, the --view prefix), and the report section it feeds.
struct RunKindInfo
{
    RunKind kind;
    const char* name; ///< stored in runs.kind
    const char* view; ///< "run", "sweep", "audit", "attribute", "canary", "reconstruction" or "mi-face"
    const char* reportSection; ///< the report section id (report::sectionIds()) that shows it
    bool evidence;             ///< its results are measurements the assessment may cite
};

const std::vector<RunKindInfo>& runKinds();
/// The row of @p kind (the Unknown row for Unknown).
const RunKindInfo& runKindInfo(RunKind kind);
RunKind parseRunKind(const QString& name);
QString runKindName(RunKind kind);

} // namespace privaudit::project
