// Every field of every fixture incident written to each format and read
// back: the same record, field for field, except where the format cannot
// hold a field (each such case is named below with the reason).

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "geo/export/incident_writer.hpp"
#include "geo/base/input_error.hpp"
#include "geo/record/incident_reader.hpp"
#include "geo/record/record_fields.hpp"
#include "geo/record/record_incident.hpp"
#include "tests/geo/export/incident_fixtures.hpp"
#include "tests/geo/export/temp_dir.hpp"
#include "tests/geo/record/record_compare.hpp"

namespace incimap::geo {
namespace {

// An incident at a place the text names that nothing resolves: a name and
// its span, no coordinates.
Incident unlocated_incident() {
  Incident i = testing::bare_incident();
  i.id = "00000000000000a1";
  i.unlocated_place = UnlocatedPlace{"Guermenshuk", 38, 49};
  return i;
}

// The fixtures as extract writes them, plus what extract never sets: a
// month-dated event, a geocoder's candidate list, a file's own title.
std::vector<IncidentRecord> fixture_records() {
  std::vector<IncidentRecord> records;
  for (const Incident& incident : testing::export_fixtures()) records.push_back(record_of(incident));
  IncidentRecord month = records.front();
  month.id = "month-dated";
  month.event_date = EventDate{days_from_civil(2019, 11, 14), DatePrecision::month};
  month.candidates = R"(["Green Zone (IQ) 0.88","Baghdad (IQ) 0.41"])";
  month.title = "Rockets on the Green Zone";
  month.published_at.reset();
  records.push_back(month);
  records.push_back(record_of(unlocated_incident()));
  return records;
}

struct RoundTrip {
  const char* driver;
  const char* extension;
  std::set<std::string> unheld;  // fields the format cannot hold
};

void PrintTo(const RoundTrip& format, std::ostream* out) { *out << format.driver; }

class EveryFormatRoundTrip : public ::testing::TestWithParam<RoundTrip> {
 protected:
  testing::TempDir dir_;
};

TEST_P(EveryFormatRoundTrip, ReadsBackTheSameRecordFieldForField) {
  const RoundTrip& format = GetParam();
  const std::string path = dir_.file(std::string("incidents") + format.extension);
  std::vector<IncidentRecord> wrote = fixture_records();
  {
    IncidentWriter writer(ExportOptions{path, format.driver, Overwrite::refuse, "incidents", GeoJsonWriter::native, {}});
    for (const IncidentRecord& record : wrote) writer.write(record);
    writer.commit();
    if (writer.skipped_without_location() > 0) {
      // FlatGeobuf (GDAL 3.6) cannot store a feature without geometry; the writer counts it.
      EXPECT_EQ(std::string(format.driver), "FlatGeobuf");
      std::erase_if(wrote, [](const IncidentRecord& r) { return !r.position; });
    }
  }
  const IncidentFile read = read_incident_file(path);
  EXPECT_TRUE(read.problems.empty()) << read.problems.front();
  ASSERT_EQ(read.records.size(), wrote.size());
  for (const IncidentRecord& record : wrote) {
    SCOPED_TRACE(record.id);
    // By id: FlatGeobuf's spatial index stores features in its own order.
    const auto back = std::find_if(read.records.begin(), read.records.end(),
                                   [&](const IncidentRecord& r) { return r.id == record.id; });
    ASSERT_NE(back, read.records.end()) << "not read back";
    for (const std::string& difference : testing::differences(record, *back, format.unheld)) {
      ADD_FAILURE() << format.driver << ": " << difference;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    IncidentRecord, EveryFormatRoundTrip,
    ::testing::Values(RoundTrip{"GeoJSON", ".geojson", {}}, RoundTrip{"GeoJSONSeq", ".geojsonl", {}},
                      RoundTrip{"GPKG", ".gpkg", {}}, RoundTrip{"FlatGeobuf", ".fgb", {}},
                      RoundTrip{"CSV", ".csv", {}}, RoundTrip{"KML", ".kml", {}}),
    [](const auto& test) { return std::string(test.param.driver); });

TEST(IncidentRecord, APlaceNamedWithoutCoordinatesKeepsItsNameAndSpanBothWays) {
  const IncidentRecord record = record_of(unlocated_incident());
  EXPECT_EQ(record.location, "Guermenshuk");
  EXPECT_EQ(record.matched_text, "Guermenshuk");
  EXPECT_EQ(record.matched_start, 38u);
  EXPECT_EQ(record.matched_end, 49u);
  EXPECT_FALSE(record.position);
  EXPECT_FALSE(record.geo_precision);
  const Incident back = incident_of(record, "test");
  EXPECT_FALSE(back.location);
  ASSERT_TRUE(back.unlocated_place);
  EXPECT_EQ(*back.unlocated_place, *unlocated_incident().unlocated_place);
}

TEST(IncidentReader, GdalsGeoJsonReadsBackLikeIncimapsOwn) {
  testing::TempDir dir;
  const std::string ours = dir.file("ours.geojson"), gdals = dir.file("gdal.geojson");
  const auto incidents = testing::export_fixtures();
  write_incidents(incidents, ExportOptions{ours, "GeoJSON", Overwrite::refuse, "incidents", GeoJsonWriter::native, {}});
  write_incidents(incidents, ExportOptions{gdals, "GeoJSON", Overwrite::refuse, "incidents", GeoJsonWriter::gdal, {}});
  const IncidentFile a = read_incident_file(ours), b = read_incident_file(gdals);
  ASSERT_EQ(a.records.size(), b.records.size());
  for (std::size_t i = 0; i < a.records.size(); ++i) {
    for (const std::string& difference : testing::differences(a.records[i], b.records[i])) ADD_FAILURE() << difference;
  }
}

TEST(IncidentReader, AForeignGeoJsonWithAPolygonIsPlacedAtItsCentroidByGdal) {
  testing::TempDir dir;
  const std::string path = dir.file("zones.geojson");
  std::ofstream(path) << R"({"type":"FeatureCollection","features":[{"type":"Feature","id":"z1",
    "properties":{"location":"Zone","fatalities":"3"},
    "geometry":{"type":"Polygon","coordinates":[[[10,10],[12,10],[12,12],[10,12],[10,10]]]}}]})";
  const IncidentFile file = read_incident_file(path);
  ASSERT_EQ(file.records.size(), 1u);
  const IncidentRecord& zone = file.records[0];
  EXPECT_EQ(zone.id, "z1");
  EXPECT_EQ(zone.fatalities, 3u) << "a count given as text still counts";
  ASSERT_TRUE(zone.position);
  EXPECT_NEAR(zone.position->lon(), 11, 1e-9);
  EXPECT_NEAR(zone.position->lat(), 11, 1e-9);
}

