#include "geo/gazetteer/fold.hpp"

#include "geo/text/fnv1a.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "geo/text/encoding.hpp"

namespace incimap::geo {
namespace {

enum class Fold { drop, space, keep };

Fold classify_separator(char32_t cp) noexcept {
  switch (cp) {
    case '.': case '\'': case 0x2019: case 0x2018: case 0x02BC: case 0x02BB: case 0x00B4: case '`':
      return Fold::drop;
    case ' ': case '\t': case '\n': case '\r': case 0xA0: case '-': case 0x2010: case 0x2011: case 0x2013:
    case 0x2014: case '/': case '_':
      return Fold::space;
    default:
      return Fold::keep;
  }
}

// Latin letters that carry their mark inside the letter, so that no
// decomposition removes it: "Diyarbakır", "Łódź", "Tromsø", "Đakovo".
const char* latin_base_of(char32_t cp) noexcept {
  switch (cp) {
    case 0x0131: return "i";   // ı dotless i
    case 0x0141: case 0x0142: return "l";  // Ł ł
    case 0x00D8: case 0x00F8: return "o";  // Ø ø
    case 0x0110: case 0x0111: return "d";  // Đ đ
    case 0x0126: case 0x0127: return "h";  // Ħ ħ
    case 0x00C6: case 0x00E6: return "ae";  // Æ æ
    case 0x0152: case 0x0153: return "oe";  // Œ œ
    case 0x00DE: case 0x00FE: return "th";  // Þ þ
    default: return nullptr;
  }
}

// Decomposes a non-ASCII code point, drops its combining marks and lower-cases
// the rest ("Ü" → "u", "ß" → "ss" via full case folding).
void append_folded_non_ascii(std::string& out, char32_t cp) {
  if (const char* base = latin_base_of(cp)) {
    out.append(base);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString s(static_cast<UChar32>(cp));
  if (U_SUCCESS(status) && nfd) s = nfd->normalize(s, status);
  s.foldCase();
  for (int32_t i = 0; i < s.length();) {
    const UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    append_utf8(out, static_cast<char32_t>(c));
  }
}

}  // namespace

std::string fold_name(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const auto byte = static_cast<unsigned char>(utf8[pos]);
    // ASCII letters and digits: the hot path of the recognizer.
    if ((byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') || (byte >= 'A' && byte <= 'Z')) {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      out.push_back(static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte));
      ++pos;
      continue;
    }
    const char32_t cp = next_code_point(utf8, pos);
    const Fold kind = classify_separator(cp);
    if (kind == Fold::drop) continue;
    if (kind == Fold::space) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    if (cp < 0x80) out.push_back(static_cast<char>(cp));
    else append_folded_non_ascii(out, cp);
  }
  return out;
}

std::uint64_t name_key_hash(std::string_view folded) noexcept { return fnv1a64(folded); }

}  // namespace incimap::geo
