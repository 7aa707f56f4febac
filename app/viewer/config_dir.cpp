#include "app/viewer/config_dir.hpp"

#include <cstdlib>

namespace incimap::app {

std::filesystem::path config_dir() {
  std::filesystem::path base;
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) {
    base = xdg;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    base = std::filesystem::path(home) / ".config";
  } else {
    return {};
  }
  std::error_code error;
  const std::filesystem::path dir = base / "incimap";
  std::filesystem::create_directories(dir, error);
  return error ? std::filesystem::path() : dir;
}

}  // namespace incimap::app
