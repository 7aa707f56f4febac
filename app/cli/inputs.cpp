#include "app/cli/inputs.hpp"

#include <cstdint>
#include <cstdio>
#include <exception>
#include <memory>
#include <unordered_set>

#include "app/cli/checked_stdout.hpp"
#include "app/cli/progress_meter.hpp"
#include "app/cli/task_batches.hpp"
#include "app/commands.hpp"
#include "geo/export/export_error.hpp"
#include "geo/gazetteer/index_error.hpp"
#include "geo/text/fnv1a.hpp"

namespace incimap::app {
namespace {

// The article boundary: whatever processing one article throws fails that
// article alone and the batch goes on. Output errors and a gazetteer index
// found damaged or changed mid-run are the exception, since every later
// article would be lost the same way.
template <class Run>
void fail_article_alone(const std::string& where, const std::string& id, std::size_t& failed_articles,
                        const ProgressMeter& meter, Run&& run) {
  try {
    run();
  } catch (const StdoutError&) {
    throw;
  } catch (const geo::ExportError&) {
    throw;
  } catch (const geo::GazetteerIndexError&) {
    throw;
  } catch (const std::exception& e) {
    ++failed_articles;
    std::fprintf(stderr, "%sincimap: %s: article \"%s\" failed: %s\n", meter.message_prefix(), where.c_str(), id.c_str(),
                 e.what());
  }
}

// `unreadable`: JSON lines the workers could not parse (not in `report`).
int exit_status(const geo::IngestReport& report, std::size_t unreadable, std::size_t failed_articles,
                std::size_t repeated, const InputSelection& selection) {
  if (repeated > 0 && !selection.quiet)
    std::fprintf(stderr, "incimap: %zu articles read again were skipped (same id)\n", repeated);
  const std::size_t failed = report.failures.size() + unreadable + failed_articles;
  if (failed == 0) return kExitOk;
  if (selection.keep_going == KeepGoing::no) return kExitSomeInputsFailed;
  // The exit status no longer says it: the count must.
  std::fprintf(stderr, "incimap: %zu inputs or articles failed, %zu articles were processed\n", failed,
               report.articles - unreadable - failed_articles - repeated);
  return kExitOk;
}

}  // namespace

InputSelection parse_input_selection(const Args& args) {
  InputSelection selection;
  selection.command = args.command();
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

unsigned parse_jobs(const Args& args) {
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

int for_each_article(const InputSelection& selection, unsigned jobs, const ArticleProcess& process,
                     std::function<void()> after_batch) {
  // Touched by deliveries only, one at a time, in input order.
  std::size_t unreadable = 0;
  std::size_t failed_articles = 0;
  std::size_t repeated = 0;
  // 64-bit hashes of the ids read: 8 bytes and a node an article, not the id's
  // string (as likely to collide as two content ids, which are such hashes).
  std::unordered_set<std::uint64_t> seen_ids;
  ProgressMeter meter(selection.command, 0, selection.quiet ? ProgressShown::never : ProgressShown::if_terminal);
  geo::IngestOptions options = selection.options;
  if (meter.shown()) {
    meter.set_total(geo::input_bytes(selection.paths, options));
    options.on_bytes_read = [&meter](std::uint64_t bytes) { meter.add(bytes); };
  }
  OrderedWorkers workers(jobs);
  // On one thread a batch would only delay each article's output.
  TaskBatches batches(workers, jobs > 1 ? BatchLimits{} : BatchLimits{1, 1}, std::move(after_batch));
  // Called inside the stdin stream, which would take an exception for a
  // read error: a failure (the output is broken) is kept and rethrown by the
  // next article or at the end.
  std::exception_ptr wait_failure;
  options.on_input_wait = [&batches, &wait_failure] {
    if (wait_failure) return;
    try {
      batches.flush();
    } catch (...) {
      wait_failure = std::current_exception();
    }
  };
  const auto rethrow_wait_failure = [&wait_failure] {
    if (wait_failure) std::rethrow_exception(wait_failure);
  };
  // A worker parses the line too (the reading thread only splits lines: its
  // parse was a third of `places -j 2`'s instructions). Whether the id was
  // read before is known in input order only, at delivery: a repeat is
  // processed for nothing and its result dropped.
  const auto submit_article = [&](geo::PendingArticle&& pending) {
    rethrow_wait_failure();
    const std::size_t bytes = pending.bytes;
    auto owned = std::make_shared<geo::PendingArticle>(std::move(pending));
    batches.add([&, owned]() -> OrderedWorkers::Delivery {
      geo::Article article;
      try {
        article = owned->read();
      } catch (const geo::InputError& e) {
        return [&, message = std::string(e.what())] {
          ++unreadable;
          std::fprintf(stderr, "%sincimap: %s\n", meter.message_prefix(), message.c_str());
        };
      }
      // A guessed decoding or replaced bytes change what the offsets point
      // at: say so, in input order with the article's output.
      std::string note;
      if (!selection.quiet && geo::decoding_is_noteworthy(article))
        note = "incimap: " + article.where + ": " + geo::decoding_note(article) + "\n";
      const std::uint64_t id_hash = geo::fnv1a64(article.id);
      std::string where = article.where;
      std::string id = article.id;
      OrderedWorkers::Delivery delivery;
      std::exception_ptr error;
      try {
        delivery = process(std::move(article));
      } catch (...) {
        error = std::current_exception();
      }
      return [&, id_hash, where = std::move(where), id = std::move(id), delivery = std::move(delivery), error, note] {
        if (!seen_ids.insert(id_hash).second) {
          ++repeated;
          return;
        }
        if (!note.empty()) std::fprintf(stderr, "%s%s", meter.message_prefix(), note.c_str());
        fail_article_alone(where, id, failed_articles, meter, [&] {
          if (error) std::rethrow_exception(error);
          if (delivery) delivery();
        });
      };
    }, bytes);
  };
  // Input failures go through the workers too, so that messages keep input order.
  const auto report_failure = [&](const geo::InputError& e) {
    rethrow_wait_failure();
    batches.add([&meter, message = std::string(e.what())]() -> OrderedWorkers::Delivery {
      return [&meter, message] { std::fprintf(stderr, "%sincimap: %s\n", meter.message_prefix(), message.c_str()); };
    }, 0);
  };
  const auto report = geo::ingest_paths_pending(selection.paths, options, submit_article, report_failure);
  rethrow_wait_failure();
  batches.flush();
  workers.finish();
  meter.finish();
  return exit_status(report, unreadable, failed_articles, repeated, selection);
}

}  // namespace incimap::app
