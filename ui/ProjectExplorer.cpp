#include "ProjectExplorer.h"

#include "project/ProjectStore.h"

#include <QJsonDocument>
#include <QJsonObject>

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
    const auto runList = store->runs();
    if (!runList) return runList.error();
    for (const auto& r : *runList) {
        const QString status = r.interrupted ? tr("interrupted") : project::runStatusText(r.status);
        const auto& kind = project::runKindInfo(r.type());
        const bool sweep = r.type() == project::RunKind::Sweep;
        auto* runItem =
            add(runs, tr("#%1 %2 (%3)").arg(r.id).arg(r.name, status), QString::fromLatin1(kind.view), r.id,
                r.message.isEmpty() ? r.startedAt : r.message);
        if (r.status != project::RunStatus::Completed || sweep) continue;
        const auto results = store->results(r.id);
        if (results)
            for (const auto& res : *results) {
                const QJsonObject m = QJsonDocument::fromJson(res.metricsJson).object();
                add(runItem,
                    tr("%1: AUC %2")
                        .arg(res.attack)
                        .arg(m.value(QStringLiteral("auc")).toDouble(), 0, 'f', 3),
                    QStringLiteral("result"), res.id);
            }
        const auto modelList = store->models(r.id);
        if (modelList)
            for (const auto& m : *modelList)
                add(models,
                    tr("%1 (run %2, %3)")
                        .arg(project::modelDisplayName(m.name))
                        .arg(r.id)
                        .arg(project::modelKindText(m.kind)),
                    QStringLiteral("model"), m.id, tr("SHA-256 %1").arg(m.sha256));
    }
    add(assessment, tr("Risk matrix"), QStringLiteral("matrix"), 0);
    add(assessment, tr("Checklists"), QStringLiteral("checklist"), 0);
    add(reports, tr("Audit report…"), QStringLiteral("report"), 0);
    expandAll();
    return {};
}

} // namespace privaudit::ui
