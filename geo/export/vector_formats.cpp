#include "geo/export/vector_formats.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <sstream>
#include <string_view>

#include "geo/gdal/gdal_handles.hpp"

namespace incimap::geo {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool has_capability(GDALDriverH driver, const char* capability) {
  const char* value = GDALGetMetadataItem(driver, capability, nullptr);
  return value != nullptr && lower(value) == "yes";
}

bool writes_vector(GDALDriverH driver) {
  return has_capability(driver, GDAL_DCAP_VECTOR) && has_capability(driver, GDAL_DCAP_CREATE);
}

std::string metadata(GDALDriverH driver, const char* key) {
  const char* value = GDALGetMetadataItem(driver, key, nullptr);
  return value != nullptr ? value : "";
}

// Extensions several drivers claim, settled for what a GIS user means.
struct PreferredDriver {
  std::string_view extension;
  std::string_view driver;
};
constexpr auto kPreferred = std::to_array<PreferredDriver>({
    {"geojson", "GeoJSON"},
    {"json", "GeoJSON"},
    {"geojsonl", "GeoJSONSeq"},
    {"geojsons", "GeoJSONSeq"},
    {"geojsonseq", "GeoJSONSeq"},
    {"gpkg", "GPKG"},
    {"kml", "KML"},
    {"kmz", "LIBKML"},
    {"csv", "CSV"},
    {"fgb", "FlatGeobuf"},
    {"shp", "ESRI Shapefile"},
    {"gml", "GML"},
    {"sqlite", "SQLite"},
    {"gpx", "GPX"},
});

// The drivers the export tests write every field of the record to and
// read back. The rest of GDAL's writable drivers are raster containers,
// CAD and survey formats or web services that cannot hold it (DXF keeps
// no attributes, GPX only its own fields, MVT needs tiling).
constexpr auto kSupported = std::to_array<std::string_view>({
    "CSV", "ESRI Shapefile", "FlatGeobuf", "GeoJSON", "GeoJSONSeq", "GML", "GPKG", "KML", "MapInfo File", "ODS",
    "OpenFileGDB", "SQLite", "XLSX", "PostgreSQL",
});

VectorFormat format_of(GDALDriverH driver) {
  VectorFormat format{GDALGetDriverShortName(driver), GDALGetDriverLongName(driver),
                      metadata(driver, GDAL_DMD_EXTENSIONS), FormatKind::file, metadata(driver, GDAL_DMD_CONNECTION_PREFIX)};
  // GDAL 3.6's PostgreSQL driver does not declare its prefix (MySQL's does).
  if (format.connection_prefix.empty() && format.short_name == "PostgreSQL") format.connection_prefix = "PG:";
  if (!format.connection_prefix.empty()) format.kind = FormatKind::database;
  return format;
}

}  // namespace

std::vector<VectorFormat> list_vector_formats() {
  gdal::ensure_registered();
  std::vector<VectorFormat> formats;
  const int count = GDALGetDriverCount();
  for (int i = 0; i < count; ++i) {
    GDALDriverH driver = GDALGetDriver(i);
    if (!writes_vector(driver)) continue;
    formats.push_back(format_of(driver));
  }
  std::sort(formats.begin(), formats.end(),
            [](const VectorFormat& a, const VectorFormat& b) { return lower(a.short_name) < lower(b.short_name); });
  return formats;
}

std::vector<VectorFormat> supported_vector_formats() {
  std::vector<VectorFormat> formats;
  for (VectorFormat& format : list_vector_formats()) {
    if (std::find(kSupported.begin(), kSupported.end(), format.short_name) != kSupported.end()) {
      formats.push_back(std::move(format));
    }
  }
  std::stable_partition(formats.begin(), formats.end(),
                        [](const VectorFormat& f) { return f.kind == FormatKind::file; });
  return formats;
}

std::optional<VectorFormat> database_for_path(const std::string& path) {
  for (VectorFormat& format : list_vector_formats()) {
    if (format.kind != FormatKind::database) continue;
    if (lower(path).starts_with(lower(format.connection_prefix))) return std::move(format);
  }
  return std::nullopt;
}

bool stores_points_as_columns(const std::string& driver) {
  return driver == "CSV" || driver == "XLSX" || driver == "ODS";
}

std::optional<std::string> writer_driver(const std::string& requested) {
  gdal::ensure_registered();
  const std::string wanted = lower(requested);
  const int count = GDALGetDriverCount();
  for (int i = 0; i < count; ++i) {
    GDALDriverH driver = GDALGetDriver(i);
    if (lower(GDALGetDriverShortName(driver)) == wanted && writes_vector(driver)) {
      return std::string(GDALGetDriverShortName(driver));
    }
  }
  return std::nullopt;
}

std::optional<std::string> driver_for_path(const std::string& path) {
  if (path == "-" || path == "/vsistdout/") return std::string("GeoJSONSeq");
  if (auto database = database_for_path(path)) return database->short_name;
  std::string extension = lower(std::filesystem::path(path).extension().string());
  if (extension.empty()) return std::nullopt;
  extension.erase(0, 1);
  for (const PreferredDriver& preferred : kPreferred) {
    if (preferred.extension == extension) return writer_driver(std::string(preferred.driver));
  }
  std::optional<std::string> found;
  for (const VectorFormat& format : list_vector_formats()) {
    std::istringstream words(format.extensions);
    std::string claimed;
    while (words >> claimed) {
      if (lower(claimed) != extension) continue;
      if (found) return std::nullopt;  // ambiguous: let the user say -f
      found = format.short_name;
    }
  }
  return found;
}

}  // namespace incimap::geo
