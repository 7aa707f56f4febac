#pragma once
// What ImGui draws over the map itself: the hover tooltip (title, date,
// place of an incident; count and make-up of a cluster) and a scale bar.

#include <optional>

#include "app/viewer/map_view.hpp"
#include "app/viewer/viewer_model.hpp"

namespace incimap::app {

void draw_map_tooltip(const ViewerModel& model, const MapView& view);

// Bottom-left of the unobstructed map: a bar of a round distance measured
// on the ground at the map's centre (so it is right for any projection).
void draw_scale_bar(const ViewerModel& model, const MapView& view, float framebuffer_scale);

// A round length close to `metres`: 1, 2 or 5 times a power of ten.
double round_scale_length(double metres) noexcept;

}  // namespace incimap::app
