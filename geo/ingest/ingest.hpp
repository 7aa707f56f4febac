#pragma once
// The batch reader: files, folders and stdin to Articles, one bad input never
// stopping the rest.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "geo/ingest/article.hpp"
#include "geo/base/input_error.hpp"

namespace incimap::geo {

enum class InputFormat { text, html, json, jsonl, feed };

// Documented default: 16 MiB of text per article, more than any news story.
inline constexpr std::size_t kDefaultMaxArticleBytes = 16u << 20;

struct IngestOptions {
  std::size_t max_article_bytes = kDefaultMaxArticleBytes;
  // Forces a format for every input (stdin is JSON Lines unless told).
  std::optional<InputFormat> format;
  // Called with the bytes of each input once read (a whole file, or one
  // JSON line), for a progress meter; may be empty.
  std::function<void(std::uint64_t bytes)> on_bytes_read;
  // Called when reading stdin is about to wait for bytes not written yet, so
  // that a caller holding articles back (a batch) hands them over first and
  // a streaming filter answers each line before the next arrives; may be empty.
  std::function<void()> on_input_wait;
};

// From the extension: .txt .text → text; .html .htm → html; .json → json;
// .jsonl .ndjson → jsonl; .xml .rss .atom → feed. Nothing for others.
std::optional<InputFormat> format_from_extension(const std::string& path);
std::optional<InputFormat> format_from_name(const std::string& name);  // "txt", "html", "jsonl", …

// Whether the user should hear how `article` was decoded: its encoding was
// guessed as something other than UTF-8, or bytes were replaced.
bool decoding_is_noteworthy(const Article& article) noexcept;

// "read as Windows-1252 (not valid UTF-8)", "UTF-8 with 2 invalid bytes
// replaced by U+FFFD", ...: the note for an article that decoding_is_noteworthy.
std::string decoding_note(const Article& article);

// Reads one file into its articles; throws InputError naming the file.
std::vector<Article> read_article_file(const std::string& path, const IngestOptions& options);

// Parses already-read bytes of a known format; throws InputError.
std::vector<Article> parse_articles(std::string_view bytes, InputFormat format, const std::string& path,
                                    const IngestOptions& options);

struct IngestReport {
  std::size_t articles = 0;
  std::size_t inputs = 0;
  std::vector<InputError> failures;
};

using ArticleSink = std::function<void(Article&&)>;
using FailureSink = std::function<void(const InputError&)>;

// Walks `paths` in order: files, folders (recursively, sorted, files with a
// known extension only) and "-" (stdin, JSON Lines streamed line by line).
// Each article goes to `sink` as soon as it is read; each failure to
// `on_failure` (and into the report), and the walk goes on.
IngestReport ingest_paths(const std::vector<std::string>& paths, const IngestOptions& options,
                          const ArticleSink& sink, const FailureSink& on_failure = {});

// The bytes ingest_paths will read from `paths` (the files a folder holds
// that it would read); 0 when unknown: a path is "-" (stdin).
std::uint64_t input_bytes(const std::vector<std::string>& paths, const IngestOptions& options);

// An article whose reading is left to the caller: a JSON line not yet
// parsed (or an article already read, handed over as it is), so that a
// caller can parse lines on its worker threads. read() throws InputError
// naming the line, the failure ingest_paths would have reported.
struct PendingArticle {
  std::string where;  // "path:line", or the article's own
  std::size_t bytes = 0;  // of the line, or of the read article's text: what reading and processing it costs
  std::function<Article()> read;
};
using PendingSink = std::function<void(PendingArticle&&)>;

// As ingest_paths, but each JSON line goes to `sink` unparsed: its failure
// is the caller's to report, and report.articles counts it as handed over.
// Files of other formats are read here and handed over read.
IngestReport ingest_paths_pending(const std::vector<std::string>& paths, const IngestOptions& options,
                                  const PendingSink& sink, const FailureSink& on_failure = {});

// Streams JSON Lines from `in`; a bad line is a failure, the next line is read.
void ingest_json_lines(std::istream& in, const std::string& path, const IngestOptions& options,
                       const ArticleSink& sink, const FailureSink& on_failure, IngestReport& report);

}  // namespace incimap::geo
