#include "compute/ComputeSettings.h"

#include "compute/TaskPool.h"

#include <algorithm>
#include <chrono>
#include <dlfcn.h>
#include <Eigen/Core>
#include <fftw3.h>
#include <omp.h>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>
#include <thread>
#include <torch/torch.h>
#include <torch/version.h>

namespace privaudit::compute {

namespace {

using OpenBlasSetThreads = void (*)(int);
using OpenBlasGetThreads = int (*)();
using OpenBlasGetConfig = char* (*)();

template <typename Fn> Fn blasSymbol(const char* name)
{
    return reinterpret_cast<Fn>(dlsym(RTLD_DEFAULT, name));
}

int hardwareCores()
{
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : static_cast<int>(n);
}

QString mappedBlasLibrary()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly)) return {};
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const int slash = line.indexOf('/');
        if (slash < 0) continue;
        const QString path = QString::fromLocal8Bit(line.mid(slash));
        const QString name = QFileInfo(path).fileName();
        if (name.startsWith(QLatin1String("libblas.so")) || name.startsWith(QLatin1String("libopenblas")) ||
            name.startsWith(QLatin1String("libmkl_rt")) || name.startsWith(QLatin1String("libblis"))) {
            const QString canonical = QFileInfo(path).canonicalFilePath();
            return canonical.isEmpty() ? path : canonical;
        }
    }
    return {};
}

} // namespace

ComputeSettings ComputeSettings::recommended(int requestedThreads, bool preferCuda)
{
    ComputeSettings s;
    s.cores = hardwareCores();
    s.intraOpThreads = requestedThreads > 0 ? std::min(requestedThreads, s.cores) : s.cores;
    s.blasThreads = 1;
    s.jobWorkers = 1;
    s.device = (preferCuda && ComputeEnvironment::cudaAvailable()) ? Device::Cuda : Device::Cpu;
    return s;
}

ComputeSettings ComputeSettings::forParallelWorkers(int workers) const
{
    ComputeSettings s = *this;
    const int budget = std::max(1, intraOpThreads);
    s.jobWorkers = std::clamp(workers, 1, budget);
    s.intraOpThreads = std::max(1, budget / s.jobWorkers);
    return s;
}

QString ComputeSettings::deviceName() const
{
    return device == Device::Cuda ? QStringLiteral("CUDA") : QStringLiteral("CPU");
}

namespace {

// The shared pool sets its workers' LibTorch threads through these (it has no LibTorch of its own).
const bool g_taskPoolHooks = [] {
    TaskPool::setThreadCountHooks(
        {&ComputeEnvironment::setThreadsForCurrentWorker, &ComputeEnvironment::threadsForCurrentWorker});
    return true;
}();

} // namespace

void ComputeEnvironment::apply(const ComputeSettings& settings)
{
    if (auto setBlas = blasSymbol<OpenBlasSetThreads>("openblas_set_num_threads"))
        setBlas(std::max(1, settings.blasThreads));
    torch::set_num_threads(std::max(1, settings.intraOpThreads));
    TaskPool::setMaxThreads(std::max(1, settings.cores));
}

void ComputeEnvironment::setThreadsForCurrentWorker(int intraOpThreads)
{
    // LibTorch's OpenMP backend sizes parallel regions from the calling thread's nthreads ICV, which
    // omp_set_num_threads() changes for this thread only (torch::set_num_threads would change it for
    // every thread that starts later). LibTorch initialises that ICV lazily, once per thread, from its
    // global setting; trigger that first so it cannot overwrite ours later.
    (void)torch::get_num_threads();
    omp_set_num_threads(std::max(1, intraOpThreads));
}

int ComputeEnvironment::threadsForCurrentWorker()
{
    (void)torch::get_num_threads();
    return omp_get_max_threads();
}

RuntimeInfo ComputeEnvironment::runtimeInfo()
{
    RuntimeInfo info;
    info.qtVersion = QString::fromLatin1(qVersion());
    info.torchVersion = QStringLiteral(TORCH_VERSION);
    info.eigenVersion =
        QStringLiteral("%1.%2.%3").arg(EIGEN_WORLD_VERSION).arg(EIGEN_MAJOR_VERSION).arg(EIGEN_MINOR_VERSION);
    info.sqliteVersion = QString::fromLatin1(sqlite3_libversion());
    info.fftwVersion = QString::fromLatin1(fftw_version);
    info.blasLibrary = mappedBlasLibrary();
    if (auto getConfig = blasSymbol<OpenBlasGetConfig>("openblas_get_config")) {
        info.blasIsOpenBlas = true;
        info.blasConfig = QString::fromLatin1(getConfig()).trimmed();
    }
    if (auto getThreads = blasSymbol<OpenBlasGetThreads>("openblas_get_num_threads"))
        info.blasThreads = getThreads();
    else
        info.blasThreads = -1;
    info.blasIsReference = !info.blasIsOpenBlas && info.blasLibrary.contains(QLatin1String("/blas/"));
    info.torchThreads = torch::get_num_threads();
    info.cudaAvailable = cudaAvailable();
    info.cudaDevices = info.cudaAvailable ? static_cast<int>(torch::cuda::device_count()) : 0;
    return info;
}

double ComputeEnvironment::measureMatmulGflops(int n, int repetitions)
{
    torch::NoGradGuard noGrad;
    torch::manual_seed(12345);
    const auto a = torch::randn({n, n});
    const auto b = torch::randn({n, n});
    auto c = torch::mm(a, b); // warm-up
    double best = 0.0;
    for (int r = 0; r < std::max(1, repetitions); ++r) {
        const auto start = std::chrono::steady_clock::now();
        c = torch::mm(a, b);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (seconds > 0) best = std::max(best, 2.0 * n * n * static_cast<double>(n) / seconds / 1e9);
    }
    return best;
}

bool ComputeEnvironment::cudaAvailable()
{
    return torch::cuda::is_available();
}

} // namespace privaudit::compute
