#pragma once

#include "data/DataSplit.h"
#include "data/DataTable.h"
#include "data/TableEncoder.h"
#include "jobs/JobKinds.h"

namespace privaudit::jobs {

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

/// Private to core/jobs: reads and splits the data of @p context.spec (reports 0.01 "Splitting").
Expected<TabularInput> loadTabular(const JobContext& context);

} // namespace privaudit::jobs
