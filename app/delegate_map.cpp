// `render` and `view` in a binary without GL: run them in incimap-full
// (app/cli/sibling_binary.hpp says why).

#include "app/cli/sibling_binary.hpp"
#include "app/commands.hpp"

namespace incimap::app {

int run_render(int /*argc*/, char** argv) { return run_in_sibling("incimap-full", argv); }
int run_view(int /*argc*/, char** argv) { return run_in_sibling("incimap-full", argv); }

}  // namespace incimap::app
