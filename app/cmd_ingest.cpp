// `incimap ingest`: articles in, one JSON line per article out.

#include <cstdio>
#include <string>

#include "app/cli/args.hpp"
#include "app/cli/checked_stdout.hpp"
#include "app/cli/inputs.hpp"
#include "app/commands.hpp"
#include "geo/ingest/article_json.hpp"

namespace incimap::app {
namespace {

constexpr const char* kHelp =
    "Usage: incimap ingest [OPTIONS] [INPUT...]\n\n"
    "Reads news articles and prints one JSON line per article on stdout:\n"
    "  {\"id\",\"title\",\"text\",\"body_start\",\"body_end\",\"published_at\",\"source\",\"url\",\"path\",\n"
    "   \"encoding\",\"replaced_bytes\"}\n"
    "INPUT is a file (.txt .html .htm .json .jsonl .xml .rss .atom), a folder (read\n"
    "recursively) or '-' for JSON lines on stdin. Offsets are UTF-8 byte offsets into text.\n"
    "encoding is how the bytes were read (UTF-8, Windows-1252, UTF-16LE, UTF-16BE, or what\n"
    "the page declares); replaced_bytes counts invalid bytes that became U+FFFD. A guessed\n"
    "encoding or replaced bytes are also noted on stderr (not with -q).\n\n";

}  // namespace

int run_ingest(int argc, char** argv) {
  try {
    Args args(argc, argv, 2);
    if (args.flag({"-h", "--help"})) {
      std::printf("%s%s\nExit codes: 0 all inputs read, 1 some inputs failed, 2 usage error.\n", kHelp,
                  kInputOptionsHelp);
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
