#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang, ASan + UBSan; the "fuzz" preset) and fuzzes each for SECONDS
# (default 60) starting from the corpus kept in tests/fuzz/corpus/NAME, as many at once as there are
# cores. New interesting inputs go to build/fuzz/corpus/NAME (copy the small ones into the repo's corpus
# to keep them); a crash, a leak, an undefined behaviour or a timeout (10 s per input) fails the run and
# leaves its input in build/fuzz/artifacts/.
#   bash tests/fuzz/run-fuzzers.sh [SECONDS] [NAME ...]
#   bash tests/fuzz/run-fuzzers.sh --ci     60 s each from a fixed seed (the test command runs this)
#   bash tests/fuzz/run-fuzzers.sh 600      the long run quoted in the README (ctest -L fuzz-long)
set -euo pipefail
cd "$(dirname "$0")/../.."
SEED_ARGS=()
if [ "${1:-}" = "--ci" ]; then
  shift
  set -- 60 "$@"
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
[ -x /usr/lib/llvm-14/bin/llvm-symbolizer ] && export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
export ASAN_OPTIONS="abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

fuzz_one() {
  local n="$1"
  mkdir -p "build/fuzz/corpus/$n"
  if "build/fuzz/bin/fuzz_$n" "${SEED_ARGS[@]}" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=4096 \
       -max_len=65536 -print_final_stats=1 -artifact_prefix="build/fuzz/artifacts/$n-" \
       "build/fuzz/corpus/$n" "tests/fuzz/corpus/$n" 2>"build/fuzz/$n.log"; then
    echo "fuzz_$n: ${SECONDS_EACH} s, 0 crashes, $(grep -E 'stat::number_of_executed_units' "build/fuzz/$n.log" | awk '{print $2}') inputs, peak $(grep -E 'stat::peak_rss_mb' "build/fuzz/$n.log" | awk '{print $2}') MB"
  else
    echo "fuzz_$n FAILED: see build/fuzz/$n.log and build/fuzz/artifacts/" >&2
    tail -30 "build/fuzz/$n.log" >&2
    return 1
  fi
}

echo "== fuzzing ${NAMES[*]}: ${SECONDS_EACH} s each, $(nproc) at a time"
failed=0
pids=()
for n in "${NAMES[@]}"; do
  fuzz_one "$n" &
  pids+=($!)
  if [ ${#pids[@]} -ge "$(nproc)" ]; then
    wait "${pids[0]}" || failed=1
    pids=("${pids[@]:1}")
  fi
done
for p in "${pids[@]}"; do
  wait "$p" || failed=1
done
exit $failed
