#!/usr/bin/env bash
# AddressSanitizer + UBSan on the torch-free core tests (DP accountants, calibration, data import,
# metrics, project store, assessment, the model sandbox). Debian's LibTorch loads OpenCV's highgui and
# with it Qt 5 beside Qt 6, which AddressSanitizer does not survive; these tests do not use torch and,
# linked with --as-needed, load neither (the script checks). About 15 minutes on 2 cores from a cold
# cache; not part of .ci/run for that reason. Usage: bash tests/sanitize.sh
set -euo pipefail
cd "$(dirname "$0")/.."
TESTS=(tst_rdp tst_pld tst_calibration tst_data tst_metrics tst_project tst_assess tst_sandbox)
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}" CCACHE_BASEDIR="$PWD"
cmake --preset asan >/dev/null
cmake --build --preset asan --parallel "$(nproc)" --target "${TESTS[@]}"
for t in "${TESTS[@]}"; do
  if ldd "build/asan/bin/$t" | grep -q libQt5; then
    echo "sanitize: $t loads Qt 5 (LibTorch crept in); the sanitizer run would not be meaningful" >&2
    exit 1
  fi
done
export ASAN_OPTIONS="abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir build/asan --output-on-failure -R "^($(IFS='|'; echo "${TESTS[*]}"))\$"
