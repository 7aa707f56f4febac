#!/usr/bin/env bash
# Installs the Debian packages listed in third_party/debian-packages.txt that are
# not installed yet. Idempotent: when everything is present it runs no apt-get.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mapfile -t wanted < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$root/third_party/debian-packages.txt" | grep -v '^$')
missing=()
for pkg in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  # nodejs from other repositories may ship npm itself; accept a working npm.
  if [ "$pkg" = npm ] && command -v npm >/dev/null 2>&1; then continue; fi
  if [ "$pkg" = nodejs ] && command -v node >/dev/null 2>&1; then continue; fi
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#wanted[@]} Debian packages present" >&2
  exit 0
fi
echo "setup: installing ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
