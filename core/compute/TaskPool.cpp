#include "compute/TaskPool.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <QRunnable>
#include <QThread>
#include <QThreadPool>

namespace privaudit::compute {

namespace {

QThreadPool& pool()
{
    static QThreadPool* instance = [] {
        auto* p = new QThreadPool; // never destroyed: tasks may still be returning at exit
        p->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        p->setExpiryTimeout(30000);
        return p;
    }();
    return *instance;
}

TaskPool::ThreadCountHooks
    g_hooks; // constant-initialised: safe to set from another file's static initialiser

} // namespace

void TaskPool::setThreadCountHooks(ThreadCountHooks hooks)
{
    g_hooks = hooks;
}

void TaskPool::setMaxThreads(int threads)
{
    pool().setMaxThreadCount(std::max(1, threads));
}

int TaskPool::maxThreads()
{
    return pool().maxThreadCount();
}

void TaskPool::run(int count, int workers, const std::function<void(int, int)>& task, std::atomic<bool>* stop,
                   int intraOpThreads)
{
    if (count <= 0) return;
    workers = std::clamp(workers, 1, count);
    std::atomic<int> next{0};
    std::atomic<bool> localStop{false};
    std::atomic<bool>& halt = stop ? *stop : localStop;
    auto loop = [&](int worker) {
        if (intraOpThreads > 0 && g_hooks.set) g_hooks.set(intraOpThreads);
        while (!halt.load()) {
            const int index = next.fetch_add(1);
            if (index >= count) break;
            task(index, worker);
        }
    };

    std::mutex mutex;
    std::condition_variable helpersDone;
    int running = 0;
    for (int w = 1; w < workers; ++w) {
        {
            std::lock_guard lock(mutex);
            ++running;
        }
        const bool started = pool().tryStart([&, w] {
            loop(w);
            std::lock_guard lock(mutex);
            if (--running == 0) helpersDone.notify_all();
        });
        if (!started) { // no idle thread: the calling thread and the helpers already started do the rest
            std::lock_guard lock(mutex);
            --running;
            break;
        }
    }
    const int ownThreads = intraOpThreads > 0 && g_hooks.get ? g_hooks.get() : 0;
    loop(0);
    if (ownThreads > 0 && g_hooks.set) g_hooks.set(ownThreads);
    std::unique_lock lock(mutex);
    helpersDone.wait(lock, [&] { return running == 0; });
}

} // namespace privaudit::compute
