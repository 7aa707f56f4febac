#include "render/basemap/basemap_mesh.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "render/assets.hpp"
#include "render/basemap/tessellate.hpp"

namespace incimap::render {
namespace {

double triangle_area(std::span<const geo::MapPoint> triangles) {
  double area = 0;
  for (std::size_t i = 0; i + 2 < triangles.size(); i += 3) {
    const auto& a = triangles[i];
    const auto& b = triangles[i + 1];
    const auto& c = triangles[i + 2];
    area += std::abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2;
  }
  return area;
}

double triangle_area(std::span<const float> xy) {
  std::vector<geo::MapPoint> points;
  for (std::size_t i = 0; i + 1 < xy.size(); i += 2) points.push_back({xy[i], xy[i + 1]});
  return triangle_area(points);
}

geo::LonLat at(double lon, double lat) { return geo::LonLat::from(geo::Longitude{lon}, geo::Latitude{lat}); }

TEST(Tessellate, FillsTheOuterRingAndLeavesTheHoleOpen) {
  const std::vector<std::vector<geo::MapPoint>> rings{{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}},
                                                      {{2, 2}, {2, 4}, {4, 4}, {4, 2}}};
  EXPECT_NEAR(triangle_area(tessellate(rings)), 100 - 4, 1e-9);
}

TEST(Tessellate, HandlesConcaveRings) {
  const std::vector<std::vector<geo::MapPoint>> rings{{{0, 0}, {10, 0}, {10, 10}, {5, 2}, {0, 10}}};
  EXPECT_NEAR(triangle_area(tessellate(rings)), 100 - 40, 1e-9);
}

TEST(VectorMesh, APolygonAcrossTheAntimeridianIsSplitNotSmearedAcrossTheWorld) {
  const geo::Projection plate("plate-carree");
  VectorFeatures features;
  // An island from 170E to 170W (20 degrees wide, across 180).
  features.polygons.push_back({{{at(170, -10), at(-170, -10), at(-170, 10), at(170, 10), at(170, -10)}}});
  const BasemapMesh mesh = build_vector_mesh(features, plate);
  const double degree = plate.world_bounds().width() / 360;
  EXPECT_NEAR(triangle_area(mesh.fill_triangles) / (degree * degree), 20 * 20, 1);
  for (std::size_t i = 0; i + 3 < mesh.border_segments.size(); i += 4) {
    EXPECT_LT(std::abs(mesh.border_segments[i] - mesh.border_segments[i + 2]), 180 * degree);
  }
}

TEST(Graticule, DrawsMeridiansAndParallelsAtTheSpacing) {
  const geo::Projection plate("plate-carree");
  const auto thirty = graticule_segments(plate, 30);
  const auto ten = graticule_segments(plate, 10);
  EXPECT_FALSE(thirty.empty());
  EXPECT_GT(ten.size(), 2 * thirty.size());
}

TEST(NaturalEarth, CoarseLandCoversAboutAQuarterOfTheGlobeInEqualArea) {
  if (data_path("world-atlas/land-110m.json").empty()) GTEST_SKIP() << "world-atlas data package not installed";
  const geo::Projection equal_earth("EPSG:8857");
  const BasemapMesh mesh = build_natural_earth_mesh(equal_earth, BasemapDetail::coarse);
  EXPECT_FALSE(mesh.coast_segments.empty());
  EXPECT_FALSE(mesh.border_segments.empty());
  const double land = triangle_area(mesh.fill_triangles);
  const double globe = triangle_area(world_fill_triangles(equal_earth));
  EXPECT_NEAR(land / globe, 0.29, 0.03);  // land is 29% of the Earth's surface
}

TEST(NaturalEarth, DetailFollowsZoom) {
  EXPECT_EQ(detail_for(40000), BasemapDetail::coarse);
  EXPECT_EQ(detail_for(8000), BasemapDetail::medium);
  EXPECT_EQ(detail_for(500), BasemapDetail::fine);
}

}  // namespace
}  // namespace incimap::render
