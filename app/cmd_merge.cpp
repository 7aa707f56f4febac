// `incimap merge`: the reduce step. Incident files in, one merged incident file out.

#include <cstdio>
#include <string>

#include "app/cli/args.hpp"
#include "app/commands.hpp"
#include "app/incident_shard.hpp"
#include "geo/export/export_error.hpp"
#include "geo/export/incident_writer.hpp"
#include "geo/incidents/incident_merger.hpp"
#include "geo/ingest/input_error.hpp"

namespace incimap::app {
namespace {

constexpr const char* kHelp =
    "Usage: incimap merge SHARD... -o OUT [-f FORMAT]\n\n"
    "Merges incident files (GeoJSON Sequence shards, GeoJSON, GPKG, any OGR vector file that\n"
    "`incimap extract` or `merge` wrote) with the merger `extract` uses: the same incident\n"
    "from several shards becomes one record listing every source, and a report already held\n"
    "(overlapping shards, a merged file merged again) adds nothing. `extract` per shard, then\n"
    "`merge`, gives the incidents of one `extract` over every article, in any shard order.\n\n"
    "Options:\n"
    "  -o, --output OUT        output file or connection string (default: GeoJSON Sequence on stdout)\n"
    "  -f, --format FORMAT     OGR driver short name; guessed from OUT's extension when omitted\n"
    "  --overwrite             replace an existing OUT (otherwise it is an error)\n"
    "  --append                upsert into an existing database table (-o PG:..., see extract)\n"
    "  -nln NAME               the table or layer name (default: incidents)\n"
    "  -q, --quiet             no summary on stderr\n\n"
    "Exit codes: 0 every shard merged, 1 some shards could not be read (the rest were merged),\n"
    "            2 usage error, 3 fatal (output not writable).\n";

}  // namespace

int run_merge(int argc, char** argv) {
  try {
    Args args(argc, argv, 2);
    if (args.flag({"-h", "--help"})) {
      std::printf("%s", kHelp);
      return kExitOk;
    }
    geo::ExportOptions output;
    output.path = args.value({"-o", "--output"}).value_or("-");
    output.format = args.value({"-f", "--format"}).value_or("");
    output.overwrite = args.flag({"--overwrite"}) ? geo::Overwrite::replace : geo::Overwrite::refuse;
    if (args.flag({"--append"})) output.append = geo::Append::upsert;
    if (const auto layer = args.value({"-nln"})) output.layer_name = *layer;
    const bool quiet = args.flag({"-q", "--quiet"});
    const std::vector<std::string> shards = args.positionals();
    if (shards.empty()) throw UsageError("no incident files to merge");
    // Open the output first: a refused output fails before any shard is read.
    geo::IncidentWriter writer(output);
    geo::IncidentMerger merger;
    std::size_t failed = 0;
    for (const std::string& shard : shards) {
      try {
        merger.add(read_incident_shard(shard));
      } catch (const geo::InputError& e) {
        ++failed;
        std::fprintf(stderr, "incimap: %s\n", e.what());
      }
    }
    for (const auto& incident : merger.take()) writer.write(incident);
    writer.commit();
    for (const std::string& warning : writer.warnings())
      std::fprintf(stderr, "incimap merge: %s: warning: %s\n", output.path.c_str(), warning.c_str());
    if (!quiet)
      std::fprintf(stderr, "merge: %zu shards, wrote %zu incidents to %s (%s)\n", shards.size() - failed,
                   writer.written(), output.path.c_str(), writer.driver().c_str());
    return failed == 0 ? kExitOk : kExitSomeInputsFailed;
  } catch (const UsageError& e) {
    std::fprintf(stderr, "incimap merge: %s (try 'incimap merge --help')\n", e.what());
    return kExitUsage;
  } catch (const geo::ExportError& e) {
    std::fprintf(stderr, "incimap merge: %s\n", e.what());
    return kExitFatal;
  }
}

}  // namespace incimap::app
