#include "geo/export/incident_writer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <span>
#include <sstream>

#include "geo/export/data_attribution.hpp"
#include "geo/export/export_error.hpp"
#include "geo/gdal/gdal_handles.hpp"
#include "geo/export/vector_formats.hpp"
#include "geo/ingest/published_time.hpp"
#include "geo/record/incident_record.hpp"
#include "incident_fixtures.hpp"
#include "ogr_reader.hpp"
#include "temp_dir.hpp"

namespace incimap::geo {
namespace {

struct FormatCase {
  std::string driver;                   // what -f takes
  std::string extension;                // a file name the driver is guessed from
  std::vector<std::string> sidecars{};  // extensions of the files written beside it
};

// The files one export to STEM writes, sorted as TempDir::entries lists them.
std::vector<std::string> files_of(const FormatCase& format, const std::string& stem) {
  std::vector<std::string> files{stem + format.extension};
  for (const std::string& sidecar : format.sidecars) files.push_back(stem + sidecar);
  std::sort(files.begin(), files.end());
  return files;
}

std::ostream& operator<<(std::ostream& out, const FormatCase& c) { return out << c.driver; }

// Fields a driver adds on reading that the incident record does not have.
std::set<std::string> reader_extras(const std::string& driver) {
  if (driver == "KML") {
    return {"Name",       "description", "timestamp",  "begin",     "end", "altitudeMode",
            "tessellate", "extrude",     "visibility", "drawOrder", "icon"};
  }
  return {};
}

std::vector<std::string> open_options(const std::string& driver) {
  if (driver == "CSV") {
    return {"X_POSSIBLE_NAMES=longitude", "Y_POSSIBLE_NAMES=latitude", "KEEP_GEOM_COLUMNS=NO",
            "AUTODETECT_TYPE=NO"};
  }
  return {};
}

// A date-time at midnight reads back as its date from the formats that
// type it (ogr_reader.hpp): compare both as the date.
std::string without_midnight(std::string text) {
  if (text.ends_with("T00:00:00")) text.resize(text.size() - 9);
  return text;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

class EveryFormat : public ::testing::TestWithParam<FormatCase> {
 protected:
  testing::TempDir dir_;
};

TEST_P(EveryFormat, ReadsBackEveryFeaturePropertyAndPoint) {
  const FormatCase& format = GetParam();
  const std::string path = dir_.file("incidents" + format.extension);
  const std::size_t skipped =
      write_incidents(testing::export_fixtures(), ExportOptions{path, format.driver, Overwrite::refuse, "incidents"});

  const auto features = testing::read_features(path, open_options(format.driver));
  auto expected = testing::expected_fixtures();
  if (format.driver == "FlatGeobuf") {
    // It cannot store a feature without geometry; the writer says so instead of losing it quietly.
    EXPECT_EQ(skipped, 1u);
    expected.erase(expected.begin() + 1);
  } else {
    EXPECT_EQ(skipped, 0u);
  }
  if (format.driver == "GPKG" || format.driver == "SQLite") {
    // Keyed by an integer FID made from the incident id: read back in that order.
    std::stable_sort(expected.begin(), expected.end(), [](const auto& a, const auto& b) {
      return integer_fid(*a.properties.at("incident_id")) < integer_fid(*b.properties.at("incident_id"));
    });
  }
  ASSERT_EQ(features.size(), expected.size());
  const bool geojson = format.driver.starts_with("GeoJSON");
  for (std::size_t f = 0; f < features.size(); ++f) {
    SCOPED_TRACE("feature " + std::to_string(f));
    const testing::ReadFeature& read = features[f];
    auto want = expected[f].properties;
    if (geojson) {
      // RFC 7946 mode writes the incident id as Feature.id; GDAL reads it back as "id".
      want["id"] = want.at("incident_id");
      want.erase("incident_id");
    }
    std::set<std::string> names;
    for (const auto& [name, value] : read.fields) names.insert(name);
    for (const auto& [name, value] : want) {
      SCOPED_TRACE(name);
      ASSERT_TRUE(names.count(name)) << "field missing";
      names.erase(name);
      std::optional<std::string> got = read.fields.at(name);
      if (format.driver == "CSV" && got && got->empty()) got.reset();  // CSV has no null
      ASSERT_EQ(got.has_value(), value.has_value()) << (got ? *got : "null");
      if (!value) continue;
      if (name == "geocode_confidence") {
        EXPECT_NEAR(std::stod(*got), std::stod(*value), 1e-9);
      } else if (name == "sources") {
        EXPECT_EQ(nlohmann::json::parse(*got), nlohmann::json::parse(*value));
      } else if (name == "event_start" || name == "event_end") {
        EXPECT_EQ(without_midnight(*got), without_midnight(*value));
      } else {
        EXPECT_EQ(*got, *value);
      }
    }
    for (const std::string& extra : reader_extras(format.driver)) names.erase(extra);
    EXPECT_TRUE(names.empty()) << "unexpected field " << *names.begin();

    if (expected[f].lon_lat) {
      ASSERT_TRUE(read.point.has_value());
      EXPECT_NEAR(read.point->x, expected[f].lon_lat->first, 1e-6) << "x is longitude";
      EXPECT_NEAR(read.point->y, expected[f].lon_lat->second, 1e-6) << "y is latitude";
    } else {
      EXPECT_FALSE(read.has_geometry);
    }
  }
}

TEST_P(EveryFormat, DriverIsGuessedFromTheExtension) {
  const FormatCase& format = GetParam();
  const std::string path = dir_.file("guessed" + format.extension);
  IncidentWriter writer(ExportOptions{path, "", Overwrite::refuse, "incidents"});
  EXPECT_EQ(writer.driver(), format.driver);
  writer.write(testing::full_incident());
  writer.commit();
  EXPECT_EQ(testing::read_features(path, open_options(format.driver)).size(), 1u);
}

TEST_P(EveryFormat, AnExistingOutputIsAnErrorWithoutOverwrite) {
  const FormatCase& format = GetParam();
  const std::string path = dir_.file("existing" + format.extension);
  { std::ofstream(path) << "precious"; }
  try {
    write_incidents(testing::export_fixtures(), ExportOptions{path, format.driver, Overwrite::refuse, "incidents"});
    FAIL() << "expected ExportError";
  } catch (const ExportError& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("--overwrite"), std::string::npos) << e.what();
  }
  EXPECT_EQ(slurp(path), "precious");
  EXPECT_EQ(dir_.entries(), std::vector<std::string>{"existing" + format.extension}) << "no staging leftovers";
}

TEST_P(EveryFormat, OverwriteReplacesTheOutput) {
  const FormatCase& format = GetParam();
  const std::string path = dir_.file("replaced" + format.extension);
  write_incidents({testing::full_incident()}, ExportOptions{path, format.driver, Overwrite::refuse, "incidents"});
  write_incidents({testing::full_incident(), testing::merged_incident()},
                  ExportOptions{path, format.driver, Overwrite::replace, "incidents"});
  EXPECT_EQ(testing::read_features(path, open_options(format.driver)).size(), 2u);
  EXPECT_EQ(dir_.entries(), files_of(format, "replaced"));
}

TEST_P(EveryFormat, AnInterruptedExportLeavesTheOldFileAlone) {
  const FormatCase& format = GetParam();
  const std::string path = dir_.file("kept" + format.extension);
  write_incidents({testing::merged_incident()}, ExportOptions{path, format.driver, Overwrite::refuse, "incidents"});
  const std::string before = slurp(path);
  {
    IncidentWriter writer(ExportOptions{path, format.driver, Overwrite::replace, "incidents"});
    for (const Incident& incident : testing::export_fixtures()) writer.write(incident);
    // Destroyed without commit(): what a crash or an exception mid-export does.
  }
  EXPECT_EQ(slurp(path), before);
  EXPECT_EQ(dir_.entries(), files_of(format, "kept"));
}

INSTANTIATE_TEST_SUITE_P(IncidentWriter, EveryFormat,
                         ::testing::Values(FormatCase{"GeoJSON", ".geojson"}, FormatCase{"GeoJSONSeq", ".geojsonl"},
                                           FormatCase{"GPKG", ".gpkg"}, FormatCase{"KML", ".kml"},
                                           FormatCase{"CSV", ".csv", {".csvt", ".prj"}}, FormatCase{"FlatGeobuf", ".fgb"}),
                         [](const ::testing::TestParamInfo<FormatCase>& test) { return test.param.driver; });

// `extract --formats` lists supported_vector_formats(): each file format
// there must take the whole record and give back every incident, its
// place name (UTF-8 intact) and its point, as GDAL reads it.
TEST(SupportedFormats, EveryListedFileFormatWritesAndReadsBack) {
  const auto formats = supported_vector_formats();
  ASSERT_GE(formats.size(), 10u);
  auto fixtures = testing::export_fixtures();
  fixtures[0].location->place.name = "Al Ḩudaydah";
  for (const VectorFormat& format : formats) {
    if (format.kind == FormatKind::database) continue;  // needs a server: see PostgreSQLIsADatabase
    SCOPED_TRACE(format.short_name);
    testing::TempDir dir;
    std::istringstream extensions(format.extensions);
    std::string extension;
    extensions >> extension;
    const std::string path = dir.file("all." + extension);
    IncidentWriter writer(ExportOptions{path, format.short_name, Overwrite::refuse, "incidents"});
    for (const Incident& incident : fixtures) writer.write(incident);
    ASSERT_NO_THROW(writer.commit());
    const auto features = testing::read_features(path, open_options(format.short_name));
    ASSERT_EQ(features.size() + writer.skipped_without_location(), fixtures.size());
    // The first fixture's feature, wherever the format keeps it (a GeoPackage
    // in the order of its FIDs).
    const auto it = std::find_if(features.begin(), features.end(), [&](const testing::ReadFeature& f) {
      // GeoJSON's Feature.id reads back as "id", a Shapefile cuts the name to 10 characters.
      for (const char* name : {"incident_id", "id", "incident_i"})
        if (f.fields.count(name) && f.fields.at(name) == fixtures[0].id) return true;
      return false;
    });
    ASSERT_NE(it, features.end()) << "no feature with the first fixture's id";
    const testing::ReadFeature& first = *it;
    EXPECT_EQ(first.fields.at("location"), "Al Ḩudaydah");
    if (first.point) {
      EXPECT_NEAR(first.point->x, 44.383049, 1e-6);
      EXPECT_NEAR(first.point->y, 33.304612, 1e-6);
    } else {
      ASSERT_TRUE(first.fields.count("longitude")) << "neither a point nor coordinate columns";
      EXPECT_NEAR(std::stod(*first.fields.at("longitude")), 44.383049, 1e-6);
      EXPECT_NEAR(std::stod(*first.fields.at("latitude")), 33.304612, 1e-6);
    }
  }
}

TEST(SupportedFormats, FilesAndDatabasesAreTold) {
  bool postgres = false;
  for (const VectorFormat& format : supported_vector_formats()) {
    if (format.short_name == "PostgreSQL") {
      postgres = true;
      EXPECT_EQ(format.kind, FormatKind::database);
      EXPECT_EQ(format.connection_prefix, "PG:");
    } else {
      EXPECT_EQ(format.kind, FormatKind::file) << format.short_name;
    }
  }
  if (!postgres) GTEST_SKIP() << "this GDAL has no PostgreSQL driver";
  EXPECT_EQ(driver_for_path("PG:dbname=events"), "PostgreSQL");
  EXPECT_EQ(database_for_path("pg:dbname=events")->short_name, "PostgreSQL");
  EXPECT_FALSE(database_for_path("events.gpkg"));
}

// A database output is not staged as a file: a server that is not there is
// an error naming the connection and the driver, and leaves no file behind.
TEST(SupportedFormats, PostgreSQLIsADatabase) {
  if (!writer_driver("PostgreSQL")) GTEST_SKIP() << "this GDAL has no PostgreSQL driver";
  testing::TempDir dir;
  const std::string connection = "PG:host=" + dir.path().string() + " dbname=nowhere connect_timeout=2";
  try {
    write_incidents(testing::export_fixtures(), ExportOptions{connection, "", Overwrite::refuse, "incidents"});
    FAIL() << "expected ExportError";
  } catch (const ExportError& e) {
    EXPECT_EQ(e.driver(), "PostgreSQL");
    EXPECT_NE(std::string(e.what()).find("dbname=nowhere"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(dir.entries().empty());
}

TEST(IncidentWriter, KmlPlacemarksCarryNameDescriptionAndTime) {
  testing::TempDir dir;
  const std::string path = dir.file("incidents.kml");
  const auto fixtures = testing::export_fixtures();
  write_incidents(fixtures, ExportOptions{path, "KML", Overwrite::refuse, "incidents"});
  const std::string kml = slurp(path);
  EXPECT_NE(kml.find("<when>2020-01-26"), std::string::npos) << "day precision is a TimeStamp";
  EXPECT_NE(kml.find("<begin>2021-03-02"), std::string::npos) << "week precision is a TimeSpan";
  EXPECT_NE(kml.find("<end>2021-03-08"), std::string::npos);
  const auto features = testing::read_features(path);
  ASSERT_EQ(features.size(), 3u);
  EXPECT_EQ(features[0].fields.at("Name"), "Shelling/artillery/missile attack — Green Zone");
  EXPECT_EQ(features[0].fields.at("description"), fixtures[0].sources[0].excerpt);
  EXPECT_EQ(features[0].fields.at("timestamp"), "2020-01-26");
  EXPECT_FALSE(features[1].fields.at("timestamp")) << "no date, no time stamp";
}

TEST(IncidentWriter, KmlTextIsEscapedAndCharactersXmlForbidsAreReplaced) {
  // incimap writes the KML itself (kml_stream.hpp): markup in a title or an
  // excerpt must stay text, and a control character must not make the
  // whole file unreadable XML.
  testing::TempDir dir;
  const std::string path = dir.file("incidents.kml");
  Incident incident = testing::full_incident();
  incident.sources[0].excerpt = "Gunmen <b>&amp; \"rebels\"</b> struck\x01 at dawn & fled.";
  incident.sources[0].title = "Raid </SimpleData></Placemark> \xFF";
  write_incidents({incident}, ExportOptions{path, "KML", Overwrite::refuse, "incidents"});
  const auto features = testing::read_features(path);
  ASSERT_EQ(features.size(), 1u);
  EXPECT_EQ(features[0].fields.at("description"), "Gunmen <b>&amp; \"rebels\"</b> struck\xEF\xBF\xBD at dawn & fled.");
  EXPECT_EQ(features[0].fields.at("excerpt"), features[0].fields.at("description"));
  EXPECT_EQ(features[0].fields.at("source_title"), "Raid </SimpleData></Placemark> \xEF\xBF\xBD");
}

TEST(IncidentWriter, CsvHasLongitudeAndLatitudeColumns) {
  testing::TempDir dir;
  const std::string path = dir.file("incidents.csv");
  write_incidents({testing::full_incident()}, ExportOptions{path, "", Overwrite::refuse, "incidents"});
  const std::string csv = slurp(path);
  // The names kepler.gl and spreadsheet maps detect; numbers are not quoted.
  EXPECT_TRUE(csv.starts_with("longitude,latitude,incident_id,event_date,time_precision,")) << csv.substr(0, 80);
  EXPECT_NE(csv.find("\n44.383049,33.304612,0123456789abcdef,2020-01-26,1,"), std::string::npos) << csv;
}

TEST(IncidentWriter, CsvTypesItsColumnsInACsvt) {
  testing::TempDir dir;
  const std::string path = dir.file("incidents.csv");
  write_incidents(testing::export_fixtures(), ExportOptions{path, "", Overwrite::refuse, "incidents"});
  const std::string csvt = slurp(dir.file("incidents.csvt"));
  EXPECT_TRUE(csvt.starts_with("Real,Real,String,String,Integer,String,String,String")) << csvt;
  // GDAL's reader takes the types from it, with no guessing.
  const auto features = testing::read_features(path);
  ASSERT_EQ(features.size(), 3u);
  EXPECT_EQ(features[0].types.at("longitude"), OFTReal);
  EXPECT_EQ(features[0].types.at("fatalities"), OFTInteger);
  EXPECT_EQ(features[0].types.at("geocode_confidence"), OFTReal);
  EXPECT_FALSE(features[1].fields.at("longitude")) << "an incident with no place has empty coordinates, not 0";
}

TEST(IncidentWriter, EventWindowCoversTheDatesPrecision) {
  Incident month = testing::full_incident();
  month.date = EventDate{days_from_civil(2024, 2, 1), DatePrecision::month};
  testing::TempDir dir;
  const std::string path = dir.file("windows.gpkg");
  write_incidents({testing::full_incident(), month}, ExportOptions{path, "", Overwrite::refuse, "incidents"});
  const auto features = testing::read_features(path);
  ASSERT_EQ(features.size(), 2u);
  EXPECT_EQ(features[0].types.at("event_start"), OFTDateTime) << "a date-time column QGIS's temporal controller takes";
  EXPECT_EQ(features[0].fields.at("event_start"), "2020-01-26");  // midnight
  EXPECT_EQ(features[0].fields.at("event_end"), "2020-01-26T23:59:59");
  EXPECT_EQ(features[1].fields.at("event_start"), "2024-02-01");
  EXPECT_EQ(features[1].fields.at("event_end"), "2024-02-29T23:59:59") << "a leap February, whole";
}

TEST(IncidentWriter, PublishedAtIsOneIso8601FormWithAZone) {
  Incident day_only = testing::full_incident();
  day_only.sources[0].published = parse_published_time("2021-03-08");
  Incident utc = testing::full_incident();
  utc.sources[0].published = parse_published_time("Sun, 05 Jan 2020 21:30:00 GMT");
  testing::TempDir dir;
  const std::string path = dir.file("published.geojson");
  write_incidents({testing::full_incident(), day_only, utc}, ExportOptions{path, "", Overwrite::refuse, "incidents"});
  const auto doc = nlohmann::json::parse(slurp(path));
  EXPECT_EQ(doc["features"][0]["properties"]["published_at"], "2020-01-27T09:00:00+03:00");
  EXPECT_EQ(doc["features"][1]["properties"]["published_at"], "2021-03-08T00:00:00Z");
  EXPECT_EQ(doc["features"][2]["properties"]["published_at"], "2020-01-05T21:30:00Z");
}

TEST(IncidentWriter, ShapefileIsUtf8WithACpgAndReportsWhatItCut) {
  Incident hodeidah = testing::full_incident();
  hodeidah.location->place.name = "Al Ḩudaydah";
  hodeidah.sources[0].excerpt = std::string(300, 'x');  // a .dbf text field holds 254 bytes
  testing::TempDir dir;
  const std::string path = dir.file("incidents.shp");
  IncidentWriter writer(ExportOptions{path, "", Overwrite::refuse, "incidents"});
  writer.write(hodeidah);
  writer.commit();
  EXPECT_EQ(slurp(dir.file("incidents.cpg")).substr(0, 5), "UTF-8");
  const auto features = testing::read_features(path);
  ASSERT_EQ(features.size(), 1u);
  EXPECT_EQ(features[0].fields.at("location"), "Al Ḩudaydah");
  const auto& warnings = writer.warnings();
  auto warned = [&](std::string_view about) {
    return std::any_of(warnings.begin(), warnings.end(),
                       [&](const std::string& w) { return w.find(about) != std::string::npos; });
  };
  EXPECT_TRUE(warned("time_precision")) << "field names longer than 10 characters are cut";
  EXPECT_TRUE(warned("truncated")) << "the 300-byte excerpt is cut";
}

TEST(IncidentWriter, GeoPackageCarriesTheDataCredit) {
  testing::TempDir dir;
  const std::string path = dir.file("credit.gpkg");
  write_incidents(testing::export_fixtures(), ExportOptions{path, "", Overwrite::refuse, "incidents"});
  gdal::ensure_registered();
  gdal::DatasetPtr dataset(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
  ASSERT_TRUE(dataset);
  OGRLayerH layer = GDALDatasetGetLayer(dataset.get(), 0);
  const char* description = GDALGetMetadataItem(layer, "DESCRIPTION", nullptr);  // gpkg_contents.description
  const char* attribution = GDALGetMetadataItem(layer, "ATTRIBUTION", nullptr);   // gpkg_metadata
  ASSERT_NE(description, nullptr);
  ASSERT_NE(attribution, nullptr);
  EXPECT_EQ(std::string(description), export_attribution());
  EXPECT_EQ(std::string(attribution), export_attribution());
  EXPECT_NE(std::string(attribution).find("GeoNames (CC BY 4.0"), std::string::npos);
}

TEST(IncidentWriter, ShapefileSidecarsMoveIntoPlaceTogether) {
  testing::TempDir dir;
  write_incidents(testing::export_fixtures(),
                  ExportOptions{dir.file("incidents.shp"), "", Overwrite::refuse, "incidents"});
  const auto entries = dir.entries();
  for (const char* name : {"incidents.shp", "incidents.shx", "incidents.dbf", "incidents.prj"}) {
    EXPECT_NE(std::find(entries.begin(), entries.end(), name), entries.end()) << name;
  }
  for (const std::string& entry : entries) EXPECT_FALSE(entry.starts_with(".")) << "staging leftover " << entry;
}

TEST(IncidentWriter, UnknownFormatNamesItInTheError) {
  testing::TempDir dir;
  try {
    IncidentWriter writer(ExportOptions{dir.file("x.out"), "NoSuchDriver", Overwrite::refuse, "incidents"});
    FAIL() << "expected ExportError";
  } catch (const ExportError& e) {
    EXPECT_EQ(e.driver(), "NoSuchDriver");
    EXPECT_NE(std::string(e.what()).find("NoSuchDriver"), std::string::npos);
  }
  EXPECT_THROW(IncidentWriter(ExportOptions{dir.file("x.unknownext"), "", Overwrite::refuse, "incidents"}),
               ExportError);
  EXPECT_TRUE(dir.entries().empty());
}

TEST(IncidentWriter, MissingDirectoryIsAnErrorNamingTheFileAndDriver) {
  testing::TempDir dir;
  try {
    write_incidents(testing::export_fixtures(),
                    ExportOptions{dir.file("no/such/dir/x.gpkg"), "", Overwrite::refuse, "incidents"});
    FAIL() << "expected ExportError";
  } catch (const ExportError& e) {
    EXPECT_EQ(e.driver(), "GPKG");
    EXPECT_NE(std::string(e.what()).find("no/such/dir/x.gpkg"), std::string::npos) << e.what();
  }
}

TEST(IncidentWriter, StreamsGeoJsonSequenceToStdout) {
  ::testing::internal::CaptureStdout();
  {
    IncidentWriter writer(ExportOptions{"-", "", Overwrite::refuse, "incidents"});
    EXPECT_EQ(writer.driver(), "GeoJSONSeq");
    for (const Incident& incident : testing::export_fixtures()) writer.write(incident);
    writer.commit();
  }
  std::fflush(stdout);
  const std::string out = ::testing::internal::GetCapturedStdout();
  std::istringstream lines(out);
  std::string line;
  std::vector<nlohmann::json> features;
  while (std::getline(lines, line)) {
    if (!line.empty()) features.push_back(nlohmann::json::parse(line));
  }
  ASSERT_EQ(features.size(), 3u) << out;
  EXPECT_EQ(features[0]["type"], "Feature");
  EXPECT_EQ(features[0]["id"], testing::full_incident().id);
  EXPECT_EQ(features[2]["geometry"]["coordinates"][0].get<double>(), -70.64827);
}

std::vector<nlohmann::json> sequence_written_by(GeoJsonWriter writer, const std::vector<Incident>& incidents) {
  testing::TempDir dir;
  const std::string path = dir.file("incidents.geojsonl");
  write_incidents(incidents, ExportOptions{path, "GeoJSONSeq", Overwrite::refuse, "incidents", writer});
  std::vector<nlohmann::json> features;
  std::istringstream lines(slurp(path));
  std::string line;
  while (std::getline(lines, line)) features.push_back(nlohmann::json::parse(line));
  return features;
}

// GeoJSONSeq is written by incimap itself too; it must be what GDAL's driver writes, line for line.
TEST(IncidentWriter, NativeGeoJsonSequenceIsGdalsLineForLine) {
  const auto incidents = testing::export_fixtures();
  const auto native = sequence_written_by(GeoJsonWriter::native, incidents);
  const auto gdal = sequence_written_by(GeoJsonWriter::gdal, incidents);
  ASSERT_EQ(native.size(), incidents.size());
  ASSERT_EQ(gdal.size(), native.size());
  for (std::size_t i = 0; i < native.size(); ++i) EXPECT_EQ(native[i], gdal[i]) << "feature " << i;
}

TEST(IncidentWriter, CountsWhatItWrote) {
  testing::TempDir dir;
  IncidentWriter writer(ExportOptions{dir.file("count.geojson"), "", Overwrite::refuse, "incidents"});
  for (const Incident& incident : testing::export_fixtures()) writer.write(incident);
  EXPECT_EQ(writer.written(), 3u);
  writer.commit();
}

// The fixtures `copies` times over, each copy's ids distinct.
std::vector<Incident> fixture_copies(int copies) {
  std::vector<Incident> out;
  for (int copy = 0; copy < copies; ++copy) {
    for (Incident incident : testing::export_fixtures()) {
      incident.id += "-" + std::to_string(copy);
      out.push_back(std::move(incident));
    }
  }
  return out;
}

// Features rendered on another thread are written as the writer writes
// each incident itself, separators included, even mixed with write() in one
// file (a merged extract renders runs on its workers).
TEST(IncidentWriter, RenderedFeaturesAreTheBytesOfWritingEachIncident) {
  const std::vector<Incident> incidents = fixture_copies(4);
  const std::span<const Incident> all(incidents);
  for (const char* name : {"incidents.geojson", "incidents.geojsonl"}) {
    testing::TempDir dir;
    write_incidents(incidents, ExportOptions{dir.file(std::string("one-") + name), "", Overwrite::refuse, "incidents"});

    IncidentWriter writer(ExportOptions{dir.file(std::string("rendered-") + name), "", Overwrite::refuse, "incidents"});
    ASSERT_TRUE(writer.renders_features()) << name;
    writer.write(incidents.front());
    const RenderedFeatures first_run = writer.render(all.subspan(1, 5));
    const RenderedFeatures second_run = writer.render(all.subspan(6));
    EXPECT_EQ(first_run.size(), 5u);
    writer.write(first_run);
    writer.write(second_run);
    EXPECT_EQ(writer.written(), incidents.size());
    writer.commit();
    const std::string one = slurp(dir.file(std::string("one-") + name));
    EXPECT_TRUE(slurp(dir.file(std::string("rendered-") + name)) == one) << name << " differs";
  }
}

TEST(IncidentWriter, OnlyItsOwnGeoJsonWriterRendersFeatures) {
  testing::TempDir dir;
  EXPECT_FALSE(IncidentWriter(ExportOptions{dir.file("a.gpkg"), "", Overwrite::refuse, "incidents"}).renders_features());
  EXPECT_FALSE(IncidentWriter(ExportOptions{dir.file("a.kml"), "", Overwrite::refuse, "incidents"}).renders_features());
  EXPECT_FALSE(IncidentWriter(ExportOptions{dir.file("gdal.geojson"), "", Overwrite::refuse, "incidents",
                                            GeoJsonWriter::gdal}).renders_features());
}

}  // namespace
}  // namespace incimap::geo
