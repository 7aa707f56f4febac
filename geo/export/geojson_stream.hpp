#pragma once
// Incidents as an RFC 7946 GeoJSON FeatureCollection, serialised here rather
// than through GDAL's GeoJSON driver. Why: GDAL 3.6's driver builds a json-c
// object tree per feature, copies the feature again in RFC 7946 mode and
// reparses the JSON-typed `sources` field, about 21 µs a feature, so a
// million incidents took 28 s; this writes the same document (same members,
// order and layout, checked against the driver's output by the tests) at a
// small fraction of that. Every other format still goes through OGR.
//
// Layout follows the driver's: one feature per line, "id" = incident_id
// (not repeated in properties), lon/lat rounded to 6 decimals (~0.1 m), a
// null geometry for an incident without a location, no "crs" member.

#include <cstdio>
#include <string>

#include "geo/export/incident_properties.hpp"
#include "geo/incidents/incident.hpp"

namespace incimap::geo {

// Appends one Feature object (no trailing separator).
void append_geojson_feature(std::string& out, const Incident& incident, const IncidentProperties& properties);

class GeoJsonStream {
 public:
  // Writes to `file` (not owned; the caller opens and closes it). `path`
  // names the output in errors.
  GeoJsonStream(std::FILE* file, std::string path);
  GeoJsonStream(const GeoJsonStream&) = delete;
  GeoJsonStream& operator=(const GeoJsonStream&) = delete;

  void write(const Incident& incident);
  // Closes the FeatureCollection and flushes. Throws ExportError (disk full).
  void finish();

 private:
  void flush_if_full();
  void flush();

  std::FILE* file_;
  std::string path_;
  std::string buffer_;
  IncidentProperties properties_;
  bool first_ = true;
};

}  // namespace incimap::geo
