#include "geo/incidents/sentence_words.hpp"

#include <algorithm>

namespace incimap::geo {
namespace {

bool is_hyphen(std::string_view raw) noexcept { return raw == "-" || raw == "‐" || raw == "‑"; }

}  // namespace

Words sentence_words(std::string_view text, const std::vector<Token>& tokens, const Sentence& sentence) {
  Words words;
  words.reserve(sentence.last_token - sentence.first_token);
  bool after_hyphen = false;
  for (std::uint32_t i = sentence.first_token; i < sentence.last_token; ++i) {
    const Token& token = tokens[i];
    const std::string_view raw = token.in(text);
    const bool touches_previous = i > sentence.first_token && tokens[i - 1].end == token.start;
    if (token.kind == TokenKind::punct && is_hyphen(raw) && touches_previous && i + 1 < sentence.last_token &&
        tokens[i + 1].start == token.end) {
      after_hyphen = true;
      continue;
    }
    Word word;
    word.lower = lower_ascii(raw);
    word.hash = word_hash(word.lower);
    word.classes = word_classes(word.lower, word.hash);
    word.raw = raw;
    word.start = token.start;
    word.end = token.end;
    word.kind = token.kind;
    word.capitalized = token.capitalized;
    word.initialism = token.initialism;
    word.joined_to_previous = after_hyphen;
    after_hyphen = false;
    words.push_back(std::move(word));
  }
  return words;
}

std::size_t word_at_or_after(const Words& words, std::uint32_t offset) noexcept {
  const auto it = std::lower_bound(words.begin(), words.end(), offset,
                                   [](const Word& w, std::uint32_t value) { return w.start < value; });
  return static_cast<std::size_t>(it - words.begin());
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool is_negation(const Word& word) noexcept {
  return in_class(word, WordClass::negations) || word.lower.ends_with("n't") || word.lower.ends_with("n’t");
}

bool is_clause_break(const Word& word) noexcept {
  return word.kind == TokenKind::punct && (word.raw == ";" || word.raw == ":" || word.raw == "—");
}

}  // namespace incimap::geo
