#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <type_traits>
#include <utility>

namespace privaudit::ui {

/// Runs @p work on Qt's global thread pool and calls @p done with its result on @p context's thread,
/// never after @p context is destroyed (the watcher is its child, and the connection uses it as the
/// context object). @p work must own what it reads (capture copies, never `this`): the view may close
/// before it ends. The one way the workbench keeps slow reads (project files, datasets, PLD) off the GUI
/// thread.
template <typename Work, typename Done> void runInBackground(QObject* context, Work&& work, Done&& done)
{
    using Result = std::invoke_result_t<std::decay_t<Work>>;
    auto* watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(std::forward<Work>(work)));
}

} // namespace privaudit::ui
