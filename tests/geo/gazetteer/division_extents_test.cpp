#include "geo/gazetteer/division_extents.hpp"

#include <gtest/gtest.h>

namespace incimap::geo {
namespace {

LonLat at(double lon, double lat) { return LonLat::from(Longitude{lon}, Latitude{lat}); }

TEST(DivisionExtents, AFewPlacesArePlacedAtTheMiddleOfTheirBox) {
  DivisionExtents extents;
  extents.add(7, at(-100.0, 30.0));
  extents.add(7, at(-96.0, 33.0));
  extents.add(7, at(-98.0, 31.0));
  const auto c = extents.centre(7);
  ASSERT_TRUE(c);
  EXPECT_NEAR(c->lon(), -98.0, 1e-4);
  EXPECT_NEAR(c->lat(), 31.5, 1e-4);
}

TEST(DivisionExtents, ADivisionWithNoPlacesHasNoCentre) {
  DivisionExtents extents;
  extents.add(1, at(10.0, 10.0));
  EXPECT_FALSE(extents.centre(2));
}

// A province whose towns crowd its south (lat 42-45) while a few reach its far
// north (up to lat 56), like Ontario: the middle moves north of the crowded
// band's, toward the territory's middle, but not all the way to the outermost
// town's half-way point.
TEST(DivisionExtents, TheOutermostPlacesPullTheMiddleTowardTheTerritorysMiddle) {
  DivisionExtents extents;
  for (int i = 0; i < 300; ++i) extents.add(3, at(-80.0 + (i % 10) * 0.1, 42.0 + (i % 30) * 0.1));
  extents.add(3, at(-85.0, 52.0));
  extents.add(3, at(-88.0, 56.0));
  const auto c = extents.centre(3);
  ASSERT_TRUE(c);
  // The trimmed box (the outer 1%, 3 places each side, dropped) spans
  // lat 42.0-44.9, centre 43.45; the full box 42-56, centre 49.
  EXPECT_GT(c->lat(), 43.45 + 1.0);
  EXPECT_LT(c->lat(), 49.0 - 3.0);
  EXPECT_NEAR(c->lat(), 43.45 + 0.25 * (49.0 - 43.45), 1e-3);
}

}  // namespace
}  // namespace incimap::geo
