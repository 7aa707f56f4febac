// `incimap render --basemap`: a GDAL raster drawn under the markers, where
// its pixels belong; files that cannot be a basemap are named in a clear
// error. The rasters are written by the tests (tests/render/test_rasters.hpp).

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <iterator>
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

// ---------------------------------------------------------------------------
// `render` opens what `view` opens, and writes where a pipe wants it.

const std::string kArticle = std::string(INCIMAP_SOURCE_DIR) + "/assets/samples/iraq-baghdad-airport-rockets.txt";

bool same_pixels(const render::RgbaImage& a, const render::RgbaImage& b) {
  return a.width == b.width && a.height == b.height && a.pixels == b.pixels;
}

class RenderInputs : public RenderCli {
 protected:
  Outcome draw(const std::string& input, const std::string& output) const {
    return run_incimap({"render", input, "-o", output, "--overwrite", "--size", "640x400", "-q"});
  }
  // `extract` of the sample article into `name` (its extension picks the format).
  std::string extracted(const std::string& name) const {
    const Outcome r = run_incimap({"extract", "-q", kArticle, "-o", file(name)});
    EXPECT_EQ(r.exit_code, kExitOk) << r.err;
    return file(name);
  }
};

TEST_F(RenderInputs, AnArticleIsDrawnAsItsExtractedIncidentsAre) {
  const Outcome from_article = draw(kArticle, file("article.png"));
  if (from_article.exit_code != kExitOk && contains(from_article.err, "EGL")) GTEST_SKIP() << from_article.err;
  ASSERT_EQ(from_article.exit_code, kExitOk) << from_article.err;
  const Outcome from_export = draw(extracted("incidents.geojson"), file("export.png"));
  ASSERT_EQ(from_export.exit_code, kExitOk) << from_export.err;
  EXPECT_TRUE(same_pixels(render::read_png(file("article.png")), render::read_png(file("export.png"))))
      << "the article's map differs from the map of its extracted incidents";
}

TEST_F(RenderInputs, IncimapsOwnCsvIsReadBack) {
  const Outcome from_geojson = draw(extracted("incidents.geojson"), file("geojson.png"));
  if (from_geojson.exit_code != kExitOk && contains(from_geojson.err, "EGL")) GTEST_SKIP() << from_geojson.err;
  ASSERT_EQ(from_geojson.exit_code, kExitOk) << from_geojson.err;
  const Outcome from_csv = draw(extracted("incidents.csv"), file("csv.png"));
  ASSERT_EQ(from_csv.exit_code, kExitOk) << from_csv.err;
  EXPECT_TRUE(same_pixels(render::read_png(file("geojson.png")), render::read_png(file("csv.png"))))
      << "the CSV's markers are not the GeoJSON's";
}

TEST_F(RenderInputs, DashWritesThePngToStdout) {
  const std::string input = extracted("incidents.geojson");
  const Outcome to_file = draw(input, file("map.png"));
  if (to_file.exit_code != kExitOk && contains(to_file.err, "EGL")) GTEST_SKIP() << to_file.err;
  ASSERT_EQ(to_file.exit_code, kExitOk) << to_file.err;
  const Outcome to_stdout = run_incimap({"render", input, "-o", "-", "--size", "640x400", "-q"});
  ASSERT_EQ(to_stdout.exit_code, kExitOk) << to_stdout.err;
  EXPECT_FALSE(fs::exists("-")) << "a file named '-' was written";
  std::ifstream png(file("map.png"), std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(png)), std::istreambuf_iterator<char>());
  EXPECT_EQ(to_stdout.out.size(), bytes.size());
  EXPECT_TRUE(to_stdout.out == bytes) << "stdout is not the PNG the file holds";
}

TEST_F(RenderInputs, DashReadsExtractsStreamOrArticlesFromStdin) {
  const Outcome from_file = draw(kArticle, file("file.png"));
  if (from_file.exit_code != kExitOk && contains(from_file.err, "EGL")) GTEST_SKIP() << from_file.err;
  ASSERT_EQ(from_file.exit_code, kExitOk) << from_file.err;
  // extract's GeoJSON Sequence piped in: the map of the same incidents.
  const Outcome stream = run_incimap({"extract", "-q", kArticle});
  ASSERT_EQ(stream.exit_code, kExitOk) << stream.err;
  const Outcome piped = run_incimap({"render", "-", "-o", file("piped.png"), "--size", "640x400", "-q"}, stream.out);
  ASSERT_EQ(piped.exit_code, kExitOk) << piped.err;
  EXPECT_TRUE(same_pixels(render::read_png(file("piped.png")), render::read_png(file("file.png"))))
      << "the map of incidents read from stdin differs from the article's";
  // Articles as JSON lines on stdin are geoparsed, as a .jsonl file is.
  std::ifstream article(kArticle);
  const std::string text((std::istreambuf_iterator<char>(article)), std::istreambuf_iterator<char>());
  const std::string line = nlohmann::json{{"id", "stdin-article"}, {"text", text}}.dump() + "\n";
  const Outcome articles = run_incimap({"render", "-", "-o", file("articles.png"), "--size", "640x400", "-q"}, line);
  EXPECT_EQ(articles.exit_code, kExitOk) << articles.err;
}

}  // namespace
}  // namespace incimap::app
