#!/usr/bin/env bash
# Builds with clang, AddressSanitizer and UBSan (build-sanitize/, see
# build-sanitize.sh) and runs the tests there. Any sanitizer report fails:
# UBSan halts on the first error.
#   sanitize.sh        the geo library's tests and the fuzz targets only:
#                      every geo unit test and the replay of every fuzz
#                      corpus and regression input (a quick check by hand)
#   sanitize.sh --all  everything, and the whole suite: GL, render, viewer
#                      and CLI tests too (CI runs this). Measured on 2 cores
#                      shared with another build: 17.5 min to build from
#                      nothing (17 min of CPU), 8.5-11.5 min for the suite.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${INCIMAP_SANITIZE_BUILD_DIR:-$root/build-sanitize}"
if [[ "${1:-}" == "--all" ]]; then
  "$root/scripts/build-sanitize.sh"
else
  "$root/scripts/build-sanitize.sh" geo_tests fuzz_targets
fi
# Leak checking stays off for the suite: Mesa, EGL and fontconfig keep
# allocations until exit that LeakSanitizer reports in every GL test. The
# fuzz targets run with it on (scripts/fuzz.sh), over incimap's own code.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:strict_string_checks=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
cd "$build"
if [[ "${1:-}" == "--all" ]]; then
  ctest --output-on-failure --timeout 900 -j "$(nproc)"
else
  "$build/tests/geo_tests"
  ctest --output-on-failure --timeout 900 -j "$(nproc)" -R '^fuzz_replay'
fi
