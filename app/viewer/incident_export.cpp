#include "app/viewer/incident_export.hpp"

#include <array>

#include "geo/export/export_error.hpp"
#include "geo/export/incident_writer.hpp"
#include "geo/export/vector_formats.hpp"

namespace incimap::app {
namespace {

// The viewer's columns after the record's: how each incident was placed.
std::vector<geo::ExtraField> placement_fields() {
  return {{"geocode_status", geo::FieldType::string},
          {"original_lon", geo::FieldType::real},
          {"original_lat", geo::FieldType::real},
          {"original_location", geo::FieldType::string}};
}

std::array<geo::PropertyValue, 4> placement_values(const Correction* correction) {
  if (correction == nullptr) return {std::string_view("geocoded"), {}, {}, {}};
  const std::string_view was = correction->original_location;
  return {std::string_view("corrected"), correction->original.lon(), correction->original.lat(),
          was.empty() ? geo::PropertyValue{} : geo::PropertyValue{was}};
}

}  // namespace

void export_incidents(const std::string& path, std::span<const ExportRecord> records, geo::Overwrite overwrite) {
  if (!geo::driver_for_path(path)) {
    throw geo::ExportError(path, "", "cannot tell the format from the extension (try .geojson or .gpkg)");
  }
  geo::ExportOptions options;
  options.path = path;
  options.overwrite = overwrite;
  options.extra_fields = placement_fields();
  geo::IncidentWriter writer(options);
  for (const ExportRecord& record : records) {
    writer.write(*record.incident, placement_values(record.correction));
  }
  writer.commit();
}

}  // namespace incimap::app
