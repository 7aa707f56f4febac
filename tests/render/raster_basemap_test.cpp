// A user's raster basemap: which files are rasters, where the warped pixels
// land in each map projection, and what becomes transparent. The rasters are
// written by the tests with GDAL (test_rasters.hpp).

#include "render/basemap/raster_basemap.hpp"

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "geo/base/input_error.hpp"
#include "test_rasters.hpp"

namespace incimap::render {
namespace {

namespace fs = std::filesystem;
using incimap::testing::box_geotransform;
using incimap::testing::Pixel;
using incimap::testing::TestRaster;
using incimap::testing::write_raster;

geo::LonLat at(double lon, double lat) { return geo::LonLat::from(geo::Longitude{lon}, geo::Latitude{lat}); }

// The warped pixel over a lon/lat, or nullopt when the image does not reach it.
std::optional<Pixel> pixel_over(const WarpedRaster& raster, const geo::Projection& projection, double lon, double lat) {
  const geo::MapPoint p = *projection.forward(at(lon, lat));
  if (!raster.area.contains(p)) return std::nullopt;
  const int col = std::min(raster.image.width - 1, int((p.x - raster.area.min_x) / raster.area.width() * raster.image.width));
  const int row = std::min(raster.image.height - 1, int((raster.area.max_y - p.y) / raster.area.height() * raster.image.height));
  return raster.image.at(col, row);
}

std::string describe(const std::optional<Pixel>& p) {
  if (!p) return "outside the image";
  return "rgba(" + std::to_string((*p)[0]) + "," + std::to_string((*p)[1]) + "," + std::to_string((*p)[2]) + "," +
         std::to_string((*p)[3]) + ")";
}

bool is(const std::optional<Pixel>& p, Pixel expected, int tolerance = 3) {
  if (!p) return false;
  for (std::size_t i = 0; i < 4; ++i) {
    if (std::abs(int((*p)[i]) - int(expected[i])) > tolerance) return false;
  }
  return true;
}

bool transparent(const std::optional<Pixel>& p) { return !p || (*p)[3] == 0; }

constexpr Pixel kRed{255, 0, 0, 255};

// Red, 40-50°E 30-35°N: southern Iraq, Baghdad (44.4°E 33.3°N) inside.
TestRaster red_square() {
  TestRaster raster;
  raster.width = 200;
  raster.height = 100;
  raster.geotransform = box_geotransform(40, 30, 50, 35, raster.width, raster.height);
  return raster;
}

class RasterBasemapTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // Parameterised tests are named "Name/0": one directory, not a nested one.
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    std::replace(name.begin(), name.end(), '/', '-');
    dir_ = fs::temp_directory_path() / ("incimap-raster-" + std::to_string(::getpid()) + "-" + name);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string file(const std::string& name) const { return (dir_ / name).string(); }
  std::string write(const std::string& name, const TestRaster& raster) const {
    write_raster(file(name), raster);
    return file(name);
  }
  // Warps the region 35-55°E 25-40°N at about 2 km per pixel.
  WarpedRaster warp_region(const RasterBasemap& basemap, const geo::Projection& projection) const {
    const geo::MapRect wanted = geo::MapRect::from_corners(*projection.forward(at(35, 25)), *projection.forward(at(55, 40)));
    auto warped = basemap.warp(wanted, 2000);
    if (!warped) throw std::runtime_error("the raster does not reach the region");
    return std::move(*warped);
  }

  fs::path dir_;
};

TEST_F(RasterBasemapTest, TellsRastersFromVectorsAndNamesFilesThatAreNeither) {
  EXPECT_EQ(basemap_file_kind(write("square.tif", red_square())), BasemapFileKind::raster);
  {
    std::ofstream(file("points.geojson"))
        << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[44,33]}}]})";
  }
  EXPECT_EQ(basemap_file_kind(file("points.geojson")), BasemapFileKind::vector);
  { std::ofstream(file("notes.txt")) << "Baghdad, 12 January: an explosion near the market.\n"; }
  try {
    basemap_file_kind(file("notes.txt"));
    FAIL() << "a text file was taken for a basemap";
  } catch (const geo::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("notes.txt"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("neither a GDAL raster"), std::string::npos) << e.what();
  }
  EXPECT_THROW(basemap_file_kind(file("missing.tif")), geo::InputError);
}

// The red square, in each projection incimap offers, covers Baghdad and
// nothing west of 40°E or north of 35°N.
class RasterInEachProjection : public RasterBasemapTest, public ::testing::WithParamInterface<const char*> {};

