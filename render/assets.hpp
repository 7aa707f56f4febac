#pragma once
// Where the program's own files are found at run time: assets/ (shaders)
// and the unpacked data packages of .data/ (the Natural Earth basemap,
// GeoNames places).

#include <filesystem>
#include <string_view>

namespace incimap::render {

// assets/RELATIVE, looked up in $INCIMAP_ASSETS, next to the executable
// (../assets, ../share/incimap/assets) and in the source tree, in that order.
// Throws std::runtime_error listing the places tried when none has it.
std::filesystem::path asset_path(std::string_view relative);

// .data/RELATIVE, looked up in $INCIMAP_DATA_DIR and in the source tree.
// Returns an empty path when the data package is not installed: the map is
// then drawn without that layer rather than refused.
std::filesystem::path data_path(std::string_view relative);

}  // namespace incimap::render
