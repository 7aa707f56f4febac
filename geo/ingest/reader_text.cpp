#include "geo/ingest/reader_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "geo/ingest/compose.hpp"
#include "geo/ingest/published_time.hpp"
#include "geo/text/dateline.hpp"

namespace incimap::geo {
namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

bool is_blank(std::string_view line) { return trim(line).empty(); }

// Splits off one line (without its "\n"); `pos` moves past the newline.
std::string_view next_line(std::string_view text, std::size_t& pos) {
  const std::size_t end = std::min(text.find('\n', pos), text.size());
  std::string_view line = text.substr(pos, end - pos);
  pos = end < text.size() ? end + 1 : end;
  return line;
}

constexpr std::array<std::string_view, 5> kHeaderKeys = {"title", "date", "published", "url", "source"};

bool is_header_line(std::string_view line) {
  const auto colon = line.find(':');
  if (colon == std::string_view::npos) return false;
  const std::string key = lower_ascii(trim(line.substr(0, colon)));
  return std::find(kHeaderKeys.begin(), kHeaderKeys.end(), key) != kHeaderKeys.end();
}

// Reads the optional "Key: value" block; returns the offset where the text
// starts (0 when there is no header).
std::size_t read_header(std::string_view text, Article& article) {
  std::size_t pos = 0;
  std::size_t lines = 0;
  while (pos < text.size()) {
    const std::size_t line_start = pos;
    const std::string_view line = next_line(text, pos);
    if (is_blank(line)) return lines > 0 ? pos : 0;
    if (!is_header_line(line)) return 0;
    (void)line_start;
    ++lines;
    const auto colon = line.find(':');
    const std::string key = lower_ascii(trim(line.substr(0, colon)));
    const std::string_view value = trim(line.substr(colon + 1));
    if (key == "title") article.title = std::string(value);
    else if (key == "date" || key == "published") article.published = parse_published_time(value);
    else if (key == "url") article.url = std::string(value);
    else if (key == "source") article.source = std::string(value);
  }
  return 0;  // a file that is all header has no text; treat it as text
}

constexpr std::array<std::string_view, 16> kFurniture = {
    "latest news", "advertisement", "related", "related articles", "related stories", "read more",
    "more stories", "most read", "trending", "share", "share this", "comments", "sign up", "subscribe",
    "recommended", "top stories"};

bool is_furniture(std::string_view line) {
  const std::string lower = lower_ascii(trim(line));
  return std::find(kFurniture.begin(), kFurniture.end(), lower) != kFurniture.end();
}

}  // namespace

std::optional<PublishedTime> dateline_time(std::string_view text, std::size_t body_start) {
  const auto dateline = find_dateline(text, body_start);
  if (!dateline) return std::nullopt;
  const std::string_view head = text.substr(dateline->start, dateline->end - dateline->start);
  // The place comes first, the date after it ("September 7, 2020" or
  // "14 December 2019"); try each word as the start.
  for (std::size_t pos = 0; pos < head.size(); ++pos) {
    if (pos > 0 && head[pos - 1] != ' ') continue;
    std::string_view candidate = head.substr(pos);
    while (!candidate.empty() && (candidate.back() == ',' || candidate.back() == ' ' ||
                                  static_cast<unsigned char>(candidate.back()) >= 0x80 || candidate.back() == '-' ||
                                  candidate.back() == ':'))
      candidate.remove_suffix(1);
    if (auto time = parse_published_time(candidate)) return time;
  }
  return std::nullopt;
}

std::size_t end_before_page_furniture(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0) {
    const std::string_view head = text.substr(0, end);
    const std::size_t trimmed_end = head.find_last_not_of(" \t\r\n");
    if (trimmed_end == std::string_view::npos) return 0;
    const std::size_t line_start = head.rfind('\n', trimmed_end);
    const std::size_t begin = line_start == std::string_view::npos ? 0 : line_start + 1;
    if (!is_furniture(head.substr(begin, trimmed_end + 1 - begin))) return trimmed_end + 1;
    end = begin;
  }
  return 0;
}

Article read_text_article(std::string_view utf8, const std::string& path) {
  Article article;
  article.path = path;
  const std::size_t start = read_header(utf8, article);
  article.text = std::string(utf8.substr(start));
  const std::string_view text = article.text;
  std::size_t pos = 0;
  const std::string_view first = next_line(text, pos);
  std::size_t after_first = pos;
  const bool blank_follows = after_first < text.size() && is_blank(next_line(text, after_first));
  if (blank_follows && !is_blank(first)) {
    if (article.title.empty()) article.title = std::string(trim(first));
    article.body_start = pos;
    while (article.body_start < text.size() && std::isspace(static_cast<unsigned char>(text[article.body_start])))
      ++article.body_start;
  }
  article.body_end = std::max(article.body_start, end_before_page_furniture(text));
  if (!article.published) article.published = dateline_time(text, article.body_start);
  article.id = content_article_id(article);
  return article;
}

}  // namespace incimap::geo
