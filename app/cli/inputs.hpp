#pragma once
// The input options every article-reading subcommand shares, and the loop
// that reads inputs, reports bad ones on stderr and picks the exit code.

#include <functional>
#include <string>
#include <vector>

#include "app/cli/args.hpp"
#include "app/cli/ordered_workers.hpp"
#include "geo/ingest/ingest.hpp"

namespace incimap::app {

// Whether a run with bad inputs still exits 0 (what a Hadoop or Spark pipe needs).
enum class KeepGoing { no, yes };

struct InputSelection {
  std::string command;  // for the progress line: "extract"
  std::vector<std::string> paths;
  geo::IngestOptions options;
  bool quiet = false;
  KeepGoing keep_going = KeepGoing::no;
};

// Reads --input-format, --max-article-bytes, --keep-going and -q; the rest
// are paths. With no paths, reads JSON Lines from stdin. Throws UsageError.
InputSelection parse_input_selection(const Args& args);

// Reads -j/--jobs N (default: every core this process may use). Throws UsageError.
unsigned parse_jobs(const Args& args);

// Runs the ingest walk, with a progress meter on a terminal (unless -q);
// each failure is printed as "incimap: PATH: reason".
// An exception from `sink` fails that article ("PATH:LINE: article ID
// failed: reason") and the walk goes on, except StdoutError and
// geo::ExportError, which propagate. An article whose id was already read
// (the same article in two inputs, a re-polled feed item) is skipped: reading
// it twice is a no-op. Returns kExitOk, or kExitSomeInputsFailed when any
// input or article failed (kExitOk with KeepGoing::yes; the count goes to stderr).
int for_each_article(const InputSelection& selection, const geo::ArticleSink& sink);

// The same walk on `jobs` threads: `process` runs on a worker and returns
// what to do with its result (write it, merge it), which runs in input order,
// one at a time. Failures are reported in input order too. Articles go to
// the workers in batches (app/cli/task_batches.hpp); `after_batch`, when
// given, runs after each batch's deliveries (a flush of the output: every
// article's at -j 1, and before the reader waits for more input).
using ArticleProcess = std::function<OrderedWorkers::Delivery(geo::Article&&)>;
int for_each_article(const InputSelection& selection, unsigned jobs, const ArticleProcess& process,
                     std::function<void()> after_batch = {});

}  // namespace incimap::app
