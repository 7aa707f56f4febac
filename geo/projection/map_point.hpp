#pragma once
// Positions in a projected map CRS (metres for every projection incimap
// offers), kept apart from WGS84 LonLat and from screen pixels.

#include <algorithm>
#include <cmath>
#include <limits>

namespace incimap::geo {

struct MapPoint {
  double x = 0;  // easting, projected metres
  double y = 0;  // northing, projected metres
  constexpr bool operator==(const MapPoint&) const noexcept = default;
};

// An axis-aligned rectangle in projected metres; empty() until a point is added.
struct MapRect {
  double min_x = std::numeric_limits<double>::infinity();
  double min_y = std::numeric_limits<double>::infinity();
  double max_x = -std::numeric_limits<double>::infinity();
  double max_y = -std::numeric_limits<double>::infinity();

  static constexpr MapRect from_corners(MapPoint a, MapPoint b) noexcept {
    return MapRect{std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)};
  }
  constexpr bool operator==(const MapRect&) const noexcept = default;
  constexpr bool empty() const noexcept { return !(min_x <= max_x && min_y <= max_y); }
  constexpr double width() const noexcept { return empty() ? 0 : max_x - min_x; }
  constexpr double height() const noexcept { return empty() ? 0 : max_y - min_y; }
  constexpr MapPoint centre() const noexcept { return {(min_x + max_x) / 2, (min_y + max_y) / 2}; }
  constexpr void expand(MapPoint p) noexcept {
    min_x = std::min(min_x, p.x);
    min_y = std::min(min_y, p.y);
    max_x = std::max(max_x, p.x);
    max_y = std::max(max_y, p.y);
  }
  constexpr void expand(const MapRect& r) noexcept {
    if (r.empty()) return;
    expand(MapPoint{r.min_x, r.min_y});
    expand(MapPoint{r.max_x, r.max_y});
  }
  constexpr bool contains(MapPoint p) const noexcept {
    return p.x >= min_x && p.x <= max_x && p.y >= min_y && p.y <= max_y;
  }
  constexpr bool intersects(const MapRect& r) const noexcept {
    return !empty() && !r.empty() && r.min_x <= max_x && r.max_x >= min_x && r.min_y <= max_y && r.max_y >= min_y;
  }
};

}  // namespace incimap::geo
