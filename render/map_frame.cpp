#include "render/map_frame.hpp"

#include "render/markers/marker_instances.hpp"

namespace incimap::render {
namespace {

std::vector<geo::MapRect> mark_boxes(std::span<const Mark> marks, const Camera& camera,
                                     std::span<const Incident> incidents) {
  std::vector<geo::MapRect> boxes;
  boxes.reserve(marks.size());
  for (const Mark& mark : marks) {
    const geo::ScreenPoint at = camera.to_screen(mark.at);
    const double r = mark_radius(mark, incidents) + 2;
    boxes.push_back({at.x - r, at.y - r, at.x + r, at.y + r});
  }
  return boxes;
}

// The place each single incident's marker names; none for clusters.
std::vector<std::string_view> mark_places(std::span<const Mark> marks, std::span<const Incident> incidents) {
  std::vector<std::string_view> places;
  places.reserve(marks.size());
  for (const Mark& mark : marks) places.push_back(mark.is_cluster() ? std::string_view() : incidents[mark.incident].location);
  return places;
}

void add_place_labels(ScreenBatch& batch, const std::vector<PlaceLabel>& labels, const Camera& camera,
                      const MapStyle& style, std::vector<geo::MapRect> markers, std::span<const geo::MapRect> covered,
                      std::span<const std::string_view> marker_places = {}) {
  for (const PlacedLabel& placed :
       place_labels(labels, camera, batch.fonts(), std::move(markers), covered, marker_places)) {
    if (placed.show_dot) {
      batch.add_disc(placed.dot, 3.2, style.label_halo);
      batch.add_disc(placed.dot, 2.2, style.label);
    }
    batch.add_text_with_halo(placed.place->capital ? FontFace::label_bold : FontFace::label, placed.baseline,
                             placed.place->name, style.label, style.label_halo);
  }
}

std::vector<MarkerInstance> highlight_instances(const FrameHighlight& highlight, const Camera& camera,
                                                const IncidentMap& map) {
  std::vector<MarkerInstance> out;
  const Rgba ring = Rgba::from_rgb(0x111111).with_alpha(0.9f);
  if (highlight.hovered) {
    const double radius = mark_radius(*highlight.hovered, map.incidents());
    auto instance = marker_instance(camera.to_screen(highlight.hovered->at), ring.with_alpha(0.25f), radius + 4, 0,
                                    false);
    out.push_back(instance);
  }
  if (highlight.selected && *highlight.selected < map.incidents().size()) {
    const Incident& incident = map.incidents()[*highlight.selected];
    const auto at = camera.to_screen(map.positions()[*highlight.selected]);
    out.push_back(marker_instance(at, ring.with_alpha(0.35f), incident_radius(incident.fatalities_or_zero()) + 6, 0, false));
  }
  return out;
}

}  // namespace

std::vector<Mark> draw_map_frame(MapRenderer& renderer, const Camera& camera, const IncidentMap& map,
                                 const std::vector<PlaceLabel>& labels, const FrameHighlight& highlight,
                                 std::span<const geo::MapRect> covered, IncidentStyle style) {
  renderer.draw_basemap(camera);
  if (style == IncidentStyle::density) {
    // Names over the heat, where they stay readable; no marker to keep clear of.
    renderer.draw_density(camera);
    ScreenBatch names(renderer.fonts());
    add_place_labels(names, labels, camera, renderer.style(), {}, covered);
    renderer.draw_screen(camera.viewport(), names);
    return {};
  }
  std::vector<Mark> marks = map.marks().visible(camera);
  ScreenBatch under(renderer.fonts());
  const std::vector<std::string_view> places = mark_places(marks, map.incidents());
  add_place_labels(under, labels, camera, renderer.style(), mark_boxes(marks, camera, map.incidents()), covered, places);
  renderer.draw_screen(camera.viewport(), under);

  renderer.draw_markers(camera.viewport(), highlight_instances(highlight, camera, map));
  renderer.draw_markers(camera.viewport(), marker_instances(marks, camera, map.incidents(), map.layering()));
  ScreenBatch counts(renderer.fonts());
  add_cluster_counts(counts, marks, camera, renderer.style().cluster_text);
  renderer.draw_screen(camera.viewport(), counts);
  return marks;
}

}  // namespace incimap::render
