#!/usr/bin/env bash
# THIRD-PARTY.md must name every shared library the binaries need: a new
# dependency without a licence notice fails here.
# Usage: third_party_notice_test.sh THIRD-PARTY.md BINARY...
set -euo pipefail
notice=$1
shift
missing=0
for binary in "$@"; do
  while read -r needed; do
    stem=${needed%%.so*}.so            # libgdal.so.32 -> libgdal.so
    if ! grep -qF "\`$stem\`" "$notice"; then
      echo "THIRD-PARTY.md does not list $needed (as \`$stem\`), which $binary needs" >&2
      missing=1
    fi
  done < <(objdump -p "$binary" | awk '$1 == "NEEDED" { print $2 }')
done
[ "$missing" -eq 0 ] && echo "every NEEDED library of $* is in $notice"
exit "$missing"
