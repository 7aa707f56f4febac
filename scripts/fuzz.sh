#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz for SECONDS each (default 60),
# as many at once as there are cores, from the seed corpora in
# tests/fuzz/corpus. Exits 1 when a target crashed, leaked, hung (an input
# over 10 s) or broke one of its checks; the input that did it is kept in
# build-sanitize/fuzz-artifacts/ (add it to tests/fuzz/regressions/TARGET/
# once fixed: the fuzz_replay tests run it from then on).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds="${1:-60}"
build="${INCIMAP_SANITIZE_BUILD_DIR:-$root/build-sanitize}"
"$root/scripts/build-sanitize.sh" fuzz_targets
bin="$build/fuzz"
work="$build/fuzz-corpus"
artifacts="$build/fuzz-artifacts"
mkdir -p "$work" "$artifacts"
# The index target needs a real index to mutate; random bytes never pass
# the header checks.
mkdir -p "$work/fuzz_gazetteer"
"$bin/fuzz_seed_index" "$work/fuzz_gazetteer/fixture.idx"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

run_one() {
  local target=$1
  local corpus=("$work/$target")
  mkdir -p "$work/$target"
  [ -d "$root/tests/fuzz/corpus/$target" ] && corpus+=("$root/tests/fuzz/corpus/$target")
  [ -d "$root/tests/fuzz/regressions/$target" ] && corpus+=("$root/tests/fuzz/regressions/$target")
  # New inputs go to the first folder (the build's), never into the repository.
  if "$bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$artifacts/$target-" "${corpus[@]}" \
      >"$artifacts/$target.log" 2>&1; then
    echo "fuzz: $target: ok ($(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$artifacts/$target.log" | grep -o '[0-9]*$') runs in ${seconds} s)"
  else
    echo "fuzz: $target: FAILED, see $artifacts/$target.log" >&2
    tail -n 40 "$artifacts/$target.log" >&2
    return 1
  fi
}

targets=(fuzz_reader_text fuzz_reader_html fuzz_reader_json fuzz_reader_jsonl fuzz_reader_feed
         fuzz_published_time fuzz_gazetteer fuzz_pipeline)
jobs="$(nproc)"
status=0
pids=()
for target in "${targets[@]}"; do
  run_one "$target" &
  pids+=($!)
  if [ "${#pids[@]}" -ge "$jobs" ]; then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
exit "$status"
