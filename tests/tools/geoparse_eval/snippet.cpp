#include "geoparse_eval/snippet.hpp"

#include <algorithm>

#include "geoparse_eval/utf8.hpp"

namespace incimap::tools {
namespace {

bool is_space(char32_t cp) noexcept { return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U'\u00A0'; }

std::u32string collapse_whitespace(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (const char32_t cp : text) {
    if (!is_space(cp)) {
      out.push_back(cp);
    } else if (out.empty() || out.back() != U' ') {
      out.push_back(U' ');
    }
  }
  return out;
}

}  // namespace

std::string context_snippet(std::u32string_view text, std::size_t start, std::size_t end, std::size_t radius) {
  end = std::min(end, text.size());
  start = std::min(start, end);
  const std::size_t from = start > radius ? start - radius : 0;
  const std::size_t to = std::min(text.size(), end + radius);
  std::u32string excerpt = from > 0 ? U"..." : U"";
  excerpt += collapse_whitespace(text.substr(from, start - from));
  excerpt += U"[[";
  excerpt += collapse_whitespace(text.substr(start, end - start));
  excerpt += U"]]";
  excerpt += collapse_whitespace(text.substr(end, to - end));
  if (to < text.size()) excerpt += U"...";
  return to_utf8(excerpt);
}

}  // namespace incimap::tools