TEST_P(RasterInEachProjection, RedSquareLandsOnBaghdadAndNowhereOutsideItsExtent) {
  const geo::Projection projection(GetParam());
  const RasterBasemap basemap(write("square.tif", red_square()), projection);
  const WarpedRaster warped = warp_region(basemap, projection);
  for (const auto& [lon, lat] : {std::pair{44.36, 33.31}, {40.3, 30.3}, {49.7, 34.7}, {45.0, 32.5}}) {
    EXPECT_TRUE(is(pixel_over(warped, projection, lon, lat), kRed)) << lon << "E " << lat << "N: "
                                                                     << describe(pixel_over(warped, projection, lon, lat));
  }
  for (const auto& [lon, lat] : {std::pair{39.5, 32.0}, {50.5, 32.0}, {45.0, 35.5}, {45.0, 29.5}, {36.0, 26.0}}) {
    EXPECT_TRUE(transparent(pixel_over(warped, projection, lon, lat))) << lon << "E " << lat << "N: "
                                                                       << describe(pixel_over(warped, projection, lon, lat));
  }
}

INSTANTIATE_TEST_SUITE_P(Projections, RasterInEachProjection,
                         ::testing::Values("EPSG:3857", "EPSG:8857", "plate-carree"));

TEST_F(RasterBasemapTest, WarpsOnlyTheWantedRegionAtTheWantedResolution) {
  const geo::Projection projection("EPSG:3857");
  const RasterBasemap basemap(write("square.tif", red_square()), projection);
  // A 200 km window around Baghdad at 1 km per pixel: about 200x200 pixels.
  const geo::MapPoint baghdad = *projection.forward(at(44.36, 33.31));
  const geo::MapRect wanted{baghdad.x - 100'000, baghdad.y - 100'000, baghdad.x + 100'000, baghdad.y + 100'000};
  const auto warped = basemap.warp(wanted, 1000);
  ASSERT_TRUE(warped);
  EXPECT_NEAR(warped->image.width, 200, 2);
  EXPECT_NEAR(warped->image.height, 200, 2);
  EXPECT_NEAR(warped->area.width(), 200'000, 2000);
  EXPECT_TRUE(is(pixel_over(*warped, projection, 44.36, 33.31), kRed));

  // Somewhere the raster does not reach: nothing to draw.
  const geo::MapPoint paris = *projection.forward(at(2.35, 48.85));
  EXPECT_FALSE(basemap.warp({paris.x - 1e5, paris.y - 1e5, paris.x + 1e5, paris.y + 1e5}, 1000));
}

TEST_F(RasterBasemapTest, ViewOfTheWholeWorldAtFineResolutionIsCappedToTheTextureLimit) {
  const geo::Projection projection("EPSG:3857");
  TestRaster world;
  world.width = 720;
  world.height = 340;
  world.geotransform = box_geotransform(-180, -85, 180, 85, world.width, world.height);
  const RasterBasemap basemap(write("world.tif", world), projection);
  const auto warped = basemap.warp(projection.world_bounds(), 10, 1024);
  ASSERT_TRUE(warped);
  EXPECT_LE(warped->image.width, 1024);
  EXPECT_LE(warped->image.height, 1024);
  EXPECT_TRUE(is(pixel_over(*warped, projection, 0, 0), kRed));
}

TEST_F(RasterBasemapTest, NodataIsTransparent) {
  const geo::Projection projection("EPSG:3857");
  TestRaster raster = red_square();
  // The eastern half (45-50°E) is nodata.
  raster.nodata = 0;
  raster.pixel = [&](int col, int) { return col < raster.width / 2 ? kRed : Pixel{0, 0, 0, 0}; };
  const WarpedRaster warped = warp_region(RasterBasemap(write("half.tif", raster), projection), projection);
  EXPECT_TRUE(is(pixel_over(warped, projection, 42.5, 32.5), kRed)) << describe(pixel_over(warped, projection, 42.5, 32.5));
  EXPECT_TRUE(transparent(pixel_over(warped, projection, 47.5, 32.5))) << describe(pixel_over(warped, projection, 47.5, 32.5));
}

TEST_F(RasterBasemapTest, UtmRasterLandsWhereItsMetresAre) {
  // 100 km of UTM zone 38N (EPSG:32638) around Baghdad, whose UTM position
  // is about 440 km east, 3686 km north. Green.
  const geo::Projection projection("EPSG:3857");
  TestRaster raster;
  raster.srs = "EPSG:32638";
  raster.geotransform = box_geotransform(390'000, 3'636'000, 490'000, 3'736'000, 100, 100);
  raster.pixel = [](int, int) { return Pixel{0, 200, 0, 255}; };
  const RasterBasemap basemap(write("utm.tif", raster), projection);
  const WarpedRaster warped = warp_region(basemap, projection);
  EXPECT_TRUE(is(pixel_over(warped, projection, 44.36, 33.31), {0, 200, 0, 255}))
      << describe(pixel_over(warped, projection, 44.36, 33.31));
  // Half a degree beyond each side is past the 100 km square.
  for (const auto& [lon, lat] : {std::pair{43.2, 33.3}, {45.5, 33.3}, {44.4, 34.2}, {44.4, 32.4}}) {
    EXPECT_TRUE(transparent(pixel_over(warped, projection, lon, lat))) << lon << "E " << lat << "N: "
                                                                       << describe(pixel_over(warped, projection, lon, lat));
  }
}

TEST_F(RasterBasemapTest, GreyPalettedAndAlphaRastersBecomeTheirColours) {
  const geo::Projection projection("EPSG:3857");
  TestRaster grey = red_square();
  grey.bands = 1;
  grey.pixel = [](int, int) { return Pixel{90, 0, 0, 0}; };
  EXPECT_TRUE(is(pixel_over(warp_region(RasterBasemap(write("grey.tif", grey), projection), projection), projection,
                            44.36, 33.31),
                 {90, 90, 90, 255}));

  // A palette with 0 as nodata on the eastern half and blue elsewhere.
  TestRaster paletted = red_square();
  paletted.bands = 1;
  paletted.palette = {{0, 0, 0, 255}, {20, 40, 220, 255}};
  paletted.nodata = 0;
  paletted.pixel = [&](int col, int) { return Pixel{std::uint8_t(col < paletted.width / 2 ? 1 : 0), 0, 0, 0}; };
  const WarpedRaster from_palette = warp_region(RasterBasemap(write("paletted.tif", paletted), projection), projection);
  EXPECT_TRUE(is(pixel_over(from_palette, projection, 42.5, 32.5), {20, 40, 220, 255}))
      << describe(pixel_over(from_palette, projection, 42.5, 32.5));
  EXPECT_TRUE(transparent(pixel_over(from_palette, projection, 47.5, 32.5)))
      << describe(pixel_over(from_palette, projection, 47.5, 32.5));

  // RGBA: the alpha band's clear northern half is clear.
  TestRaster rgba = red_square();
  rgba.bands = 4;
  rgba.last_band_alpha = true;
  rgba.pixel = [&](int, int row) { return Pixel{255, 0, 0, std::uint8_t(row < rgba.height / 2 ? 0 : 255)}; };
  const WarpedRaster from_rgba = warp_region(RasterBasemap(write("rgba.tif", rgba), projection), projection);
  EXPECT_TRUE(is(pixel_over(from_rgba, projection, 45, 31), kRed)) << describe(pixel_over(from_rgba, projection, 45, 31));
  EXPECT_TRUE(transparent(pixel_over(from_rgba, projection, 45, 34.5))) << describe(pixel_over(from_rgba, projection, 45, 34.5));
}

TEST_F(RasterBasemapTest, ElevationIsStretchedToGreyAndItsLowestValueIsNotTakenForNodata) {
  // Float32 metres rising west to east from -400 to 3000; nodata north of 34°N.
  const geo::Projection projection("EPSG:3857");
  TestRaster dem = red_square();
  dem.nodata = -9999;
  dem.elevation = [&](int col, int row) { return row < 20 ? -9999.0 : -400.0 + 3400.0 * col / (dem.width - 1); };
  const WarpedRaster warped = warp_region(RasterBasemap(write("dem.tif", dem), projection), projection);
  const auto low = pixel_over(warped, projection, 40.02, 32.5);
  const auto high = pixel_over(warped, projection, 49.98, 32.5);
  ASSERT_TRUE(low && high);
  EXPECT_EQ((*low)[3], 255) << "the lowest ground is drawn: " << describe(low);
  EXPECT_LT((*low)[0], 20) << describe(low);
  EXPECT_GT((*high)[0], 235) << describe(high);
  EXPECT_EQ((*high)[0], (*high)[1]);  // grey
  EXPECT_TRUE(transparent(pixel_over(warped, projection, 45, 34.6))) << describe(pixel_over(warped, projection, 45, 34.6));
}

TEST_F(RasterBasemapTest, RasterWithoutGeoreferencingIsAClearError) {
  const geo::Projection projection("EPSG:3857");
  TestRaster plain = red_square();
  plain.geotransform.reset();
  plain.srs.reset();
  const std::string path = write("photo.tif", plain);
  EXPECT_EQ(basemap_file_kind(path), BasemapFileKind::raster);
  try {
    RasterBasemap basemap(path, projection);
    FAIL() << "a raster without georeferencing was placed on the map";
  } catch (const geo::InputError& e) {
    EXPECT_EQ(e.path(), path);
    EXPECT_NE(e.reason().find("no georeferencing"), std::string::npos) << e.what();
  }
}

TEST_F(RasterBasemapTest, RasterWithoutCrsIsTakenAsLonLatOnlyWhenItsCoordinatesAreDegrees) {
  const geo::Projection projection("EPSG:3857");
  TestRaster degrees = red_square();
  degrees.srs.reset();
  const RasterBasemap basemap(write("degrees.tif", degrees), projection);
  EXPECT_TRUE(is(pixel_over(warp_region(basemap, projection), projection, 44.36, 33.31), kRed));

  TestRaster metres = red_square();
  metres.srs.reset();
  metres.geotransform = box_geotransform(390'000, 3'636'000, 490'000, 3'736'000, 100, 100);
  try {
    RasterBasemap unplaced(write("metres.tif", metres), projection);
    FAIL() << "metres without a CRS were taken for degrees";
  } catch (const geo::InputError& e) {
    EXPECT_NE(e.reason().find("no CRS"), std::string::npos) << e.what();
  }
}

// Overviews painted blue: a coarse view reads them (blue), a fine one the
// full resolution (red). Without overviews a coarse view of a huge raster
// would read every pixel of it.
void expect_overviews_serve_coarse_views(const std::string& path, const geo::Projection& projection) {
  const RasterBasemap basemap(path, projection);
  const geo::MapPoint baghdad = *projection.forward(at(44.36, 33.31));
  const auto coarse = basemap.warp({baghdad.x - 2e6, baghdad.y - 2e6, baghdad.x + 2e6, baghdad.y + 2e6}, 8000);
  const auto fine = basemap.warp({baghdad.x - 2e4, baghdad.y - 2e4, baghdad.x + 2e4, baghdad.y + 2e4}, 100);
  ASSERT_TRUE(coarse);
  ASSERT_TRUE(fine);
  const Pixel blue{0, 0, 255, 255};
  EXPECT_TRUE(is(pixel_over(*coarse, projection, 44.36, 33.31), blue)) << describe(pixel_over(*coarse, projection, 44.36, 33.31));
  EXPECT_TRUE(is(pixel_over(*fine, projection, 44.36, 33.31), kRed)) << describe(pixel_over(*fine, projection, 44.36, 33.31));
  EXPECT_TRUE(transparent(pixel_over(*coarse, projection, 38, 32))) << describe(pixel_over(*coarse, projection, 38, 32));
}

TEST_F(RasterBasemapTest, GeoTiffOverviewsServeCoarseViews) {
  TestRaster raster = red_square();
  raster.width = 2000;
  raster.height = 1000;
  raster.geotransform = box_geotransform(40, 30, 50, 35, raster.width, raster.height);
  const std::string path = write("square.tif", raster);
  incimap::testing::build_overviews(path);
  incimap::testing::paint_overviews(path, {0, 0, 255, 255});
  expect_overviews_serve_coarse_views(path, geo::Projection("EPSG:3857"));
}

TEST_F(RasterBasemapTest, MbtilesZoomLevelsServeCoarseViews) {
  TestRaster raster = red_square();
  raster.width = 1000;
  raster.height = 500;
  raster.geotransform = box_geotransform(40, 30, 50, 35, raster.width, raster.height);
  raster.driver = "MBTiles";
  raster.creation_options = {"TILE_FORMAT=PNG"};
  const std::string path = write("square.mbtiles", raster);
  incimap::testing::build_overviews(path);
  incimap::testing::paint_overviews(path, {0, 0, 255, 255});
  EXPECT_EQ(basemap_file_kind(path), BasemapFileKind::raster);
  expect_overviews_serve_coarse_views(path, geo::Projection("EPSG:3857"));
}

}  // namespace
}  // namespace incimap::render
