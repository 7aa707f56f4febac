#pragma once
// Word tokens with UTF-8 byte offsets. Initialisms stay whole ("U.S.",
// "D.C.", "W.Va.", "a.m."), possessives split ("Iraq’s" → "Iraq" "’s"),
// hyphenated compounds split ("Iran-backed" → "Iran" "-" "backed").

#include <cstdint>
#include <string_view>
#include <vector>

namespace incimap::geo {

enum class TokenKind : std::uint8_t { word, number, punct };

struct Token {
  std::uint32_t start = 0;  // byte offsets into the text
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::punct;
  bool capitalized = false;  // first letter upper case
  bool all_caps = false;     // two or more letters, none lower case
  bool initialism = false;   // letters separated by periods, final period included

  std::string_view in(std::string_view text) const noexcept { return text.substr(start, end - start); }
};

std::vector<Token> tokenize(std::string_view text);

// Code-point classes the tokenizer uses; exposed for the recognizers.
bool is_letter(char32_t cp) noexcept;
bool is_upper(char32_t cp) noexcept;
bool is_apostrophe(char32_t cp) noexcept;

}  // namespace incimap::geo
