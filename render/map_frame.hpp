#pragma once
// One frame of the map: basemap, place labels, markers and cluster counts,
// the same for the offscreen PNG and the viewer's window.

#include <optional>
#include <span>

#include "render/camera.hpp"
#include "render/labels/place_labels.hpp"
#include "render/map_renderer.hpp"
#include "render/markers/marks.hpp"
#include "render/model/incident_map.hpp"

namespace incimap::render {

// How the incidents are drawn: as markers and clusters, or as the density
// layer (whose image the caller has given the renderer, set_density).
enum class IncidentStyle : std::uint8_t { markers, density };

struct FrameHighlight {
  std::optional<Mark> hovered;
  std::optional<std::uint32_t> selected;  // incident index
};

// Draws into the bound framebuffer, whose size is camera.viewport().
// `covered`: screen rectangles that something drawn over the map hides (the
// legend, the attribution, the viewer's panels); place names keep clear.
// Returns the marks drawn (for hit lists and tests).
std::vector<Mark> draw_map_frame(MapRenderer& renderer, const Camera& camera, const IncidentMap& map,
                                 const std::vector<PlaceLabel>& labels, const FrameHighlight& highlight = {},
                                 std::span<const geo::MapRect> covered = {},
                                 IncidentStyle style = IncidentStyle::markers);

}  // namespace incimap::render
