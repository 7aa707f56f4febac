#!/usr/bin/env bash
# Sets everything up (packages, data, build with the tests) and runs the
# whole test suite. Each step is one line on stderr.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
build="${INCIMAP_BUILD_DIR:-$root/build}"
echo "test: running the test suite in $build (ctest, $(nproc) at once)" >&2
cd "$build"
ctest --output-on-failure --timeout 600 -j "$(nproc)"
