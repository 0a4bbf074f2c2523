#include "JobsPanel.h"

#include "jobs/JobRunner.h"

#include <QHeaderView>
#include <QPointer>
#include <QProgressBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace privaudit::ui {

namespace {

QString formatEta(double seconds)
{
    if (seconds < 0) return QString();
    const int s = int(seconds + 0.5);
    return s >= 60 ? JobsPanel::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'))
                   : JobsPanel::tr("%1 s").arg(s);
}

} // namespace

JobsPanel::JobsPanel(QWidget* parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    m_tree->setObjectName(QStringLiteral("jobsView"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Job"), tr("Stage"), tr("Progress"), tr("Remaining"), QString()});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->setColumnWidth(0, 260);
    m_tree->setColumnWidth(2, 160);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
}

void JobsPanel::addJob(jobs::Job* job)
{
    auto* item = new QTreeWidgetItem(m_tree, {job->title(), tr("Queued"), QString(), QString()});
    auto* bar = new QProgressBar(m_tree);
    bar->setObjectName(QStringLiteral("jobProgress"));
    bar->setRange(0, 1000);
    bar->setValue(0);
    auto* cancel = new QToolButton(m_tree);
    cancel->setObjectName(QStringLiteral("cancelJob"));
    cancel->setText(tr("Cancel"));
    cancel->setToolTip(tr("Stop this job; it is recorded as cancelled in the project"));
    m_tree->setItemWidget(item, 2, bar);
    m_tree->setItemWidget(item, 4, cancel);
    m_tree->scrollToItem(item);
    QPointer<jobs::Job> handle(job);
    connect(cancel, &QToolButton::clicked, this, [handle, cancel] {
        if (handle) handle->cancel();
        cancel->setEnabled(false);
    });
    connect(job, &jobs::Job::progressChanged, this,
            [item, bar](double fraction, const QString& stage, double eta) {
                item->setText(1, stage);
                bar->setValue(int(fraction * 1000));
                item->setText(3, formatEta(eta));
            });
    connect(job, &jobs::Job::completed, this, [item, bar](qint64 runId) {
        item->setText(1, tr("Completed (run %1)").arg(runId));
        bar->setValue(1000);
    });
    connect(job, &jobs::Job::failed, this, [item](qint64, const QString& message) {
        item->setText(1, tr("Failed: %1").arg(message));
        item->setToolTip(1, message);
    });
    connect(job, &jobs::Job::cancelled, this, [item](qint64, const QString& message) {
        item->setText(1, tr("Cancelled"));
        item->setToolTip(1, message);
    });
    connect(job, &jobs::Job::finished, this, [item, cancel] {
        item->setText(3, QString());
        cancel->setEnabled(false);
    });
}

} // namespace privaudit::ui
