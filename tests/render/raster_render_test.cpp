// A raster basemap drawn offscreen (EGL surfaceless): its pixels appear at
// their projected place, its nodata shows the land beneath, and markers stay
// on top of it.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "render/assets.hpp"
#include "render/basemap/raster_basemap.hpp"
#include "render/gl/offscreen_context.hpp"
#include "render/gl/offscreen_target.hpp"
#include "render/map_frame.hpp"
#include "render/model/load_incidents.hpp"
#include "test_rasters.hpp"
#include "pixel_checks.hpp"

namespace incimap::render {
namespace {

namespace fs = std::filesystem;
using incimap::testing::Pixel;

const std::string kSample = INCIMAP_RENDER_TEST_DATA "/sample_incidents.geojson";
constexpr geo::ScreenSize kSize{1000, 700};

const Rgba kRed = Rgba::from_rgb(0xFF0000);

class RasterRender : public ::testing::Test {
 protected:
  void SetUp() override {
    try {
      context_ = std::make_unique<OffscreenContext>();
    } catch (const OffscreenUnavailable& e) {
      GTEST_SKIP() << e.what();
    }
    raster_path_ = (fs::temp_directory_path() /
                    ("incimap-raster-render-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + ".tif"))
                       .string();
  }
  void TearDown() override { fs::remove(raster_path_); }

  // Red over 40-50°E 30-34°N; east of 45°E and north of 34°N nodata (the
  // north strip tells a raster drawn upside down).
  void write_half_red_square() const {
    incimap::testing::TestRaster raster;
    raster.width = 200;
    raster.height = 100;
    raster.geotransform = incimap::testing::box_geotransform(40, 30, 50, 35, raster.width, raster.height);
    raster.nodata = 0;
    raster.pixel = [](int col, int row) { return col < 100 && row >= 20 ? Pixel{255, 0, 0, 0} : Pixel{0, 0, 0, 0}; };
    incimap::testing::write_raster(raster_path_, raster);
  }
  RgbaImage draw(const Camera& camera) {
    OffscreenTarget target(camera.viewport());
    MapRenderer renderer(projection);
    renderer.set_basemap(BasemapDetail::coarse, build_natural_earth_mesh(projection, BasemapDetail::coarse));
    const RasterBasemap raster(raster_path_, projection);
    if (auto warped = raster.warp(camera.visible_rect(), camera.metres_per_pixel())) renderer.set_raster_basemap(*warped);
    draw_map_frame(renderer, camera, map, {});
    return target.read_pixels();
  }
  std::array<std::uint8_t, 4> pixel_over(const RgbaImage& image, const Camera& camera, double lon, double lat) const {
    const auto at = camera.to_screen(*projection.forward(geo::LonLat::from(geo::Longitude{lon}, geo::Latitude{lat})));
    return image.at(int(at.x), int(at.y));
  }

  std::unique_ptr<OffscreenContext> context_;
  std::string raster_path_;
  geo::Projection projection{"EPSG:3857"};
  IncidentMap map{load_incidents(kSample), projection};
};

TEST_F(RasterRender, RasterShowsAtItsPlaceUnderTheMarkersAndNodataShowsTheLand) {
  write_half_red_square();
  // Iraq and the head of the Gulf, 1.5 km per pixel.
  const Camera camera(kSize, *projection.forward(geo::LonLat::from(geo::Longitude{45}, geo::Latitude{32})), 1500);
  const RgbaImage image = draw(camera);

  // Inside the red half, away from markers and lines.
  for (const auto& [lon, lat] : {std::pair{41.5, 31.0}, {43.0, 32.0}, {42.0, 33.7}, {40.5, 30.3}}) {
    const auto pixel = pixel_over(image, camera, lon, lat);
    EXPECT_TRUE(near(pixel, kRed, 6)) << lon << "E " << lat << "N: " << describe(pixel);
  }
  // West of the raster (Syrian/Jordanian desert) the land is as ever.
  const bool have_land = !data_path("world-atlas/land-110m.json").empty();
  if (have_land) {
    const auto desert = pixel_over(image, camera, 38.5, 32.0);
    EXPECT_TRUE(near(desert, MapStyle{}.land)) << describe(desert);
    // The nodata parts: the land (western Iran, the Iraqi north-west) shows through.
    for (const auto& [lon, lat] : {std::pair{48.5, 33.5}, {41.5, 34.6}}) {
      const auto land = pixel_over(image, camera, lon, lat);
      EXPECT_TRUE(near(land, MapStyle{}.land)) << lon << "E " << lat << "N: " << describe(land);
    }
  }
  // Baghdad's cluster marker is drawn over the raster in its layer's colour.
  const auto& layers = map.layering().layers;
  const auto explosions = std::find_if(layers.begin(), layers.end(),
                                       [](const Layer& l) { return l.name == "Explosions/Remote violence"; });
  ASSERT_NE(explosions, layers.end());
  const auto baghdad = camera.to_screen(*projection.forward(geo::LonLat::from(geo::Longitude{44.361488}, geo::Latitude{33.312805})));
  const auto marker = image.at(int(baghdad.x) - 9, int(baghdad.y));
  EXPECT_TRUE(near(marker, explosions->colour)) << describe(marker);
}

TEST_F(RasterRender, ViewAwayFromTheRasterDrawsTheUsualMap) {
  write_half_red_square();
  const Camera camera(kSize, *projection.forward(geo::LonLat::from(geo::Longitude{10}, geo::Latitude{45})), 1500);
  const RgbaImage image = draw(camera);
  int red_pixels = 0;
  for (int y = 0; y < image.height; y += 7) {
    for (int x = 0; x < image.width; x += 7) red_pixels += near(image.at(x, y), kRed, 30) ? 1 : 0;
  }
  EXPECT_EQ(red_pixels, 0);
}

}  // namespace
}  // namespace incimap::render
