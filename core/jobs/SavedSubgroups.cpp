#include "jobs/SavedSubgroups.h"

#include <algorithm>
#include <QJsonDocument>

namespace privaudit::jobs {

namespace {

const QString kPrefix = QStringLiteral("subgroups/");

} // namespace

QString SavedSubgroups::key(qint64 runId, const QString& column)
{
    return kPrefix + QString::number(runId) + QLatin1Char('/') + column;
}

QString SavedSubgroups::save(project::ProjectStore& store, project::RunKind kind, const QJsonObject& analysis)
{
    QJsonObject stored = analysis;
    stored[QStringLiteral("kind")] = project::runKindName(kind);
    stored.remove(QStringLiteral("findings")); // the report writes them in its own language
    return store.setAssessmentValue(key(analysis.value(QStringLiteral("run")).toInteger(),
                                        analysis.value(QStringLiteral("column")).toString()),
                                    QJsonDocument(stored).toJson(QJsonDocument::Compact),
                                    QStringLiteral("subgroups.saved"));
}

Expected<std::vector<SavedSubgroups>> SavedSubgroups::load(const project::ProjectStore& store)
{
    using Result = Expected<std::vector<SavedSubgroups>>;
    const auto keys = store.assessmentKeys();
    if (!keys) return Result::failure(keys.error());
    std::vector<SavedSubgroups> out;
    for (const QString& k : *keys) {
        if (!k.startsWith(kPrefix)) continue;
        const auto value = store.assessmentValue(k);
        if (!value) return Result::failure(value.error());
        if (!value->has_value()) continue;
        const QJsonObject o = QJsonDocument::fromJson(**value).object();
        SavedSubgroups s;
        s.runId = o.value(QStringLiteral("run")).toInteger();
        s.column = o.value(QStringLiteral("column")).toString();
        s.kind = project::parseRunKind(o.value(QStringLiteral("kind")).toString());
        s.analysis = o;
        out.push_back(std::move(s));
    }
    std::sort(out.begin(), out.end(), [](const SavedSubgroups& a, const SavedSubgroups& b) {
        return a.runId != b.runId ? a.runId < b.runId : a.column < b.column;
    });
    return out;
}

} // namespace privaudit::jobs
