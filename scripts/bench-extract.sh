#!/usr/bin/env bash
# Extract's speed on real news, per core, against another build in the same
# run: the annotated corpora of ../shared/eval/incidents as extract reads
# them (wikievents: 40 full articles, repeated 10 times under new ids;
# event_location: 8,621 wire and web sentences, one document each).
#
#   scripts/bench-extract.sh [BASE_BUILD_DIR] [RUNS]
#
# For each build it times `incimap extract` (one thread) over each corpus
# and over its first document alone, RUNS times (default 5), interleaving
# the builds so that both see the same load, and reports the medians as
# documents per second with start-up (the index, the process) taken out:
# (N - 1) / (T(N) - T(1)). The ratio is the figure to trust on a shared
# machine; the load average is printed with it. Needs python3 for the
# corpora and the medians; skips (exit 0) without ../shared.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
base=${1:-}
runs=${2:-5}
eval_dir="$root/../shared/eval/incidents"
if [ ! -f "$eval_dir/wikievents.jsonl" ] || [ ! -f "$eval_dir/event_location.jsonl" ]; then
  echo "bench-extract: $eval_dir not found; skipped" >&2
  exit 0
fi
index="${INCIMAP_GAZETTEER:-$root/.data/gazetteer.idx}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$eval_dir" "$work" <<'EOF'
import json, sys
src, out = sys.argv[1], sys.argv[2]
def doc(d, suffix=''):
    return json.dumps({'id': d['id'] + suffix, 'text': d['text'], 'published_at': d.get('published_at')}) + '\n'
articles = [json.loads(l) for l in open(src + '/wikievents.jsonl')]
with open(out + '/wikievents.jsonl', 'w') as f:
    for i in range(10):
        for d in articles: f.write(doc(d, '#%d' % i))
sentences = [json.loads(l) for l in open(src + '/event_location.jsonl')]
seen = set()
with open(out + '/event_location.jsonl', 'w') as f:
    for d in sentences:
        if d['text'] in seen: continue  # one document per distinct text, as scripts/eval-incidents.sh writes them
        seen.add(d['text'])
        f.write(doc(d))
for name in ('wikievents', 'event_location'):
    with open(out + '/' + name + '.jsonl') as f, open(out + '/' + name + '.one.jsonl', 'w') as g:
        g.write(f.readline())
EOF

# extract's arguments for a build: one thread where the build has -j.
extract_args() {
  if "$1/bin/incimap" extract --help 2>&1 | grep -q -- '--jobs'; then echo "-j 1"; fi
}

time_one() {  # time_one BUILD INPUT -> seconds
  local args
  args=$(extract_args "$1")
  # shellcheck disable=SC2086
  /usr/bin/time -f %e -o "$work/t" "$1/bin/incimap" extract $args -g "$index" "$2" >/dev/null 2>"$work/err" ||
    { echo "bench-extract: $1 failed on $2:" >&2; cat "$work/err" >&2; exit 1; }
  cat "$work/t"
}

builds=("$root/build")
[ -n "$base" ] && builds=("$base" "$root/build")
for name in wikievents event_location; do
  docs=$(wc -l <"$work/$name.jsonl")
  : >"$work/$name.times"
  for ((r = 0; r < runs; r++)); do
    for b in "${builds[@]}"; do
      echo "$b $(time_one "$b" "$work/$name.jsonl") $(time_one "$b" "$work/$name.one.jsonl")" >>"$work/$name.times"
    done
  done
  python3 - "$name" "$docs" "$work/$name.times" "${builds[@]}" <<'EOF'
import statistics, sys
name, docs, path, builds = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
rows = [l.split() for l in open(path)]
rate = {}
for b in builds:
    full = statistics.median(float(r[1]) for r in rows if r[0] == b)
    one = statistics.median(float(r[2]) for r in rows if r[0] == b)
    rate[b] = (docs - 1) / max(full - one, 1e-9)
    print('%-15s %-40s %6d docs  %6.2f s (one doc %.2f s)  %7.0f docs/s per core' % (name, b, docs, full, one, rate[b]))
if len(builds) == 2:
    print('%-15s ratio new/base %.2fx' % (name, rate[builds[1]] / rate[builds[0]]))
EOF
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
