#pragma once

#include "compute/ComputeSettings.h"
#include "jobs/JobExecutor.h"
#include "jobs/JobSpec.h"
#include "jobs/Sweep.h"

#include <atomic>
#include <memory>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

namespace privaudit::jobs {

/// One submitted job. Lives in the thread that created the runner; its signals arrive there, never
/// after the runner is gone. cancel() is safe from any thread.
class Job : public QObject
{
    Q_OBJECT

public:
    [[nodiscard]] const QString& title() const { return m_title; }
    [[nodiscard]] const QString& projectPath() const { return m_projectPath; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    /// Asks the job to stop; it records the run as cancelled within about a second.
    void cancel() { m_cancel->store(true); }

Q_SIGNALS:
    void started();
    /// At most ten times a second: fraction done (0..1), translated stage text, seconds left (-1: unknown).
    void progressChanged(double fraction, const QString& stage, double etaSeconds);
    /// A run of this job was stored while it still runs (a sweep's point): views of the project can
    /// reload. Not throttled with the progress.
    void resultsStored(int storedRuns);
    void completed(qint64 runId);
    void failed(qint64 runId, const QString& message);
    void cancelled(qint64 runId, const QString& message);
    /// After any of completed, failed and cancelled.
    void finished();

private:
    friend class JobRunner;
    Job(QString title, QString projectPath, QObject* parent);
    QString m_title;
    QString m_projectPath;
    bool m_finished = false;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
};

/// Runs jobs on an owned pool, one at a time: each job already spreads its training over the cores
/// (LibTorch intra-op threads and parallel reference models, see ComputeSettings), so running two jobs
/// side by side would only oversubscribe them. Each job opens its own connection to its project.
/// Destroying the runner cancels the jobs and waits for them.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(compute::ComputeSettings settings, QObject* parent = nullptr);
    ~JobRunner() override;

    /// Queues @p spec against the project at @p projectPath; the returned job is owned by the runner.
    Job* start(const JobSpec& spec, const QString& projectPath);
    /// Queues a sweep; its points run side by side on the cores (see Sweep::run).
    Job* startSweep(const SweepSpec& spec, const QString& projectPath);
    void cancelAll();
    /// Blocks until no job runs (for the CLI and tests; the GUI listens to the signals instead).
    bool waitForDone(int msecs = -1);

private:
    /// Work run on the pool: gets the settings, the cancel flag and a progress callback.
    using Work = std::function<JobResult(const compute::ComputeSettings&, const std::atomic<bool>&,
                                         const std::function<void(const JobProgress&)>&)>;
    Job* startWork(const QString& title, const QString& projectPath, Work work);

    compute::ComputeSettings m_settings;
    QThreadPool m_pool;
};

} // namespace privaudit::jobs
