#!/usr/bin/env bash
# Measures `incimap places` on hand-annotated geoparsing corpora (LGL,
# TR-News; ../shared/eval/README.md) with build/bin/geoparse_eval.
#
#   scripts/eval-geoparser.sh [CORPUS.xml...]
#
# Default corpora: ../shared/eval/lgl.xml and ../shared/eval/TR-News.xml
# relative to the repository root; a corpus that is not there is skipped
# with a message (a user does not have them). For each corpus NAME.xml it
# writes to out/eval/ (INCIMAP_EVAL_OUT overrides):
#   NAME.articles.jsonl  the corpus as {"id","text"} lines, the geoparser's input
#   NAME.places.jsonl    what `incimap places` made of them
#   NAME.errors.tsv      false negatives/positives, unresolved and far matches,
#                        most frequent phrases first: what to tune against
#   NAME.scores.json     the metrics, for comparing runs
# and prints the score table plus the geoparser's throughput.
#
# Environment: INCIMAP_BUILD_DIR (default build/), INCIMAP_PLACES_ARGS (extra
# arguments for `incimap places`, split on whitespace, e.g. a gazetteer path).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build="${INCIMAP_BUILD_DIR:-$root/build}"
incimap="$build/bin/incimap"
geoparse_eval="$build/bin/geoparse_eval"
out="${INCIMAP_EVAL_OUT:-$root/out/eval}"
read -r -a places_args <<<"${INCIMAP_PLACES_ARGS:-}"

die() {
  echo "eval-geoparser: $*" >&2
  exit 1
}

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"
  exit 0
fi

[[ -x "$geoparse_eval" ]] || die "$geoparse_eval not found; build first (scripts/build.sh)"
[[ -x "$incimap" ]] || die "$incimap not found; build first (scripts/build.sh)"
"$incimap" places --help >/dev/null 2>&1 || die "$incimap has no working 'places' subcommand yet"

if (($# == 0)); then
  shared_eval="$(cd "$root/.." && pwd)/shared/eval"
  set -- "$shared_eval/lgl.xml" "$shared_eval/TR-News.xml"
fi
mkdir -p "$out"

# Seconds since the epoch with microseconds (bash 5).
now() { echo "$EPOCHREALTIME"; }

# Runs the geoparser on one corpus, timed; prints the throughput line.
run_places() {
  local articles=$1 places=$2 started finished bytes
  bytes=$(wc -c <"$articles")
  started=$(now)
  # `|| return`: set -e does not apply inside a function called from `if`.
  "$incimap" places --input-format jsonl "${places_args[@]}" - <"$articles" >"$places" || return
  finished=$(now)
  awk -v b="$bytes" -v s="$started" -v f="$finished" 'BEGIN {
    t = f - s; if (t <= 0) t = 1e-6
    printf "  places: %.2f MB of JSON lines in %.2f s = %.2f MB/s\n", b / 1e6, t, b / 1e6 / t }'
}

scored=0
failed=0
for corpus in "$@"; do
  if [[ ! -f "$corpus" ]]; then
    echo "eval-geoparser: skipping $corpus: not found" >&2
    continue
  fi
  name=$(basename "$corpus" .xml)
  articles="$out/$name.articles.jsonl"
  places="$out/$name.places.jsonl"
  echo "== $name"
  "$geoparse_eval" "$corpus" --to-jsonl >"$articles"
  if ! run_places "$articles" "$places"; then
    echo "eval-geoparser: incimap places failed on $corpus" >&2
    failed=$((failed + 1))
    continue
  fi
  "$geoparse_eval" "$corpus" "$places" --errors "$out/$name.errors.tsv"
  "$geoparse_eval" "$corpus" "$places" --json >"$out/$name.scores.json"
  echo "  errors: $out/$name.errors.tsv"
  echo
  scored=$((scored + 1))
done

((failed == 0)) || exit 1
((scored > 0)) || die "no corpus found to evaluate"
