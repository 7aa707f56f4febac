#pragma once
// Incidents from any OGR point dataset holding DESIGN.md's incident
// properties (incimap's GeoJSON export, a GeoPackage, a CSV with geometry),
// or any table of them with longitude and latitude columns (incimap's CSV,
// XLSX and ODS exports).

#include <cstddef>
#include <string>
#include <vector>

#include "render/model/incident.hpp"

namespace incimap::render {

// Features a map cannot draw, by reason; reported rather than lost in silence.
struct DroppedFeatures {
  std::size_t without_geometry = 0;   // none, or empty
  std::size_t without_centroid = 0;   // a geometry OGR finds no centroid of
  std::size_t not_reprojectable = 0;  // the layer's CRS does not reach WGS84 there
  std::size_t off_earth = 0;          // longitude outside ±180 or latitude outside ±90
  std::size_t total() const noexcept { return without_geometry + without_centroid + not_reprojectable + off_earth; }
};

// Every point feature of every layer; non-point geometries are placed at
// their centroid. Reprojected to WGS84 when the layer has a CRS. Features
// that cannot be placed are counted in `dropped`.
// Throws geo::InputError naming the file when GDAL cannot open it.
std::vector<Incident> load_incidents(const std::string& path, DroppedFeatures& dropped);
std::vector<Incident> load_incidents(const std::string& path);

// "3 features left out of the map: 2 without geometry, 1 with coordinates
// off Earth"; empty when nothing was dropped.
std::string describe(const DroppedFeatures& dropped);

}  // namespace incimap::render
