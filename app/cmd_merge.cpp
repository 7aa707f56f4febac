// `incimap merge`: the reduce step. Incident files in, one merged incident file out.

#include <cstdio>
#include <string>

#include "app/cli/args.hpp"
#include "app/cli/command_line.hpp"
#include "app/cli/help_text.hpp"
#include "app/cli/progress_meter.hpp"
#include "app/cli/stdin_spool.hpp"
#include "app/commands.hpp"
#include "app/incident_shard.hpp"
#include "app/output_options.hpp"
#include "geo/export/export_error.hpp"
#include "geo/export/incident_writer.hpp"
#include "geo/incidents/incident_merger.hpp"
#include "geo/base/input_error.hpp"
#include "geo/ingest/ingest.hpp"

namespace incimap::app {
int run_merge(int argc, char** argv) {
  try {
    const CommandSpec& spec = command_spec("merge");
    const Args args(argc, argv, 2, spec);
    if (args.flag({"--help"})) {
      write_help(stdout, spec);
      return kExitOk;
    }
    geo::ExportOptions output = parse_output_options(args);
    const bool quiet = args.flag({"-q", "--quiet"});
    std::vector<std::string> shards = args.positionals();
    if (shards.empty()) throw UsageError("no incident files to merge");
    std::optional<StdinSpool> spool;  // `merge -`: a GeoJSON Sequence on stdin
    replace_stdin_input(shards, spool);
    // Open the output first: a refused output fails before any shard is read.
    geo::IncidentMerger merger;
    merger.add(take_appended_file(output));
    geo::IncidentWriter writer(output);
    std::size_t failed = 0;
    ProgressMeter meter("merge", 0, quiet ? ProgressShown::never : ProgressShown::if_terminal);
    if (meter.shown()) meter.set_total(geo::input_bytes(shards, {}));
    for (const std::string& shard : shards) {
      meter.note("reading " + shard);
      try {
        merger.add(read_incident_shard(shard));
      } catch (const geo::InputError& e) {
        ++failed;
        std::fprintf(stderr, "%sincimap: %s\n", meter.message_prefix(), e.what());
      }
      if (meter.shown()) meter.add(geo::input_bytes({shard}, {}));
    }
    meter.note("writing " + output.path);
    for (const auto& incident : merger.take()) writer.write(incident);
    writer.commit();
    meter.finish();
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
