#!/usr/bin/env bash
# Sets the product up (no test suite) and runs the main job on the sample
# articles in assets/samples, writing into out/:
#   articles.jsonl    the articles as read
#   places.jsonl      the places each article names
#   incidents.geojson the incidents, merged across articles (RFC 7946)
#   map.png           the incidents drawn on a world map
# Each step is one line on stderr.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
step() { echo "run: $*" >&2; }
"$root/scripts/setup.sh" --product
bin="${INCIMAP_BUILD_DIR:-$root/build}/bin/incimap"
samples="$root/assets/samples"
out="$root/out"
mkdir -p "$out"
step "reading the articles in $samples into $out/articles.jsonl (incimap ingest)"
"$bin" ingest "$samples" > "$out/articles.jsonl"
step "finding the places they name into $out/places.jsonl (incimap places)"
"$bin" places "$samples" > "$out/places.jsonl"
step "extracting the incidents into $out/incidents.geojson (incimap extract)"
"$bin" extract "$samples" -o "$out/incidents.geojson" --overwrite -q
step "drawing them into $out/map.png (incimap render)"
"$bin" render "$out/incidents.geojson" -o "$out/map.png" --size 1600x900 --overwrite -q
step "wrote $out/{articles.jsonl,places.jsonl,incidents.geojson,map.png}"
