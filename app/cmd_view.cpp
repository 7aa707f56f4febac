// `incimap view`: the desktop viewer (GLFW window, ImGui panels, the map
// drawn by render/).

#include <cstdio>

#include "app/cli/args.hpp"
#include "app/cli/command_line.hpp"
#include "app/cli/data_paths.hpp"
#include "app/cli/help_text.hpp"
#include "app/commands.hpp"
#include "app/viewer/view_options.hpp"
#include "app/viewer/viewer_app.hpp"

namespace incimap::app {
namespace {

ViewOptions parse_view_options(const Args& args) {
  ViewOptions options;
  options.map = parse_map_options(args);
  options.gazetteer = args.value({"-g", "--gazetteer"}).value_or(default_gazetteer_path());
  if (auto value = args.value({"--size"})) options.size = parse_size(*value);
  options.script = args.value({"--script"});
  options.screenshot = args.value({"--screenshot"});
  options.dump_state = args.value({"--dump-state"});
  if (auto value = args.value({"--bench-frames"})) {
    const std::size_t frames = parse_size_or_throw("--bench-frames", *value);
    if (frames == 0 || frames > 1'000'000) throw UsageError("--bench-frames must be 1..1000000");
    options.bench_frames = int(frames);
  }
  options.map.inputs = args.positionals();
  if (options.bench_frames && options.map.inputs.empty()) throw UsageError("--bench-frames needs an INPUT");
  return options;
}

}  // namespace

int run_view(int argc, char** argv) {
  ViewOptions options;
  try {
    const CommandSpec& spec = command_spec("view");
    const Args args(argc, argv, 2, spec);
    if (args.flag({"--help"})) {
      write_help(stdout, spec);
      return kExitOk;
    }
    options = parse_view_options(args);
  } catch (const UsageError& e) {
    std::fprintf(stderr, "incimap view: %s (try 'incimap view --help')\n", e.what());
    return kExitUsage;
  }
  try {
    ViewerApp viewer(std::move(options));
    return viewer.run();
  } catch (const UsageError& e) {
    std::fprintf(stderr, "incimap view: %s\n", e.what());
    return kExitUsage;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "incimap view: %s\n", e.what());
    return kExitFatal;
  }
}

}  // namespace incimap::app
