#include "render/model/load_incidents.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "geo/base/input_error.hpp"

namespace incimap::render {
namespace {

const std::string kSample = INCIMAP_RENDER_TEST_DATA "/sample_incidents.geojson";

const Incident& by_id(const std::vector<Incident>& incidents, const std::string& id) {
  const auto found = std::find_if(incidents.begin(), incidents.end(), [&](const Incident& i) { return i.id == id; });
  if (found == incidents.end()) throw std::runtime_error("no incident " + id);
  return *found;
}

TEST(LoadIncidents, ReadsEveryPointWithItsRecordFields) {
  const auto incidents = load_incidents(kSample);
  ASSERT_EQ(incidents.size(), 15u);
  const Incident& bomb = by_id(incidents, "bgd-4");
  EXPECT_NEAR(bomb.where().lon(), 44.361488, 1e-6);
  EXPECT_NEAR(bomb.where().lat(), 33.312805, 1e-6);
  EXPECT_EQ(bomb.event_type, "Explosions/Remote violence");
  EXPECT_EQ(bomb.fatalities, 7u);
  EXPECT_EQ(bomb.location, "Baghdad");
  EXPECT_EQ(bomb.country, "IQ");
  EXPECT_EQ(bomb.date_text(), "2024-03-11");
  ASSERT_TRUE(bomb.day());
  EXPECT_EQ(format_day(*bomb.day()), "2024-03-11");
  ASSERT_TRUE(bomb.event_date);
  EXPECT_EQ(bomb.event_date->precision, geo::DatePrecision::day);
  EXPECT_EQ(bomb.geo_precision, geo::GeoPrecision::place);
  ASSERT_EQ(bomb.candidate_lines().size(), 1u);
  EXPECT_NE(bomb.candidate_lines()[0].find("Baghdad"), std::string::npos);
}

TEST(LoadIncidents, RegionLevelLocationsAreUncertain) {
  const auto incidents = load_incidents(kSample);
  const Incident& talks = by_id(incidents, "irq-1");
  EXPECT_EQ(talks.geo_precision, geo::GeoPrecision::region);
  EXPECT_TRUE(talks.is_uncertain());
  EXPECT_FALSE(by_id(incidents, "bgd-1").is_uncertain());
}

TEST(LoadIncidents, FindsThePlaceMentionInTheExcerpt) {
  const auto incidents = load_incidents(kSample);
  const Incident& march = by_id(incidents, "bgd-3");
  const auto mention = march.mention_in_excerpt();
  ASSERT_TRUE(mention);
  EXPECT_EQ(march.excerpt.substr(mention->first, mention->second - mention->first), "Baghdad");
}

TEST(LoadIncidents, MissingFileIsAnInputErrorNamingIt) {
  try {
    load_incidents("/nonexistent/incidents.geojson");
    FAIL() << "expected InputError";
  } catch (const geo::InputError& e) {
    EXPECT_EQ(e.path(), "/nonexistent/incidents.geojson");
  }
}

TEST(LoadIncidents, PointsOutsideTheWorldAreSkippedNotFatal) {
  const auto path = std::filesystem::temp_directory_path() / "incimap_bad_points.geojson";
  std::ofstream(path) << R"({"type":"FeatureCollection","features":[
    {"type":"Feature","geometry":{"type":"Point","coordinates":[400,95]},"properties":{"title":"bad"}},
    {"type":"Feature","geometry":{"type":"Point","coordinates":[10,20]},"properties":{"title":"good"}}]})";
  const auto incidents = load_incidents(path.string());
  std::filesystem::remove(path);
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_EQ(incidents[0].title, "good");
}

TEST(LoadIncidents, DroppedFeaturesAreCountedByReason) {
  const auto path = std::filesystem::temp_directory_path() / "incimap_dropped_points.geojson";
  std::ofstream(path) << R"({"type":"FeatureCollection","features":[
    {"type":"Feature","geometry":{"type":"Point","coordinates":[400,95]},"properties":{"title":"off"}},
    {"type":"Feature","geometry":null,"properties":{"title":"none"}},
    {"type":"Feature","geometry":{"type":"Point","coordinates":[]},"properties":{"title":"empty"}},
    {"type":"Feature","geometry":{"type":"Point","coordinates":[10,20]},"properties":{"title":"good"}}]})";
  DroppedFeatures dropped;
  const auto incidents = load_incidents(path.string(), dropped);
  std::filesystem::remove(path);
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_EQ(dropped.off_earth, 1u);
  EXPECT_EQ(dropped.without_geometry, 2u);
  EXPECT_EQ(describe(dropped), "3 features left out of the map: 2 without geometry, 1 with coordinates off Earth");
  EXPECT_EQ(describe(DroppedFeatures{}), "");
}

TEST(ParseDay, AcceptsIsoDatesAndRejectsOthers) {
  EXPECT_EQ(parse_day("1970-01-02"), 1);
  EXPECT_EQ(parse_day("2024-03-02T10:00:00Z"), parse_day("2024-03-02"));
  EXPECT_FALSE(parse_day("2024-02-30"));
  EXPECT_FALSE(parse_day("March 2"));
}

}  // namespace
}  // namespace incimap::render