TEST(IncidentReader, APrettyPrintedCollectionReadsLikeOneFeatureALine) {
  testing::TempDir dir;
  const std::string path = dir.file("pretty.geojson");
  std::ofstream(path) << "{\n \"type\": \"FeatureCollection\",\n \"features\": [\n  {\n   \"type\": \"Feature\",\n"
                         "   \"id\": \"p1\",\n   \"geometry\": {\"type\": \"Point\", \"coordinates\": [44.4, 33.3]},\n"
                         "   \"properties\": {\"location\": \"Baghdad\", \"candidates\": [\"Baghdad (IQ) 0.93\"]}\n  }\n ]\n}\n";
  const IncidentFile file = read_incident_file(path);
  ASSERT_EQ(file.records.size(), 1u);
  EXPECT_EQ(file.records[0].id, "p1");
  EXPECT_EQ(file.records[0].candidates, R"(["Baghdad (IQ) 0.93"])") << "a JSON field keeps its value as text";
  ASSERT_TRUE(file.records[0].position);
}

TEST(IncidentReader, ACsvWithLatLonColumnsIsPlaced) {
  testing::TempDir dir;
  const std::string path = dir.file("table.csv");
  std::ofstream(path) << "incident_id,lat,lon,event_date,fatalities\nr1,33.3,44.4,2024-03-11,2\nr2,,,,\n";
  const IncidentFile file = read_incident_file(path);
  ASSERT_EQ(file.records.size(), 2u);
  ASSERT_TRUE(file.records[0].position);
  EXPECT_NEAR(file.records[0].position->lon(), 44.4, 1e-9) << "lon is the longitude";
  EXPECT_NEAR(file.records[0].position->lat(), 33.3, 1e-9);
  ASSERT_TRUE(file.records[0].event_date);
  EXPECT_EQ(file.records[0].event_date->days, days_from_civil(2024, 3, 11));
  EXPECT_EQ(file.records[0].fatalities, 2u);
  EXPECT_FALSE(file.records[1].position) << "empty cells are no point, not 0°";
  EXPECT_EQ(file.missing.without_geometry, 1u);
}

TEST(IncidentReader, AValueThatDoesNotFitItsFieldIsReportedAndTheRestKept) {
  testing::TempDir dir;
  const std::string path = dir.file("bad.geojsonl");
  std::ofstream(path)
      << R"({"type":"Feature","id":"a","properties":{"fatalities":"many","location":"Mosul"},"geometry":null})"
      << "\n"
      << R"({"type":"Feature","id":"b","properties":{"event_date":"2024-02-31"},"geometry":{"type":"Point","coordinates":[1,2]}})"
      << "\n";
  const IncidentFile file = read_incident_file(path);
  ASSERT_EQ(file.records.size(), 2u);
  EXPECT_EQ(file.records[0].location, "Mosul");
  EXPECT_FALSE(file.records[0].fatalities);
  EXPECT_FALSE(file.records[1].event_date) << "31 February is no date";
  EXPECT_EQ(file.bad_values, 2u);
  ASSERT_EQ(file.problems.size(), 2u);
  EXPECT_NE(file.problems[0].find(path + ": feature 1: fatalities"), std::string::npos) << file.problems[0];
}

TEST(IncidentReader, TruncatedGeoJsonIsAnInputErrorNamingTheFile) {
  testing::TempDir dir;
  const std::string path = dir.file("cut.geojson");
  std::ofstream(path) << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"location":"Mo)";
  try {
    read_incident_file(path);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), path);
  }
}

TEST(RecordFields, EveryStoredFieldHasAColumnNameOnceAndDerivedOnesAreComputed) {
  std::set<std::string_view> names;
  for (const FieldSpec& field : incident_fields()) EXPECT_TRUE(names.insert(field.name).second) << field.name;
  IncidentRecord record = fixture_records()[2];  // week-dated
  std::string scratch;
  const FieldSpec& start = incident_fields()[field_index("event_start")];
  EXPECT_EQ(start.role(), FieldRole::derived);
  EXPECT_EQ(format_local_date_time(std::get<LocalDateTime>(start.get(record, scratch))), "2021-03-02T00:00:00")
      << "the first day of the week the date stands for";
}

}  // namespace
}  // namespace incimap::geo
