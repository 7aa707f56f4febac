#pragma once
// Marks turned into per-instance GPU data for the marker shader, and their
// count labels.

#include <optional>
#include <span>
#include <vector>

#include "render/markers/marks.hpp"
#include "render/model/layering.hpp"
#include "render/overlay/screen_batch.hpp"

namespace incimap::render {

// Matches the instance attributes of assets/shaders/marker.vert.
struct MarkerInstance {
  float x, y;                           // centre, pixels
  float r, g, b, a;                     // fill, straight alpha
  float radius, halo, cluster, unused;  // pixels, pixels, 0/1
};

std::vector<MarkerInstance> marker_instances(std::span<const Mark> marks, const Camera& camera,
                                             std::span<const Incident> incidents, const Layering& layering);

// One instance for a mark drawn on its own (the hovered or selected one, the legend).
MarkerInstance marker_instance(geo::ScreenPoint at, const Rgba& fill, double radius, double halo,
                               bool cluster) noexcept;

// "12", "1.2k", "35k", "1.2M": counts short enough for a marker.
std::string short_count(std::uint32_t count);
void add_cluster_counts(ScreenBatch& batch, std::span<const Mark> marks, const Camera& camera, const Rgba& colour);

}  // namespace incimap::render
