#pragma once

#include <atomic>
#include <functional>

namespace privaudit::compute {

/// The process's one pool for parallel work inside a job: reference models, sweep points, bootstrap
/// resamples. Its size is capped at the cores by ComputeEnvironment::apply(), so work started from
/// several places never runs more threads than the compute settings allow.
class TaskPool
{
public:
    /// Runs task(index, worker) for every index in [0, count), on at most @p workers threads at a time:
    /// the calling thread is always one of them, the others are taken from the pool only while it has
    /// an idle thread (never queued), so nested use and a busy pool cannot deadlock; worker is a slot in
    /// [0, workers) that no two concurrent calls share (for per-worker buffers). Each worker thread runs
    /// with @p intraOpThreads LibTorch threads (0: leave as is); the calling thread gets its own count
    /// back afterwards. Indices not yet started are skipped once @p stop is set (by a task or by the
    /// caller). Returns when every started task has returned; the caller blocks on a condition, not a
    /// polling loop.
    static void run(int count, int workers, const std::function<void(int index, int worker)>& task,
                    std::atomic<bool>* stop = nullptr, int intraOpThreads = 0);

    /// How a worker sets and reads its LibTorch intra-op thread count. Installed by ComputeSettings.cpp
    /// (where LibTorch is) when that file is part of the program, so that the pool itself, and the
    /// torch-free code that uses it (bootstrap resamples), need no LibTorch.
    struct ThreadCountHooks
    {
        void (*set)(int) = nullptr;
        int (*get)() = nullptr;
    };
    static void setThreadCountHooks(ThreadCountHooks hooks);

    /// The pool's thread limit (the process's cores by default).
    static void setMaxThreads(int threads);
    static int maxThreads();
};

} // namespace privaudit::compute
