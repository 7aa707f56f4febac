#pragma once
// Incidents to any OGR vector format, one point feature each (WGS84,
// longitude first). GeoJSON is RFC 7946: no crs member,
// 6 decimals (about 0.1 m), Feature.id = the stable incident id. KML
// placemarks carry the event date as <TimeStamp>, name and description
// (incimap's own KML writer, kml_stream.hpp; -f LIBKML still goes through GDAL).
// CSV (with a .csvt of column types), XLSX and ODS get longitude and
// latitude columns; Shapefiles are UTF-8 with a .cpg. GeoJSON and
// GeoPackage carry the data credit (data_attribution.hpp). Files are staged and
// renamed into place on commit (see staged_output.hpp); "-" streams to
// stdout, as GeoJSON Sequence unless told otherwise, feature by feature.
// PostgreSQL ("PG:...") is written in one transaction, no file staged, into
// a typed table keyed on incident_id (postgis_table.hpp).

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "geo/export/rendered_features.hpp"
#include "geo/export/staged_output.hpp"
#include "geo/incidents/incident.hpp"
#include "geo/record/record_fields.hpp"

namespace incimap::geo {

// Who serialises GeoJSON and GeoJSONSeq: incimap's own writer
// (geojson_stream.hpp, the same document ~10x faster) or GDAL's drivers
// (GeoJSON in RFC 7946 mode).
enum class GeoJsonWriter : std::uint8_t { native, gdal };

// What a database output does with an existing table: --append folds the
// incidents into it, upserting on incident_id (postgis_table.hpp).
enum class Append : std::uint8_t { no, upsert };

// Which columns a file gets: incimap's record (record_fields.hpp), or
// ACLED's names and codes (acled_fields.hpp) for scripts written against
// ACLED's exports.
enum class RecordSchema : std::uint8_t { incimap, acled };

struct ExportOptions {
  std::string path;    // output file; "-" or "/vsistdout/" for stdout; "PG:..." a database
  std::string format;  // OGR short name (-f); empty: from the extension
  Overwrite overwrite = Overwrite::refuse;
  std::string layer_name = "incidents";
  GeoJsonWriter geojson_writer = GeoJsonWriter::native;
  Append append = Append::no;  // databases only
  // Columns after the record's, whose values each write() gives (the viewer's
  // geocode_status and the geocoder's original position).
  std::vector<ExtraField> extra_fields = {};
  RecordSchema schema = RecordSchema::incimap;  // files only: a database keeps incimap's
  // ogr2ogr's -lco and -dsco, "NAME=VALUE" each, handed to the OGR driver
  // (a name incimap also sets takes the user's value). GeoJSON given any
  // is written by GDAL's driver, which is what understands them.
  std::vector<std::string> layer_creation_options = {};
  std::vector<std::string> dataset_creation_options = {};
};

class IncidentWriter {
 public:
  // Opens the output. Throws ExportError naming the path and the driver:
  // unknown format, output exists, the driver refused to create it.
  explicit IncidentWriter(const ExportOptions& options);
  // An uncommitted writer leaves nothing behind (a stream already sent stays sent).
  ~IncidentWriter();
  IncidentWriter(const IncidentWriter&) = delete;
  IncidentWriter& operator=(const IncidentWriter&) = delete;

  // `extra_values`: one per ExportOptions::extra_fields, in order.
  void write(const IncidentRecord& record, std::span<const PropertyValue> extra_values = {});
  void write(const Incident& incident);

  // Whether render() can make this output's features: incimap's own GeoJSON
  // and GeoJSONSeq writer, whose features are text (KML and GDAL's drivers
  // take features through write() only).
  bool renders_features() const noexcept;
  // The features write(incident) would write for `incidents`, made without
  // touching the writer, so other threads may render while this one writes
  // (app/write_rendered.hpp). Precondition: renders_features().
  RenderedFeatures render(std::span<const Incident> incidents) const;
  // Writes rendered features in their order, as write() would have.
  void write(const RenderedFeatures& features);
  // Pushes what is written so far on to the output (a stream's reader is
  // waiting); the file is still only complete after commit().
  void flush();
  // Finishes the dataset and moves it into place. Throws ExportError.
  void commit();

  const std::string& driver() const noexcept;
  std::size_t written() const noexcept;
  // Incidents without a location that the format could not store: FlatGeobuf
  // (GDAL 3.6) drops features without geometry, so they are counted here
  // for the caller to report rather than lost in silence.
  std::size_t skipped_without_location() const noexcept;
  // What GDAL warned about while writing, each message once: a Shapefile's
  // field names cut to 10 characters, a value cut to 254. The caller shows them.
  const std::vector<std::string>& warnings() const noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Writes them all and commits. Returns skipped_without_location().
std::size_t write_incidents(const std::vector<Incident>& incidents, const ExportOptions& options);

}  // namespace incimap::geo
