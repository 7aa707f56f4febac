#!/usr/bin/env bash
# Progress on stderr when it is a terminal, for every long command: each is
# run under a pseudo-terminal (script(1), util-linux) and must draw its
# "COMMAND: ...% ... MB/s" line; with -q, or with stderr a file, nothing.
# Usage: progress_tty_test.sh INCIMAP_BIN SOURCE_DIR
set -euo pipefail
bin=$1 source=$2
command -v script >/dev/null || { echo "no script(1): skipped" >&2; exit 77; }
work=$(mktemp -d /tmp/incimap-progress-XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "progress test: $*" >&2; exit 1; }
samples="$source/assets/samples"
"$bin" extract "$samples" -o "$work/incidents.gpkg" -q
"$bin" extract "$samples" -q > "$work/shard.geojsonl"

# Runs a command line with stdout to a file and stderr on a terminal; prints what the terminal showed.
on_terminal() { script -qec "$1 > $work/stdout" /dev/null; }

check() {
  local label=$1 line=$2
  local shown
  shown=$(on_terminal "$line" | tr '\r' '\n')
  grep -qE "^$label: 100% [0-9.]+ of [0-9.]+ [kMG]B, [0-9.]+ [kMG]B/s" <<<"$shown" \
    || fail "'$line' on a terminal showed no progress line '$label: 100% ...': $shown"
  shown=$(on_terminal "$line -q" | tr '\r' '\n')
  ! grep -qE "B/s" <<<"$shown" || fail "'$line -q' still showed progress: $shown"
  bash -c "$line 2> $work/stderr > $work/stdout" || true
  ! grep -qE "B/s" "$work/stderr" || fail "'$line' with stderr to a file wrote progress into it: $(cat "$work/stderr")"
}
check ingest "'$bin' ingest '$samples'"
check places "'$bin' places -j 2 '$samples'"
check extract "'$bin' extract '$samples' -o $work/out.geojson --overwrite"
check merge "'$bin' merge $work/shard.geojsonl $work/incidents.gpkg -o $work/merged.geojson --overwrite"
check render "'$bin' render $work/incidents.gpkg -o $work/map.png --size 320x200 --overwrite"
check "gazetteer build" "'$bin' gazetteer build --geonames '$source/tests/data/gazetteer/cities.txt' --no-defaults -o $work/g.idx --overwrite"

# Stdin has no size: bytes and rate only.
jsonl=$(ls "$samples"/*.jsonl | head -n 1)
shown=$(on_terminal "'$bin' ingest - < '$jsonl'" | tr '\r' '\n')
grep -qE "^ingest: [0-9.]+ [kMG]B, [0-9.]+ [kMG]B/s" <<<"$shown" || fail "ingest of stdin showed no bytes and rate: $shown"
echo "progress drawn on a terminal by ingest, places, extract, merge, render and gazetteer build; silent with -q or off a terminal"
