// `incimap places`: the geoparser as a streaming filter, one JSON line per article.

#include <cstdio>

#include "app/cli/args.hpp"
#include "app/cli/checked_stdout.hpp"
#include "app/cli/command_line.hpp"
#include "app/cli/data_paths.hpp"
#include "app/cli/help_text.hpp"
#include "app/cli/inputs.hpp"
#include "app/commands.hpp"
#include "geo/base/input_error.hpp"
#include "geo/resolve/geoparser.hpp"
#include "geo/resolve/place_mention_json.hpp"

namespace incimap::app {
int run_places(int argc, char** argv) {
  try {
    const CommandSpec& spec = command_spec("places");
    const Args args(argc, argv, 2, spec);
    if (args.flag({"--help"})) {
      write_help(stdout, spec);
      return kExitOk;
    }
    const std::string index_path = args.value({"-g", "--gazetteer"}).value_or(default_gazetteer_path());
    const auto explain = args.flag({"--explain"}) ? geo::Explain::yes : geo::Explain::no;
    const unsigned jobs = parse_jobs(args);
    const InputSelection selection = parse_input_selection(args);
    const geo::Geoparser geoparser = geo::Geoparser::open(index_path);
    return for_each_article(selection, jobs, [&](geo::Article&& article) -> OrderedWorkers::Delivery {
      auto line = geo::places_line_pieces(article.id, geoparser.parse(article.text, explain));
      return [line = std::move(line)] {
        for (const std::string& piece : line) write_stdout(piece);
      };
    }, [] { flush_stdout(); });  // a streaming filter: each batch is out as soon as it is parsed
  } catch (const UsageError& e) {
    std::fprintf(stderr, "incimap places: %s (try 'incimap places --help')\n", e.what());
    return kExitUsage;
  } catch (const geo::InputError& e) {
    std::fprintf(stderr, "incimap places: %s\n", e.what());
    return kExitFatal;
  }
}

}  // namespace incimap::app
