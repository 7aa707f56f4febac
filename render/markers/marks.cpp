#include "render/markers/marks.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace incimap::render {

double incident_radius(int fatalities) noexcept {
  return std::clamp(5.0 + 1.6 * std::sqrt(std::max(0, fatalities)), 5.0, 16.0);
}

double uncertainty_halo(const Incident& incident) noexcept {
  switch (incident.precision()) {
    case geo::GeoPrecision::region: return 9;
    case geo::GeoPrecision::near: return 6;
    case geo::GeoPrecision::place: break;
  }
  return incident.confidence() < 0.6 ? 5 : 0;
}

double cluster_radius(std::uint32_t count) noexcept {
  return std::clamp(9.0 + 3.0 * std::log2(double(std::max<std::uint32_t>(count, 1))), 11.0, 26.0);
}

double mark_radius(const Mark& mark, std::span<const Incident> incidents) noexcept {
  if (mark.is_cluster()) return cluster_radius(mark.count);
  const Incident& incident = incidents[mark.incident];
  return incident_radius(incident.fatalities_or_zero()) + uncertainty_halo(incident);
}

MarkSource::MarkSource(const ClusterIndex& index, const VisibleSums& shown, std::span<const geo::MapPoint> positions,
                       std::span<const Incident> incidents)
    : index_(index), shown_(shown), positions_(positions), incidents_(incidents) {}

Mark MarkSource::make_mark(IndexRange range) const {
  Mark mark;
  mark.members.push_back(range);
  mark.count = shown_.count(range);
  mark.layer = shown_.main_layer(range);
  if (mark.count == 1) {
    mark.incident = index_.order()[shown_.first_shown(range)];
    mark.at = positions_[mark.incident];
  } else {
    mark.at = shown_.centroid(range);
  }
  return mark;
}

namespace {

// Marks that can touch lie in neighbouring buckets of this size.
constexpr double kBucketPixels = 2 * kMaxMarkRadius + kMarkGapPixels;

std::int64_t bucket_key(geo::ScreenPoint at) noexcept {
  const auto bx = std::int64_t(std::floor(at.x / kBucketPixels)), by = std::int64_t(std::floor(at.y / kBucketPixels));
  return (bx << 32) ^ (by & 0xFFFFFFFF);
}

}  // namespace

void MarkSource::merge_overlapping(std::vector<Mark>& marks, const Camera& camera) const {
  // The larger absorbs the smaller, so a big cluster stays where it was and
  // gathers what crowds it; merging grows it, so passes repeat until one
  // merges nothing: then no two discs overlap. Each merge removes a mark, so
  // this ends.
  std::stable_sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.count > b.count; });
  bool merged = true;
  std::vector<geo::ScreenPoint> at;
  std::vector<double> radius;
  std::vector<bool> alive;
  std::unordered_map<std::int64_t, std::vector<std::uint32_t>> buckets;
  while (merged && marks.size() > 1) {
    merged = false;
    at.resize(marks.size());
    radius.resize(marks.size());
    alive.assign(marks.size(), true);
    buckets.clear();
    for (std::size_t i = 0; i < marks.size(); ++i) {
      at[i] = camera.to_screen(marks[i].at);
      radius[i] = mark_radius(marks[i], incidents_);
      buckets[bucket_key(at[i])].push_back(std::uint32_t(i));
    }
    for (std::size_t i = 0; i < marks.size(); ++i) {
      if (!alive[i]) continue;
      const auto bx = std::int64_t(std::floor(at[i].x / kBucketPixels));
      const auto by = std::int64_t(std::floor(at[i].y / kBucketPixels));
      for (std::int64_t dy = -1; dy <= 1; ++dy) {
        for (std::int64_t dx = -1; dx <= 1; ++dx) {
          const auto found = buckets.find(((bx + dx) << 32) ^ ((by + dy) & 0xFFFFFFFF));
          if (found == buckets.end()) continue;
          for (const std::uint32_t j : found->second) {
            if (j == i || !alive[j]) continue;
            if (std::hypot(at[i].x - at[j].x, at[i].y - at[j].y) >= radius[i] + radius[j] + kMarkGapPixels) continue;
            // It keeps its place: a centroid pulled between a city and a
            // country-wide incident lands on some suburb, whose name the
            // label would then lend it.
            Mark& into = marks[i];
            const Mark& from = marks[j];
            into.count += from.count;
            into.members.insert(into.members.end(), from.members.begin(), from.members.end());
            into.layer = shown_.main_layer(into.members);
            radius[i] = mark_radius(into, incidents_);
            alive[j] = false;
            merged = true;
          }
        }
      }
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < marks.size(); ++i) {
      if (!alive[i]) continue;
      if (kept != i) marks[kept] = std::move(marks[i]);  // never onto itself: that would empty it
      ++kept;
    }
    marks.resize(kept);
  }
}

std::vector<Mark> MarkSource::visible(const Camera& camera) const {
  std::vector<Mark> marks;
  const int level = index_.level_for(camera.metres_per_pixel(), kClusterCellPixels);
  geo::MapRect area = camera.visible_rect();
  // A mark just off screen still crowds one on it, and its disc shows at the edge.
  const double margin = index_.cell_size(level) + 2 * kMaxMarkRadius * camera.metres_per_pixel();
  area = geo::MapRect{area.min_x - margin, area.min_y - margin, area.max_x + margin, area.max_y + margin};
  index_.for_each_cell(level, area, [&](CellId, IndexRange range) {
    if (shown_.count(range) > 0) marks.push_back(make_mark(range));
  });
  merge_overlapping(marks, camera);
  std::stable_sort(marks.begin(), marks.end(), [this](const Mark& a, const Mark& b) {
    return mark_radius(a, incidents_) > mark_radius(b, incidents_);
  });
  return marks;
}

std::optional<Mark> MarkSource::pick(const Camera& camera, geo::ScreenPoint cursor) const {
  std::optional<Mark> best;
  double best_distance = 0;
  for (Mark& mark : visible(camera)) {
    const geo::ScreenPoint at = camera.to_screen(mark.at);
    const double distance = std::hypot(at.x - cursor.x, at.y - cursor.y);
    // Small marks get a few pixels of slack so they can be hit at all.
    if (distance > std::max(mark_radius(mark, incidents_), 6.0)) continue;
    if (!best || distance < best_distance) {
      best = std::move(mark);
      best_distance = distance;
    }
  }
  return best;
}

std::vector<std::uint32_t> MarkSource::members(const Mark& mark) const {
  std::vector<std::uint32_t> out;
  out.reserve(mark.count);
  for (const IndexRange& range : mark.members) {
    for (std::uint32_t k = range.begin; k < range.end; ++k) {
      if (shown_.shown_at(k)) out.push_back(index_.order()[k]);
    }
  }
  return out;
}

geo::MapRect MarkSource::members_bounds(const Mark& mark) const {
  geo::MapRect bounds;
  for (const std::uint32_t i : members(mark)) bounds.expand(positions_[i]);
  return bounds;
}

}  // namespace incimap::render
