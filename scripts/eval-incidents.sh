#!/usr/bin/env bash
# Measures `incimap extract` on the annotated incident corpora of
# ../shared/eval/incidents (event_location.jsonl: news sentences with an
# event verb and its place; wikievents.jsonl: full articles with event
# mentions) with build/bin/incident_eval, by that folder's README rules.
#
#   scripts/eval-incidents.sh [CORPUS.jsonl...]
#
# A corpus that is not there is skipped with a message (users do not have
# them). For each corpus NAME.jsonl it writes to out/eval/ (INCIMAP_EVAL_OUT
# overrides):
#   NAME.documents.jsonl   the documents extract reads ({"id","text","published_at"})
#   NAME.incidents.jsonl   what `incimap extract` made of them (GeoJSON Sequence)
#   NAME.errors.tsv        missed and misplaced events, to tune against
#   NAME.scores.json       the metrics, for comparing runs
# and prints the score table (with the aims) and extract's throughput.
#
# Environment: INCIMAP_BUILD_DIR (default build/), INCIMAP_EXTRACT_ARGS
# (extra arguments for `incimap extract`, split on whitespace).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build="${INCIMAP_BUILD_DIR:-$root/build}"
incimap="$build/bin/incimap"
incident_eval="$build/bin/incident_eval"
out="${INCIMAP_EVAL_OUT:-$root/out/eval}"
read -r -a extract_args <<<"${INCIMAP_EXTRACT_ARGS:-}"

die() {
  echo "eval-incidents: $*" >&2
  exit 1
}

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"
  exit 0
fi

[[ -x "$incident_eval" ]] || die "$incident_eval not found; build first (scripts/build.sh)"
[[ -x "$incimap" ]] || die "$incimap not found; build first (scripts/build.sh)"

if (($# == 0)); then
  shared_eval="$(cd "$root/.." && pwd)/shared/eval/incidents"
  set -- "$shared_eval/event_location.jsonl" "$shared_eval/wikievents.jsonl"
fi
mkdir -p "$out"

# Runs extract on one corpus's documents, timed; prints the throughput line.
run_extract() {
  local documents=$1 incidents=$2 started finished count
  count=$(wc -l <"$documents")
  started=$EPOCHREALTIME
  "$incimap" extract -q "${extract_args[@]}" - <"$documents" >"$incidents" || return
  finished=$EPOCHREALTIME
  awk -v n="$count" -v s="$started" -v f="$finished" 'BEGIN {
    t = f - s; if (t <= 0) t = 1e-6
    printf "  extract: %d documents in %.2f s = %.0f articles/s (one process, start-up included)\n", n, t, n / t }'
}

scored=0
failed=0
for corpus in "$@"; do
  if [[ ! -f "$corpus" ]]; then
    echo "eval-incidents: skipping $corpus: not found" >&2
    continue
  fi
  name=$(basename "$corpus" .jsonl)
  documents="$out/$name.documents.jsonl"
  incidents="$out/$name.incidents.jsonl"
  echo "== $name"
  "$incident_eval" "$corpus" --to-jsonl >"$documents"
  if ! run_extract "$documents" "$incidents"; then
    echo "eval-incidents: incimap extract failed on $corpus" >&2
    failed=$((failed + 1))
    continue
  fi
  "$incident_eval" "$corpus" "$incidents" --errors "$out/$name.errors.tsv"
  "$incident_eval" "$corpus" "$incidents" --json >"$out/$name.scores.json"
  echo "  errors: $out/$name.errors.tsv"
  echo
  scored=$((scored + 1))
done

((failed == 0)) || exit 1
((scored > 0)) || die "no corpus found to evaluate"
