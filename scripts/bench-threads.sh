#!/usr/bin/env bash
# What bounds -j 2 on 2 cores, in CPU time rather than wall time (which the
# other load on a shared machine decides): `incimap places` and a merged
# `incimap extract` over bench-jobs' articles, each run under
# `perf record -e task-clock` (a software event: no hardware counters
# needed), and per run the CPU time of each thread, the serial part (the
# main thread's CPU while no worker thread exists: start-up, and for
# extract the merge and whatever of the writing is left after the workers
# are joined) and Amdahl's bound on the speed-up it leaves
# (scripts/thread-cpu.awk says how). RUNS runs each, interleaved; medians.
#
# INCIMAP_BASELINE_BUILD_DIR, when set, is a second build measured beside
# this one (rows marked "base").
#
# Usage: scripts/bench-threads.sh [RUNS] [HUNDREDS] [JOBS]
# Environment: INCIMAP_BUILD_DIR (default build/), INCIMAP_BASELINE_BUILD_DIR,
# INCIMAP_NEWS_DIR, INCIMAP_GAZETTEER (default .data/gazetteer.idx).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/bench-builds.sh"
runs=${1:-3}
hundreds=${2:-400}
jobs=${3:-2}
command -v perf > /dev/null || { echo "bench-threads: needs perf (Debian linux-perf)" >&2; exit 1; }
[ -f "$index" ] || { echo "bench-threads: $index: no such file" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bash "$root/scripts/bench-articles.sh" "$news" "$hundreds" > "$work/articles.jsonl"
echo "bench-threads: $(wc -l < "$work/articles.jsonl") articles, -j $jobs, $(nproc) cores," \
     "load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# One run under perf: "CPU_ms serial_ms serial_percent bound" of thread-cpu.awk's last line.
profiled() {
  perf record -q -e task-clock -F 4000 -o "$work/perf.data" -- "$@" > /dev/null 2> /dev/null
  perf script -i "$work/perf.data" --show-task-events -F pid,tid,time,period 2> /dev/null |
    awk -v cores="$(nproc)" -f "$root/scripts/thread-cpu.awk" |
    awk '/^CPU/ { gsub(/[()%x,]/, ""); print $2, $5, $7, $NF }'
}
declare -A cpu serial share bound
for ((r = 0; r < runs; r++)); do
  for b in "${builds[@]}"; do
    for command in places extract; do
      args=("$command" -q -g "$index" -j "$jobs" "$work/articles.jsonl")
      [ "$command" = extract ] && args+=(-o "$work/out-$b.geojson" --overwrite)
      read -r c s p x < <(profiled "${bin[$b]}" "${args[@]}")
      cpu[$b-$command]+="$c " serial[$b-$command]+="$s " share[$b-$command]+="$p " bound[$b-$command]+="$x "
    done
  done
done
med() { tr ' ' '\n' <<< "$1" | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf '%-5s %-8s %9s %11s %8s %8s  %s\n' build command "CPU ms" "serial" "serial %" "bound" "(each run: serial % / bound)"
for b in "${builds[@]}"; do
  for command in places extract; do
    key=$b-$command
    c=$(med "${cpu[$key]}") s=$(med "${serial[$key]}") p=$(med "${share[$key]}") x=$(med "${bound[$key]}")
    printf '%-5s %-8s %9.0f %8.0f ms %7.1f%% %7.2fx  %s/ %s\n' "$b" "$command" "$c" "$s" "$p" "$x" "${share[$key]}" "${bound[$key]}"
  done
done
echo "bench-threads: load at the end $(cut -d' ' -f1-3 /proc/loadavg)" >&2
