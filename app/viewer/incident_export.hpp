#pragma once
// The incidents the viewer shows, written by the export's own writer
// (geo/export/incident_writer.hpp: every record field, in any vector format
// from the file's extension). Beside the record each feature says how it was
// placed: geocode_status "geocoded", or "corrected" with the geocoder's
// original_lon, original_lat and original_location, so a correction is never silent.

#include <span>
#include <string>

#include "app/viewer/corrections.hpp"
#include "geo/export/staged_output.hpp"
#include "render/model/incident.hpp"

namespace incimap::app {

struct ExportRecord {
  const render::Incident* incident = nullptr;
  const Correction* correction = nullptr;  // null when the geocoder's place stands
};

// Writes every record, staged and renamed into place when complete. Throws
// geo::ExportError naming the path and the driver.
void export_incidents(const std::string& path, std::span<const ExportRecord> records, geo::Overwrite overwrite);

}  // namespace incimap::app
