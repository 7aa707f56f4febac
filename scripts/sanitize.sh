#!/usr/bin/env bash
# Builds the geo library's tests and the fuzz targets with clang,
# AddressSanitizer and UBSan (build-sanitize/, see build-sanitize.sh) and runs
# them there: every geo unit test (readers, gazetteer, geoparser, incidents,
# export) and the replay of every fuzz corpus and regression input. Any
# sanitizer report fails: UBSan halts on the first error. The GL, viewer and
# CLI suites are left to the ordinary build (Mesa's own allocations and the
# time a sanitized render takes on 2 cores); `scripts/sanitize.sh --all` runs
# the whole suite.
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
