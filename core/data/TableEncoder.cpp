#include "data/TableEncoder.h"

#include <cmath>

namespace privaudit::data {

Expected<TableEncoder> TableEncoder::fit(const DataTable& table, const std::vector<std::int64_t>& trainRows)
{
    TableEncoder enc;
    enc.m_labelColumn = table.labelIndex();
    if (enc.m_labelColumn < 0)
        return Expected<TableEncoder>::failure(tr("No label column is set."));
    const Column& label = table.column(static_cast<std::size_t>(enc.m_labelColumn));
    if (label.type == ColumnType::Numeric)
        return Expected<TableEncoder>::failure(
            tr("The label column '%1' is numeric; PrivAudit trains classifiers, so the label must be categorical "
               "or boolean.")
                .arg(label.name));
    if (label.categories.size() < 2)
        return Expected<TableEncoder>::failure(
            tr("The label column '%1' has fewer than two classes.").arg(label.name));
    if (trainRows.empty())
        return Expected<TableEncoder>::failure(tr("There are no training rows."));
    enc.m_classes = label.categories;

    int offset = 0;
    for (std::size_t ci = 0; ci < table.columnCount(); ++ci) {
        const Column& c = table.column(ci);
        if (c.role != ColumnRole::Feature && c.role != ColumnRole::Sensitive)
            continue;
        Part p;
        p.column = static_cast<int>(ci);
        p.type = c.type;
        p.offset = offset;
        if (c.type == ColumnType::Numeric) {
            double sum = 0.0, sumSq = 0.0;
            std::int64_t n = 0;
            bool anyMissing = false;
            for (std::int64_t r : trainRows) {
                const double v = c.numbers[static_cast<std::size_t>(r)];
                if (std::isnan(v)) {
                    anyMissing = true;
                    continue;
                }
                sum += v;
                sumSq += v * v;
                ++n;
            }
            p.mean = n > 0 ? sum / double(n) : 0.0;
            const double var = n > 1 ? std::max(0.0, (sumSq - double(n) * p.mean * p.mean) / double(n - 1)) : 0.0;
            p.scale = var > 1e-24 ? 1.0 / std::sqrt(var) : 1.0;
            p.missingIndicator = anyMissing;
            enc.m_inputNames << c.name;
            offset += 1;
            if (anyMissing) {
                enc.m_inputNames << c.name + QStringLiteral("_missing");
                offset += 1;
            }
        } else {
            std::vector<bool> seen(static_cast<std::size_t>(c.categories.size()), false);
            for (std::int64_t r : trainRows) {
                const std::int32_t code = c.codes[static_cast<std::size_t>(r)];
                if (code >= 0)
                    seen[static_cast<std::size_t>(code)] = true;
            }
            p.codeToSlot.assign(seen.size(), -1);
            for (std::size_t k = 0; k < seen.size(); ++k)
                if (seen[k]) {
                    p.codeToSlot[k] = p.slotCount++;
                    enc.m_inputNames << c.name + QLatin1Char('=') + c.categories[static_cast<qsizetype>(k)];
                }
            enc.m_inputNames << c.name + QStringLiteral("=<unseen>");
            p.slotCount += 1; // unseen / missing bucket
            offset += p.slotCount;
        }
        enc.m_parts.push_back(std::move(p));
    }
    enc.m_width = offset;
    if (enc.m_width == 0)
        return Expected<TableEncoder>::failure(tr("No feature columns: every column is the label, an identifier or "
                                                  "ignored."));
    return enc;
}

EncodedRows TableEncoder::encode(const DataTable& table, const std::vector<std::int64_t>& rows) const
{
    EncodedRows out;
    out.features = FeatureMatrix::Zero(static_cast<Eigen::Index>(rows.size()), m_width);
    out.labels.resize(rows.size());
    const Column& label = table.column(static_cast<std::size_t>(m_labelColumn));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto r = static_cast<std::size_t>(rows[i]);
        const auto row = static_cast<Eigen::Index>(i);
        out.labels[i] = label.codes[r] >= 0 ? label.codes[r] : 0;
        for (const Part& p : m_parts) {
            const Column& c = table.column(static_cast<std::size_t>(p.column));
            if (p.type == ColumnType::Numeric) {
                const double v = c.numbers[r];
                if (std::isnan(v)) {
                    if (p.missingIndicator)
                        out.features(row, p.offset + 1) = 1.0f;
                } else {
                    out.features(row, p.offset) = static_cast<float>((v - p.mean) * p.scale);
                }
            } else {
                const std::int32_t code = c.codes[r];
                const int slot = (code >= 0 && code < static_cast<std::int32_t>(p.codeToSlot.size()))
                                     ? p.codeToSlot[static_cast<std::size_t>(code)]
                                     : -1;
                out.features(row, p.offset + (slot >= 0 ? slot : p.slotCount - 1)) = 1.0f;
            }
        }
    }
    return out;
}

} // namespace privaudit::data
