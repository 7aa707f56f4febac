#!/usr/bin/env bash
# The benchmarks' articles: real news, HUNDREDS x 100 JSON lines on stdout.
# The event_location sentences and the wikievents stories of NEWS_DIR
# (../shared/eval/incidents), one long story after every so many short ones
# so that the workers' batches mix both, cycling with distinct ids (so that
# no copy is skipped as a repeat).
#
# Usage: scripts/bench-articles.sh NEWS_DIR HUNDREDS > articles.jsonl
set -euo pipefail
news=$1
hundreds=$2
for f in "$news/event_location.jsonl" "$news/wikievents.jsonl"; do
  [ -f "$f" ] || { echo "bench-articles: $f: no such file" >&2; exit 1; }
done
awk -v want=$((hundreds * 100)) '
  FNR == 1 { file++ }
  file == 1 { short[++ns] = $0; next }
  { long[++nl] = $0 }
  END {
    step = int(ns / nl); if (step < 1) step = 1
    n = 0
    for (copy = 0; n < want; copy++)
      for (i = 1; i <= ns && n < want; i++) {
        print mark(short[i], copy); n++
        if (i % step == 0 && n < want && i / step <= nl) { print mark(long[i / step], copy); n++ }
      }
  }
  function mark(line, copy) { sub(/"id": *"[^"]*/, "&-c" copy, line); return line }
' "$news/event_location.jsonl" "$news/wikievents.jsonl"
