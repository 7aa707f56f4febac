// The viewer's logic without a window: filters, timeline and playback,
// table order, corrections files, the map region panels leave, script
// parsing, frame statistics.

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "app/cli/args.hpp"
#include "app/viewer/corrections.hpp"
#include "app/viewer/source_article.hpp"
#include "geo/base/input_error.hpp"
#include "app/viewer/frame_stats.hpp"
#include "app/viewer/incident_filter.hpp"
#include "app/viewer/incident_table.hpp"
#include "app/viewer/input_loader.hpp"
#include "app/viewer/map_overlay.hpp"
#include "app/viewer/place_search.hpp"
#include "app/viewer/raster_warp_plan.hpp"
#include "app/viewer/screen_cover.hpp"
#include "app/viewer/timeline.hpp"
#include "app/viewer/view_script.hpp"
#include "render/model/load_incidents.hpp"

namespace incimap::app {
namespace {

const std::string kSample = INCIMAP_RENDER_TEST_DATA "/sample_incidents.geojson";

class ScratchDir {
 public:
  explicit ScratchDir(const std::string& purpose)
      : path_(std::filesystem::temp_directory_path() / ("incimap-" + purpose + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

std::vector<std::string> ids_passing(const std::vector<render::Incident>& incidents, const IncidentFilter& filter) {
  std::vector<std::string> ids;
  const auto mask = filter_mask(incidents, filter);
  for (std::size_t i = 0; i < incidents.size(); ++i) {
    if (mask[i]) ids.push_back(incidents[i].id);
  }
  return ids;
}

TEST(IncidentFilter, SearchIgnoresCaseAndLooksAtPlacesAndExcerpts) {
  const auto incidents = render::load_incidents(kSample);
  IncidentFilter filter;
  filter.text = "kHARTOUM";
  EXPECT_EQ(ids_passing(incidents, filter), std::vector<std::string>{"ktm-1"});
  filter.text = "teachers";  // only in bgd-3's title and excerpt
  EXPECT_EQ(ids_passing(incidents, filter), std::vector<std::string>{"bgd-3"});
}

TEST(IncidentFilter, TypeCountryConfidenceAndDatesCombine) {
  const auto incidents = render::load_incidents(kSample);
  IncidentFilter filter;
  filter.country = "IQ";
  EXPECT_EQ(ids_passing(incidents, filter).size(), 8u);
  filter.event_type = "Protests";
  EXPECT_EQ(ids_passing(incidents, filter), (std::vector<std::string>{"bgd-3", "bas-1"}));
  filter.min_confidence = 0.85;
  EXPECT_EQ(ids_passing(incidents, filter), std::vector<std::string>{"bgd-3"});
  filter = IncidentFilter{};
  filter.days = DayRange{*render::parse_day("2024-03-02"), *render::parse_day("2024-03-03")};
  EXPECT_EQ(ids_passing(incidents, filter), (std::vector<std::string>{"bgd-1", "kyv-1"}));
}

TEST(IncidentFilter, AFilterRunOnSeveralThreadsMatchesTheSerialResult) {
  std::vector<render::Incident> incidents(120'000);
  for (std::size_t i = 0; i < incidents.size(); ++i) incidents[i].title = i % 7 == 0 ? "Clash at the dam" : "Protest";
  IncidentFilter filter;
  filter.text = "dam";
  const auto mask = filter_mask(incidents, filter);
  for (std::size_t i = 0; i < incidents.size(); ++i) ASSERT_EQ(mask[i] != 0, i % 7 == 0) << i;
}

TEST(Timeline, CountsPerDayIgnoringTheDateRangeButNotTheOtherFilters) {
  const auto incidents = render::load_incidents(kSample);
  IncidentFilter filter;
  filter.country = "IQ";
  filter.days = DayRange{0, 0};  // must not empty the histogram
  const Timeline timeline(incidents, filter);
  ASSERT_FALSE(timeline.empty());
  EXPECT_EQ(timeline.bin_width(), BinWidth::day);
  EXPECT_EQ(render::format_day(timeline.span().first), "2024-03-02");
  EXPECT_EQ(render::format_day(timeline.span().last), "2024-03-16");
  float total = 0;
  for (const float count : timeline.counts()) total += count;
  EXPECT_EQ(total, 8.0f);
  EXPECT_EQ(timeline.counts()[timeline.bin_of(*render::parse_day("2024-03-05"))], 1.0f);
}

TEST(Timeline, LongSpansUseWeeksAndPlaybackWrapsAround) {
  std::vector<render::Incident> incidents(2);
  incidents[0].event_date = geo::EventDate{0, geo::DatePrecision::day};
  incidents[1].event_date = geo::EventDate{999, geo::DatePrecision::day};
  const Timeline timeline(incidents, {});
  EXPECT_EQ(timeline.bin_width(), BinWidth::week);
  DayRange range = initial_playback_range(timeline);
  EXPECT_EQ(range.first, 0);
  EXPECT_EQ(range.length(), 100);  // a tenth of the span
  range = *next_playback_range(timeline, range);
  EXPECT_EQ(range.first, 7);
  range = *next_playback_range(timeline, DayRange{996, 999});
  EXPECT_EQ(range.first, 0) << "past the end it starts again";
  EXPECT_EQ(range.length(), 4);
}

TEST(Timeline, PlaybackStepsBackStopsAtTheEndWithoutLoopAndShowsTheChosenWindow) {
  std::vector<render::Incident> incidents(2);
  incidents[0].event_date = geo::EventDate{100, geo::DatePrecision::day};
  incidents[1].event_date = geo::EventDate{160, geo::DatePrecision::day};
  const Timeline timeline(incidents, {});
  ASSERT_EQ(timeline.bin_width(), BinWidth::day);
  const DayRange week = initial_playback_range(timeline, 7);
  EXPECT_EQ(week.first, 100);
  EXPECT_EQ(week.length(), 7);
  EXPECT_EQ(next_playback_range(timeline, week, 3)->first, 103);
  EXPECT_EQ(next_playback_range(timeline, DayRange{103, 109}, -2)->first, 101);
  EXPECT_EQ(next_playback_range(timeline, DayRange{101, 107}, -5)->first, 100) << "holds at the start";
  EXPECT_FALSE(next_playback_range(timeline, DayRange{160, 166}, 1, PlaybackEnd::stop)) << "the end: stop";
  EXPECT_EQ(next_playback_range(timeline, DayRange{160, 166}, 1, PlaybackEnd::loop)->first, 100);
}

TEST(IncidentTable, SortsByAnyColumnEitherWay) {
  const auto incidents = render::load_incidents(kSample);
  const auto by_deaths = sorted_incidents(incidents, {TableColumn::fatalities, SortOrder::descending});
  EXPECT_EQ(incidents[by_deaths.front()].id, "ktm-1");  // 20 killed
  const auto by_date = sorted_incidents(incidents, {TableColumn::date, SortOrder::ascending});
  EXPECT_EQ(incidents[by_date.front()].id, "bgd-1");
  EXPECT_EQ(incidents[by_date.back()].id, "sah-1");
}

TEST(Corrections, RoundTripThroughTheSidecarAndApplyByIdWithTheOriginalKept) {
  const ScratchDir dir("viewer-corrections");
  const std::string input = dir.file("incidents.geojson");
  EXPECT_EQ(corrections_path(input).string(), input + ".corrections.json");
  Correction moved;
  moved.incident_id = "bgd-3";
  moved.where = geo::LonLat::from(geo::Longitude{44.39222}, geo::Latitude{35.46806});
  moved.location = "Kirkuk";
  write_corrections(corrections_path(input), std::vector{moved});
  const auto read = read_corrections(corrections_path(input)).corrections;
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0].incident_id, "bgd-3");
  EXPECT_DOUBLE_EQ(read[0].where.lat(), 35.46806);

  auto incidents = render::load_incidents(kSample);
  const auto applied = apply_corrections(incidents, read);
  ASSERT_EQ(applied.size(), 1u);
  const render::Incident& bgd3 = incidents[applied[0].incident];
  EXPECT_EQ(bgd3.id, "bgd-3");
  EXPECT_EQ(bgd3.location, "Kirkuk");
  EXPECT_DOUBLE_EQ(bgd3.where().lon(), 44.39222);
  EXPECT_EQ(bgd3.geocode_confidence, 1.0) << "a person placed it";
  EXPECT_EQ(applied[0].correction.original_location, "Baghdad");
  EXPECT_NEAR(applied[0].correction.original.lon(), 44.361488, 1e-9);

  write_corrections(corrections_path(input), {});
  EXPECT_FALSE(std::filesystem::exists(corrections_path(input))) << "no corrections, no sidecar";
}

Correction correction_at(const std::string& id, double lon, double lat) {
  Correction c;
  c.incident_id = id;
  c.where = geo::LonLat::from(geo::Longitude{lon}, geo::Latitude{lat});
  return c;
}

TEST(Corrections, TheViewersOwnRecordIsLaidOverTheSidecarByIncidentId) {
  const ScratchDir dir("viewer-remembered");
  const std::string input = dir.file("incidents.geojson");
  std::filesystem::copy_file(kSample, input);
  const std::filesystem::path remembered = dir.file("corrections.json");
  write_corrections(corrections_path(input), std::vector{correction_at("bgd-3", 44.0, 33.0), correction_at("mos-1", 43.0, 36.0)});
  // Fixed again since, in another copy of the file: the viewer's record says where.
  std::vector<Correction> stored = {correction_at("mos-1", 43.5, 35.5), correction_at("elsewhere-9", 1, 1)};
  stored = replace_correction(std::move(stored), "bgd-3", nullptr);
  const Correction again = correction_at("mos-1", 43.6, 35.6);
  stored = replace_correction(std::move(stored), "mos-1", &again);
  ASSERT_EQ(stored.size(), 2u) << "one entry an id";
  write_corrections(remembered, stored);

  ArticleExtractor no_gazetteer{""};  // unused: the input is an incident file
  const LoadedInput loaded = load_input(input, no_gazetteer, {}, {}, remembered);
  ASSERT_TRUE(loaded.error.empty()) << loaded.error;
  ASSERT_EQ(loaded.corrections.size(), 2u);
  for (const AppliedCorrection& applied : loaded.corrections) {
    const render::Incident& incident = loaded.incidents[applied.incident];
    if (incident.id == "mos-1") {
      EXPECT_DOUBLE_EQ(incident.where().lon(), 43.6) << "the viewer's record over the sidecar";
    } else {
      EXPECT_EQ(incident.id, "bgd-3");
      EXPECT_DOUBLE_EQ(incident.where().lon(), 44.0) << "the sidecar alone";
    }
  }
  const LoadedInput without = load_input(input, no_gazetteer);
  EXPECT_EQ(without.corrections.size(), 2u);
}

TEST(Corrections, ABrokenSidecarIsReportedWithItsPath) {
  const ScratchDir dir("viewer-bad-corrections");
  const std::string sidecar = dir.file("x.geojson.corrections.json");
  std::ofstream(sidecar) << "{\"something\": 1}";
  try {
    read_corrections(sidecar);
    FAIL() << "expected an error";
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find(sidecar), std::string::npos) << e.what();
  }
}

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(Corrections, AnInvalidEntryLeavesOutOnlyItselfAndSavingKeepsItVerbatim) {
  const ScratchDir dir("viewer-mixed-corrections");
  const std::string sidecar = dir.file("x.geojson.corrections.json");
  std::ofstream(sidecar) << R"({"incimap_corrections": 1, "corrections": [
    {"id": "bgd-3", "position": [44.39222, 35.46806], "location": "Kirkuk"},
    {"id": "bgd-4", "position": [500, 0], "note": "dragged off the map"},
    {"id": "bgd-5", "position": [44.0, 33.0]}]})";
  const SidecarCorrections read = read_corrections(sidecar);
  ASSERT_EQ(read.corrections.size(), 2u);
  EXPECT_EQ(read.corrections[0].incident_id, "bgd-3");
  EXPECT_EQ(read.corrections[1].incident_id, "bgd-5");
  ASSERT_EQ(read.invalid.size(), 1u);
  EXPECT_NE(read.invalid[0].find(sidecar + ": correction 2"), std::string::npos) << read.invalid[0];

