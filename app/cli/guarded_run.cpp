#include "app/cli/guarded_run.hpp"

#include <cstdio>
#include <exception>

#include "app/cli/checked_stdout.hpp"
#include "app/commands.hpp"

namespace incimap::app {

int run_guarded(const char* name, CommandMain run, int argc, char** argv) {
  try {
    const int status = run(argc, argv);
    flush_stdout();
    return status;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "incimap %s: fatal: %s\n", name, e.what());
  } catch (...) {
    std::fprintf(stderr, "incimap %s: fatal: unknown error\n", name);
  }
  return kExitFatal;
}

}  // namespace incimap::app
