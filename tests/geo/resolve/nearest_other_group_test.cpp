#include "geo/resolve/nearest_other_group.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace incimap::geo {
namespace {

using Point = NearestOtherGroup::Point;

double brute_force(const std::vector<Point>& points, const NearestOtherGroup::Vector& where, std::uint32_t group) {
  double best = std::numeric_limits<double>::infinity();
  for (const Point& p : points) {
    if (p.group == group) continue;
    const double dx = where[0] - p.where[0], dy = where[1] - p.where[1], dz = where[2] - p.where[2];
    best = std::min(best, dx * dx + dy * dy + dz * dz);
  }
  return best;
}

TEST(NearestOtherGroup, OwnGroupIsNeverTheNearest) {
  const NearestOtherGroup tree({{{1, 0, 0}, 7}, {{0, 1, 0}, 8}});
  EXPECT_DOUBLE_EQ(tree.nearest_squared({1, 0, 0}, 7), 2.0);
  EXPECT_DOUBLE_EQ(tree.nearest_squared({1, 0, 0}, 8), 0.0);
}

TEST(NearestOtherGroup, NoOtherGroupIsInfinitelyFar) {
  EXPECT_EQ(NearestOtherGroup({{{1, 0, 0}, 7}, {{1, 0, 0}, 7}}).nearest_squared({0, 0, 1}, 7),
            std::numeric_limits<double>::infinity());
  EXPECT_EQ(NearestOtherGroup().nearest_squared({0, 0, 1}, 0), std::numeric_limits<double>::infinity());
}

TEST(NearestOtherGroup, SameAsScanningEveryPointToTheBit) {
  // The resolver's scores must not move: the tree finds the same minimum
  // the old scan did, computed with the same operations.
  std::mt19937 random(42);
  std::uniform_real_distribution<double> angle(-3.14159, 3.14159);
  std::uniform_int_distribution<std::uint32_t> group(0, 30);
  std::vector<Point> points;
  for (int i = 0; i < 3000; ++i) {
    const double lat = angle(random) / 2, lon = angle(random);
    points.push_back({{std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)}, group(random)});
    if (i % 5 == 0) points.push_back(points.back());  // repeated mentions of a name
  }
  const NearestOtherGroup tree(points);
  for (std::size_t i = 0; i < points.size(); i += 7) {
    EXPECT_EQ(tree.nearest_squared(points[i].where, points[i].group),
              brute_force(points, points[i].where, points[i].group));
  }
}

}  // namespace
}  // namespace incimap::geo
