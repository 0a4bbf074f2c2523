#include "model/ModelProcess.h"

#include "model/HostProtocol.h"

#include <c10/core/ScalarType.h>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace privaudit::model {

namespace {

constexpr std::int64_t kPrintedKept = 64 * 1024;

template <typename T> void append(QByteArray& out, T value)
{
    out.append(reinterpret_cast<const char*>(&value), sizeof(T));
}

template <typename T> bool take(const QByteArray& in, qsizetype& at, T* value)
{
    if (at < 0 || in.size() - at < qsizetype(sizeof(T))) return false;
    std::memcpy(value, in.constData() + at, sizeof(T));
    at += qsizetype(sizeof(T));
    return true;
}

bool takeString(const QByteArray& in, qsizetype& at, QByteArray* value)
{
    std::uint64_t n = 0;
    if (!take(in, at, &n) || n > std::uint64_t(in.size() - at)) return false;
    *value = in.mid(at, qsizetype(n));
    at += qsizetype(n);
    return true;
}

void setNonBlocking(int fd)
{
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

std::int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

SandboxLimits SandboxLimits::fromEnvironment()
{
    SandboxLimits l;
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("PRIVAUDIT_MODEL_TIMEOUT_S", &ok);
    if (ok && seconds > 0) l.callTimeoutMs = seconds * 1000;
    const int mib = qEnvironmentVariableIntValue("PRIVAUDIT_MODEL_MEMORY_MIB", &ok);
    if (ok && mib > 0) l.memoryBytes = std::uint64_t(mib) << 20;
    return l;
}

QString ModelProcess::hostPath()
{
    if (const QString env = qEnvironmentVariable("PRIVAUDIT_MODEL_HOST"); !env.isEmpty()) return env;
    const QString exe = QCoreApplication::instance() ? QCoreApplication::applicationDirPath()
                                                     : QFileInfo(QStringLiteral("/proc/self/exe"))
                                                           .canonicalFilePath()
                                                           .section(QLatin1Char('/'), 0, -2);
    const QDir dir(exe);
    for (const QString& candidate :
         {dir.filePath(QStringLiteral("privaudit-model-host")),
          dir.filePath(QStringLiteral("../libexec/privaudit/privaudit-model-host"))}) {
        if (QFileInfo(candidate).isExecutable()) return QDir::cleanPath(candidate);
    }
    return dir.filePath(QStringLiteral("privaudit-model-host"));
}

Expected<std::unique_ptr<ModelProcess>> ModelProcess::start(const SandboxLimits& limits)
{
    using Result = Expected<std::unique_ptr<ModelProcess>>;
    const QString path = hostPath();
    if (!QFileInfo(path).isExecutable())
        return Result::failure(
            tr("The model sandbox (privaudit-model-host) was not found at '%1'; reinstall PrivAudit. "
               "An external model is never run without it.")
                .arg(path));
    int request[2] = {-1, -1};
    int replies[2] = {-1, -1};
    int errors[2] = {-1, -1};
    // Requests over a socket, so that a write after the host died gives EPIPE, not SIGPIPE (MSG_NOSIGNAL).
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, request) != 0 || pipe2(replies, O_CLOEXEC) != 0 ||
        pipe2(errors, O_CLOEXEC) != 0) {
        for (int fd : {request[0], request[1], replies[0], replies[1], errors[0], errors[1]})
            if (fd >= 0) close(fd);
        return Result::failure(tr("The model sandbox could not be started: %1")
                                   .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, request[1], 0);
    posix_spawn_file_actions_adddup2(&actions, replies[1], 1);
    posix_spawn_file_actions_adddup2(&actions, errors[1], 2);
    const QByteArray program = QFile::encodeName(path);
    const QByteArray memory = QByteArray::number(qulonglong(limits.memoryBytes));
    char* argv[] = {const_cast<char*>(program.constData()), const_cast<char*>("--memory-bytes"),
                    const_cast<char*>(memory.constData()), nullptr};
    // A clean environment: one thread for OpenBLAS and OpenMP (the sandbox needs a single-threaded
    // process to confine), nothing of the user's.
    std::vector<QByteArray> env{"OPENBLAS_NUM_THREADS=1", "OMP_NUM_THREADS=1", "OMP_WAIT_POLICY=PASSIVE",
                                "LC_ALL=C"};
    if (const QByteArray ld = qgetenv("LD_LIBRARY_PATH"); !ld.isEmpty())
        env.push_back("LD_LIBRARY_PATH=" + ld);
    std::vector<char*> envp;
    for (QByteArray& e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, program.constData(), &actions, nullptr, argv, envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(request[1]);
    close(replies[1]);
    close(errors[1]);
    if (rc != 0) {
        close(request[0]);
        close(replies[0]);
        close(errors[0]);
        return Result::failure(
            tr("The model sandbox could not be started: %1").arg(QString::fromLocal8Bit(std::strerror(rc))));
    }
    std::unique_ptr<ModelProcess> p(new ModelProcess);
    p->m_pid = pid;
    p->m_in = request[0];
    p->m_out = replies[0];
    p->m_err = errors[0];
    p->m_limits = limits;
    for (int fd : {p->m_in, p->m_out, p->m_err})
        setNonBlocking(fd);
    std::uint32_t status = 0;
    auto ready = p->transact({}, &status, host::kMaxSmallPayload, tr("starting"));
    if (!ready) return Result::failure(ready.error());
    if (host::Status(status) != host::Status::Ready)
        return Result::failure(tr("The model sandbox could not be set up, so the model is not run: %1")
                                   .arg(QString::fromUtf8(*ready).left(500)));
    QJsonObject sandbox{{QStringLiteral("isolation"), QStringLiteral("process")},
                        {QStringLiteral("call_timeout_s"), limits.callTimeoutMs / 1000.0}};
    for (const QByteArray& line : ready->split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0) continue;
        const QString key = QString::fromUtf8(line.left(eq));
        const QString value = QString::fromUtf8(line.mid(eq + 1));
        bool isNumber = false;
        const qint64 number = value.toLongLong(&isNumber);
        if (key == QLatin1String("problems"))
            sandbox[key] = value;
        else if (key == QLatin1String("landlock_abi") || key == QLatin1String("memory_bytes"))
            sandbox[key] = number;
        else if (isNumber)
            sandbox[key] = number != 0;
    }
    p->m_sandbox = sandbox;
    return p;
}

ModelProcess::~ModelProcess()
{
    if (m_pid > 0 && !m_dead) {
        QByteArray quit;
        append<std::uint32_t>(quit, std::uint32_t(host::Op::Quit));
        (void)send(m_in, quit.constData(), size_t(quit.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        int st = 0;
        const std::int64_t until = nowMs() + 1000;
        while (waitpid(m_pid, &st, WNOHANG) == 0) {
            if (nowMs() > until) {
                kill();
                break;
            }
            usleep(5000);
        }
    }
    for (int fd : {m_in, m_out, m_err})
        if (fd >= 0) close(fd);
}

void ModelProcess::kill()
{
    if (m_pid > 0 && !m_dead) {
        ::kill(m_pid, SIGKILL);
        int st = 0;
        waitpid(m_pid, &st, 0);
        m_dead = true;
    }
}

QString ModelProcess::deathReason()
{
    int st = 0;
    pid_t r = 0;
    const std::int64_t until = nowMs() + 2000;
    while ((r = waitpid(m_pid, &st, WNOHANG)) == 0 && nowMs() < until)
        usleep(5000);
    if (r == 0) {
        kill();
        return tr("stopped answering");
    }
    m_dead = true;
    if (WIFSIGNALED(st))
        return tr("ended with signal %1 (%2)")
            .arg(WTERMSIG(st))
            .arg(QString::fromLocal8Bit(strsignal(WTERMSIG(st))));
    return tr("ended with exit status %1").arg(WEXITSTATUS(st));
}

Expected<QByteArray> ModelProcess::transact(const QByteArray& request, std::uint32_t* status,
                                            std::uint64_t maxPayload, const QString& what)
{
    using Result = Expected<QByteArray>;
    if (m_dead) return Result::failure(tr("The model process is no longer running."));
    const std::int64_t deadline = nowMs() + m_limits.callTimeoutMs;
    qsizetype written = 0;
    QByteArray reply;
    std::uint64_t payload = 0;
    bool haveHeader = false;
    constexpr qsizetype kHeader = sizeof(std::uint32_t) + sizeof(std::uint64_t);
    char buffer[65536];
    for (;;) {
        pollfd fds[3];
        nfds_t n = 0;
        const bool writing = written < request.size();
        if (writing) fds[n++] = pollfd{m_in, POLLOUT, 0};
        fds[n++] = pollfd{m_out, POLLIN, 0};
        if (m_err >= 0) fds[n++] = pollfd{m_err, POLLIN, 0};
        const std::int64_t left = deadline - nowMs();
        if (left <= 0) {
            kill();
            return Result::failure(tr("The model did not answer within %1 s (%2) and was stopped.")
                                       .arg(m_limits.callTimeoutMs / 1000.0)
                                       .arg(what));
        }
        if (m_cancel && m_cancel->load()) {
            kill();
            return Result::failure(tr("Cancelled while the model was running (%1).").arg(what));
        }
        const int ready = poll(fds, n, int(std::min<std::int64_t>(left, 100)));
        if (ready < 0 && errno != EINTR) {
            kill();
            return Result::failure(tr("The model process could not be read: %1")
                                       .arg(QString::fromLocal8Bit(std::strerror(errno))));
        }
        for (nfds_t i = 0; i < n && ready > 0; ++i) {
            if (fds[i].revents == 0) continue;
            if (fds[i].fd == m_in) {
                const ssize_t w =
                    send(m_in, request.constData() + written, size_t(request.size() - written), MSG_NOSIGNAL);
                if (w > 0)
                    written += w;
                else if (w < 0 && errno != EAGAIN && errno != EINTR)
                    return Result::failure(tr("The model process %1 (%2).").arg(deathReason(), what));
            } else if (fds[i].fd == m_err) {
                const ssize_t r = read(m_err, buffer, sizeof buffer);
                if (r > 0) {
                    m_printedBytes += r;
                    if (m_printed.size() < kPrintedKept)
                        m_printed.append(buffer, std::min<qsizetype>(r, kPrintedKept - m_printed.size()));
                } else if (r == 0 || (errno != EAGAIN && errno != EINTR)) {
                    close(m_err);
                    m_err = -1;
                }
            } else {
                const ssize_t r = read(m_out, buffer, sizeof buffer);
                if (r == 0 || (r < 0 && errno != EAGAIN && errno != EINTR))
                    return Result::failure(tr("The model process %1 (%2).").arg(deathReason(), what));
                if (r > 0) reply.append(buffer, r);
                if (!haveHeader && reply.size() >= kHeader) {
                    qsizetype at = 0;
                    take(reply, at, status);
                    take(reply, at, &payload);
                    haveHeader = true;
                    if (payload > maxPayload) {
                        kill();
                        return Result::failure(tr("The model returned more data than its batch allows (%1 "
                                                  "bytes, at most %2) and was stopped (%3).")
                                                   .arg(qulonglong(payload))
                                                   .arg(qulonglong(maxPayload))
                                                   .arg(what));
                    }
                }
                if (haveHeader && std::uint64_t(reply.size() - kHeader) >= payload) {
                    if (writing && written < request.size()) {
                        // An answer before the whole request was read: the host is not following the
                        // protocol.
                        kill();
                        return Result::failure(
                            tr("The model process answered out of turn (%1) and was stopped.").arg(what));
                    }
                    return reply.mid(kHeader, qsizetype(payload));
                }
            }
        }
    }
}

Expected<ModelProcess::Loaded> ModelProcess::load(const QByteArray& archive)
{
    using Result = Expected<Loaded>;
    QByteArray request;
    request.reserve(archive.size() + 12);
    append<std::uint32_t>(request, std::uint32_t(host::Op::Load));
    append<std::uint64_t>(request, std::uint64_t(archive.size()));
    request.append(archive);
    std::uint32_t status = 0;
    auto reply = transact(request, &status, host::kMaxSmallPayload, tr("loading the model"));
    if (!reply) return Result::failure(reply.error());
    Loaded loaded;
    switch (host::Status(status)) {
    case host::Status::Ok: {
        qsizetype at = 0;
        QByteArray printing;
        if (!takeString(*reply, at, &loaded.encoderJson) || !takeString(*reply, at, &printing)) {
            kill();
            return Result::failure(tr("The model process sent a malformed answer (loading the model)."));
        }
        for (const QByteArray& op : printing.split('\n'))
            if (!op.isEmpty()) loaded.printingOperators << QString::fromUtf8(op);
        return loaded;
    }
    case host::Status::Refused:
        for (const QByteArray& op : reply->split('\n'))
            if (!op.isEmpty()) loaded.refusedOperators << QString::fromUtf8(op);
        return loaded;
    case host::Status::Error:
        loaded.modelError = QString::fromUtf8(*reply).left(2000);
        return loaded;
    default:
        kill();
        return Result::failure(tr("The model process sent a malformed answer (loading the model)."));
    }
}

Expected<ModelProcess::Output> ModelProcess::forward(const float* data, std::int64_t rows, std::int64_t cols,
                                                     std::int64_t maxValuesPerRow)
{
    using Result = Expected<Output>;
    QByteArray request;
    request.reserve(qsizetype(rows * cols * 4 + 20));
    append<std::uint32_t>(request, std::uint32_t(host::Op::Forward));
    append<std::int64_t>(request, rows);
    append<std::int64_t>(request, cols);
    request.append(reinterpret_cast<const char*>(data), qsizetype(rows * cols * qsizetype(sizeof(float))));
    std::uint32_t status = 0;
    const std::uint64_t maxPayload =
        4096 + std::uint64_t(std::max<std::int64_t>(rows, 1)) * std::uint64_t(maxValuesPerRow) * 4;
    auto reply = transact(request, &status, maxPayload, tr("a batch of %1 rows").arg(rows));
    if (!reply) return Result::failure(reply.error());
    Output out;
    if (host::Status(status) == host::Status::Error) {
        out.modelError = QString::fromUtf8(*reply).left(2000);
        return out;
    }
    qsizetype at = 0;
    std::int64_t ndim = 0;
    std::int32_t type = 0;
    std::uint8_t floating = 0;
    bool ok = host::Status(status) == host::Status::Ok && take(*reply, at, &ndim) && ndim >= 0 && ndim <= 16;
    std::uint64_t count = 1;
    for (std::int64_t i = 0; ok && i < ndim; ++i) {
        std::int64_t s = 0;
        ok = take(*reply, at, &s) && s >= 0 && s <= (std::int64_t(1) << 40);
        out.sizes.push_back(s);
        count = ok ? count * std::uint64_t(s) : 0;
        ok = ok && count <= (std::uint64_t(1) << 40);
    }
    ok = ok && take(*reply, at, &type) && take(*reply, at, &floating);
    if (ok) {
        out.scalarType = type;
        out.floating = floating != 0;
        out.scalarTypeName = type >= 0 && type < int(c10::ScalarType::NumOptions)
                                 ? QString::fromLatin1(c10::toString(c10::ScalarType(type)))
                                 : QString::number(type);
        if (out.floating) {
            ok = std::uint64_t(reply->size() - at) == count * sizeof(float);
            if (ok) {
                out.values.resize(count);
                std::memcpy(out.values.data(), reply->constData() + at, count * sizeof(float));
            }
        }
    }
    if (!ok) {
        kill();
        return Result::failure(
            tr("The model process sent a malformed answer (%1).").arg(tr("a batch of %1 rows").arg(rows)));
    }
    return out;
}

QJsonObject ModelProcess::sandboxJson() const
{
    QJsonObject j = m_sandbox;
    j[QStringLiteral("printed_bytes")] = qint64(m_printedBytes);
    return j;
}

} // namespace privaudit::model
