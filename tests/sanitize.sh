#!/usr/bin/env bash
# AddressSanitizer + UBSan on the core tests (DP accountants, calibration, data import, metrics, project
# store, assessment, the model sandbox, compute settings, training, DP-SGD and external models in the
# sandboxed host), in the same clang build as the fuzz harnesses (the "fuzz" preset instruments all of
# core and the model host). Debian's LibTorch loads OpenCV's highgui and with it Qt 5 beside Qt 6: the
# tests that do not use torch, linked with --as-needed, load neither (the script checks), so most of
# core is checked with one Qt in the process; tst_compute and tst_model load both and pass as well.
# The attack, job and sweep tests train hundreds of models and stay in the Release run only.
# The test command runs this.
# Usage: bash tests/sanitize.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ONE_QT=(tst_rdp tst_pld tst_calibration tst_data tst_governance tst_duplicates tst_minimisation tst_datasheet tst_metrics tst_project tst_assess tst_sandbox)
TESTS=("${ONE_QT[@]}" tst_compute tst_model)
if ! command -v clang++ >/dev/null; then
  echo "sanitize: needs clang: apt-get install clang libclang-rt-14-dev" >&2
  exit 2
fi
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}" CCACHE_BASEDIR="$PWD"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --parallel "$(nproc)" --target "${TESTS[@]}" privaudit-model-host
for t in "${ONE_QT[@]}"; do
  if ldd "build/fuzz/bin/$t" | grep -q libQt5; then
    echo "sanitize: $t loads Qt 5 (LibTorch crept in); it should not use torch and load one Qt" >&2
    exit 1
  fi
done
[ -x /usr/lib/llvm-14/bin/llvm-symbolizer ] && export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir build/fuzz --output-on-failure --parallel "$(nproc)" -R "^($(IFS='|'; echo "${TESTS[*]}"))\$"
