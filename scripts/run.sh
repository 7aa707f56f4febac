#!/usr/bin/env bash
# Sets everything up and runs the main job on the sample articles in
# assets/samples: the places each article names, as JSON lines, in out/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
bin="${INCIMAP_BUILD_DIR:-$root/build}/bin/incimap"
mkdir -p "$root/out"
"$bin" ingest "$root/assets/samples" > "$root/out/articles.jsonl"
echo "wrote $root/out/articles.jsonl ($(wc -l < "$root/out/articles.jsonl") articles)" >&2
