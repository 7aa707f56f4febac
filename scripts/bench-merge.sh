#!/usr/bin/env bash
# incimap merge at scale: N synthetic incidents (the sample articles'
# incidents, each copied with its own id, article, day and place, so that
# none merge) in SHARDS GeoJSON Sequence shards, merged into one GeoJSON
# Sequence; prints the wall time and the peak resident memory, and the
# memory per incident over a 1-incident merge (the fixed cost: GDAL, the
# process).
#
# Usage: scripts/bench-merge.sh [N] [SHARDS]
# Environment: INCIMAP_BUILD_DIR (default build/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${INCIMAP_BUILD_DIR:-$root/build}"
incimap="$build/bin/incimap"
count=${1:-1000000}
shards=${2:-4}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$incimap" extract -q "$root/assets/samples" > "$work/templates.geojsonl"
python3 - "$work/templates.geojsonl" "$work" "$count" "$shards" <<'PY'
import datetime, json, sys
templates = [json.loads(line) for line in open(sys.argv[1])]
work, count, shards = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
outs = [open(f"{work}/shard{k}.geojsonl", "w") for k in range(shards)]
day0 = datetime.date(2020, 1, 1)
for i in range(count):
    f = json.loads(json.dumps(templates[i % len(templates)]))
    p = f["properties"]
    f["id"] = p["incident_id"] = f"{i:016x}"
    if p.get("event_date"):
        day = day0 + datetime.timedelta(days=(i // len(templates)) % 1500)
        p["event_date"] = day.isoformat()
    if f.get("geometry"):
        x, y = f["geometry"]["coordinates"]
        f["geometry"]["coordinates"] = [round(x + (i % 97) * 0.5 - 24, 6), round(y + (i % 89) * 0.4 - 17, 6)]
    # Its own place: no shared gazetteer entry or region name to merge on.
    p["geonameid"] = None
    if p.get("location"):
        p["location"] = f"{p['location']} {i}"
    for s in p["sources"]:
        s["article_id"] = f"a{i:015x}"
    p["article_id"] = f"a{i:015x}"
    outs[i % shards].write(json.dumps(f, ensure_ascii=False) + "\n")
for o in outs:
    o.close()
PY
head -1 "$work/shard0.geojsonl" > "$work/one.geojsonl"
measure() {  # wall seconds and peak RSS KiB of a merge into $work/out.geojsonl
  /usr/bin/time -f '%e %M' -o "$work/time" "$incimap" merge -q "$@" -o "$work/out.geojsonl" --overwrite
  cat "$work/time"
}
read -r base_s base_kib < <(measure "$work/one.geojsonl")
read -r s kib < <(measure "$work"/shard*.geojsonl)
written=$(wc -l < "$work/out.geojsonl")
awk -v n="$count" -v w="$written" -v s="$s" -v kib="$kib" -v base="$base_kib" -v sh="$shards" 'BEGIN {
  printf "merge: %d incidents in %d shards -> %d: %.1f s, peak RSS %.0f MiB, %.0f bytes per incident\n",
         n, sh, w, s, kib / 1024, (kib - base) * 1024 / n }'
