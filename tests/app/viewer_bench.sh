#!/usr/bin/env bash
# Frame times of `incimap view` on llvmpipe at 1280x800 with 100,000 and
# 1,000,000 synthetic incidents (targets: >= 60 and >= 30 fps).
#   bash tests/app/viewer_bench.sh [BUILD_DIR] [FRAMES]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
frames="${2:-600}"
out="$root/out/bench"
mkdir -p "$out"
for count in 100000 1000000; do
  data="$out/viewer-$count.geojsons"
  [ -s "$data" ] || "$build/tests/app/viewer_bench_incidents" "$count" "$data"
  # A throwaway config folder: benchmarks never touch the user's layout.
  XDG_CONFIG_HOME="$(mktemp -d)" LIBGL_ALWAYS_SOFTWARE=1 \
    xvfb-run -a -s "-screen 0 1280x800x24 -noreset" "$build/bin/incimap" view --size 1280x800 --bench-frames "$frames" "$data"
done
