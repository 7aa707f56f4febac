#pragma once
// Reading an incident file back for `incimap merge`.
//
// A stand-in until geo/ has its one incident-file reader: merge calls only
// read_incident_shard(), so swapping the reader in is a one-line change.

#include <string>
#include <vector>

#include "geo/incidents/incident.hpp"

namespace incimap::app {

// Every incident of an incident file incimap wrote (GeoJSONSeq, GeoJSON,
// GPKG, CSV, any OGR vector format), with its sources: the flat fields and
// the `sources` list. Only the first source has an excerpt (the record
// holds no other). Throws geo::InputError naming the file.
std::vector<geo::Incident> read_incident_shard(const std::string& path);

}  // namespace incimap::app