  // The viewer saves what it applied; the entry it could not read stays.
  EXPECT_FALSE(write_corrections(sidecar, read.corrections));
  const std::string saved = file_text(sidecar);
  EXPECT_NE(saved.find("dragged off the map"), std::string::npos) << saved;
  const SidecarCorrections again = read_corrections(sidecar);
  EXPECT_EQ(again.corrections.size(), 2u);
  EXPECT_EQ(again.invalid.size(), 1u);
}

TEST(Corrections, AnUnreadableSidecarIsBackedUpBeforeItIsReplaced) {
  const ScratchDir dir("viewer-unreadable-corrections");
  const std::string sidecar = dir.file("x.geojson.corrections.json");
  const std::string damaged = "{\"incimap_corrections\": 1, \"corrections\": [{\"id\": \"bgd-3\", \"posi";
  std::ofstream(sidecar) << damaged;
  Correction moved;
  moved.incident_id = "bgd-7";
  const auto backup = write_corrections(sidecar, std::vector{moved});
  ASSERT_TRUE(backup);
  EXPECT_EQ(backup->string(), sidecar + ".unreadable");
  EXPECT_EQ(file_text(backup->string()), damaged);
  EXPECT_EQ(read_corrections(sidecar).corrections.size(), 1u);
  // A second unreadable file never overwrites the first backup.
  std::ofstream(sidecar, std::ios::trunc) << "not json";
  EXPECT_EQ(write_corrections(sidecar, std::vector{moved})->string(), sidecar + ".unreadable.2");
  EXPECT_EQ(file_text(backup->string()), damaged);
}

