// `incimap render`: the map drawn offscreen (EGL, no display) into a PNG.

#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "app/cli/args.hpp"
#include "app/cli/command_line.hpp"
#include "app/cli/data_paths.hpp"
#include "app/cli/help_text.hpp"
#include "app/cli/progress_meter.hpp"
#include "app/cli/stdin_spool.hpp"
#include "app/commands.hpp"
#include "app/viewer/map_options.hpp"
#include "geo/ingest/ingest.hpp"
#include "render/basemap/basemap_mesh.hpp"
#include "render/basemap/raster_basemap.hpp"
#include "render/gl/offscreen_context.hpp"
#include "render/gl/offscreen_target.hpp"
#include "render/labels/place_labels.hpp"
#include "render/map_frame.hpp"
#include "render/overlay/legend.hpp"

namespace incimap::app {
namespace {

struct RenderRequest {
  MapOptions map;
  std::string output;
  std::string gazetteer;
  geo::ScreenSize size{1600, 1000};
  bool overwrite = false;
  bool legend = true;
  bool quiet = false;
};

RenderRequest parse_request(const Args& args) {
  RenderRequest request;
  request.map = parse_map_options(args);
  if (auto value = args.value({"--size"})) request.size = parse_size(*value);
  const auto output = args.value({"-o", "--output"});
  request.gazetteer = args.value({"-g", "--gazetteer"}).value_or(default_gazetteer_path());
  request.overwrite = args.flag({"--overwrite"});
  request.legend = !args.flag({"--no-legend"});
  request.quiet = args.flag({"-q", "--quiet"});
  request.map.inputs = args.positionals();
  if (!output) throw UsageError("-o FILE is required");
  request.output = *output;
  if (request.map.inputs.empty()) throw UsageError("no INPUT given");
  if (request.output != "-" && !request.overwrite && std::filesystem::exists(request.output)) {
    throw UsageError(request.output + " exists (use --overwrite to replace it)");
  }
  return request;
}

// The camera that shows `area` inside the part of the image that `legend`
// leaves free, either to its right or above it, whichever shows it larger.
render::Camera fitting_beside(geo::ScreenSize size, const geo::MapRect& area, const geo::MapRect& legend,
                              double margin, double min_extent) {
  const auto whole = render::Camera::fitting(size, area, margin, min_extent);
  if (legend.empty()) return whole;
  const geo::ScreenSize right{std::max(16, size.width - int(legend.max_x)), size.height};
  const geo::ScreenSize above{size.width, std::max(16, int(legend.min_y))};
  const auto beside = render::Camera::fitting(right, area, margin, min_extent);
  const auto over = render::Camera::fitting(above, area, margin, min_extent);
  // Centre the area in the free part: shift the camera by half the part cut off.
  if (beside.metres_per_pixel() <= over.metres_per_pixel()) {
    const double shift = (size.width - right.width) / 2.0 * beside.metres_per_pixel();
    return render::Camera(size, {area.centre().x - shift, area.centre().y}, beside.metres_per_pixel());
  }
  const double shift = (size.height - above.height) / 2.0 * over.metres_per_pixel();
  return render::Camera(size, {area.centre().x, area.centre().y - shift}, over.metres_per_pixel());
}

render::Camera initial_camera(const RenderRequest& request, const geo::Projection& projection,
                              const render::IncidentMap& map, const geo::MapRect& legend) {
  const geo::MapRect world = projection.world_bounds();
  if (request.map.bbox) return render::Camera::fitting(request.size, project_bbox(projection, *request.map.bbox), 0);
  // Fit the incidents clear of the legend, but never closer than ~600 km
  // across (context matters) and never wider than the world.
  auto camera = fitting_beside(request.size, map.shown_bounds(), legend, 40, 600'000);
  const auto whole = render::Camera::fitting(request.size, world, 8);
  camera.constrain(world, 0.5, whole.metres_per_pixel());
  return camera;
}

// A vector file is drawn whole; a raster only where the camera looks, at the
// image's resolution.
void add_user_basemap(render::MapRenderer& renderer, const std::string& path, const geo::Projection& projection,
                      const render::Camera& camera) {
  if (render::basemap_file_kind(path) == render::BasemapFileKind::raster) {
    const render::RasterBasemap raster(path, projection);
    if (const auto warped = raster.warp(camera.visible_rect(), camera.metres_per_pixel())) {
      renderer.set_raster_basemap(*warped);
    }
    return;
  }
  renderer.set_user_basemap(render::build_vector_mesh(render::read_vector_features(path), projection));
}

void draw(const RenderRequest& request, const geo::Projection& projection, const render::IncidentMap& map) {
  const render::OffscreenContext context;
  const render::OffscreenTarget target(request.size);
  render::MapRenderer renderer(projection);
  // The camera keeps the incidents clear of a legend of them all; the legend
  // then counts what the camera shows (a --bbox map of one region).
  const geo::MapRect whole_legend =
      request.legend ? render::layout_legend(map, request.size, renderer.fonts()).box : geo::MapRect{};
  const render::Camera camera = initial_camera(request, projection, map, whole_legend);
  const render::Legend legend = request.legend
                                    ? render::layout_legend(map, request.size, renderer.fonts(), camera.visible_rect())
                                    : render::Legend{};
  std::vector<geo::MapRect> covered{render::attribution_box(request.size, renderer.fonts())};
  if (request.legend) covered.push_back(legend.box);
  const auto detail = render::detail_for(camera.metres_per_pixel());
  const auto region = detail == render::BasemapDetail::coarse
                          ? std::nullopt
                          : projection.lonlat_bounds(camera.visible_rect());
  renderer.set_basemap(detail, render::build_natural_earth_mesh(projection, detail, region));
  if (request.map.user_basemap) add_user_basemap(renderer, *request.map.user_basemap, projection, camera);
  const auto labels = render::load_place_labels(projection);
  target.bind();
  render::draw_map_frame(renderer, camera, map, labels, {}, covered);
  render::ScreenBatch overlay(renderer.fonts());
  if (request.legend) render::add_legend(overlay, legend, renderer.style());
  render::add_attribution(overlay, request.size, renderer.style());
  renderer.draw_screen(request.size, overlay);
  if (request.output == "-") {
    render::write_png(stdout, "stdout", target.read_pixels());
  } else {
    render::write_png(request.output, target.read_pixels());
  }
}

}  // namespace

int run_render(int argc, char** argv) {
  RenderRequest request;
  try {
    const CommandSpec& spec = command_spec("render");
    const Args args(argc, argv, 2, spec);
    if (args.flag({"--help"})) {
      write_help(stdout, spec);
      return kExitOk;
    }
    request = parse_request(args);
  } catch (const UsageError& e) {
    std::fprintf(stderr, "incimap render: %s (try 'incimap render --help')\n", e.what());
    return kExitUsage;
  }
  try {
    std::optional<StdinSpool> spool;  // `render -`: incidents (extract's stream) or articles on stdin
    replace_stdin_input(request.map.inputs, spool);
    ProgressMeter meter("render", 0, request.quiet ? ProgressShown::never : ProgressShown::if_terminal);
    if (meter.shown()) meter.set_total(geo::input_bytes(request.map.inputs, {}));
    LoadedIncidents loaded = load_all_incidents(request.map.inputs, request.gazetteer, &meter);
    if (!loaded.failures.empty() || !loaded.warnings.empty()) meter.finish();  // messages on lines of their own
    meter.note("drawing the map");
    for (const auto& failure : loaded.failures) std::fprintf(stderr, "incimap: %s\n", failure.c_str());
    for (const auto& warning : loaded.warnings) std::fprintf(stderr, "incimap: warning: %s\n", warning.c_str());
    if (loaded.failures.size() == request.map.inputs.size()) return kExitFatal;
    const geo::Projection projection(request.map.projection);
    const render::IncidentMap map(std::move(loaded.incidents), projection, request.map.grouping);
    draw(request, projection, map);
    meter.finish();
    if (!request.quiet && isatty(STDERR_FILENO)) {
      std::fprintf(stderr, "incimap render: wrote %s (%dx%d, %zu incidents, %s)\n", request.output.c_str(),
                   request.size.width, request.size.height, map.incidents().size(), projection.crs().c_str());
    }
    // Features were there but none could be drawn: the map is not what was asked for.
    const bool nothing_drawn = map.incidents().empty() && loaded.dropped > 0;
    return loaded.failures.empty() && !nothing_drawn ? kExitOk : kExitSomeInputsFailed;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "incimap render: %s\n", e.what());
    return kExitFatal;
  }
}

}  // namespace incimap::app
