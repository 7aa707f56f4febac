#include "geo/text/tokens.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

#include "geo/text/encoding.hpp"

namespace incimap::geo {
namespace {

char32_t peek_code_point(std::string_view text, std::size_t pos) noexcept {
  if (pos >= text.size()) return 0;
  return next_code_point(text, pos);
}

bool is_digit(char32_t cp) noexcept { return cp >= '0' && cp <= '9'; }

// u_isspace, which also counts the ASCII controls VT, FF and FS to US, read
// from a table for ASCII: the scan asks it of every token's first character.
bool is_space(char32_t cp) noexcept {
  static const std::array<bool, 0x80> kAsciiSpaces = [] {
    std::array<bool, 0x80> spaces{};
    for (UChar32 c = 0; c < 0x80; ++c) spaces[c] = u_isspace(c);
    return spaces;
  }();
  return cp < 0x80 ? kAsciiSpaces[cp] : u_isspace(static_cast<UChar32>(cp));
}

// Letters and digits that continue a word. Non-ASCII letters are rare in
// English news and go through ICU; ASCII takes the fast path.
bool is_word_char(char32_t cp) noexcept { return is_digit(cp) || is_letter(cp); }

// Scans "U.S.", "W.Va.", "a.m.", "Ph.D." from `pos` (at a letter). Returns
// the end of the initialism (final period included) or 0 when the text there
// is not one. Each segment is 1-3 letters and the whole has two or more.
std::size_t initialism_end(std::string_view text, std::size_t pos) noexcept {
  std::size_t segments = 0;
  std::size_t p = pos;
  while (p < text.size()) {
    std::size_t letters = 0;
    std::size_t q = p;
    while (q < text.size() && letters < 4) {
      std::size_t next = q;
      const char32_t cp = next_code_point(text, next);
      if (!is_letter(cp)) break;
      ++letters;
      q = next;
    }
    if (letters == 0 || letters > 3 || q >= text.size() || text[q] != '.') break;
    ++segments;
    p = q + 1;
  }
  return segments >= 2 ? p : 0;
}

void classify_case(Token& token, std::string_view text) {
  // ASCII words, nearly all of them, without decoding.
  const std::string_view word = text.substr(token.start, token.end - token.start);
  if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::size_t letters = 0;
    bool any_lower = false;
    bool first = true;
    for (const char c : word) {
      const bool lower = c >= 'a' && c <= 'z';
      const bool upper = c >= 'A' && c <= 'Z';
      if (!lower && !upper) continue;
      if (first) token.capitalized = upper;
      first = false;
      ++letters;
      any_lower |= lower;
    }
    token.all_caps = letters >= 2 && !any_lower;
    return;
  }
  std::size_t pos = token.start;
  std::size_t letters = 0;
  bool any_lower = false;
  bool first = true;
  while (pos < token.end) {
    const char32_t cp = next_code_point(text, pos);
    if (!is_letter(cp)) continue;
    const bool upper = is_upper(cp);
    if (first) token.capitalized = upper;
    first = false;
    ++letters;
    any_lower |= !upper;
  }
  token.all_caps = letters >= 2 && !any_lower;
}

// The marks transliterations write for the Arabic ‘ayn ("‘Aqrab",
// "Al-‘Arfi"): a left single quote, a modifier letter turned comma or left
// half ring.
bool is_ayn_mark(char32_t cp) noexcept { return cp == 0x2018 || cp == 0x02BB || cp == 0x02BF; }

// Whether a right single quote closes, before the line ends, what a left
// one at `pos` opens ("‘Tiger Forces’ unit"): then it is a quotation mark.
bool closes_as_quote(std::string_view text, std::size_t pos) noexcept {
  constexpr std::size_t kQuoteReach = 80;
  const std::size_t end = std::min(text.size(), pos + kQuoteReach);
  while (pos < end) {
    if (text[pos] == '\n') return false;
    std::size_t next = pos;
    const char32_t cp = next_code_point(text, next);
    if (cp == 0x2018) return false;
    if (cp == 0x2019 && !is_word_char(peek_code_point(text, next))) return true;
    pos = next;
  }
  return false;
}

// An ‘ayn mark that opens a name: before a capital letter, right after a
// hyphen ("Al-‘Arfi") or not closed as a quote ("the village of ‘Aqrab").
bool opens_a_name(std::string_view text, std::size_t mark_start, std::size_t after_mark, char32_t mark) noexcept {
  if (!is_ayn_mark(mark) || !is_upper(peek_code_point(text, after_mark))) return false;
  const bool after_hyphen = mark_start > 0 && text[mark_start - 1] == '-';
  return after_hyphen || !closes_as_quote(text, after_mark);
}

}  // namespace

