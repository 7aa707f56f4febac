#include "render/markers/marks.hpp"

#include <algorithm>
#include <cmath>

namespace incimap::render {

double incident_radius(int fatalities) noexcept {
  return std::clamp(5.0 + 1.6 * std::sqrt(std::max(0, fatalities)), 5.0, 16.0);
}

double uncertainty_halo(const Incident& incident) noexcept {
  switch (incident.geo_precision) {
    case GeoPrecision::region: return 9;
    case GeoPrecision::near_place: return 6;
    case GeoPrecision::place: break;
  }
  return incident.geocode_confidence < 0.6 ? 5 : 0;
}

double cluster_radius(std::uint32_t count) noexcept {
  return std::clamp(9.0 + 3.0 * std::log2(double(std::max<std::uint32_t>(count, 1))), 11.0, 26.0);
}

double mark_radius(const Mark& mark, std::span<const Incident> incidents) noexcept {
  if (mark.is_cluster()) return cluster_radius(mark.count);
  const Incident& incident = incidents[mark.incident];
  return incident_radius(incident.fatalities) + uncertainty_halo(incident);
}

MarkSource::MarkSource(const ClusterIndex& index, const VisibleSums& shown, std::span<const geo::MapPoint> positions,
                       std::span<const Incident> incidents)
    : index_(index), shown_(shown), positions_(positions), incidents_(incidents) {}

Mark MarkSource::make_mark(CellId cell, IndexRange range) const {
  Mark mark;
  mark.cell = cell;
  mark.members = range;
  mark.count = shown_.count(range);
  if (mark.count == 1) {
    mark.incident = index_.order()[shown_.first_shown(range)];
    mark.at = positions_[mark.incident];
    mark.layer = shown_.main_layer(range);
  } else {
    mark.at = shown_.centroid(range);
    mark.layer = shown_.main_layer(range);
  }
  return mark;
}

std::vector<Mark> MarkSource::visible(const Camera& camera) const {
  std::vector<Mark> marks;
  const int level = index_.level_for(camera.metres_per_pixel(), kClusterCellPixels);
  geo::MapRect area = camera.visible_rect();
  const double margin = index_.cell_size(level);
  area = geo::MapRect{area.min_x - margin, area.min_y - margin, area.max_x + margin, area.max_y + margin};
  index_.for_each_cell(level, area, [&](CellId cell, IndexRange range) {
    if (shown_.count(range) > 0) marks.push_back(make_mark(cell, range));
  });
  std::stable_sort(marks.begin(), marks.end(), [this](const Mark& a, const Mark& b) {
    return mark_radius(a, incidents_) > mark_radius(b, incidents_);
  });
  return marks;
}

std::optional<Mark> MarkSource::pick(const Camera& camera, geo::ScreenPoint cursor) const {
  const int level = index_.level_for(camera.metres_per_pixel(), kClusterCellPixels);
  const CellId centre = index_.cell_of(camera.to_map(cursor), level);
  std::optional<Mark> best;
  double best_distance = 0;
  for (int dy = -1; dy <= 1; ++dy) {
    for (int dx = -1; dx <= 1; ++dx) {
      const std::int64_t ix = std::int64_t(centre.ix) + dx, iy = std::int64_t(centre.iy) + dy;
      if (ix < 0 || iy < 0 || ix >= (std::int64_t(1) << level) || iy >= (std::int64_t(1) << level)) continue;
      const CellId cell{level, std::uint32_t(ix), std::uint32_t(iy)};
      const IndexRange range = index_.range_of(cell);
      if (range.empty() || shown_.count(range) == 0) continue;
      const Mark mark = make_mark(cell, range);
      const geo::ScreenPoint at = camera.to_screen(mark.at);
      const double distance = std::hypot(at.x - cursor.x, at.y - cursor.y);
      // Small marks get a few pixels of slack so they can be hit at all.
      if (distance > std::max(mark_radius(mark, incidents_), 6.0)) continue;
      if (!best || distance < best_distance) {
        best = mark;
        best_distance = distance;
      }
    }
  }
  return best;
}

std::vector<std::uint32_t> MarkSource::members(const Mark& mark) const {
  std::vector<std::uint32_t> out;
  out.reserve(mark.count);
  for (std::uint32_t k = mark.members.begin; k < mark.members.end; ++k) {
    if (shown_.shown_at(k)) out.push_back(index_.order()[k]);
  }
  return out;
}

geo::MapRect MarkSource::members_bounds(const Mark& mark) const {
  geo::MapRect bounds;
  for (const std::uint32_t i : members(mark)) bounds.expand(positions_[i]);
  return bounds;
}

}  // namespace incimap::render
