#pragma once
// The legend of the offscreen map: one row per layer (colour, name, count
// shown) and the attribution the data licences ask for.

#include <optional>
#include <string>

#include "render/map_style.hpp"
#include "render/model/incident_map.hpp"
#include "render/overlay/screen_batch.hpp"

namespace incimap::render {

// Bottom-left panel: the incidents shown per layer, counting only those
// inside `in_view` (map coordinates: the camera's visible rectangle) when
// given. Layers with none are left out.
void add_legend(ScreenBatch& batch, const IncidentMap& map, geo::ScreenSize viewport, const MapStyle& style,
                const std::optional<geo::MapRect>& in_view = {});
// The screen rectangle add_legend covers (empty when it draws nothing), so
// that the camera and the place labels can keep clear of it.
geo::MapRect legend_box(const IncidentMap& map, geo::ScreenSize viewport, const FontAtlas& fonts,
                        const std::optional<geo::MapRect>& in_view = {});

// Bottom-right: "Natural Earth · GeoNames".
void add_attribution(ScreenBatch& batch, geo::ScreenSize viewport, const MapStyle& style);
geo::MapRect attribution_box(geo::ScreenSize viewport, const FontAtlas& fonts);

}  // namespace incimap::render
