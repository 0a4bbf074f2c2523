#pragma once

#include "CliSupport.h"

#include <QJsonObject>

namespace privaudit::cli {

/// Versions and compute settings of this process, shared by version and doctor.
QJsonObject runtimeJson(const compute::ComputeSettings& settings);

int runVersion(const CommandContext& context);
int runDoctor(const CommandContext& context);
int runAccountant(const CommandContext& context);
int runDemo(const CommandContext& context);
int runTrain(const CommandContext& context);

} // namespace privaudit::cli
