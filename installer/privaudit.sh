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
    # Benchmarks (label bench) run too: they report figures and fail only when they break.
    ctest --test-dir "$build" --output-on-failure --parallel "$jobs" --timeout 1200
    # The fuzz corpus ran in ctest. PRIVAUDIT_FUZZ_IN_TEST=1 adds libFuzzer on every parser of untrusted
    # files, 20 s each from a fixed seed (a clang build of core with ASan + UBSan: about 3.5 minutes cold
    # on 2 cores, plus 2 minutes of fuzzing; not on by default).
    if [ "${PRIVAUDIT_FUZZ_IN_TEST:-0}" = 1 ]; then
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
