#include "geo/text/sentences.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace incimap::geo {
namespace {

// Words that, followed by a period, are abbreviations and never end a
// sentence on their own (titles, months, street and place abbreviations).
constexpr std::array<std::string_view, 58> kAbbreviations = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cpl", "maj",
    "adm", "cmdr", "pvt", "st", "rev", "hon", "pres", "supt", "det", "insp", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "corp", "ltd", "co", "jr",
    "sr", "ave", "blvd", "rd", "mt", "ft", "gov", "atty", "approx", "dept", "univ", "est", "fig"};

// Capitalised words that, after an initialism such as "U.S.", signal a new
// sentence rather than the rest of a name ("in the U.S. The ...").
constexpr std::array<std::string_view, 24> kSentenceStarters = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "this", "that", "there",
    "in", "on", "at", "officials", "police", "his", "her", "their", "its", "however"};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_terminal(std::string_view p) { return p == "." || p == "!" || p == "?" || p == "…"; }

bool is_closing(std::string_view p) {
  return p == "\"" || p == "'" || p == ")" || p == "]" || p == "”" || p == "’" || p == "»";
}

bool newline_between(std::string_view text, std::uint32_t from, std::uint32_t to, int& count) {
  count = static_cast<int>(std::count(text.begin() + from, text.begin() + to, '\n'));
  return count > 0;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Sentence> sentences;
  if (tokens.empty()) return sentences;
  std::uint32_t first = 0;
  auto close = [&](std::uint32_t last) {  // [first, last) tokens
    if (last <= first) return;
    sentences.push_back({tokens[first].start, tokens[last - 1].end, first, last});
    first = last;
  };
  const auto n = static_cast<std::uint32_t>(tokens.size());
  for (std::uint32_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    const std::string_view word = t.in(text);
    // A line break ends a sentence at a paragraph break, after terminal
    // punctuation, or after a short line (a headline, a dateline).
    if (i + 1 < n) {
      int newlines = 0;
      if (newline_between(text, t.end, tokens[i + 1].start, newlines)) {
        const std::uint32_t line_start = tokens[first].start;
        const bool short_line = t.end - line_start < 120;
        const char last_char = text[t.end - 1];
        const bool ends_clause = last_char == '.' || last_char == '!' || last_char == '?' || last_char == ':';
        if (newlines >= 2 || short_line || ends_clause || t.kind == TokenKind::punct) {
          close(i + 1);
          continue;
        }
      }
    }
    bool boundary = false;
    if (t.kind == TokenKind::punct && is_terminal(word)) {
      boundary = true;
      if (word == "." && i > 0 && tokens[i - 1].end == t.start) {
        const Token& prev = tokens[i - 1];
        const std::string prev_word = lower(prev.in(text));
        const bool single_letter = prev.kind == TokenKind::word && prev.end - prev.start == 1 && prev.capitalized;
        if (std::find(kAbbreviations.begin(), kAbbreviations.end(), prev_word) != kAbbreviations.end() ||
            single_letter) {
          boundary = false;  // "Dr. Smith", "Jan. 5", "John F. Kennedy"
        }
      }
    } else if (t.initialism) {
      // "U.S." ends a sentence only when a clear sentence start follows.
      if (i + 1 < n && tokens[i + 1].capitalized) {
        const std::string next = lower(tokens[i + 1].in(text));
        boundary = std::find(kSentenceStarters.begin(), kSentenceStarters.end(), next) != kSentenceStarters.end();
      } else {
        boundary = i + 1 == n;
      }
    }
    if (!boundary) continue;
    std::uint32_t last = i + 1;
    while (last < n && tokens[last].kind == TokenKind::punct &&
           (is_closing(tokens[last].in(text)) || is_terminal(tokens[last].in(text))))
      ++last;
    // A period followed by a lower-case word is no boundary ("approx. five").
    if (last < n && tokens[last].kind == TokenKind::word && !tokens[last].capitalized &&
        !tokens[last].initialism && word == ".")
      continue;
    close(last);
    i = last - 1;
  }
  close(n);
  return sentences;
}

std::vector<Sentence> split_sentences(std::string_view text) { return split_sentences(text, tokenize(text)); }

}  // namespace incimap::geo
