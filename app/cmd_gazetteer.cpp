// `incimap gazetteer build|lookup`: make the binary index, and query it.

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <filesystem>
#include <iostream>

#include "app/cli/args.hpp"
#include "app/cli/command_line.hpp"
#include "app/cli/data_paths.hpp"
#include "app/cli/help_text.hpp"
#include "app/cli/progress_meter.hpp"
#include "app/commands.hpp"
#include "geo/gazetteer/fold.hpp"
#include "geo/gazetteer/gazetteer_build.hpp"
#include "geo/gazetteer/index.hpp"
#include "geo/base/input_error.hpp"
#include "geo/ingest/ingest.hpp"
#include "geo/text/json_writer.hpp"

namespace incimap::app {
namespace {

// Both subcommands' help: `incimap gazetteer --help`, and on stderr for a bare `incimap gazetteer`.
void write_gazetteer_help(std::FILE* out) {
  write_help(out, command_spec("gazetteer build"));
  std::fputs("\n", out);
  write_help(out, command_spec("gazetteer lookup"));
}

// Every file `sources` names, for the progress meter's total.
std::vector<std::string> source_files(const geo::GazetteerSources& sources) {
  std::vector<std::string> files = sources.geonames_tables;
  for (const auto* list : {&sources.project_tables, &sources.dictionaries, &sources.given_names})
    files.insert(files.end(), list->begin(), list->end());
  for (const auto* file : {&sources.alternate_names, &sources.countries_json, &sources.admin1_json,
                           &sources.admin2_json, &sources.extra_names_tsv, &sources.country_positions_tsv}) {
    if (!file->empty()) files.push_back(*file);
  }
  return files;
}

int build(const Args& args) {
  const std::string data = args.value({"--data"}).value_or(default_data_dir());
  const bool no_defaults = args.flag({"--no-defaults"});
  geo::GazetteerSources sources =
      no_defaults ? geo::GazetteerSources{} : geo::default_sources(data, assets_dir() + "/gazetteer");
  const std::vector<std::string> tables = args.values({"--geonames"});
  if (!tables.empty()) sources.geonames_tables = tables;
  if (auto alt = args.value({"--alternate-names"})) sources.alternate_names = *alt;
  const std::vector<std::string> landmarks = args.values({"--landmarks"});
  if (!landmarks.empty()) sources.project_tables = landmarks;
  const std::vector<std::string> dictionaries = args.values({"--dictionary"});
  if (!dictionaries.empty()) sources.dictionaries = dictionaries;
  const std::vector<std::string> given_names = args.values({"--given-names"});
  if (!given_names.empty()) sources.given_names = given_names;
  const auto output = args.value({"-o", "--output"});
  const bool overwrite = args.flag({"--overwrite"});
  const bool quiet = args.flag({"-q", "--quiet"});
  if (!args.positionals().empty()) throw UsageError("gazetteer build takes no positional arguments");
  if (!output) throw UsageError("gazetteer build needs -o INDEX");
  if (sources.geonames_tables.empty() && sources.project_tables.empty())
    throw UsageError("no GeoNames table to build from (--geonames FILE)");
  if (std::filesystem::exists(*output) && !overwrite) {
    std::fprintf(stderr, "incimap gazetteer: %s exists (use --overwrite to replace it)\n", output->c_str());
    return kExitFatal;
  }
  const auto started = std::chrono::steady_clock::now();
  ProgressMeter meter("gazetteer build", 0, quiet ? ProgressShown::never : ProgressShown::if_terminal);
  if (meter.shown()) meter.set_total(geo::input_bytes(source_files(sources), {}));
  std::string reading;  // the source being read: done when the next step starts
  const auto report = geo::build_gazetteer(sources, *output, [&](const std::string& m) {
    if (quiet) return;
    if (!meter.shown()) {
      std::fprintf(stderr, "gazetteer: %s\n", m.c_str());  // a log of the sources read
      return;
    }
    if (!reading.empty()) meter.add(geo::input_bytes({reading}, {}));
    reading = m.starts_with("reading ") ? m.substr(8) : "";
    meter.note(m);
  });
  meter.finish();
  for (const auto& w : report.warnings) std::fprintf(stderr, "incimap gazetteer: warning: %s\n", w.c_str());
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!quiet)
    std::fprintf(stderr, "gazetteer: wrote %s: %zu places, %zu names in %.1f s\n", output->c_str(), report.places,
                 report.names, seconds);
  return kExitOk;
}

// Names and codes come from data files and the command line: every text
// value goes through the JSON string writer, so a quote or a control
// character in a name cannot break the line.
void append_member(std::string& line, std::string_view key, std::string_view text) {
  line += line.size() > 1 ? ",\"" : "\"";
  line += key;
  line += "\":";
  geo::append_json_string(line, text);
}

void append_member(std::string& line, std::string_view key, std::int64_t number) {
  line += ",\"";
  line += key;
  line += "\":";
  geo::append_json_integer(line, number);
}

void append_member(std::string& line, std::string_view key, double degrees) {
  constexpr int kDecimals = 5;  // ~1 m, as the index stores them
  line += ",\"";
  line += key;
  line += "\":";
  geo::append_json_number(line, degrees, kDecimals);
}

int lookup(const Args& args) {
  const std::string path = args.value({"--gazetteer", "-g"}).value_or(default_gazetteer_path());
  const auto& names = args.positionals();
  if (names.empty()) throw UsageError("gazetteer lookup needs a NAME");
  const auto index = geo::GazetteerIndex::open(path);
  bool all_found = true;
  std::string line;
  for (const auto& name : names) {
    const auto entries = index.lookup_folded(geo::fold_name(name));
    if (entries.empty()) {
      all_found = false;
      line = "{";
      append_member(line, "query", name);
      line += ",\"found\":false}\n";
      std::fputs(line.c_str(), stdout);
    }
    for (const auto& entry : entries) {
      const auto p = index.place(entry.place);
      line = "{";
      append_member(line, "query", name);
      append_member(line, "name", p.name);
      append_member(line, "kind", std::int64_t{entry.kind});
      append_member(line, "geonameid", std::int64_t{p.geonameid});
      append_member(line, "lat", p.position.lat());
      append_member(line, "lon", p.position.lon());
      append_member(line, "feature", std::string(1, p.feature_class) + "." + p.feature_code);
      append_member(line, "country", p.country);
      append_member(line, "admin1", p.admin1);
      append_member(line, "population", static_cast<std::int64_t>(p.population));
      line += "}\n";
      std::fputs(line.c_str(), stdout);
    }
  }
  return all_found ? kExitOk : kExitSomeInputsFailed;
}

}  // namespace

