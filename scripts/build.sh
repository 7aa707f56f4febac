#!/usr/bin/env bash
# Configures and builds incimap into build/ (Release with debug info): every
# target, or the TARGETs named (scripts/run.sh builds the product alone).
# Set INCIMAP_WERROR=ON to turn warnings into errors (CI does).
# Usage: build.sh [TARGET...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${INCIMAP_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DINCIMAP_WERROR="${INCIMAP_WERROR:-OFF}" -DINCIMAP_SANITIZE="${INCIMAP_SANITIZE:-OFF}" >/dev/null
targets=()
for target in "$@"; do targets+=(--target "$target"); done
cmake --build "$build" --parallel "$(nproc)" "${targets[@]}"
