#pragma once
// Options `incimap render` and `incimap view` share: projection, layer
// grouping, bounding box, image size, a user basemap; and loading the inputs.

#include <optional>
#include <string>
#include <vector>

#include "app/cli/args.hpp"
#include "app/cli/progress_meter.hpp"
#include "geo/projection/projection.hpp"
#include "geo/projection/screen_point.hpp"
#include "render/model/incident.hpp"
#include "render/model/layering.hpp"

namespace incimap::app {

struct MapOptions {
  std::string projection = "EPSG:3857";
  render::LayerGrouping grouping = render::LayerGrouping::event_type;
  std::optional<std::array<double, 4>> bbox;  // west, south, east, north in degrees
  std::optional<std::string> user_basemap;    // any OGR vector file or GDAL raster
  std::vector<std::string> inputs;
};

// Reads the options above; throws UsageError on a bad value.
MapOptions parse_map_options(const Args& args);
std::array<double, 4> parse_bbox(const std::string& text);
geo::ScreenSize parse_size(const std::string& text);
render::LayerGrouping parse_grouping(const std::string& text);

// The projected rectangle covering a lon/lat box (its edges are sampled: in
// most projections they are curves).
geo::MapRect project_bbox(const geo::Projection& projection, const std::array<double, 4>& bbox);

struct LoadedIncidents {
  std::vector<render::Incident> incidents;
  std::vector<std::string> failures;  // "PATH: reason": nothing read from PATH
  std::vector<std::string> warnings;  // "PATH: reason": some articles failed, some incidents have no place
  std::size_t dropped = 0;            // features left out, all inputs
};
// Reads every input as the viewer opens it (input_loader.hpp): incident
// files with OGR, articles and folders of them through the geoparser with
// the index at `gazetteer_path`, corrections applied. A file that fails is
// reported, not fatal; so is a file's articles that failed.
// `meter`, when given, advances by the bytes of each input as it is read.
LoadedIncidents load_all_incidents(const std::vector<std::string>& inputs, const std::string& gazetteer_path,
                                   ProgressMeter* meter = nullptr);

}  // namespace incimap::app
