#!/usr/bin/env bash
# Output survives a crash right after the run: extract flushes the staged
# file to disk (fsync) before it renames it into place, and flushes the
# folder after the rename, so the new name never points at data still in
# the page cache. Watched with strace(1) on a GeoJSON file and on a
# Shapefile (a dataset of several files in its staging folder).
# Usage: durable_output_test.sh INCIMAP_BIN SOURCE_DIR
set -euo pipefail
bin=$1 source=$2
command -v strace >/dev/null || { echo "no strace(1): skipped" >&2; exit 77; }
strace -f -o /dev/null true 2>/dev/null || { echo "ptrace is not permitted here: skipped" >&2; exit 77; }
work=$(mktemp -d /tmp/incimap-durable-XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "durable output test: $*" >&2; exit 1; }
sample="$source/assets/samples/afghanistan-kabul-suicide-bombing.txt"

# Runs extract into $work/$1 under strace; prints the fsync and rename calls, in order.
traced_extract() {
  (cd "$work" && strace -f -y -qq -e trace=fsync,fdatasync,rename,renameat,renameat2 -o "$work/trace" \
    "$bin" extract -q -o "$1" "$sample" 2>"$work/stderr") || fail "extract -o $1 failed: $(cat "$work/stderr")"
  grep -E 'fsync|fdatasync|rename' "$work/trace" | sed -E 's/^[0-9]+ +//'
}

# check OUTPUT FILE...: each FILE of OUTPUT's dataset is flushed in its
# staging folder before its rename into place, and the folder after it.
check() {
  local output=$1 calls file rename_line synced_line folder_line
  shift
  calls=$(traced_extract "$output")
  for file in "$@"; do
    rename_line=$(grep -n -E "rename.*\"[^\"]*\.incimap-[^\"]*/$file\", .*\"(\./)?$file\"" <<<"$calls" | head -1 | cut -d: -f1 || true)
    [ -n "$rename_line" ] || fail "no rename of the staged $file into place: $calls"
    synced_line=$(grep -n -E "^f(data)?sync\([0-9]+<[^>]*\.incimap-[^>]*/$file>\)" <<<"$calls" | head -1 | cut -d: -f1 || true)
    [ -n "$synced_line" ] || fail "the staged $file was never flushed: $calls"
    [ "$synced_line" -lt "$rename_line" ] || fail "the staged $file was flushed only after its rename: $calls"
    folder_line=$(tail -n +"$rename_line" <<<"$calls" | grep -n -E "^fsync\([0-9]+<$work>\)" | head -1 | cut -d: -f1 || true)
    [ -n "$folder_line" ] || fail "the output folder was not flushed after the rename of $file: $calls"
    [ -s "$work/$file" ] || fail "$file is missing or empty"
  done
}
check incidents.geojson incidents.geojson
check incidents.shp incidents.shp incidents.shx incidents.dbf incidents.prj
echo "durable output: staged data flushed before each rename, the folder after it"
