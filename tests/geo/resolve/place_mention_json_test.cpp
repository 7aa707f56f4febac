#include "geo/resolve/place_mention_json.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace incimap::geo {
namespace {

// Alexandria, Louisiana as GeoNames has it, with more decimals than the
// output keeps.
GazetteerPlace alexandria() {
  GazetteerPlace p;
  p.geonameid = 4314550;
  p.name = "Alexandria";
  p.position = LonLat::from(Longitude{-92.4451449}, Latitude{31.3112936});
  p.feature_class = 'P';
  p.feature_code = "PPLA2";
  p.country = "US";
  p.admin1 = "Louisiana";
  p.population = 47889;
  p.type = GeoType::city;
  return p;
}

PlaceMention resolved_mention() {
  PlaceMention m;
  m.start = 13;
  m.end = 23;
  m.text = "Alexandria";
  m.place = alexandria();
  m.confidence = 0.87654;
  return m;
}

std::set<std::string> keys_of(const nlohmann::json& j) {
  std::set<std::string> keys;
  for (const auto& [key, value] : j.items()) keys.insert(key);
  return keys;
}

TEST(PlaceMentionJson, HasTheFieldsOfTheCliContract) {
  const nlohmann::json j = place_mention_to_json(resolved_mention());
  for (const char* key : {"start", "end", "text", "kind", "name", "lat", "lon", "geonameid", "feature_class",
                          "feature_code", "country", "admin1", "confidence"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  EXPECT_EQ(j["start"], 13);
  EXPECT_EQ(j["end"], 23);
  EXPECT_EQ(j["text"], "Alexandria");
  EXPECT_EQ(j["kind"], "place");
  EXPECT_EQ(j["name"], "Alexandria");
  EXPECT_EQ(j["geonameid"], 4314550);
  EXPECT_EQ(j["feature_class"], "P");
  EXPECT_EQ(j["feature_code"], "PPLA2");
  EXPECT_EQ(j["country"], "US");
  EXPECT_EQ(j["admin1"], "Louisiana");
  EXPECT_EQ(j["geo_type"], "city");
  EXPECT_FALSE(j.contains("candidates"));  // only when explaining
}

TEST(PlaceMentionJson, CoordinatesAreRoundedToSixDecimalsAndNotSwapped) {
  const nlohmann::json j = place_mention_to_json(resolved_mention());
  EXPECT_EQ(j["lat"].get<double>(), 31.311294);
  EXPECT_EQ(j["lon"].get<double>(), -92.445145);
  EXPECT_EQ(j["lat"].dump(), "31.311294");
}

TEST(PlaceMentionJson, ConfidenceIsRoundedToThreeDecimals) {
  EXPECT_EQ(place_mention_to_json(resolved_mention())["confidence"].get<double>(), 0.877);
}

TEST(PlaceMentionJson, UnresolvedMentionHasNullPlaceFields) {
  PlaceMention m;
  m.start = 19;
  m.end = 30;
  m.text = "Main Street";
  const nlohmann::json j = place_mention_to_json(m);
  EXPECT_EQ(j["text"], "Main Street");
  EXPECT_EQ(j["kind"], "place");
  for (const char* key : {"name", "lat", "lon", "geonameid", "feature_class", "feature_code", "country", "admin1"}) {
    ASSERT_TRUE(j.contains(key)) << key;
    EXPECT_TRUE(j[key].is_null()) << key;
  }
  EXPECT_EQ(j["confidence"], 0.0);
  // The same keys as a resolved mention, so a consumer reads every line alike.
  EXPECT_EQ(keys_of(j), keys_of(place_mention_to_json(resolved_mention())));
}

TEST(PlaceMentionJson, DemonymKind) {
  PlaceMention m = resolved_mention();
  m.kind = MentionKind::demonym;
  EXPECT_EQ(place_mention_to_json(m)["kind"], "demonym");
}

TEST(PlaceMentionJson, MissingIdCountryAndAdmin1AreNull) {
  PlaceMention m = resolved_mention();
  m.place->geonameid = 0;  // countries and admin areas built from the country list
  m.place->country.clear();
  m.place->admin1.clear();
  const nlohmann::json j = place_mention_to_json(m);
  EXPECT_TRUE(j["geonameid"].is_null());
  EXPECT_TRUE(j["country"].is_null());
  EXPECT_TRUE(j["admin1"].is_null());
}

TEST(PlaceMentionJson, CandidatesKeepTheirOrderScoreAndEvidence) {
  PlaceMention m = resolved_mention();
  GazetteerPlace virginia_one = alexandria();
  virginia_one.geonameid = 4744091;
  virginia_one.admin1 = "Virginia";
  m.candidates.push_back({alexandria(), 14.12345, {"city pop 48k", "in Louisiana (\"X, Y\") +8.0"}});
  m.candidates.push_back({virginia_one, 6.2, {"city pop 159k"}});
  const nlohmann::json j = place_mention_to_json(m);
  ASSERT_TRUE(j["candidates"].is_array());
  ASSERT_EQ(j["candidates"].size(), 2u);
  EXPECT_EQ(j["candidates"][0]["geonameid"], 4314550);
  EXPECT_EQ(j["candidates"][0]["score"].get<double>(), 14.123);
  EXPECT_EQ(j["candidates"][0]["evidence"][1], "in Louisiana (\"X, Y\") +8.0");
  EXPECT_EQ(j["candidates"][0]["lat"].get<double>(), 31.311294);
  EXPECT_EQ(j["candidates"][1]["admin1"], "Virginia");
}

TEST(PlaceMentionJson, NonAsciiTextSurvives) {
  PlaceMention m = resolved_mention();
  m.text = "Zürich";
  EXPECT_EQ(place_mention_to_json(m)["text"].get<std::string>(), "Zürich");
}

TEST(GeoTypeName, NamesEveryType) {
  EXPECT_STREQ(geo_type_name(GeoType::country), "country");
  EXPECT_STREQ(geo_type_name(GeoType::admin1), "admin1");
  EXPECT_STREQ(geo_type_name(GeoType::admin2), "admin2");
  EXPECT_STREQ(geo_type_name(GeoType::city), "city");
  EXPECT_STREQ(geo_type_name(GeoType::landmark), "landmark");
  EXPECT_STREQ(geo_type_name(GeoType::region), "region");
}

}  // namespace
}  // namespace incimap::geo
