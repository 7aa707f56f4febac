#pragma once
// The program's own files at run time: assets/ (shaders) and the unpacked
// data packages (the Natural Earth basemap, GeoNames places), in the folders
// geo/resources/resource_dirs.hpp finds beside the executable.

#include <filesystem>
#include <string_view>

namespace incimap::render {

// assets/RELATIVE. Throws std::runtime_error naming the path tried when it
// is missing: the map cannot be drawn without its shaders.
std::filesystem::path asset_path(std::string_view relative);

// data/RELATIVE. Returns an empty path when the data package is not
// installed: the map is then drawn without that layer rather than refused.
std::filesystem::path data_path(std::string_view relative);

}  // namespace incimap::render
