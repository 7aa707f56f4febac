#!/usr/bin/env bash
# What each executable loads, with everything it pulls in (ldd, transitive):
# `incimap` no GDAL, PROJ, GL or X11; `incimap-export` no GL or X11. A link
# line that drags them back in fails here (app/cli/sibling_binary.hpp says
# why it matters).
# Usage: lean_binaries_test.sh BIN_DIR
set -euo pipefail
bin=$1
status=0
refuse() {  # refuse BINARY REGEX WHAT
  local found
  found=$(ldd "$bin/$1" | awk '{ print $1 }' | grep -E "$2" || true)
  if [ -n "$found" ]; then
    echo "$1 loads $3: $(echo "$found" | tr '\n' ' ')" >&2
    status=1
  fi
}
gl_x11='^lib(GL|GLX|EGL|OpenGL|GLU|GLdispatch|glfw|X11|xcb|Xext|wayland)'
refuse incimap '^lib(gdal|proj)\.' "GDAL or PROJ"
refuse incimap "$gl_x11" "GL or X11"
refuse incimap-export "$gl_x11" "GL or X11"
[ "$status" -eq 0 ] && echo "incimap: $(ldd "$bin/incimap" | wc -l) libraries, incimap-export: $(ldd "$bin/incimap-export" | wc -l), incimap-full: $(ldd "$bin/incimap-full" | wc -l)"
exit "$status"
