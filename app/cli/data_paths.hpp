#pragma once
// Where incimap finds its data when the user names none: beside the
// executable (geo/resources/resource_dirs.hpp), or where the environment says.

#include <string>

namespace incimap::app {

std::string default_data_dir();        // $INCIMAP_DATA_DIR, else PREFIX/share/incimap/data
std::string default_gazetteer_path();  // $INCIMAP_GAZETTEER, else <data dir>/gazetteer.idx
std::string assets_dir();              // $INCIMAP_ASSETS_DIR, else PREFIX/share/incimap/assets

}  // namespace incimap::app
