#pragma once

// The pipe protocol between PrivAudit and privaudit-model-host, the sandboxed child process that loads
// and queries an untrusted TorchScript model. Both ends run on the same machine from the same build, so
// integers travel in native byte order. No Qt, no torch: the host includes this file too.
//
// Request:  u32 op, then the op's fields.
//   Load     u64 n, n bytes of the TorchScript archive
//   Forward  i64 rows, i64 cols, rows*cols float32 (row-major)
//   Quit     nothing
// Reply:    u32 status, u64 n, n payload bytes. The host sends one reply per request, and one
//           unrequested reply (Ready, payload: the sandbox description) when it starts.
//   Load ok       u64 n, encoder.json (n may be 0); u64 m, the side-effecting operators found, '\n'-separated
//   Forward ok    i64 ndim, ndim i64 sizes, i32 scalar type, u8 floating point, then (when floating point)
//                 the outputs as float32, row-major
//   Error         a one-line message from the model or the host (English; the parent translates the frame)
//   Refused       Load only: the operators that were refused, '\n'-separated

#include <cstdint>

namespace privaudit::model::host {

enum class Op : std::uint32_t
{
    Load = 1,
    Forward = 2,
    Quit = 3
};

enum class Status : std::uint32_t
{
    Ok = 0,
    Error = 1,
    Refused = 2,
    Ready = 3
};

/// The host refuses an output with more values per input row than this (a model that floods memory).
inline constexpr std::int64_t kMaxOutputsPerRow = 65536;
/// The largest reply payload the parent accepts for a Load or a Ready reply.
inline constexpr std::uint64_t kMaxSmallPayload = 64ULL << 20;

} // namespace privaudit::model::host
