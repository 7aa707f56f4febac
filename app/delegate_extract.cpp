// `extract` and `merge` in a binary without GDAL: run them in incimap-export
// (app/cli/sibling_binary.hpp says why).

#include "app/cli/sibling_binary.hpp"
#include "app/commands.hpp"

namespace incimap::app {

int run_extract(int /*argc*/, char** argv) { return run_in_sibling("incimap-export", argv); }
int run_merge(int /*argc*/, char** argv) { return run_in_sibling("incimap-export", argv); }

}  // namespace incimap::app
