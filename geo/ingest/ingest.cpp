#include "geo/ingest/ingest.hpp"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <istream>
#include <iterator>
#include <span>
#include <system_error>

#include "geo/ingest/reader_feed.hpp"
#include "geo/ingest/reader_html.hpp"
#include "geo/ingest/reader_json.hpp"
#include "geo/ingest/reader_text.hpp"
#include "geo/io/fd_input_buffer.hpp"
#include "geo/text/encoding.hpp"

namespace incimap::geo {
namespace fs = std::filesystem;
namespace {

std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Refuses what cannot be read as one file without blocking or surprises: a
// FIFO or a character device would block open() or read() until a writer
// comes, which for a batch is a hang. Stdin ("-") is the way to stream.
void require_regular_file(const std::string& path) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec == std::errc::too_many_symbolic_link_levels) throw InputError(path, "symbolic link loop");
  if (ec && ec != std::errc::no_such_file_or_directory) throw InputError(path, "cannot read: " + ec.message());
  if (!fs::exists(status)) {
    const bool dangling = fs::is_symlink(fs::symlink_status(path, ec));
    throw InputError(path, dangling ? "symbolic link to a missing file" : "no such file");
  }
  if (fs::is_directory(status)) throw InputError(path, "is a directory");
  if (!fs::is_regular_file(status)) {
    const char* kind = fs::is_fifo(status) ? "a FIFO" : fs::is_socket(status) ? "a socket" : "a device";
    throw InputError(path, std::string("is ") + kind +
                               ", not a regular file (pipe JSON lines into '-' to stream them)");
  }
}

std::string read_whole_file(const std::string& path, std::size_t limit) {
  require_regular_file(path);
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) throw InputError(path, "cannot read: " + ec.message());
  // Feeds and JSON arrays hold many articles; allow a generous multiple.
  const std::size_t file_limit = limit > SIZE_MAX / 64 ? SIZE_MAX : limit * 64;
  if (size > file_limit) {
    throw InputError(path, "file is " + std::to_string(size) + " bytes, over the limit of " +
                               std::to_string(file_limit));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, "cannot open for reading (permission denied?)");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw InputError(path, "read error");
  return bytes;
}

// The guarantees every article leaves ingest with, whatever the reader:
// within the size limit, every string valid UTF-8 (a reader that passes
// libxml2's output through can hold bytes that are not, and every JSON
// writer downstream requires UTF-8), and a location for messages.
void finish_article(Article& article, const IngestOptions& options) {
  if (article.where.empty()) article.where = article.path;
  if (article.text.size() > options.max_article_bytes) {
    throw InputError(article.where, "article \"" + article.id + "\" has " + std::to_string(article.text.size()) +
                                       " bytes of text, over the limit of " +
                                       std::to_string(options.max_article_bytes) + " (--max-article-bytes)");
  }
  for (std::string* field : {&article.id, &article.title, &article.source, &article.url}) {
    if (!is_valid_utf8(*field)) *field = replace_invalid_utf8(*field);
  }
  if (!is_valid_utf8(article.text)) {
    article.replaced_bytes += invalid_utf8_bytes(article.text);
    // Each part on its own, so that body_start and body_end still mark the
    // same places after a replacement character made the text longer.
    const std::string_view text = article.text;
    const std::size_t body_end = std::min(article.body_end, text.size());
    const std::size_t body_start = std::min(article.body_start, body_end);
    std::string fixed = replace_invalid_utf8(text.substr(0, body_start));
    article.body_start = fixed.size();
    fixed += replace_invalid_utf8(text.substr(body_start, body_end - body_start));
    article.body_end = fixed.size();
    fixed += replace_invalid_utf8(text.substr(body_end));
    article.text = std::move(fixed);
  }
}

DecodedText decoded_or_throw(std::string_view bytes, const std::string& path) {
  // UTF-16 holds NULs too: decode it before calling NULs binary.
  if (!looks_utf16(bytes) && looks_binary(bytes)) throw InputError(path, "binary file (holds NUL bytes), not an article");
  return decode_to_utf8(bytes);
}

