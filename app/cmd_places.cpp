// `incimap places`: the geoparser as a streaming filter, one JSON line per article.

#include <cstdio>

#include "app/cli/args.hpp"
#include "app/cli/checked_stdout.hpp"
#include "app/cli/data_paths.hpp"
#include "app/cli/inputs.hpp"
#include "app/commands.hpp"
#include "geo/ingest/input_error.hpp"
#include "geo/resolve/geoparser.hpp"
#include "geo/resolve/place_mention_json.hpp"

namespace incimap::app {
namespace {

constexpr const char* kHelp =
    "Usage: incimap places [OPTIONS] [INPUT...]\n\n"
    "Finds and geocodes the places each article names. One JSON line per article on stdout:\n"
    "  {\"id\", \"places\": [{\"start\",\"end\",\"text\",\"kind\",\"name\",\"lat\",\"lon\",\"geonameid\",\n"
    "   \"feature_class\",\"feature_code\",\"country\",\"admin1\",\"geo_type\",\"confidence\"}]}\n"
    "start/end are UTF-8 byte offsets into the article text (for a .txt file, its bytes);\n"
    "kind is \"place\" or \"demonym\"; an unresolved mention has null coordinates.\n\n"
    "Options:\n"
    "  -g, --gazetteer INDEX   gazetteer index (default: $INCIMAP_GAZETTEER, else\n"
    "                          share/incimap/data/gazetteer.idx beside the binary)\n"
    "  --explain               add the candidates each mention had and the evidence that ranked them\n";

}  // namespace

int run_places(int argc, char** argv) {
  try {
    Args args(argc, argv, 2);
    if (args.flag({"-h", "--help"})) {
      std::printf("%s%s%s\nExit codes: 0 all inputs read, 1 some inputs failed, 2 usage error, 3 no gazetteer.\n",
                  kHelp, kJobsOptionHelp, kInputOptionsHelp);
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
        flush_stdout();  // a streaming filter: each article is out as soon as it is parsed
      };
    });
  } catch (const UsageError& e) {
    std::fprintf(stderr, "incimap places: %s (try 'incimap places --help')\n", e.what());
    return kExitUsage;
  } catch (const geo::InputError& e) {
    std::fprintf(stderr, "incimap places: %s\n", e.what());
    return kExitFatal;
  }
}

}  // namespace incimap::app
