#pragma once
// Byte-level text decoding: every article's text is valid UTF-8 after this.

#include <string>
#include <string_view>

namespace incimap::geo {

bool is_valid_utf8(std::string_view bytes) noexcept;

// True when the bytes hold a NUL: such input is binary, not an article.
bool looks_binary(std::string_view bytes) noexcept;

enum class SourceEncoding { utf8, windows1252, utf16le, utf16be };

// "UTF-8", "Windows-1252", "UTF-16LE", "UTF-16BE": the names ingest reports.
const char* encoding_name(SourceEncoding encoding) noexcept;

// True for UTF-16: a byte order mark, or (without one) NUL in nearly every
// odd or every even byte, as ASCII text in UTF-16 has. Such text holds NULs
// but is not binary.
bool looks_utf16(std::string_view bytes) noexcept;

struct DecodedText {
  std::string utf8;
  SourceEncoding encoding = SourceEncoding::utf8;
  std::size_t replaced = 0;  // invalid sequences replaced by U+FFFD
};

// UTF-8 is kept byte for byte (a leading BOM is dropped). Text that is not
// valid UTF-8 and has no valid multi-byte sequence at all is read as
// Windows-1252/Latin-1; otherwise invalid sequences become U+FFFD. UTF-16
// (looks_utf16) is converted, unpaired surrogates becoming U+FFFD. Never
// throws on any input.
DecodedText decode_to_utf8(std::string_view bytes);

// How many bytes replace_invalid_utf8 would replace (0 for valid UTF-8).
std::size_t invalid_utf8_bytes(std::string_view bytes) noexcept;

// The bytes with every invalid UTF-8 sequence replaced by U+FFFD (one per
// invalid byte); valid input comes back unchanged. Never throws but bad_alloc.
std::string replace_invalid_utf8(std::string_view bytes);

// Appends the UTF-8 form of a code point (U+FFFD for invalid ones).
void append_utf8(std::string& out, char32_t code_point);

// Decodes the code point at `pos` and advances `pos`; invalid bytes decode as
// U+FFFD and advance by one. Precondition: pos < text.size().
char32_t next_code_point(std::string_view text, std::size_t& pos) noexcept;

}  // namespace incimap::geo
