#pragma once
// The output options `extract` and `merge` share (-o, -f, --overwrite,
// --append, -nln), and what both say about a finished write.

#include <string>

#include "app/cli/args.hpp"
#include "geo/export/incident_writer.hpp"

namespace incimap::app {

// -o (default "-": stdout), -f, --overwrite, --append and -nln. Throws UsageError.
geo::ExportOptions parse_output_options(Args& args);

inline constexpr const char* kOutputOptionsHelp =
    "  -f, --format FORMAT     OGR driver short name (GeoJSON, GPKG, KML, CSV, FlatGeobuf,\n"
    "                          GeoJSONSeq, PostgreSQL, ...); guessed from OUT's extension when omitted\n"
    "  --overwrite             replace an existing OUT (otherwise it is an error)\n"
    "  --append                add to an existing database table (-o PG:...), upserting on\n"
    "                          incident_id: a stored incident gets the new sources, the higher\n"
    "                          counts; the same input twice leaves the table as it was\n"
    "  -nln NAME               the table or layer name (default: incidents)\n";

// GDAL's warnings while writing (a field name or a value cut to fit), each
// once, as "incimap COMMAND: PATH: warning: ...".
void show_writer_warnings(const char* command, const geo::IncidentWriter& writer, const std::string& path);

}  // namespace incimap::app