// Records on each article how the bytes it came from were decoded.
void stamp_decoding(std::span<Article> articles, const DecodedText& decoded) {
  for (Article& article : articles) {
    article.encoding = encoding_name(decoded.encoding);
    article.replaced_bytes = decoded.replaced;
  }
}

// libxml2 reads the encoding the page declares; bytes in UTF-16 under a
// declaration of something else come out as garbage, so they are refused.
void refuse_utf16_markup(std::string_view bytes, const std::string& path) {
  if (looks_utf16(bytes)) throw InputError(path, "UTF-16 is not supported for HTML and feeds: convert the file to UTF-8");
  if (looks_binary(bytes)) throw InputError(path, "binary file (holds NUL bytes), not an article");
}

bool has_known_extension(const fs::path& p) { return format_from_extension(p.string()).has_value(); }

void report_failure(const InputError& error, const FailureSink& on_failure, IngestReport& report) {
  report.failures.push_back(error);
  if (on_failure) on_failure(error);
}

// Where articles go: read (ArticleSink), or, for a JSON line, still to be
// parsed (PendingSink).
struct Sinks {
  const ArticleSink* read = nullptr;
  const PendingSink* pending = nullptr;
  void take(Article&& article) const {
    if (read != nullptr) {
      (*read)(std::move(article));
      return;
    }
    std::string where = article.where;
    const std::size_t bytes = article.text.size();
    (*pending)(PendingArticle{std::move(where), bytes, [article = std::move(article)]() mutable { return std::move(article); }});
  }
};

// Anything a reader throws (not only InputError: a library's exception,
// bad_alloc for a hostile size) fails this input alone. The sink is called
// outside the try: its exceptions are the caller's to judge.
template <class Read>
bool read_or_report(const std::string& where, Read&& read, const FailureSink& on_failure, IngestReport& report) {
  try {
    read();
    return true;
  } catch (const InputError& error) {
    report_failure(error, on_failure, report);
  } catch (const std::exception& error) {
    report_failure(InputError(where, std::string("cannot read: ") + error.what()), on_failure, report);
  }
  return false;
}

void json_lines(std::istream& in, const std::string& path, const IngestOptions& options, const Sinks& sinks,
                const FailureSink& on_failure, IngestReport& report);

void ingest_one_file(const std::string& path, const IngestOptions& options, const Sinks& sinks,
                     const FailureSink& on_failure, IngestReport& report) {
  ++report.inputs;
  const auto format = options.format ? options.format : format_from_extension(path);
  if (format == InputFormat::jsonl) {
    std::ifstream in;
    const bool opened = read_or_report(path, [&] {
      require_regular_file(path);
      in.open(path, std::ios::binary);
      if (!in) throw InputError(path, "cannot open for reading (permission denied?)");
    }, on_failure, report);
    if (opened) json_lines(in, path, options, sinks, on_failure, report);
    return;
  }
  std::vector<Article> articles;
  const bool read = read_or_report(path, [&] { articles = read_article_file(path, options); }, on_failure, report);
  if (options.on_bytes_read) {
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    options.on_bytes_read(ec ? 0 : size);
  }
  if (!read) return;
  for (Article& article : articles) {
    ++report.articles;
    sinks.take(std::move(article));
  }
}

