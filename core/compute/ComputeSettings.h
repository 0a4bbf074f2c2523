#pragma once

#include <QString>

namespace privaudit::compute {

enum class Device
{
    Cpu,
    Cuda
};

/// How the process spends its cores. One value of this type is created by the composition root (app/)
/// and applied once with ComputeEnvironment::apply(); every component that trains models reads it.
///
/// Policy (measured on a 2-core machine, see README "Compute settings"): OpenBLAS keeps its own thread
/// pool, which competes with LibTorch's OpenMP workers for the same cores; a small MLP training step
/// took 8.4 ms with both at their defaults and 4.3 ms with OpenBLAS held to one thread. So BLAS runs
/// single-threaded in the calling thread and parallelism comes from LibTorch's intra-op threads and from
/// the job pool, with jobWorkers * intraOpThreads never exceeding the cores.
struct ComputeSettings
{
    int cores = 1;          ///< logical cores available to the process
    int intraOpThreads = 1; ///< LibTorch intra-op (OpenMP) threads per worker
    int blasThreads = 1;    ///< OpenBLAS threads (process-wide)
    int jobWorkers = 1;     ///< concurrent jobs / reference models in the job pool
    Device device = Device::Cpu;

    /// Defaults for this machine: all cores for one job; @p requestedThreads <= 0 means "all cores".
    static ComputeSettings recommended(int requestedThreads = 0, bool preferCuda = true);

    /// Settings for running @p workers models side by side: each worker gets cores / workers threads.
    [[nodiscard]] ComputeSettings forParallelWorkers(int workers) const;

    [[nodiscard]] QString deviceName() const;
};

/// What the process actually loaded and uses, for --version, doctor and the About dialog.
struct RuntimeInfo
{
    QString qtVersion;
    QString torchVersion;
    QString eigenVersion;
    QString sqliteVersion;
    QString fftwVersion;
    QString blasLibrary; ///< path of the BLAS shared object mapped into the process
    QString blasConfig;  ///< openblas_get_config() when OpenBLAS is loaded
    bool blasIsOpenBlas = false;
    bool blasIsReference = false; ///< the slow netlib reference BLAS
    int torchThreads = 0;
    int blasThreads = 0; ///< -1 when the loaded BLAS cannot report it
    bool cudaAvailable = false;
    int cudaDevices = 0;
};

class ComputeEnvironment
{
public:
    /// Applies @p settings to LibTorch and OpenBLAS for the calling process. Thread-safe to call from
    /// the main thread before work starts; calling it while models train changes their thread count.
    /// Also caps the shared TaskPool at settings.cores.
    static void apply(const ComputeSettings& settings);

    /// Limits LibTorch's intra-op threads for the calling worker thread only (used by the job pool).
    static void setThreadsForCurrentWorker(int intraOpThreads);
    /// The calling thread's LibTorch intra-op thread count.
    static int threadsForCurrentWorker();

    static RuntimeInfo runtimeInfo();

    /// Measures single-precision matrix-multiply throughput (n x n times n x n), in GFLOP/s.
    static double measureMatmulGflops(int n, int repetitions);

    static bool cudaAvailable();
};

} // namespace privaudit::compute
