#!/usr/bin/env bash
# What -j buys: wall-clock time of `incimap places` and of a merged
# `incimap extract` over the same articles at -j 1, 2 and 4 (median of RUNS
# runs each, interleaved so that the machine's other load falls on every
# setting alike), the speed-up over -j 1, and the CPU time of reading the
# same JSON lines from stdin and from a file by name (the stdin reader must
# not cost more).
#
# The articles are the sample articles, COPIES times over with distinct ids
# (so no copy is skipped as a repeat).
#
# Usage: scripts/bench-jobs.sh [RUNS] [COPIES]
# Environment: INCIMAP_BUILD_DIR (default build/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${INCIMAP_BUILD_DIR:-$root/build}"
incimap="$build/bin/incimap"
runs=${1:-5}
copies=${2:-40}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$incimap" ingest "$root/assets/samples" > "$work/one.jsonl"
for ((c = 0; c < copies; c++)); do
  sed "s/\"id\":\"\([^\"]*\)\"/\"id\":\"\1-$c\"/" "$work/one.jsonl"
done > "$work/articles.jsonl"
echo "bench-jobs: $(wc -l < "$work/articles.jsonl") articles, $(du -k "$work/articles.jsonl" | cut -f1) KiB, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)" >&2

# Seconds (wall, user+sys) of one run of "$@", output discarded.
timed() {
  local start=$EPOCHREALTIME
  local t
  /usr/bin/time -f '%U %S' -o "$work/time" "$@" > /dev/null 2>/dev/null
  t=$(tail -1 "$work/time")
  local end=$EPOCHREALTIME
  echo "$(( ${end/./} - ${start/./} )) $t"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Wall time, and CPU time (user + sys: what the threads cost in all; equal
# CPU at every -j means no parallel overhead, whatever else the machine runs).
declare -A wall cpu
for ((r = 0; r < runs; r++)); do
  for j in 1 2 4; do
    read -r us u s < <(timed "$incimap" places -q -j "$j" "$work/articles.jsonl")
    wall[places-$j]+="$us "
    cpu[places-$j]+="$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }') "
    read -r us u s < <(timed "$incimap" extract -q -j "$j" "$work/articles.jsonl" -o "$work/out.geojson" --overwrite)
    wall[extract-$j]+="$us "
    cpu[extract-$j]+="$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }') "
  done
done
printf '%-8s %4s %10s %9s %12s\n' command -j "median s" speed-up "median CPU s"
for command in places extract; do
  base=$(tr ' ' '\n' <<< "${wall[$command-1]}" | grep . | median)
  for j in 1 2 4; do
    m=$(tr ' ' '\n' <<< "${wall[$command-$j]}" | grep . | median)
    c=$(tr ' ' '\n' <<< "${cpu[$command-$j]}" | grep . | median)
    awk -v c="$command" -v j="$j" -v m="$m" -v b="$base" -v cpu="$c" \
      'BEGIN { printf "%-8s %4s %10.2f %8.2fx %12.2f\n", c, j, m / 1e6, b / m, cpu }'
  done
done

# CPU seconds (user+sys) of -j 1 reading stdin against reading the file by name.
cpu_file=() cpu_stdin=()
for ((r = 0; r < runs; r++)); do
  read -r _ u s < <(timed "$incimap" places -q -j 1 "$work/articles.jsonl")
  cpu_file+=("$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')")
  read -r _ u s < <(timed sh -c "'$incimap' places -q -j 1 - < '$work/articles.jsonl'")
  cpu_stdin+=("$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')")
done
f=$(printf '%s\n' "${cpu_file[@]}" | median)
s=$(printf '%s\n' "${cpu_stdin[@]}" | median)
awk -v f="$f" -v s="$s" 'BEGIN { printf "places -j 1 CPU: file %.2f s, stdin %.2f s (stdin/file %.3f)\n", f, s, s / f }'
