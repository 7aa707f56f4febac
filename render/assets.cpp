#include "render/assets.hpp"

#include <stdexcept>
#include <string>
#include <system_error>

#include "geo/resources/resource_dirs.hpp"

namespace incimap::render {

std::filesystem::path asset_path(std::string_view relative) {
  const auto candidate = geo::assets_dir() / relative;
  std::error_code error;
  if (std::filesystem::exists(candidate, error)) return candidate.lexically_normal();
  throw std::runtime_error("cannot find asset " + candidate.string() +
                           " (set INCIMAP_ASSETS_DIR, or install incimap with its share/incimap folder)");
}

std::filesystem::path data_path(std::string_view relative) {
  const auto candidate = geo::data_dir() / relative;
  std::error_code error;
  return std::filesystem::exists(candidate, error) ? candidate : std::filesystem::path();
}

}  // namespace incimap::render
