// incimap: news articles to a map of incidents. Dispatches to a subcommand.

#include <cstdio>
#include <cstring>
#include <exception>
#include <string_view>

#include "app/cli/checked_stdout.hpp"
#include "app/cli/interrupt_cleanup.hpp"
#include "app/commands.hpp"
#include "app/version.hpp"

namespace {

struct Command {
  const char* name;
  int (*run)(int argc, char** argv);
  const char* summary;
};

constexpr Command kCommands[] = {
    {"ingest", incimap::app::run_ingest, "read articles (txt, html, json, jsonl, rss/atom) and print them as JSON lines"},
    {"places", incimap::app::run_places, "find and geocode the places each article names (JSON lines)"},
    {"extract", incimap::app::run_extract, "turn articles into incident records, written as GeoJSON or any OGR format"},
    {"merge", incimap::app::run_merge, "merge incident files (shards of extract) into one, as one extract would"},
    {"render", incimap::app::run_render, "draw the incidents on a map into a PNG, offscreen (no display needed)"},
    {"view", incimap::app::run_view, "open the map viewer on incident files or articles"},
    {"gazetteer", incimap::app::run_gazetteer, "build the gazetteer index, or look names up in it"},
};

void print_help(std::FILE* out) {
  std::fprintf(out,
               "incimap %s - turn news articles into a map of incidents\n\n"
               "Usage: incimap COMMAND [OPTIONS] [INPUT...]\n\nCommands:\n",
               incimap::app::kVersion);
  for (const auto& c : kCommands) std::fprintf(out, "  %-10s %s\n", c.name, c.summary);
  std::fprintf(out,
               "\nRun 'incimap COMMAND --help' for a command's options.\n"
               "Exit codes: 0 success, 1 some inputs failed (the rest were processed),\n"
               "            2 usage error, 3 fatal error (nothing useful was produced).\n"
               "Data: GeoNames (CC BY 4.0), Natural Earth (public domain).\n");
}

// The last boundary: an exception no command handled ends the process
// with exit 3 and a message, never std::terminate (which loses buffered
// output and leaves staging directories). Output that could not be written
// is an error too, whatever the command returned.
int run_guarded(const Command& command, int argc, char** argv) {
  try {
    const int status = command.run(argc, argv);
    incimap::app::flush_stdout();
    return status;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "incimap %s: fatal: %s\n", command.name, e.what());
  } catch (...) {
    std::fprintf(stderr, "incimap %s: fatal: unknown error\n", command.name);
  }
  return incimap::app::kExitFatal;
}

}  // namespace

int main(int argc, char** argv) {
  incimap::app::install_interrupt_cleanup();
  if (argc < 2) {
    print_help(stderr);
    return incimap::app::kExitUsage;
  }
  const std::string_view first = argv[1];
  if (first == "--help" || first == "-h" || first == "help") {
    print_help(stdout);
    return incimap::app::kExitOk;
  }
  if (first == "--version") {
    std::printf("incimap %s\n", incimap::app::kVersion);
    return incimap::app::kExitOk;
  }
  for (const auto& c : kCommands) {
    if (first == c.name) return run_guarded(c, argc, argv);
  }
  std::fprintf(stderr, "incimap: unknown command '%s' (try 'incimap --help')\n", argv[1]);
  return incimap::app::kExitUsage;
}