TEST(SourceArticle, OnlyFilesInsideTheInputsTreeAreOpened) {
  const ScratchDir dir("viewer-source-article");
  std::filesystem::create_directories(dir.file("inputs/wire"));
  std::ofstream(dir.file("inputs/wire/a.txt")) << "Blast\n\nA bomb exploded in Kabul.";
  std::ofstream(dir.file("secret.txt")) << "Secret\n\nNot for the viewer.";
  const std::vector<std::filesystem::path> roots{dir.file("inputs")};
  render::Incident incident;
  incident.id = "x";
  incident.source_file = "wire/a.txt";
  EXPECT_EQ(read_source_article(incident, roots).title, "Blast");
  incident.source_file = dir.file("inputs/wire/../wire/a.txt");  // absolute, inside
  EXPECT_EQ(read_source_article(incident, roots).title, "Blast");
  for (const std::string& outside : {std::string("../secret.txt"), dir.file("secret.txt"), std::string("/etc/passwd")}) {
    incident.source_file = outside;
    try {
      read_source_article(incident, roots);
      ADD_FAILURE() << outside << " was opened";
    } catch (const geo::InputError& e) {
      EXPECT_NE(std::string(e.what()).find("outside the input's folder"), std::string::npos) << e.what();
    }
  }
  // A link inside the tree that leads out of it is outside too.
  std::filesystem::create_symlink(dir.file("secret.txt"), dir.file("inputs/link.txt"));
  incident.source_file = "link.txt";
  EXPECT_THROW(read_source_article(incident, roots), geo::InputError);
}

