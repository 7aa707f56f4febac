#pragma once
// Incidents as an RFC 7946 GeoJSON FeatureCollection, or as a GeoJSON Text
// Sequence (RFC 8142 without the RS byte, one Feature per line, as GDAL's
// GeoJSONSeq writes it), serialised here rather than through GDAL's
// drivers. Why: GDAL 3.6's driver builds a json-c object tree per feature,
// copies the feature again in RFC 7946 mode and reparses the JSON-typed
// `sources` field, about 21 µs a feature, so a million incidents took 28 s;
// this writes the same features (members,
// order, values: the tests compare both writers' output parsed, member for
// member) at a small fraction of that (GeoJSONSeq through GDAL: ~25 µs a
// feature as well). Every other format still goes through OGR.
//
// Layout follows the driver's: a "description" member with the data credit
// (export_attribution()) in a FeatureCollection, one feature per line, "id" = incident_id
// (not repeated in properties), lon/lat rounded to 6 decimals (~0.1 m), a
// null geometry for an incident without a location, no "crs" member.
// Where the bytes may differ from the driver's, by choice: control
// characters are written as \u00XX, invalid UTF-8 becomes U+FFFD, numbers
// are the shortest text that reads back exactly, a non-finite number is
// null, and a text value that looks like JSON ("[1]") stays a string.

#include <cstdint>
#include <cstdio>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "geo/record/record_fields.hpp"

namespace incimap::geo {

// Appends one Feature object (no trailing separator): `values` filled from
// `record`, then the extra columns' values, in `extra`'s order.
void append_geojson_feature(std::string& out, const IncidentRecord& record, const RecordValues& values,
                            std::span<const ExtraField> extra = {}, std::span<const PropertyValue> extra_values = {});

enum class GeoJsonLayout : std::uint8_t { collection, sequence };

class GeoJsonStream {
 public:
  // Writes to `file` (not owned; the caller opens and closes it). `path`
  // names the output in errors.
  GeoJsonStream(std::FILE* file, std::string path, GeoJsonLayout layout, std::vector<ExtraField> extra = {});
  GeoJsonStream(const GeoJsonStream&) = delete;
  GeoJsonStream& operator=(const GeoJsonStream&) = delete;

  // `extra_values` holds one value per extra field.
  void write(const IncidentRecord& record, std::span<const PropertyValue> extra_values = {});
  // One feature append_geojson_feature() made (on another thread, say),
  // written as write() writes its own.
  void write_rendered(std::string_view feature);
  // Sends what is buffered on to the file now (a filter's reader waits for
  // each article's incidents). Throws ExportError.
  void flush();
  // Closes the FeatureCollection and flushes. Throws ExportError (disk full).
  void finish();

 private:
  void begin_feature();
  void end_feature();
  void flush_if_full();
  void write_buffer();

  std::FILE* file_;
  std::string path_;
  GeoJsonLayout layout_;
  std::string buffer_;
  std::vector<ExtraField> extra_;
  RecordValues values_;
  bool first_ = true;
};

}  // namespace incimap::geo
