#pragma once

#include "common/Sanitizers.h"

#include <cstdint>
#include <string>

namespace privaudit::modelhost {

/// What confine() put in place, as "key=value" lines (the parent stores them with the run).
struct Confinement
{
    int landlockAbi = 0; ///< 0: the kernel has no Landlock; file system access is then denied by seccomp only
    bool landlockFileSystem = false; ///< every file system access denied (no rules in the ruleset)
    bool landlockNetwork = false;    ///< TCP bind and connect denied (ABI 4+)
    bool landlockSignals = false;    ///< signals to processes outside the sandbox denied (ABI 6+)
    bool seccomp = false;            ///< the system-call filter is installed
    bool networkNamespace = false;   ///< a new, empty network namespace
    std::uint64_t memoryBytes = 0;   ///< RLIMIT_AS
    std::string problems;            ///< what could not be applied, and why ('; '-separated)

    [[nodiscard]] std::string describe() const;
};

/// Joins a new network namespace where the kernel allows it. Call first, while the process has one thread.
void leaveNetwork(Confinement& c);

/// Confines this process for good: no new privileges; address space, file size and core limits; Landlock
/// with an empty ruleset (no file may be opened, read, written, created or removed; no TCP; no signals
/// outside); a seccomp filter that refuses opening files, sockets, exec, fork, ptrace, mounts,
/// namespaces, kernel keyrings and signals to other processes (EPERM), kept on every thread (TSYNC).
/// Call while the process has one thread (Landlock confines the calling thread and its future threads).
/// Returns false when the seccomp filter could not be installed: the host then refuses to load a model.
bool confine(Confinement& c, std::uint64_t memoryBytes);

} // namespace privaudit::modelhost