// The files below `root` with a known extension (any, with a forced
// format), sorted. A folder that cannot be listed is a failure of its own
// and the walk goes on beside it; links to folders are not followed, so a
// link cycle cannot loop.
std::vector<std::string> files_below(const std::string& root, const IngestOptions& options,
                                     const FailureSink& on_failure, IngestReport& report) {
  std::vector<std::string> files;
  std::vector<fs::path> folders{root};
  while (!folders.empty()) {
    const fs::path folder = std::move(folders.back());
    folders.pop_back();
    std::error_code ec;
    fs::directory_iterator it(folder, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      std::error_code entry_ec;
      if (it->is_directory(entry_ec) && !it->is_symlink(entry_ec)) {
        folders.push_back(it->path());
      } else if (it->is_regular_file(entry_ec) && (options.format || has_known_extension(it->path()))) {
        files.push_back(it->path().string());
      }
    }
    if (ec) report_failure(InputError(folder.string(), "cannot list folder: " + ec.message()), on_failure, report);
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

bool decoding_is_noteworthy(const Article& article) noexcept {
  return article.replaced_bytes > 0 || (!article.encoding_declared && article.encoding != "UTF-8");
}

std::string decoding_note(const Article& article) {
  std::string note = article.encoding == "UTF-8" ? "UTF-8" : "read as " + article.encoding;
  if (article.encoding != "UTF-8" && !article.encoding_declared) {
    note += article.encoding.starts_with("UTF-16") ? " (detected)" : " (not valid UTF-8, and no encoding declared)";
  }
  if (article.replaced_bytes > 0) {
    note += (article.encoding == "UTF-8" ? " with " : ", ") + std::to_string(article.replaced_bytes) +
            (article.replaced_bytes == 1 ? " invalid byte" : " invalid bytes") + " replaced by U+FFFD";
  }
  return note;
}

std::optional<InputFormat> format_from_name(const std::string& name) {
  const std::string n = lower_ascii(name);
  if (n == "txt" || n == "text") return InputFormat::text;
  if (n == "html" || n == "htm") return InputFormat::html;
  if (n == "json") return InputFormat::json;
  if (n == "jsonl" || n == "ndjson") return InputFormat::jsonl;
  if (n == "xml" || n == "rss" || n == "atom" || n == "feed") return InputFormat::feed;
  return std::nullopt;
}

std::optional<InputFormat> format_from_extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  if (ext.empty()) return std::nullopt;
  return format_from_name(ext.substr(1));
}

std::vector<Article> parse_articles(std::string_view bytes, InputFormat format, const std::string& path,
                                    const IngestOptions& options) {
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) throw InputError(path, "empty file");
  std::vector<Article> articles;
  switch (format) {
    case InputFormat::text: {
      const DecodedText decoded = decoded_or_throw(bytes, path);
      articles.push_back(read_text_article(decoded.utf8, path));
      stamp_decoding(articles, decoded);
      break;
    }
    case InputFormat::html:
      refuse_utf16_markup(bytes, path);
      articles.push_back(read_html_article(bytes, path));
      break;
    case InputFormat::json: {
      const DecodedText decoded = decoded_or_throw(bytes, path);
      articles = read_json_articles(decoded.utf8, path);
      stamp_decoding(articles, decoded);
      break;
    }
    case InputFormat::jsonl: {
      const DecodedText decoded = decoded_or_throw(bytes, path);
      const std::string_view text = decoded.utf8;
      std::size_t line_number = 0;
      for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        ++line_number;
        const std::string_view line = text.substr(pos, end - pos);
        if (line.find_first_not_of(" \t\r") != std::string_view::npos)
          articles.push_back(read_json_line(line, path, line_number));
        pos = end + 1;
      }
      stamp_decoding(articles, decoded);
      break;
    }
    case InputFormat::feed:
      refuse_utf16_markup(bytes, path);
      articles = read_feed_articles(bytes, path);
      break;
  }
  for (Article& article : articles) finish_article(article, options);
  return articles;
}

std::vector<Article> read_article_file(const std::string& path, const IngestOptions& options) {
  const auto format = options.format ? options.format : format_from_extension(path);
  if (!format) {
    throw InputError(path, "unknown extension \"" + fs::path(path).extension().string() +
                               "\" (expected .txt .html .htm .json .jsonl .xml .rss .atom, or --input-format)");
  }
  return parse_articles(read_whole_file(path, options.max_article_bytes), *format, path, options);
}

