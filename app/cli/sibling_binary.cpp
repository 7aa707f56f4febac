#include "app/cli/sibling_binary.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "app/commands.hpp"

namespace incimap::app {

int run_in_sibling(const char* name, char** argv) {
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::path folder = fs::read_symlink("/proc/self/exe", error).parent_path();
  const fs::path candidates[] = {folder / name, folder.parent_path() / "libexec" / "incimap" / name};
  for (const fs::path& candidate : candidates) {
    if (::access(candidate.c_str(), X_OK) != 0) continue;
    ::execv(candidate.c_str(), argv);
    std::fprintf(stderr, "incimap: cannot run %s: %s\n", candidate.c_str(), std::strerror(errno));
    return kExitFatal;
  }
  std::fprintf(stderr, "incimap %s: needs %s, which is in neither %s nor %s (reinstall incimap)\n", argv[1], name,
               candidates[0].parent_path().c_str(), candidates[1].parent_path().c_str());
  return kExitFatal;
}

}  // namespace incimap::app
