#include "app/output_options.hpp"

#include <cstdio>
#include <filesystem>

#include "app/incident_shard.hpp"
#include "geo/export/export_error.hpp"
#include "geo/gdal/gdal_handles.hpp"
#include "geo/export/vector_formats.hpp"
#include "geo/base/input_error.hpp"

namespace incimap::app {
namespace {

// -lco and -dsco take NAME=VALUE, as ogr2ogr's do.
std::vector<std::string> creation_options(const Args& args, const char* option) {
  std::vector<std::string> items = args.values({option});
  for (const std::string& item : items) {
    const std::size_t equals = item.find('=');
    if (equals == 0 || equals == std::string::npos)
      throw UsageError(std::string(option) + " expects NAME=VALUE, not \"" + item + "\"");
  }
  return items;
}

geo::RecordSchema schema_named(const std::string& name) {
  if (name == "incimap") return geo::RecordSchema::incimap;
  if (name == "acled") return geo::RecordSchema::acled;
  throw UsageError("--schema expects incimap or acled, not \"" + name + "\"");
}

// The names of OUT's layers.
std::vector<std::string> layer_names(const std::string& path) {
  geo::gdal::ensure_registered();
  const geo::gdal::QuietErrors quiet;
  geo::gdal::DatasetPtr dataset(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
  if (!dataset) return {};
  std::vector<std::string> names;
  for (int i = 0; i < GDALDatasetGetLayerCount(dataset.get()); ++i)
    names.emplace_back(OGR_L_GetName(GDALDatasetGetLayer(dataset.get(), i)));
  return names;
}

}  // namespace

geo::ExportOptions parse_output_options(const Args& args) {
  geo::ExportOptions output;
  output.path = args.value({"-o", "--output"}).value_or("-");
  output.format = args.value({"-f", "--format"}).value_or("");
  output.overwrite = args.flag({"--overwrite"}) ? geo::Overwrite::replace : geo::Overwrite::refuse;
  if (args.flag({"--append"})) output.append = geo::Append::upsert;
  if (const auto layer = args.value({"-nln"})) output.layer_name = *layer;
  output.layer_creation_options = creation_options(args, "-lco");
  output.dataset_creation_options = creation_options(args, "-dsco");
  if (const auto schema = args.value({"--schema"})) output.schema = schema_named(*schema);
  // A file is either folded into or replaced; a database table takes both
  // (--append wins, as it always did there).
  if (output.append == geo::Append::upsert && output.overwrite == geo::Overwrite::replace &&
      !geo::database_for_path(output.path))
    throw UsageError("--append and --overwrite on a file: choose one");
  return output;
}

std::vector<geo::Incident> take_appended_file(geo::ExportOptions& output) {
  if (output.append != geo::Append::upsert || output.path == "-" || geo::database_for_path(output.path)) return {};
  const std::string driver = output.format.empty() ? geo::driver_for_path(output.path).value_or("")
                                                   : geo::writer_driver(output.format).value_or(output.format);
  if (driver != "GPKG" && driver != "GeoJSON" && driver != "GeoJSONSeq") {
    throw geo::ExportError(output.path, driver,
                           "--append needs a database (-o PG:...) or a file incimap reads back whole: GPKG, GeoJSON "
                           "or GeoJSONSeq");
  }
  if (output.schema != geo::RecordSchema::incimap)
    throw geo::ExportError(output.path, driver, "--append reads OUT back, which needs incimap's schema, not --schema acled");
  output.append = geo::Append::no;
  output.overwrite = geo::Overwrite::replace;
  if (!std::filesystem::exists(output.path)) return {};
  const std::vector<std::string> layers = layer_names(output.path);
  // GeoJSON's one layer takes the file's name; a GeoPackage's must be -nln's alone, or others would be lost.
  if (driver == "GPKG" && (layers.size() != 1 || layers.front() != output.layer_name)) {
    std::string held;
    for (const std::string& name : layers) held += (held.empty() ? "" : ", ") + name;
    throw geo::ExportError(output.path, driver,
                           "--append folds incidents into a GeoPackage whose one layer is '" + output.layer_name +
                               "' (-nln); this one holds: " + (held.empty() ? "no layer" : held));
  }
  try {
    return read_incident_shard(output.path);
  } catch (const geo::InputError& e) {
    throw geo::ExportError(output.path, driver, std::string("--append cannot read it back: ") + e.what());
  }
}

void show_writer_warnings(const char* command, const geo::IncidentWriter& writer, const std::string& path) {
  for (const std::string& warning : writer.warnings())
    std::fprintf(stderr, "incimap %s: %s: warning: %s\n", command, path.c_str(), warning.c_str());
}

}  // namespace incimap::app