bool is_letter(char32_t cp) noexcept {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  return u_isalpha(static_cast<UChar32>(cp)) || u_getCombiningClass(static_cast<UChar32>(cp)) != 0;
}

bool is_upper(char32_t cp) noexcept {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

bool is_apostrophe(char32_t cp) noexcept { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char byte = text[pos];
    if (byte == ' ' || byte == '\n' || byte == '\t' || byte == '\r') {  // the common case, without decoding
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    // An ASCII byte is its own code point: no call to decode it.
    const char32_t cp = static_cast<unsigned char>(byte) < 0x80 ? static_cast<char32_t>(text[pos++])
                                                                : next_code_point(text, pos);
    if (cp == 0xA0 || is_space(cp)) continue;
    Token token;
    token.start = static_cast<std::uint32_t>(start);
    if (is_letter(cp) || opens_a_name(text, start, pos, cp)) {
      // An initialism needs a period within its first four letters.
      const bool period_soon = text.substr(start, 5).find('.') != std::string_view::npos;
      if (const std::size_t end = period_soon ? initialism_end(text, start) : 0) {
        pos = end;
        token.initialism = true;
      } else {
        while (pos < text.size()) {
          const auto b = static_cast<unsigned char>(text[pos]);
          if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) {
            ++pos;
            continue;
          }
          std::size_t next = pos;
          const char32_t c = next_code_point(text, next);
          if (is_word_char(c)) {
            pos = next;
            continue;
          }
          // An apostrophe inside a name ("O'Hare", "Ras al-'Ayn" excluded)
          // continues the word unless it starts a possessive "'s".
          if (is_apostrophe(c)) {
            std::size_t after = next;
            const char32_t following = peek_code_point(text, after);
            const bool possessive = (following == 's' || following == 'S') &&
                                    !is_word_char(peek_code_point(text, after + 1));
            if (is_letter(following) && !possessive) {
              pos = next;
              continue;
            }
          }
          break;
        }
      }
      token.kind = TokenKind::word;
    } else if (is_digit(cp)) {
      while (pos < text.size()) {
        std::size_t next = pos;
        const char32_t c = next_code_point(text, next);
        // 1,000 and 3.5 stay one number.
        if (is_digit(c) || ((c == ',' || c == '.') && is_digit(peek_code_point(text, next)))) {
          pos = next;
          continue;
        }
        if (is_letter(c)) {  // "2003rd", "9mm"
          pos = next;
          continue;
        }
        break;
      }
      token.kind = TokenKind::number;
    } else if (is_apostrophe(cp) && (peek_code_point(text, pos) == 's' || peek_code_point(text, pos) == 'S') &&
               !is_word_char(peek_code_point(text, pos + 1))) {
      pos += 1;  // the possessive "’s" as one token
      token.kind = TokenKind::word;
    } else {
      token.kind = TokenKind::punct;
    }
    token.end = static_cast<std::uint32_t>(pos);
    if (token.kind == TokenKind::word) classify_case(token, text);
    tokens.push_back(token);
  }
  return tokens;
}

}  // namespace incimap::geo
