#pragma once
// The OGR vector drivers this GDAL build can write, and which one an output
// path asks for.

#include <optional>
#include <string>
#include <vector>

namespace incimap::geo {

struct VectorFormat {
  std::string short_name;  // what -f takes: "GeoJSON", "GPKG", "FlatGeobuf"
  std::string long_name;   // "GeoPackage"
  std::string extensions;  // space-separated, without dots: "json geojson"
};

// Every registered driver that creates vector datasets, by short name.
std::vector<VectorFormat> list_vector_formats();

// The driver an output path's extension asks for: .geojson/.json →
// GeoJSON, .geojsonl/.geojsons → GeoJSONSeq, .gpkg → GPKG, .kml → KML,
// .csv → CSV, .fgb → FlatGeobuf, .shp → ESRI Shapefile, otherwise the one
// writable driver that claims the extension. "-" (stdout) is GeoJSONSeq.
// Nothing when no driver or several claim it.
std::optional<std::string> driver_for_path(const std::string& path);

// The driver that writes `requested` (a short name, any case). KML is
// written by LIBKML when this GDAL has it: only LIBKML writes <TimeStamp>.
// Nothing when no writable vector driver has that name.
std::optional<std::string> writer_driver(const std::string& requested);

}  // namespace incimap::geo
