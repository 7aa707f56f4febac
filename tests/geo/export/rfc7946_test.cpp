// The GeoJSON export against an RFC 7946 checker written for these tests.

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "geo/export/data_attribution.hpp"
#include "geo/export/incident_writer.hpp"
#include "incident_fixtures.hpp"
#include "rfc7946_check.hpp"
#include "temp_dir.hpp"

namespace incimap::geo {
namespace {

std::string exported_geojson(const std::vector<Incident>& incidents,
                             GeoJsonWriter writer = GeoJsonWriter::native) {
  testing::TempDir dir;
  const std::string path = dir.file("incidents.geojson");
  write_incidents(incidents, ExportOptions{path, "", Overwrite::refuse, "incidents", writer});
  std::ifstream in(path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(Rfc7946, ExportPassesTheChecker) {
  const std::string geojson = exported_geojson(testing::export_fixtures());
  EXPECT_EQ(testing::Rfc7946Check(6).run(geojson), std::vector<std::string>{});
}

TEST(Rfc7946, CoordinatesAreLongitudeThenLatitudeToSixDecimals) {
  Incident precise = testing::merged_incident();
  precise.location->place.position = LonLat::from(Longitude{-70.123456789}, Latitude{-33.987654321});
  const auto doc = nlohmann::json::parse(exported_geojson({precise}));
  const auto& coordinates = doc["features"][0]["geometry"]["coordinates"];
  ASSERT_EQ(coordinates.size(), 2u);
  EXPECT_DOUBLE_EQ(coordinates[0].get<double>(), -70.123457);
  EXPECT_DOUBLE_EQ(coordinates[1].get<double>(), -33.987654);
}

TEST(Rfc7946, StableStringIdsAndNullGeometryForUnlocatedIncidents) {
  const auto doc = nlohmann::json::parse(exported_geojson(testing::export_fixtures()));
  ASSERT_EQ(doc["features"].size(), 3u);
  EXPECT_EQ(doc["features"][0]["id"], testing::full_incident().id);
  EXPECT_FALSE(doc["features"][0]["properties"].contains("incident_id")) << "the id is not repeated";
  EXPECT_TRUE(doc["features"][1]["geometry"].is_null());
  EXPECT_FALSE(doc.contains("crs"));
  EXPECT_FALSE(doc.contains("name")) << "no layer name member";
}

TEST(Rfc7946, SourcesAreANativeJsonArray) {
  const auto doc = nlohmann::json::parse(exported_geojson({testing::merged_incident()}));
  const auto& sources = doc["features"][0]["properties"]["sources"];
  ASSERT_TRUE(sources.is_array());
  ASSERT_EQ(sources.size(), 2u);
  EXPECT_EQ(sources[1]["article_id"], "b2");
}

// incimap writes GeoJSON itself for speed; what it writes must be the
// document GDAL's driver writes in RFC 7946 mode, member for member.
TEST(Rfc7946, NativeWriterWritesTheDocumentOfGdalsDriver) {
  Incident awkward = testing::full_incident();
  awkward.note = "tab\there, a \"quote\", back\\slash, bell\x07, new\nline, Ünïcode مرحبا";
  awkward.location->place.position = LonLat::from(Longitude{-179.9999996}, Latitude{0.0000004});
  awkward.location->confidence = 1.0 / 3.0;
  std::vector<Incident> incidents = testing::export_fixtures();
  incidents.push_back(awkward);
  const auto native = nlohmann::json::parse(exported_geojson(incidents, GeoJsonWriter::native));
  const auto gdal = nlohmann::json::parse(exported_geojson(incidents, GeoJsonWriter::gdal));
  ASSERT_EQ(native["features"].size(), incidents.size());
  for (std::size_t i = 0; i < incidents.size(); ++i) {
    EXPECT_EQ(native["features"][i], gdal["features"][i]) << "feature " << i << "\nnative: "
                                                         << native["features"][i].dump() << "\ngdal:   "
                                                         << gdal["features"][i].dump();
  }
  EXPECT_EQ(native, gdal);
}

// The data credit travels with the file as a FeatureCollection member that
// RFC 7946 does not define, which its section 6.1 (foreign members) allows;
// both writers put it in the same member.
TEST(Rfc7946, CollectionCarriesTheDataCreditAsAForeignMember) {
  for (const GeoJsonWriter writer : {GeoJsonWriter::native, GeoJsonWriter::gdal}) {
    const auto doc = nlohmann::json::parse(exported_geojson(testing::export_fixtures(), writer));
    ASSERT_TRUE(doc.contains("description")) << (writer == GeoJsonWriter::native ? "native" : "gdal");
    EXPECT_EQ(doc["description"], export_attribution());
  }
  const std::string credit = export_attribution();
  EXPECT_NE(credit.find("GeoNames (CC BY 4.0, https://www.geonames.org/)"), std::string::npos) << credit;
  EXPECT_NE(credit.find("world-countries (ODbL 1.0"), std::string::npos) << credit;
}

TEST(Rfc7946, AnEmptyExportIsAnEmptyFeatureCollection) {
  const auto doc = nlohmann::json::parse(exported_geojson({}));
  EXPECT_EQ(doc["type"], "FeatureCollection");
  EXPECT_TRUE(doc["features"].is_array());
  EXPECT_TRUE(doc["features"].empty());
}

// The checker itself must catch what it claims to catch, or a passing export means nothing.
TEST(Rfc7946, CheckerCatchesViolations) {
  auto problems = [&](const std::string& geometry, const std::string& extra = "") {
    return testing::Rfc7946Check(6).run(R"({"type":"FeatureCollection",)" + extra +
                                        R"("features":[{"type":"Feature","properties":{},"geometry":)" + geometry +
                                        "}]}");
  };
  EXPECT_TRUE(problems(R"({"type":"Point","coordinates":[44.396,33.298]})").empty());
  EXPECT_FALSE(problems(R"({"type":"Point","coordinates":[33.298,144.396]})").empty()) << "latitude 144";
  EXPECT_FALSE(problems(R"({"type":"Point","coordinates":[44.3961234,33.298]})").empty()) << "7 decimals";
  EXPECT_FALSE(problems(R"({"type":"Point","coordinates":[44.396,33.298]})",
                        R"("crs":{"type":"name","properties":{"name":"EPSG:4326"}},)")
                   .empty());
  const std::string clockwise = R"({"type":"Polygon","coordinates":[[[0,0],[0,1],[1,1],[1,0],[0,0]]]})";
  const std::string counterclockwise = R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]})";
  EXPECT_FALSE(problems(clockwise).empty()) << "exterior ring must be counterclockwise";
  EXPECT_TRUE(problems(counterclockwise).empty());
  EXPECT_FALSE(problems(R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]})").empty()) << "open ring";
}

}  // namespace
}  // namespace incimap::geo
