#include "geo/ingest/ingest.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <system_error>

#include "geo/ingest/reader_feed.hpp"
#include "geo/ingest/reader_html.hpp"
#include "geo/ingest/reader_json.hpp"
#include "geo/ingest/reader_text.hpp"
#include "geo/text/encoding.hpp"

namespace incimap::geo {
namespace fs = std::filesystem;
namespace {

std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string read_whole_file(const std::string& path, std::size_t limit) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) throw InputError(path, "no such file");
  if (fs::is_directory(status)) throw InputError(path, "is a directory");
  const auto size = fs::file_size(path, ec);
  if (ec) throw InputError(path, "cannot read: " + ec.message());
  // Feeds and JSON arrays hold many articles; allow a generous multiple.
  const std::size_t file_limit = limit * 64;
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

void check_article_size(const Article& article, const IngestOptions& options) {
  if (article.text.size() > options.max_article_bytes) {
    throw InputError(article.path, "article \"" + article.id + "\" has " + std::to_string(article.text.size()) +
                                       " bytes of text, over the limit of " +
                                       std::to_string(options.max_article_bytes) + " (--max-article-bytes)");
  }
}

std::string decoded_or_throw(std::string_view bytes, const std::string& path) {
  if (looks_binary(bytes)) throw InputError(path, "binary file (holds NUL bytes), not an article");
  return decode_to_utf8(bytes).utf8;
}

bool has_known_extension(const fs::path& p) { return format_from_extension(p.string()).has_value(); }

void ingest_one_file(const std::string& path, const IngestOptions& options, const ArticleSink& sink,
                     const FailureSink& on_failure, IngestReport& report) {
  ++report.inputs;
  try {
    const auto format = options.format ? options.format : format_from_extension(path);
    if (format == InputFormat::jsonl) {
      std::ifstream in(path, std::ios::binary);
      if (!in) throw InputError(path, fs::exists(path) ? "cannot open for reading" : "no such file");
      ingest_json_lines(in, path, options, sink, on_failure, report);
      return;
    }
    for (Article& article : read_article_file(path, options)) {
      ++report.articles;
      sink(std::move(article));
    }
  } catch (const InputError& error) {
    report.failures.push_back(error);
    if (on_failure) on_failure(error);
  }
}

}  // namespace

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
    case InputFormat::text:
      articles.push_back(read_text_article(decoded_or_throw(bytes, path), path));
      break;
    case InputFormat::html:
      if (looks_binary(bytes)) throw InputError(path, "binary file (holds NUL bytes), not an article");
      articles.push_back(read_html_article(bytes, path));
      break;
    case InputFormat::json:
      articles = read_json_articles(decoded_or_throw(bytes, path), path);
      break;
    case InputFormat::jsonl: {
      const std::string text = decoded_or_throw(bytes, path);
      std::size_t line_number = 0;
      for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        ++line_number;
        const std::string_view line = std::string_view(text).substr(pos, end - pos);
        if (line.find_first_not_of(" \t\r") != std::string_view::npos)
          articles.push_back(read_json_line(line, path, line_number));
        pos = end + 1;
      }
      break;
    }
    case InputFormat::feed:
      if (looks_binary(bytes)) throw InputError(path, "binary file (holds NUL bytes), not an article");
      articles = read_feed_articles(bytes, path);
      break;
  }
  for (const Article& article : articles) check_article_size(article, options);
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

void ingest_json_lines(std::istream& in, const std::string& path, const IngestOptions& options,
                       const ArticleSink& sink, const FailureSink& on_failure, IngestReport& report) {
  std::string line;
  std::size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      if (line.size() > options.max_article_bytes * 2) {
        throw InputError(path + ":" + std::to_string(line_number),
                         "line of " + std::to_string(line.size()) + " bytes, over the article size limit");
      }
      Article article = read_json_line(decoded_or_throw(line, path), path, line_number);
      check_article_size(article, options);
      ++report.articles;
      sink(std::move(article));
    } catch (const InputError& error) {
      report.failures.push_back(error);
      if (on_failure) on_failure(error);
    }
  }
}

IngestReport ingest_paths(const std::vector<std::string>& paths, const IngestOptions& options,
                          const ArticleSink& sink, const FailureSink& on_failure) {
  IngestReport report;
  for (const std::string& path : paths) {
    if (path == "-") {
      ++report.inputs;
      ingest_json_lines(std::cin, "-", options, sink, on_failure, report);
      continue;
    }
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      ingest_one_file(path, options, sink, on_failure, report);
      continue;
    }
    std::vector<std::string> files;
    for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file(ec) && (options.format || has_known_extension(it->path())))
        files.push_back(it->path().string());
    }
    if (ec) {
      const InputError error(path, "cannot list folder: " + ec.message());
      report.failures.push_back(error);
      if (on_failure) on_failure(error);
    }
    std::sort(files.begin(), files.end());
    for (const std::string& file : files) ingest_one_file(file, options, sink, on_failure, report);
  }
  return report;
}

}  // namespace incimap::geo