namespace {

// One JSON line into its article, as the line's own failure (InputError
// naming it) whatever the reader threw.
Article read_line(const std::string& line, const std::string& where, const std::string& path, std::size_t line_number,
                  const IngestOptions& options) {
  try {
    if (line.size() / 2 > options.max_article_bytes) {
      throw InputError(where, "line of " + std::to_string(line.size()) + " bytes, over the article size limit");
    }
    const DecodedText decoded = decoded_or_throw(line, where);
    Article article = read_json_line(decoded.utf8, path, line_number);
    stamp_decoding(std::span(&article, 1), decoded);
    finish_article(article, options);
    return article;
  } catch (const InputError&) {
    throw;
  } catch (const std::exception& error) {
    throw InputError(where, std::string("cannot read: ") + error.what());
  }
}

void json_lines(std::istream& in, const std::string& path, const IngestOptions& options, const Sinks& sinks,
                const FailureSink& on_failure, IngestReport& report) {
  std::string line;
  std::size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (options.on_bytes_read) options.on_bytes_read(line.size() + 1);
    if (line_number == 1 && looks_utf16(line)) {
      // Split at 0x0A, UTF-16 lines lose their byte pairing: refuse the file.
      report_failure(InputError(path, "UTF-16 JSON Lines are not supported: convert the file to UTF-8"), on_failure,
                     report);
      return;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string where = path + ":" + std::to_string(line_number);
    if (sinks.pending != nullptr) {
      ++report.articles;
      const std::size_t bytes = line.size();
      (*sinks.pending)(PendingArticle{where, bytes, [line = std::move(line), where, path, line_number, options] {
        return read_line(line, where, path, line_number, options);
      }});
      line = std::string();
      continue;
    }
    Article article;
    const bool read = read_or_report(where, [&] { article = read_line(line, where, path, line_number, options); },
                                     on_failure, report);
    if (!read) continue;
    ++report.articles;
    (*sinks.read)(std::move(article));
  }
  if (in.bad()) report_failure(InputError(path, "read error after line " + std::to_string(line_number)), on_failure,
                               report);
}

IngestReport walk(const std::vector<std::string>& paths, const IngestOptions& options, const Sinks& sinks,
                  const FailureSink& on_failure) {
  IngestReport report;
  for (const std::string& path : paths) {
    if (path == "-") {
      ++report.inputs;
      FdInputBuffer stdin_blocks(STDIN_FILENO, options.on_input_wait);
      std::istream in(&stdin_blocks);
      json_lines(in, "-", options, sinks, on_failure, report);
      continue;
    }
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      ingest_one_file(path, options, sinks, on_failure, report);
      continue;
    }
    for (const std::string& file : files_below(path, options, on_failure, report))
      ingest_one_file(file, options, sinks, on_failure, report);
  }
  return report;
}

}  // namespace

std::uint64_t input_bytes(const std::vector<std::string>& paths, const IngestOptions& options) {
  std::uint64_t total = 0;
  IngestReport ignored;  // a folder that cannot be listed is reported by the walk itself
  const auto add_size = [&](const std::string& file) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (!ec) total += size;
  };
  for (const std::string& path : paths) {
    if (path == "-") return 0;
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      add_size(path);
      continue;
    }
    for (const std::string& file : files_below(path, options, {}, ignored)) add_size(file);
  }
  return total;
}

void ingest_json_lines(std::istream& in, const std::string& path, const IngestOptions& options,
                       const ArticleSink& sink, const FailureSink& on_failure, IngestReport& report) {
  json_lines(in, path, options, Sinks{&sink, nullptr}, on_failure, report);
}

IngestReport ingest_paths(const std::vector<std::string>& paths, const IngestOptions& options,
                          const ArticleSink& sink, const FailureSink& on_failure) {
  return walk(paths, options, Sinks{&sink, nullptr}, on_failure);
}

IngestReport ingest_paths_pending(const std::vector<std::string>& paths, const IngestOptions& options,
                                  const PendingSink& sink, const FailureSink& on_failure) {
  return walk(paths, options, Sinks{nullptr, &sink}, on_failure);
}

}  // namespace incimap::geo
