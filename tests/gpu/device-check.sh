#!/usr/bin/env bash
# The GPU check (README, "CUDA"): builds the engine's training code (core/common, compute, data, dp,
# model) against the machine's CUDA LibTorch 2.x and runs tests/gpu/gpu_check.cpp on the GPU: the
# device is found and chosen, the same seeded training (plain and DP-SGD) agrees on CPU and GPU, a GPU
# model's TorchScript scores the same on the CPU, and one epoch's time on each.
#
# Run from the repository root on a machine with an NVIDIA GPU, python3 with a CUDA build of PyTorch
# (whose LibTorch is used), CMake, a C++20 compiler and dpkg. The other dependencies are Debian 12
# packages in .gpu/debs: run tests/gpu/prepare.sh on a Debian machine first (no network is needed on
# the GPU machine). About 3 minutes on 16 cores. Writes gpu-check.log and gpu-check.json to $OUT
# (default .gpu/out). Exit status: the check's (0 when everything passed).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${OUT:-$root/.gpu/out}"
work="${PRIVAUDIT_GPU_WORK:-/tmp/privaudit-gpu}"
mkdir -p "$out" "$work"
exec > >(tee "$out/gpu-check.log") 2>&1

py="${PYTHON:-python3}"
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader || echo "(no nvidia-smi)"
"$py" -c 'import torch; print("PyTorch", torch.__version__, "CUDA", torch.version.cuda, "GPU available:", torch.cuda.is_available())'
torch_dir="$("$py" -c 'import os, torch; print(os.path.dirname(torch.__file__))')"
abi="$("$py" -c 'import torch; print(int(torch._C._GLIBCXX_USE_CXX11_ABI))')"
[ -d /usr/local/cuda/bin ] && export PATH="/usr/local/cuda/bin:$PATH"
c++ --version | head -1
cmake --version | head -1

ls "$root"/.gpu/debs/*.deb > /dev/null || { echo "no .gpu/debs: run tests/gpu/prepare.sh first" >&2; exit 2; }
deps="$work/deps"
rm -rf "$deps" && mkdir -p "$deps"
for f in "$root"/.gpu/debs/*.deb; do dpkg -x "$f" "$deps"; done

gen=() keep=(-- -k)
command -v ninja > /dev/null && gen=(-G Ninja) keep=(-- -k 0)
common=(-S "$root/tests/gpu" "${gen[@]}" -DCMAKE_BUILD_TYPE=Release -DPRIVAUDIT_DEPS_ROOT="$deps")
# LibTorch's own CMake files first (they look for the CUDA toolkit); when they fail, its folders directly.
if ! cmake "${common[@]}" -B "$work/build" -DTorch_DIR="$torch_dir/share/cmake/Torch"; then
  echo "LibTorch's CMake configuration failed; using $torch_dir/include and lib directly"
  rm -rf "$work/build"
  cmake "${common[@]}" -B "$work/build" -DPRIVAUDIT_TORCH_ROOT="$torch_dir" -DPRIVAUDIT_TORCH_CXX11_ABI="$abi"
fi
start=$(date +%s)
cmake --build "$work/build" --parallel "$(nproc)" "${keep[@]}"
echo "build: $(( $(date +%s) - start )) s"

set +e
LD_LIBRARY_PATH="$deps/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
  "$work/build/gpu_check" --json "$out/gpu-check.json" "$@"
status=$?
nvidia-smi --query-gpu=name,memory.used,utilization.gpu --format=csv,noheader 2>/dev/null
exit $status
