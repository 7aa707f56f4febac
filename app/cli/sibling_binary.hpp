#pragma once
// incimap is three executables (app/CMakeLists.txt): `incimap` (ingest,
// places, gazetteer: no GDAL, no GL), `incimap-export` (adds extract: GDAL,
// no GL or X11) and `incimap-full` (adds render and view). A command one
// does not hold is re-executed, same arguments, in the one that does. Why:
// GDAL pulls in about a hundred shared libraries and GL/GLFW the X11 stack;
// the dynamic loader spent most of a headless command's start on them, and
// a headless worker would need packages it never uses.

namespace incimap::app {

// Replaces this process with `name` run on `argv`, found beside this
// executable (the build tree, or libexec/incimap/ for the helpers) or in
// ../libexec/incimap/ (bin/incimap of an install). Returns only on failure,
// with kExitFatal, after saying on stderr which binary is missing where.
int run_in_sibling(const char* name, char** argv);

}  // namespace incimap::app