TEST(InputKind, ArticlesByExtensionAndGeoJsonBySniffing) {
  const ScratchDir dir("viewer-kinds");
  EXPECT_EQ(input_kind(kSample), InputKind::incidents);
  std::ofstream(dir.file("a.json")) << R"({"title": "Market fire", "text": "A fire broke out."})";
  std::ofstream(dir.file("b.json")) << R"({"type": "FeatureCollection", "features": []})";
  std::ofstream(dir.file("c.txt")) << "Headline\n\nBody.";
  EXPECT_EQ(input_kind(dir.file("a.json")), InputKind::articles);
  EXPECT_EQ(input_kind(dir.file("b.json")), InputKind::incidents);
  EXPECT_EQ(input_kind(dir.file("c.txt")), InputKind::articles);
  EXPECT_EQ(input_kind(dir.file("")), InputKind::articles) << "a folder holds articles";
}

TEST(PlaceSearch, ReadsCandidateLinesAsRendersLoaderWritesThem) {
  EXPECT_EQ(candidate_name_and_country("Baghdad (IQ) 0.93"), (std::pair<std::string, std::string>{"Baghdad", "IQ"}));
  EXPECT_EQ(candidate_name_and_country("Mexico City (MX)"), (std::pair<std::string, std::string>{"Mexico City", "MX"}));
  EXPECT_EQ(candidate_name_and_country("Sahel 0.35"), (std::pair<std::string, std::string>{"Sahel", ""}));
  EXPECT_EQ(candidate_name_and_country("Mexico City"), (std::pair<std::string, std::string>{"Mexico City", ""}));
}

