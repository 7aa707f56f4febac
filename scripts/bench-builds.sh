# Sourced by the -j benchmarks (bench-jobs.sh, bench-threads.sh): where the
# build, the news and the index are, and the builds to compare. Sets `build`,
# `news`, `index`, `builds` (new, and base when INCIMAP_BASELINE_BUILD_DIR is
# set) and `bin` (each build's incimap). Needs `root`.
build="${INCIMAP_BUILD_DIR:-$root/build}"
news="${INCIMAP_NEWS_DIR:-$root/../shared/eval/incidents}"
index="${INCIMAP_GAZETTEER:-$root/.data/gazetteer.idx}"
builds=(new)
declare -A bin=([new]="$build/bin/incimap")
if [ -n "${INCIMAP_BASELINE_BUILD_DIR:-}" ]; then
  builds+=(base)
  bin[base]="$INCIMAP_BASELINE_BUILD_DIR/bin/incimap"
fi
