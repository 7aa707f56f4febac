#pragma once
// The output options `extract` and `merge` share (-o, -f, --overwrite,
// --append, -nln, -lco, -dsco, --schema), and what both say about a finished write.

#include <string>
#include <vector>

#include "app/cli/args.hpp"
#include "geo/export/incident_writer.hpp"
#include "geo/incidents/incident.hpp"

namespace incimap::app {

// -o (default "-": stdout), -f, --overwrite, --append, -nln, -lco, -dsco
// and --schema. Throws UsageError.
geo::ExportOptions parse_output_options(const Args& args);

// --append to a file (a database upserts by itself): the incidents OUT
// holds, read back, for the caller to merge the new ones into (as
// `incimap merge OUT NEW...` would: a stored incident gets the new sources,
// the same input twice leaves OUT as it was); `output` is turned into a
// replacement of OUT, staged and renamed, so a failed run leaves OUT whole.
// Nothing when OUT does not exist yet. Throws geo::ExportError for a format
// that cannot be read back whole (only GPKG, GeoJSON and GeoJSONSeq can),
// an OUT with other layers than -nln's, or --schema acled.
std::vector<geo::Incident> take_appended_file(geo::ExportOptions& output);

// GDAL's warnings while writing (a field name or a value cut to fit), each
// once, as "incimap COMMAND: PATH: warning: ...".
void show_writer_warnings(const char* command, const geo::IncidentWriter& writer, const std::string& path);

}  // namespace incimap::app
