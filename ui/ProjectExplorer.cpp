#include "ProjectExplorer.h"

#include "attack/AttackCatalogue.h"
#include "attack/attribute/AttributeInference.h"
#include "attack/canary/CanaryRunSummary.h"
#include "attack/inversion/MiFaceRunSummary.h"
#include "attack/inversion/ReconstructionRunSummary.h"
#include "attack/OneRunAuditSummary.h"
#include "metrics/AttributeMetrics.h"
#include "metrics/MembershipMetrics.h"
#include "project/ProjectStore.h"

#include <algorithm>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace privaudit::ui {

ProjectExplorer::ProjectExplorer(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("projectExplorer"));
    setHeaderHidden(true);
    refresh(nullptr);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString kind = item->data(0, KindRole).toString();
        if (!kind.isEmpty()) Q_EMIT itemOpened(kind, item->data(0, IdRole).toLongLong());
    });
}

QTreeWidgetItem* ProjectExplorer::addSection(const QString& key, const QString& title)
{
    auto* item = new QTreeWidgetItem(this, {title});
    item->setData(0, Qt::UserRole, key);
    item->setFlags(Qt::ItemIsEnabled);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    return item;
}

QTreeWidgetItem* ProjectExplorer::section(const QString& key) const
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(0, Qt::UserRole).toString() == key) return topLevelItem(i);
    return nullptr;
}

