// `incimap render --basemap`: a GDAL raster drawn under the markers, where
// its pixels belong; files that cannot be a basemap are named in a clear
// error. The rasters are written by the tests (tests/render/test_rasters.hpp).

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "incimap_process.hpp"
#include "geo/projection/projection.hpp"
#include "render/camera.hpp"
#include "render/image/rgba_image.hpp"
#include "test_rasters.hpp"
#include "pixel_checks.hpp"

namespace incimap::app {
namespace {
using namespace incimap::app::testing;
namespace fs = std::filesystem;

const std::string kSample = std::string(INCIMAP_SOURCE_DIR) + "/tests/render/data/sample_incidents.geojson";

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

class RenderCli : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "incimap-render-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }
  std::string file(const std::string& name) const { return (dir_ / name).string(); }

  // Red over 40-50°E 30-35°N, Baghdad inside.
  std::string red_square() const {
    incimap::testing::TestRaster raster;
    raster.width = 400;
    raster.height = 200;
    raster.geotransform = incimap::testing::box_geotransform(40, 30, 50, 35, raster.width, raster.height);
    incimap::testing::write_raster(file("red.tif"), raster);
    return file("red.tif");
  }
  Outcome render(const std::string& basemap) const {
    return run_incimap({"render", kSample, "-o", file("map.png"), "--overwrite", "--size", "800x500", "--bbox",
                        "36,27,54,38", "--no-legend", "--basemap", basemap});
  }

  fs::path dir_;
};

// Where `incimap render --bbox 36,27,54,38 --size 800x500` puts a lon/lat: in
// Web Mercator the box's edges are straight, so its corners frame it.
geo::ScreenPoint pixel_of(double lon, double lat) {
  const geo::Projection projection("EPSG:3857");
  const auto corner = [&](double x, double y) { return *projection.forward(geo::LonLat::from(geo::Longitude{x}, geo::Latitude{y})); };
  const auto camera = render::Camera::fitting({800, 500}, geo::MapRect::from_corners(corner(36, 27), corner(54, 38)), 0);
  return camera.to_screen(corner(lon, lat));
}

bool is_red(const std::array<std::uint8_t, 4>& p) { return p[0] > 240 && p[1] < 15 && p[2] < 15; }

using render::describe;

TEST_F(RenderCli, RasterBasemapIsDrawnWhereItsPixelsBelongUnderTheMarkers) {
  const Outcome run = render(red_square());
  if (run.exit_code != kExitOk && contains(run.err, "EGL")) GTEST_SKIP() << run.err;
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  const render::RgbaImage image = render::read_png(file("map.png"));
  ASSERT_EQ(image.width, 800);
  const auto at = [&](double lon, double lat) {
    const geo::ScreenPoint p = pixel_of(lon, lat);
    return image.at(int(p.x), int(p.y));
  };
  // Inside the square, clear of markers and lines: red.
  for (const auto& [lon, lat] : {std::pair{41.5, 31.0}, {47.0, 31.5}, {42.0, 34.2}}) {
    EXPECT_TRUE(is_red(at(lon, lat))) << lon << "E " << lat << "N: " << describe(at(lon, lat));
  }
  // Outside it (Syria, Saudi Arabia, Iran): the usual map.
  for (const auto& [lon, lat] : {std::pair{38.5, 32.0}, {45.0, 28.5}, {51.5, 33.0}, {45.0, 36.0}}) {
    EXPECT_FALSE(is_red(at(lon, lat))) << lon << "E " << lat << "N: " << describe(at(lon, lat));
  }
  // Baghdad's cluster marker is drawn over the raster.
  const geo::ScreenPoint baghdad = pixel_of(44.361488, 33.312805);
  const auto marker = image.at(int(baghdad.x) - 7, int(baghdad.y));
  EXPECT_FALSE(is_red(marker)) << describe(marker);
}

TEST_F(RenderCli, FileThatIsNeitherRasterNorVectorIsNamedInTheError) {
  std::ofstream(file("notes.txt")) << "Baghdad, 12 January: an explosion near the market.\n";
  const Outcome run = render(file("notes.txt"));
  EXPECT_EQ(run.exit_code, kExitFatal);
  EXPECT_TRUE(contains(run.err, file("notes.txt") + ": neither a GDAL raster")) << run.err;
  EXPECT_FALSE(fs::exists(file("map.png")));
}

TEST_F(RenderCli, RasterWithoutGeoreferencingIsNamedInTheError) {
  incimap::testing::TestRaster photo;
  photo.srs.reset();  // and no geotransform
  incimap::testing::write_raster(file("photo.tif"), photo);
  const Outcome run = render(file("photo.tif"));
  EXPECT_EQ(run.exit_code, kExitFatal);
  EXPECT_TRUE(contains(run.err, file("photo.tif") + ": has no georeferencing")) << run.err;
}

TEST_F(RenderCli, FeaturesThatCannotBeDrawnAreCountedAndNoneDrawnIsExitOne) {
  const std::string incidents = file("bad.geojson");
  std::ofstream(incidents) << R"({"type":"FeatureCollection","features":[
    {"type":"Feature","geometry":null,"properties":{"title":"nowhere"}},
    {"type":"Feature","geometry":{"type":"Point","coordinates":[500,100]},"properties":{"title":"off Earth"}}]})";
  const Outcome run = run_incimap({"render", incidents, "-o", file("map.png"), "--size", "400x250", "-q"});
  if (run.exit_code == kExitFatal && contains(run.err, "EGL")) GTEST_SKIP() << run.err;
  EXPECT_EQ(run.exit_code, kExitSomeInputsFailed) << run.err;
  EXPECT_TRUE(contains(run.err, incidents + ": 2 features left out of the map: 1 without geometry, 1 with coordinates "
                                            "off Earth")) << run.err;
}

TEST_F(RenderCli, HelpSaysRastersAreBasemapsToo) {
  const Outcome run = run_incimap({"render", "--help"});
  EXPECT_EQ(run.exit_code, kExitOk);
  EXPECT_TRUE(contains(run.out, "GDAL raster (GeoTIFF")) << run.out;
}

}  // namespace
}  // namespace incimap::app
