#include "jobs/JobRunner.h"

#include "project/ProjectStore.h"

#include <chrono>
#include <QMetaObject>

namespace privaudit::jobs {

Job::Job(QString title, QString projectPath, QObject* parent)
    : QObject(parent), m_title(std::move(title)), m_projectPath(std::move(projectPath))
{
}

JobRunner::JobRunner(compute::ComputeSettings settings, QObject* parent)
    : QObject(parent), m_settings(settings)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("privaudit-jobs"));
}

JobRunner::~JobRunner()
{
    cancelAll();
    m_pool.waitForDone();
}

void JobRunner::cancelAll()
{
    for (Job* job : findChildren<Job*>(QString(), Qt::FindDirectChildrenOnly))
        job->cancel();
}

bool JobRunner::waitForDone(int msecs)
{
    return m_pool.waitForDone(msecs);
}

Job* JobRunner::start(const JobSpec& spec, const QString& projectPath)
{
    return startWork(spec.name, projectPath,
                     [spec, projectPath](const compute::ComputeSettings& settings,
                                         const std::atomic<bool>& cancel,
                                         const std::function<void(const JobProgress&)>& progress) {
                         auto store = project::ProjectStore::open(projectPath);
                         if (!store) return JobResult{JobOutcome::Failed, 0, store.error()};
                         return JobExecutor::run(spec, *store.value(), settings, cancel, progress);
                     });
}

Job* JobRunner::startSweep(const SweepSpec& spec, const QString& projectPath)
{
    return startWork(spec.base.name, projectPath,
                     [spec, projectPath](const compute::ComputeSettings& settings,
                                         const std::atomic<bool>& cancel,
                                         const std::function<void(const JobProgress&)>& progress) {
                         const SweepResult r = Sweep::run(spec, projectPath, settings, cancel, progress);
                         return JobResult{r.outcome, r.sweepRunId, r.message};
                     });
}

Job* JobRunner::startWork(const QString& title, const QString& projectPath, Work work)
{
    auto* job = new Job(title, projectPath, this);
    QPointer<Job> handle(job);
    const auto cancel = job->m_cancel;
    const compute::ComputeSettings settings = m_settings;
    // Results travel back through the runner as context object: it outlives every worker (its
    // destructor waits for the pool), and the QPointer drops signals for a job deleted meanwhile.
    auto post = [this, handle](auto&& function) {
        QMetaObject::invokeMethod(
            this,
            [handle, function = std::forward<decltype(function)>(function)] {
                if (handle) function(handle.data());
            },
            Qt::QueuedConnection);
    };
    m_pool.start([work = std::move(work), cancel, settings, post] {
        post([](Job* j) { Q_EMIT j->started(); });
        compute::ComputeEnvironment::setThreadsForCurrentWorker(settings.intraOpThreads);
        auto lastPost = std::chrono::steady_clock::now() - std::chrono::seconds(1);
        int stored = 0;
        const JobResult result = work(settings, *cancel, [&](const JobProgress& p) {
            if (p.storedRuns > stored) {
                stored = p.storedRuns;
                post([n = stored](Job* j) { Q_EMIT j->resultsStored(n); });
            }
            const auto now = std::chrono::steady_clock::now();
            if (now - lastPost < std::chrono::milliseconds(100) && p.fraction < 1.0) return;
            lastPost = now;
            post([p](Job* j) { Q_EMIT j->progressChanged(p.fraction, p.stage, p.etaSeconds); });
        });
        post([result](Job* j) {
            j->m_finished = true;
            switch (result.outcome) {
            case JobOutcome::Completed:
                Q_EMIT j->completed(result.runId);
                break;
            case JobOutcome::Cancelled:
                Q_EMIT j->cancelled(result.runId, result.message);
                break;
            case JobOutcome::Failed:
                Q_EMIT j->failed(result.runId, result.message);
                break;
            }
            Q_EMIT j->finished();
        });
    });
    return job;
}

} // namespace privaudit::jobs
