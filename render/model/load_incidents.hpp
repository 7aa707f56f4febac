#pragma once
// Incidents from any OGR point dataset holding DESIGN.md's incident
// properties (incimap's GeoJSON export, a GeoPackage, a CSV with geometry),
// or any table of them with longitude and latitude columns (incimap's CSV,
// XLSX and ODS exports).

#include <string>
#include <vector>

#include "render/model/incident.hpp"

namespace incimap::render {

// Every point feature of every layer; non-point geometries are placed at
// their centroid. Reprojected to WGS84 when the layer has a CRS.
// Throws geo::InputError naming the file when GDAL cannot open it.
std::vector<Incident> load_incidents(const std::string& path);

}  // namespace incimap::render
