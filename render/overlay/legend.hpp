#pragma once
// The legend of the offscreen map: one row per layer (colour, name, count
// shown) and the attribution the data licences ask for.

#include <optional>
#include <cstdint>
#include <string>
#include <vector>

#include "render/map_style.hpp"
#include "render/model/incident_map.hpp"
#include "render/overlay/screen_batch.hpp"

namespace incimap::render {

struct LegendRow {
  std::string name;
  Rgba colour;
  std::uint32_t count;
};

// The bottom-left panel, laid out once so that the camera and the place
// labels can keep clear of it before it is drawn over the map.
struct Legend {
  std::string title;           // "Incidents by event type"
  std::vector<LegendRow> rows;  // layers with incidents; none: no legend
  geo::MapRect box;            // screen pixels; empty when there are no rows
};

// The incidents shown per layer, counting only those inside `in_view` (map
// coordinates: the camera's visible rectangle) when given.
Legend layout_legend(const IncidentMap& map, geo::ScreenSize viewport, const FontAtlas& fonts,
                     const std::optional<geo::MapRect>& in_view = {});
void add_legend(ScreenBatch& batch, const Legend& legend, const MapStyle& style);

// Bottom-right: "Natural Earth · GeoNames".
void add_attribution(ScreenBatch& batch, geo::ScreenSize viewport, const MapStyle& style);
geo::MapRect attribution_box(geo::ScreenSize viewport, const FontAtlas& fonts);

}  // namespace incimap::render
