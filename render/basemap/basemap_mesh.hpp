#pragma once
// Basemap geometry ready for the GPU: projected, triangulated land and the
// line work (coastlines, country borders), as float x,y pairs in projected
// metres. Built on the CPU so it can run off the frame loop.

#include <vector>

#include "geo/projection/projection.hpp"
#include "render/basemap/vector_features.hpp"

namespace incimap::render {

// Natural Earth scales: 1:110m, 1:50m, 1:10m.
enum class BasemapDetail { coarse, medium, fine };

// The scale to draw at a zoom: 1:110m data holds up to ~20 km per pixel,
// 1:50m to ~4 km per pixel, finer zooms need 1:10m.
BasemapDetail detail_for(double metres_per_pixel) noexcept;
const char* natural_earth_suffix(BasemapDetail detail) noexcept;  // "110m", "50m", "10m"

struct BasemapMesh {
  std::vector<float> fill_triangles;  // x,y per vertex, 3 vertices per triangle
  std::vector<float> coast_segments;  // x,y per vertex, 2 vertices per segment
  std::vector<float> border_segments;
  bool empty() const noexcept { return fill_triangles.empty() && coast_segments.empty() && border_segments.empty(); }
};

// Land fill and coastlines from land-SCALE.json, borders shared by two
// countries from countries-SCALE.json (world-atlas). An empty mesh when the
// world-atlas package is not installed. Throws geo::InputError on a broken file.
// `only_within` (degrees W,S,E,N) limits the work to one region.
BasemapMesh build_natural_earth_mesh(const geo::Projection& projection, BasemapDetail detail,
                                     const std::optional<std::array<double, 4>>& only_within = {});

// Any OGR vector data: polygons filled and outlined, lines as lines.
BasemapMesh build_vector_mesh(const VectorFeatures& features, const geo::Projection& projection);

// Parallels and meridians every `spacing_degrees`, as segments.
std::vector<float> graticule_segments(const geo::Projection& projection, double spacing_degrees);

// The projected world's area (the ocean), triangulated.
std::vector<float> world_fill_triangles(const geo::Projection& projection);
std::vector<float> world_outline_segments(const geo::Projection& projection);

}  // namespace incimap::render
