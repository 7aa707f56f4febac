#pragma once
// Where incimap finds its data when the user names none: $INCIMAP_DATA_DIR,
// else the .data/ folder that scripts/setup.sh fills in the source tree.

#include <string>

namespace incimap::app {

std::string default_data_dir();
std::string default_gazetteer_path();  // <data dir>/gazetteer.idx, or $INCIMAP_GAZETTEER
std::string assets_dir();              // the project's assets/ folder

}  // namespace incimap::app
