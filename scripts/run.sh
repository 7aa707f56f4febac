#!/usr/bin/env bash
# Sets everything up and runs the main job on the sample articles in
# assets/samples, writing into out/:
#   articles.jsonl    the articles as read
#   places.jsonl      the places each article names
#   incidents.geojson the incidents, merged across articles (RFC 7946)
#   map.png           the incidents drawn on a world map
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
bin="${INCIMAP_BUILD_DIR:-$root/build}/bin/incimap"
samples="$root/assets/samples"
out="$root/out"
mkdir -p "$out"
"$bin" ingest "$samples" > "$out/articles.jsonl"
"$bin" places "$samples" > "$out/places.jsonl"
"$bin" extract "$samples" -o "$out/incidents.geojson" --overwrite
"$bin" render "$out/incidents.geojson" -o "$out/map.png" --size 1600x900 --overwrite
echo "wrote $out/{articles.jsonl,places.jsonl,incidents.geojson,map.png}" >&2
