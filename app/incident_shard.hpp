#pragma once
// Reading an incident file back for `incimap merge`, through geo/record's
// one incident reader (simdjson for incimap's GeoJSON and GeoJSONSeq, GDAL
// for every other format).

#include <string>
#include <vector>

#include "geo/incidents/incident.hpp"

namespace incimap::app {

// Every incident of an incident file incimap wrote (GeoJSONSeq, GeoJSON,
// GPKG, CSV, any OGR vector format), with its sources: the flat fields, the
// `sources` list and the unlisted ones. Only the first source has an excerpt
// (the file holds no other). A value that does not fit its field is
// reported on stderr and left out; throws geo::InputError naming the file.
std::vector<geo::Incident> read_incident_shard(const std::string& path);

}  // namespace incimap::app
