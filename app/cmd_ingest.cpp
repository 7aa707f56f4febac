// `incimap ingest`: articles in, one JSON line per article out.

#include <cstdio>
#include <string>

#include "app/cli/args.hpp"
#include "app/cli/checked_stdout.hpp"
#include "app/cli/command_line.hpp"
#include "app/cli/help_text.hpp"
#include "app/cli/inputs.hpp"
#include "app/commands.hpp"
#include "geo/ingest/article_json.hpp"

namespace incimap::app {
int run_ingest(int argc, char** argv) {
  try {
    const CommandSpec& spec = command_spec("ingest");
    const Args args(argc, argv, 2, spec);
    if (args.flag({"--help"})) {
      write_help(stdout, spec);
      return kExitOk;
    }
    const InputSelection selection = parse_input_selection(args);
    return for_each_article(selection, [](geo::Article&& article) {
      std::string line = geo::article_to_json(article).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      line.push_back('\n');
      write_stdout(line);
      flush_stdout();  // a streaming filter: each article is out before the next line is read
    });
  } catch (const UsageError& e) {
    std::fprintf(stderr, "incimap ingest: %s (try 'incimap ingest --help')\n", e.what());
    return kExitUsage;
  }
}

}  // namespace incimap::app
