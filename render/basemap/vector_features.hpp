#pragma once
// Polygons and lines read from any OGR vector file, in WGS84 lon/lat: the
// Natural Earth basemap and a user's own basemap layers.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "geo/base/lonlat.hpp"

namespace incimap::render {

using LonLatRing = std::vector<geo::LonLat>;  // closed: first == last

struct LonLatPolygon {
  std::vector<LonLatRing> rings;  // exterior first, then holes
};

struct VectorFeatures {
  std::vector<LonLatPolygon> polygons;
  std::vector<std::vector<geo::LonLat>> lines;
  std::vector<geo::LonLat> points;
};

// Reads every feature of the named layer (every layer when none is named),
// reprojected to WGS84 when the layer has a CRS. A layer without a CRS is
// taken to be WGS84 lon/lat (TopoJSON has none). Throws geo::InputError.
// `only_within` {west, south, east, north} in degrees skips features whose
// extent misses it (a whole-world file drawn for one region).
VectorFeatures read_vector_features(const std::string& path, const std::optional<std::string>& layer_name = {},
                                    const std::optional<std::array<double, 4>>& only_within = {});

}  // namespace incimap::render
