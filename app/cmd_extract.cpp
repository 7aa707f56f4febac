// `incimap extract`: articles in, incident records out through GDAL/OGR.

#include <cstdio>
#include <string>

#include "app/cli/args.hpp"
#include "app/cli/command_line.hpp"
#include "app/cli/data_paths.hpp"
#include "app/cli/help_text.hpp"
#include "app/cli/inputs.hpp"
#include "app/commands.hpp"
#include "app/output_options.hpp"
#include "app/write_rendered.hpp"
#include "geo/export/export_error.hpp"
#include "geo/export/incident_writer.hpp"
#include "geo/export/vector_formats.hpp"
#include "geo/incidents/incident_builder.hpp"
#include "geo/incidents/incident_merger.hpp"
#include "geo/base/input_error.hpp"
#include "geo/resolve/geoparser.hpp"

namespace incimap::app {
namespace {

// One format a line: -f NAME, file or database, what it is, and the
// extensions -o guesses it from (a database: its connection prefix).
int list_formats() {
  for (const auto& f : geo::supported_vector_formats()) {
    const bool database = f.kind == geo::FormatKind::database;
    std::printf("%-16s %-9s %-36s %s\n", f.short_name.c_str(), database ? "database" : "file", f.long_name.c_str(),
                database ? (f.connection_prefix + "...").c_str() : f.extensions.c_str());
  }
  return kExitOk;
}

void warn_about_skipped(std::size_t skipped, const std::string& driver) {
  if (skipped > 0)
    std::fprintf(stderr, "incimap extract: warning: %zu incidents without a location were left out (%s cannot store "
                 "a feature without geometry)\n", skipped, driver.c_str());
}

}  // namespace

int run_extract(int argc, char** argv) {
  try {
    const CommandSpec& spec = command_spec("extract");
    const Args args(argc, argv, 2, spec);
    if (args.flag({"--help"})) {
      write_help(stdout, spec);
      return kExitOk;
    }
    if (args.flag({"--formats"})) return list_formats();
    const std::string index_path = args.value({"-g", "--gazetteer"}).value_or(default_gazetteer_path());
    geo::ExportOptions output = parse_output_options(args);
    if (args.flag({"--gdal-geojson"})) output.geojson_writer = geo::GeoJsonWriter::gdal;
    const unsigned jobs = parse_jobs(args);
    const InputSelection selection = parse_input_selection(args);
    const geo::Geoparser geoparser = geo::Geoparser::open(index_path);
    const bool streaming = output.path == "-" || output.path == "/vsistdout/";
    if (streaming) {
      // A filter: each article's incidents go out as soon as it is read.
      geo::IncidentWriter writer(output);
      const int status = for_each_article(selection, jobs, [&](geo::Article&& article) -> OrderedWorkers::Delivery {
        auto incidents = geo::extract_incidents(article, geoparser);
        geo::make_ids_unique(incidents);  // as the merger does: a stream merged later gets the same ids
        // The features' text is made here, on the worker; the delivery only copies it out.
        if (writer.renders_features()) return [&writer, text = writer.render(incidents)] { writer.write(text); };
        return [&, incidents = std::move(incidents)] {
          for (const auto& incident : incidents) writer.write(incident);
        };
      }, [&writer] { writer.flush(); });
      writer.commit();
      show_writer_warnings("extract", writer, output.path);
      return status;
    }
    // Open the output first: a refused output fails before any work is done.
    geo::IncidentMerger merger;
    merger.add(take_appended_file(output));
    geo::IncidentWriter writer(output);
    const int status = for_each_article(selection, jobs, [&](geo::Article&& article) -> OrderedWorkers::Delivery {
      return [&, incidents = geo::extract_incidents(article, geoparser)]() mutable {
        merger.add(std::move(incidents));
      };
    });
    write_rendered(writer, merger.take(), jobs);
    writer.commit();
    show_writer_warnings("extract", writer, output.path);
    warn_about_skipped(writer.skipped_without_location(), writer.driver());
    if (!selection.quiet)
      std::fprintf(stderr, "extract: wrote %zu incidents to %s (%s)\n", writer.written(), output.path.c_str(),
                   writer.driver().c_str());
    return status;
  } catch (const UsageError& e) {
    std::fprintf(stderr, "incimap extract: %s (try 'incimap extract --help')\n", e.what());
    return kExitUsage;
  } catch (const geo::InputError& e) {
    std::fprintf(stderr, "incimap extract: %s\n", e.what());
    return kExitFatal;
  } catch (const geo::ExportError& e) {
    std::fprintf(stderr, "incimap extract: %s\n", e.what());
    return kExitFatal;
  }
}

}  // namespace incimap::app
