#pragma once
// The words of one sentence as the incident rules read them: lower-cased
// ASCII text beside the original bytes, with hyphens dropped so that
// "Iran-backed" reads as "iran" "backed" and "air-strike" as "air" "strike".

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "geo/text/lexicon.hpp"
#include "geo/text/sentences.hpp"
#include "geo/text/tokens.hpp"
#include "geo/text/word_list.hpp"

namespace incimap::geo {

struct Word {
  std::string lower;        // ASCII letters lower-cased; other bytes kept
  std::uint64_t hash = 0;   // word_hash(lower): every list test reuses it
  WordClasses classes;      // the lexicon's classes of `lower`: each class test is a bit test
  std::string_view raw;     // the word as written (a view into the article text)
  std::uint32_t start = 0;  // UTF-8 byte offsets into the article text
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::punct;
  bool capitalized = false;
  bool initialism = false;
  // True when a hyphen joined this word to the previous one ("Iran-backed").
  bool joined_to_previous = false;

  bool is(std::string_view lowered) const noexcept { return lower == lowered; }
  bool is_punct(std::string_view mark) const noexcept { return kind == TokenKind::punct && raw == mark; }
};

using Words = std::vector<Word>;

// Precondition: the sentence's token range lies inside `tokens`, which were
// made from `text`.
Words sentence_words(std::string_view text, const std::vector<Token>& tokens, const Sentence& sentence);

// The index of the first word that starts at or after `offset` (size() when none).
std::size_t word_at_or_after(const Words& words, std::uint32_t offset) noexcept;

// True when `words[i]` is a clause boundary for the look-around rules: ; : or
// an em dash.
bool is_clause_break(const Word& word) noexcept;

// "no", "not", "never", "without", "didn't", "wasn’t".
bool is_negation(const Word& word) noexcept;

// True when the word (lower-cased) is one of the class's: a bit test.
inline bool in_class(const Word& word, WordClass c) noexcept { return word.classes.has(c); }
inline bool in_any_class(const Word& word, std::initializer_list<WordClass> cs) noexcept {
  return word.classes.has_any(cs);
}

// True when the word (lower-cased) is one of `list`'s: one probe.
inline bool in_list(const Word& word, const WordList& list) noexcept { return list.contains(word.lower, word.hash); }
inline bool in_list(std::string_view lowered, const WordList& list) noexcept { return list.contains(lowered); }

// ASCII letters lower-cased; every other byte kept (UTF-8 stays valid).
std::string lower_ascii(std::string_view text);

}  // namespace incimap::geo
