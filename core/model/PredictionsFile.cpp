#include "model/PredictionsFile.h"

#include "data/CsvImporter.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace privaudit::model {

OutputReading readOutputs(bool allInUnitInterval, double maxRowSumDeviation)
{
    if (!allInUnitInterval) return OutputReading::Logits;
    return maxRowSumDeviation <= 0.02 ? OutputReading::Probabilities : OutputReading::Ambiguous;
}

Expected<Predictions> PredictionsFile::import(const QString& path, const QString& labelColumn,
                                              const QString& memberColumn)
{
    using data::ColumnType;
    data::CsvImportOptions options;
    options.declaredTypes.insert(labelColumn, ColumnType::Categorical);
    options.declaredTypes.insert(memberColumn, ColumnType::Categorical);
    auto imported = data::CsvImporter::importFile(path, options);
    if (!imported) return Expected<Predictions>::failure(imported.error());
    const data::DataTable& t = *imported;
    const int labelIndex = t.indexOf(labelColumn);
    if (labelIndex < 0)
        return Expected<Predictions>::failure(
            tr("The predictions file has no label column '%1'; the columns are: %2.")
                .arg(labelColumn, t.columnNames().join(QStringLiteral(", "))));
    const int memberIndex = t.indexOf(memberColumn);

    Predictions p;
    p.sha256 = t.contentSha256();
    std::vector<int> scoreColumns;
    for (std::size_t c = 0; c < t.columnCount(); ++c) {
        if (int(c) == labelIndex || int(c) == memberIndex) continue;
        const auto& col = t.column(c);
        if (col.type != ColumnType::Numeric && col.type != ColumnType::Boolean)
            return Expected<Predictions>::failure(tr("Column '%1' of the predictions file is not numeric: "
                                                     "every column other than the label and "
                                                     "membership columns must hold a per-class score.")
                                                      .arg(col.name));
        scoreColumns.push_back(int(c));
        p.classColumns << col.name;
    }
    if (scoreColumns.size() < 2)
        return Expected<Predictions>::failure(
            tr("The predictions file needs at least two score columns (one per class)."));
    const auto rows = static_cast<Eigen::Index>(t.rowCount());
    const auto classes = static_cast<Eigen::Index>(scoreColumns.size());
    Eigen::MatrixXd scores(rows, classes);
    for (Eigen::Index k = 0; k < classes; ++k) {
        const auto& col = t.column(static_cast<std::size_t>(scoreColumns[std::size_t(k)]));
        for (Eigen::Index r = 0; r < rows; ++r) {
            const double v = col.type == ColumnType::Numeric
                                 ? col.numbers[std::size_t(r)]
                                 : col.categories.value(col.codes[std::size_t(r)]).toDouble();
            if (!std::isfinite(v) || col.isMissing(std::size_t(r)))
                return Expected<Predictions>::failure(
                    tr("Row %1, column '%2' of the predictions file is missing or not a finite number.")
                        .arg(r + 1)
                        .arg(col.name));
            scores(r, k) = v;
        }
    }
    // Probabilities when every row lies in [0, 1] and sums to 1 (within 0.02, so that probabilities
    // rounded to two decimals stay probabilities; they are renormalised); logits when not all in [0, 1].
    // All in [0, 1] but rows far from 1 is neither: refused rather than guessed.
    const bool inRange = (scores.array() >= 0.0).all() && (scores.array() <= 1.0).all();
    const double deviation = rows > 0 ? (scores.rowwise().sum().array() - 1.0).abs().maxCoeff() : 0.0;
    const OutputReading reading = readOutputs(inRange, deviation);
    if (reading == OutputReading::Ambiguous)
        return Expected<Predictions>::failure(tr("Every score in the predictions file lies in [0, 1], but "
                                                 "the rows do not sum to 1 (off by up to %1): "
                                                 "give logits, or probabilities that sum to 1 per row.")
                                                  .arg(deviation, 0, 'g', 3));
    if ((scores.array().abs() > double(std::numeric_limits<float>::max())).any())
        return Expected<Predictions>::failure(
            tr("A score in the predictions file is beyond the float32 range (about 3.4e38)."));
    p.fromProbabilities = reading == OutputReading::Probabilities;
    if (p.fromProbabilities) {
        const Eigen::VectorXd sums = scores.rowwise().sum();
        for (Eigen::Index r = 0; r < rows; ++r)
            scores.row(r) /= std::max(sums(r), 1e-300);
        p.logits = scores.array().max(1e-300).log().cast<float>().matrix();
    } else {
        p.logits = scores.cast<float>();
    }

    const auto& label = t.column(std::size_t(labelIndex));
    p.labels.resize(std::size_t(rows));
    for (Eigen::Index r = 0; r < rows; ++r) {
        if (label.isMissing(std::size_t(r)))
            return Expected<Predictions>::failure(
                tr("Row %1 of the predictions file has no label.").arg(r + 1));
        const QString text = label.categories[label.codes[std::size_t(r)]];
        bool isIndex = false;
        const int index = text.toInt(&isIndex);
        const int byName = int(p.classColumns.indexOf(text));
        const int cls = isIndex ? index : byName;
        if (cls < 0 || cls >= classes)
            return Expected<Predictions>::failure(
                tr("Row %1 of the predictions file has the label '%2', which is neither "
                   "a class index 0..%3 nor a score column name.")
                    .arg(r + 1)
                    .arg(text)
                    .arg(classes - 1));
        p.labels[std::size_t(r)] = cls;
    }
    if (memberIndex >= 0) {
        const auto& m = t.column(std::size_t(memberIndex));
        std::vector<bool> members(static_cast<std::size_t>(rows));
        for (Eigen::Index r = 0; r < rows; ++r) {
            const QString v =
                m.isMissing(std::size_t(r)) ? QString() : m.categories[m.codes[std::size_t(r)]].toLower();
            if (v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("yes") ||
                v == QLatin1String("member"))
                members[std::size_t(r)] = true;
            else if (v == QLatin1String("0") || v == QLatin1String("false") || v == QLatin1String("no") ||
                     v == QLatin1String("non-member") || v == QLatin1String("nonmember"))
                members[std::size_t(r)] = false;
            else
                return Expected<Predictions>::failure(tr("Row %1, membership column '%2': '%3' is not 1/0, "
                                                         "true/false, yes/no or member/non-member.")
                                                          .arg(r + 1)
                                                          .arg(memberColumn, v));
        }
        const auto inCount = std::count(members.begin(), members.end(), true);
        if (inCount == 0 || inCount == rows)
            return Expected<Predictions>::failure(
                tr("The membership column '%1' marks every row as %2: an attack needs both members and "
                   "non-members "
                   "to be measured.")
                    .arg(memberColumn, inCount == 0 ? tr("a non-member") : tr("a member")));
        p.members = std::move(members);
    }
    return p;
}

} // namespace privaudit::model
