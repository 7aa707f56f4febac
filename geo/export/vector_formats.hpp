#pragma once
// The OGR vector drivers this GDAL build can write, and which one an output
// path asks for.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace incimap::geo {

// Where a format's data goes: a file (or a folder of files) named by -o, or
// a database named by a connection string ("PG:dbname=events").
enum class FormatKind : std::uint8_t { file, database };

struct VectorFormat {
  std::string short_name;  // what -f takes: "GeoJSON", "GPKG", "FlatGeobuf"
  std::string long_name;   // "GeoPackage"
  std::string extensions;  // space-separated, without dots: "json geojson"
  FormatKind kind = FormatKind::file;
  std::string connection_prefix;  // a database's "PG:"; empty for a file
};

// Every registered driver that creates vector datasets, by short name.
std::vector<VectorFormat> list_vector_formats();

// The formats incimap writes the whole incident record to and reads back
// (tests/geo/export and the CLI tests write each one), among those this
// GDAL build has. `-f` takes any writable driver; these are the ones
// `--formats` lists. Files first, then databases, each by name.
std::vector<VectorFormat> supported_vector_formats();

// The database driver whose connection prefix starts `path` ("PG:..." →
// PostgreSQL). Nothing for a file path.
std::optional<VectorFormat> database_for_path(const std::string& path);

// The driver an output path's extension asks for: .geojson/.json →
// GeoJSON, .geojsonl/.geojsons → GeoJSONSeq, .gpkg → GPKG, .kml → KML,
// .csv → CSV, .fgb → FlatGeobuf, .shp → ESRI Shapefile, otherwise the one
// writable driver that claims the extension. "-" (stdout) is GeoJSONSeq; a
// connection string is its database's driver.
// Nothing when no driver or several claim it.
std::optional<std::string> driver_for_path(const std::string& path);

// Spreadsheet-like drivers (CSV, XLSX, ODS), which hold a point in
// longitude and latitude columns: the names kepler.gl, pandas users and
// spreadsheet maps look for (GDAL's CSV GEOMETRY=AS_XY can only call them
// X and Y, and XLSX and ODS keep no geometry at all).
bool stores_points_as_columns(const std::string& driver);

// The driver that writes `requested` (a short name, any case). "KML" is
// written by incimap's own KML writer (kml_stream.hpp) under that name;
// "LIBKML", asked for by name, by GDAL's (slow past a few hundred features).
// Nothing when no writable vector driver has that name.
std::optional<std::string> writer_driver(const std::string& requested);

}  // namespace incimap::geo
