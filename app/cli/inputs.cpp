#include "app/cli/inputs.hpp"

#include <cstdio>

#include "app/commands.hpp"

namespace incimap::app {

InputSelection parse_input_selection(Args& args) {
  InputSelection selection;
  if (const auto format = args.value({"--input-format", "-i"})) {
    selection.options.format = geo::format_from_name(*format);
    if (!selection.options.format)
      throw UsageError("unknown --input-format '" + *format + "' (txt, html, json, jsonl, rss)");
  }
  if (const auto limit = args.value({"--max-article-bytes"}))
    selection.options.max_article_bytes = parse_size_or_throw("--max-article-bytes", *limit);
  selection.quiet = args.flag({"-q", "--quiet"});
  selection.paths = args.positionals();
  if (selection.paths.empty()) selection.paths.push_back("-");
  return selection;
}

int for_each_article(const InputSelection& selection, const geo::ArticleSink& sink) {
  const auto report = geo::ingest_paths(selection.paths, selection.options, sink, [](const geo::InputError& e) {
    std::fprintf(stderr, "incimap: %s\n", e.what());
  });
  return report.failures.empty() ? kExitOk : kExitSomeInputsFailed;
}

}  // namespace incimap::app
