// Draws the sample incidents offscreen (EGL surfaceless) and checks what a
// user would see at known pixels.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "render/gl/offscreen_context.hpp"
#include "render/assets.hpp"
#include "render/gl/offscreen_target.hpp"
#include "render/map_frame.hpp"
#include "render/model/load_incidents.hpp"
#include "pixel_checks.hpp"

namespace incimap::render {
namespace {

const std::string kSample = INCIMAP_RENDER_TEST_DATA "/sample_incidents.geojson";
constexpr geo::ScreenSize kSize{1000, 700};

class OffscreenRender : public ::testing::Test {
 protected:
  void SetUp() override {
    try {
      context_ = std::make_unique<OffscreenContext>();
    } catch (const OffscreenUnavailable& e) {
      GTEST_SKIP() << e.what();
    }
  }
  RgbaImage draw(const Camera& camera) {
    OffscreenTarget target(camera.viewport());
    MapRenderer renderer(projection);
    renderer.set_basemap(BasemapDetail::coarse, build_natural_earth_mesh(projection, BasemapDetail::coarse));
    draw_map_frame(renderer, camera, map, {});
    return target.read_pixels();
  }
  geo::ScreenPoint pixel_of(const Camera& camera, double lon, double lat) const {
    return camera.to_screen(*projection.forward(geo::LonLat::from(geo::Longitude{lon}, geo::Latitude{lat})));
  }

  std::unique_ptr<OffscreenContext> context_;
  geo::Projection projection{"EPSG:3857"};
  IncidentMap map{load_incidents(kSample), projection};
};

TEST_F(OffscreenRender, BaghdadMarkerIsDrawnAtItsProjectedPixelAmidLandAndSea) {
  // Southern Iraq and the head of the Gulf, about 1 km per pixel.
  const Camera camera(kSize, *projection.forward(geo::LonLat::from(geo::Longitude{46.5}, geo::Latitude{31.2})), 1000);
  const RgbaImage image = draw(camera);
  ASSERT_EQ(image.width, kSize.width);
  ASSERT_EQ(image.height, kSize.height);

  // Baghdad's five incidents: one cluster in the colour of its main layer.
  const geo::ScreenPoint baghdad = pixel_of(camera, 44.361488, 33.312805);
  const auto& layers = map.layering().layers;
  const auto explosions = std::find_if(layers.begin(), layers.end(),
                                       [](const Layer& l) { return l.name == "Explosions/Remote violence"; });
  ASSERT_NE(explosions, layers.end());
  // Left of the centre: inside the disc, clear of the count printed on it.
  const auto marker = image.at(int(baghdad.x) - 9, int(baghdad.y));
  EXPECT_TRUE(near(marker, explosions->colour)) << describe(marker);

  // The Gulf between Kuwait and Iran, far from any marker.
  const geo::ScreenPoint gulf = pixel_of(camera, 49.3, 29.0);
  const auto sea = image.at(int(gulf.x), int(gulf.y));
  EXPECT_TRUE(near(sea, MapStyle{}.ocean)) << describe(sea);

  if (data_path("world-atlas/land-110m.json").empty()) return;  // no basemap data: no land to check
  const geo::ScreenPoint desert = pixel_of(camera, 45.5, 30.5);
  const auto land = image.at(int(desert.x), int(desert.y));
  EXPECT_TRUE(near(land, MapStyle{}.land)) << describe(land);
}

TEST_F(OffscreenRender, HiddenLayerLeavesOnlyTheOtherLayersMarkerAtBaghdad) {
  const auto& layers = map.layering().layers;
  for (std::size_t i = 0; i < layers.size(); ++i) map.set_layer_visible(i, layers[i].name == "Protests");
  const Camera camera(kSize, *projection.forward(geo::LonLat::from(geo::Longitude{44}, geo::Latitude{32})), 3000);
  const RgbaImage image = draw(camera);
  const geo::ScreenPoint baghdad = pixel_of(camera, 44.361488, 33.312805);
  const auto protests = std::find_if(layers.begin(), layers.end(), [](const Layer& l) { return l.name == "Protests"; });
  const auto centre = image.at(int(baghdad.x), int(baghdad.y));
  EXPECT_TRUE(near(centre, protests->colour)) << describe(centre);
  // Mosul's battle is hidden: its pixel shows the map, not a marker.
  const geo::ScreenPoint mosul = pixel_of(camera, 43.13, 36.34);
  const auto there = image.at(int(mosul.x), int(mosul.y));
  EXPECT_FALSE(near(there, Rgba::from_rgb(0xC62828), 40)) << describe(there);
}

TEST_F(OffscreenRender, PngRoundTripKeepsThePixels) {
  const Camera camera(kSize, {0, 0}, 60000);
  const RgbaImage image = draw(camera);
  const auto path = (std::filesystem::temp_directory_path() / "incimap_render_test.png").string();
  write_png(path, image);
  const RgbaImage back = read_png(path);
  std::filesystem::remove(path);
  EXPECT_EQ(back.width, image.width);
  EXPECT_EQ(back.pixels, image.pixels);
}

}  // namespace
}  // namespace incimap::render
