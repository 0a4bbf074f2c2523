#pragma once

#include "CliSupport.h"
#include "common/Expected.h"
#include "data/DataTable.h"
#include "model/ModelSpec.h"

#include <QJsonObject>

namespace privaudit::cli {

/// Versions and compute settings of this process, shared by version and doctor.
QJsonObject runtimeJson(const compute::ComputeSettings& settings);

int runVersion(const CommandContext& context);
int runDoctor(const CommandContext& context);
int runAccountant(const CommandContext& context);
int runDemo(const CommandContext& context);
int runTrain(const CommandContext& context);
int runAttack(const CommandContext& context);

/// Shared by train and attack: the data and model/training options, and reading them back.
void addTrainingOptions(QCommandLineParser& parser);
bool readTrainingOptions(const QCommandLineParser& parser, model::ModelSpec* spec, model::TrainingConfig* config,
                         std::optional<std::int64_t>* trainRows);
/// A CSV file or "demo", with @p label as the label column (optional for the demo data).
Expected<data::DataTable> loadTable(const QString& source, const QString& label);

} // namespace privaudit::cli
