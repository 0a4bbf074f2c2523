#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang, ASan + UBSan; the "fuzz" preset) and fuzzes each for SECONDS
# (default 60; --ci: 20 s from seed 1) starting from the corpus kept in tests/fuzz/corpus/NAME. New interesting inputs go to
# build/fuzz/corpus/NAME (copy the small ones into the repo's corpus to keep them); a crash, a leak, an
# undefined behaviour or a timeout (10 s per input) fails the run and leaves its input in
# build/fuzz/artifacts/. Usage: bash tests/fuzz/run-fuzzers.sh [SECONDS] [NAME ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
# --ci: 20 s each from a fixed seed, as the test command runs it.
SEED_ARGS=()
if [ "${1:-}" = "--ci" ]; then
  shift
  set -- 20 "$@"
  SEED_ARGS=(-seed=1)
fi
SECONDS_EACH="${1:-60}"
shift || true
NAMES=("$@")
[ ${#NAMES[@]} -eq 0 ] && NAMES=(csv jobspec predictions rulepack assessment project)
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  echo "run-fuzzers: needs clang with libFuzzer: apt-get install clang libclang-rt-14-dev" >&2
  exit 2
fi
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}" CCACHE_BASEDIR="$PWD"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --parallel "$(nproc)" --target $(printf 'fuzz_%s ' "${NAMES[@]}")
mkdir -p build/fuzz/artifacts
export ASAN_OPTIONS="abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=0
for n in "${NAMES[@]}"; do
  mkdir -p "build/fuzz/corpus/$n"
  echo "== fuzz_$n for ${SECONDS_EACH} s"
  if ! "build/fuzz/bin/fuzz_$n" "${SEED_ARGS[@]}" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
       -print_final_stats=1 -artifact_prefix="build/fuzz/artifacts/$n-" \
       "build/fuzz/corpus/$n" "tests/fuzz/corpus/$n" 2>"build/fuzz/$n.log"; then
    echo "fuzz_$n FAILED: see build/fuzz/$n.log and build/fuzz/artifacts/" >&2
    tail -30 "build/fuzz/$n.log" >&2
    failed=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "build/fuzz/$n.log" || true
done
exit $failed
