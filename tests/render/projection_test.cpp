#include "geo/projection/projection.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

namespace incimap::geo {
namespace {

LonLat at(double lon, double lat) { return LonLat::from(Longitude{lon}, Latitude{lat}); }

class ProjectionRoundTrip : public ::testing::TestWithParam<const char*> {};

TEST_P(ProjectionRoundTrip, InverseUndoesForwardToWithinACentimetre) {
  const Projection projection(GetParam());
  for (const LonLat where : {at(44.3615, 33.3128), at(-74.0721, 4.711), at(120.98, 14.6), at(-179.5, -60),
                             at(0, 0), at(151.2, -33.87)}) {
    const auto projected = projection.forward(where);
    ASSERT_TRUE(projected) << projection.crs();
    const auto back = projection.inverse(*projected);
    ASSERT_TRUE(back);
    EXPECT_NEAR(back->lon(), where.lon(), 1e-7) << projection.crs();
    EXPECT_NEAR(back->lat(), where.lat(), 1e-7) << projection.crs();
  }
}

INSTANTIATE_TEST_SUITE_P(Offered, ProjectionRoundTrip, ::testing::Values("EPSG:3857", "EPSG:8857", "plate-carree"));

TEST(Projection, WebMercatorIsEastingNorthingInMetres) {
  const Projection mercator("EPSG:3857");
  const auto edge = mercator.forward(at(180, 0));
  ASSERT_TRUE(edge);
  EXPECT_NEAR(edge->x, 20037508.34, 0.01);
  EXPECT_NEAR(edge->y, 0, 1e-6);
  // Axis order is east, north: Baghdad is east and north of the origin.
  const auto baghdad = mercator.forward(at(44.3615, 33.3128));
  ASSERT_TRUE(baghdad);
  EXPECT_NEAR(baghdad->x, 44.3615 * 20037508.34 / 180, 1);
  EXPECT_GT(baghdad->y, 3.9e6);
  EXPECT_LT(baghdad->y, 4.0e6);
}

TEST(Projection, BatchFormProjectsLikeOnePointAtATime) {
  const Projection mercator("EPSG:3857");
  std::vector<double> xs{44.3615, -74.0721}, ys{33.3128, 4.711};
  mercator.forward_in_place(xs, ys);
  const auto baghdad = mercator.forward(at(44.3615, 33.3128));
  ASSERT_TRUE(baghdad);
  EXPECT_DOUBLE_EQ(xs[0], baghdad->x);
  EXPECT_DOUBLE_EQ(ys[0], baghdad->y);
}

TEST(Projection, BatchFormRefusesALatitudeShortAndTouchesNothing) {
  const Projection mercator("EPSG:3857");
  std::vector<double> xs{44.3615, -74.0721, 120.98}, ys{33.3128, 4.711};
  EXPECT_THROW(mercator.forward_in_place(xs, ys), std::invalid_argument);
  EXPECT_EQ(xs, (std::vector<double>{44.3615, -74.0721, 120.98}));
  EXPECT_EQ(ys, (std::vector<double>{33.3128, 4.711}));
  std::vector<double> more_ys{33.3128, 4.711, 14.6, 0};
  EXPECT_THROW(mercator.forward_in_place(xs, more_ys), std::invalid_argument);
}

TEST(Projection, WebMercatorClampsPolarLatitudesInsteadOfFailing) {
  const Projection mercator("EPSG:3857");
  const auto pole = mercator.forward(at(10, -90));
  const auto limit = mercator.forward(at(10, mercator.min_latitude()));
  ASSERT_TRUE(pole && limit);
  EXPECT_DOUBLE_EQ(pole->y, limit->y);
  EXPECT_LT(mercator.min_latitude(), -85);
  EXPECT_GT(mercator.min_latitude(), -86);
}

TEST(Projection, NamesMapToCanonicalCrs) {
  EXPECT_EQ(canonical_projection_name("mercator"), "EPSG:3857");
  EXPECT_EQ(canonical_projection_name("equal-earth"), "EPSG:8857");
  EXPECT_EQ(canonical_projection_name("EPSG:4326"), "EPSG:4087");
  EXPECT_EQ(Projection("Equal-Earth").crs(), "EPSG:8857");
}

TEST(Projection, UnknownCrsIsAnErrorNamingIt) {
  try {
    const Projection bad("EPSG:999999");
    FAIL() << "expected ProjectionError";
  } catch (const ProjectionError& e) {
    EXPECT_NE(std::string(e.what()).find("EPSG:999999"), std::string::npos);
  }
}

TEST(Projection, EqualEarthWorldIsTwiceAsWideAsTall) {
  const Projection equal_earth("EPSG:8857");
  const MapRect world = equal_earth.world_bounds();
  EXPECT_NEAR(world.width() / world.height(), 2.05, 0.05);
}

TEST(Projection, LonLatBoundsOfAProjectedBoxComeBack) {
  const Projection mercator("EPSG:3857");
  const auto sw = mercator.forward(at(38, 28)), ne = mercator.forward(at(50, 38));
  ASSERT_TRUE(sw && ne);
  const auto box = mercator.lonlat_bounds(MapRect::from_corners(*sw, *ne));
  ASSERT_TRUE(box);
  EXPECT_NEAR((*box)[0], 38, 1e-6);
  EXPECT_NEAR((*box)[1], 28, 1e-6);
  EXPECT_NEAR((*box)[2], 50, 1e-6);
  EXPECT_NEAR((*box)[3], 38, 1e-6);
}

}  // namespace
}  // namespace incimap::geo
