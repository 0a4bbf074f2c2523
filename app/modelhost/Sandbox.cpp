#include "Sandbox.h"

#include <cerrno>
#include <cstring>
#include <initializer_list>
#include <sched.h>
#include <seccomp.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace privaudit::modelhost {

namespace {

// Landlock's kernel ABI, declared here because Debian 12's linux-libc-dev (6.1) knows only ABI 1-2; the
// kernel reads as many bytes of the attribute as the size says, so each ABI gets the size it knows.
struct RulesetAttr
{
    std::uint64_t handledAccessFs = 0;
    std::uint64_t handledAccessNet = 0;
    std::uint64_t scoped = 0;
};
constexpr std::uint32_t kCreateRulesetVersion = 1U << 0;
constexpr std::uint64_t kFsAbi1 = (1ULL << 13) - 1; // EXECUTE .. MAKE_SYM
constexpr std::uint64_t kFsRefer = 1ULL << 13;      // ABI 2
constexpr std::uint64_t kFsTruncate = 1ULL << 14;   // ABI 3
constexpr std::uint64_t kFsIoctlDev = 1ULL << 15;   // ABI 5
constexpr std::uint64_t kNetBindTcp = 1ULL << 0;    // ABI 4
constexpr std::uint64_t kNetConnectTcp = 1ULL << 1;
constexpr std::uint64_t kScopeAbstractUnixSocket = 1ULL << 0; // ABI 6
constexpr std::uint64_t kScopeSignal = 1ULL << 1;

void addProblem(Confinement& c, const std::string& what)
{
    if (!c.problems.empty()) c.problems += "; ";
    c.problems += what;
}

std::string errnoText(const char* what)
{
    return std::string(what) + ": " + std::strerror(errno);
}

void applyLandlock(Confinement& c)
{
    const long abi = syscall(SYS_landlock_create_ruleset, nullptr, 0, kCreateRulesetVersion);
    if (abi < 1) {
        addProblem(c, errnoText("Landlock unavailable"));
        return;
    }
    c.landlockAbi = int(abi);
    RulesetAttr attr;
    attr.handledAccessFs =
        kFsAbi1 | (abi >= 2 ? kFsRefer : 0) | (abi >= 3 ? kFsTruncate : 0) | (abi >= 5 ? kFsIoctlDev : 0);
    std::size_t size = sizeof(std::uint64_t);
    if (abi >= 4) {
        attr.handledAccessNet = kNetBindTcp | kNetConnectTcp;
        size = 2 * sizeof(std::uint64_t);
    }
    if (abi >= 6) {
        attr.scoped = kScopeAbstractUnixSocket | kScopeSignal;
        size = sizeof(RulesetAttr);
    }
    const long fd = syscall(SYS_landlock_create_ruleset, &attr, size, 0U);
    if (fd < 0) {
        addProblem(c, errnoText("Landlock ruleset"));
        return;
    }
    // No rule is added: nothing beneath any path is allowed.
    if (syscall(SYS_landlock_restrict_self, int(fd), 0U) != 0)
        addProblem(c, errnoText("Landlock restrict_self"));
    else {
        c.landlockFileSystem = true;
        c.landlockNetwork = abi >= 4;
        c.landlockSignals = abi >= 6;
    }
    close(int(fd));
}

bool applySeccomp(Confinement& c)
{
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
    if (!ctx) {
        addProblem(c, "seccomp_init failed");
        return false;
    }
    const std::uint32_t deny = SCMP_ACT_ERRNO(EPERM);
    bool ok = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_TSYNC, 1) == 0;
    // Files and directories: nothing may be opened, created, renamed, removed or changed.
    for (const char* name :
         {"open", "openat", "openat2", "creat", "open_by_handle_at", "name_to_handle_at", "truncate",
          "ftruncate", "mknod", "mknodat", "link", "linkat", "symlink", "symlinkat", "unlink", "unlinkat",
          "rename", "renameat", "renameat2", "mkdir", "mkdirat", "rmdir", "chmod", "fchmod", "fchmodat",
          "chown", "fchown", "lchown", "fchownat", "utime", "utimes", "utimensat", "futimesat", "setxattr",
          "lsetxattr", "fsetxattr", "removexattr", "lremovexattr", "fremovexattr", "chdir", "fchdir",
          "chroot", "pivot_root", "mount", "umount2", "fsopen", "fsmount", "move_mount", "open_tree",
          "swapon", "swapoff", "acct", "quotactl", "inotify_init", "inotify_init1", "fanotify_init",
          // Network and other processes.
          "socket", "socketpair", "connect", "bind", "listen", "accept", "accept4", "execve", "execveat",
          "fork", "vfork", "ptrace", "process_vm_readv", "process_vm_writev", "pidfd_open", "pidfd_getfd",
          "pidfd_send_signal", "kcmp", "tkill", "setns", "unshare", "setuid", "setgid", "setreuid",
          "setregid", "setresuid", "setresgid", "setgroups",
          // The kernel itself.
          "bpf", "perf_event_open", "io_uring_setup", "userfaultfd", "keyctl", "add_key", "request_key",
          "personality", "kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module",
          "reboot", "sethostname", "setdomainname", "syslog", "iopl", "ioperm", "settimeofday",
          "clock_settime", "adjtimex", "clock_adjtime"}) {
        const int nr = seccomp_syscall_resolve_name(name);
        if (nr != __NR_SCMP_ERROR) ok = seccomp_rule_add(ctx, deny, nr, 0) == 0 && ok;
    }
    // Threads yes, processes no: clone without CLONE_THREAD is refused; clone3 answers ENOSYS so that
    // glibc falls back to clone, whose flags the filter can see.
    // Argument comparisons as plain structs (SCMP_A0 is a C compound literal).
    const auto arg0 = [](scmp_compare op, scmp_datum_t a, scmp_datum_t b = 0) {
        return scmp_arg_cmp{0, op, a, b};
    };
    ok =
        seccomp_rule_add(ctx, deny, SCMP_SYS(clone), 1, arg0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, 0)) == 0 && ok;
    ok = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0) == 0 && ok;
    // Signals only to itself (abort() raises SIGABRT with tgkill on its own pid).
    const auto self = static_cast<scmp_datum_t>(getpid());
    ok = seccomp_rule_add(ctx, deny, SCMP_SYS(kill), 1, arg0(SCMP_CMP_NE, self)) == 0 && ok;
    ok = seccomp_rule_add(ctx, deny, SCMP_SYS(tgkill), 1, arg0(SCMP_CMP_NE, self)) == 0 && ok;
    ok = seccomp_rule_add(ctx, deny, SCMP_SYS(rt_sigqueueinfo), 1, arg0(SCMP_CMP_NE, self)) == 0 && ok;
    ok = seccomp_rule_add(ctx, deny, SCMP_SYS(rt_tgsigqueueinfo), 1, arg0(SCMP_CMP_NE, self)) == 0 && ok;
    if (!ok) {
        addProblem(c, "a seccomp rule could not be added");
        seccomp_release(ctx);
        return false;
    }
    if (const int rc = seccomp_load(ctx); rc != 0) {
        addProblem(c, std::string("seccomp_load: ") + std::strerror(-rc));
        seccomp_release(ctx);
        return false;
    }
    seccomp_release(ctx);
    c.seccomp = true;
    return true;
}

} // namespace

