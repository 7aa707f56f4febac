#!/usr/bin/env bash
# Sets everything up and runs the main job on the sample articles in
# assets/samples: the articles as read, and the places each one names
# (JSON lines), in out/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
bin="${INCIMAP_BUILD_DIR:-$root/build}/bin/incimap"
out="$root/out"
mkdir -p "$out"
"$bin" ingest "$root/assets/samples" > "$out/articles.jsonl"
"$bin" places "$root/assets/samples" > "$out/places.jsonl"
echo "wrote $out/articles.jsonl and $out/places.jsonl ($(wc -l < "$out/articles.jsonl") articles," \
  "$(grep -o '"kind"' "$out/places.jsonl" | wc -l) place mentions)" >&2
