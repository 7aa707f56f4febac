#!/usr/bin/env bash
# Configures and builds the clang build with AddressSanitizer, UBSan and
# libFuzzer instrumentation into build-sanitize/ (INCIMAP_SANITIZE_BUILD_DIR).
# With arguments, builds only those targets (scripts/fuzz.sh: fuzz_targets).
# One build serves both the sanitized test suite and the fuzz targets.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${INCIMAP_SANITIZE_BUILD_DIR:-$root/build-sanitize}"
CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DINCIMAP_SANITIZE=ON -DINCIMAP_FUZZ=ON -DINCIMAP_WERROR=OFF >/dev/null
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build "$build" --parallel "$(nproc)" "${targets[@]}"
