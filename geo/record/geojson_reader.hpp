#pragma once
// incimap's GeoJSON (a FeatureCollection) and GeoJSONSeq (Features one a
// line) read with simdjson's On-Demand parser: point or null geometries in
// WGS84, no "crs" member. Anything else (another geometry, a CRS, the RS
// separator of RFC 8142) is left to GDAL: the reader says so by returning false.

#include <string>

#include "geo/record/incident_reader.hpp"

namespace incimap::geo {

// True when it read the file: its records into `sink`, the rest into `out`;
// false, with `out` untouched and `sink` cleared, when the file needs GDAL.
// Throws InputError when the file is not JSON.
bool read_native_geojson(const std::string& path, IncidentFile& out, RecordSink& sink, const ReadProgress& progress);

}  // namespace incimap::geo
