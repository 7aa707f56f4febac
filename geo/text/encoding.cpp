#include "geo/text/encoding.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace incimap::geo {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Length of the valid UTF-8 sequence at `pos`, or 0 when it is invalid
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::size_t valid_sequence_length(std::string_view s, std::size_t pos) noexcept {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) return 1;
  std::size_t len = 0;
  char32_t min = 0;
  char32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) { len = 2; min = 0x80; cp = b0 & 0x1F; }
  else if ((b0 & 0xF0) == 0xE0) { len = 3; min = 0x800; cp = b0 & 0x0F; }
  else if ((b0 & 0xF8) == 0xF0) { len = 4; min = 0x10000; cp = b0 & 0x07; }
  else return 0;
  if (pos + len > s.size()) return 0;
  for (std::size_t i = 1; i < len; ++i) {
    const auto b = static_cast<unsigned char>(s[pos + i]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

// The first position at or after `pos` that is not an ASCII byte (or the
// end). Eight bytes a step: news text is mostly ASCII, and every article is
// checked byte by byte more than once on its way in.
std::size_t end_of_ascii(std::string_view s, std::size_t pos) noexcept {
  constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
  for (std::uint64_t eight; pos + 8 <= s.size(); pos += 8) {
    std::memcpy(&eight, s.data() + pos, sizeof eight);
    if ((eight & kHighBits) != 0) break;
  }
  while (pos < s.size() && static_cast<unsigned char>(s[pos]) < 0x80) ++pos;
  return pos;
}

// Windows-1252's 0x80..0x9F block; 0 marks the five undefined bytes.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

std::string windows1252_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x80) {
      out.push_back(c);
    } else if (b < 0xA0) {
      const char16_t mapped = kCp1252High[b - 0x80];
      append_utf8(out, mapped ? char32_t{mapped} : kReplacement);
    } else {
      append_utf8(out, char32_t{b});
    }
  }
  return out;
}

// UTF-16 to UTF-8; a BOM, when there, says the byte order and is dropped.
std::string utf16_to_utf8(std::string_view bytes, bool little_endian) {
  const auto unit = [&](std::size_t i) -> char16_t {
    const auto lo = static_cast<unsigned char>(bytes[little_endian ? i : i + 1]);
    const auto hi = static_cast<unsigned char>(bytes[little_endian ? i + 1 : i]);
    return static_cast<char16_t>(hi << 8 | lo);
  };
  std::string out;
  out.reserve(bytes.size());
  std::size_t i = bytes.size() >= 2 && (unit(0) == 0xFEFF) ? 2 : 0;
  for (; i + 1 < bytes.size(); i += 2) {
    const char16_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      const char16_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((char32_t{u} - 0xD800) << 10) + (char32_t{low} - 0xDC00));
        i += 2;
        continue;
      }
    }
    append_utf8(out, u);  // a lone surrogate becomes U+FFFD there
  }
  if (i < bytes.size()) append_utf8(out, kReplacement);  // an odd last byte
  return out;
}

}  // namespace

bool looks_utf16(std::string_view bytes) noexcept {
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) return true;
  if (bytes.size() < 4) return false;
  std::size_t even_nul = 0, odd_nul = 0;
  const std::size_t n = std::min<std::size_t>(bytes.size() & ~std::size_t{1}, 4096);
  // Without a NUL both counts are 0, which the test below refuses: the
  // common case, answered by one vectorised scan.
  if (std::memchr(bytes.data(), '\0', n) == nullptr) return false;
  for (std::size_t i = 0; i < n; i += 2) {
    even_nul += bytes[i] == '\0';
    odd_nul += bytes[i + 1] == '\0';
  }
  const std::size_t pairs = n / 2;
  // Latin text in UTF-16: one byte of most pairs NUL (not of non-Latin
  // letters or surrogates), the other byte (almost) never.
  return (odd_nul * 4 >= pairs * 3 && even_nul * 10 <= pairs) || (even_nul * 4 >= pairs * 3 && odd_nul * 10 <= pairs);
}

const char* encoding_name(SourceEncoding encoding) noexcept {
  switch (encoding) {
    case SourceEncoding::utf8:
      return "UTF-8";
    case SourceEncoding::windows1252:
      return "Windows-1252";
    case SourceEncoding::utf16le:
      return "UTF-16LE";
    case SourceEncoding::utf16be:
      return "UTF-16BE";
  }
  return "UTF-8";
}

std::size_t invalid_utf8_bytes(std::string_view bytes) noexcept {
  std::size_t invalid = 0;
  for (std::size_t pos = end_of_ascii(bytes, 0); pos < bytes.size(); pos = end_of_ascii(bytes, pos)) {
    const std::size_t len = valid_sequence_length(bytes, pos);
    invalid += len == 0;
    pos += len == 0 ? 1 : len;
  }
  return invalid;
}

bool is_valid_utf8(std::string_view bytes) noexcept {
  for (std::size_t pos = end_of_ascii(bytes, 0); pos < bytes.size(); pos = end_of_ascii(bytes, pos)) {
    const std::size_t len = valid_sequence_length(bytes, pos);
    if (len == 0) return false;
    pos += len;
  }
  return true;
}

bool looks_binary(std::string_view bytes) noexcept {
  return bytes.find('\0') != std::string_view::npos;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacement;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

char32_t next_code_point(std::string_view text, std::size_t& pos) noexcept {
  const std::size_t len = valid_sequence_length(text, pos);
  if (len == 0) {
    ++pos;
    return kReplacement;
  }
  const auto b0 = static_cast<unsigned char>(text[pos]);
  char32_t cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
  for (std::size_t i = 1; i < len; ++i) cp = (cp << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3F);
  pos += len;
  return cp;
}

DecodedText decode_to_utf8(std::string_view bytes) {
  if (looks_utf16(bytes)) {
    std::size_t odd_nul = 0;
    for (std::size_t i = 1; i < std::min<std::size_t>(bytes.size(), 4096); i += 2) odd_nul += bytes[i] == '\0';
    const bool little = bytes.starts_with("\xFF\xFE") || (!bytes.starts_with("\xFE\xFF") && odd_nul > 0);
    return {utf16_to_utf8(bytes, little), little ? SourceEncoding::utf16le : SourceEncoding::utf16be, 0};
  }
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::size_t valid_multibyte = 0;
  std::size_t invalid = 0;
  for (std::size_t pos = end_of_ascii(bytes, 0); pos < bytes.size(); pos = end_of_ascii(bytes, pos)) {
    const std::size_t len = valid_sequence_length(bytes, pos);
    if (len == 0) {
      ++invalid;
      ++pos;
    } else {
      valid_multibyte += len > 1;
      pos += len;
    }
  }
  if (invalid == 0) return {std::string(bytes), SourceEncoding::utf8, 0};
  // Windows-1252 prose forms a valid multi-byte sequence only by an unlikely
  // accident (a capital like "Â" or "Ã" right before a symbol like "©"), so a
  // single one means UTF-8 with a few damaged bytes: those become U+FFFD and
  // every valid character and offset stays as in the file.
  if (valid_multibyte == 0) return {windows1252_to_utf8(bytes), SourceEncoding::windows1252, 0};
  return {replace_invalid_utf8(bytes), SourceEncoding::utf8, invalid};
}

std::string replace_invalid_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t pos = 0; pos < bytes.size();) {
    const std::size_t len = valid_sequence_length(bytes, pos);
    if (len == 0) {
      append_utf8(out, kReplacement);
      ++pos;
    } else {
      out.append(bytes.substr(pos, len));
      pos += len;
    }
  }
  return out;
}

}  // namespace incimap::geo
