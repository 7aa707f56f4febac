#!/usr/bin/env bash
# scripts/dask-extract.py on a local Dask cluster of two workers: the sample
# articles as three JSON Lines partitions, extract per partition, one merge.
# The result must be byte for byte what one `incimap extract` over the same
# partitions writes. Skipped (exit 77) only without Debian python3-distributed.
#
# Usage: dask_recipe_test.sh INCIMAP SOURCE_DIR
set -euo pipefail
incimap=$1
source_dir=$2
python=/usr/bin/python3
index="$source_dir/.data/gazetteer.idx"
if ! "$python" -c 'import distributed, dask.bag' 2>/dev/null; then
  echo "SKIP: $python cannot import distributed (Debian python3-distributed)" >&2
  exit 77
fi
if [ ! -f "$index" ]; then
  echo "SKIP: no gazetteer index at $index (scripts/setup.sh)" >&2
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$incimap" ingest "$source_dir/assets/samples" > "$work/all.jsonl"
split -n l/3 -d --additional-suffix=.jsonl "$work/all.jsonl" "$work/part-"
partitions=("$work"/part-*.jsonl)
[ ${#partitions[@]} -eq 3 ] || { echo "FAIL: expected 3 partitions" >&2; exit 1; }

"$python" "$source_dir/scripts/dask-extract.py" --incimap "$incimap" -g "$index" --workers 2 \
  -o "$work/dask.geojson" "${partitions[@]}"
"$incimap" extract -q -g "$index" "${partitions[@]}" -o "$work/one.geojson"

features=$("$python" -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["features"]))' "$work/one.geojson")
[ "$features" -gt 20 ] || { echo "FAIL: only $features incidents from the samples" >&2; exit 1; }
if ! cmp -s "$work/dask.geojson" "$work/one.geojson"; then
  echo "FAIL: the Dask run's incidents differ from one extract's:" >&2
  diff <("$python" -m json.tool "$work/dask.geojson") <("$python" -m json.tool "$work/one.geojson") | head -40 >&2
  exit 1
fi
echo "dask recipe: $features incidents, the same as one extract"
