// The commands the lean `incimap` binary leaves to incimap-full: extract
// (GDAL/OGR), render and view (OpenGL, EGL, GLFW, X11). Each re-executes the
// same command line in incimap-full, beside this executable (the build tree)
// or in PREFIX/libexec/incimap/ (an install). Why: GDAL alone pulls in about
// a hundred shared libraries, and the dynamic loader spent most of
// `incimap places`'s start on them; ingest, places and gazetteer now load
// none, and a headless worker for them needs no GL or X11 packages.

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>

#include "app/commands.hpp"

namespace incimap::app {
namespace {

namespace fs = std::filesystem;

int run_in_full_binary(char** argv) {
  std::error_code error;
  const fs::path folder = fs::read_symlink("/proc/self/exe", error).parent_path();
  const fs::path candidates[] = {folder / "incimap-full", folder.parent_path() / "libexec" / "incimap" / "incimap-full"};
  for (const fs::path& candidate : candidates) {
    if (::access(candidate.c_str(), X_OK) != 0) continue;
    ::execv(candidate.c_str(), argv);  // returns only on failure
    std::fprintf(stderr, "incimap: cannot run %s: %s\n", candidate.c_str(), std::strerror(errno));
    return kExitFatal;
  }
  std::fprintf(stderr, "incimap %s: needs incimap-full, which is in neither %s nor %s (reinstall incimap)\n", argv[1],
               candidates[0].c_str(), candidates[1].c_str());
  return kExitFatal;
}

}  // namespace

int run_extract(int /*argc*/, char** argv) { return run_in_full_binary(argv); }
int run_render(int /*argc*/, char** argv) { return run_in_full_binary(argv); }
int run_view(int /*argc*/, char** argv) { return run_in_full_binary(argv); }

}  // namespace incimap::app
