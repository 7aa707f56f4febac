#include "render/camera.hpp"

#include <gtest/gtest.h>

namespace incimap::render {
namespace {

constexpr geo::ScreenSize kViewport{800, 500};

TEST(Camera, ScreenAndMapAreInverse) {
  const Camera camera(kViewport, {1000, 2000}, 250);
  for (const geo::MapPoint p : {geo::MapPoint{1000, 2000}, geo::MapPoint{-5e6, 3e6}, geo::MapPoint{123.5, -77}}) {
    const geo::MapPoint back = camera.to_map(camera.to_screen(p));
    EXPECT_NEAR(back.x, p.x, 1e-6);
    EXPECT_NEAR(back.y, p.y, 1e-6);
  }
}

TEST(Camera, NorthIsUpAndCentreIsMiddle) {
  const Camera camera(kViewport, {0, 0}, 100);
  EXPECT_EQ(camera.to_screen({0, 0}), (geo::ScreenPoint{400, 250}));
  EXPECT_LT(camera.to_screen({0, 1000}).y, 250);  // north is up the screen
  EXPECT_GT(camera.to_screen({1000, 0}).x, 400);  // east is right
}

TEST(Camera, ZoomKeepsThePointUnderTheCursor) {
  Camera camera(kViewport, {0, 0}, 100);
  const geo::ScreenPoint cursor{620, 90};
  const geo::MapPoint under = camera.to_map(cursor);
  camera.zoom_about(cursor, 2.0);
  EXPECT_DOUBLE_EQ(camera.metres_per_pixel(), 50);
  const geo::ScreenPoint after = camera.to_screen(under);
  EXPECT_NEAR(after.x, cursor.x, 1e-9);
  EXPECT_NEAR(after.y, cursor.y, 1e-9);
}

TEST(Camera, DraggingMovesTheMapWithTheCursor) {
  Camera camera(kViewport, {0, 0}, 100);
  const geo::MapPoint grabbed = camera.to_map({100, 100});
  camera.pan_by_pixels(30, -20);
  const geo::ScreenPoint now = camera.to_screen(grabbed);
  EXPECT_NEAR(now.x, 130, 1e-9);
  EXPECT_NEAR(now.y, 80, 1e-9);
}

TEST(Camera, FittingShowsTheWholeAreaWithItsMargin) {
  const geo::MapRect area{-3e6, 1e6, 5e6, 2e6};
  const Camera camera = Camera::fitting(kViewport, area, 20);
  const geo::ScreenPoint low = camera.to_screen({area.min_x, area.min_y});
  const geo::ScreenPoint high = camera.to_screen({area.max_x, area.max_y});
  EXPECT_NEAR(low.x, 20, 1e-6);  // the wide side touches the margins
  EXPECT_NEAR(high.x, 780, 1e-6);
  EXPECT_GE(high.y, 20 - 1e-6);
  EXPECT_LE(low.y, 480 + 1e-6);
}

TEST(Camera, ConstrainLimitsZoomAndKeepsCentreInTheWorld) {
  Camera camera(kViewport, {9e7, 0}, 1e-3);
  camera.constrain({-2e7, -2e7, 2e7, 2e7}, 0.5, 1e5);
  EXPECT_DOUBLE_EQ(camera.metres_per_pixel(), 0.5);
  EXPECT_DOUBLE_EQ(camera.centre().x, 2e7);
}

}  // namespace
}  // namespace incimap::render
