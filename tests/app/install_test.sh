#!/usr/bin/env bash
# `cmake --install` into a fresh prefix, then the installed binary is run
# from an unrelated folder with no INCIMAP_* variables: it must find its
# assets and gazetteer under PREFIX/share/incimap, relative to itself.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source=$2
prefix=$(mktemp -d /tmp/incimap-prefix-XXXXXX)
work=$(mktemp -d /tmp/incimap-work-XXXXXX)
trap 'rm -rf "$prefix" "$work"' EXIT
fail() { echo "install test: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" > "$work/install.log"
for f in bin/incimap libexec/incimap/incimap-export libexec/incimap/incimap-full share/incimap/assets/shaders/map.vert share/incimap/assets/gazetteer/landmarks.txt \
         share/incimap/data/gazetteer.idx share/incimap/data/world-atlas/land-110m.json \
         share/doc/incimap/LICENSE share/doc/incimap/THIRD-PARTY.md share/man/man1/incimap.1 \
         share/bash-completion/completions/incimap share/zsh/vendor-completions/_incimap; do
  [ -e "$prefix/$f" ] || fail "cmake --install did not install $f"
done
# The installed page renders, and the installed completion completes a subcommand.
MANWIDTH=80 man -l "$prefix/share/man/man1/incimap.1" 2>/dev/null | grep -q "incimap extract" \
  || fail "man -l does not render the installed incimap.1"
# shellcheck source=/dev/null
source "$prefix/share/bash-completion/completions/incimap"
COMP_WORDS=(incimap rend); COMP_CWORD=1; COMPREPLY=()
_incimap
[ "${COMPREPLY[*]}" = render ] || fail "the installed bash completion completed 'incimap rend' to '${COMPREPLY[*]}'"
# No path of the source or build tree in the binary's strings: it would
# find files there only by accident of where it was built.
for binary in bin/incimap libexec/incimap/incimap-export libexec/incimap/incimap-full; do
  if readelf -p .rodata "$prefix/$binary" | grep -qF -e "$source" -e "$build"; then
    fail "the installed $binary has a source or build path compiled in"
  fi
done

cd "$work"
unset INCIMAP_ASSETS_DIR INCIMAP_DATA_DIR INCIMAP_GAZETTEER
"$prefix/bin/incimap" extract "$prefix/share/incimap/assets/samples" -o incidents.geojson -q \
  || fail "installed incimap extract failed"
features=$(grep -c '"type": "Feature"' incidents.geojson || true)
[ "$features" -gt 0 ] || fail "installed incimap extract wrote no incidents"
"$prefix/bin/incimap" render incidents.geojson -o map.png --size 320x200 -q || fail "installed incimap render failed"
[ "$(head -c 8 map.png | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "render wrote no PNG"
echo "installed into $prefix: extract wrote $features incidents from $work, render drew them"
