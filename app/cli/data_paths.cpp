#include "app/cli/data_paths.hpp"

#include <cstdlib>

#include "geo/resources/resource_dirs.hpp"

namespace incimap::app {

std::string default_data_dir() { return geo::data_dir().string(); }

std::string default_gazetteer_path() {
  if (const char* env = std::getenv("INCIMAP_GAZETTEER"); env && *env) return env;
  return (geo::data_dir() / "gazetteer.idx").string();
}

std::string assets_dir() { return geo::assets_dir().string(); }

}  // namespace incimap::app
