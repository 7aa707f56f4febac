#include "app/cli/inputs.hpp"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <unordered_set>

#include "app/cli/checked_stdout.hpp"
#include "app/commands.hpp"
#include "geo/export/export_error.hpp"
#include "geo/text/fnv1a.hpp"

namespace incimap::app {
namespace {

// The article boundary: whatever processing one article throws fails that
// article alone and the batch goes on. Output errors are the exception,
// since every later article would be lost the same way.
template <class Run>
void fail_article_alone(const std::string& where, const std::string& id, std::size_t& failed_articles, Run&& run) {
  try {
    run();
  } catch (const StdoutError&) {
    throw;
  } catch (const geo::ExportError&) {
    throw;
  } catch (const std::exception& e) {
    ++failed_articles;
    std::fprintf(stderr, "incimap: %s: article \"%s\" failed: %s\n", where.c_str(), id.c_str(), e.what());
  }
}

int exit_status(const geo::IngestReport& report, std::size_t failed_articles, std::size_t repeated,
                const InputSelection& selection) {
  if (repeated > 0 && !selection.quiet)
    std::fprintf(stderr, "incimap: %zu articles read again were skipped (same id)\n", repeated);
  const std::size_t failed = report.failures.size() + failed_articles;
  if (failed == 0) return kExitOk;
  if (selection.keep_going == KeepGoing::no) return kExitSomeInputsFailed;
  // The exit status no longer says it: the count must.
  std::fprintf(stderr, "incimap: %zu inputs or articles failed, %zu articles were processed\n", failed,
               report.articles - failed_articles - repeated);
  return kExitOk;
}

}  // namespace

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
  if (args.flag({"--keep-going"})) selection.keep_going = KeepGoing::yes;
  selection.paths = args.positionals();
  if (selection.paths.empty()) selection.paths.push_back("-");
  return selection;
}

unsigned parse_jobs(Args& args) {
  const auto text = args.value({"-j", "--jobs"});
  if (!text) return available_cores();
  const std::size_t jobs = parse_size_or_throw("-j", *text);
  if (jobs < 1 || jobs > 1024) throw UsageError("-j expects 1 to 1024 threads, not " + *text);
  return static_cast<unsigned>(jobs);
}

int for_each_article(const InputSelection& selection, const geo::ArticleSink& sink) {
  return for_each_article(selection, 1, [&](geo::Article&& article) -> OrderedWorkers::Delivery {
    sink(std::move(article));
    return {};
  });
}

int for_each_article(const InputSelection& selection, unsigned jobs, const ArticleProcess& process) {
  std::size_t failed_articles = 0;  // touched by deliveries only, one at a time
  std::size_t repeated = 0;
  // 64-bit hashes of the ids read: 8 bytes and a node an article, not the id's
  // string (as likely to collide as two content ids, which are such hashes).
  std::unordered_set<std::uint64_t> seen_ids;
  OrderedWorkers workers(jobs);
  const auto submit_article = [&](geo::Article&& article) {
    if (!seen_ids.insert(geo::fnv1a64(article.id)).second) {
      ++repeated;
      return;
    }
    // A guessed decoding or replaced bytes change what the offsets point at:
    // say so, in input order with the article's output.
    std::string note;
    if (!selection.quiet && geo::decoding_is_noteworthy(article))
      note = "incimap: " + article.where + ": " + geo::decoding_note(article) + "\n";
    auto owned = std::make_shared<geo::Article>(std::move(article));
    workers.submit([&, owned, note = std::move(note)]() -> OrderedWorkers::Delivery {
      std::string where = owned->where;
      std::string id = owned->id;
      OrderedWorkers::Delivery delivery;
      std::exception_ptr error;
      try {
        delivery = process(std::move(*owned));
      } catch (...) {
        error = std::current_exception();
      }
      return [&, where = std::move(where), id = std::move(id), delivery = std::move(delivery), error, note] {
        if (!note.empty()) std::fputs(note.c_str(), stderr);
        fail_article_alone(where, id, failed_articles, [&] {
          if (error) std::rethrow_exception(error);
          if (delivery) delivery();
        });
      };
    });
  };
  // Input failures go through the workers too, so that messages keep input order.
  const auto report_failure = [&](const geo::InputError& e) {
    workers.submit([message = std::string(e.what())]() -> OrderedWorkers::Delivery {
      return [message] { std::fprintf(stderr, "incimap: %s\n", message.c_str()); };
    });
  };
  const auto report = geo::ingest_paths(selection.paths, selection.options, submit_article, report_failure);
  workers.finish();
  return exit_status(report, failed_articles, repeated, selection);
}

}  // namespace incimap::app
