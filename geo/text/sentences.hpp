#pragma once
// Sentence boundaries with byte offsets. Abbreviations do not end a sentence
// ("U.S. Embassy", "Jan. 5", "Dr. Smith", "9 a.m. local time"), paragraph
// breaks always do, and a headline line ends one.

#include <cstdint>
#include <string_view>
#include <vector>

#include "geo/text/tokens.hpp"

namespace incimap::geo {

struct Sentence {
  std::uint32_t start = 0;  // byte offsets into the text
  std::uint32_t end = 0;
  std::uint32_t first_token = 0;  // [first_token, last_token) into the tokens
  std::uint32_t last_token = 0;
};

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens);

// Convenience: tokenizes, then splits.
std::vector<Sentence> split_sentences(std::string_view text);

}  // namespace incimap::geo
