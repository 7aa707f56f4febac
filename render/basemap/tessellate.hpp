#pragma once
// Polygon triangulation (with holes, any winding) by the GLU tessellator.

#include <span>
#include <vector>

#include "geo/projection/map_point.hpp"

namespace incimap::render {

// Triangles covering the odd-winding interior of the rings (exterior and
// holes alike), three MapPoints per triangle. Rings need not be closed.
// Degenerate input gives fewer triangles, never an exception.
std::vector<geo::MapPoint> tessellate(std::span<const std::vector<geo::MapPoint>> rings);

}  // namespace incimap::render
