#pragma once

#include "attack/MembershipRunSummary.h"
#include "data/DataSplit.h"
#include "data/DataTable.h"
#include "data/TableEncoder.h"
#include "jobs/JobKinds.h"
#include "metrics/Utility.h"
#include "model/Classifier.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>

namespace privaudit::jobs {

/// A spec error of a family's validate(), translated in JobSpec's context (wrap the literal in
/// QT_TRANSLATE_NOOP("privaudit::jobs::JobSpec", ...) so that lupdate extracts it).
inline QString specText(const char* text)
{
    return QCoreApplication::translate("privaudit::jobs::JobSpec", text);
}

/// The tabular input of a job trained or queried on a data set: the table read with the spec's column
/// plan, its member / non-member / population split from the spec's seed, the encoder (declared, or
/// fitted as the training with or without DP may fit it), and the dataset record to store.
struct TabularInput
{
    data::DataTable table;
    data::DataSplit split;
    data::TableEncoder encoder;
    project::DatasetRecord dataset;
};

/// Private to core/jobs: reads and splits the data of @p context.spec (reports 0.01 "Splitting"). The
/// encoder is the spec's declared one, else @p carried (the encoder.json a TorchScript model saved by
/// PrivAudit carries: the model must be queried with the encoding it was trained with), else fitted.
Expected<TabularInput> loadTabular(const JobContext& context,
                                   const std::optional<QJsonObject>& carried = std::nullopt);

/// The record of the target a job trained here (@p external null; @p torchScript its archive, @p trained
/// its training) or queried (@p external): name, kind, hash, weights, recipe, and for DP-SGD the
/// accountant's figures with the run's epsilon (DP-SGD's plus the encoder's DP estimates').
project::ModelRecord targetModelRecord(const JobSpec& spec, const model::ExternalModel* external,
                                       const QByteArray& torchScript, const model::TrainingResult& trained,
                                       const data::TableEncoder& encoder);

/// The figures a run stores of the target it trained or queried (@p dp: trained here with DP-SGD): its
/// accuracies, the training's steps and DP accounting with the run's epsilon (DP-SGD's plus the encoder's
/// DP estimates', sequential composition; infinity without DP), the encoder and the utility check (its
/// task AUC as testAuc).
attack::TargetFigures targetFigures(const JobSpec& spec, bool dp, const model::TrainingResult& trained,
                                    double trainAccuracy, double testAccuracy,
                                    const metrics::UtilityCheck& utility, const data::TableEncoder& encoder);

} // namespace privaudit::jobs
