// privaudit-model-host: loads and queries one untrusted TorchScript model inside a sandbox, for the
// PrivAudit process that started it, over the pipe protocol of core/model/HostProtocol.h.
//
// A TorchScript file is code. The host confines itself before it reads the model (Sandbox.h): no file
// system, no network, no new processes, bounded memory. It talks to its parent on fd 3 (a duplicate of
// the stdout it was given); the model's own prints go to stderr, which the parent captures and never
// mixes with its output. The parent bounds the time of every call and kills the host when it is over.

#include "model/HostProtocol.h"
#include "Sandbox.h"

#include <ATen/Parallel.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <torch/csrc/jit/passes/inliner.h>
#include <torch/script.h>
#include <unistd.h>
#include <vector>

namespace host = privaudit::model::host;
using privaudit::modelhost::Confinement;

namespace {

int g_out = -1; // the reply pipe

bool readAll(void* buffer, std::size_t n)
{
    auto* p = static_cast<char*>(buffer);
    while (n > 0) {
        const ssize_t r = read(0, p, n);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return false;
        p += r;
        n -= std::size_t(r);
    }
    return true;
}

void writeAll(const void* buffer, std::size_t n)
{
    const auto* p = static_cast<const char*>(buffer);
    while (n > 0) {
        const ssize_t w = write(g_out, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) _exit(3); // the parent went away
        p += w;
        n -= std::size_t(w);
    }
}

template <typename T> void append(std::string& out, T value)
{
    out.append(reinterpret_cast<const char*>(&value), sizeof(T));
}

void appendString(std::string& out, const std::string& s)
{
    append<std::uint64_t>(out, s.size());
    out += s;
}

void reply(host::Status status, const std::string& payload)
{
    std::string header;
    append<std::uint32_t>(header, std::uint32_t(status));
    append<std::uint64_t>(header, payload.size());
    writeAll(header.data(), header.size());
    writeAll(payload.data(), payload.size());
}

std::string firstLine(const char* what)
{
    std::string s(what);
    if (const auto nl = s.find('\n'); nl != std::string::npos) s.resize(nl);
    return s.size() > 2000 ? s.substr(0, 2000) : s;
}

/// The operators of every method of every module (calls inlined), by qualified name.
void collectOperators(const torch::jit::Block* block, std::set<std::string>& out)
{
    for (const torch::jit::Node* node : block->nodes()) {
        out.insert(node->kind().toQualString());
        for (const torch::jit::Block* inner : node->blocks())
            collectOperators(inner, out);
    }
}

std::set<std::string> operatorsOf(const torch::jit::Module& module)
{
    std::set<std::string> out;
    for (const auto& named : module.named_modules()) {
        for (const auto& method : named.value.get_methods()) {
            auto graph = method.graph()->copy();
            torch::jit::Inline(*graph);
            collectOperators(graph->block(), out);
        }
    }
    return out;
}

/// Operators that touch files or other processes: the sandbox would stop them, but a model that
/// contains them is refused outright so the user learns what it tried.
bool refusedOperator(const std::string& name)
{
    return name.find("file") != std::string::npos || name.find("save") != std::string::npos ||
           name.find("rpc") != std::string::npos || name.rfind("dist_", 0) == 0 ||
           name.find("::_load") != std::string::npos;
}

/// Operators with a visible but harmless side effect: printing (captured by the parent).
bool printingOperator(const std::string& name)
{
    return name == "prim::Print" || name == "aten::warn";
}

void warmUp()
{
    // Everything torch initialises lazily (CPU capabilities, allocator, graph executor) is initialised
    // here, before the sandbox closes the file system.
    torch::jit::Module m("warmup");
    m.define("def forward(self, x):\n"
             "    h = torch.relu(torch.matmul(x, x.t()))\n"
             "    return torch.log_softmax(h, 1) + torch.softmax(h, 1).sum()\n");
    torch::NoGradGuard noGrad;
    for (int i = 0; i < 3; ++i)
        (void)m.forward({torch::randn({8, 8})}).toTensor().sum().item<float>();
}

int countThreads()
{
    int n = -1;
    FILE* f = std::fopen("/proc/self/status", "r");
    if (!f) return -1;
    char line[256];
    while (std::fgets(line, sizeof line, f))
        if (std::strncmp(line, "Threads:", 8) == 0) n = std::atoi(line + 8);
    std::fclose(f);
    return n;
}

} // namespace