QString ProjectExplorer::refresh(const project::ProjectStore* store)
{
    clear();
    auto* datasets = addSection(QStringLiteral("datasets"), tr("Datasets"));
    auto* models = addSection(QStringLiteral("models"), tr("Models"));
    auto* runs = addSection(QStringLiteral("runs"), tr("Runs"));
    auto* assessment = addSection(QStringLiteral("assessment"), tr("Assessment"));
    auto* reports = addSection(QStringLiteral("reports"), tr("Reports"));

    if (!store) {
        auto* hint = new QTreeWidgetItem(runs, {tr("(open or create a project)")});
        hint->setFlags(Qt::ItemIsEnabled);
        return {};
    }
    auto add = [](QTreeWidgetItem* parent, const QString& text, const QString& kind, qint64 id,
                  const QString& tip = {}) {
        auto* item = new QTreeWidgetItem(parent, {text});
        item->setData(0, KindRole, kind);
        item->setData(0, IdRole, id);
        if (!tip.isEmpty()) item->setToolTip(0, tip);
        return item;
    };
    const auto datasetList = store->datasets();
    if (!datasetList) return datasetList.error();
    for (const auto& d : *datasetList)
        add(datasets, tr("%1 (%2 rows)").arg(project::builtInText(d.name)).arg(d.rows),
            QStringLiteral("dataset"), d.id, tr("SHA-256 %1").arg(d.sha256));
    struct SeenModel
    {
        project::ModelRecord record;
        QList<qint64> runs;
    };
    std::vector<SeenModel> seenModels;
    // One entry per model: an external model (or predictions file) attacked by several runs is the same
    // model, identified by its SHA-256, listed once with all its runs.
    const auto collectModels = [&](qint64 runId) {
        const auto modelList = store->models(runId);
        if (!modelList) return;
        for (const auto& m : *modelList) {
            auto it = std::find_if(seenModels.begin(), seenModels.end(),
                                   [&](const SeenModel& s) { return s.record.sha256 == m.sha256; });
            if (it == seenModels.end())
                seenModels.push_back({m, {runId}});
            else
                it->runs << runId;
        }
    };
    const auto runList = store->runs();
    if (!runList) return runList.error();
    for (const auto& r : *runList) {
        const QString status = r.interrupted ? tr("interrupted") : project::runStatusText(r.status);
        const auto& kind = project::runKindInfo(r.type());
        const bool sweep = r.type() == project::RunKind::Sweep;
        auto* runItem =
            add(runs, tr("#%1 %2 (%3)").arg(r.id).arg(project::builtInText(r.name), status),
                QString::fromLatin1(kind.view), r.id, r.message.isEmpty() ? r.startedAt : r.message);
        if (r.status != project::RunStatus::Completed || sweep) continue;
        if (r.type() == project::RunKind::OneRunAudit) {
            const attack::OneRunAuditSummary a = attack::OneRunAuditSummary::fromJson(r.summary);
            add(runItem,
                a.dp ? tr("empirical ε ≥ %1, accountant ε %2")
                           .arg(QLocale().toString(a.epsilonLowerBound, 'f', 2),
                                QLocale().toString(a.accountantEpsilon, 'f', 2))
                     : tr("empirical ε ≥ %1, no DP").arg(QLocale().toString(a.epsilonLowerBound, 'f', 2)),
                QStringLiteral("audit"), r.id, a.verdict());
            continue;
        }
        if (r.type() == project::RunKind::CanaryExposure) {
            const attack::CanaryRunSummary c = attack::CanaryRunSummary::fromJson(r.summary);
            for (const metrics::ExposureLevel& l : c.levels) {
                const QString bits = QLocale().toString(l.meanInterpolated, 'f', 2);
                add(runItem,
                    l.repetitions == 0 ? tr("controls: exposure %1 bits").arg(bits)
                                       : tr("inserted %1x: exposure %2 bits").arg(l.repetitions).arg(bits),
                    QStringLiteral("canary"), r.id);
            }
            continue;
        }
        if (r.type() == project::RunKind::Reconstruction) {
            const attack::ReconstructionResult x =
                attack::ReconstructionRunSummary::fromJson(r.summary).result;
            add(runItem,
                tr("%1 of %2 rows recovered, %3% of columns (baseline %4%)")
                    .arg(x.exactRows)
                    .arg(x.rows.size())
                    .arg(QLocale().toString(100.0 * x.hitRate.mean, 'f', 0),
                         QLocale().toString(100.0 * x.baselineHitRate.mean, 'f', 0)),
                QStringLiteral("reconstruction"), r.id);
            continue;
        }
        if (r.type() == project::RunKind::ModelInversion) {
            const attack::MiFaceResult x = attack::MiFaceRunSummary::fromJson(r.summary).result;
            add(runItem,
                tr("%1 representatives, %2% nearer a member (p = %3)")
                    .arg(x.records.size())
                    .arg(QLocale().toString(100.0 * x.closerToMembers, 'f', 0),
                         QLocale().toString(x.pValue, 'f', 3)),
                QStringLiteral("mi-face"), r.id);
            collectModels(r.id); // the target it trained and inverted
            continue;
        }
        const auto results = store->results(r.id);
        if (results && r.type() == project::RunKind::AttributeInference)
            for (const auto& res : *results) {
                const metrics::AttributeMetrics m =
                    metrics::AttributeMetrics::fromJson(QJsonDocument::fromJson(res.metricsJson).object());
                add(runItem,
                    tr("%1: advantage %2, individual leakage %3")
                        .arg(attack::attributeAttackTitle(res.attack),
                             QLocale().toString(m.advantageOverImputation.value, 'f', 3),
                             QLocale().toString(m.individualLeakage.value, 'f', 3)),
                    QStringLiteral("attribute"), r.id);
            }
        else if (results)
            for (const auto& res : *results) {
                const metrics::AttackMetrics m = metrics::AttackMetrics::fromJson(res.metricsJson);
                add(runItem,
                    tr("%1: AUC %2")
                        .arg(attack::AttackCatalogue::title(res.attack), QLocale().toString(m.auc, 'f', 3)),
                    QStringLiteral("result"), res.id);
            }
        collectModels(r.id);
    }
    for (const SeenModel& s : seenModels) {
        QStringList runIds;
        for (qint64 id : s.runs)
            runIds << QString::number(id);
        add(models,
            tr("%1 (%n run(s): %2, %3)", nullptr, int(s.runs.size()))
                .arg(project::modelDisplayName(s.record.name), runIds.join(QStringLiteral(", ")),
                     project::modelKindText(s.record.kind)),
            QStringLiteral("model"), s.record.id, tr("SHA-256 %1").arg(s.record.sha256));
    }
    add(assessment, tr("Risk matrix"), QStringLiteral("matrix"), 0);
    add(assessment, tr("Checklists"), QStringLiteral("checklist"), 0);
    add(reports, tr("Audit report…"), QStringLiteral("report"), 0);
    expandAll();
    return {};
}

} // namespace privaudit::ui
