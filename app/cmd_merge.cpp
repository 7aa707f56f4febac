// `incimap merge`: the reduce step. Incident files in, one merged incident file out.

#include <cstdio>
#include <string>

#include "app/cli/args.hpp"
#include "app/commands.hpp"
#include "app/incident_shard.hpp"
#include "app/output_options.hpp"
#include "geo/export/export_error.hpp"
#include "geo/export/incident_writer.hpp"
#include "geo/incidents/incident_merger.hpp"
#include "geo/base/input_error.hpp"

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
    "  -o, --output OUT        output file or connection string (default: GeoJSON Sequence on stdout)\n";

constexpr const char* kMoreHelp =
    "  -q, --quiet             no summary on stderr\n\n"
    "Exit codes: 0 every shard merged, 1 some shards could not be read (the rest were merged),\n"
    "            2 usage error, 3 fatal (output not writable).\n";

}  // namespace

int run_merge(int argc, char** argv) {
  try {
    Args args(argc, argv, 2);
    if (args.flag({"-h", "--help"})) {
      std::printf("%s%s%s", kHelp, kOutputOptionsHelp, kMoreHelp);
      return kExitOk;
    }
    const geo::ExportOptions output = parse_output_options(args);
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
    show_writer_warnings("merge", writer, output.path);
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
