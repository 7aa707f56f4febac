#!/usr/bin/env bash
# Opening and drawing a million incidents, this build against another (the
# ratio in the same run, on the same file; medians of RUNS):
#   bash tests/bench/read_render_bench.sh OLD_BUILD_DIR [NEW_BUILD_DIR] [RUNS]
# Times `incimap render` end to end (read, index, draw, PNG) on a GeoJSON
# FeatureCollection in incimap's layout and on the same as GeoJSONSeq. CPU
# seconds (user+sys) are shown beside wall seconds: on a loaded machine the
# wall clock waits for the other jobs.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
old="${1:?usage: read_render_bench.sh OLD_BUILD_DIR [NEW_BUILD_DIR] [RUNS]}"
new="${2:-$root/build}"
runs="${3:-3}"
count=1000000
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$new/tests/app/viewer_bench_incidents" "$count" "$out/incidents.geojson"
"$new/tests/app/viewer_bench_incidents" "$count" "$out/incidents.geojsons"

# "WALL CPU" of one run of `incimap render`.
run() {
  local build="$1" input="$2"
  /usr/bin/time -f "%e %U %S" -o "$out/time" "$build/bin/incimap" render -q --overwrite --size 1280x800 \
    -o "$out/map.png" "$input" >/dev/null 2>"$out/stderr" || { cat "$out/stderr" >&2; return 1; }
  awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$out/time"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for input in incidents.geojson incidents.geojsons; do
  for which in old new; do
    build=$old
    [ "$which" = new ] && build=$new
    : >"$out/runs"
    for _ in $(seq "$runs"); do run "$build" "$out/$input" >>"$out/runs"; done
    wall=$(cut -d' ' -f1 "$out/runs" | median)
    cpu=$(cut -d' ' -f2 "$out/runs" | median)
    echo "$input $which ($build): wall ${wall}s cpu ${cpu}s"
    echo "$wall $cpu" >"$out/median-$which-$input"
  done
  read -r old_wall old_cpu <"$out/median-old-$input"
  read -r new_wall new_cpu <"$out/median-new-$input"
  awk -v a="$old_wall" -v b="$new_wall" -v c="$old_cpu" -v d="$new_cpu" -v f="$input" \
    'BEGIN { printf "%s: old/new wall %.1fx, cpu %.1fx\n", f, a / b, c / d }'
done
