#!/usr/bin/env bash
# Start-up of `incimap places` on one short article: the time from starting
# the command to its first output line, median of RUNS runs after one
# warm-up run each (page cache warm, as for a worker started over and over),
# for this build and a baseline build (the build folder of another checkout,
# e.g. main's), run in alternation so that both see the same load. Both read
# the same gazetteer index. Also printed: the shared libraries each binary
# loads, the dynamic loader's own cycle count (LD_DEBUG=statistics, median
# of the same runs: other work on the machine disturbs it less than the
# wall clock), and the same time for this build's incimap-full, the binary
# with GDAL, PROJ, GL, GLFW and X11 that `render` and `view` run in.
#
# Usage: scripts/bench-startup.sh [--runs N] [--article FILE] BASELINE_BUILD
#   --runs N        runs per binary (default 31)
#   --article FILE  the article (default assets/samples/iraq-baghdad-airport-rockets.txt)
# Environment: INCIMAP_BUILD_DIR (this build, default build/),
# INCIMAP_GAZETTEER (the index, default .data/gazetteer.idx).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${INCIMAP_BUILD_DIR:-$root/build}"
index="${INCIMAP_GAZETTEER:-$root/.data/gazetteer.idx}"
runs=31
article="$root/assets/samples/iraq-baghdad-airport-rockets.txt"
baseline=""

die() {
  echo "bench-startup: $*" >&2
  exit 1
}
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h | --help)
      sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"
      exit 0
      ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --article) article=${2:?--article needs a file}; shift 2 ;;
    -*) die "unknown option '$1' (try --help)" ;;
    *) [[ -z "$baseline" ]] || die "one baseline build only"; baseline=$1; shift ;;
  esac
done
[[ -n "$baseline" ]] || die "give the baseline build folder (try --help)"
[[ -f "$index" ]] || die "$index not found (scripts/build-gazetteer.sh builds it)"
[[ -f "$article" ]] || die "$article not found"

# Microseconds from the start of "$@" to its first line on stdout, and that
# line. bash's EPOCHREALTIME is read without starting a process.
first_line() {
  local start=$EPOCHREALTIME
  "$@" 2>/dev/null | {
    IFS= read -r line || true
    local end=$EPOCHREALTIME
    echo "$(( ${end/./} - ${start/./} )) ${line:0:20}"
    cat >/dev/null
  }
}

loader_cycles() {
  LD_DEBUG=statistics "$@" 2>&1 >/dev/null | awk '/total startup time in dynamic loader/ { print $(NF - 1) }'
}

median() {
  sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

binaries=("$baseline/bin/incimap" "$build/bin/incimap" "$build/bin/incimap-full")
labels=("baseline incimap" "this build incimap" "this build incimap-full")
for b in "${binaries[@]}"; do
  [[ -x "$b" ]] || die "$b not found; build first"
  # The warm-up, which also proves the command works: a command that fails
  # at once (no index) would otherwise time as a very fast start.
  read -r _ line <<<"$(first_line "$b" places -g "$index" "$article")"
  [[ "$line" == '{"id":'* ]] || die "$b places printed no places line (got '$line'); run it by hand"
done

declare -A times cycles
for ((i = 0; i < runs; ++i)); do
  for k in "${!binaries[@]}"; do
    read -r us _ <<<"$(first_line "${binaries[$k]}" places -g "$index" "$article")"
    times[$k]+="$us "
    cycles[$k]+="$(loader_cycles "${binaries[$k]}" places -g "$index" "$article") "
  done
done

echo "incimap start-up: places on $(basename "$article") ($(wc -c <"$article") bytes), index $(du -m "$index" | cut -f1) MB;" \
  "medians of $runs runs; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-26s %10s %18s %16s %8s\n' "binary" "libraries" "first line, ms" "loader Mcycles" "ratio"
base_ms=""
for k in "${!binaries[@]}"; do
  ms=$(tr ' ' '\n' <<<"${times[$k]}" | grep . | median | awk '{ printf "%.1f", $1 / 1000 }')
  mc=$(tr ' ' '\n' <<<"${cycles[$k]}" | grep . | median | awk '{ printf "%.2f", $1 / 1e6 }')
  [[ -n "$base_ms" ]] || base_ms=$ms
  ratio=$(awk -v b="$base_ms" -v m="$ms" 'BEGIN { printf "%.2f", b / m }')
  printf '%-26s %10d %18s %16s %8s\n' "${labels[$k]}" "$(ldd "${binaries[$k]}" | wc -l)" "$ms" "$mc" "$ratio"
done
echo "(ratio: the baseline's time over the row's; the baseline is $baseline)"
