// The whole path a record takes through the viewer: extract writes it in a
// format, the viewer opens that file, File > Export writes it again. Every
// field arrives with the value it left with, and the viewer's own columns
// say how each incident was placed.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "app/viewer/corrections.hpp"
#include "app/viewer/incident_export.hpp"
#include "geo/export/incident_writer.hpp"
#include "geo/record/incident_reader.hpp"
#include "render/model/load_incidents.hpp"
#include "tests/geo/export/incident_fixtures.hpp"
#include "tests/geo/export/temp_dir.hpp"
#include "tests/geo/record/record_compare.hpp"

namespace incimap::app {
namespace {

struct Format {
  const char* driver;
  const char* extension;
};

void PrintTo(const Format& format, std::ostream* out) { *out << format.driver; }

// The fixtures that have a place: the map holds only those.
std::vector<geo::IncidentRecord> placed_fixtures() {
  std::vector<geo::IncidentRecord> records;
  for (const geo::Incident& incident : geo::testing::export_fixtures()) {
    if (incident.location) records.push_back(geo::record_of(incident));
  }
  return records;
}

std::vector<ExportRecord> export_records(const std::vector<render::Incident>& incidents,
                                         const Correction* correction_of_first = nullptr) {
  std::vector<ExportRecord> records;
  for (const render::Incident& incident : incidents) {
    records.push_back({&incident, records.empty() ? correction_of_first : nullptr});
  }
  return records;
}

class ViewerExportRoundTrip : public ::testing::TestWithParam<Format> {
 protected:
  geo::testing::TempDir dir_;
};

TEST_P(ViewerExportRoundTrip, EveryFieldExtractWroteSurvivesOpeningAndExportingAgain) {
  const Format& format = GetParam();
  const std::string extracted = dir_.file(std::string("extracted") + format.extension);
  const std::string exported = dir_.file("exported.geojson");
  geo::write_incidents(geo::testing::export_fixtures(),
                       geo::ExportOptions{extracted, format.driver, geo::Overwrite::refuse, "incidents",
                                          geo::GeoJsonWriter::native, {}});
  const std::vector<render::Incident> shown = render::load_incidents(extracted);
  export_incidents(exported, export_records(shown), geo::Overwrite::refuse);

  const geo::IncidentFile back = geo::read_incident_file(exported);
  const std::vector<geo::IncidentRecord> wrote = placed_fixtures();
  ASSERT_EQ(back.records.size(), wrote.size());
  for (const geo::IncidentRecord& record : wrote) {
    SCOPED_TRACE(record.id);
    const auto found = std::find_if(back.records.begin(), back.records.end(),
                                    [&](const geo::IncidentRecord& r) { return r.id == record.id; });
    ASSERT_NE(found, back.records.end()) << "lost on the way";
    for (const std::string& difference : geo::testing::differences(record, *found)) {
      ADD_FAILURE() << format.driver << " -> viewer -> GeoJSON: " << difference;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Formats, ViewerExportRoundTrip,
                         ::testing::Values(Format{"GeoJSON", ".geojson"}, Format{"GeoJSONSeq", ".geojsonl"},
                                           Format{"GPKG", ".gpkg"}, Format{"FlatGeobuf", ".fgb"},
                                           Format{"CSV", ".csv"}, Format{"KML", ".kml"}),
                         [](const auto& test) { return std::string(test.param.driver); });

TEST(ViewerExport, ACorrectionIsExportedWithTheGeocodersPlaceBesideIt) {
  geo::testing::TempDir dir;
  const std::string path = dir.file("fixed.geojson");
  std::vector<render::Incident> incidents;
  for (geo::IncidentRecord& record : placed_fixtures()) incidents.emplace_back(std::move(record));
  Correction fix;
  fix.incident_id = incidents[0].id;
  fix.where = geo::LonLat::from(geo::Longitude{44.39222}, geo::Latitude{35.46806});
  fix.location = "Kirkuk";
  fix.original = incidents[0].where();
  fix.original_location = incidents[0].location;
  incidents[0] = corrected(incidents[0], fix);
  export_incidents(path, export_records(incidents, &fix), geo::Overwrite::refuse);

  std::ifstream in(path);
  const auto features = nlohmann::json::parse(in).at("features");
  ASSERT_EQ(features.size(), incidents.size());
  const auto& moved = features[0];
  EXPECT_EQ(moved["properties"]["geocode_status"], "corrected");
  EXPECT_EQ(moved["properties"]["location"], "Kirkuk");
  EXPECT_EQ(moved["properties"]["original_location"], "Green Zone");
  EXPECT_NEAR(moved["properties"]["original_lon"].get<double>(), 44.383049, 1e-9);
  EXPECT_NEAR(moved["geometry"]["coordinates"][0].get<double>(), 44.39222, 1e-9) << "drawn where the user put it";
  EXPECT_EQ(moved["properties"]["geonameid"], 7874041) << "the record's other fields stay";
  EXPECT_EQ(features[1]["properties"]["geocode_status"], "geocoded");
  EXPECT_TRUE(features[1]["properties"]["original_lon"].is_null());
}

}  // namespace
}  // namespace incimap::app
