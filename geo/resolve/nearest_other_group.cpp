#include "geo/resolve/nearest_other_group.hpp"

#include <algorithm>
#include <limits>
#include <tuple>

namespace incimap::geo {
namespace {

double squared_distance(const NearestOtherGroup::Vector& a, const NearestOtherGroup::Vector& b) {
  const double dx = a[0] - b[0], dy = a[1] - b[1], dz = a[2] - b[2];
  return dx * dx + dy * dy + dz * dz;
}

}  // namespace

NearestOtherGroup::NearestOtherGroup(std::vector<Point> points) : points_(std::move(points)) {
  // Repeated mentions of a name read the same place: one point each is enough.
  const auto key = [](const Point& p) { return std::tie(p.group, p.where); };
  std::sort(points_.begin(), points_.end(), [&](const Point& a, const Point& b) { return key(a) < key(b); });
  points_.erase(std::unique(points_.begin(), points_.end(), [&](const Point& a, const Point& b) { return key(a) == key(b); }),
                points_.end());
  build(0, points_.size(), 0);
}

void NearestOtherGroup::build(std::size_t first, std::size_t last, int depth) {
  if (last - first <= 1) return;
  const std::size_t middle = first + (last - first) / 2;
  const int axis = depth % 3;
  std::nth_element(points_.begin() + static_cast<std::ptrdiff_t>(first),
                   points_.begin() + static_cast<std::ptrdiff_t>(middle),
                   points_.begin() + static_cast<std::ptrdiff_t>(last),
                   [axis](const Point& a, const Point& b) { return a.where[axis] < b.where[axis]; });
  build(first, middle, depth + 1);
  build(middle + 1, last, depth + 1);
}

void NearestOtherGroup::search(std::size_t first, std::size_t last, int depth, const Vector& where,
                               std::uint32_t group, double& best) const {
  if (first >= last) return;
  const std::size_t middle = first + (last - first) / 2;
  const Point& node = points_[middle];
  if (node.group != group) best = std::min(best, squared_distance(where, node.where));
  const int axis = depth % 3;
  const double offset = where[axis] - node.where[axis];
  const bool left_first = offset < 0;
  // The near side first; the far side only when the splitting plane is
  // closer than the best so far.
  if (left_first) search(first, middle, depth + 1, where, group, best);
  else search(middle + 1, last, depth + 1, where, group, best);
  if (offset * offset < best) {
    if (left_first) search(middle + 1, last, depth + 1, where, group, best);
    else search(first, middle, depth + 1, where, group, best);
  }
}

double NearestOtherGroup::nearest_squared(const Vector& where, std::uint32_t group) const {
  double best = std::numeric_limits<double>::infinity();
  search(0, points_.size(), 0, where, group, best);
  return best;
}

}  // namespace incimap::geo
