#pragma once

// Private to core/model: the parent end of privaudit-model-host (HostProtocol.h).

#include "common/Expected.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace privaudit::model {

/// Limits of the model sandbox (from the environment: PRIVAUDIT_MODEL_TIMEOUT_S, PRIVAUDIT_MODEL_MEMORY_MIB).
struct SandboxLimits
{
    int callTimeoutMs = 120'000;   ///< one load or one batch; the host is killed past it
    std::uint64_t memoryBytes = 0; ///< address space of the host; 0: 4 GiB + 4x the model file
    static SandboxLimits fromEnvironment();
};

/// One sandboxed host process holding one model. Not thread-safe: one caller at a time (the job's thread).
class ModelProcess
{
    Q_DECLARE_TR_FUNCTIONS(privaudit::model::ModelProcess)

public:
    struct Loaded
    {
        QString modelError;            ///< not a TorchScript archive: torch's message (English)
        QStringList refusedOperators;  ///< file, save or RPC operators: the model was not loaded
        QByteArray encoderJson;        ///< empty when the archive carries none
        QStringList printingOperators; ///< prim::Print and the like: allowed, their output captured
    };
    struct Output
    {
        std::vector<std::int64_t> sizes;
        int scalarType = 0;
        bool floating = false;
        QString scalarTypeName;
        std::vector<float> values; ///< row-major, when floating
        QString modelError;        ///< the model raised: its message (English), nothing else is set
    };

    /// Starts the host and waits for its sandbox to be in place; fails when the host is missing or the
    /// sandbox cannot be set up (a model is never loaded without it).
    static Expected<std::unique_ptr<ModelProcess>> start(const SandboxLimits& limits);
    ~ModelProcess();
    ModelProcess(const ModelProcess&) = delete;
    ModelProcess& operator=(const ModelProcess&) = delete;

    Expected<Loaded> load(const QByteArray& archive);
    /// One batch. Fails (and kills the host) past the time limit, on cancel, when the host dies or when
    /// the answer holds more than @p maxValuesPerRow values per row.
    Expected<Output> forward(const float* data, std::int64_t rows, std::int64_t cols,
                             std::int64_t maxValuesPerRow);

    /// Polled while waiting for the host; when it turns true the host is killed and the call fails.
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }
    /// What the sandbox put in place, and what the model printed: {"isolation": "process", "landlock_abi": 7,
    /// ...}.
    [[nodiscard]] QJsonObject sandboxJson() const;
    /// The model's prints (the first 64 KiB) and their total size.
    [[nodiscard]] const QByteArray& printed() const { return m_printed; }
    [[nodiscard]] std::int64_t printedBytes() const { return m_printedBytes; }
    /// The path of privaudit-model-host (PRIVAUDIT_MODEL_HOST, else beside this executable, else libexec).
    static QString hostPath();

private:
    ModelProcess() = default;
    /// Sends @p request, then reads one reply of at most @p maxPayload bytes.
    Expected<QByteArray> transact(const QByteArray& request, std::uint32_t* status, std::uint64_t maxPayload,
                                  const QString& what);
    QString deathReason();
    void kill();

    int m_pid = -1;
    int m_in = -1;  ///< requests (the host's stdin)
    int m_out = -1; ///< replies
    int m_err = -1; ///< the host's stderr: the model's prints
    bool m_dead = false;
    SandboxLimits m_limits;
    const std::atomic<bool>* m_cancel = nullptr;
    QJsonObject m_sandbox;
    QByteArray m_printed;
    std::int64_t m_printedBytes = 0;
};

} // namespace privaudit::model
