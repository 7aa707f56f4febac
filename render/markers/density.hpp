#pragma once
// The density (heatmap) layer: the shown incidents counted into small
// screen cells and smoothed with a Gaussian kernel, then coloured from clear
// (none) through yellow and orange to deep red (the densest spot in view).
// A pile of 100k incidents reads as where they crowd, which clusters' counts
// cannot show. O(incidents) per view; nothing per frame while the view and
// the filter stay the same.

#include <cstdint>

#include "render/basemap/warped_raster.hpp"
#include "render/colour.hpp"
#include "render/camera.hpp"
#include "render/model/incident_map.hpp"

namespace incimap::render {

// Screen pixels per density cell, and the kernel's standard deviation.
inline constexpr int kDensityCellPixels = 4;
inline constexpr double kDensitySigmaPixels = 9;

struct DensityLayer {
  WarpedRaster raster;     // covers the view and a kernel's reach beyond; straight alpha
  double peak = 0;         // the largest smoothed count per cell, in incidents
  std::uint32_t counted = 0;  // shown incidents that fell on the grid
};

DensityLayer density_layer(const IncidentMap& map, const Camera& camera);

// The colour of a cell at `share` (0..1) of the peak, on the log scale the
// layer uses; alpha 0 at 0.
Rgba density_colour(double share) noexcept;

}  // namespace incimap::render
