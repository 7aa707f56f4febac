#!/usr/bin/env bash
# CPack's .deb holds what `cmake --install` installs and depends on the
# Debian packages of the libraries the binaries link (dpkg-shlibdeps).
# Usage: deb_package_test.sh BUILD_DIR
set -euo pipefail
build=$1
out=$(mktemp -d /tmp/incimap-deb-XXXXXX)
trap 'rm -rf "$out"' EXIT
fail() { echo "deb test: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" > "$out/cpack.log" 2>&1 || { cat "$out/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$out"/incimap_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "cpack made no .deb in $out"
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/incimap ./usr/libexec/incimap/incimap-export ./usr/libexec/incimap/incimap-full \
         ./usr/share/incimap/assets/shaders/map.vert ./usr/share/incimap/data/gazetteer.idx \
         ./usr/share/doc/incimap/LICENSE ./usr/share/doc/incimap/THIRD-PARTY.md ./usr/share/man/man1/incimap.1 \
         ./usr/share/bash-completion/completions/incimap ./usr/share/zsh/vendor-completions/_incimap; do
  grep -qF " $f" <<<"$contents" || fail "$(basename "$deb") lacks $f"
done
depends=$(dpkg-deb -f "$deb" Depends)
for package in libgdal libproj libxml2 libicu; do
  grep -q "$package" <<<"$depends" || fail "Depends lacks $package: $depends"
done
echo "$(basename "$deb"): $(grep -c . <<<"$contents") entries; Depends: $depends"