TEST(ScreenCover, TheMapRegionIsWhatDockedPanelsLeaveWithNarrowGapsClosed) {
  const geo::ScreenSize window{1280, 800};
  // A left column, a bottom table and the menu and status bars, 8 px apart.
  const std::vector<ScreenRect> panels = {{{8, 30}, {308, 770}},
                                          {{316, 560}, {1272, 770}},
                                          {{0, 0}, {1280, 22}},
                                          {{0, 776}, {1280, 800}}};
  const auto region = uncovered_bounds(window, panels, 10);
  ASSERT_TRUE(region);
  EXPECT_NEAR(region->min.x, 318, 4);
  EXPECT_NEAR(region->min.y, 32, 4);
  EXPECT_NEAR(region->max.x, 1280, 0.5);
  EXPECT_NEAR(region->max.y, 550, 4);
  // A panel floating in the middle leaves the map around it to draw.
  const auto floating = uncovered_bounds(window, std::vector<ScreenRect>{{{400, 300}, {600, 500}}}, 10);
  ASSERT_TRUE(floating);
  EXPECT_EQ(floating->width(), 1280);
  EXPECT_EQ(floating->height(), 800);
  EXPECT_FALSE(uncovered_bounds(window, std::vector<ScreenRect>{{{0, 0}, {1280, 800}}}, 0));
}

TEST(MapOverlay, ScaleBarLengthsAreRound) {
  EXPECT_EQ(round_scale_length(1234), 1000);
  EXPECT_EQ(round_scale_length(2600), 2000);
  EXPECT_EQ(round_scale_length(7300), 5000);
  EXPECT_EQ(round_scale_length(0.8), 0.5);
}

TEST(FrameStats, PercentilesByNearestRank) {
  std::vector<double> frames;
  for (int i = 1; i <= 100; ++i) frames.push_back(double(i));
  const FrameSummary summary = summarize_frames(frames, 400);
  EXPECT_EQ(summary.p50_ms, 50);
  EXPECT_EQ(summary.p95_ms, 95);
  EXPECT_EQ(summary.p99_ms, 99);
  EXPECT_EQ(summary.max_ms, 100);
  EXPECT_NEAR(summary.mean_fps, 100 * 1000.0 / 5050, 1e-9);
  EXPECT_EQ(summary.cpu_ms_per_frame, 4);
}

TEST(ViewScript, UnknownCommandsAndBadNumbersNameTheLine) {
  const ScratchDir dir("viewer-script");
  const std::string script = dir.file("s.txt");
  std::ofstream(script) << "# comment\nwait 2\nclick 44.3 not-a-number\n";
  try {
    read_script(script);
    FAIL() << "expected a usage error";
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("s.txt:3"), std::string::npos) << e.what();
  }
  std::ofstream(script) << "wait 2\nfilter car bomb\nkey Home\nquit\n";
  const auto steps = read_script(script);
  ASSERT_EQ(steps.size(), 4u);
  EXPECT_EQ(steps[1].verb, ScriptVerb::filter);
  EXPECT_EQ(steps[1].args, std::vector<std::string>{"car bomb"});
  std::ofstream(script) << "key Tab\n";
  EXPECT_THROW(read_script(script), UsageError);
}