int main(int argc, char** argv)
{
    std::uint64_t memoryBytes = 0;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--memory-bytes") == 0)
            memoryBytes = std::strtoull(argv[i + 1], nullptr, 10);

    prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    if (getppid() == 1) return 1;
    // Only stdin (requests), stdout (replies) and stderr (the model's prints) stay open.
    syscall(SYS_close_range, 3U, ~0U, 0U);
    g_out = dup(1);
    dup2(2, 1);
    std::signal(SIGPIPE, SIG_IGN);

    Confinement confinement;
    privaudit::modelhost::leaveNetwork(confinement);
    at::set_num_threads(1);
    at::set_num_interop_threads(1);
    try {
        warmUp();
    } catch (const std::exception& e) {
        reply(host::Status::Error, "torch could not start: " + firstLine(e.what()));
        return 2;
    }
    if (const int threads = countThreads(); threads != 1) {
        reply(host::Status::Error,
              "the host has " + std::to_string(threads) + " threads before the sandbox; refusing");
        return 2;
    }
    if (!privaudit::modelhost::confine(confinement, memoryBytes)) {
        reply(host::Status::Error,
              "the sandbox could not be set up (" + confinement.problems + "); refusing to load the model");
        return 2;
    }
    reply(host::Status::Ready, confinement.describe());

    std::optional<torch::jit::Module> module;
    for (;;) {
        std::uint32_t op = 0;
        if (!readAll(&op, sizeof op)) return 0;
        switch (host::Op(op)) {
        case host::Op::Quit:
            return 0;
        case host::Op::Load: {
            std::uint64_t n = 0;
            if (!readAll(&n, sizeof n) || n > (std::uint64_t(1) << 40)) return 3;
            std::string bytes;
            try {
                bytes.resize(n);
            } catch (const std::exception&) {
                reply(host::Status::Error, "the model does not fit in the sandbox's memory limit");
                return 3;
            }
            if (!readAll(bytes.data(), n)) return 3;
            try {
                std::istringstream in(bytes);
                torch::jit::ExtraFilesMap extra{{"encoder.json", std::string()}};
                module = torch::jit::load(in, c10::nullopt, extra);
                module->eval();
                bytes = std::string();
                std::string refused;
                std::string printing;
                for (const std::string& name : operatorsOf(*module)) {
                    if (refusedOperator(name))
                        refused += name + '\n';
                    else if (printingOperator(name))
                        printing += name + '\n';
                }
                if (!refused.empty()) {
                    module.reset();
                    reply(host::Status::Refused, refused);
                    break;
                }
                std::string payload;
                appendString(payload, extra["encoder.json"]);
                appendString(payload, printing);
                reply(host::Status::Ok, payload);
            } catch (const std::exception& e) {
                module.reset();
                reply(host::Status::Error, firstLine(e.what()));
            }
            break;
        }
        case host::Op::Forward: {
            std::int64_t shape[2] = {0, 0};
            if (!readAll(shape, sizeof shape) || shape[0] < 0 || shape[1] < 0 ||
                shape[1] > (std::int64_t(1) << 24) ||
                (shape[1] > 0 && shape[0] > (std::int64_t(1) << 34) / shape[1]))
                return 3;
            std::vector<float> input;
            try {
                input.resize(std::size_t(shape[0] * shape[1]));
            } catch (const std::exception&) {
                reply(host::Status::Error, "the batch does not fit in the sandbox's memory limit");
                return 3;
            }
            if (!readAll(input.data(), input.size() * sizeof(float))) return 3;
            if (!module) {
                reply(host::Status::Error, "no model is loaded");
                break;
            }
            try {
                torch::NoGradGuard noGrad;
                const torch::Tensor x =
                    torch::from_blob(input.data(), {shape[0], shape[1]}, torch::kFloat32).clone();
                const c10::IValue result = module->forward({x});
                if (!result.isTensor()) {
                    reply(host::Status::Error, "the model returned " + result.tagKind() + ", not a tensor");
                    break;
                }
                torch::Tensor out = result.toTensor();
                const std::int64_t perRow =
                    shape[0] > 0 ? out.numel() / std::max<std::int64_t>(shape[0], 1) : out.numel();
                if (out.numel() > std::max<std::int64_t>(shape[0], 1) * host::kMaxOutputsPerRow ||
                    perRow > host::kMaxOutputsPerRow) {
                    reply(host::Status::Error, "the model returned " + std::to_string(out.numel()) +
                                                   " values for " + std::to_string(shape[0]) + " rows");
                    break;
                }
                std::string payload;
                append<std::int64_t>(payload, out.dim());
                for (const std::int64_t s : out.sizes())
                    append<std::int64_t>(payload, s);
                append<std::int32_t>(payload, std::int32_t(out.scalar_type()));
                const bool floating = out.is_floating_point();
                append<std::uint8_t>(payload, floating ? 1 : 0);
                if (floating) {
                    const torch::Tensor f = out.detach().to(torch::kCPU).to(torch::kFloat32).contiguous();
                    payload.append(reinterpret_cast<const char*>(f.data_ptr<float>()),
                                   std::size_t(f.numel()) * sizeof(float));
                }
                reply(host::Status::Ok, payload);
            } catch (const std::exception& e) {
                reply(host::Status::Error, firstLine(e.what()));
            }
            break;
        }
        default:
            return 3;
        }
    }
}
