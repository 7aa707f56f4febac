#include "geoparse_eval/utf8.hpp"

#include <algorithm>

namespace incimap::tools {
namespace {

constexpr char32_t kReplacement = U'\uFFFD';

struct Decoded {
  char32_t code_point;
  std::size_t length;  // bytes consumed, at least 1
};

std::size_t sequence_length(unsigned char lead) noexcept {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead < 0xE0) return 2;
  if (lead >= 0xE0 && lead < 0xF0) return 3;
  if (lead >= 0xF0 && lead < 0xF5) return 4;
  return 0;  // continuation byte or invalid lead
}

Decoded decode_one(std::string_view utf8, std::size_t at) noexcept {
  const auto lead = static_cast<unsigned char>(utf8[at]);
  const std::size_t length = sequence_length(lead);
  if (length == 1) return {lead, 1};
  if (length == 0 || at + length > utf8.size()) return {kReplacement, 1};
  auto code_point = static_cast<char32_t>(lead & (0x7Fu >> length));
  for (std::size_t k = 1; k < length; ++k) {
    const auto byte = static_cast<unsigned char>(utf8[at + k]);
    if ((byte & 0xC0u) != 0x80u) return {kReplacement, 1};
    code_point = static_cast<char32_t>((code_point << 6) | (byte & 0x3Fu));
  }
  return {code_point, length};
}

void append_utf8(std::string& out, char32_t cp) {
  const auto put = [&out](unsigned value) { out.push_back(static_cast<char>(value)); };
  if (cp < 0x80) {
    put(cp);
  } else if (cp < 0x800) {
    put(0xC0u | (cp >> 6));
    put(0x80u | (cp & 0x3Fu));
  } else if (cp < 0x10000) {
    put(0xE0u | (cp >> 12));
    put(0x80u | ((cp >> 6) & 0x3Fu));
    put(0x80u | (cp & 0x3Fu));
  } else {
    put(0xF0u | (cp >> 18));
    put(0x80u | ((cp >> 12) & 0x3Fu));
    put(0x80u | ((cp >> 6) & 0x3Fu));
    put(0x80u | (cp & 0x3Fu));
  }
}

bool in(char32_t cp, char32_t first, char32_t last) noexcept { return cp >= first && cp <= last; }

// Latin Extended-A pairs capitals and small letters as (even, odd) or
// (odd, even) depending on the run.
char32_t fold_latin_extended_a(char32_t cp) noexcept {
  const bool even = cp % 2 == 0;
  if ((in(cp, 0x0100, 0x0137) || in(cp, 0x014A, 0x0177)) && even) return cp + 1;
  if ((in(cp, 0x0139, 0x0148) || in(cp, 0x0179, 0x017E)) && !even) return cp + 1;
  return cp;
}

char32_t fold_one(char32_t cp) noexcept {
  if (in(cp, U'A', U'Z')) return cp + 0x20;
  if (in(cp, 0x00C0, 0x00DE) && cp != 0x00D7) return cp + 0x20;
  if (in(cp, 0x0100, 0x017F)) return fold_latin_extended_a(cp);
  if (in(cp, 0x0391, 0x03A9) && cp != 0x03A2) return cp + 0x20;
  if (in(cp, 0x0400, 0x040F)) return cp + 0x50;
  if (in(cp, 0x0410, 0x042F)) return cp + 0x20;
  return cp;
}

}  // namespace

DecodedText::DecodedText(std::string_view utf8) : byte_size_(utf8.size()) {
  code_points_.reserve(utf8.size());
  byte_starts_.reserve(utf8.size());
  for (std::size_t at = 0; at < utf8.size();) {
    const Decoded decoded = decode_one(utf8, at);
    code_points_.push_back(decoded.code_point);
    byte_starts_.push_back(at);
    at += decoded.length;
  }
}

std::size_t DecodedText::code_point_offset(std::size_t byte_offset) const noexcept {
  const auto first_not_before = std::lower_bound(byte_starts_.begin(), byte_starts_.end(), byte_offset);
  return static_cast<std::size_t>(first_not_before - byte_starts_.begin());
}

bool DecodedText::is_boundary(std::size_t byte_offset) const noexcept {
  if (byte_offset == byte_size_) return true;
  return std::binary_search(byte_starts_.begin(), byte_starts_.end(), byte_offset);
}

std::string to_utf8(std::u32string_view code_points) {
  std::string out;
  out.reserve(code_points.size());
  for (const char32_t cp : code_points) append_utf8(out, cp);
  return out;
}

std::u32string from_utf8(std::string_view utf8) { return DecodedText(utf8).code_points(); }

std::u32string fold_case(std::u32string_view code_points) {
  std::u32string folded(code_points);
  std::transform(folded.begin(), folded.end(), folded.begin(), fold_one);
  return folded;
}

}  // namespace incimap::tools
