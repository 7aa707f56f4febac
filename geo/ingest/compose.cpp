#include "geo/ingest/compose.hpp"

#include "geo/text/fnv1a.hpp"

namespace incimap::geo {
namespace {

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n");
  return s.substr(first, last - first + 1);
}

}  // namespace

void compose_text(Article& article, std::string_view title, std::string_view body) {
  // The body is kept byte for byte: offsets a caller computed on the body
  // stay valid after adding body_start.
  title = trim(title);
  article.title = std::string(title);
  article.text.clear();
  if (!title.empty()) {
    article.text.append(title);
    article.text.append("\n\n");
  }
  article.body_start = article.text.size();
  article.text.append(body);
  article.body_end = article.text.size();
}

std::string normalize_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t newlines = 0;
  bool pending_space = false;
  for (const char c : text) {
    if (c == '\n') {
      ++newlines;
      pending_space = false;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = true;
      continue;
    }
    if (!out.empty()) {
      if (newlines >= 2) out.append("\n\n");
      else if (newlines == 1) out.push_back('\n');
      else if (pending_space) out.push_back(' ');
    }
    newlines = 0;
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

std::string content_article_id(const Article& article) {
  // The prefixes keep a URL from ever hashing like a text that spells it.
  if (!article.url.empty()) return hex16(fnv1a64(article.url, fnv1a64("u|")));
  return hex16(fnv1a64(article.text, fnv1a64("|", fnv1a64(article.title, fnv1a64("t|")))));
}

}  // namespace incimap::geo
