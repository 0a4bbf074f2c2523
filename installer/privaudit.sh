#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   installer/privaudit.sh demo   install what is missing, build in Release, run the main job
#   installer/privaudit.sh test   install what is missing, build, run the whole test suite (ctest)
#   installer/privaudit.sh build  install what is missing and build only
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
preset="${PRIVAUDIT_PRESET:-release}"
build="$root/build/$preset"
jobs="$(nproc 2>/dev/null || echo 2)"

bash "$here/setup-deps.sh"

cd "$root"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export CCACHE_BASEDIR="$root"   # cache hits across clones in different folders
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
cmake --preset "$preset"
cmake --build --preset "$preset" --parallel "$jobs"

case "${1:-demo}" in
  build)
    ;;
  test)
    # House rules first (seconds): formatting, no widgets in core, no torch in public core headers,
    # layers one way (tests/house-rules.sh says which file breaks which rule).
    bash "$root/tests/house-rules.sh"
    # Benchmarks (label bench) run too: they report figures and fail only when they break.
    ctest --test-dir "$build" --output-on-failure --parallel "$jobs" --timeout 1200 --label-exclude fuzz-long
    # Then AddressSanitizer + UBSan on the torch-free core tests and libFuzzer on every parser of
    # untrusted files, 60 s each from a fixed seed, in one clang build of core (about 4 minutes cold on
    # 2 cores, 2 minutes of tests, 3 minutes of fuzzing). PRIVAUDIT_SANITIZERS=0 leaves them out of a
    # quick local run; CI runs them.
    if [ "${PRIVAUDIT_SANITIZERS:-1}" != 0 ]; then
      bash "$root/tests/sanitize.sh"
      bash "$root/tests/fuzz/run-fuzzers.sh" --ci
    fi
    ;;
  demo)
    # The main job always runs (headless); with a display the GUI opens afterwards.
    "$build/bin/privaudit-cli" demo --out "${PRIVAUDIT_DEMO_DIR:-$root/demo-output}"
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      exec "$build/bin/privaudit"
    fi
    ;;
  *)
    echo "usage: installer/privaudit.sh [demo|test|build]" >&2
    exit 2
    ;;
esac
