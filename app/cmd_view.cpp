// `incimap view`: the desktop viewer (GLFW window, ImGui panels, the map
// drawn by render/).

#include <cstdio>

#include "app/cli/args.hpp"
#include "app/cli/data_paths.hpp"
#include "app/commands.hpp"
#include "app/viewer/view_options.hpp"
#include "app/viewer/viewer_app.hpp"

namespace incimap::app {
namespace {

constexpr const char* kHelp =
    "Usage: incimap view [INPUT...] [OPTIONS]\n\n"
    "Opens the map viewer on incident files (incimap's GeoJSON export, a GeoPackage, any\n"
    "OGR file with the incident properties) or on articles (.txt, .html, .json, .jsonl,\n"
    ".rss/.atom, or folders of them), which are geoparsed in-process with the gazetteer.\n"
    "More files can be dropped onto the window. Panels: layers, filters with a timeline,\n"
    "incident details with the excerpt, an incident table. A wrong location is fixed by\n"
    "picking another place or dragging the marker; the fix is saved in\n"
    "INPUT.corrections.json and applied whenever INPUT is opened again.\n"
    "The panel layout and window size are kept in $XDG_CONFIG_HOME/incimap/imgui.ini.\n\n"
    "Options:\n"
    "  -g, --gazetteer INDEX  gazetteer index for articles and place look-ups\n"
    "                         (default: $INCIMAP_GAZETTEER, else share/incimap/data/gazetteer.idx\n"
    "                         beside the binary)\n"
    "  --size WxH             window size (default: the size it had last time)\n\n"
    "Testing and measuring:\n"
    "  --script FILE          run the commands in FILE (see below) in place of mouse and keyboard\n"
    "  --screenshot PNG       save the window once everything is loaded and drawn, then quit\n"
    "                         (with the default layout, remembering nothing)\n"
    "  --dump-state JSON      write what the viewer shows (selection, layers, table) at quit\n"
    "  --bench-frames N       pan and zoom for N frames, print frame-time percentiles, quit\n"
    "                         (default layout; the basemap is built for the whole world first)\n\n"
    "Script commands, one a line: size W H, wait N, move LON LAT, click LON LAT,\n"
    "click-px X Y, drag LON LAT LON LAT, drag-px X0 Y0 X1 Y1, wheel X Y NOTCHES, key K\n"
    "(F Home plus minus left right up down Escape), toggle-layer NAME, layers-by KEY,\n"
    "filter TEXT, filter-type TYPE, filter-country CC, min-confidence X, dates FROM TO,\n"
    "select ID, select-row N, article, correct ID LON LAT [PLACE], relocate ID PLACE, open PATH,\n"
    "export PATH, export-png PATH, fit, screenshot PATH, dump-state PATH, quit.\n";

ViewOptions parse_view_options(Args& args) {
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
    Args args(argc, argv, 2);
    if (args.flag({"-h", "--help"})) {
      std::printf("%s\n%s\nExit codes: 0 closed normally, 1 some inputs failed to load, 2 usage error,\n"
                  "3 fatal error (no display, no OpenGL 3.3).\n",
                  kHelp, kMapOptionsHelp);
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
