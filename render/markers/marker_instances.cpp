#include "render/markers/marker_instances.hpp"

#include <cstdio>

namespace incimap::render {

MarkerInstance marker_instance(geo::ScreenPoint at, const Rgba& fill, double radius, double halo,
                               bool cluster) noexcept {
  return {float(at.x), float(at.y), fill.r, fill.g, fill.b, fill.a, float(radius), float(halo),
          cluster ? 1.0f : 0.0f, 0.0f};
}

std::vector<MarkerInstance> marker_instances(std::span<const Mark> marks, const Camera& camera,
                                             std::span<const Incident> incidents, const Layering& layering) {
  std::vector<MarkerInstance> out;
  out.reserve(marks.size());
  for (const Mark& mark : marks) {
    const Rgba fill = mark.layer < layering.layers.size() ? layering.layers[mark.layer].colour : Rgba{};
    const geo::ScreenPoint at = camera.to_screen(mark.at);
    if (mark.is_cluster()) {
      out.push_back(marker_instance(at, fill, cluster_radius(mark.count), 5, true));
    } else {
      const Incident& incident = incidents[mark.incident];
      out.push_back(marker_instance(at, fill, incident_radius(incident.fatalities_or_zero()), uncertainty_halo(incident), false));
    }
  }
  return out;
}

std::string short_count(std::uint32_t count) {
  char text[16];
  if (count < 1000) {
    std::snprintf(text, sizeof text, "%u", count);
  } else if (count < 10'000) {
    std::snprintf(text, sizeof text, "%.1fk", count / 1000.0);
  } else if (count < 1'000'000) {
    std::snprintf(text, sizeof text, "%uk", count / 1000);
  } else {
    std::snprintf(text, sizeof text, "%.1fM", count / 1e6);
  }
  return text;
}

void add_cluster_counts(ScreenBatch& batch, std::span<const Mark> marks, const Camera& camera, const Rgba& colour) {
  const float ascent = batch.fonts().ascent(FontFace::label_bold);
  for (const Mark& mark : marks) {
    if (!mark.is_cluster()) continue;
    const geo::ScreenPoint at = camera.to_screen(mark.at);
    batch.add_text(FontFace::label_bold, {at.x, at.y + ascent * 0.38}, short_count(mark.count), colour,
                   TextAlign::centre);
  }
}

}  // namespace incimap::render
