#pragma once
// Article text indexed by code point. The gold corpora count offsets in code
// points while the geoparser reports UTF-8 byte offsets (DESIGN.md, "The CLI
// contract"), so every comparison between the two goes through this index.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace incimap::tools {

class DecodedText {
 public:
  // Malformed UTF-8 decodes one byte at a time to U+FFFD so offsets stay
  // monotonic; libxml2 only hands out valid UTF-8, so this is a safety net.
  explicit DecodedText(std::string_view utf8);

  const std::u32string& code_points() const noexcept { return code_points_; }
  std::size_t size() const noexcept { return code_points_.size(); }
  std::size_t byte_size() const noexcept { return byte_size_; }

  // Code-point offset for a byte offset. An offset inside a multi-byte
  // sequence rounds up to the next code point (the character it splits counts
  // as before it); offsets past the end clamp to size().
  std::size_t code_point_offset(std::size_t byte_offset) const noexcept;

  // True when byte_offset starts a code point or is the end of the text.
  bool is_boundary(std::size_t byte_offset) const noexcept;

 private:
  std::u32string code_points_;
  std::vector<std::size_t> byte_starts_;  // byte_starts_[i]: first byte of code point i
  std::size_t byte_size_ = 0;
};

std::string to_utf8(std::u32string_view code_points);
std::u32string from_utf8(std::string_view utf8);

// Lower case for the scripts news toponyms are written in (ASCII, Latin-1,
// Latin Extended-A, basic Greek and Cyrillic). Enough for "equal ignoring
// case" on place names without pulling ICU into a test tool; other code
// points compare exactly.
std::u32string fold_case(std::u32string_view code_points);

}  // namespace incimap::tools
