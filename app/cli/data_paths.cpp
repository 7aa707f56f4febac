#include "app/cli/data_paths.hpp"

#include <cstdlib>

namespace incimap::app {

std::string default_data_dir() {
  if (const char* env = std::getenv("INCIMAP_DATA_DIR"); env && *env) return env;
  return INCIMAP_DEFAULT_DATA_DIR;
}

std::string default_gazetteer_path() {
  if (const char* env = std::getenv("INCIMAP_GAZETTEER"); env && *env) return env;
  return default_data_dir() + "/gazetteer.idx";
}

std::string assets_dir() {
  if (const char* env = std::getenv("INCIMAP_ASSETS_DIR"); env && *env) return env;
  return INCIMAP_ASSETS_DIR;
}

}  // namespace incimap::app
