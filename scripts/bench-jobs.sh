#!/usr/bin/env bash
# What -j buys: wall-clock time of `incimap places` and of a merged
# `incimap extract` over the same real news at -j 1, 2 and 4 (median of RUNS
# runs each, interleaved so that the machine's other load falls on every
# setting alike), the speed-up over -j 1 of the same run, and from
# /usr/bin/time the CPU time, the context switches and the peak memory; then
# the CPU time of reading the same JSON lines from stdin and from a file by
# name (the stdin reader must not cost more).
#
# The articles are real news, HUNDREDS x 100 of them (scripts/bench-articles.sh
# on ../shared/eval/incidents, or INCIMAP_NEWS_DIR).
#
# INCIMAP_BASELINE_BUILD_DIR, when set, is a second build whose runs are
# interleaved with these (rows marked "base"): the same comparison against a
# build from before a change.
#
# Usage: scripts/bench-jobs.sh [RUNS] [HUNDREDS]
# Environment: INCIMAP_BUILD_DIR (default build/), INCIMAP_BASELINE_BUILD_DIR,
# INCIMAP_NEWS_DIR, INCIMAP_GAZETTEER (default .data/gazetteer.idx).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/bench-builds.sh"
runs=${1:-5}
hundreds=${2:-400}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for f in "$news/event_location.jsonl" "$news/wikievents.jsonl" "$index"; do
  [ -f "$f" ] || { echo "bench-jobs: $f: no such file" >&2; exit 1; }
done

bash "$root/scripts/bench-articles.sh" "$news" "$hundreds" > "$work/articles.jsonl"
echo "bench-jobs: $(wc -l < "$work/articles.jsonl") articles, $(du -k "$work/articles.jsonl" | cut -f1) KiB," \
     "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# One run of "$@", output discarded: wall microseconds, CPU seconds (user +
# sys), context switches (voluntary + involuntary), peak RSS in KiB.
timed() {
  local start=$EPOCHREALTIME end
  /usr/bin/time -f '%U %S %w %c %M' -o "$work/time" "$@" > /dev/null 2>/dev/null
  end=$EPOCHREALTIME
  awk -v us=$(( ${end/./} - ${start/./} )) '{ print us, $1 + $2, $3 + $4, $5 }' <(tail -1 "$work/time")
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A wall cpu switches rss
record() {
  local key=$1 us c sw kb
  shift
  read -r us c sw kb < <(timed "$@")
  wall[$key]+="$us " cpu[$key]+="$c " switches[$key]+="$sw " rss[$key]+="$kb "
}
for ((r = 0; r < runs; r++)); do
  for b in "${builds[@]}"; do
    for j in 1 2 4; do
      record "$b-places-$j" "${bin[$b]}" places -q -g "$index" -j "$j" "$work/articles.jsonl"
      record "$b-extract-$j" "${bin[$b]}" extract -q -g "$index" -j "$j" "$work/articles.jsonl" \
        -o "$work/out-$b.geojson" --overwrite
    done
  done
done
med() { tr ' ' '\n' <<< "$1" | grep . | median; }
printf '%-5s %-8s %3s %9s %9s %8s %10s %9s\n' build command -j "median s" speed-up "CPU s" switches "peak MiB"
for b in "${builds[@]}"; do
  for command in places extract; do
    base=$(med "${wall[$b-$command-1]}")
    for j in 1 2 4; do
      key=$b-$command-$j
      awk -v b="$b" -v c="$command" -v j="$j" -v m="$(med "${wall[$key]}")" -v base="$base" \
          -v cpu="$(med "${cpu[$key]}")" -v sw="$(med "${switches[$key]}")" -v kb="$(med "${rss[$key]}")" \
        'BEGIN { printf "%-5s %-8s %3s %9.2f %8.2fx %8.2f %10d %9.1f\n", b, c, j, m / 1e6, base / m, cpu, sw, kb / 1024 }'
    done
  done
done

# CPU seconds of -j 1 reading stdin against reading the file by name.
cpu_file="" cpu_stdin=""
for ((r = 0; r < runs; r++)); do
  read -r _ c _ _ < <(timed "${bin[new]}" places -q -g "$index" -j 1 "$work/articles.jsonl")
  cpu_file+="$c "
  read -r _ c _ _ < <(timed sh -c "'${bin[new]}' places -q -g '$index' -j 1 - < '$work/articles.jsonl'")
  cpu_stdin+="$c "
done
awk -v f="$(med "$cpu_file")" -v s="$(med "$cpu_stdin")" \
  'BEGIN { printf "places -j 1 CPU: file %.2f s, stdin %.2f s (stdin/file %.3f)\n", f, s, s / f }'
echo "bench-jobs: load at the end $(cut -d' ' -f1-3 /proc/loadavg)" >&2
