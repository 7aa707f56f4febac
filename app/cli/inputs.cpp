#include "app/cli/inputs.hpp"

#include <cstdio>

#include "app/cli/checked_stdout.hpp"
#include "app/commands.hpp"
#include "geo/export/export_error.hpp"

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
  std::size_t failed_articles = 0;
  // The article boundary: whatever processing one article throws fails that
  // article alone and the batch goes on. Output errors are the exception,
  // since every later article would be lost the same way.
  const auto guarded_sink = [&](geo::Article&& article) {
    const std::string where = article.where;
    const std::string id = article.id;
    try {
      sink(std::move(article));
    } catch (const StdoutError&) {
      throw;
    } catch (const geo::ExportError&) {
      throw;
    } catch (const std::exception& e) {
      ++failed_articles;
      std::fprintf(stderr, "incimap: %s: article \"%s\" failed: %s\n", where.c_str(), id.c_str(), e.what());
    }
  };
  const auto report = geo::ingest_paths(selection.paths, selection.options, guarded_sink,
                                        [](const geo::InputError& e) { std::fprintf(stderr, "incimap: %s\n", e.what()); });
  return report.failures.empty() && failed_articles == 0 ? kExitOk : kExitSomeInputsFailed;
}

}  // namespace incimap::app