int run_gazetteer(int argc, char** argv) {
  try {
    const std::string sub = argc > 2 ? argv[2] : "";
    if (sub.empty()) {
      // A usage error: the help goes to stderr, so stdout stays clean for a pipe.
      write_gazetteer_help(stderr);
      return kExitUsage;
    }
    if (sub == "-h" || sub == "--help") {
      write_gazetteer_help(stdout);
      return kExitOk;
    }
    if (sub != "build" && sub != "lookup") {
      const std::string nearest = nearest_word(sub, {"build", "lookup"});
      throw UsageError("unknown gazetteer subcommand '" + sub + "'" +
                       (nearest.empty() ? std::string(" (build or lookup)") : "; did you mean " + nearest + "?"));
    }
    const CommandSpec& spec = command_spec("gazetteer " + sub);
    const Args args(argc, argv, 3, spec);
    if (args.flag({"--help"})) {
      write_help(stdout, spec);
      return kExitOk;
    }
    return sub == "build" ? build(args) : lookup(args);
  } catch (const UsageError& e) {
    std::fprintf(stderr, "incimap gazetteer: %s (try 'incimap gazetteer --help')\n", e.what());
    return kExitUsage;
  } catch (const geo::InputError& e) {
    std::fprintf(stderr, "incimap gazetteer: %s\n", e.what());
    return kExitFatal;
  }
}

}  // namespace incimap::app
