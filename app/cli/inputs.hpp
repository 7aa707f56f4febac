#pragma once
// The input options every article-reading subcommand shares, and the loop
// that reads inputs, reports bad ones on stderr and picks the exit code.

#include <string>
#include <vector>

#include "app/cli/args.hpp"
#include "geo/ingest/ingest.hpp"

namespace incimap::app {

struct InputSelection {
  std::vector<std::string> paths;
  geo::IngestOptions options;
  bool quiet = false;
};

// Reads --input-format, --max-article-bytes and -q; the rest are paths.
// With no paths, reads JSON Lines from stdin. Throws UsageError.
InputSelection parse_input_selection(Args& args);

inline constexpr const char* kInputOptionsHelp =
    "Input options:\n"
    "  --input-format F        txt, html, json, jsonl or rss (default: from the extension;\n"
    "                          '-' or no input reads JSON lines from stdin)\n"
    "  --max-article-bytes N   reject articles with more text than N bytes (default 16777216)\n"
    "  -q, --quiet             no progress on stderr\n";

// Runs the ingest walk; each failure is printed as "incimap: PATH: reason".
// An exception from `sink` fails that article ("PATH:LINE: article ID
// failed: reason") and the walk goes on, except StdoutError and
// geo::ExportError, which propagate. Returns kExitOk, or
// kExitSomeInputsFailed when any input or article failed.
int for_each_article(const InputSelection& selection, const geo::ArticleSink& sink);

}  // namespace incimap::app
