#include "render/markers/cluster_index.hpp"

#include <gtest/gtest.h>

#include <random>
#include <set>

namespace incimap::render {
namespace {

const geo::MapRect kWorld{-2e7, -2e7, 2e7, 2e7};

std::vector<geo::MapPoint> random_points(std::size_t count, unsigned seed) {
  std::mt19937 random(seed);
  std::uniform_real_distribution<double> coordinate(-2e7, 2e7);
  std::vector<geo::MapPoint> points(count);
  for (auto& p : points) p = {coordinate(random), coordinate(random)};
  return points;
}

TEST(ClusterIndex, EveryLevelPartitionsThePointsIntoCells) {
  const auto points = random_points(5000, 7);
  const ClusterIndex index(points, kWorld);
  for (const int level : {0, 2, 5, 9}) {
    std::size_t total = 0;
    index.for_each_cell(level, kWorld, [&](CellId cell, IndexRange range) {
      total += range.size();
      const geo::MapRect rect = index.cell_rect(cell);
      for (std::uint32_t k = range.begin; k < range.end; ++k) {
        EXPECT_TRUE(rect.contains(points[index.order()[k]])) << "level " << level;
      }
    });
    EXPECT_EQ(total, points.size()) << "level " << level;
  }
}

TEST(ClusterIndex, AQueryAreaSeesOnlyNearbyCells) {
  const auto points = random_points(2000, 11);
  const ClusterIndex index(points, kWorld);
  const geo::MapRect area{0, 0, 5e6, 5e6};
  std::size_t expected = 0;
  for (const auto& p : points) expected += area.contains(p) ? 1 : 0;
  std::size_t seen_inside = 0;
  index.for_each_cell(8, area, [&](CellId, IndexRange range) {
    for (std::uint32_t k = range.begin; k < range.end; ++k) seen_inside += area.contains(points[index.order()[k]]);
  });
  EXPECT_EQ(seen_inside, expected);
}

TEST(ClusterIndex, PointsAtOneSpotShareACellEvenAtTheFinestLevel) {
  std::vector<geo::MapPoint> points(12, geo::MapPoint{4938337.0, 3936797.0});
  points.push_back({4938337.0 + 5000, 3936797.0});
  const ClusterIndex index(points, kWorld);
  const CellId cell = index.cell_of(points[0], ClusterIndex::kFinestLevel);
  EXPECT_EQ(index.range_of(cell).size(), 12u);
}

TEST(ClusterIndex, LevelTracksZoomSoCellsStayAboutTheSameOnScreen) {
  const ClusterIndex index(random_points(10, 3), kWorld);
  const int far = index.level_for(40000, 56), near = index.level_for(40000 / 8.0, 56);
  EXPECT_EQ(near, far + 3);
  const double cell_pixels = index.cell_size(far) / 40000;
  EXPECT_LE(cell_pixels, 56);
  EXPECT_GT(cell_pixels, 28);
}

TEST(ClusterIndex, MortonKeysInterleaveBits) {
  EXPECT_EQ(morton_key(0b11, 0), 0b0101u);
  EXPECT_EQ(morton_key(0, 0b11), 0b1010u);
  EXPECT_EQ(morton_key(1, 1), 0b11u);
}

}  // namespace
}  // namespace incimap::render
