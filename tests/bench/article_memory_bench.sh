#!/usr/bin/env bash
# Peak memory of one big article, end to end through the CLI (issue 10: a
# 4 MiB article took about 700 MB). Writes articles of 1, 2 and 4 MiB of two
# kinds, times `incimap places` and `incimap extract` on each (-j 1) under
# /usr/bin/time, and prints the peak RSS and the MB it adds per MiB of
# article over a one-line article (the index and the binary):
#   dense   a place on every line ("Mosul\n"): half a million mentions in 4 MiB,
#           the worst case (a list of places, a gazetteer pasted as text)
#   prose   a sample news article repeated: what news costs
#
#   bash tests/bench/article_memory_bench.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
incimap="$build/bin/incimap"
index="${INCIMAP_GAZETTEER:-$root/.data/gazetteer.idx}"
[[ -x "$incimap" && -f "$index" ]] || { echo "article_memory_bench: need $incimap and $index" >&2; exit 1; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# write_article KIND MIB FILE
write_article() {
  python3 - "$1" "$2" "$3" "$root/assets/samples/iraq-baghdad-airport-rockets.txt" <<'EOF'
import sys
kind, mib, path, sample = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
size = mib << 20
if kind == "dense":
    places = ["Baghdad", "Mosul", "Kabul", "Aleppo", "Mogadishu", "Kirkuk", "Basra", "Tikrit", "Fallujah", "Ramadi"]
    unit = "".join(p + "\n" for p in places)
else:
    unit = open(sample, encoding="utf-8").read().split("\n", 2)[-1] + "\n"
body = (unit * (size // len(unit) + 1))[: size - 16]
open(path, "w", encoding="utf-8").write("Big article\n\n" + body)
EOF
}

# Peak RSS in MB of `incimap COMMAND FILE`.
peak_mb() {
  local command=$1 file=$2
  local extra=()
  [[ "$command" == extract ]] && extra=(-o "$out/out.geojson" --overwrite)
  /usr/bin/time -f '%M' -o "$out/rss" "$incimap" "$command" -q -j 1 -g "$index" "$file" "${extra[@]}" \
    >/dev/null 2>"$out/stderr" || { cat "$out/stderr" >&2; exit 1; }
  awk '{ printf "%.0f", $1 / 1024 }' "$out/rss"
}

printf 'Small\n\nA bomb exploded in Kabul.\n' >"$out/small.txt"
echo "article_memory_bench: $(git -C "$root" describe --always --dirty 2>/dev/null), load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %-8s %5s %12s %14s\n' command kind MiB "peak RSS MB" "MB per MiB"
for command in places extract; do
  base=$(peak_mb "$command" "$out/small.txt")
  printf '%-8s %-8s %5s %12s %14s\n' "$command" "one line" 0 "$base" ""
  for kind in dense prose; do
    for mib in 1 2 4; do
      write_article "$kind" "$mib" "$out/$kind-$mib.txt"
      peak=$(peak_mb "$command" "$out/$kind-$mib.txt")
      printf '%-8s %-8s %5s %12s %14s\n' "$command" "$kind" "$mib" "$peak" \
        "$(awk -v p="$peak" -v b="$base" -v m="$mib" 'BEGIN { printf "%.0f", (p - b) / m }')"
    done
  done
done
