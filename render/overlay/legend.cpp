#include "render/overlay/legend.hpp"

#include <algorithm>
#include <optional>
#include <vector>

#include "render/markers/marker_instances.hpp"

namespace incimap::render {
namespace {

// Shown incidents per layer; only those inside `in_view` (map coordinates)
// when given, so a map of one region counts what it shows.
std::vector<std::uint32_t> layer_counts(const IncidentMap& map, const std::optional<geo::MapRect>& in_view) {
  const auto& layers = map.layering().layers;
  std::vector<std::uint32_t> counts(layers.size(), 0);
  if (!in_view) {
    const IndexRange all{0, std::uint32_t(map.incidents().size())};
    for (std::size_t layer = 0; layer < layers.size(); ++layer) counts[layer] = map.shown().count_in_layer(all, layer);
    return counts;
  }
  const auto positions = map.positions();
  for (std::size_t i = 0; i < positions.size(); ++i) {
    if (map.is_shown(i) && in_view->contains(positions[i])) ++counts[map.layering().layer_of[i]];
  }
  return counts;
}

std::vector<LegendRow> legend_rows(const IncidentMap& map, const std::optional<geo::MapRect>& in_view) {
  std::vector<LegendRow> rows;
  const auto& layers = map.layering().layers;
  const std::vector<std::uint32_t> counts = layer_counts(map, in_view);
  for (std::size_t layer = 0; layer < layers.size(); ++layer) {
    if (counts[layer] > 0) rows.push_back({layers[layer].name, layers[layer].colour, counts[layer]});
  }
  return rows;
}

void add_outlined_rect(ScreenBatch& batch, geo::ScreenPoint min, geo::ScreenPoint max, const MapStyle& style) {
  batch.add_rect({min.x - 1, min.y - 1}, {max.x + 1, max.y + 1}, style.panel_edge);
  batch.add_rect(min, max, style.panel);
}

constexpr const char* kAttribution = "Natural Earth \xC2\xB7 GeoNames (CC BY 4.0)";

constexpr double kPadding = 10;
constexpr const char* kRingNote = "dashed ring: approximate location";

double row_height(const FontAtlas& fonts) { return std::max(20.0, double(fonts.pixel_height(FontFace::label)) + 7); }

std::string legend_title(const IncidentMap& map) {
  return std::string("Incidents by ") + grouping_name(map.layering().grouping);
}

geo::MapRect legend_box_of(const std::vector<LegendRow>& rows, const std::string& title, geo::ScreenSize viewport,
                           const FontAtlas& fonts) {
  if (rows.empty()) return {};
  double text_width =
      std::max(fonts.text_width(FontFace::title, title), fonts.text_width(FontFace::label, kRingNote));
  for (const auto& row : rows) {
    text_width =
        std::max(text_width, double(fonts.text_width(FontFace::label, row.name + "  " + short_count(row.count))) + 40);
  }
  const double width = text_width + 2 * kPadding;
  const double height = kPadding * 2 + 22 + row_height(fonts) * double(rows.size() + 1);
  return geo::MapRect{12, viewport.height - 12 - height, 12 + width, viewport.height - 12.0};
}

}  // namespace

Legend layout_legend(const IncidentMap& map, geo::ScreenSize viewport, const FontAtlas& fonts,
                     const std::optional<geo::MapRect>& in_view) {
  Legend legend{legend_title(map), legend_rows(map, in_view), {}};
  legend.box = legend_box_of(legend.rows, legend.title, viewport, fonts);
  return legend;
}

geo::MapRect attribution_box(geo::ScreenSize viewport, const FontAtlas& fonts) {
  const double width = fonts.text_width(FontFace::label, kAttribution);
  const double height = fonts.pixel_height(FontFace::label);
  return geo::MapRect{viewport.width - 8.0 - width - 2, viewport.height - 8.0 - height - 2, viewport.width - 6.0,
                      viewport.height - 4.0};
}

void add_legend(ScreenBatch& batch, const Legend& legend, const MapStyle& style) {
  if (legend.rows.empty()) return;
  const FontAtlas& fonts = batch.fonts();
  const geo::MapRect& box = legend.box;
  const double padding = kPadding;
  const double width = box.width();
  const geo::ScreenPoint min{box.min_x, box.min_y};
  add_outlined_rect(batch, min, {box.max_x, box.max_y}, style);
  const std::string& title = legend.title;
  const std::string note = kRingNote;

  double y = min.y + padding + fonts.ascent(FontFace::title);
  batch.add_text(FontFace::title, {min.x + padding, y}, title, style.label);
  y += 10;
  const double step = row_height(fonts);
  for (const auto& row : legend.rows) {
    y += step;
    const geo::ScreenPoint dot{min.x + padding + 8, y - fonts.ascent(FontFace::label) * 0.35};
    batch.add_disc(dot, 7.5, Rgba::from_rgb(0x333333).with_alpha(0.5f));
    batch.add_disc(dot, 7, Rgba::from_rgb(0xFFFFFF));
    batch.add_disc(dot, 5.5, row.colour);
    batch.add_text(FontFace::label, {min.x + padding + 24, y}, row.name, style.label);
    batch.add_text(FontFace::label, {min.x + width - padding, y}, short_count(row.count), style.label,
                   TextAlign::right);
  }
  y += step;
  const geo::ScreenPoint ring{min.x + padding + 8, y - fonts.ascent(FontFace::label) * 0.35};
  batch.add_disc(ring, 8, Rgba::from_rgb(0x777777).with_alpha(0.25f));
  batch.add_disc(ring, 4.5, Rgba::from_rgb(0xFFFFFF));
  batch.add_disc(ring, 3.5, Rgba::from_rgb(0x777777));
  batch.add_text(FontFace::label, {min.x + padding + 24, y}, note, style.label.with_alpha(0.8f));
}

void add_attribution(ScreenBatch& batch, geo::ScreenSize viewport, const MapStyle& style) {
  batch.add_text_with_halo(FontFace::label, {viewport.width - 8.0, viewport.height - 8.0},
                           kAttribution, style.label.with_alpha(0.75f),
                           style.label_halo, TextAlign::right);
}

}  // namespace incimap::render
