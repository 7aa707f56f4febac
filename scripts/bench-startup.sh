#!/usr/bin/env bash
# Start-up of the headless commands: the time from starting
# `incimap places ARTICLE` to its first output line, median of N runs after
# one warm-up run (page cache warm, as for a worker that runs the command
# over and over), for the lean binary and for incimap-full, the binary
# with GDAL, PROJ, GL, GLFW and X11; the shared libraries each loads; and
# the dynamic loader's own count of the cycles it spent (LD_DEBUG=statistics,
# median of the same runs), which other work on the machine disturbs less
# than the wall clock.
#
# Usage: scripts/bench-startup.sh [RUNS] [ARTICLE]
# Environment: INCIMAP_BUILD_DIR (default build/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${INCIMAP_BUILD_DIR:-$root/build}"
runs=${1:-31}
article=${2:-$root/assets/samples/iraq-baghdad-airport-rockets.txt}

# Microseconds from the start of "$@" to its first line on stdout. bash's
# EPOCHREALTIME is read without starting a process, so the clock adds
# nothing of its own.
first_line_us() {
  local start=$EPOCHREALTIME
  "$@" 2>/dev/null | {
    IFS= read -r _ || true
    local end=$EPOCHREALTIME
    echo $(( ${end/./} - ${start/./} ))
    cat > /dev/null
  }
}

loader_cycles() {
  LD_DEBUG=statistics "$@" 2>&1 >/dev/null | awk '/total startup time in dynamic loader/ { print $(NF - 1) }'
}

median_ms() {
  sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }'
}

for binary in "$build/bin/incimap" "$build/bin/incimap-full"; do
  first_line_us "$binary" places "$article" > /dev/null  # warm-up
  median=$(for _ in $(seq "$runs"); do first_line_us "$binary" places "$article"; done | median_ms)
  cycles=$(for _ in $(seq "$runs"); do loader_cycles "$binary" places "$article"; done | sort -n |
           awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  libraries=$(ldd "$binary" | wc -l)
  printf '%-14s places, first line: median %s ms of %d runs; %d shared libraries; loader %s cycles\n' \
    "$(basename "$binary")" "$median" "$runs" "$libraries" "$cycles"
done
