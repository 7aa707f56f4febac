#!/usr/bin/env bash
# Builds everything with clang, AddressSanitizer and UBSan (build-sanitize/,
# see build-sanitize.sh) and runs the whole test suite there, including the
# replay of every fuzz corpus and regression input. Any sanitizer report
# fails its test: UBSan halts on the first error.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${INCIMAP_SANITIZE_BUILD_DIR:-$root/build-sanitize}"
"$root/scripts/build-sanitize.sh"
# Leak checking stays off for the suite: Mesa, EGL and fontconfig keep
# allocations until exit that LeakSanitizer reports in every GL test. The
# fuzz targets run with it on (scripts/fuzz.sh), over incimap's own code.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:strict_string_checks=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
cd "$build"
ctest --output-on-failure --timeout 900 -j "$(nproc)"