// The raster basemap's warps: one per settled view that the last one does
// not serve. Time is fed in explicitly; nothing here waits.
class RasterWarpPlanTest : public ::testing::Test {
 protected:
  void SetUp() override { plan.set_extent({-1e6, -1e6, 1e6, 1e6}); }
  // Frames of `seconds` each at `camera` until a request comes (at most `frames`).
  std::optional<RasterWarpRequest> settle(const render::Camera& camera, int frames = 10, double seconds = 0.05) {
    for (int i = 0; i < frames; ++i) {
      if (auto request = plan.update(camera, seconds)) return request;
    }
    return std::nullopt;
  }

  RasterWarpPlan plan;
  const render::Camera view{{800, 500}, {0, 0}, 1000};  // 800 x 500 km around the origin
};

TEST_F(RasterWarpPlanTest, AsksOnceTheViewHasBeenStillAndNotWhileItMoves) {
  // A view that moves every frame (a drag) never asks.
  for (int i = 0; i < 40; ++i) EXPECT_FALSE(plan.update(render::Camera({800, 500}, {i * 1000.0, 0}, 1000), 0.05));
  EXPECT_TRUE(plan.pending());
  // Still for a quarter of a second: one request, for the view and a margin, at its resolution.
  EXPECT_FALSE(plan.update(view, 0.05));
  const auto request = settle(view);
  ASSERT_TRUE(request);
  EXPECT_DOUBLE_EQ(request->metres_per_pixel, 1000);
  EXPECT_DOUBLE_EQ(request->area.width(), 2 * 800'000);
  EXPECT_DOUBLE_EQ(request->area.height(), 2 * 500'000);
  // None more while it runs, and the loop is told to keep ticking.
  EXPECT_FALSE(settle(view));
  EXPECT_TRUE(plan.pending());
  plan.finished(*request);
  EXPECT_FALSE(plan.pending());
  EXPECT_FALSE(settle(view));
}

TEST_F(RasterWarpPlanTest, SmallPansAndZoomsKeepTheWarpFarOnesReplaceIt) {
  const auto first = settle(view);
  ASSERT_TRUE(first);
  plan.finished(*first);
  // A pan of a quarter of the view and a zoom in by 1.5: still served.
  EXPECT_FALSE(settle(render::Camera({800, 500}, {200'000, 0}, 1000)));
  EXPECT_FALSE(settle(render::Camera({800, 500}, {0, 0}, 1000 / 1.5)));
  // Zoomed in three times: the texture would be blurred.
  const auto closer = settle(render::Camera({800, 500}, {0, 0}, 1000 / 3.0));
  ASSERT_TRUE(closer);
  EXPECT_DOUBLE_EQ(closer->metres_per_pixel, 1000 / 3.0);
  plan.finished(*closer);
  // Panned out of the warped area.
  const auto moved = settle(render::Camera({800, 500}, {600'000, 0}, 1000 / 3.0));
  ASSERT_TRUE(moved);
  EXPECT_TRUE(moved->area.contains({600'000, 0}));
}

TEST_F(RasterWarpPlanTest, ViewsAwayFromTheRasterAskForNothing) {
  const render::Camera elsewhere({800, 500}, {5e6, 5e6}, 1000);
  EXPECT_FALSE(settle(elsewhere));
  EXPECT_FALSE(plan.pending());
  RasterWarpPlan no_raster_yet;
  EXPECT_FALSE(no_raster_yet.update(view, 1.0));
  EXPECT_FALSE(no_raster_yet.pending());
}

}  // namespace
}  // namespace incimap::app
