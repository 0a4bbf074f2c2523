// The model sandbox itself (app/modelhost/Sandbox.cpp), without torch: a forked child confines itself
// exactly as privaudit-model-host does, then tries what a hostile TorchScript model would try. Each
// attempt that succeeds sets a bit of the child's exit status.

#include "Sandbox.h"

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <functional>
#include <netinet/in.h>
#include <QTemporaryDir>
#include <QTest>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using privaudit::modelhost::Confinement;

namespace {

enum Escape
{
    ReadSecret = 1 << 0,
    WriteVictim = 1 << 1,
    CreateFile = 1 << 2,
    OpenSocket = 1 << 3,
    Fork = 1 << 4,
    Exec = 1 << 5,
    SignalParent = 1 << 6,
    RemoveFile = 1 << 7,
};

/// Runs @p attempts in a confined child; returns its exit status (the escapes that worked), or -1 when
/// the sandbox could not be set up, or 200 + signal when the child died.
int confinedChild(const std::function<int()>& attempts, Confinement* reported = nullptr)
{
    int pipeFd[2];
    if (pipe(pipeFd) != 0) return -2;
    const pid_t pid = fork();
    if (pid == 0) {
        close(pipeFd[0]);
        Confinement c;
        privaudit::modelhost::leaveNetwork(c);
        const bool ok = privaudit::modelhost::confine(c, std::uint64_t(1) << 30);
        const std::string d = c.describe();
        (void)!write(pipeFd[1], d.data(), d.size());
        close(pipeFd[1]);
        _exit(ok ? attempts() : 255);
    }
    close(pipeFd[1]);
    std::string description;
    char buffer[512];
    for (ssize_t r; (r = read(pipeFd[0], buffer, sizeof buffer)) > 0;)
        description.append(buffer, std::size_t(r));
    close(pipeFd[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (reported) {
        reported->seccomp = description.find("seccomp=1") != std::string::npos;
        reported->landlockFileSystem = description.find("landlock_file_system=1") != std::string::npos;
        reported->problems = description;
    }
    if (WIFSIGNALED(status)) return 200 + WTERMSIG(status);
    return WEXITSTATUS(status) == 255 ? -1 : WEXITSTATUS(status);
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void confinedProcessCannotEscape()
    {
        QTemporaryDir dir;
        const QByteArray secret = QFile::encodeName(dir.filePath(QStringLiteral("secret.txt")));
        const QByteArray victim = QFile::encodeName(dir.filePath(QStringLiteral("victim.txt")));
        const QByteArray created = QFile::encodeName(dir.filePath(QStringLiteral("created.txt")));
        for (const QByteArray& path : {secret, victim}) {
            QFile f(QFile::decodeName(path));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("the original text\n");
        }
        const pid_t parent = getpid();
        Confinement reported;
        const int escaped = confinedChild(
            [&]() {
                int out = 0;
                if (const int fd = open(secret.constData(), O_RDONLY); fd >= 0) out |= ReadSecret;
                if (const int fd = open(victim.constData(), O_WRONLY | O_TRUNC); fd >= 0) out |= WriteVictim;
                if (const int fd = open(created.constData(), O_WRONLY | O_CREAT, 0600); fd >= 0)
                    out |= CreateFile;
                if (const int s = socket(AF_INET, SOCK_STREAM, 0); s >= 0) out |= OpenSocket;
                if (const int s = socket(AF_UNIX, SOCK_STREAM, 0); s >= 0) out |= OpenSocket;
                if (const pid_t p = fork(); p == 0)
                    _exit(0);
                else if (p > 0)
                    out |= Fork;
                char* argv[] = {const_cast<char*>("/bin/true"), nullptr};
                if (execv("/bin/true", argv) == 0)
                    out |= Exec; // not reached when exec works: the child becomes /bin/true and exits 0
                if (kill(parent, 0) == 0) out |= SignalParent;
                if (unlink(victim.constData()) == 0) out |= RemoveFile;
                return out == 0 ? 100 : out; // 100: every attempt was refused
            },
            &reported);
        QVERIFY2(escaped != -1, reported.problems.c_str());
        QVERIFY2(reported.seccomp, reported.problems.c_str());
        QCOMPARE(escaped, 100);
        QFile check(QFile::decodeName(victim));
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("the original text\n"));
        QVERIFY(!QFile::exists(QFile::decodeName(created)));
        qInfo("sandbox: %s", reported.problems.c_str());
    }

    void confinedProcessKeepsWorking()
    {
        // Threads, memory, pipes and raising a signal on itself still work: torch needs them.
        const int result = confinedChild([]() {
            std::vector<char> big(64 << 20, 1);
            std::thread t([&big]() { big[0] = 2; });
            t.join();
            int p[2];
            if (pipe(p) != 0 || write(p[1], "x", 1) != 1) return 1;
            return big[0] == 2 ? 100 : 2;
        });
        QCOMPARE(result, 100);
        // abort() raises SIGABRT on itself: the sandbox lets it die, as a crash in a model would.
        QCOMPARE(confinedChild([]() -> int {
                     std::signal(SIGABRT, SIG_DFL); // not QtTest's handler
                     std::abort();
                 }),
                 200 + SIGABRT);
    }

    void memoryIsBounded()
    {
#if defined(PRIVAUDIT_ASAN)
        QSKIP("an address-space limit cannot be combined with AddressSanitizer (the sandbox leaves it out "
              "there)");
#endif
        // 1 GiB of address space: a 2 GiB allocation fails instead of exhausting the machine.
        const int result = confinedChild([]() {
            void* p = std::malloc(std::size_t(2) << 30);
            return p == nullptr ? 100 : 1;
        });
        QCOMPARE(result, 100);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