std::string Confinement::describe() const
{
    std::string out;
    auto line = [&out](const char* key, const std::string& value) {
        out += std::string(key) + '=' + value + '\n';
    };
    line("landlock_abi", std::to_string(landlockAbi));
    line("landlock_file_system", landlockFileSystem ? "1" : "0");
    line("landlock_network", landlockNetwork ? "1" : "0");
    line("landlock_signals", landlockSignals ? "1" : "0");
    line("seccomp", seccomp ? "1" : "0");
    line("network_namespace", networkNamespace ? "1" : "0");
    line("memory_bytes", std::to_string(memoryBytes));
    if (!problems.empty()) line("problems", problems);
    return out;
}

void leaveNetwork(Confinement& c)
{
    // As root a network namespace alone; as a user, inside a new user namespace. Either gives a
    // namespace with only a downed loopback: no route anywhere.
    if (unshare(CLONE_NEWNET) == 0 || unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0)
        c.networkNamespace = true;
    else
        addProblem(c, errnoText("network namespace"));
}

bool confine(Confinement& c, std::uint64_t memoryBytes)
{
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
        addProblem(c, errnoText("no_new_privs"));
        return false;
    }
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#if defined(PRIVAUDIT_ASAN)
    // AddressSanitizer reserves terabytes of shadow address space: an address-space limit breaks it.
    if (memoryBytes > 0) addProblem(c, "memory limit not applied in an AddressSanitizer build");
#else
    const rlimit memory{memoryBytes, memoryBytes};
    if (memoryBytes > 0 && setrlimit(RLIMIT_AS, &memory) == 0)
        c.memoryBytes = memoryBytes;
    else if (memoryBytes > 0)
        addProblem(c, errnoText("memory limit"));
#endif
    const rlimit none{0, 0};
    setrlimit(RLIMIT_FSIZE, &none); // no file may grow, even one opened before
    setrlimit(RLIMIT_CORE, &none);
    applyLandlock(c);
    return applySeccomp(c);
}

} // namespace privaudit::modelhost
