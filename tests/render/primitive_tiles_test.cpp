#include "render/basemap/primitive_tiles.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

namespace incimap::render {
namespace {

// A triangle of side 1 with its corner at (x, y).
void add_triangle(std::vector<float>& xy, float x, float y) {
  for (const float v : {x, y, x + 1, y, x, y + 1}) xy.push_back(v);
}

std::uint32_t vertices_in(const std::vector<VertexRun>& runs) {
  return std::accumulate(runs.begin(), runs.end(), 0u, [](std::uint32_t n, const VertexRun& r) { return n + r.count; });
}

TEST(PrimitiveTiles, KeepsEveryPrimitiveWholeAndFindsOnlyTheTilesAViewMeets) {
  std::vector<float> xy;
  for (int i = 0; i < 100; ++i) add_triangle(xy, float(i * 10), float((i * 37) % 100 * 10));
  const TiledPrimitives tiled = tile_primitives(xy, 3, 8);
  ASSERT_EQ(tiled.xy.size(), xy.size());
  // The same triangles, reordered: compare them as sorted sets of 6 floats.
  const auto triangles = [](const std::vector<float>& v) {
    std::vector<std::vector<float>> out;
    for (std::size_t i = 0; i < v.size(); i += 6) out.emplace_back(v.begin() + long(i), v.begin() + long(i + 6));
    std::sort(out.begin(), out.end());
    return out;
  };
  EXPECT_EQ(triangles(tiled.xy), triangles(xy));

  const geo::MapRect everything{-1, -1, 2000, 2000};
  EXPECT_EQ(vertices_in(runs_meeting(tiled.tiles, everything)), 300u);
  // A view over the first triangle only: a small part of the buffer, and it holds that triangle.
  const auto runs = runs_meeting(tiled.tiles, {-0.5, -0.5, 0.5, 0.5});
  ASSERT_FALSE(runs.empty());
  EXPECT_LT(vertices_in(runs), 60u);
  bool found = false;
  for (const VertexRun& run : runs) {
    for (std::uint32_t v = run.first; v < run.first + run.count; v += 3) {
      found |= tiled.xy[v * 2] == 0 && tiled.xy[v * 2 + 1] == 0;
    }
  }
  EXPECT_TRUE(found);
  EXPECT_TRUE(runs_meeting(tiled.tiles, {5000, 5000, 6000, 6000}).empty());
}

TEST(PrimitiveTiles, APrimitiveReachingIntoAViewIsDrawnThoughItsTileIsElsewhere) {
  // One long line from (0,0) to (1000,0) and a short one far away that sets the grid.
  const std::vector<float> xy = {0, 0, 1000, 0, 0, 1000, 1, 1000};
  const TiledPrimitives tiled = tile_primitives(xy, 2, 16);
  EXPECT_EQ(vertices_in(runs_meeting(tiled.tiles, {990, -1, 995, 1})), 2u);
}

}  // namespace
}  // namespace incimap::render
