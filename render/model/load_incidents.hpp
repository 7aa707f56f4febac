#pragma once
// The incidents of an incident file that the map can place: the records of
// geo::read_incident_file (incimap's GeoJSON and GeoJSONSeq, any OGR format,
// CSV with lon/lat columns) that have a position.

#include <string>
#include <vector>

#include "geo/record/incident_reader.hpp"
#include "render/model/incident.hpp"

namespace incimap::render {

using DroppedFeatures = geo::MissingPositions;

// Throws geo::InputError naming the file when it cannot be read. Features
// without a position are counted in `dropped`; values that do not fit their
// field are listed in `problems` when given.
std::vector<Incident> load_incidents(const std::string& path, DroppedFeatures& dropped,
                                     std::vector<std::string>* problems = nullptr,
                                     const geo::ReadProgress& progress = {});
std::vector<Incident> load_incidents(const std::string& path);

// Appends `more` to `incidents`, taking its storage whole when `incidents`
// is empty (one input of a million incidents is not moved again).
void append_incidents(std::vector<Incident>& incidents, std::vector<Incident>&& more);

using geo::describe;

}  // namespace incimap::render
